#!/usr/bin/env bash
# Linux installers from the bundle dist/inferonomics/ (built by packaging/build.sh):
#   dist/inferonomics-<version>-linux-<arch>.tar.gz  unpack anywhere; ./install-user.sh adds menu entry + file type
#   dist/inferonomics_<version>_<debarch>.deb        /opt/inferonomics, /usr/bin/inferonomics, desktop entry,
#                                                    icons, MIME type application/x-inferonomics-scenario
# Usage: bash packaging/linux/make_packages.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?usage: make_packages.sh VERSION}
PYTHON=${PYTHON:-.venv/bin/python}
BUNDLE=dist/inferonomics
HERE=packaging/linux
STAGE=build/linux
ICONS=build/icons
PNG_SIZES="16 24 32 48 64 128 256 512"

[ -x "$BUNDLE/inferonomics" ] || { echo "make_packages: no bundle at $BUNDLE; run packaging/build.sh" >&2; exit 1; }
[ -f "$ICONS/png/inferonomics-256.png" ] || "$PYTHON" packaging/make_icons.py "$ICONS"
rm -rf "$STAGE"
mkdir -p "$STAGE"

# share/: the freedesktop files, laid out as under /usr/share.
share_tree() {
  local share=$1
  install -Dm644 "$HERE/inferonomics.desktop" "$share/applications/inferonomics.desktop"
  install -Dm644 "$HERE/inferonomics.xml" "$share/mime/packages/inferonomics.xml"
  install -Dm644 resources/icons/inferonomics.svg "$share/icons/hicolor/scalable/apps/inferonomics.svg"
  for size in $PNG_SIZES; do
    install -Dm644 "$ICONS/png/inferonomics-$size.png" "$share/icons/hicolor/${size}x${size}/apps/inferonomics.png"
  done
}

# --- .tar.gz ---------------------------------------------------------------------------------
machine=$(uname -m)
top=inferonomics-$VERSION
tar_root=$STAGE/tar/$top
mkdir -p "$tar_root"
cp -a "$BUNDLE/." "$tar_root/"
share_tree "$tar_root/share"
install -m755 "$HERE/install-user.sh" "$tar_root/install-user.sh"
cat > "$tar_root/README.txt" <<TXT
Inferonomics $VERSION for Linux ($machine)

Run:      ./inferonomics [SCENARIO.json]
Check:    ./inferonomics --selftest
Install:  ./install-user.sh     (command in ~/.local/bin, menu entry, icon, scenario file type)
Remove:   ./install-user.sh --uninstall, then delete this folder.
Needs:    glibc, OpenGL/EGL (Debian/Ubuntu: libgl1 libegl1), fonts; on X11 also
          libxcb-icccm4 libxcb-keysyms1; on Wayland libwayland-cursor0 libwayland-egl1.
TXT
tarball=dist/inferonomics-$VERSION-linux-$machine.tar.gz
tar -C "$STAGE/tar" --owner=0 --group=0 --numeric-owner -czf "$tarball" "$top"
echo "make_packages: $tarball ($(du -m "$tarball" | cut -f1) MB)"

# --- .deb ------------------------------------------------------------------------------------
command -v dpkg-deb >/dev/null || { echo "make_packages: dpkg-deb not found; skipping the .deb" >&2; exit 0; }
arch=$(dpkg --print-architecture)
pkg=$STAGE/deb/inferonomics_${VERSION}_$arch
mkdir -p "$pkg/opt" "$pkg/usr/bin" "$pkg/DEBIAN"
cp -a "$BUNDLE" "$pkg/opt/inferonomics"
ln -s /opt/inferonomics/inferonomics "$pkg/usr/bin/inferonomics"
share_tree "$pkg/usr/share"
install -Dm644 "$HERE/copyright" "$pkg/usr/share/doc/inferonomics/copyright"
# Ownership comes from --root-owner-group; normalise permissions for dpkg/lintian.
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg/opt" -type f -exec chmod 644 {} +
chmod 755 "$pkg/opt/inferonomics/inferonomics"
find "$pkg/opt" -type f \( -name "*.so" -o -name "*.so.*" \) -exec chmod 755 {} +

# The newest glibc symbol version anything in the bundle needs.
glibc=$(find "$pkg/opt" -type f \( -name "*.so*" -o -name inferonomics \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: inferonomics
Version: $VERSION
Architecture: $arch
Maintainer: Inferonomics <inferonomics@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: libc6 (>= ${glibc:-2.28}), libgl1, libegl1, libxcb1, libxcb-icccm4, libxcb-keysyms1, fontconfig-config
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1, fonts-noto-cjk
Section: science
Priority: optional
Homepage: https://example.invalid/inferonomics
Description: what-if calculator for the economics of LLM inference
 Inferonomics estimates throughput, latency and cost per business case of serving
 large language models on a given set of accelerators, with live charts.
 .
 Self-contained: Python, Qt and all libraries are bundled under /opt/inferonomics.
 Check an installation with: inferonomics --selftest
CONTROL
# No maintainer scripts: dpkg triggers of shared-mime-info, desktop-file-utils and
# hicolor-icon-theme refresh the MIME, menu and icon caches.
deb=dist/inferonomics_${VERSION}_$arch.deb
dpkg-deb --root-owner-group -Zxz -z${DEB_XZ_LEVEL:-6} --build "$pkg" "$deb" >/dev/null
echo "make_packages: $deb ($(du -m "$deb" | cut -f1) MB)"
