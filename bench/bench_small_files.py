"""Many small files: 5,000 text files of 1-8 KB, imported, against the tools a user would reach for
on the same folder in the same run:

- `7zz a -mx=0 -mhe=on -p…`  an AES-256 archive (the budget: our import at most twice its time)
- `tar | age -r …`           pure encryption of one stream, the floor

Run: .venv/bin/python bench/bench_small_files.py [--files 5000] [--code DIR]
`--code DIR` imports with another checkout's code (for a before/after comparison of the import).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import baselines  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WORDS = [
    "свидетель",
    "показания",
    "задержан",
    "суд",
    "адвокат",
    "куәгер",
    "сот",
    "тергеу",
    "witness",
    "statement",
    "detained",
]


def make_texts(folder: Path, count: int) -> int:
    """`count` distinct text files of 1-8 KB (Cyrillic, Kazakh, Latin); returns total bytes."""
    rng = random.Random(16)
    folder.mkdir()
    total = 0
    for n in range(count):
        size = rng.randrange(1024, 8192)
        words: list[str] = [f"#{n}"]
        length = len(words[0])
        while length < size:
            words.append(rng.choice(WORDS))
            length += len(words[-1].encode()) + 1
        data = " ".join(words).encode()[:size]
        data = data.decode("utf-8", "ignore").encode()
        (folder / f"note_{n:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def ours(work: Path, code: Path, folder: Path) -> dict[str, float]:
    vault_dir = work / f"vault-{len(list(work.iterdir()))}"
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, str(code / "bench" / "import_child.py"), str(vault_dir), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    shutil.rmtree(vault_dir)
    result: dict[str, float] = json.loads(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--code", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        work = Path(tmp)
        folder = work / "texts"
        total = make_texts(folder, args.files)
        subprocess.run(["bash", "-c", f"cat {folder}/* > /dev/null"], check=True)  # warm cache
        others = baselines(work, folder, True)
        mine = ours(work, args.code.resolve(), folder)
        print(f"\n{args.files} text files of 1-8 KB, {total / 1e6:.1f} MB; code: {args.code}")
        print(
            f"  evidence-vault import: {mine['seconds']:.2f} s, peak RSS {mine['rss_mb']:.0f} MB,"
            f" {mine['imported']:.0f} imported"
        )
        for tool, secs in others.items():
            print(f"  {tool:<14} {secs:.2f} s   ratio ours/{tool} = {mine['seconds'] / secs:.2f}")


if __name__ == "__main__":
    main()
