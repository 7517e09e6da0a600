"""Provenance badges in the details panel (issue 18 point 4): a mark, a word and a colour per
verdict, in the interface language; none when the item carried no proof."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ui.data import ItemDetails
from ui.i18n import install_translators
from ui.panels.details import DetailsPanel
from vault.models import Item

SHOTS = os.environ.get("EV_SCREENSHOTS")  # a folder: save the panels as PNGs for a person to look at

VERDICTS: list[dict[str, Any]] = [
    {
        "kind": "c2pa",
        "status": "valid",
        "signer": "Полевая камера / Test Monitors",
        "claims": {"claim_generator": "ПолеКам 2.1", "capture_time": "2026-03-01T10:00:00Z"},
    },
    {
        "kind": "proofmode",
        "status": "invalid",
        "signer": "E1FA1B322B6136D0F9527CAD03D60489430FF0D8",
        "claims": {},
        "reason": "the signature of the media does not match",
    },
    {
        "kind": "c2pa",
        "status": "unverifiable",
        "signer": "",
        "claims": {},
        "reason": "the manifest is stored remotely and is not fetched offline",
    },
    {
        "kind": "telegram",
        "status": "unverifiable",
        "signer": "Айгерим Сапарова",
        "claims": {"chat": "Мониторинг Алматы", "date": "2026-03-01T10:05:00", "forwarded_from": "Канал «Свидетель»"},
    },
]


def _details(metadata: dict[str, Any]) -> ItemDetails:
    item = Item(
        id="a" * 20,
        kind="photo",
        title="Митинг у акимата",
        created="2026-03-01T10:00:00Z",
        sha256="ab" * 32,
        size=123456,
        mime="image/jpeg",
        original_name="IMG_0001.jpg",
        metadata=metadata,
    )
    return ItemDetails(item=item, people=[], cases=[], revisions=[], events=[])


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Any:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.mark.parametrize(
    ("language", "valid", "broken", "unverifiable", "chat"),
    [
        ("en", "Verified by C2PA", "ProofMode proof is broken", "could not be verified", "From the Telegram chat"),
        ("ru", "Подтверждено C2PA", "Доказательство ProofMode нарушено", "не удалось проверить", "Из чата Telegram"),
        ("kk", "C2PA растады", "ProofMode дәлелі бұзылған", "тексеру мүмкін болмады", "Telegram чатынан"),
    ],
    indirect=["language"],
)
def test_badges_say_the_verdict_in_words(
    qtbot: Any, language: str, valid: str, broken: str, unverifiable: str, chat: str
) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 420)
    panel.show_details(_details({"provenance": VERDICTS}))
    texts = [b.text() for b in panel.provenance.badges]
    assert len(texts) == 4 and panel.provenance.isVisibleTo(panel)
    assert texts[0].startswith("✔") and valid in texts[0] and "Полевая камера" in texts[0]
    assert texts[1].startswith("✖") and broken in texts[1]
    assert texts[2].startswith("?") and unverifiable in texts[2]
    assert chat in texts[3] and "Мониторинг Алматы" in texts[3] and "Айгерим Сапарова" in texts[3]
    assert "Канал «Свидетель»" in texts[3]
    assert panel.provenance.badges[1].toolTip() == "the signature of the media does not match"
    if SHOTS:
        panel.show()
        qtbot.waitExposed(panel)
        panel.grab().save(str(Path(SHOTS) / f"provenance-badges-{language}.png"))
    panel.show_details(_details({}))
    assert panel.provenance.badges == [] and not panel.provenance.isVisibleTo(panel)
