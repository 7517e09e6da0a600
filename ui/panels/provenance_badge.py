"""Badges above an item's details: what the proof it arrived with says (C2PA, ProofMode, a
messenger export). A mark and a word as well as a colour, so the verdict never rests on colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vault.provenance.records import provenance_of
from vault.provenance.verdict import INVALID, VALID, Verdict

_STYLE = {  # background, border
    "valid": ("#e3f4e1", "#2e7d32"),
    "invalid": ("#fde4e1", "#c62828"),
    "unverifiable": ("#fff4d6", "#b26a00"),
    "origin": ("#e6eef8", "#35618f"),
}
_MARK = {"valid": "✔", "invalid": "✖", "unverifiable": "?", "origin": "✉"}
_MESSENGERS = {"telegram": "Telegram", "whatsapp": "WhatsApp"}
_TOOLS = {"c2pa": "C2PA", "proofmode": "ProofMode"}


class ProvenanceBadges(QWidget):
    """One badge per verdict; hidden when the item arrived without proof."""

    def __init__(self) -> None:
        super().__init__()
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 2, 0, 2)
        self.badges: list[QLabel] = []
        self.hide()

    def show_for(self, metadata: dict[str, Any]) -> None:
        for badge in self.badges:
            badge.deleteLater()
        self.badges = []
        for verdict in provenance_of(metadata):
            text, look = self.describe(verdict)
            badge = QLabel(f"{_MARK[look]}  {text}")
            badge.setWordWrap(True)
            badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            background, border = _STYLE[look]
            badge.setStyleSheet(
                f"QLabel {{ background: {background}; border: 1px solid {border}; border-radius: 4px;"
                f" padding: 4px 6px; color: #1b1b1b; }}"
            )
            badge.setToolTip(verdict.reason)  # the core's own words, for the curious
            badge.setProperty("status", verdict.status)
            self._lay.addWidget(badge)
            self.badges.append(badge)
        self.setVisible(bool(self.badges))

    def describe(self, v: Verdict) -> tuple[str, str]:
        """The badge's text in the interface language, and its look."""
        if v.kind in _MESSENGERS:
            claims = v.claims
            text = self.tr("From the %1 chat “%2”, sent by %3 on %4")
            for n, value in enumerate(
                (
                    _MESSENGERS[v.kind],
                    claims.get("chat", "?"),
                    v.signer or "?",
                    str(claims.get("date", "?")).replace("T", " "),
                ),
                1,
            ):
                text = text.replace(f"%{n}", str(value))
            if claims.get("forwarded_from"):
                text += " · " + self.tr("forwarded from %1").replace("%1", str(claims["forwarded_from"]))
            return text + " · " + self.tr("not signed"), "origin"
        tool = _TOOLS.get(v.kind, v.kind)
        if v.status == VALID:
            signer = v.signer if v.kind == "c2pa" else v.signer[-16:]
            return self.tr("Verified by %1 · signed by %2").replace("%1", tool).replace("%2", signer or "?"), "valid"
        if v.status == INVALID:
            return self.tr("%1 proof is broken: the file or its signature changed after signing").replace(
                "%1", tool
            ), "invalid"
        return self.tr("%1 proof present but could not be verified here").replace("%1", tool), "unverifiable"
