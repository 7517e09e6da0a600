"""Write LICENSES/ for a bundle: the licence of every component that the bundle contains.

    .venv/bin/python packaging/collect_licenses.py APP_DIR WORK_DIR OUT_DIR

APP_DIR is the PyInstaller one-folder app (with _internal/), WORK_DIR PyInstaller's work folder
for it (packaging/build/evidence-vault: its PYZ-00.toc and COLLECT-00.toc say which file went
in from where). OUT_DIR receives one folder per component and an index (README.txt) naming each
component, its version and its licence. A Python distribution counts when one of its files is
in the bundle; the Python runtime's licence comes from its LICENSE.txt, Qt's LGPL from the
system's copy of the licence text, and each shared library copied from the build machine from
the Debian package that owns it (its copyright file).
Runs offline; reads only local files.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
QT_DISTS = ("PySide6", "PySide6_Essentials", "PySide6_Addons", "shiboken6")


def bundled_sources(work: Path) -> set[str]:
    """Absolute source paths of everything PyInstaller put in the bundle (modules and files)."""
    sources: set[str] = set()
    for toc_name in ("PYZ-00.toc", "COLLECT-00.toc"):
        toc = ast.literal_eval((work / toc_name).read_text(encoding="utf-8"))
        entries = toc[1] if toc_name.startswith("PYZ") else toc[0]
        sources |= {os.path.realpath(src) for _dest, src, _kind in entries if src and os.path.isabs(src)}
    return sources


def bundled_dists(sources: set[str]) -> list[metadata.Distribution]:
    seen: set[str] = set()
    out = []
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        # __init__.py files are listed by every wheel that adds to a package (PySide6_*): not evidence.
        files = (os.path.realpath(str(dist.locate_file(f))) for f in dist.files or [] if f.name != "__init__.py")
        if name.lower() in seen or not any(f in sources for f in files):
            continue
        seen.add(name.lower())
        out.append(dist)
    return sorted(out, key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: metadata.Distribution) -> str:
    expr = dist.metadata.get("License-Expression")
    if expr:
        return expr
    classifiers = [
        c.split("::")[-1].strip() for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or (dist.metadata.get("License") or "see files").splitlines()[0][:80]


def copy_dist_licences(dist: metadata.Distribution, dest: Path) -> int:
    count = 0
    for f in dist.files or []:
        if LICENCE_FILE.search(f.name) and f.suffix not in (".py", ".pyc", ".pyi"):
            src = Path(str(dist.locate_file(f)))
            if src.is_file():
                target = dest / "/".join(f.parts[1:] if f.parts[0].endswith(".dist-info") else f.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, target)
                count += 1
    return count


def debian_copyrights(sources: set[str], dest: Path) -> list[str]:
    """The Debian copyright file of each system library the bundle carries (dpkg -S)."""
    if shutil.which("dpkg-query") is None:
        return []
    libs = sorted(s for s in sources if s.startswith(("/usr/lib/", "/lib/")) and ".so" in os.path.basename(s))
    lines = []
    for lib in libs:
        found = subprocess.run(["dpkg-query", "-S", lib], capture_output=True, text=True, check=False)
        if found.returncode != 0:  # merged /usr: dpkg may know it under the other prefix
            other = lib[len("/usr") :] if lib.startswith("/usr/") else "/usr" + lib
            found = subprocess.run(["dpkg-query", "-S", other], capture_output=True, text=True, check=False)
        if found.returncode != 0:
            lines.append(f"{os.path.basename(lib)}  (owner unknown)")
            continue
        package = found.stdout.split(":")[0].strip()
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            target = dest / "system-libraries" / package / "copyright"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(copyright_file, target)
        lines.append(f"{os.path.basename(lib)}  (Debian package {package})")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    app, work, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    sources = bundled_sources(work)
    out.mkdir(parents=True, exist_ok=True)
    index = [
        "Licences of the components inside this Evidence Vault bundle.",
        "Qt and PySide6 are used under the LGPL-3.0: they are shared libraries in _internal/",
        "(PySide6/Qt/lib) that you may replace with your own builds of the same version.",
        "The program's launcher is PyInstaller's bootloader: GPL-2.0 with its bootloader exception,",
        "which allows distributing it with programs under any licence.",
        "",
    ]
    for dist in bundled_dists(sources):
        name, version = dist.metadata["Name"], dist.version
        copied = copy_dist_licences(dist, out / name)
        index.append(f"{name} {version}: {licence_of(dist)}" + ("" if copied else " (no licence file in the wheel)"))
    lgpl = Path("/usr/share/common-licenses/LGPL-3")
    gpl = Path("/usr/share/common-licenses/GPL-3")
    if lgpl.is_file():
        (out / "Qt").mkdir(exist_ok=True)
        shutil.copyfile(lgpl, out / "Qt" / "LGPL-3.0.txt")
        if gpl.is_file():
            shutil.copyfile(gpl, out / "Qt" / "GPL-3.0.txt")  # the LGPL-3.0 is GPL-3.0 plus exceptions
        index.append(f"Qt 6 (in {', '.join(QT_DISTS)}): LGPL-3.0, texts in Qt/")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (out / "Python").mkdir(exist_ok=True)
        shutil.copyfile(python_licence, out / "Python" / "LICENSE.txt")
        index.append(f"Python {sys.version.split()[0]}: PSF-2.0")
    fonts = app / "_internal" / "resources" / "fonts"
    for licence in sorted(fonts.glob("LICENSE*")):
        (out / "fonts").mkdir(exist_ok=True)
        shutil.copyfile(licence, out / "fonts" / licence.name)
        index.append(f"fonts: {licence.name}")
    system = debian_copyrights(sources, out)
    if system:
        index += ["", "Shared libraries copied from the build machine (copyright files in system-libraries/):"]
        index += ["  " + line for line in system]
    (out / "README.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"licences of {len(index)} components written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
