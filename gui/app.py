"""Start the desktop app: `python -m gui [SCENARIO.json] [--screenshot PATH [--size WxH] [--theme dark]
[--view planner|compare|sensitivity|break-even|spec-sheet]] [--selftest]`."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import gui.charts_panel
from core import ScenarioError
from core.scenario_io import load_scenario_with_notices
from gui import flat_scroll_bars, language
from gui.document import ScenarioDocument
from gui.formatting import error_words
from gui.language import translate
from gui.main_window import MainWindow
from gui.new_scenario import new_scenario
from gui.preferences import APPLICATION, ORGANIZATION, Preferences

SCREENSHOT_SIZE = (1600, 1000)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1280x800") from None
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"'{text}': give a width of 320–10,000 and a height of 240–10,000 pixels")
    return width, height


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inferonomics", description="What-if calculator for LLM inference.")
    parser.add_argument("scenario", nargs="?", type=Path, help="scenario file (.json) to open")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help=f"render the window at {SCREENSHOT_SIZE[0]}×{SCREENSHOT_SIZE[1]} to a PNG and exit",
    )
    parser.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        default=SCREENSHOT_SIZE,
        help="with --screenshot: the window's size, e.g. 1024x700 (default %(default)s)",
    )
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="with --screenshot: render in this theme (default: the one chosen in Preferences)",
    )
    parser.add_argument(
        "--view",
        action="append",
        choices=("planner", "compare", "sensitivity", "break-even", "spec-sheet"),
        default=[],
        help="with --screenshot: show this view too (repeat for several)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        help="interface language for this start: en or zh_CN (default: the one chosen in Preferences)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check the installation (catalogs, examples, an offscreen window) and exit: 0 when all pass",
    )
    return parser.parse_args(argv)


class FileOpenHandler(QObject):
    """macOS: Finder (double-click, drop on the Dock icon) sends files as QFileOpenEvent to
    the application; open them as Open or a drop would (asking about unsaved changes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.window.files.open_path(Path(event.file()))
            return True
        return False


def app_icon() -> QIcon:
    icon = resources.files("inferonomics_resources") / "icons" / "inferonomics.svg"
    with resources.as_file(icon) as path:
        return QIcon(str(path))


def build_window(scenario_path: Path | None, preferences: Preferences) -> tuple[MainWindow, list[str]]:
    """The main window on a file's scenario (or a new one); problems come back as messages.
    A file that cannot be opened (or evaluated) leaves the window on a new scenario."""
    messages: list[str] = []
    app = QApplication.instance()
    if isinstance(app, QApplication):
        flat_scroll_bars.install(app)  # before any widget: Fusion's own bars cost ~3.6 ms a repaint
    document = ScenarioDocument(new_scenario(preferences.currency))
    window = MainWindow(document, preferences)
    if scenario_path is not None:
        try:
            scenario, notices = load_scenario_with_notices(scenario_path)
            document.replace(scenario, scenario_path)
            messages += [error_words(notice) for notice in notices]
        except ScenarioError as error:
            messages.append(f"{scenario_path.name}: {error_words(error)}")
    # What start-up built (catalogs, widgets, their Python wrappers: ~100,000 objects) lives as
    # long as the window: kept out of the collector's full passes, which otherwise paused a
    # slider move for ~36 ms now and then (gc.freeze, as long-running Python services do).
    gc.collect()
    gc.freeze()
    return window, messages


EXIT_NO_DISPLAY = 2


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Linux (or another X11/Wayland system) with no screen to open a window on and no Qt
    platform chosen: Qt would abort with "could not connect to display" (exit 134)."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from gui.selftest import run_selftest

        return run_selftest()
    if QApplication.instance() is None and missing_display():
        if args.screenshot is not None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
        else:
            print(
                "inferonomics: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                "start it from a desktop session, or render the window to a PNG with "
                "`inferonomics --screenshot window.png` (or set QT_QPA_PLATFORM=offscreen).",
                file=sys.stderr,
            )
            return EXIT_NO_DISPLAY
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName("inferonomics")
    app.setWindowIcon(app_icon())
    preferences = Preferences()
    if not language.install(args.lang or preferences.language):
        print(f"inferonomics: the {args.lang or preferences.language} translation could not be loaded; "
              "the interface stays English", file=sys.stderr)
    # Interactive start: show the window first, build the charts right after its first paint.
    gui.charts_panel.DEFER_CHARTS = args.screenshot is None
    if args.screenshot is not None and args.theme is not None:
        preferences = Preferences(_memory_settings())
        preferences.theme = args.theme  # for this rendering only: the user's choice is not changed
    window, messages = build_window(args.scenario, preferences)
    if args.screenshot is not None:
        docks = {"planner": window.planner_dock, "compare": window.compare_dock,
                 "sensitivity": window.sensitivity_dock, "break-even": window.break_even_dock,
                 "spec-sheet": window.spec_sheet_dock}
        for name in args.view:  # tabbed together: the last one named is in front
            docks[name].show()
            docks[name].raise_()
        return save_screenshot(window, args.screenshot, messages, args.size)
    if sys.platform == "darwin":  # only macOS sends FileOpen; a filter on the app sees every event
        app.installEventFilter(FileOpenHandler(window))
    window.show()
    for message in messages:
        window.files.show_error(translate("App", "About the scenario file"), message)
    # Once the window is up: offer back unsaved work a crash left in the autosave folder.
    QTimer.singleShot(0, window.offer_crash_recovery)
    return app.exec()


def _memory_settings() -> QSettings:
    """Settings in a throw-away file: a one-off rendering must not change the user's."""
    folder = tempfile.mkdtemp(prefix="inferonomics-render-")
    return QSettings(str(Path(folder) / "preferences.ini"), QSettings.Format.IniFormat)


def save_screenshot(
    window: MainWindow, path: Path, messages: list[str], size: tuple[int, int] = SCREENSHOT_SIZE
) -> int:
    for message in messages:
        print(message, file=sys.stderr)
    window.charts.ensure_built()
    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab()
    if (image.width(), image.height()) != size:  # the layout's minimum is larger: say so, do not hide it
        print(f"the window cannot be {size[0]}×{size[1]}; rendered at its smallest, "
              f"{image.width()}×{image.height()}", file=sys.stderr)
    window.hide()  # not close(): a screenshot must not store window geometry
    if image.width() != window.width() or not image.save(str(path), "PNG"):
        print(f"could not write the screenshot to {path}", file=sys.stderr)
        return 1
    return 0
