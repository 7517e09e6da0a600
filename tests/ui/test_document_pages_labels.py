"""The review step names the new document outcomes in every language: page images as a derived
kind, and each precise reason a PDF or office document stays home."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.review.labels import derived_label, reason_label
from vault.exports import reasons as rs

DOC_REASONS = (rs.MAY_NAME_HIDDEN, rs.HOLDS_PICTURES, rs.NOT_READ_COMPLETELY, rs.TOO_LONG, rs.OFFICE_NOT_RENDERED)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: i18n.install_translators(qapp, lang)
    i18n.install_translators(qapp, "en")


def test_document_outcomes_are_labelled(language: Callable[[str], str]) -> None:
    language("en")
    english = [derived_label(rs.DOCUMENT_PAGES)] + [reason_label(k, "document") for k in DOC_REASONS]
    assert english[0].startswith("document as page images") and "scan" in english[2]
    assert len(set(english)) == len(english) and rs.DOCUMENT_PAGES not in english
    for lang, word in (("ru", "страниц"), ("kk", "бет")):
        language(lang)
        shown = [derived_label(rs.DOCUMENT_PAGES)] + [reason_label(k, "document") for k in DOC_REASONS]
        assert word in shown[0], lang
        assert all(s and s not in english for s in shown), (lang, shown)
