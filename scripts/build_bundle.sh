#!/usr/bin/env bash
# Build the installable Linux bundle of Evidence Vault, offline:
#
#   scripts/build_bundle.sh
#
# makes dist/evidence-vault-<version>-linux-x86_64.tar.gz and, next to it, the .sha256 file to
# check it with (`sha256sum -c`). The tarball holds the one-folder app (PyInstaller, recipe in
# packaging/evidence-vault.spec), the desktop entry, the icons, install.sh (per-user, no root),
# README.txt and LICENSES/. Needs the project's .venv (./run setup); PyInstaller is installed
# into it from the package registry when missing, at the pinned version. The build itself reads
# only local files. Takes about 2 minutes on a 2-core machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${VENV:-$ROOT/.venv}/bin/python"
PYINSTALLER_PINS=(pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9 altgraph==0.17.5)
ARCH="linux-x86_64"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 2; }

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || die "this script builds the Linux x86_64 bundle; see docs/install.md for Windows and macOS"
[ -x "$PY" ] || die "no Python environment at ${PY%/bin/python}: run ./run setup first"
command -v strip >/dev/null || die "'strip' (binutils) is needed: apt-get install binutils"

if ! "$PY" -c 'import sys, PyInstaller; sys.exit(PyInstaller.__version__ != "6.22.3")' 2>/dev/null; then
  say "installing ${PYINSTALLER_PINS[*]} into the project environment"
  "$PY" -m pip install --disable-pip-version-check "${PYINSTALLER_PINS[@]}"
fi

VERSION="$("$PY" -c 'import vault; print(vault.__version__)')"
NAME="evidence-vault-$VERSION-$ARCH"
STAGE="$ROOT/dist/$NAME"
TARBALL="$ROOT/dist/$NAME.tar.gz"

if ls resources/translations/*.ts >/dev/null 2>&1 && ! ls resources/translations/*.qm >/dev/null 2>&1; then
  say "warning: resources/translations has .ts sources but no compiled .qm: the bundle will be English only"
fi

say "PyInstaller: building the one-folder app (packaging/evidence-vault.spec)"
start=$(date +%s)
PYTHONNOUSERSITE=1 "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/evidence-vault.spec
APP="$ROOT/packaging/dist/evidence-vault"
"$APP/evidence-vault" --version >/dev/null || die "the built program does not start"

say "staging $NAME"
rm -rf "$STAGE" "$TARBALL" "$TARBALL.sha256"
mkdir -p "$STAGE/icons"
cp -a "$APP" "$STAGE/evidence-vault"
cp packaging/linux/evidence-vault.desktop "$STAGE/"
for size in 16 32 48 64 128 256; do cp "resources/icons/evidence-vault-$size.png" "$STAGE/icons/"; done
cp resources/icons/evidence-vault.svg "$STAGE/icons/"
install -m 755 packaging/linux/install.sh "$STAGE/install.sh"
# The oldest glibc the bundle runs on: the highest GLIBC_x.y symbol version any binary asks for.
GLIBC="$(find "$STAGE/evidence-vault" -type f \( -name '*.so*' -o -name evidence-vault \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
sed -e "s/@VERSION@/$VERSION/g" -e "s/@GLIBC@/${GLIBC:-2.28}/g" packaging/linux/README.txt > "$STAGE/README.txt"
"$PY" packaging/collect_licenses.py "$STAGE/evidence-vault" packaging/build/evidence-vault "$STAGE/LICENSES"

say "packing $(basename "$TARBALL")"
# Stable archive: sorted names, no owner names, one timestamp (the last commit's, else now).
EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" -C "$ROOT/dist" -cf - "$NAME" \
  | gzip -n -6 > "$TARBALL"
(cd "$ROOT/dist" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")

size_tar=$(stat -c %s "$TARBALL")
size_dir=$(du -sb "$STAGE" | cut -f1)
say "done in $(( $(date +%s) - start )) s"
printf '  %s  %s MiB (unpacked %s MiB, needs glibc >= %s)\n' "$TARBALL" \
  "$(( size_tar / 1048576 ))" "$(( size_dir / 1048576 ))" "${GLIBC:-?}"
printf '  %s\n' "$TARBALL.sha256"
