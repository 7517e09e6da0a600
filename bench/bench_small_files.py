"""Many small files: 5,000 text files of 1-8 KB, imported, against the tools a user would reach for
on the same folder in the same run:

- `7zz a -mx=0 -mhe=on -p…`  an AES-256 archive (the budget: our import at most twice its time)
- `tar | age -r …`           pure encryption of one stream, the floor

Run: .venv/bin/python bench/bench_small_files.py [--files 5000] [--rounds 3] [--code DIR]
`--code DIR` imports with another checkout's code (for a before/after comparison of the import).
Each round runs 7z and then our import on the same warm folder; the medians are compared, and our
CPU time (user + system, all threads) is printed too: on a shared machine it varies less than
the wall-clock time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import baselines, seven_zip  # noqa: E402
from bench.common import timed  # noqa: E402

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


def seven_zip_round(work: Path, folder: Path) -> tuple[float, float]:
    """7-Zip's wall and CPU seconds for the same folder (the budget's reference)."""
    sz = seven_zip()
    assert sz, "7-Zip (7zz or 7z) is needed for this benchmark"
    archive = work / "round.7z"
    command = [sz, "a", "-mx=0", "-mhe=on", "-pbenchpass", str(archive), str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, _ = timed(command, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    archive.unlink()
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, default=ROOT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        work = Path(tmp)
        folder = work / "texts"
        total = make_texts(folder, args.files)
        subprocess.run(["bash", "-c", f"cat {folder}/* > /dev/null"], check=True)  # warm cache
        others = baselines(work, folder, True)
        sevens, mine = [], []
        for _ in range(args.rounds):
            sevens.append(seven_zip_round(work, folder))
            mine.append(ours(work, args.code.resolve(), folder))
        walls = [m["seconds"] for m in mine]
        ours_s, ours_cpu = statistics.median(walls), statistics.median(m["cpu"] for m in mine)
        seven_s, seven_cpu = statistics.median(s[0] for s in sevens), statistics.median(s[1] for s in sevens)
        rounds = ", ".join(f"{w:.2f}" for w in walls)
        load = os.getloadavg()[0]
        print(f"\n{args.files} text files of 1-8 KB, {total / 1e6:.1f} MB; code: {args.code}; load {load:.1f}")
        print(f"  evidence-vault import: median {ours_s:.2f} s (rounds {rounds}), CPU {ours_cpu:.2f} s,")
        print(f"    peak RSS {max(m['rss_mb'] for m in mine):.0f} MB, {mine[0]['imported']:.0f} imported")
        ratio = ours_s / seven_s
        print(f"  7z, same rounds:       median {seven_s:.2f} s, CPU {seven_cpu:.2f} s; ratio ours/7z = {ratio:.2f}")
        for tool, secs in others.items():
            print(f"  {tool:<14} {secs:.2f} s   ratio ours/{tool} = {ours_s / secs:.2f}")


if __name__ == "__main__":
    main()
