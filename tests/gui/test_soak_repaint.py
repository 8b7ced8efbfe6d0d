"""Soak: thousands of pyqtgraph repaints in one process.

PySide6 6.12.0 on Python 3.11 aborts with `Fatal Python error: none_dealloc` after
~130 repaints while short suites pass; a child process makes such a crash a test
failure instead of killing pytest.
"""

import os
import subprocess
import sys
import textwrap

REPAINTS = 5000

SOAK = textwrap.dedent(
    f"""
    import numpy as np
    import pyqtgraph as pg
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication([])
    widget = pg.PlotWidget()
    widget.resize(400, 300)
    widget.show()
    curve = widget.plot(pen="y")
    bars = pg.BarGraphItem(x=np.arange(5), height=np.ones(5), width=0.6)
    widget.addItem(bars)
    x = np.linspace(0.0, 1.0, 200)
    for step in range({REPAINTS}):
        curve.setData(x, np.sin(x * 6.0 + step * 0.01))
        bars.setOpts(height=np.arange(5) + step % 7)
        widget.repaint()
        app.processEvents()
    print("repaints", {REPAINTS})
    """
)


def test_thousands_of_repaints_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SOAK], capture_output=True, text=True, env=env, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"repaints {REPAINTS}" in result.stdout
