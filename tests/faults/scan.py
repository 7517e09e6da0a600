"""Looking for planted markers in files: UTF-8, UTF-16-LE/BE, and base64 at all three alignments
(standard and URL-safe alphabets), so a marker cannot hide behind an encoding."""

from __future__ import annotations

import base64
from pathlib import Path


def needles(marker: str) -> list[bytes]:
    raw = marker.encode("utf-8")
    found = [raw, marker.encode("utf-16-le"), marker.encode("utf-16-be")]
    for pad in range(3):
        # Only the base64 groups made entirely of marker bytes are the same wherever it sits.
        first, end = -(-pad // 3), (pad + len(raw)) // 3
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(b"\x00" * pad + raw)[4 * first : 4 * end]
            if len(text) >= 8:
                found.append(text)
    return found


def scan(roots: list[Path], markers: dict[str, str], skip: set[Path] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """`where: marker-name (encoding #)` for every hit under `roots`, files in `skip` excepted."""
    table = [(name, i, n) for name, marker in markers.items() for i, n in enumerate(needles(marker))]
    hits = []
    for root in roots:
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in paths:
            if path in skip or not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            hits += [f"{path}: {name} (encoding #{i})" for name, i, n in table if n in data]
    return hits
