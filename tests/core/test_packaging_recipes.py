"""The Windows and macOS installer recipes cannot run here: check them as text."""

import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_installer_recipes_are_consistent() -> None:
    # `packaging` is also a PyPI library's name, so the checker is run by path, not imported.
    problems = runpy.run_path(str(ROOT / "packaging" / "check_recipes.py"))["problems"]()
    assert problems == []
