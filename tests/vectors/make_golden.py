"""Recreate a vault of the same shape as tests/vectors/golden-v1/ (see its README).

    PYTHONPATH=. python tests/vectors/make_golden.py OUT_DIR

The checked-in copy is the reference made by release 0.1.0 (vault format 1, schema 3); it is
never regenerated in CI. Run this only to make a new golden vault for a new release, next to the
old ones, never over them: every later version must still open the old copy.

Time is deterministic (a clock starting 2025-01-15T08:00:00Z, one second per call) and ids come
from a seeded generator, so the ids and custody times below are reproducible; the Ed25519 key,
the age identity and SQLCipher's page IVs are random, so the files are not byte-identical.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vault import cases, items, kdf, people, testimony
from vault.demo_media import court_decision_pdf, photo_jpeg
from vault.env import Environment
from vault.intake import import_paths
from vault.store import Vault, VaultSettings

PASSPHRASE = "golden vault — золотой сейф — алтын сейф"
# The Argon2id floor (64 MiB, t=3, p=4): opening the golden vault in a test stays quick.
SETTINGS = VaultSettings(kdf_params=kdf.FLOOR, device_id="golden-device")
START = datetime(2025, 1, 15, 8, 0, 0, tzinfo=UTC)
SEED = 19

TEXT_RU = "Меня задержали у дома в Алматы. Ёлка во дворе, ночь, двое в штатском не представились."
TEXT_RU_REV2 = TEXT_RU + "\n\nДополнение: свидетель видела, как меня выводили из изолятора."
TEXT_KK = "Мені жиналыстан кейін ұстады. Бөлімшеде түні бойы су бермеді; құқық қорғаушы келді."
PDF_LINES = ["ПОСТАНОВЛЕНИЕ о мере пресечения", "Суд постановил: содержать под стражей. Вымышленный документ."]


def environment() -> Environment:
    ticks = itertools.count()
    rng = random.Random(SEED)
    return Environment(clock=lambda: START + timedelta(seconds=next(ticks)), random_bytes=rng.randbytes)


def media() -> tuple[bytes, bytes]:
    jpeg = photo_jpeg(
        "Синяки",
        taken=datetime(2025, 1, 10, 10, 5, tzinfo=UTC),
        lat=43.2389,
        lon=76.8897,
        colour=(120, 60, 60),
        size=(96, 72),
        serial="SN-GOLDEN-1",
    )
    pdf = court_decision_pdf("Суд", PDF_LINES)
    return jpeg, pdf


def make(out: Path, staging: Path) -> dict[str, object]:
    """Create the vault at `out` (which must not exist); return what the test expects of it."""
    env = environment()
    vault, recovery = Vault.create(out, PASSPHRASE, owner="Golden monitor", env=env, settings=SETTINGS)
    with vault:
        case = cases.add_case(vault, "Задержание правозащитника", "Золотой сейф: форма версии 1.")
        cases.add_case_event(vault, case, "2025-01-09", "Задержан у дома", "arrest")
        witness = people.add_person(
            vault,
            "Айгуль Нурланова",
            pseudonym="Свидетель А",
            protected=True,
            role="witness",
            aliases=["Айгуль Нурлановой", "Aigul Nurlanova"],
        )
        people.link_person_to_case(vault, case, witness, "witness")
        t_ru = testimony.add_testimony(
            vault,
            title="Показания о задержании",
            text=TEXT_RU,
            case_id=case,
            language="ru",
            people=[(witness, "witness")],
            tags=["violation/arbitrary-detention"],
        )
        testimony.revise_testimony(vault, t_ru, TEXT_RU_REV2)
        t_kk = testimony.add_testimony(
            vault,
            title="Жиналысқа қатысушының айғақтары",
            text=TEXT_KK,
            case_id=case,
            language="kk",
            tags=["violation/freedom-of-assembly"],
        )
        jpeg, pdf = media()
        staging.mkdir(parents=True, exist_ok=True)
        (staging / "bruises.jpg").write_bytes(jpeg)
        (staging / "decision.pdf").write_bytes(pdf)
        for name in ("bruises.jpg", "decision.pdf"):  # file times travel into the item record
            os.utime(staging / name, (START.timestamp() - 86400, START.timestamp() - 86400))
        report = import_paths(
            vault, [staging / "bruises.jpg", staging / "decision.pdf"], case_id=case, tags=["evidence/medical"]
        )
        by_name = {Path(f.path).name: f.id for f in report.imported}
        photo, doc = by_name["bruises.jpg"], by_name["decision.pdf"]
        items.untag_item(vault, doc, ["evidence/medical"])
        items.tag_item(vault, doc, ["evidence/court-decision"])
        people.link_person_to_item(vault, photo, witness, "depicted")
        items.read_original(vault, photo)  # a "view" custody event
        items.extract(vault, doc, staging / "decision-extracted.pdf")  # an "extract" event
        head = vault.custody.head()
    return {
        "passphrase": PASSPHRASE,
        "recovery_key": recovery,
        "vault_id": vault.vault_id,
        "case": case,
        "witness": witness,
        "testimony_ru": t_ru,
        "testimony_kk": t_kk,
        "photo": photo,
        "document": doc,
        "photo_sha256": hashlib.sha256(jpeg).hexdigest(),
        "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
        "testimony_ru_sha256": [hashlib.sha256(t.encode()).hexdigest() for t in (TEXT_RU, TEXT_RU_REV2)],
        "testimony_kk_sha256": hashlib.sha256(TEXT_KK.encode()).hexdigest(),
        "head": {"seq": head.seq, "hash": head.hash} if head else None,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    staging = out.with_name(out.name + "-staging")
    expected = make(out / "vault", staging)
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"golden vault in {out / 'vault'}; delete {staging} (plaintext media) when done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
