"""How the matcher reads a text before looking for names: three stages, each keeping a map back
to the original offsets (so a replacement covers exactly the mention as written).

1. Mojibake repaired. Russian text saved as Windows-1251 (or UTF-8) and opened as Latin-1 /
   Windows-1252 turns every Cyrillic letter into a Latin-1 one: "Гульнара" becomes "Ãóëüíàðà"
   (or "Ð“ÑƒÐ»ÑŒÐ½Ð°Ñ€Ð°"). A run of such characters is read as the bytes it was, in the
   encoding it was written in. A run is only re-read when every character of it is one of those
   byte stand-ins and the result is Cyrillic, so French or German words (one accented letter
   among ASCII ones) are never touched.
2. Normalisation (normalise.py): NFKC, invisible characters and combining marks.
3. Letter-spaced words joined: "Г у л ь н а р а", "G u l n a r a", "Г-у-л-ь-н-а-р-а", four or
   more single letters with the same separator between each, read as one word.
"""

from __future__ import annotations

import re

from .normalise import Normalised, normalise


def _byte_tables() -> tuple[dict[str, int], dict[int, str]]:
    """The character each byte 0x80-0xFF shows as when read as Windows-1252 (or Latin-1, for the
    five bytes 1252 leaves undefined), and the Cyrillic character it was in Windows-1251."""
    shown: dict[str, int] = {}
    cyr: dict[int, str] = {}
    for b in range(0x80, 0x100):
        try:
            shown[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            pass
        shown.setdefault(bytes([b]).decode("latin-1"), b)
        try:
            cyr[b] = bytes([b]).decode("cp1251")
        except UnicodeDecodeError:
            pass
    return shown, cyr


_SHOWN, _CP1251 = _byte_tables()
_RUN_RE = re.compile("[" + "".join(sorted(re.escape(c) for c in _SHOWN)) + "]{3,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _redecode(run: str) -> list[tuple[str, int]] | None:
    """The characters the run was (each with the number of run characters it came from), or
    None when it does not read as Cyrillic."""
    data = bytes(_SHOWN[c] for c in run)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and _CYRILLIC.search(text):
        return [(ch, len(ch.encode("utf-8"))) for ch in text]
    if all(b in _CP1251 for b in data):
        chars = [_CP1251[b] for b in data]
        letters = sum(1 for ch in chars if _CYRILLIC.match(ch))
        if letters * 2 > len(chars):  # mostly letters: a word, not a row of «»…— marks
            return [(ch, 1) for ch in chars]
    return None


def demojibake(text: str) -> Normalised:
    """`text` with Cyrillic mojibake re-read (identity, with no maps, when there is none)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _RUN_RE.finditer(text):
        read = _redecode(m.group())
        if read is None:
            continue
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        at = m.start()
        for ch, width in read:
            out.append(ch)
            starts.append(at)
            ends.append(at + width)
            at += width
        pos = m.end()
    if not out:
        return Normalised(text, None, None)
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Normalised("".join(out), starts, ends)


# Four or more single letters, each followed by the same separator (a space or two, a hyphen, a
# dot, an underscore, a middle dot, an asterisk) and the last one not followed by a letter.
_SPACED_RE = re.compile(
    r"(?<![^\W\d_])([^\W\d_])(?P<sep>[ \u00a0]{1,2}|[-‐‑–._·*][ \u00a0]?)"
    r"(?:[^\W\d_](?P=sep)){2,}[^\W\d_](?![^\W\d_])"
)


def join_spaced(text: str) -> Normalised:
    """`text` with letter-spaced words closed up (identity, with no maps, when there are none)."""
    if not _SPACED_RE.search(text):
        return Normalised(text, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SPACED_RE.finditer(text):
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        step = 1 + len(m.group("sep"))
        for i in range(m.start(), m.end(), step):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        pos = m.end()
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Normalised("".join(out), starts, ends)


def _compose(outer: Normalised, inner: Normalised) -> Normalised:
    """Maps of `inner` (whose original is outer.text) taken through `outer`."""
    if inner.starts is None or inner.ends is None:
        return Normalised(inner.text, outer.starts, outer.ends)
    if outer.starts is None or outer.ends is None:
        return inner
    o_starts, o_ends = outer.starts, outer.ends
    return Normalised(inner.text, [o_starts[s] for s in inner.starts], [o_ends[e - 1] for e in inner.ends])


def read(text: str) -> Normalised:
    """The text the matcher searches, with a map to `text`'s offsets."""
    fixed = demojibake(text)
    norm = _compose(fixed, normalise(fixed.text))
    return _compose(norm, join_spaced(norm.text))
