"""DOCX, ODT and RTF: body text (searchable, in the encrypted database) and metadata, read in the
limited child; hostile archives are stored with a warning and the import goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.support.documents import billion_laughs_docx, docx, huge_xml_docx, odt, rtf, xxe_odt, zip_bomb_docx
from tests.support.intake import write
from vault import search
from vault.documents import document_facts
from vault.intake import import_paths
from vault.intake.office import DOCX, ODT, RTF, office_text
from vault.store import Vault


def test_docx_body_comments_metadata_and_images() -> None:
    found = office_text(
        io.BytesIO(
            docx(
                ["Заявление о пытках", "Екінші абзац: куәгер"],
                title="Заявление",
                author="Айгерим Нурланова",
                image=True,
                comment="Свидетель Иванов",
            )
        ),
        mime=DOCX,
    )
    assert found.warning is None
    assert found.text.split("\n\n")[0].split("\n") == ["Заявление о пытках", "Екінші абзац: куәгер"]
    assert "Свидетель Иванов" in found.text  # a comment can name someone too
    assert found.metadata == {
        "title": "Заявление",
        "author": "Айгерим Нурланова",
        "created": "2026-03-04T05:06:07Z",
        "embedded_images": 1,
    }


def test_odt_body_and_metadata() -> None:
    found = office_text(io.BytesIO(odt(["Протокол допроса", "Ұғым"], title="Протокол", author="Ержан")), mime=ODT)
    assert found.warning is None and found.text == "Протокол допроса\nҰғым"
    assert found.metadata == {"title": "Протокол", "author": "Ержан", "created": "2026-02-03T10:00:00"}


def test_rtf_unicode_escapes_and_cp1251_bytes() -> None:
    found = office_text(
        io.BytesIO(rtf("Жалоба: әділ сот", "Свидетель Петров", author="Ахмет", title="Жалоба")), mime=RTF
    )
    assert found.warning is None and found.text == "Жалоба: әділ сот\nСвидетель Петров"
    assert found.metadata == {
        "title": "Жалоба",
        "author": "Ахмет",
        "created": "2026-05-06T07:08:00",
        "embedded_images": 1,
    }


@pytest.mark.parametrize(
    ("make", "mime", "why"),
    [
        (billion_laughs_docx, DOCX, "XML was refused"),
        (xxe_odt, ODT, "XML was refused"),
        (lambda: zip_bomb_docx(80 * 1024 * 1024), DOCX, "unsafe to unpack"),
    ],
    ids=["billion-laughs", "xxe", "zip-bomb"],
)
def test_hostile_documents_give_a_warning_not_text(make: object, mime: str, why: str) -> None:
    found = office_text(io.BytesIO(make()), mime=mime)  # type: ignore[operator]
    assert found.text == "" and found.warning is not None and why in found.warning
    assert "root:" not in found.text


def test_huge_xml_is_cut_at_the_text_limit() -> None:
    found = office_text(io.BytesIO(huge_xml_docx(450_000)), mime=DOCX)
    assert found.metadata.get("text_truncated") is True and found.text.startswith("слово\nслово")


def test_import_stores_everything_text_searchable_hostile_with_warnings(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "a-statement.docx", docx(["Показания о задержании"], author="Гульнара"))
    write(folder / "b-protocol.odt", odt(["Протокол обыска"], title="Обыск"))
    write(folder / "c-complaint.rtf", rtf("Жалоба на пытки", "Свидетель Петров"))
    write(folder / "d-laughs.docx", billion_laughs_docx())
    write(folder / "e-xxe.odt", xxe_odt())
    write(folder / "f-bomb.docx", zip_bomb_docx(80 * 1024 * 1024))
    report = import_paths(vault, [folder])
    files = {Path(f.path).name: f for f in report.imported}
    assert len(files) == 6 and not report.rejected
    for name in ("a-statement.docx", "b-protocol.odt", "c-complaint.rtf"):
        assert files[name].warning is None
    for name in ("d-laughs.docx", "e-xxe.odt", "f-bomb.docx"):
        assert files[name].warning and "text could not be extracted" in files[name].warning

    def found(query: str) -> set[str]:
        return {hit.id for hit in search.search(vault.conn, query)}

    assert found("задержании") == {files["a-statement.docx"].id}
    assert found("обыска") == {files["b-protocol.odt"].id}
    assert found("Петров") == {files["c-complaint.rtf"].id}
    assert found("Гульнара") == {files["a-statement.docx"].id}  # the author, from the metadata
    meta = json.loads(
        vault.conn.execute("SELECT metadata FROM items WHERE id = ?", (files["b-protocol.odt"].id,)).fetchone()[0]
    )
    assert meta["title"] == "Обыск"


def test_facts_of_office_documents() -> None:
    facts = document_facts(docx(["Текст"], author="Автор", image=True), DOCX)
    assert facts.pages == ["Текст"] and facts.metadata["author"] == "Автор" and facts.has_images
    assert document_facts(rtf("Привет", "мир"), RTF).pages == ["Привет\nмир"]


@pytest.mark.parametrize("marker", ["crash", "hang"])
def test_an_office_file_that_breaks_the_worker_costs_one_warning(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, marker: str
) -> None:
    from tests.support.sandbox_hooks import CRASH, HANG
    from vault.intake import sandbox

    monkeypatch.setitem(sandbox.OPERATIONS, "office", "tests.support.sandbox_hooks:hostile_office_text")
    monkeypatch.setattr(sandbox, "TIMEOUT_S", 5.0)
    folder = tmp_path / "in"
    write(folder / "a-bad.rtf", rtf("Текст", "x") + (CRASH if marker == "crash" else HANG))
    write(folder / "b-good.docx", docx(["Показания после сбоя"]))
    report = import_paths(vault, [folder])
    files = {Path(f.path).name: f for f in report.imported}
    assert files["a-bad.rtf"].warning == sandbox.TOO_HARD and files["b-good.docx"].warning is None
    assert {hit.id for hit in search.search(vault.conn, "сбоя")} == {files["b-good.docx"].id}
