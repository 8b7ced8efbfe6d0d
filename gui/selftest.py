"""`inferonomics --selftest`: prove an installation works, without a user at the screen.

Loads the catalogs and every built-in example scenario from the packaged resources,
evaluates each, builds the main window on each, renders it offscreen and checks the
picture is not blank. Prints one line per step; returns 0 when all pass, 1 (with the
reason on stderr) on the first failure. Uses a throw-away settings file, so it never
reads or changes the user's preferences. Meant above all for the frozen bundle, where
a missing data file, Qt plugin or shared library shows up here and not in the tests.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

RENDER_SIZE = (1600, 1000)  # as --screenshot; the window may enforce a larger minimum
MIN_DISTINCT_COLOURS = 16  # a blank or single-colour window has 1-3


class SelftestFailure(Exception):
    """A check that did not hold; the message says what was expected."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelftestFailure(message)


def _resources() -> str:
    from importlib import resources

    root = resources.files("inferonomics_resources")
    names = sorted(item.name for item in root.iterdir())
    for folder in ("catalogs", "scenarios", "calibration"):
        _check(folder in names, f"resources: folder '{folder}' is missing (found {names})")
    return f"inferonomics_resources at {root}"


def _chinese() -> str:
    """The zh_CN interface: the compiled translation loads, the CLI's reader finds the same texts,
    and CLDR (Babel) formats money in 万."""
    from PySide6.QtCore import QCoreApplication

    from core.number_format import money
    from core.translations import translate
    from gui import language

    previous = language.current()
    loaded = language.install("zh_CN")
    try:
        window_word = QCoreApplication.translate("MainWindow", "&File")
    finally:
        language.install(previous)
    _check(loaded, f"the zh_CN translation did not load ({language.qm_path('zh_CN')})")
    _check(window_word != "&File", "the zh_CN translation has no text for the File menu")
    _check(translate("CliText", "Scenario", "zh_CN") != "Scenario", "the CLI cannot read the zh_CN translation (.ts)")
    amount = money(1_100_000, "CNY", "zh_CN")
    _check(amount == "¥110万", f"Chinese money format: {amount} (expected ¥110万)")
    return f"{window_word}, {amount}"


def _catalog() -> str:
    from core.catalog import load_calibration, load_catalog

    catalog = load_catalog()
    load_calibration()
    _check(bool(catalog.accelerators), "catalog: no accelerators")
    _check(bool(catalog.models), "catalog: no models")
    return f"{len(catalog.accelerators)} accelerators, {len(catalog.models)} models"


def _scenarios() -> str:
    from core import evaluate
    from core.scenario_io import builtin_scenario, builtin_scenario_names

    names = builtin_scenario_names()
    _check(bool(names), "scenarios: no built-in example scenarios")
    fitting = 0
    for name in names:
        outcome = evaluate(builtin_scenario(name))
        _check(math.isfinite(outcome.cost_per_hour), f"{name}: cost per hour is {outcome.cost_per_hour}")
        if outcome.fits_in_memory:
            fitting += 1
            throughput = outcome.output_tokens_per_s
            _check(
                throughput is not None and math.isfinite(throughput) and throughput > 0,
                f"{name}: fits in memory but output tokens/s is {throughput}",
            )
        else:
            _check(bool(outcome.warnings), f"{name}: does not fit, yet no warning says why")
    _check(fitting > 0, "scenarios: none of the examples fits in memory")
    return f"{len(names)} evaluated ({fitting} fit in memory): {', '.join(names)}"


def _qt_text_services() -> str:
    """Qt's ICU-backed services (collation, time-zone names): the bundle ships trimmed ICU data."""
    from PySide6.QtCore import QCollator, QLocale, QTimeZone, QtMsgType, qInstallMessageHandler

    warnings: list[str] = []

    def collect(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            warnings.append(message)

    previous = qInstallMessageHandler(collect)
    try:
        order = QCollator(QLocale("zh_CN")).compare("北京", "上海")
        english = QCollator(QLocale("en_US")).compare("apple", "Zebra")
        name = QTimeZone(b"Asia/Shanghai").displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_US")
        )
    finally:
        qInstallMessageHandler(previous)
    _check(not warnings, f"Qt text services: {'; '.join(warnings)}")
    _check(order < 0 and english < 0, f"collation: 北京 vs 上海 {order}, apple vs Zebra {english} (expected < 0)")
    _check(bool(name), "time zones: no display name for Asia/Shanghai")
    return f"collation zh_CN/en_US, time zone '{name}'"


def _distinct_colours(image: Any) -> int:
    """Distinct colours on a coarse grid over a QImage (enough to tell blank from drawn)."""
    colours = set()
    step_x = max(1, image.width() // 64)
    step_y = max(1, image.height() // 64)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
    return len(colours)


def _window(workdir: Path) -> str:
    if "QT_QPA_PLATFORM" not in os.environ and not _has_application():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from core.scenario_io import builtin_scenario, builtin_scenario_names, default_scenario
    from gui.document import ScenarioDocument
    from gui.main_window import MainWindow
    from gui.preferences import Preferences

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "inferonomics"])
    _check(bool(QFontDatabase.families()), "no fonts found: install a font package (e.g. fonts-dejavu-core)")
    settings = QSettings(str(workdir / "selftest-settings.ini"), QSettings.Format.IniFormat)
    document = ScenarioDocument(default_scenario())
    window = MainWindow(document, Preferences(settings))
    try:
        window.resize(*RENDER_SIZE)
        window.show()
        shown: list[str] = []
        size = ""
        for name in builtin_scenario_names():
            document.replace(builtin_scenario(name), None)
            for _ in range(3):
                app.processEvents()
            image = window.grab().toImage()
            _check(
                not image.isNull() and image.width() >= 400 and image.height() >= 300,
                f"window {name}: rendered {image.width()}×{image.height()}, expected about {RENDER_SIZE}",
            )
            colours = _distinct_colours(image)
            _check(
                colours >= MIN_DISTINCT_COLOURS,
                f"window {name}: the rendered window looks blank ({colours} distinct colours)",
            )
            shown.append(f"{name} ({colours} colours)")
            size = f"{image.width()}×{image.height()}"
    finally:
        window.hide()  # not close(): closing stores geometry and may ask about unsaved changes
        window.deleteLater()
        app.processEvents()
    platform = QApplication.platformName()
    return f"platform '{platform}', {size}: " + ", ".join(shown)


def _has_application() -> bool:
    if "PySide6.QtWidgets" not in sys.modules:
        return False
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None


def run_selftest() -> int:
    """Run every check; 0 when all pass, 1 on the first failure (reason on stderr)."""
    started = time.perf_counter()
    frozen = getattr(sys, "frozen", False)
    print(f"inferonomics selftest ({'frozen bundle' if frozen else 'Python ' + sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="inferonomics-selftest-") as folder:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", _resources),
            ("catalog", _catalog),
            ("scenarios", _scenarios),
            ("window", lambda: _window(Path(folder))),
            ("text", _qt_text_services),
            ("chinese", _chinese),
        ]
        for label, step in steps:
            step_started = time.perf_counter()
            try:
                detail = step()
            except SelftestFailure as failure:
                print(f"selftest FAILED at {label}: {failure}", file=sys.stderr)
                return 1
            except Exception as error:
                traceback.print_exc()
                print(f"selftest FAILED at {label}: {type(error).__name__}: {error}", file=sys.stderr)
                return 1
            print(f"  ok  {label:<10} {time.perf_counter() - step_started:6.2f} s  {detail}")
    print(f"selftest passed in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(run_selftest())
