"""Entry script of the packaged app (PyInstaller's `Analysis` starts here).

- `inferonomics --selftest`: gui.selftest.run_selftest() (catalogs, examples, offscreen window).
- Environment INFERONOMICS_EXIT_WHEN_SHOWN=1: when the main window first paints, print
  `INFERONOMICS_STARTED <unix time>` (this script began) and `INFERONOMICS_SHOWN <unix time>`,
  then exit 0 (bench/package.py measures start-up with it).
- Anything else: gui.app.main(), the normal app (`[SCENARIO.json] [--screenshot PATH]`).
"""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.time()  # the interpreter is up and running this script


def _give_streams() -> None:
    # A windowed executable (Windows, macOS .app) has no console: sys.stdout/stderr are None,
    # and anything printing or logging would raise. On Windows, `--selftest` started from a
    # console writes to that console; otherwise such output goes nowhere.
    if sys.platform == "win32" and sys.stdout is None and "--selftest" in sys.argv[1:]:
        try:
            import ctypes

            if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]
                sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
                sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        except OSError:
            pass
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _exit_when_shown() -> None:
    """Create the QApplication first (gui.app.main reuses it) and leave on the first paint
    of a main window: the start-up time a user sees, measured by the parent process."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                print(f"INFERONOMICS_STARTED {_STARTED:.6f}", flush=True)
                print(f"INFERONOMICS_SHOWN {time.time():.6f}", flush=True)
                app.removeEventFilter(self)
                app.exit(0)  # not quit(): no close events, so nothing is written to the settings
            return False

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    app.setProperty("inferonomics_first_paint_watcher", watcher)  # keep it alive


def main() -> int:
    _give_streams()
    arguments = sys.argv[1:]
    if "--selftest" in arguments:
        from gui.selftest import run_selftest

        return run_selftest()
    if os.environ.get("INFERONOMICS_EXIT_WHEN_SHOWN"):
        _exit_when_shown()
    from gui.app import main as app_main

    return app_main(arguments)


if __name__ == "__main__":
    raise SystemExit(main())
