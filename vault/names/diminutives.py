"""Diminutives and familiar forms of first names common in Kazakhstan.

Beyond the table, Russian and Kazakh speakers coin diminutives with a few productive suffixes
(-очк-, -ечк-, -еньк-, -оньк-, -ик, -к-, -ш-) on a name's stem or on a table diminutive's:
Гульнарочка, Гулечка, Гуленька, Гуляша, Маратик, Маратка. `productive` makes those; like the
table's, they count only capitalised or beside another part of the name (so "мишка", "катка"
stay words).

A table cannot be complete; the matcher also absorbs any capitalised word right beside a
matched part of the same person that starts like one of that person's names (see grouping),
which covers Гуля beside Сейтқазиева without any table. The table is what lets a diminutive
alone ("Гули не было дома") be found at all.
"""

from __future__ import annotations

from .translit import key

_TABLE = """
гульнара: гуля гуль гулька гулечка гулю гулюся нара
гүлнар: гуля гуль гүлі гулька
гульмира: гуля гуль мира гулька
гульжан: гуля гуль
айгүл: айгуля айгуль айка гуля
айгуль: айгуля айка гуля
айгерим: айгера айка айгеруся
асель: ася асеня
әсел: ася
динара: дина дина
мадина: мадя дина
жанар: жанарка жаночка
сауле: сауля
жулдыз: жулдызка жуля
назгуль: назка гуля
меруерт: мерушка меру
камила: кама мила
дана: данка
лейла: лейлочка
нурлан: нуреке нуржик нурик
нұрлан: нұреке нурик
нурсултан: нуреке нурик
ерлан: ерик ереке
ержан: ержик ереке
бауыржан: бауке баке бака
серик: сереке серик
асхат: асеке
талгат: талгатик
мухтар: мухтарик
нурсулу: нуршик
александр: саша саня шура сашка санек алекс
александра: саша саня шура сашка
алексей: леша алеша лешка алекс
анна: аня анечка анюта нюра
мария: маша маня машенька
елена: лена леночка
екатерина: катя катюша
наталья: наташа ната
ольга: оля
татьяна: таня танюша
светлана: света
юлия: юля
ирина: ира иришка
евгения: женя
евгений: женя
дмитрий: дима митя
сергей: сережа серега
владимир: вова володя
николай: коля
михаил: миша
иван: ваня
андрей: андрюша
павел: паша
виктор: витя
виктория: вика
людмила: люда мила
"""


def _parse() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for line in _TABLE.strip().splitlines():
        name, _, dims = line.partition(":")
        out.setdefault(key(name.strip()), set()).update(d for d in dims.split() if d)
    return {k: tuple(sorted(v)) for k, v in out.items()}


DIMINUTIVES = _parse()


def diminutives_of(part_key: str) -> tuple[str, ...]:
    """Diminutives (as written, Cyrillic) of a name part given by its skeleton."""
    return DIMINUTIVES.get(part_key, ())


# Written as Cyrillic, keyed below; declined afterwards like any name (Гулечки, Маратика).
_SUFFIXES = "очка ечка енька онька ик ка ша яша уша юша"
SUFFIX_KEYS = tuple(key(s) for s in _SUFFIXES.split())
_NOT_GIVEN = ("ovna", "evna", "ovich", "evich", "uli", "kizi", "ogli", "ova", "eva", "skii", "skaia", "ski")
MIN_STEM = 3


def _stem(sk: str) -> str:
    """The stem a suffix attaches to: Гуля → гул, Гульнара → гульнар, Сауле → саул, Марат."""
    if sk.endswith("ia"):
        return sk[:-2]
    if sk[-1:] in "aeiou":
        return sk[:-1]
    return sk


def productive(part_key: str, surname_like: bool) -> frozenset[str]:
    """Skeleton nominatives of diminutives coined from a given name and its table diminutives.
    Surnames and patronymics take none (Ивановка is a village, not Иванова); a name in -ина that
    reads like a surname (Мадина, Марина) takes all but -к-/-ик (Мадиночка, not Ильинка)."""
    if part_key.endswith(_NOT_GIVEN) or (surname_like and not part_key.endswith("ina")):
        return frozenset()
    suffixes = [s for s in SUFFIX_KEYS if not (surname_like and s in ("ka", "ik"))]
    bases = {_stem(part_key)} | {_stem(key(d)) for d in diminutives_of(part_key)}
    return frozenset(key(b + s) for b in bases if len(b) >= MIN_STEM for s in suffixes)
