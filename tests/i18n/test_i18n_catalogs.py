"""The Russian and Kazakh catalogs: complete, current, well-formed, and in the right alphabet.

The completeness check runs pyside6-lupdate over ui/ into a temporary copy of each committed
.ts and compares: it fails when a tr() string is missing from a catalog, when an entry is
unfinished, empty or stale, or when a committed .qm differs from one rebuilt from its .ts.
Fix with `.venv/bin/python scripts/update_translations.py`, then translate (docs/translations.md).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from ui.tag_labels import BUILTIN_TAG_LABELS
from vault.dossier.labels import LABELS
from vault.tags import DEFAULT_VOCABULARY

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "resources" / "translations"
LANGS = ("ru", "kk")
KAZAKH_ONLY = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PLACEHOLDER = re.compile(r"%(?:\d|n)")
ACCELERATOR = re.compile(r"&(?!&)\S")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def messages(lang: str) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) of every message in a committed catalog."""
    out = []
    for ctx in ET.parse(CATALOGS / f"evidence_vault_{lang}.ts").getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            numerus = msg.get("numerus") == "yes"
            texts = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            out.append((name, msg.findtext("source") or "", texts, numerus))
    return out


def test_catalogs_are_complete_and_current() -> None:
    problems = _script().check()
    assert problems == [], "run scripts/update_translations.py and translate:\n" + "\n".join(problems[:40])


def test_the_check_notices_a_missing_string_and_an_unfinished_entry(tmp_path: Path) -> None:
    script = _script()
    for lang in LANGS:
        ts = (CATALOGS / f"evidence_vault_{lang}.ts").read_text(encoding="utf-8")
        broken = ts.replace("<source>&amp;Lock now</source>", "<source>&amp;Lock later</source>", 1)
        broken = broken.replace("<translation>", '<translation type="unfinished">', 1)
        assert broken.count("Lock later") == 1
        (tmp_path / f"evidence_vault_{lang}.ts").write_text(broken, encoding="utf-8")
    problems = "\n".join(script.check(tmp_path))
    for lang in LANGS:
        assert f"evidence_vault_{lang}.ts: not in the catalog: [MainWindow] '&Lock now'" in problems
        assert f"evidence_vault_{lang}.ts: stale (no longer in ui/): [MainWindow] '&Lock later'" in problems
        assert f"evidence_vault_{lang}.ts: [" in problems and ": unfinished" in problems
        assert f"evidence_vault_{lang}.qm is missing" in problems


@pytest.mark.parametrize("lang", LANGS)
def test_plural_forms_placeholders_and_accelerators(lang: str) -> None:
    forms = {"ru": 3, "kk": 2}[lang]
    msgs = messages(lang)
    assert len(msgs) > 300
    plural = [m for m in msgs if m[3]]
    assert {s for _c, s, _t, _n in plural} >= {"%n item(s)", "%n result(s)", "%n page(s)"}
    for ctx, source, texts, numerus in msgs:
        where = f"{lang} [{ctx}] {source!r}"
        if numerus:
            assert len(texts) == forms and all("%n" in t for t in texts), where
        for text in texts:
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where
            assert text.count("\n") == source.count("\n"), where


def test_russian_plural_forms_follow_the_grammar() -> None:
    forms = {s: t for _c, s, t, n in messages("ru") if n}
    assert forms["%n item(s)"] == ["%n материал", "%n материала", "%n материалов"]
    assert forms["%n page(s)"] == ["%n страница", "%n страницы", "%n страниц"]


def mixed_script(words: list[str]) -> list[str]:
    return [w for w in words if re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", w) and re.search(r"[A-Za-z]", w)]


@pytest.mark.parametrize("lang", LANGS)
def test_each_catalog_is_in_its_own_alphabet(lang: str) -> None:
    """No Latin letter inside a Cyrillic word (a look-alike 'M' or 'o' slips in easily), Kazakh
    letters only in the Kazakh catalog, and the Kazakh catalog really uses them."""
    words = [w for _c, _s, texts, _n in messages(lang) for t in texts for w in re.findall(r"\w+", t)]
    assert mixed_script(words) == []
    kazakh = {ch for w in words for ch in w if ch in KAZAKH_ONLY}
    if lang == "ru":
        assert kazakh == set()
    else:
        assert kazakh >= set("әғқңөұүі")


@pytest.mark.parametrize(
    ("lang", "context", "source", "expected"),
    [
        ("ru", "MainWindow", "&Vault", "&Хранилище"),
        ("ru", "BuiltinTags", "Torture and ill-treatment", "Пытки и жестокое обращение"),
        ("ru", "Roles", "Human rights defender", "Правозащитник"),
        ("kk", "MainWindow", "&Vault", "&Қойма"),
        ("kk", "BuiltinTags", "Torture and ill-treatment", "Азаптау және қатыгез қарау"),
        ("kk", "Roles", "Human rights defender", "Құқық қорғаушы"),
    ],
)
def test_committed_qm_translates(lang: str, context: str, source: str, expected: str) -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOGS / f"evidence_vault_{lang}.qm"))
    assert translator.translate(context, source) == expected


def test_builtin_tag_labels_match_the_vocabulary() -> None:
    assert dict(DEFAULT_VOCABULARY) == BUILTIN_TAG_LABELS


def _dynamic_translations(path: Path) -> list[str]:
    """tr()/translate() calls whose text is not a literal: lupdate cannot see those strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        index = {"tr": 0, "translate": 1}.get(name)
        if index is None or len(node.args) <= index:
            continue
        text = node.args[index]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_find() -> None:
    """Strings marked with QT_TRANSLATE_NOOP may be translated through a variable; any other
    tr(variable) would silently stay English."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if "QT_TRANSLATE_NOOP" in path.read_text(encoding="utf-8"):
            continue
        offenders += _dynamic_translations(path)
    assert offenders == []


def test_dossier_labels_complete_in_three_languages() -> None:
    english = LABELS["en"]
    for lang in LANGS:
        table = LABELS[lang]
        assert set(table) == set(english), lang
        for key, text in table.items():
            assert text.strip(), (lang, key)
            assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", english[key])), (lang, key)
        words = [w for text in table.values() for w in re.findall(r"\w+", text)]
        assert mixed_script(words) == [], lang
        assert ({ch for w in words for ch in w if ch in KAZAKH_ONLY} != set()) == (lang == "kk")
    assert "цепочка хранения доказательств" in LABELS["ru"]["appendix"]
    assert LABELS["ru"]["role_defender"] == "правозащитник" and LABELS["kk"]["role_defender"] == "құқық қорғаушы"
    assert LABELS["kk"]["role_witness"] == "куә"
    assert LABELS["ru"]["role_lawyer"] == LABELS["kk"]["role_lawyer"] == "адвокат"
