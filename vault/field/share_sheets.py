"""Printable share sheets: one PDF per SLIP-39 share, for one colleague each.

An explicit export of a secret the user asked for (like the recovery key shown once): the
sheet holds the share's words, which share it is, how many are needed, and what to do with it.
No vault name, no case, no person. DejaVu fonts embedded (Cyrillic and Kazakh letters).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..dossier.fonts import SANS, SANS_BOLD, register_fonts

_TEXT = {
    "en": {
        "title": "Evidence Vault — recovery share {i} of {n}",
        "need": "Any {k} of the {n} shares, brought together, let the owner set a new passphrase.",
        "keep": "Keep this sheet private and safe, apart from the laptop. Alone it opens nothing. "
        "Give it back only to the owner, in person or as agreed.",
        "words": "The {count} words of this share, in order:",
    },
    "ru": {
        "title": "Evidence Vault — часть ключа восстановления {i} из {n}",
        "need": "Любые {k} из {n} частей вместе позволяют владельцу задать новую парольную фразу.",
        "keep": "Храните этот лист в тайне и в надёжном месте, отдельно от ноутбука. Один он ничего не "
        "открывает. Возвращайте его только владельцу — лично или как договорились.",
        "words": "{count} слов этой части, по порядку:",
    },
    "kk": {
        "title": "Evidence Vault — қалпына келтіру кілтінің {n} бөлігінің {i}-сі",
        "need": "{n} бөліктің кез келген {k}-і бірге иесіне жаңа құпия сөз тіркесін орнатуға мүмкіндік береді.",
        "keep": "Бұл парақты құпия әрі қауіпсіз жерде, ноутбуктан бөлек сақтаңыз. Жалғыз өзі ештеңе "
        "ашпайды. Оны тек иесіне — жеке өзіне немесе келісілгендей қайтарыңыз.",
        "words": "Осы бөліктің {count} сөзі, ретімен:",
    },
}


def write_share_sheet(mnemonic: str, index: int, count: int, threshold: int, out: Path, language: str = "en") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    text = _TEXT.get(language, _TEXT["en"])
    words = mnemonic.split()
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    pdf = Canvas(str(out), pagesize=A4, invariant=True, initialFontName=SANS, initialFontSize=11)
    pdf.setTitle(text["title"].format(i=index, n=count))
    pdf.setAuthor("")
    pdf.setSubject("")
    width, height = A4
    y = height - 30 * mm
    pdf.setFont(SANS_BOLD, 13)
    pdf.drawString(20 * mm, y, text["title"].format(i=index, n=count))
    pdf.setFont(SANS, 11)
    y -= 12 * mm
    lines = [*_wrap(text["need"].format(k=threshold, n=count), width - 40 * mm), *_wrap(text["keep"], width - 40 * mm)]
    for line in lines:
        pdf.drawString(20 * mm, y, line)
        y -= 6 * mm
    y -= 6 * mm
    pdf.drawString(20 * mm, y, text["words"].format(count=len(words)))
    y -= 10 * mm
    pdf.setFont(SANS_BOLD, 14)
    per_column = (len(words) + 1) // 2
    for n, word in enumerate(words):
        col, row = divmod(n, per_column)
        pdf.drawRightString((32 + col * 85) * mm, y - row * 9 * mm, f"{n + 1}.")
        pdf.drawString((35 + col * 85) * mm, y - row * 9 * mm, word)
    pdf.showPage()
    pdf.save()
    with open(out, "rb") as fh:
        os.fsync(fh.fileno())
    return out


def _wrap(text: str, width: float) -> list[str]:
    """Lines of `text` that fit `width` points in the sheet's body font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for word in text.split():
        if current and stringWidth(f"{current} {word}", SANS, 11) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines
