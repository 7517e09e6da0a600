#!/usr/bin/env bash
# Smoke test of the installable Linux bundle (outside the pytest suite: it takes minutes).
#
#   scripts/smoke_bundle.sh             build the bundle, then test it
#   scripts/smoke_bundle.sh --no-build  test the tarball already in dist/
#
# The test unpacks the tarball after checking its .sha256, moves the unpacked folder somewhere
# else under another name, and runs the BUNDLED program with an empty environment
# (env -i, PATH naming an empty folder, HOME in a scratch folder). When it can (as root, with
# unshare), every run of the program happens in a private mount namespace in which every Python
# on the machine is hidden: the project checkout with its .venv, the interpreter the venv was made
# from, and /usr/bin/python3* are covered. So a pass proves the program needs no Python.
# The Python of the project's .venv is used only by this test itself: to make the fixtures
# (a JPEG with EXIF GPS, a Cyrillic text file) and to read the JSON the program prints.
#
# Checks: --version names SQLCipher and OpenSSL; no interpreter and no path into the build tree in
# the bundle; ldd finds no library outside the bundle that belongs to a Python; then `init`,
# `import`, `list`, `search` in Cyrillic and Kazakh, `extract` (byte-identical, sha256), `log`,
# `verify`; then a partner job in a second vault: a PDF, a DOCX and a C2PA photo imported (their
# text found by `search`, so the spawned sandbox child works frozen; the C2PA verdict `valid`), a
# protected person with a pseudonym, a partner dossier and a partner bundle in which the
# pseudonym is declined ("Свидетельницу К") and the name appears nowhere, the bundle opened with
# stock `age -d` and merged by a partner vault, `recovery split`; then `demo`; the desktop app
# started offscreen on the demo vault stays up for 5 s and ends on SIGTERM without a crash.
# Files the frozen app loads by path or by name at run time (dictionary, word list, native
# libraries, fonts, translations; the Qt bindings the recording viewer and the screen-lock watcher
# import) are checked by name first, so a missing one is named, not guessed at.
# Needs `age` (./run setup installs it). Exit 0 when every check passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${VENV:-$ROOT/.venv}/bin/python"
START=$(date +%s)
FAILED=0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
ok() { printf '  ok    %s\n' "$*" >&2; }
bad() { printf '  FAIL  %s\n' "$*" >&2; FAILED=$((FAILED + 1)); }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

if [ "${1:-}" != "--no-build" ]; then
  say "building the bundle"
  "$ROOT/scripts/build_bundle.sh"
fi
VERSION="$("$PY" -c 'import vault; print(vault.__version__)')"
NAME="evidence-vault-$VERSION-linux-x86_64"
TARBALL="$ROOT/dist/$NAME.tar.gz"
[ -f "$TARBALL" ] || { echo "error: $TARBALL is missing (run without --no-build)" >&2; exit 2; }

TMP="$(mktemp -d /tmp/ev-smoke.XXXXXX)"
GUI_PID=""
cleanup() {
  if [ -n "$GUI_PID" ] && kill -0 "$GUI_PID" 2>/dev/null; then kill -KILL "$GUI_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
mkdir -p "$TMP/unpacked" "$TMP/home" "$TMP/emptybin" "$TMP/in" "$TMP/out" "$TMP/elsewhere"

say "checksum and unpack"
check "sha256sum -c $NAME.tar.gz.sha256" bash -c "cd '$ROOT/dist' && sha256sum --quiet -c '$NAME.tar.gz.sha256'"
tar -xzf "$TARBALL" -C "$TMP/unpacked"
for f in evidence-vault/evidence-vault evidence-vault.desktop icons/evidence-vault.svg install.sh README.txt LICENSES/README.txt; do
  check "tarball holds $f" test -e "$TMP/unpacked/$NAME/$f"
done
INTERNAL="$TMP/unpacked/$NAME/evidence-vault/_internal"
for f in pymorphy3_dicts_ru/data/words.dawg shamir_mnemonic/wordlist.txt c2pa/libs/libc2pa_c.so \
  pypdfium2_raw/libpdfium.so resources/fonts/NotoSansArabic-Regular.ttf resources/translations/evidence_vault_ru.qm \
  resources/translations/evidence_vault_kk.qm PySide6/QtNetwork.abi3.so PySide6/QtDBus.abi3.so; do
  check "the app holds $f" test -s "$INTERNAL/$f"
done
# Run from a moved copy under another name: the program must not depend on where it was built.
mv "$TMP/unpacked/$NAME" "$TMP/elsewhere/moved-app"
APPDIR="$TMP/elsewhere/moved-app/evidence-vault"
EXE="$APPDIR/evidence-vault"

say "the bundle needs no Python"
interpreters="$(find "$APPDIR" -type f -name 'python*' -perm -u+x)"
check "no python interpreter executable inside the bundle" test -z "$interpreters"
BUILD_VENV="${PY%/bin/python}"  # $VENV when the bundle was built from another environment
build_refs="$(grep -rlsF -e "$BUILD_VENV" -e "$ROOT" "$APPDIR" || true)"
check "no file in the bundle names the build venv ($BUILD_VENV) or the checkout" test -z "$build_refs"
PYPREFIX="$("$PY" -c 'import sys; print(sys.base_prefix)')"
outside="$(find "$APPDIR" -type f \( -name '*.so*' -o -name evidence-vault \) -print0 | xargs -0 ldd 2>/dev/null \
  | grep -F -e "$ROOT" -e "$PYPREFIX" -e libpython | grep -vF "$APPDIR" || true)"
check "ldd: no library resolved from the venv, the build tree or a system Python" test -z "$outside"
# The loader refuses a segment whose file offset and address disagree modulo its alignment
# ("ELF load command address/offset not page-aligned"): what `strip` did to PySide6's FFmpeg, so
# the app played no recording. packaging/strip_guard.py prevents it; this proves it.
misaligned="$("$PY" - "$APPDIR" <<'PYEOF'
import os, struct, sys

for root, _dirs, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            head = f.read(64)
            if os.path.islink(path) or head[:4] != b"\x7fELF" or head[4] != 2:
                continue
            (phoff,) = struct.unpack_from("<Q", head, 0x20)
            size, count = struct.unpack_from("<HH", head, 0x36)
            f.seek(phoff)
            table = f.read(size * count)
        for i in range(count):
            kind, _, offset, vaddr, _, _, _, align = struct.unpack_from("<IIQQQQQQ", table, i * size)
            if kind == 1 and align and offset % align != vaddr % align:
                print(path[len(sys.argv[1]) + 1 :])
                break
PYEOF
)"
check "every ELF file's loadable segments are aligned (none broken by strip)${misaligned:+: $misaligned}" test -z "$misaligned"

# Every run of the program: empty environment; in a namespace with all Pythons hidden if possible.
HIDE=("$ROOT" "$PYPREFIX")
for d in /usr/lib/python3* /usr/local/lib/python3*; do [ -d "$d" ] && HIDE+=("$d"); done
PYBINS=()
for f in /usr/bin/python* /usr/local/bin/python*; do [ -f "$f" ] && [ ! -L "$f" ] && PYBINS+=("$f"); done
ISOLATE=0
if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private true 2>/dev/null; then ISOLATE=1; fi
HIDE_SCRIPT='set -e; for d in $HIDE_DIRS; do mount -t tmpfs -o ro,size=4k none "$d"; done;
  for f in $HIDE_BINS; do mount --bind /dev/null "$f"; done; exec "$@"'
bundled() {  # bundled ENV=VALUE... -- ARGS...: run the bundled program
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local cmd=(env -i PATH="$TMP/emptybin" HOME="$TMP/home" LANG=C.UTF-8 "${envs[@]}" "$EXE" "$@")
  if [ "$ISOLATE" -eq 1 ]; then
    HIDE_DIRS="${HIDE[*]}" HIDE_BINS="${PYBINS[*]}" unshare -m --propagation private sh -c "$HIDE_SCRIPT" sh "${cmd[@]}"
  else
    "${cmd[@]}"
  fi
}
if [ "$ISOLATE" -eq 1 ]; then
  hidden_check="$(HIDE_DIRS="${HIDE[*]}" HIDE_BINS="${PYBINS[*]}" unshare -m --propagation private sh -c "$HIDE_SCRIPT" sh \
    sh -c "ls -A '$ROOT' '$PYPREFIX' | grep -v ':\$' | grep -c . ; for p in ${PYBINS[*]} python3; do \$p -V 2>/dev/null && echo RAN; done; true")"
  check "inside the namespace no Python runs and the checkout and venv are empty" test "$hidden_check" = "0"
  ok "isolation: mount namespace hides ${#HIDE[@]} folders and ${#PYBINS[@]} interpreters"
else
  say "warning: not root or no unshare: Python is only kept off PATH, not hidden"
fi

say "command-line round trip with the bundled program"
version="$(bundled -- --version)"
printf '        %s\n' "$version" >&2
check "--version names the version, SQLCipher and OpenSSL" \
  bash -c "grep -q 'evidence-vault $VERSION' <<<\"\$1\" && grep -q SQLCipher <<<\"\$1\" && grep -q OpenSSL <<<\"\$1\"" _ "$version"

"$PY" - "$TMP/in" <<'EOF'
import sys
from pathlib import Path

from PIL import Image

out = Path(sys.argv[1])
img = Image.new("RGB", (640, 480), (40, 90, 160))
exif = Image.Exif()
gps = exif.get_ifd(0x8825)
gps.update({1: "N", 2: (43.0, 15.0, 0.0), 3: "E", 4: (76.0, 54.0, 0.0)})
img.save(out / "photo.jpg", "JPEG", quality=90, exif=exif)
text = ("Показания свидетеля. Правозащитника задержали у здания суда в Алматы 12 марта.\n"
        "Куәгердің айғағы: Қазақстан, Алматы қаласы.\n")
(out / "показания.txt").write_text(text, encoding="utf-8")
EOF
printf 'correct horse battery staple\n' > "$TMP/pass"
V=(--vault "$TMP/vault" --passphrase-file "$TMP/pass" --json)
# json FILE EXPR: evaluate EXPR on the document d; as a check, succeeds when EXPR is true.
json() {
  "$PY" -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); r=eval(sys.argv[2], {'d': d})
print(r) if not isinstance(r, bool) else sys.exit(0 if r else 1)" "$@"
}

run_to() { local out="$1"; shift; bundled "$@" > "$out"; }
check "init" run_to "$TMP/out/init.json" -- "${V[@]}" init
check "init printed a vault id and a recovery key" json "$TMP/out/init.json" "bool(d['vault_id'] and d['recovery_key'])"
rc=0; bundled -- "${V[@]}" import "$TMP/in/photo.jpg" "$TMP/in/показания.txt" > "$TMP/out/import.json" || rc=$?
check "import exits 0" test "$rc" -eq 0
check "import took both files, rejected none" json "$TMP/out/import.json" "len(d['imported']) == 2 and not d['rejected']"
PHOTO_ID="$(json "$TMP/out/import.json" "[i['id'] for i in d['imported'] if i['path'].endswith('photo.jpg')][0]")"
TEXT_ID="$(json "$TMP/out/import.json" "[i['id'] for i in d['imported'] if i['path'].endswith('.txt')][0]")"
PHOTO_SHA="$(sha256sum "$TMP/in/photo.jpg" | cut -d' ' -f1)"
check "import reports the photo's sha256" json "$TMP/out/import.json" \
  "[i['sha256'] for i in d['imported'] if i['id'] == '$PHOTO_ID'] == ['$PHOTO_SHA']"
bundled -- "${V[@]}" list > "$TMP/out/list.json"
check "list shows 2 items" json "$TMP/out/list.json" "len(d) == 2"
bundled -- "${V[@]}" search "ПРАВОЗАЩИТНИКА" > "$TMP/out/search_ru.json"
check "search in Cyrillic (other case) finds the testimony text" json "$TMP/out/search_ru.json" "[r['id'] for r in d] == ['$TEXT_ID']"
bundled -- "${V[@]}" search "қазақстан" > "$TMP/out/search_kk.json"
check "search in Kazakh (other case) finds it too" json "$TMP/out/search_kk.json" "[r['id'] for r in d] == ['$TEXT_ID']"
bundled -- "${V[@]}" extract "$PHOTO_ID" --out "$TMP/out/photo-back.jpg" > "$TMP/out/extract.json"
check "extract gives back the exact bytes (sha256)" test "$(sha256sum < "$TMP/out/photo-back.jpg" | cut -d' ' -f1)" = "$PHOTO_SHA"
check "extract reports the same sha256" json "$TMP/out/extract.json" "d['sha256'] == '$PHOTO_SHA'"
bundled -- "${V[@]}" extract "$TEXT_ID" --out "$TMP/out/text-back.txt" > /dev/null
check "extract of the Cyrillic text is byte-identical" cmp -s "$TMP/in/показания.txt" "$TMP/out/text-back.txt"
bundled -- "${V[@]}" log > "$TMP/out/log.json"
check "custody log records init, imports and extracts" json "$TMP/out/log.json" \
  "len(d) >= 5 and sum(e['action'] == 'extract' for e in d) == 2"
rc=0; bundled -- "${V[@]}" verify > "$TMP/out/verify.json" || rc=$?
check "verify exits 0" test "$rc" -eq 0
check "verify reports ok with no problems" json "$TMP/out/verify.json" "d['ok'] is True and d['problems'] == []"
printf 'wrong passphrase\n' > "$TMP/wrong"
rc=0; bundled -- --vault "$TMP/vault" --passphrase-file "$TMP/wrong" list > /dev/null 2> "$TMP/out/wrong.err" || rc=$?
check "a wrong passphrase exits 2 with one line, no traceback" \
  bash -c "[ $rc -eq 2 ] && [ \$(wc -l < '$TMP/out/wrong.err') -eq 1 ] && ! grep -q Traceback '$TMP/out/wrong.err'"

say "a partner job: a pseudonym declined, PDF and DOCX text read by the sandbox child, C2PA checked"
# Fixtures from the test helpers (the project's .venv only makes them): a ReportLab PDF in
# DejaVu with Cyrillic text, a DOCX, a JPEG carrying a signed C2PA manifest.
PYTHONPATH="$ROOT" "$PY" - "$TMP/in" <<'PYEOF'
import sys
from pathlib import Path

from tests.support.documents import docx, reportlab_pdf
from tests.support.provenance import c2pa_photo

out = Path(sys.argv[1])
(out / "протокол.pdf").write_bytes(reportlab_pdf(["Протокол: доставлена в изолятор Талгарского района"]))
(out / "жалоба.docx").write_bytes(docx(["Жалоба прокурору Алматинской области"]))
(out / "c2pa.jpg").write_bytes(c2pa_photo())
(out / "показания-к.txt").write_text(
    "12 марта Сейтказиеву вывели из здания суда. Следователь угрожал Сейтказиевой делом.\n", encoding="utf-8")
PYEOF
# The job's vault and the partner's, both at the enforced Argon2id floor: this is about the bundle,
# not the KDF. From here on a failed step must not end the script: the checks after it say what broke.
J=(--vault "$TMP/job" --passphrase-file "$TMP/pass" --json)
P=(--vault "$TMP/partner" --passphrase-file "$TMP/pass" --json)
FLOOR=EVIDENCE_VAULT_KDF_TARGET=0
rc=0; bundled "$FLOOR" -- "${J[@]}" init > /dev/null && bundled "$FLOOR" -- "${P[@]}" init > /dev/null || rc=$?
check "two more vaults created (the job's, the partner's)" test "$rc" -eq 0
rc=0; bundled -- "${J[@]}" import "$TMP/in/протокол.pdf" "$TMP/in/жалоба.docx" "$TMP/in/c2pa.jpg" > "$TMP/out/job-import.json" || rc=$?
check "import of a PDF, a DOCX and a C2PA photo: exit 0, none rejected, no warning" \
  json "$TMP/out/job-import.json" "$rc == 0 and len(d['imported']) == 3 and not any(i.get('warning') for i in d['imported'])"
item() { json "$TMP/out/job-import.json" "[i['id'] for i in d['imported'] if i['path'].endswith('$1')][0]"; }
PDF_ID="$(item .pdf || true)"; DOCX_ID="$(item .docx || true)"; C2PA_ID="$(item .jpg || true)"
bundled -- "${J[@]}" search "талгарского" > "$TMP/out/search_pdf.json" || true
check "search finds a word of the PDF (text read by PDFium in the spawned child)" json "$TMP/out/search_pdf.json" "[r['id'] for r in d] == ['$PDF_ID']"
bundled -- "${J[@]}" search "ПРОКУРОРУ" > "$TMP/out/search_docx.json" || true
check "search finds a word of the DOCX (office text in the spawned child)" json "$TMP/out/search_docx.json" "[r['id'] for r in d] == ['$DOCX_ID']"
bundled -- "${J[@]}" show "$C2PA_ID" > "$TMP/out/c2pa.json" || true
check "the C2PA manifest is checked: valid (the native c2pa library is in the bundle)" \
  json "$TMP/out/c2pa.json" "[(p['kind'], p['status']) for p in d['provenance']] == [('c2pa', 'valid')]"
CASE_ID="$(bundled -- "${J[@]}" case add "Задержание в Алматы" | json /dev/stdin "d['id']" || true)"
PERSON_ID="$(bundled -- "${J[@]}" person add "Сейтказиева Гульнара Нурлановна" --pseudonym "Свидетельница К" --protected \
  --role witness --case "$CASE_ID" | json /dev/stdin "d['id']" || true)"
bundled -- "${J[@]}" testimony add --case "$CASE_ID" --title "Показания" --text-file "$TMP/in/показания-к.txt" --language ru \
  --person "$PERSON_ID:witness" > /dev/null || true
bundled -- "${J[@]}" link "$PDF_ID" "$DOCX_ID" "$C2PA_ID" --case "$CASE_ID" > /dev/null || true
rc=0; bundled -- "${J[@]}" dossier "$CASE_ID" --profile partner --language ru --out "$TMP/out/partner.pdf" > /dev/null || rc=$?
check "partner dossier written" test "$rc" -eq 0 -a -s "$TMP/out/partner.pdf"
"$PY" -c "import sys, pypdfium2 as p; d = p.PdfDocument(sys.argv[1])
print('\n'.join(d[i].get_textpage().get_text_range() for i in range(len(d))))" "$TMP/out/partner.pdf" > "$TMP/out/partner.txt" \
  2> /dev/null || true
# The Russian dictionary (pymorphy3) declines the pseudonym; without it the nominative would stay.
check "the dossier declines the pseudonym (Свидетельницу К, Свидетельнице К)" \
  bash -c "grep -q 'Свидетельницу К' '$TMP/out/partner.txt' && grep -q 'Свидетельнице К' '$TMP/out/partner.txt'"
check "the dossier names her nowhere" bash -c "! grep -qiE 'Сейтказ|Гульнар' '$TMP/out/partner.txt'"
bundled -- "${P[@]}" keys show > "$TMP/out/partner-keys.json" || true
RECIPIENT="$(json "$TMP/out/partner-keys.json" "d['recipient']" || true)"
CONTACT_ID="$(bundled -- "${J[@]}" contact add "Партнёр" "$RECIPIENT" --signing-key "$(json "$TMP/out/partner-keys.json" "d['signing_key']")" \
  2> /dev/null | json /dev/stdin "d['id']" || true)"
rc=0; bundled -- "${J[@]}" bundle export "$CASE_ID" --to "$CONTACT_ID" --profile partner --out "$TMP/out/case.age" \
  > "$TMP/out/bundle.json" 2> /dev/null || rc=$?
check "partner bundle exported" test "$rc" -eq 0 -a -s "$TMP/out/case.age"
bundled -- "${P[@]}" keys export-identity --out "$TMP/out/key.txt" > /dev/null 2>&1 || true
mkdir -p "$TMP/out/opened"
if command -v age > /dev/null; then  # stock age, outside the bundle (docs/verify-a-bundle.md)
  check "the bundle opens with stock age -d" age -d -i "$TMP/out/key.txt" -o "$TMP/out/case.tar" "$TMP/out/case.age"
else
  bad "age is not installed (./run setup installs it): the bundle was not opened with stock age"
fi
tar -xf "$TMP/out/case.tar" -C "$TMP/out/opened" 2> /dev/null || true
check "sha256sum -c SHA256SUMS inside the bundle" bash -c "cd '$TMP/out/opened' && sha256sum --quiet -c SHA256SUMS"
check "the bundle's testimony declines the pseudonym and names her nowhere" bash -c "cat '$TMP/out/opened'/files/*/*.txt \
  | grep -q 'Свидетельницу К' && ! grep -rqiE 'Сейтказ|Гульнар' '$TMP/out/opened'"
rc=0; bundled -- "${P[@]}" bundle import "$TMP/out/case.age" --accept-sender > /dev/null 2>&1 || rc=$?
check "the partner's vault imports the bundle" test "$rc" -eq 0
rc=0; bundled -- "${J[@]}" verify > /dev/null && bundled -- "${P[@]}" verify > /dev/null || rc=$?
check "verify: both vaults ok" test "$rc" -eq 0
rc=0; bundled -- "${J[@]}" recovery split --shares 3 --threshold 2 --out-dir "$TMP/out/shares" > /dev/null || rc=$?
check "recovery split writes 3 word shares (shamir_mnemonic's word list is in the bundle)" \
  bash -c "[ $rc -eq 0 ] && [ \$(ls '$TMP/out/shares' | wc -l) -eq 3 ]"

say "desktop app, offscreen, on a demo vault"
rc=0; bundled EVIDENCE_VAULT_PASSPHRASE=demo -- --json demo "$TMP/demo" > "$TMP/out/demo.json" 2> "$TMP/out/demo.err" || rc=$?
check "demo vault created" test "$rc" -eq 0 -a -f "$TMP/demo/vault.header"
if [ "$ISOLATE" -eq 1 ]; then
  HIDE_DIRS="${HIDE[*]}" HIDE_BINS="${PYBINS[*]}" unshare -m --propagation private sh -c "$HIDE_SCRIPT" sh \
    env -i PATH="$TMP/emptybin" HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$EXE" --vault "$TMP/demo" gui > "$TMP/out/gui.out" 2> "$TMP/out/gui.err" &
else
  env -i PATH="$TMP/emptybin" HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$EXE" --vault "$TMP/demo" gui > "$TMP/out/gui.out" 2> "$TMP/out/gui.err" &
fi
GUI_PID=$!
sleep 5
check "the app is still running after 5 s" kill -0 "$GUI_PID"
kill -TERM "$GUI_PID" 2>/dev/null || true
rc=0; wait "$GUI_PID" || rc=$?
GUI_PID=""
# 0: it handled SIGTERM and quit; 143: ended by SIGTERM. A crash would be 134 (abort) or 139 (segfault).
check "it ends on SIGTERM without crashing (exit $rc)" bash -c "[ $rc -eq 0 ] || [ $rc -eq 143 ]"
check "no traceback or fatal Qt error on stderr" bash -c "! grep -qE 'Traceback|Fatal|Could not load the Qt platform' '$TMP/out/gui.err'"
[ -s "$TMP/out/gui.err" ] && sed 's/^/        gui stderr: /' "$TMP/out/gui.err" | head -5 >&2

say "finished in $(( $(date +%s) - START )) s"
if [ "$FAILED" -ne 0 ]; then
  printf '%s checks FAILED\n' "$FAILED" >&2
  exit 1
fi
echo "smoke test passed" >&2
