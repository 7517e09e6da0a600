"""The emergency kit: a one-page PDF with the recovery key and what to do with it, to print and
keep away from the computer (like a password manager's emergency kit).

Writing it is an explicit export to a place the user chose: the key is in the clear on that
page by design. The page carries the vault's id and creation date so the right sheet can be
found, never the vault's folder (it may name a case or a person), never the passphrase.
Text in English, Russian or Kazakh; DejaVu fonts are embedded.
"""

from __future__ import annotations

import io
from pathlib import Path

from .dossier.fonts import SANS, SANS_BOLD, register_fonts
from .dossier.output import write_atomically
from .errors import UsageError
from .vocab import LANGUAGES

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Evidence Vault — emergency kit",
        "intro": "This sheet opens your vault if the passphrase is forgotten. Anyone holding it can open the vault.",
        "vault": "Vault",
        "created": "Created",
        "key": "Recovery key",
        "steps": "How to use it",
        "step1": "Start Evidence Vault and choose the vault.",
        "step2": "On the unlock page click “Forgot passphrase?”.",
        "step3": "Type the recovery key above (capitals or small letters, with or without dashes).",
        "step4": "Choose a new passphrase. The old one stops working; the recovery key stays the same.",
        "cli": "From a terminal: evidence-vault --vault FOLDER recover --recovery-key-file FILE",
        "keep": "Keeping it safe",
        "keep1": "Print this page, then delete the PDF file and empty the trash.",
        "keep2": "Keep the paper locked away, apart from the computer; never photograph it.",
        "keep3": "Do not write the passphrase on this sheet.",
        "keep4": "If this sheet may have been seen by someone else, move the evidence to a new vault.",
    },
    "ru": {
        "title": "Evidence Vault — аварийный комплект",
        "intro": "Этот лист открывает хранилище, если парольная фраза забыта. "
        "Любой, у кого он есть, может открыть хранилище.",
        "vault": "Хранилище",
        "created": "Создано",
        "key": "Ключ восстановления",
        "steps": "Как им воспользоваться",
        "step1": "Запустите Evidence Vault и выберите хранилище.",
        "step2": "На странице разблокировки нажмите «Забыли парольную фразу?».",
        "step3": "Введите ключ восстановления (заглавными или строчными, с дефисами или без).",
        "step4": "Задайте новую парольную фразу. Старая перестанет работать; ключ восстановления не меняется.",
        "cli": "Из терминала: evidence-vault --vault ПАПКА recover --recovery-key-file ФАЙЛ",
        "keep": "Как хранить",
        "keep1": "Распечатайте эту страницу, затем удалите PDF-файл и очистите корзину.",
        "keep2": "Храните лист под замком, отдельно от компьютера; не фотографируйте его.",
        "keep3": "Не записывайте на этом листе парольную фразу.",
        "keep4": "Если лист мог увидеть посторонний, перенесите материалы в новое хранилище.",
    },
    "kk": {
        "title": "Evidence Vault — төтенше жағдай жинағы",
        "intro": "Құпия фраза ұмытылса, бұл парақ қойманы ашады. Оны ұстаған кез келген адам қойманы аша алады.",
        "vault": "Қойма",
        "created": "Құрылған",
        "key": "Қалпына келтіру кілті",
        "steps": "Қалай пайдалану керек",
        "step1": "Evidence Vault бағдарламасын іске қосып, қойманы таңдаңыз.",
        "step2": "Құлпын ашу бетінде «Құпия фразаны ұмыттыңыз ба?» түймесін басыңыз.",
        "step3": "Жоғарыдағы қалпына келтіру кілтін теріңіз (бас немесе кіші әріптермен, сызықшамен не онсыз).",
        "step4": "Жаңа құпия фраза таңдаңыз. Ескісі жұмыс істемей қалады; қалпына келтіру кілті өзгермейді.",
        "cli": "Терминалдан: evidence-vault --vault ҚАЛТА recover --recovery-key-file ФАЙЛ",
        "keep": "Қалай сақтау керек",
        "keep1": "Бұл бетті басып шығарыңыз, содан кейін PDF файлын өшіріп, қоқыс жәшігін тазалаңыз.",
        "keep2": "Қағазды компьютерден бөлек, құлыптаулы жерде сақтаңыз; оны суретке түсірмеңіз.",
        "keep3": "Бұл парақта құпия фразаны жазбаңыз.",
        "keep4": "Егер парақты бөгде біреу көрген болса, материалдарды жаңа қоймаға көшіріңіз.",
    },
}


def default_file_name(language: str) -> str:
    names = {
        "en": "Evidence Vault emergency kit.pdf",
        "ru": "Аварийный комплект Evidence Vault.pdf",
        "kk": "Evidence Vault төтенше жағдай жинағы.pdf",
    }
    return names.get(language, names["en"])


def render_kit(recovery_key: str, *, vault_id: str, created: str, language: str = "en") -> bytes:
    """The kit as PDF bytes (in memory; nothing touches the disk here)."""
    if language not in LANGUAGES:
        raise UsageError(f"no emergency kit text in language {language!r}")
    register_fonts()
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    t = TEXT[language]
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=14)
    head = ParagraphStyle("head", parent=body, fontName=SANS_BOLD, fontSize=13, leading=17, spaceBefore=8)
    title = ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=18, leading=23)
    key_style = ParagraphStyle("key", parent=body, fontName=SANS_BOLD, fontSize=20, leading=28, alignment=1)
    groups = recovery_key.split("-")
    key_lines = "<br/>".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
    facts = Table(
        [[t["vault"], vault_id], [t["created"], created[:10]]],
        colWidths=[40 * mm, 120 * mm],
        style=TableStyle([("FONT", (0, 0), (-1, -1), SANS, 10), ("FONT", (0, 0), (0, -1), SANS_BOLD, 10)]),
    )
    key_box = Table(
        [[Paragraph(key_lines, key_style)]],
        colWidths=[160 * mm],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, HexColor("#333333")),
                ("FONT", (0, 0), (-1, -1), SANS, 10),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor("#fffbe6")),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        ),
    )
    story = [
        Paragraph(t["title"], title),
        Spacer(1, 4 * mm),
        Paragraph(t["intro"], body),
        Spacer(1, 4 * mm),
        facts,
        Spacer(1, 5 * mm),
        Paragraph(t["key"], head),
        Spacer(1, 2 * mm),
        key_box,
        Paragraph(t["steps"], head),
        *[Paragraph(f"{n}. {t[f'step{n}']}", body) for n in range(1, 5)],
        Spacer(1, 2 * mm),
        Paragraph(t["cli"], body),
        Paragraph(t["keep"], head),
        *[Paragraph("• " + t[f"keep{n}"], body) for n in range(1, 5)],
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=t["title"],
        author="",
        subject="",
        creator="Evidence Vault",
        invariant=1,
        initialFontName=SANS,
    )
    doc.build(story)
    return out.getvalue()


def write_kit(
    out: Path, recovery_key: str, *, vault_id: str, created: str, language: str = "en", overwrite: bool = False
) -> str:
    """Write the kit to `out` (the user's explicit choice); returns the file's SHA-256."""
    data = render_kit(recovery_key, vault_id=vault_id, created=created, language=language)
    return write_atomically(out, data, overwrite=overwrite)
