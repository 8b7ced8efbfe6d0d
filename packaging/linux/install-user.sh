#!/usr/bin/env bash
# Install this unpacked Inferonomics folder for the current user (no root): a command in
# ~/.local/bin, a menu entry, the icon and the scenario-file type. `--uninstall` removes them.
# The folder itself stays where it is; move it first if you want it elsewhere.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

if [ "${1:-}" = --uninstall ]; then
  rm -f "$bin/inferonomics" "$data/applications/inferonomics.desktop" \
        "$data/icons/hicolor/scalable/apps/inferonomics.svg" "$data/mime/packages/inferonomics.xml"
  rm -f "$data"/icons/hicolor/*/apps/inferonomics.png
else
  mkdir -p "$bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
  ln -sf "$here/inferonomics" "$bin/inferonomics"
  sed -e "s|^Exec=inferonomics|Exec=\"$here/inferonomics\"|" -e "s|^TryExec=inferonomics|TryExec=$here/inferonomics|" \
    "$here/share/applications/inferonomics.desktop" > "$data/applications/inferonomics.desktop"
  cp "$here/share/mime/packages/inferonomics.xml" "$data/mime/packages/"
  cp -r "$here/share/icons/hicolor/." "$data/icons/hicolor/"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
if [ "${1:-}" = --uninstall ]; then echo "inferonomics: removed from $bin and $data"; else echo "inferonomics: installed (command: $bin/inferonomics)"; fi
