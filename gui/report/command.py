"""`inferonomics-cli`: core's commands plus `report`, which needs Qt to draw the PDF.

The console script starts here, at the edge: every other command is core.cli.main
unchanged (no Qt imported); `report` adds a QApplication (offscreen without a display).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core import ScenarioError
from core.cli import CommandExtension
from core.cli import main as core_main
from core.cli_support import print_notices
from core.scenario_io import load_scenario_with_notices

LANGUAGES = ("en", "zh_CN")


def _add(commands: Any) -> None:
    report = commands.add_parser("report", help="write a PDF report of a scenario (question, answer, charts, "
                                                 "assumptions, accuracy)")
    report.add_argument("scenario", help="scenario file (.json)")
    report.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to write the PDF")
    # No default of its own: `inferonomics-cli --lang zh_CN report …` (the global flag) must hold.
    report.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the report (default: the global --lang, else en)")
    report.add_argument("--compare", action="append", default=[], metavar="OTHER.json",
                        help="a scenario to compare with (repeat, up to 4)")
    report.add_argument("--no-sensitivity", action="store_true", help="leave out which inputs matter most")
    report.add_argument("--json", action="store_true", help="print pages and seconds as JSON")


def _application(language: str) -> Any:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
            or sys.platform in ("win32", "darwin")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from gui import language as interface

    def quiet(_kind: Any, _context: Any, message: str) -> None:
        # Off screen, showing a widget says the platform "does not support propagateSizeHints()".
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    interface.install(language)  # the words and the number formats (万, 亿, 3分35秒) of the app's own
    return app


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    scenario, notices = load_scenario_with_notices(args.scenario)
    pinned = []
    if len(args.compare) > 4:
        raise ScenarioError.coded("--compare: at most 4 scenarios", "report_compare_count")
    for other in args.compare:
        pinned_scenario, more = load_scenario_with_notices(other)
        pinned.append((pinned_scenario.name, pinned_scenario))
        notices += more
    target = Path(args.pdf)
    if not target.parent.is_dir():
        raise ScenarioError.coded(f"--pdf: the folder {target.parent} does not exist", "report_no_folder",
                                  path=target.parent)
    print_notices(notices, getattr(args, "lang", "en"))
    _application(getattr(args, "lang", "en"))
    from core.report_data import report_data
    from gui.report.pdf import write_report

    data = report_data(scenario, pinned, sensitivity=not args.no_sensitivity)
    try:
        written = write_report(data, target)
    except OSError as error:
        raise ScenarioError.coded(f"--pdf: cannot write {target}: {error.strerror or error}", "report_cannot_write",
                                  path=target, reason=error.strerror or error) from None
    seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps({"pdf": str(target), "pages": written.pages, "seconds": round(seconds, 3),
                          "clipped_text_boxes": len(written.clipped)}))
    else:
        print(f"wrote {target} ({written.pages} pages, {seconds:.2f} s)")
    return 0


REPORT = CommandExtension("report", _add, _run)


def main(argv: Sequence[str] | None = None) -> int:
    return core_main(argv, [REPORT])


if __name__ == "__main__":
    raise SystemExit(main())
