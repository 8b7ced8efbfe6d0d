#!/usr/bin/env bash
# CI smoke test of the FROZEN app: build the bundle if it is not there (or with --rebuild),
# then run `dist/inferonomics/inferonomics --selftest` offscreen. Exit status: the selftest's.
#
#   bash packaging/smoke.sh [--rebuild]
set -euo pipefail
cd "$(dirname "$0")/.."

exe=dist/inferonomics/inferonomics
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) exe=dist/inferonomics/inferonomics.exe ;; esac

if [ "${1:-}" = --rebuild ] || [ ! -x "$exe" ]; then
  bash packaging/build.sh bundle
fi

export QT_QPA_PLATFORM=offscreen
# A clean, throw-away home: the frozen app must not depend on anything the build left behind.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
started=$(date +%s)
if HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" "$exe" --selftest; then
  echo "smoke.sh: frozen selftest passed ($(( $(date +%s) - started )) s)"
else
  status=$?
  echo "smoke.sh: frozen selftest FAILED (exit $status)" >&2
  exit "$status"
fi
