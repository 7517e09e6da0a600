"""Dossier content: extractable Cyrillic and Kazakh text, hashes equal to intake, bookmarks and
contents links, custody export event, password (R6), CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from tests.support.dossier import (
    KK_TEXT,
    RU_TEXT,
    WITNESS_STEMS,
    CaseFixture,
    assert_absent,
    build_case,
    hashes_in,
    outline_titles,
    pdftotext,
    sha256_hex,
)
from vault import items
from vault.cli.main import main
from vault.dossier import build_dossier
from vault.errors import Cancelled, UsageError
from vault.store import Vault


@pytest.fixture
def case(vault: Vault) -> CaseFixture:
    return build_case(vault)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_cyrillic_and_kazakh_testimony_text_is_extractable_intact(
    vault: Vault, case: CaseFixture, tmp_path: Path
) -> None:
    out = tmp_path / "d.pdf"
    result = build_dossier(vault, case.case_id, out, profile="internal", language="kk")
    text = _flat(pdftotext(out))
    for paragraph in RU_TEXT.split("\n\n") + [KK_TEXT]:
        assert _flat(paragraph) in text
    assert "Болата Жаксылыкова били по ногам" in text  # the latest revision is the one shown
    for label in ("Хронология", "Айғақтар", "куә", "құқық қорғаушы", "Мазмұны"):
        assert label in text
    assert result.pages >= 6 and f"{result.pages}-бет, барлығы {result.pages}" in text


def test_labels_follow_the_language(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    build_dossier(vault, case.case_id, tmp_path / "ru.pdf", profile="partner", language="ru")
    ru = pdftotext(tmp_path / "ru.pdf")
    for label in ("Досье", "Хронология", "Показания", "Свидетель", "Содержание", "Страница 1 из"):
        assert label in ru
    assert "текст редакции 2 (последней из 2)" in ru.casefold()
    build_dossier(vault, case.case_id, tmp_path / "en.pdf", profile="partner", language="en")
    en = pdftotext(tmp_path / "en.pdf")
    assert "Chronology" in en and "Testimonies" in en and "Profile: partner" in en


def test_every_exhibit_hash_in_the_appendix_equals_the_intake_hash(
    vault: Vault, case: CaseFixture, tmp_path: Path
) -> None:
    out = tmp_path / "d.pdf"
    build_dossier(vault, case.case_id, out, profile="internal", language="en")
    found = hashes_in(pdftotext(out))
    for item in items.list_items(vault, case_id=case.case_id):
        assert item.sha256 in found
        if item.kind == "photo":
            assert sha256_hex(items.read_original(vault, item.id, log_view=False)) == item.sha256
    head = vault.custody.events()[-2]  # the head before the export event
    assert head.hash in found


def test_bookmarks_contents_links_and_running_header(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    build_dossier(vault, case.case_id, out, profile="partner", language="en")
    titles = outline_titles(out)
    for expected in (
        "People involved",
        "Chronology",
        "Testimonies",
        "Exhibits",
        "Photographs",
        "Appendix: integrity and chain of custody",
    ):
        assert expected in titles
    assert any(t.startswith("Exhibit 1. ") for t in titles)
    with pikepdf.open(out) as pdf:
        links = [a for a in pdf.pages[1].get("/Annots", []) if a.get("/Subtype") == "/Link"]
        assert len(links) >= 5  # the contents page links to the sections
        assert all("/Dest" in a or "/A" in a for a in links)
    pages = pdftotext(out).split("\f")
    assert all("Profile: partner" in p for p in pages[1:] if p.strip())
    assert "Page 1 of" in pages[0]


def test_export_is_logged_with_the_head_before_it(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    before = vault.custody.head()
    assert before is not None
    result = build_dossier(vault, case.case_id, tmp_path / "d.pdf", profile="partner", language="ru")
    event = vault.custody.events()[-1]
    assert event.action == "export" and event.subject == case.case_id
    d = event.details
    assert d["format"] == "dossier-pdf" and d["profile"] == "partner"
    assert d["sha256"] == result.sha256 == sha256_hex((tmp_path / "d.pdf").read_bytes())
    assert d["head"] == {"seq": before.seq, "hash": before.hash}
    assert set(d["items"]) == {i.id for i in items.list_items(vault, case_id=case.case_id)}
    assert d["removed"] == result.removed and any("pseudonym" in r for r in d["removed"])
    assert not any(stem in json.dumps(d, ensure_ascii=False).casefold() for stem in WITNESS_STEMS)
    assert event.seq in {e.seq for e in vault.custody.events(case.photo_ids[0])}
    assert "view" not in {e.action for e in vault.custody.events(case.photo_ids[0])}


def test_password_pdf_is_r6_aes256_and_needs_the_password(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "locked.pdf"
    build_dossier(vault, case.case_id, out, profile="partner", language="ru", password="пароль 42")
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out, password="wrong")
    with pikepdf.open(out, password="пароль 42") as pdf:
        assert pdf.is_encrypted
        assert pdf.encryption.R == 6 and pdf.encryption.V == 5
        assert str(pdf.encryption.stream_method).endswith("aesv3")
    assert "Показания" in pdftotext(out, "пароль 42")
    assert [p.name for p in folder.iterdir()] == ["locked.pdf"]  # no partial or clear copy left
    assert b"/Encrypt" in out.read_bytes() and "Показания".encode("utf-16-be") not in out.read_bytes()


def test_refuses_to_overwrite_and_bad_arguments(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    out.write_bytes(b"keep me")
    with pytest.raises(UsageError):
        build_dossier(vault, case.case_id, out, profile="partner", language="ru")
    assert out.read_bytes() == b"keep me"
    with pytest.raises(UsageError):
        build_dossier(vault, case.case_id, tmp_path / "x.pdf", profile="friends", language="ru")
    with pytest.raises(UsageError):
        build_dossier(vault, case.case_id, tmp_path / "x.pdf", profile="partner", language="de")
    build_dossier(vault, case.case_id, out, profile="partner", language="ru", overwrite=True)
    assert out.read_bytes().startswith(b"%PDF-")


def test_progress_and_cancel(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    stages: list[str] = []
    build_dossier(
        vault,
        case.case_id,
        tmp_path / "d.pdf",
        profile="internal",
        language="en",
        on_progress=lambda done, total, stage: stages.append(stage),
    )
    assert stages[0] == "collect" and "images" in stages and stages[-1] == "write"
    assert any(s.startswith("layout-") for s in stages)
    head = vault.custody.head()
    with pytest.raises(Cancelled):
        build_dossier(
            vault, case.case_id, tmp_path / "c.pdf", profile="internal", language="en", should_cancel=lambda: True
        )
    assert not (tmp_path / "c.pdf").exists() and vault.custody.head() == head


def test_the_leak_detector_does_detect(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    out = tmp_path / "internal.pdf"
    build_dossier(vault, case.case_id, out, profile="internal", language="ru")
    with pytest.raises(AssertionError):
        assert_absent(out, WITNESS_STEMS)


def test_cli_dossier_json(
    vault: Vault,
    case: CaseFixture,
    vault_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    (tmp_path / "pass").write_text("correct horse\n", encoding="utf-8")
    (tmp_path / "pdfpass").write_text("open sesame\n", encoding="utf-8")
    out = tmp_path / "cli.pdf"
    code = main(
        [
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(tmp_path / "pass"),
            "dossier",
            case.case_id,
            "--out",
            str(out),
            "--profile",
            "public",
            "--language",
            "ru",
            "--password-file",
            str(tmp_path / "pdfpass"),
            "--json",
        ]
    )
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"path", "pages", "sha256"} and doc["export_id"]  # export_id: for `commitment reveal`
    assert doc["sha256"] == sha256_hex(out.read_bytes()) and doc["pages"] >= 6
    with pikepdf.open(out, password="open sesame") as pdf:
        assert len(pdf.pages) == doc["pages"]
    assert (
        main(
            [
                "--vault",
                str(vault_dir),
                "--passphrase-file",
                str(tmp_path / "pass"),
                "dossier",
                case.case_id,
                "--out",
                str(out),
            ]
        )
        == 2
    )  # exists: refused
