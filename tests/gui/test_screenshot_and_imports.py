"""`--screenshot` renders a real, colourful PNG; gui imports only what it should."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

import gui

GUI_FOLDER = Path(gui.__file__).parent
ALLOWED_TOP_LEVEL = {"PySide6", "pyqtgraph", "numpy", "core", "gui", "__future__"}
ALLOWED_CORE_MODULES = {
    "core", "core.catalog", "core.scenario_io", "core.inputs", "core.precision", "core.recovery", "core.overview",
    "core.planner", "core.workspace", "core.settings", "core.validation", "core.compare", "core.sensitivity",
    "core.api_prices", "core.currency", "core.report_data", "core.export_tables", "core.spec_sheet", "core.headline",
    "core.cli", "core.cli_support",  # the console script's edge module (gui/report/command.py) extends core's CLI
    "core.validation_summary", "core.measurement_import", "core.calibration_profiles", "core.calibrate",
    # Words and numbers at the edge: the one formatter, the engine's messages, the translation reader.
    "core.number_format", "core.messages", "core.translations", "core.error_words",
}


def test_screenshot_writes_a_non_blank_png_of_the_expected_size(tmp_path):
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--screenshot", str(shot)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1600, 1000)
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert len(colours) > 200
    assert not (tmp_path / "config" / "Inferonomics").exists()  # a screenshot stores no preferences


def test_screenshot_renders_at_the_size_theme_and_views_asked(tmp_path):
    shot = tmp_path / "dark.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--screenshot", str(shot), "--size", "1920x1080", "--theme", "dark",
         "--view", "planner"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1920, 1080)
    assert QColor(image.pixel(1900, 300)).lightness() < 100  # dark theme behind the charts
    assert not (tmp_path / "config" / "Inferonomics").exists()  # the theme asked is not stored
    small = tmp_path / "small.png"  # issue 14: the smallest size asked is the size rendered, spec sheet shown
    result = subprocess.run(
        [sys.executable, "-m", "gui", "--screenshot", str(small), "--size", "1024x700", "--view", "spec-sheet"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0 and "cannot be" not in result.stderr, result.stderr[-2000:]
    assert (QImage(str(small)).width(), QImage(str(small)).height()) == (1024, 700)
    bad = subprocess.run([sys.executable, "-m", "gui", "--screenshot", str(shot), "--size", "wide"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "1280x800" in bad.stderr


def test_screenshot_of_a_broken_file_still_renders_and_reports(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("not json", encoding="utf-8")
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-m", "gui", str(broken), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0
    assert "not valid JSON" in result.stderr
    assert QImage(str(shot)).width() == 1600


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_gui_imports_only_qt_pyqtgraph_numpy_stdlib_and_public_core():
    offenders: list[str] = []
    for path in sorted(GUI_FOLDER.rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if (top == "core" and name not in ALLOWED_CORE_MODULES) or (
                top not in ALLOWED_TOP_LEVEL and top not in sys.stdlib_module_names
            ):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_gui_modules_stay_small():
    sizes = {
        path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in GUI_FOLDER.rglob("*.py")
    }
    assert max(sizes.values()) < 400, sizes
