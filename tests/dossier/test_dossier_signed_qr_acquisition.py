"""The chain head as a QR code on the cover (and in the appendix) decodes with zbarimg to the
head the dossier was built on; each exhibit carries its acquisition record, with the device as
a pseudonym under partner/public and the raw device id only under internal."""

from __future__ import annotations

from pathlib import Path

from tests.support.dossier import build_case, pdftotext
from tests.support.signed import dossier, run
from tests.support.vaults import VaultFactory


def _decode_page(pdf: Path, page: int, tmp: Path) -> list[str]:
    prefix = tmp / f"p{page}"
    assert (
        run(
            "pdftoppm", "-r", "150", "-gray", "-png", "-f", str(page), "-l", str(page), str(pdf), str(prefix)
        ).returncode
        == 0
    )
    png = next(tmp.glob(f"p{page}*.png"))
    p = run("zbarimg", "--raw", "-q", str(png))
    return [line for line in p.stdout.splitlines() if line.strip()]


def test_cover_qr_decodes_to_chain_head(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    head = v.custody.head()
    assert head is not None
    out = tmp_path / "d.pdf"
    dossier(v, fx.case_id, out, profile="partner", sign=True)
    expected = f"EVIDENCE-VAULT HEAD fp={head.fingerprint} seq={head.seq} hash={head.hash}"
    assert _decode_page(out, 1, tmp_path) == [expected]
    pages = int(next(ln.split()[-1] for ln in run("pdfinfo", str(out)).stdout.splitlines() if ln.startswith("Pages")))
    found = [p for p in range(2, pages + 1) if _decode_page(out, p, tmp_path)]
    assert found, "no QR code in the appendix"


def test_acquisition_record_per_profile(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(owner="Бюро")
    fx = build_case(v)
    device = v.settings.device_id
    internal, partner = tmp_path / "i.pdf", tmp_path / "p.pdf"
    dossier(v, fx.case_id, internal, language="en")
    dossier(v, fx.case_id, partner, profile="partner", language="en")
    ti, tp = pdftotext(internal), pdftotext(partner)
    for text in (ti, tp):
        assert "Acquired (UTC)" in text and "file or folder import" in text and "This dossier shows" in text
        assert "re-encoded from the" in text
    assert device in " ".join(ti.split())
    assert device not in tp and "device-" in tp
    assert "The original is attached to this PDF as exhibit-" in " ".join(ti.split())
    assert "attached to this PDF as" not in tp
