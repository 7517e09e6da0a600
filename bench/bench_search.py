"""Search latency over N generated testimonies (default 100,000) in Russian, Kazakh and English.

Prints the median and p95 of a fixed set of queries. Run: .venv/bin/python bench/bench_search.py
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import median, new_vault  # noqa: E402
from vault.search import reindex_item, search  # noqa: E402

WORDS = [
    "задержан",
    "избит",
    "следователь",
    "изолятор",
    "адвокат",
    "суд",
    "жалоба",
    "прокуратура",
    "пытки",
    "свидетель",
    "ночью",
    "протокол",
    "признание",
    "угрожали",
    "врач",
    "синяки",
    "камера",
    "ёлка",
    "полиция",
    "митинг",
    "журналист",
    "ұстады",
    "тергеуші",
    "азаптау",
    "құқық",
    "қорғаушы",
    "жиналыс",
    "бостандығы",
    "сот",
    "айғақ",
    "Қазақстан",
    "полиция",
    "бөлімшесі",
    "detained",
    "beaten",
    "investigator",
    "lawyer",
    "court",
    "complaint",
    "prosecutor",
    "torture",
    "witness",
    "night",
    "protocol",
    "confession",
    "threatened",
    "doctor",
    "bruises",
    "cell",
    "police",
    "journalist",
    "hospital",
]
QUERIES = [
    "пытки",
    "Қазақстан",
    "азаптау",
    "следовател",
    "ёлка",
    "torture witness",
    "жалоба прокуратура",
    "қорғаушы",
    "hospital",
    "ИЗОЛЯТОР",
    "пыток",  # word forms, found through the stems column
    "тергеушіге",
    "адвоката суда",
]


def fill(vault, count: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    now = vault.env.now_iso()
    with vault.transaction() as conn:
        for n in range(count):
            item_id = f"{n:020x}"
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 240)))
            digest = hashlib.sha256(text.encode()).hexdigest()
            conn.execute(
                "INSERT INTO items (id, kind, title, created, sha256, size, source) "
                "VALUES (?, 'testimony', ?, ?, ?, ?, 'testimony')",
                (item_id, f"Показания {n}", now, digest, len(text)),
            )
            conn.execute("INSERT INTO revisions VALUES (?, 1, ?, ?, ?, 'bench')", (item_id, text, digest, now))
            reindex_item(conn, item_id)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        vault = new_vault(Path(tmp) / "v")
        start = time.perf_counter()
        fill(vault, args.count, random.Random(7))
        print(f"filled {args.count:,} testimonies in {time.perf_counter() - start:.1f} s")
        vault.close()
        from bench.common import PASSPHRASE, SETTINGS
        from vault.store import Vault

        vault = Vault.open(Path(tmp) / "v", PASSPHRASE, settings=SETTINGS)
        latencies: list[float] = []
        for _ in range(args.rounds):
            for q in QUERIES:
                t = time.perf_counter()
                hits = search(vault.conn, q)
                latencies.append((time.perf_counter() - t) * 1000)
                assert hits, q
        latencies.sort()
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        print(
            f"search over {args.count:,} testimonies: median {median(latencies):.1f} ms, p95 {p95:.1f} ms, "
            f"max {latencies[-1]:.1f} ms ({len(latencies)} queries, 100 results each at most)"
        )
        vault.close()


if __name__ == "__main__":
    main()
