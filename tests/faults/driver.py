"""Child process of the crash harness: works on a vault, forever, until it is killed.

Run as `python -m tests.faults.driver SPEC.json`. The spec names the vault, the passphrase, a
work folder for source files, a journal file and a seed. Each operation is written to the
journal (JSON lines, one `write(2)` each, so a SIGKILL never loses a finished line) before it
starts ("begin") and after it returned ("done"). The parent kills this process at a random
moment, or `vault.faults.crashpoint` kills it at a named point, and then checks the vault
against the journal (tests/faults/checks.py). Every marker planted in content starts with
MARKER_PREFIX, so the parent can look for plaintext in the vault folder with one search.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

from vault import kdf
from vault.store import Vault, VaultSettings

MARKER_PREFIX = "EVMARK-"
SETTINGS = VaultSettings(kdf_params=kdf.FLOOR, device_id="crash-driver")
OPS = (
    "import_small",
    "import_folder",
    "import_big",
    "testimony_add",
    "testimony_revise",
    "tag",
    "untag",
    "passwd",
    "bundle_import",
)


class Journal:
    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(self, **entry: Any) -> None:
        os.write(self._fd, (json.dumps(entry, sort_keys=True) + "\n").encode())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _jpeg(marker: str, rng: random.Random) -> bytes:
    from PIL import Image

    im = Image.new("RGB", (64, 48), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    im.save(out, "JPEG", comment=marker.encode())
    return out.getvalue()


class Driver:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.rng = random.Random(spec["seed"])
        self.work = Path(spec["work"])
        self.work.mkdir(parents=True, exist_ok=True)
        self.journal = Journal(Path(spec["journal"]))
        self.passphrase: str = spec["passphrase"]
        self.counter = 0
        self.weights = [float(spec.get("weights", {}).get(op, 1.0)) for op in OPS]
        self.big = self.work / "big.bin"
        self.big_mb = int(spec.get("big_mb", 30))
        self.vault = Vault.open(Path(spec["vault"]), self.passphrase, settings=SETTINGS)

    def marker(self) -> str:
        self.counter += 1
        return f"{MARKER_PREFIX}{self.spec['seed']}x{self.counter}"

    def run(self, max_ops: int) -> None:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        for _ in range(max_ops):
            op = self.rng.choices(OPS, self.weights)[0]
            getattr(self, op)()

    # ----- operations ------------------------------------------------------------------------

    def _import(self, op: str, paths: list[Path], files: list[dict[str, str]]) -> None:
        from vault.intake import import_paths

        self.journal.write(op=op, phase="begin", files=files)
        report = import_paths(self.vault, paths)
        self.journal.write(
            op=op,
            phase="done",
            imported=[i.sha256 for i in report.imported],
            duplicates=len(report.duplicates),
            rejected=len(report.rejected),
        )

    def _small_file(self, folder: Path) -> dict[str, str]:
        mark = self.marker()
        if self.rng.random() < 0.5:
            data, name = _jpeg(mark, self.rng), f"{mark}.jpg"
        else:
            data, name = f"statement {mark}\n".encode() * self.rng.randint(1, 3000), f"{mark}.txt"
        path = folder / name
        path.write_bytes(data)
        return {"path": str(path), "sha256": _sha(data), "marker": mark}

    def import_small(self) -> None:
        f = self._small_file(self.work)
        self._import("import", [Path(f["path"])], [f])

    def import_folder(self) -> None:
        folder = self.work / f"folder-{self.counter}"
        folder.mkdir()
        files = [self._small_file(folder) for _ in range(self.rng.randint(2, 4))]
        self._import("import", [folder], files)

    def import_big(self) -> None:
        """A big file, fresh content each time: a new marker over a fixed random body."""
        mark = self.marker()
        head = mark.encode().ljust(64, b"-")
        size = self.big_mb * 1024 * 1024
        if not self.big.exists():
            body = random.Random(self.spec["seed"]).randbytes(size)
            self.big.write_bytes(head + body[64:])
        with open(self.big, "r+b") as fh:
            fh.write(head)
        sha = hashlib.sha256()
        with open(self.big, "rb") as fh:
            while block := fh.read(1 << 20):
                sha.update(block)
        self._import("import", [self.big], [{"path": str(self.big), "sha256": sha.hexdigest(), "marker": mark}])

    def _testimonies(self) -> list[str]:
        rows = self.vault.conn.execute("SELECT id FROM items WHERE kind = 'testimony' ORDER BY rowid")
        return [r[0] for r in rows]

    def _any_item(self) -> str | None:
        rows = self.vault.conn.execute("SELECT id FROM items WHERE deleted IS NULL ORDER BY rowid").fetchall()
        return self.rng.choice(rows)[0] if rows else None

    def testimony_add(self) -> None:
        from vault.testimony import add_testimony

        mark = self.marker()
        text = f"Testimony {mark}: he was held for three days.\n"
        self.journal.write(op="testimony_add", phase="begin", sha256=_sha(text.encode()), marker=mark)
        item_id = add_testimony(self.vault, title=f"T {mark}", text=text)
        self.journal.write(op="testimony_add", phase="done", id=item_id)

    def testimony_revise(self) -> None:
        from vault.testimony import revise_testimony

        ids = self._testimonies()
        if not ids:
            return self.testimony_add()
        item_id, mark = self.rng.choice(ids), self.marker()
        self.journal.write(op="testimony_revise", phase="begin", id=item_id, marker=mark)
        rev = revise_testimony(self.vault, item_id, f"Revised {mark}: four days, not three.\n")
        self.journal.write(op="testimony_revise", phase="done", id=item_id, rev=rev)

    def _tagging(self, op: str) -> None:
        from vault.items import tag_item, untag_item

        item_id = self._any_item()
        if item_id is None:
            return self.import_small()
        tag = f"crash/t{self.rng.randrange(4)}"
        self.journal.write(op=op, phase="begin", id=item_id, tag=tag)
        (tag_item if op == "tag" else untag_item)(self.vault, item_id, [tag])
        self.journal.write(op=op, phase="done", id=item_id, tag=tag)

    def tag(self) -> None:
        self._tagging("tag")

    def untag(self) -> None:
        self._tagging("untag")

    def passwd(self) -> None:
        old, new = self.passphrase, f"pass-{self.spec['seed']}-{self.counter}-{self.rng.randrange(10**6)}"
        self.journal.write(op="passwd", phase="begin", old=old, new=new)
        self.vault.change_passphrase(new)
        self.passphrase = new
        self.journal.write(op="passwd", phase="done", old=old, new=new)

    def bundle_import(self) -> None:
        """Import the bundle the parent made for this vault (imported once, then already present)."""
        if not self.spec.get("bundle"):
            return self.tag()
        from .bundles import import_bundle_file

        self.journal.write(op="bundle_import", phase="begin", shas=self.spec["bundle_shas"])
        counts = import_bundle_file(self.vault, Path(self.spec["bundle"]))
        self.journal.write(op="bundle_import", phase="done", **counts)


def main(argv: list[str]) -> int:
    spec = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    Driver(spec).run(int(spec.get("max_ops", 10**6)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
