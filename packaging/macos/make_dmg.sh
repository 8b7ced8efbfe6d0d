#!/usr/bin/env bash
# macOS: a compressed disk image with Inferonomics.app and a link to /Applications.
#
#   bash packaging/macos/make_dmg.sh VERSION      (called by packaging/build.sh on macOS)
#
# Needs dist/Inferonomics.app from the spec (its BUNDLE step runs on darwin only) and hdiutil
# (part of macOS). Signing/notarisation: set INFERONOMICS_CODESIGN_IDENTITY for the build
# (the spec passes it to PyInstaller), then notarise the .dmg with `xcrun notarytool submit
# dist/Inferonomics-VERSION.dmg --wait` and `xcrun stapler staple` it; unsigned images open
# only after right-click → Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?usage: make_dmg.sh VERSION}
APP=dist/Inferonomics.app
DMG=dist/Inferonomics-$VERSION.dmg
STAGE=build/dmg

[ -d "$APP" ] || { echo "make_dmg: $APP not found; build the bundle on macOS first" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "make_dmg: hdiutil not found (macOS only)" >&2; exit 1; }

rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Inferonomics $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "make_dmg: $DMG ($(du -m "$DMG" | cut -f1) MB)"
