"""Issue 13: `inferonomics` without a display says so in one sentence and exits 2 (it
aborted with Qt's "reinstalling may fix this", exit 134); a screenshot needs no display."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gui.app import missing_display


def _without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland start-up")
def test_the_app_without_a_display_says_so_in_one_sentence() -> None:
    result = subprocess.run([sys.executable, "-m", "gui"], env=_without_display(), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "--screenshot" in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland start-up")
def test_a_screenshot_without_a_display_renders_offscreen(tmp_path) -> None:
    shot = tmp_path / "window.png"
    env = {**_without_display(), "INFERONOMICS_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "gui", "--screenshot", str(shot)], env=env, capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-500:]
    assert shot.stat().st_size > 10_000


def test_missing_display_rules() -> None:
    assert missing_display({}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({}, "win32") and not missing_display({}, "darwin")
