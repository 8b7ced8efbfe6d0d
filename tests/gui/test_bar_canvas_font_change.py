"""A bar canvas asks for a line per name in its font (set_data's minimum height). After a font
change (the system's font, a DPI change) the next moves of a slider mostly take set_data's partial
path (same names count, same name column width), which did not ask again: with a larger font
the rows stayed squeezed into the old height, names overlapping, until some move changed the axis."""

from __future__ import annotations

from PySide6.QtGui import QFont

from gui.charts.base import PALETTE
from gui.views.bar_plot import PAD, BarCanvas


def _needed(canvas: BarCanvas) -> int:
    metrics = canvas.fontMetrics()
    return len(canvas.names) * metrics.lineSpacing() + PAD + metrics.height() * (2 if canvas.x_title else 1) + 6


def test_a_larger_font_makes_room_for_every_name(qtbot) -> None:
    canvas = BarCanvas(PALETTE["light"], 60)
    qtbot.addWidget(canvas)
    canvas.resize(500, 200)
    canvas.show()
    names = [f"input {row} (1…2)" for row in range(8)]
    canvas.set_data(names, [(row, 0.1, 0.5, "accent") for row in range(8)], [], 0.3, (0.0, 1.0), "USD", None)
    assert canvas.minimumHeight() == _needed(canvas)
    font = QFont(canvas.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    canvas.setFont(font)
    # A move: one name's range changes, the axis holds (set_data's partial path).
    canvas.set_data([name.replace("2)", "3)") for name in names], [(row, 0.1, 0.6, "accent") for row in range(8)],
                    [], 0.3, (0.0, 1.0), "USD", None)
    assert canvas.minimumHeight() == _needed(canvas)
