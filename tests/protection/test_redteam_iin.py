"""Red team, whole jobs: a written statement as Kazakh statements open ("Я, Сейтқазиева Гульнара
Нурлановна, ИИН 850312400128, …"), her ИИН again in a chronology entry and a case summary. Her
name was replaced and her phone number too, but her ИИН went out in the partner bundle and the
public dossier: twelve digits that name one person for life to anyone who looks them up. Now
every string an export shows below `internal` loses a valid ИИН ("[ИИН]", "[ЖСН]", "[IIN]"),
whoever it belongs to, as phone numbers are replaced; other twelve-digit numbers stay. A PDF
whose text holds one is withheld ("may name a hidden person"): pixels cannot lose a number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.leak_text import bundle_text, dossier_text
from tests.support.leaks import NAME, PSEUDONYM, befriend, leaks
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case, add_case_event
from vault.dossier import build_dossier
from vault.exports.review import review_export
from vault.people import add_person, link_person_to_case
from vault.protection.national_ids import is_iin, replace_iins
from vault.redaction import Redactor
from vault.store import Vault
from vault.testimony import add_testimony

HER_IIN = "850312400128"
HIS_IIN = "920715600345"
STATEMENT = (
    f"Я, Сейтқазиева Гульнара Нурлановна, ИИН {HER_IIN}, тел. +7 701 555 12 34, проживающая в "
    f"г. Алматы, видела задержание. Мой брат (ИИН:{HIS_IIN}) тоже. Дело № 7511-0023-00/123."
)


def _case(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str]:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    case = add_case(v, "Дело 12", f"Свидетель с ИИН {HER_IIN} опрошена")
    link_person_to_case(v, case, add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness"), "witness")
    add_case_event(v, case, "2026-03-14", f"Объяснение, ИИН {HER_IIN}", "other")
    add_testimony(v, title="Объяснение", text=STATEMENT, case_id=case, language="ru")
    return v, case


def test_her_iin_does_not_leave_with_her_statement(make_vault: VaultFactory, tmp_path: Path) -> None:
    v, case = _case(make_vault, tmp_path)
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    sent = bundle_text(r, out)
    assert "видела задержание" in sent and "[IIN]" in sent and "7511-0023-00/123" in sent
    digits = re.sub(r"\D", "", sent)
    assert HER_IIN not in digits and HIS_IIN not in digits and leaks(sent) == []
    for profile in ("partner", "public"):
        pdf = tmp_path / f"{profile}.pdf"
        build_dossier(v, case, pdf, profile=profile, language="ru")
        shown = dossier_text(pdf)
        assert "[ИИН]" in shown and "видела задержание" in shown, profile
        assert HER_IIN not in re.sub(r"\D", "", shown) and leaks(shown) == [], profile
    internal = tmp_path / "internal.pdf"
    build_dossier(v, case, internal, profile="internal", language="ru")
    assert HER_IIN in dossier_text(internal)  # internal shows what was written
    assert review_export(v, case, "partner", "ru").to_json()["replaced"]["national-ids-replaced"] >= 3


@pytest.mark.parametrize(
    "text",
    [
        "Дело № 7511-0023-00/123, штраф 750 000 тенге, счёт 123456789012",
        "Заказ 850312400127 (контрольная цифра не та), БИН 050140000656",
        "Телефон 87015551234, дата 12.03.2026, номер 8503124001281",
    ],
)
def test_numbers_that_are_not_an_iin_stay(text: str) -> None:
    assert replace_iins(text, "ru") == (text, 0)


def test_the_redactor_replaces_an_iin_only_below_internal() -> None:
    assert is_iin(HER_IIN) and is_iin(HIS_IIN)
    text = f"ИИН {HER_IIN}; ЖСН:{HIS_IIN}."
    assert Redactor("internal", "kk").text(text) == text
    red = Redactor("partner", "kk")
    assert red.text(text) == "ИИН [ЖСН]; ЖСН:[ЖСН]."
    assert red.removal_counts() == {"national-ids-replaced": 2}
    assert Redactor("public", "en").text(text) == "ИИН [IIN]; ЖСН:[IIN]."


def test_a_pdf_showing_an_iin_stays_home() -> None:
    """Pixels cannot lose a number: a PDF whose text holds an ИИН does not travel as page images."""
    from vault.documents import DocumentFacts
    from vault.exports import reasons as rs
    from vault.exports.document_pages import verdict

    red = Redactor("partner", "ru")
    assert verdict(red, DocumentFacts(pages=["Протокол", "Дело № 7511-0023-00/123"])) == ""
    assert verdict(red, DocumentFacts(pages=["Протокол", f"Объяснение, ИИН {HER_IIN}"])) == rs.MAY_NAME_HIDDEN
    assert verdict(red, DocumentFacts(pages=["Протокол"], form_fields=[f"iin: {HIS_IIN}"])) == rs.MAY_NAME_HIDDEN


def test_a_file_name_with_an_iin_is_withheld() -> None:
    red = Redactor("partner", "ru")
    assert red.file_name_for(f"{HER_IIN}_удостоверение.jpg") is None
    assert red.label(f"{HER_IIN}_удостоверение") == "[ИИН]_удостоверение"
    assert red.file_name_for("IMG_20260301_123456789012.jpg") == "IMG_20260301_123456789012.jpg"
    assert Redactor("internal", "ru").file_name_for(f"{HER_IIN}.jpg") == f"{HER_IIN}.jpg"
