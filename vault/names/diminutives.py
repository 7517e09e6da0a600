"""Diminutives and familiar forms of first names common in Kazakhstan.

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
