"""Start the desktop app: `python -m gui [SCENARIO.json] [--screenshot PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core import ScenarioError
from core.scenario_io import load_scenario_with_notices
from gui.document import ScenarioDocument
from gui.main_window import MainWindow
from gui.new_scenario import new_scenario
from gui.preferences import APPLICATION, ORGANIZATION, Preferences

SCREENSHOT_SIZE = (1600, 1000)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inferonomics", description="What-if calculator for LLM inference.")
    parser.add_argument("scenario", nargs="?", type=Path, help="scenario file (.json) to open")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PATH",
        help=f"render the window at {SCREENSHOT_SIZE[0]}×{SCREENSHOT_SIZE[1]} to a PNG and exit",
    )
    return parser.parse_args(argv)


def build_window(scenario_path: Path | None, preferences: Preferences) -> tuple[MainWindow, list[str]]:
    """The main window on a file's scenario (or a new one); problems come back as messages."""
    problems: list[str] = []
    scenario = new_scenario(preferences.currency)
    notices: list[str] = []
    if scenario_path is not None:
        try:
            scenario, notices = load_scenario_with_notices(scenario_path)
        except ScenarioError as error:
            problems.append(f"{scenario_path.name}: {error}")
            scenario_path = None
    document = ScenarioDocument(scenario)
    window = MainWindow(document, preferences)
    if scenario_path is not None:
        document.replace(scenario, scenario_path)
    return window, problems + notices


def main(argv: list[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    preferences = Preferences()
    window, messages = build_window(args.scenario, preferences)
    if args.screenshot is not None:
        return save_screenshot(window, args.screenshot, messages)
    window.show()
    for message in messages:
        window.files.show_error("About the scenario file", message)
    return app.exec()


def save_screenshot(window: MainWindow, path: Path, messages: list[str]) -> int:
    for message in messages:
        print(message, file=sys.stderr)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab()
    window.hide()  # not close(): a screenshot must not store window geometry
    if image.width() != SCREENSHOT_SIZE[0] or not image.save(str(path), "PNG"):
        print(f"could not write the screenshot to {path}", file=sys.stderr)
        return 1
    return 0
