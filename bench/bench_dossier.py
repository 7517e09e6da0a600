"""Dossier budget (docs/architecture.md): 200 photos (1600x1200) and 50 testimonies in under 30 s and under
60 MB. Prints figures; asserts nothing.

    .venv/bin/python -m bench.bench_dossier [--photos 200] [--testimonies 50] [--profile partner]

Items are sealed through the core (blob + items row + custody event), as intake would, so the
benchmark measures the dossier alone. All content is generated and fictional.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from vault import cases, people, testimony
from vault.dossier import build_dossier
from vault.store import Vault

from .common import new_vault

PARAGRAPH_RU = (
    "Меня задержали у подъезда дома двое сотрудников в гражданской одежде. В изоляторе меня держали "
    "без адвоката почти сутки; следователь требовал подписать признание, меня били по ногам. "
)
PARAGRAPH_KK = "Мені бейбіт жиналыстан кейін ұстады. Полиция бөлімшесінде түні бойы су бермеді. "


def photo(i: int, size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A photo-like JPEG (gradients, blurred noise, shapes): compresses like a real 2 MP photo."""
    rnd = random.Random(i)
    w, h = size
    base = Image.linear_gradient("L").resize((w, h)).rotate(rnd.randint(0, 359))
    noise = Image.effect_noise((w, h), 40).filter(ImageFilter.GaussianBlur(1.2))
    img = Image.merge(
        "RGB",
        (
            Image.blend(base, noise, 0.5),
            Image.blend(Image.effect_noise((w, h), 30), base, 0.7),
            Image.blend(base.transpose(Image.Transpose.FLIP_LEFT_RIGHT), noise, 0.3),
        ),
    )
    draw = ImageDraw.Draw(img)
    for _ in range(25):
        x, y = rnd.randint(0, w), rnd.randint(0, h)
        draw.ellipse(
            [x, y, x + rnd.randint(20, 300), y + rnd.randint(20, 300)],
            fill=(rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255)),
        )
    exif = Image.Exif()
    exif[0x0110] = "Phone 1"
    exif.get_ifd(0x8769)[42033] = f"SN-{i:05d}"
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def seal(vault: Vault, case_id: str, data: bytes, n: int) -> None:
    blob = vault.blobs.store_bytes(data)
    item_id = vault.env.new_id()
    now = vault.env.now_iso()
    meta = {
        "exif": {"Model": "Phone 1", "BodySerialNumber": f"SN-{n:05d}"},
        "gps": {"lat": 43.2, "lon": 76.9},
        "taken": f"2026-03-{1 + n % 28:02d}T10:00:00Z",
    }
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO items (id, kind, title, created, sha256, size, mime, original_name, metadata) "
            "VALUES (?, 'photo', ?, ?, ?, ?, 'image/jpeg', ?, ?)",
            (
                item_id,
                f"Фото {n}: следы побоев",
                now,
                blob.sha256,
                blob.size,
                f"IMG_{n:04d}.jpg",
                json.dumps(meta),
            ),
        )
        conn.execute(
            "INSERT INTO blobs VALUES (?,?,'original',?,?,?,NULL)", (blob.blob_id, item_id, blob.size, blob.sha256, now)
        )
        conn.execute("INSERT INTO item_cases VALUES (?, ?)", (item_id, case_id))
        vault.record("import", item_id, {"sha256": blob.sha256, "size": blob.size}, also=(case_id,))


def fill(vault: Vault, n_photos: int, n_testimonies: int) -> str:
    case_id = cases.add_case(vault, "Задержание правозащитника (бенчмарк)", "Вымышленное дело для замера.")
    witness = people.add_person(
        vault, "Айгуль Нурланова", protected=True, role="witness", aliases=["Айгуль Нурлановой"]
    )
    people.link_person_to_case(vault, case_id, witness, "witness")
    for d in range(1, 21):
        cases.add_case_event(vault, case_id, f"2026-03-{d:02d}", f"Событие {d}: заседание суда", "hearing")
    for t in range(n_testimonies):
        ru = t % 2 == 0
        text = "\n\n".join((PARAGRAPH_RU if ru else PARAGRAPH_KK) * 4 + f"Айгуль Нурлановой {t}." for _ in range(6))
        lang = "ru" if ru else "kk"
        testimony.add_testimony(vault, title=f"Показания {t}", text=text, case_id=case_id, language=lang)
    for n in range(n_photos):
        seal(vault, case_id, photo(n), n)
    return case_id


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=200)
    ap.add_argument("--testimonies", type=int, default=50)
    ap.add_argument("--profile", default="partner")
    ap.add_argument("--password", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ev-bench-dossier-") as tmp:
        vault = new_vault(Path(tmp) / "vault")
        with vault:
            t0 = time.perf_counter()
            case_id = fill(vault, args.photos, args.testimonies)
            fill_s = time.perf_counter() - t0
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            out = Path(tmp) / "dossier.pdf"
            stages: dict[str, float] = {}
            start = time.perf_counter()

            def progress(done: int, total: int, stage: str) -> None:
                stages[stage] = time.perf_counter() - start

            result = build_dossier(
                vault,
                case_id,
                out,
                profile=args.profile,
                language="ru",
                password="bench" if args.password else None,
                on_progress=progress,
            )
            elapsed = time.perf_counter() - start
            rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        size_mb = out.stat().st_size / 1e6
        print(f"fill: {args.photos} photos + {args.testimonies} testimonies sealed in {fill_s:.1f} s")
        mode = args.profile + (", password" if args.password else "")
        print(f"dossier ({mode}): {elapsed:.1f} s, {size_mb:.1f} MB, {result.pages} pages")
        print(f"peak RSS {rss_after} MB (before build {rss_before} MB)")
        print("stage finished at (s): " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))


if __name__ == "__main__":
    main()
