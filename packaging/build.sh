#!/usr/bin/env bash
# Build the packaged app: the PyInstaller one-folder bundle, then this platform's installers.
#
#   bash packaging/build.sh            # bundle + installers (Linux: .tar.gz and .deb)
#   bash packaging/build.sh bundle     # only dist/inferonomics/
#   bash packaging/build.sh installers # only the installers, from an existing bundle
#
# Python: $PYTHON, else .venv/bin/python (Windows venv: .venv/Scripts/python.exe); the project
# must be installed in it (./dev package does that). PyInstaller is installed there if missing.
# Output in dist/: inferonomics/ (the bundle), and per platform
#   Linux:   inferonomics-<version>-linux-<arch>.tar.gz, inferonomics_<version>_<arch>.deb
#   macOS:   Inferonomics.app, Inferonomics-<version>.dmg          (packaging/macos/make_dmg.sh)
#   Windows: inferonomics-<version>-windows-x64-setup.exe            (Inno Setup, if iscc is found)
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case "$what" in all|bundle|installers) ;; *) echo "usage: bash packaging/build.sh [all|bundle|installers]" >&2; exit 2 ;; esac

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe
  else echo "build.sh: no .venv; run ./dev package, or set PYTHON" >&2; exit 1; fi
fi
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

if [ "$what" != installers ]; then
  if ! "$PYTHON" -c 'import PyInstaller, sys; sys.exit(int(PyInstaller.__version__.split(".")[0]) < 6)' 2>/dev/null; then
    echo "build.sh: installing PyInstaller into $PYTHON's environment"
    "$PYTHON" -m pip install -q "pyinstaller>=6.10"
  fi
  # Linux: trimming Qt's ICU data (packaging/linux/trim_icu.py) needs icupkg and a C compiler.
  if [ "$(uname -s)" = Linux ] && ! command -v icupkg >/dev/null && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "build.sh: installing icu-devtools (icupkg)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends icu-devtools >/dev/null
  fi
  started=$(date +%s)
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/inferonomics.spec
  echo "build.sh: bundle dist/inferonomics/ ($(du -sm dist/inferonomics | cut -f1) MB) built in $(( $(date +%s) - started )) s"
fi
[ "$what" = bundle ] && exit 0

case "$(uname -s)" in
  Linux)  bash packaging/linux/make_packages.sh "$VERSION" ;;
  Darwin) bash packaging/macos/make_dmg.sh "$VERSION" ;;
  MINGW*|MSYS*|CYGWIN*)
    ISCC=${ISCC:-$(command -v iscc || command -v ISCC.exe || echo "/c/Program Files (x86)/Inno Setup 6/ISCC.exe")}
    if [ -x "$ISCC" ] || command -v "$ISCC" >/dev/null 2>&1; then
      "$ISCC" "/DAppVersion=$VERSION" packaging/windows/inferonomics.iss
    else
      echo "build.sh: Inno Setup (iscc) not found; bundle only. See packaging/README.md." >&2
    fi ;;
  *) echo "build.sh: no installer recipe for $(uname -s); bundle only" >&2 ;;
esac
