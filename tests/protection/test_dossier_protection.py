"""A protected witness never appears in a partner or public dossier: not in text, streams,
metadata, bookmarks, file names or embedded images."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from tests.support.dossier import (
    VICTIM_NAME,
    VICTIM_STEMS,
    WITNESS_STEMS,
    CaseFixture,
    assert_absent,
    build_case,
    jpeg_markers,
    pdftotext,
)
from vault.dossier import build_dossier, default_file_name
from vault.store import Vault


@pytest.fixture
def case(vault: Vault) -> CaseFixture:
    return build_case(vault)


@pytest.mark.parametrize("profile", ["partner", "public"])
@pytest.mark.parametrize("language", ["ru", "en"])
def test_protected_witness_appears_nowhere(
    vault: Vault, case: CaseFixture, tmp_path: Path, profile: str, language: str
) -> None:
    out = tmp_path / "d.pdf"
    build_dossier(vault, case.case_id, out, profile=profile, language=language)
    assert_absent(out, WITNESS_STEMS)
    text = pdftotext(out)
    pseudonym = "Свидетель А"  # recorded by the user: used in every language
    assert pseudonym in text
    assert "Пытки и жестокое обращение" in text  # the testimony itself survives


def test_public_hides_everyone_not_marked_public_partner_does_not(
    vault: Vault, case: CaseFixture, tmp_path: Path
) -> None:
    build_dossier(vault, case.case_id, tmp_path / "pub.pdf", profile="public", language="ru")
    assert_absent(tmp_path / "pub.pdf", (*VICTIM_STEMS, "серікұл"))  # the defender is not marked public
    assert "Потерпевший А" in pdftotext(tmp_path / "pub.pdf")
    build_dossier(vault, case.case_id, tmp_path / "par.pdf", profile="partner", language="ru")
    assert VICTIM_NAME in pdftotext(tmp_path / "par.pdf") and "Қайрат Серікұлы" in pdftotext(tmp_path / "par.pdf")


def test_internal_keeps_the_names(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    out = tmp_path / "internal.pdf"
    build_dossier(vault, case.case_id, out, profile="internal", language="ru")
    text = pdftotext(out)
    assert "Айгуль Нурланова" in text and "aigul-nurlanova-back.jpg" in text


def test_encrypted_partner_dossier_hides_the_witness_too(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    out = tmp_path / "locked.pdf"
    build_dossier(vault, case.case_id, out, profile="partner", language="kk", password="s3cret пароль")
    assert_absent(out, WITNESS_STEMS, password="s3cret пароль")


@pytest.mark.parametrize("profile", ["internal", "partner", "public"])
def test_embedded_images_carry_no_metadata(vault: Vault, case: CaseFixture, tmp_path: Path, profile: str) -> None:
    out = tmp_path / "d.pdf"
    build_dossier(vault, case.case_id, out, profile=profile, language="en")
    images = []
    with pikepdf.open(out) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                f = obj.get("/Filter")
                filters = [str(x) for x in f] if isinstance(f, pikepdf.Array) else [str(f)]
                assert filters == ["/DCTDecode"]
                images.append(obj.read_raw_bytes())
    assert len(images) == len(case.photo_ids)
    originals = {vault.blobs.read_bytes(b) for b in _blob_ids(vault, case.photo_ids)}
    for jpeg in images:
        assert jpeg not in originals  # re-encoded from pixels, never the original bytes
        assert set(jpeg_markers(jpeg)) & {0xE1, 0xE2, 0xED, 0xEE, 0xFE} == set()
        for marker in (b"Exif", b"http://ns.adobe.com/xap", b"GPS", b"SN-4471", b"Nurlanova", b"ICC_PROFILE"):
            assert marker not in jpeg


def _blob_ids(vault: Vault, item_ids: list[str]) -> list[str]:
    from vault.items import blob_of

    return [b for b in (blob_of(vault, i) for i in item_ids) if b]


def test_info_is_allow_listed_and_there_is_no_xmp(vault: Vault, case: CaseFixture, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    build_dossier(vault, case.case_id, out, profile="partner", language="ru")
    with pikepdf.open(out) as pdf:
        assert set(pdf.docinfo.keys()) <= {"/Title", "/Producer", "/CreationDate"}
        assert str(pdf.docinfo["/Producer"]).startswith("Evidence Vault ")
        assert str(pdf.docinfo["/Title"]) == "Задержание свидетеля Свидетель А в Алматы"
        created = str(pdf.docinfo["/CreationDate"])
        assert created.startswith("D:") and created.endswith("Z") and "+" not in created and "'" not in created
        assert "/Metadata" not in pdf.Root
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                assert obj.get("/Type") != "/Metadata"
                assert "/Author" not in obj


def test_default_file_name_names_no_one(case: CaseFixture) -> None:
    name = default_file_name(case.case_id, "partner")
    assert name.endswith("-partner.pdf") and case.case_id[:8] in name
    assert not any(stem in name.casefold() for stem in WITNESS_STEMS)
