"""The one hard architecture rule: the engine never pulls in Qt or the GUI."""

import pkgutil
import subprocess
import sys

import core


def _core_module_names() -> list[str]:
    names = ["core"]
    for info in pkgutil.walk_packages(core.__path__, prefix="core."):
        if info.name != "core.__main__":
            names.append(info.name)
    return names


def test_every_core_module_imports_without_qt() -> None:
    names = _core_module_names()
    assert len(names) > 3, names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'gui', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core loaded GUI modules: {result.stdout}"
