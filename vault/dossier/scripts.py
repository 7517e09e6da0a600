"""Which script each character belongs to, and a line of text as font runs in visual order.

DejaVu (the dossier's base faces) draws Latin, Greek and Cyrillic, Kazakh included. Any other
script gets its own font (vault.dossier.fonts.script_font), loaded the first time a character of
that script is met, so a Cyrillic-only dossier never opens the CJK font. Spaces, digits and
punctuation between two letters of the same script stay in that script's run (one run per
phrase, and a right-to-left phrase keeps its word order).

Direction is a deliberately small part of the Unicode bidi algorithm: letters of Arabic and Hebrew
are right-to-left, other letters and digits left-to-right, neutrals take the direction of their
neighbours when both agree and the paragraph's direction otherwise. The paragraph's direction is
that of its first strong letter, so an Arabic testimony is laid out right to left while the
English or Russian labels around it keep theirs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# (first, last, script); scripts outside the base faces only.
_RANGES = sorted(
    [
        (0x0530, 0x058F, "armenian"),
        (0xFB13, 0xFB17, "armenian"),
        (0x0590, 0x05FF, "hebrew"),
        (0xFB1D, 0xFB4F, "hebrew"),
        (0x0600, 0x06FF, "arabic"),
        (0x0750, 0x077F, "arabic"),
        (0x08A0, 0x08FF, "arabic"),
        (0xFB50, 0xFDFF, "arabic"),
        (0xFE70, 0xFEFF, "arabic"),
        (0x0900, 0x097F, "devanagari"),
        (0xA8E0, 0xA8FF, "devanagari"),
        (0x0E00, 0x0E7F, "thai"),
        (0x10A0, 0x10FF, "georgian"),
        (0x1C90, 0x1CBF, "georgian"),
        (0x2D00, 0x2D2F, "georgian"),
        (0x1100, 0x11FF, "hangul"),
        (0x3130, 0x318F, "hangul"),
        (0xA960, 0xA97F, "hangul"),
        (0xAC00, 0xD7FF, "hangul"),
        (0x2E80, 0x2FDF, "cjk"),
        (0x3000, 0x312F, "cjk"),
        (0x31A0, 0x31FF, "cjk"),
        (0x3200, 0x4DBF, "cjk"),
        (0x4E00, 0x9FFF, "cjk"),
        (0xF900, 0xFAFF, "cjk"),
        (0xFE30, 0xFE4F, "cjk"),
        (0xFF00, 0xFFEF, "cjk"),
        (0x20000, 0x3134F, "cjk"),
    ]
)
_STARTS = [r[0] for r in _RANGES]
RTL_SCRIPTS = frozenset({"arabic", "hebrew"})
# Thai is drawn unshaped: its marks have zero advance in the font, and HarfBuzz splits SARA AM
# into two glyphs, one of which could not be given any text back for extraction.
SHAPED_SCRIPTS = frozenset({"arabic", "hebrew", "devanagari"})
CJK_SCRIPTS = frozenset({"cjk", "hangul"})
# Any character of a script with a font of its own. Text without one (Latin, Greek, Cyrillic,
# dashes, quotes, №) is drawn by the base faces as before; one regex search per string, which runs
# on every string of every dossier (~8x faster than max() on a Cyrillic paragraph).
_OTHER = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b, _ in _RANGES) + "]")


def script_of(ch: str) -> str | None:
    """The script that needs a font of its own, or None for the base faces."""
    cp = ord(ch)
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0 and _RANGES[i][0] <= cp <= _RANGES[i][1]:
        return _RANGES[i][2]
    return None


def needs_other_fonts(text: str) -> bool:
    return _OTHER.search(text) is not None


def scripts_in(text: str) -> set[str]:
    if not needs_other_fonts(text):
        return set()
    return {s for s in map(script_of, text) if s is not None}


def _strong(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _direction(ch: str, script: str | None) -> str:
    if script in RTL_SCRIPTS and _strong(ch):
        return "R"
    if _strong(ch) or ch.isdigit():
        return "L"
    return "N"


def base_is_rtl(text: str) -> bool:
    """The paragraph's direction: that of its first strong letter (digits do not count)."""
    if not needs_other_fonts(text):
        return False
    for ch in text:
        if _strong(ch):
            return script_of(ch) in RTL_SCRIPTS
    return False


@dataclass(frozen=True)
class Run:
    text: str  # logical order
    script: str | None  # None: the base face
    rtl: bool


Covers = Callable[[str, str], bool]  # (script, character) -> the script's font has it


def runs(text: str, base_rtl: bool = False, covers: Covers | None = None) -> list[Run]:
    """`text` as runs of one script and one direction, in logical order. A neutral joins its
    neighbours' script only when that script's font `covers` it (else the base face draws it)."""
    if not needs_other_fonts(text):
        return [Run(text, None, False)] if text else []
    scripts = [script_of(ch) for ch in text]
    dirs = [_direction(ch, s) for ch, s in zip(text, scripts, strict=True)]
    n = len(text)
    # Neutrals: the script and direction of both neighbours when they agree.
    prev: list[int] = [-1] * n
    last = -1
    for i in range(n):
        prev[i] = last
        if dirs[i] != "N":
            last = i
    nxt = -1
    for i in range(n - 1, -1, -1):
        if dirs[i] == "N":
            p = prev[i]
            same = p >= 0 and nxt >= 0 and scripts[p] == scripts[nxt] and dirs[p] == dirs[nxt]
            s = scripts[p] if p >= 0 else None
            if same and scripts[i] is None and s is not None and (covers is None or covers(s, text[i])):
                scripts[i] = s
            dirs[i] = dirs[p] if p >= 0 and nxt >= 0 and dirs[p] == dirs[nxt] else ("R" if base_rtl else "L")
        else:
            nxt = i
    out: list[Run] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or scripts[i] != scripts[start] or dirs[i] != dirs[start]:
            out.append(Run(text[start:i], scripts[start], dirs[start] == "R"))
            start = i
    return out


def visual(text: str, base_rtl: bool = False, covers: Covers | None = None) -> list[Run]:
    """The runs of one line in the order they are drawn, left to right (each run's own text is
    still logical: the shaper puts a right-to-left run's glyphs in visual order)."""
    items = runs(text, base_rtl, covers)
    # Group into directional stretches, reverse right-to-left stretches, and for a right-to-left
    # paragraph reverse the stretches themselves (left-to-right ones keep their inner order).
    groups: list[list[Run]] = []
    for r in items:
        if groups and groups[-1][0].rtl == r.rtl:
            groups[-1].append(r)
        else:
            groups.append([r])
    ordered = [list(reversed(g)) if g[0].rtl else g for g in groups]
    if base_rtl:
        ordered.reverse()
    return [r for g in ordered for r in g]
