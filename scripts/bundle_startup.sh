#!/usr/bin/env bash
# Measure the Linux bundle: tarball and unpacked size, start-up of `--version` (cold and warm)
# and of the desktop app to its first window (under Xvfb). Prints figures; asserts nothing.
#
#   scripts/bundle_startup.sh [APP_DIR]     (default: the staged app in dist/)
#
# "Cold" drops the kernel's page cache first (needs root; otherwise it says so and skips).
# The window is detected with xdotool on a private Xvfb display: the time from exec to the
# first mapped window of the process. Needs: Xvfb, xdotool (apt-get install xvfb xdotool).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${VENV:-$ROOT/.venv}/bin/python"
VERSION="$("$PY" -c 'import vault; print(vault.__version__)')"
NAME="evidence-vault-$VERSION-linux-x86_64"
APPDIR="${1:-$ROOT/dist/$NAME/evidence-vault}"
EXE="$APPDIR/evidence-vault"
RUNS=5
TMP="$(mktemp -d /tmp/ev-startup.XXXXXX)"
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f\n", b - a}'; }
drop_caches() { sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$ROOT/dist/$NAME.tar.gz" ]; then
  echo "tarball: $(( $(stat -c %s "$ROOT/dist/$NAME.tar.gz") / 1048576 )) MiB ($NAME.tar.gz)"
fi
echo "unpacked app: $(( $(du -sb "$APPDIR" | cut -f1) / 1048576 )) MiB, $(find "$APPDIR" -type f | wc -l) files"

version_run() { local t0; t0=$(now); "$EXE" --version > /dev/null; elapsed "$t0" "$(now)"; }
if drop_caches; then
  echo "--version cold (page cache dropped): $(version_run) s"
else
  echo "--version cold: not measured (dropping the page cache needs root)"
fi
for _ in $(seq $RUNS); do version_run; done > "$TMP/warm"
echo "--version warm: median $(median < "$TMP/warm") s of $RUNS ($(tr '\n' ' ' < "$TMP/warm"))"

if ! command -v Xvfb > /dev/null || ! command -v xdotool > /dev/null; then
  echo "first window: not measured (needs Xvfb and xdotool)"
  exit 0
fi
EVIDENCE_VAULT_PASSPHRASE=demo "$EXE" --json demo "$TMP/demo" > /dev/null
Xvfb :87 -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X87 ] && break; sleep 0.1; done
first_window() {  # seconds from exec to the first visible window of the process
  local t0 pid t1
  t0=$(now)
  DISPLAY=:87 HOME="$TMP" "$EXE" --vault "$TMP/demo" gui > /dev/null 2>&1 &
  pid=$!
  DISPLAY=:87 timeout 30 xdotool search --sync --onlyvisible --pid "$pid" > "$TMP/wid" 2> /dev/null || true
  t1=$(now)
  if [ -s "$TMP/wid" ]; then
    elapsed "$t0" "$t1"
    DISPLAY=:87 xprop -id "$(head -1 "$TMP/wid")" WM_CLASS > "$TMP/wmclass" 2> /dev/null || true
  else
    echo "none"
  fi
  kill -TERM "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}
if drop_caches; then echo "first window cold (xcb on Xvfb): $(first_window) s"; fi
for _ in $(seq 3); do first_window; done > "$TMP/gui"
echo "first window warm (xcb on Xvfb): median $(median < "$TMP/gui") s of 3 ($(tr '\n' ' ' < "$TMP/gui"))"
[ -s "$TMP/wmclass" ] && echo "window $(cat "$TMP/wmclass")"
exit 0
