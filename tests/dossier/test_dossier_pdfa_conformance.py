"""PDF/A-3u as far as it can be checked without veraPDF: pdfaid in XMP (and nothing beyond the
allow-list, under every profile), an sRGB output intent with an ICC profile, all fonts embedded
(pdffonts), no encryption, printable annotations, Info and XMP agreeing; signing keeps all of
it; a password-protected dossier declares no PDF/A."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest

from tests.support.dossier import WITNESS_FORMS, build_case
from tests.support.signed import PASSWORD, dossier, run
from tests.support.vaults import VaultFactory
from vault.dossier.pdfa import XMP_FIELDS

_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_NS = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
}


def xmp_fields(pdf: pikepdf.Pdf) -> dict[str, str]:
    """Every property in the XMP packet, as prefix:name -> text (parsed with lxml via pikepdf)."""
    out: dict[str, str] = {}
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        for desc in meta._get_rdf_root().iter(f"{_RDF}Description"):
            for attr, value in desc.attrib.items():
                if not attr.startswith(_RDF):
                    out[attr] = value  # properties written as attributes would count too
            for child in desc:
                ns, name = child.tag[1:].split("}")
                out[f"{_NS.get(ns, ns)}:{name}"] = "".join(child.itertext()).strip()
    return out


@pytest.mark.parametrize("profile", ["internal", "partner", "public"])
def test_pdfa_markers_and_allow_listed_xmp(make_vault: VaultFactory, tmp_path: Path, profile: str) -> None:
    v = make_vault(owner="Бюро")
    fx = build_case(v)
    out = tmp_path / f"{profile}.pdf"
    res = dossier(v, fx.case_id, out, profile=profile, sign=profile != "public")
    assert res.pdfa
    with pikepdf.open(out) as pdf:
        assert not pdf.is_encrypted
        assert pdf.pdf_version >= "1.7"
        fields = xmp_fields(pdf)
        assert set(fields) <= XMP_FIELDS, set(fields) - XMP_FIELDS
        assert fields["pdfaid:part"] == "3" and fields["pdfaid:conformance"] == "U"
        if profile == "internal":  # Info and XMP agree
            assert fields["dc:title"] == str(pdf.docinfo["/Title"])
        else:  # the XMP is uncompressed plain text (PDF/A): below internal no title at all
            assert "dc:title" not in fields and "/Title" not in pdf.docinfo
        assert fields["pdf:Producer"] == str(pdf.docinfo["/Producer"])
        assert set(pdf.docinfo.keys()) <= {"/Title", "/Producer", "/CreationDate", "/ModDate"}
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1"
        icc = intents[0].DestOutputProfile.read_bytes()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "  # an ICC profile for RGB
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):  # links, and the signature's zero-size widget
                assert int(annot.F) & 4 and not int(annot.F) & 2  # printed, not hidden
    if profile != "internal":
        raw = out.read_bytes()
        for form in WITNESS_FORMS:  # the XMP is plain text: the hidden name is nowhere in it
            assert form.encode("utf-8") not in raw
    fonts = run("pdffonts", str(out)).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:  # columns: name type encoding emb sub uni object ID
        cols = line.split()
        assert cols[-5] == "yes", line  # emb


def test_password_protected_dossier_is_not_pdfa(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    out = tmp_path / "locked.pdf"
    res = dossier(v, fx.case_id, out, password=PASSWORD)
    assert not res.pdfa
    with pikepdf.open(out, password=PASSWORD) as pdf:
        assert "/Metadata" not in pdf.Root and "/OutputIntents" not in pdf.Root
    ev = [e for e in v.custody.events(fx.case_id) if e.action == "export"][-1]
    assert ev.details["pdfa"] is None and ev.details["encrypted"] is True and ev.details["signed"] is False


def test_xmp_packet_is_well_formed_and_minimal(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    out = tmp_path / "d.pdf"
    dossier(v, fx.case_id, out, profile="partner")
    with pikepdf.open(out) as pdf:
        packet = pdf.Root.Metadata.read_bytes().decode("utf-8")
    assert packet.startswith('<?xpacket begin="\ufeff"') and packet.rstrip().endswith('<?xpacket end="w"?>')
    assert not re.search(r"(?i)creatortool|documentid|instanceid|xmpmm|author|creator", packet)
