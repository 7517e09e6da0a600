"""Import throughput against what a user would do instead, on the same files in the same run:

- `7zz a -mx=0 -mhe=on -p…`  an AES-256 archive (today's common practice)
- `age -r …`                 pure encryption, the floor
- `sha256sum` + `cp`         hashing and copying

Workloads: (a) 200 photos of 1600x1200 (JPEG, EXIF), (b) one large file (default 1 GiB).
Run: .venv/bin/python bench/bench_import.py [--size-mb 1024] [--photos 200]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def make_photos(folder: Path, count: int) -> None:
    import random

    from PIL import Image, ImageDraw

    from vault.demo_media import photo_jpeg

    rng = random.Random(3)
    folder.mkdir()
    base = photo_jpeg("bench", taken=datetime(2026, 3, 1, tzinfo=UTC), lat=43.2, lon=76.9, colour=(90, 60, 60))
    for n in range(count):
        # Each photo different (noise), so no duplicate detection and realistic JPEG sizes.
        img = Image.open(io.BytesIO(base)).convert("RGB")
        draw = ImageDraw.Draw(img)
        for _ in range(400):
            x, y = rng.randrange(1600), rng.randrange(1200)
            draw.ellipse(
                [x, y, x + rng.randrange(5, 60), y + rng.randrange(5, 60)],
                fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
            )
        img.save(folder / f"IMG_{n:04d}.jpg", "JPEG", quality=88, exif=Image.open(io.BytesIO(base)).getexif())


def make_big(path: Path, size_mb: int) -> None:
    block = os.urandom(1 << 20)
    with open(path, "wb") as fh:
        for n in range(size_mb):
            fh.write(block[n % 7 :] + block[: n % 7])


def seven_zip() -> str:
    return shutil.which("7zz") or shutil.which("7z") or ""


def ours(work: Path, *paths: Path) -> dict[str, float]:
    vault_dir = work / f"vault-{len(list(work.iterdir()))}"
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "import_child.py"), str(vault_dir), *map(str, paths)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    shutil.rmtree(vault_dir)
    result: dict[str, float] = json.loads(out)
    return result


def baselines(work: Path, target: Path, is_dir: bool) -> dict[str, float]:
    recipient = subprocess.run(["age-keygen"], capture_output=True, text=True, check=True).stdout
    recipient = next(line.split(": ")[1] for line in recipient.splitlines() if line.startswith("# public key"))
    figures: dict[str, float] = {}
    sz = seven_zip()
    if sz:
        archive = work / "a.7z"
        figures["7z"], _ = timed(
            [sz, "a", "-mx=0", "-mhe=on", "-pbenchpass", str(archive), str(target)], stdout=subprocess.DEVNULL
        )
        archive.unlink()
    enc = work / "a.age"
    if is_dir:
        figures["age"], _ = timed(
            ["bash", "-c", f"tar cf - -C {target.parent} {target.name} | age -r {recipient} -o {enc}"]
        )
    else:
        figures["age"], _ = timed(["age", "-r", recipient, "-o", str(enc), str(target)])
    enc.unlink()
    copy = work / "copy"
    files = f"{target}/*" if is_dir else str(target)
    figures["sha256sum+cp"], _ = timed(["bash", "-c", f"sha256sum {files} > /dev/null && cp -r {target} {copy}"])
    shutil.rmtree(copy) if copy.is_dir() else copy.unlink()
    return figures


def report(name: str, mine: dict[str, float], others: dict[str, float]) -> None:
    print(f"\n{name}")
    print(f"  evidence-vault import: {mine['seconds']:.2f} s, peak RSS {mine['rss_mb']:.0f} MB")
    for tool, secs in others.items():
        print(f"  {tool:<14} {secs:.2f} s   ratio ours/{tool} = {mine['seconds'] / secs:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--size-mb", type=int, default=1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        work = Path(tmp)
        photos = work / "photos"
        make_photos(photos, args.photos)
        total = sum(p.stat().st_size for p in photos.iterdir()) / 1e6
        subprocess.run(["cat", *map(str, photos.iterdir())], stdout=subprocess.DEVNULL, check=True)  # warm cache
        report(
            f"(a) {args.photos} photos 1600x1200, {total:.0f} MB (with thumbnails)",
            ours(work, photos),
            baselines(work, photos, True),
        )
        big = work / "big.bin"
        make_big(big, args.size_mb)
        subprocess.run(["cat", str(big)], stdout=subprocess.DEVNULL, check=True)
        report(f"(b) one file of {args.size_mb} MiB", ours(work, big), baselines(work, big, False))


if __name__ == "__main__":
    main()
