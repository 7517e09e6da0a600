#!/bin/sh
# Install Evidence Vault for the current user (no root, no network): run from the unpacked folder.
#
#   ./install.sh              copy the app into ~/.local/share/evidence-vault, the command into
#                             ~/.local/bin, the menu entry and the icon into ~/.local/share
#   ./install.sh --uninstall  remove exactly what the install created (your vaults are untouched)
#
# PREFIX=/some/where ./install.sh installs under that prefix instead of ~/.local.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
DATA="${XDG_DATA_HOME:-$PREFIX/share}"
[ "$PREFIX" = "$HOME/.local" ] || DATA="$PREFIX/share"
APPDIR="$DATA/evidence-vault/app"
BIN="$PREFIX/bin"
DESKTOP="$DATA/applications/evidence-vault.desktop"
ICONS="$DATA/icons/hicolor"

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APPDIR"
  rmdir "$DATA/evidence-vault" 2>/dev/null || true
  [ -L "$BIN/evidence-vault" ] && rm -f "$BIN/evidence-vault"
  rm -f "$DESKTOP"
  for size in 16 32 48 64 128 256; do rm -f "$ICONS/${size}x${size}/apps/evidence-vault.png"; done
  rm -f "$ICONS/scalable/apps/evidence-vault.svg"
  refresh_menus
  echo "Evidence Vault removed. Your vaults (folders you created) were not touched."
  exit 0
fi

[ -x "$HERE/evidence-vault/evidence-vault" ] || { echo "error: run install.sh from the unpacked folder" >&2; exit 2; }

# Copy to a fresh folder first, then swap, so an interrupted install never leaves half an app.
mkdir -p "$DATA/evidence-vault"
rm -rf "$APPDIR.new"
cp -R "$HERE/evidence-vault" "$APPDIR.new"
rm -rf "$APPDIR"
mv "$APPDIR.new" "$APPDIR"

mkdir -p "$BIN"
ln -sfn "$APPDIR/evidence-vault" "$BIN/evidence-vault"

for size in 16 32 48 64 128 256; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$HERE/icons/evidence-vault-$size.png" "$ICONS/${size}x${size}/apps/evidence-vault.png"
done
mkdir -p "$ICONS/scalable/apps"
cp "$HERE/icons/evidence-vault.svg" "$ICONS/scalable/apps/evidence-vault.svg"

# The menu entry names the program by its full path: ~/.local/bin need not be on PATH.
mkdir -p "$DATA/applications"
sed -e "s|^Exec=evidence-vault|Exec=\"$APPDIR/evidence-vault\"|" \
    -e "s|^TryExec=evidence-vault|TryExec=$APPDIR/evidence-vault|" \
    "$HERE/evidence-vault.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
refresh_menus

echo "Evidence Vault installed:"
echo "  program:    $APPDIR/evidence-vault"
echo "  command:    $BIN/evidence-vault"
echo "  menu entry: $DESKTOP"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "  note: $BIN is not on your PATH; start it from the menu or with the full path." ;;
esac
"$APPDIR/evidence-vault" --version
