"""Update the interface catalogs and build the binary ones.

    .venv/bin/python scripts/update_translations.py          lupdate ui/ into the .ts files, then lrelease
    .venv/bin/python scripts/update_translations.py --release  only rebuild the .qm from the .ts
    .venv/bin/python scripts/update_translations.py --check    change nothing; exit 1 when a catalog
                                                             misses a string, has unfinished or
                                                             stale entries, or a .qm is out of date

resources/translations/evidence_vault_<lang>.ts are the sources (translate them with
pyside6-linguist or any editor); the .qm next to them are committed and must match (see
docs/translations.md). English is the source language and has no catalog.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
CATALOG_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ"}
# Plural forms as Qt's rules define them: Russian one/few/many; Kazakh has no grammatical plural
# after a numeral, but Qt counts two forms for it (both carry the same text).
PLURAL_FORMS = {"ru": 3, "kk": 2}
log = logging.getLogger("update_translations")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the venv running this script, else from PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in the venv")
    return found


def ts_path(lang: str, folder: Path = CATALOG_DIR) -> Path:
    return folder / f"evidence_vault_{lang}.ts"


def qm_path(lang: str, folder: Path = CATALOG_DIR) -> Path:
    return folder / f"evidence_vault_{lang}.qm"


def lupdate(ts: Path, lang: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            LANGUAGES[lang],
            str(SOURCES),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


@dataclass
class Catalog:
    """What a .ts holds: (context, source, disambiguation) keys, and the problems found in it."""

    keys: set[tuple[str, str, str]] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    numerus: int = 0


def read_catalog(ts: Path, lang: str) -> Catalog:
    out = Catalog()
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            out.keys.add((name, source, msg.findtext("comment") or ""))
            tr = msg.find("translation")
            where = f"{ts.name}: [{name}] {source!r}"
            if tr is None:
                out.problems.append(f"{where}: no translation")
                continue
            kind = tr.get("type", "")
            if kind in ("obsolete", "vanished"):
                out.problems.append(f"{where}: {kind} (no longer in ui/; run this script)")
            elif kind == "unfinished":
                out.problems.append(f"{where}: unfinished")
                continue
            if msg.get("numerus") == "yes":
                out.numerus += 1
                forms = [f.text or "" for f in tr.iter("numerusform")]
                if len(forms) != PLURAL_FORMS[lang] or not all(f.strip() for f in forms):
                    out.problems.append(f"{where}: needs {PLURAL_FORMS[lang]} non-empty plural forms")
            elif not (tr.text or "").strip():
                out.problems.append(f"{where}: empty translation")
    return out


def _key(key: tuple[str, str, str]) -> str:
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def check(folder: Path = CATALOG_DIR) -> list[str]:
    """Every problem with the committed catalogs, as readable lines (empty when all is well)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ev-i18n-") as tmp:
        for lang in LANGUAGES:
            committed = ts_path(lang, folder)
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            fresh = Path(tmp) / committed.name
            shutil.copyfile(committed, fresh)
            lupdate(fresh, lang)
            have, want = read_catalog(committed, lang), read_catalog(fresh, lang)
            name = committed.name
            problems += [f"{name}: not in the catalog: {_key(k)}" for k in sorted(want.keys - have.keys)]
            problems += [f"{name}: stale (no longer in ui/): {_key(k)}" for k in sorted(have.keys - want.keys)]
            problems += have.problems
            built = Path(tmp) / qm_path(lang).name
            lrelease(committed, built)
            qm = qm_path(lang, folder)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is missing or older than {committed.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report problems, change nothing")
    mode.add_argument("--release", action="store_true", help="only build the .qm from the .ts")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            log.error("%s", line)
        log.info("catalogs are complete and current" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    CATALOG_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        if not args.release:
            lupdate(ts_path(lang), lang)
        lrelease(ts_path(lang), qm_path(lang))
        cat = read_catalog(ts_path(lang), lang)
        log.info(
            "%s: %d strings (%d with plural forms), %d to translate",
            lang,
            len(cat.keys),
            cat.numerus,
            len(cat.problems),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
