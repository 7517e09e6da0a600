"""Render resources/icons/evidence-vault.svg to the PNG, ICO and ICNS files the builds use.

Run once after editing the SVG (the outputs are committed):
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
Qt's SVG renderer draws the pixels; Pillow writes the Windows .ico and the macOS .icns
(packaging/windows, packaging/macos: build inputs only, not shipped inside the app).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PACKAGING = Path(__file__).resolve().parent
ICONS = PACKAGING.parent / "resources" / "icons"  # shipped inside the app
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "evidence-vault.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG does not parse")
    pngs: dict[int, Path] = {}
    for size in SIZES:
        pngs[size] = ICONS / f"evidence-vault-{size}.png"
        render(renderer, size, pngs[size])
    (ICONS / "evidence-vault.png").write_bytes(pngs[256].read_bytes())
    big = Image.open(pngs[512]).convert("RGBA")
    (PACKAGING / "windows").mkdir(exist_ok=True)
    (PACKAGING / "macos").mkdir(exist_ok=True)
    big.save(PACKAGING / "windows" / "evidence-vault.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(PACKAGING / "macos" / "evidence-vault.icns")
    for size in (24, 512):  # only needed as sources for the .ico/.icns; keep the folder small
        pngs[size].unlink()
    del app
    print("wrote", ", ".join(sorted(p.name for p in ICONS.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
