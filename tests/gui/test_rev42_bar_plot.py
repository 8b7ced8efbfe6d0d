"""Hostile review (rev42) of the bar plot's held name column and snapped value range."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QApplication

from gui.views.bar_plot import BarPlot


def _axis(plot: BarPlot) -> list[float]:
    canvas = plot.canvas
    ticks, _label = canvas._ticks(canvas.plot_rect().width(), canvas.fontMetrics())
    return ticks


def test_a_wide_bar_plot_of_costs_and_times_has_no_negative_ticks(qtbot):
    """Cost and time per case are never negative: snapping the padded range out to round values
    put the axis' left end on "-0.05 CNY" and "-1 minutes" (compare view, a wide window)."""
    plot = BarPlot("Cost per claim")
    qtbot.addWidget(plot)
    plot.resize(1400, 200)
    plot.show()
    QApplication.processEvents()
    for value, low, high in ((0.329, 0.328, 0.335), (3.72, 2.95, 6.73), (41.0, 12.0, 97.0)):
        plot._range = None
        plot.show_rows(["Open (live)"], [(0, 0.0, value, "accent")], [(0, low, high)])
        ticks = _axis(plot)
        assert ticks and min(ticks) >= 0, (value, plot.canvas.x_range, ticks)
        assert plot.canvas.x_range[0] <= 0 and plot.canvas.x_range[1] >= high


def test_all_negative_bars_have_no_positive_ticks(qtbot):
    plot = BarPlot("Change")
    qtbot.addWidget(plot)
    plot.resize(1400, 200)
    plot.show()
    QApplication.processEvents()
    plot.show_rows(["a", "b"], [(0, 0.0, -0.329, "accent"), (1, 0.0, -3.72, "third")])
    ticks = _axis(plot)
    assert ticks and max(ticks) <= 0, (plot.canvas.x_range, ticks)


def test_the_range_holds_every_value_however_large_or_small(qtbot):
    plot = BarPlot("x")
    qtbot.addWidget(plot)
    for low, high in ((1e-300, 3e-300), (-7.3e15, 1.1e16), (123456789.0, 123456789.5), (0.1, 0.7),
                      (-0.3, -0.1), (1e306, 1e307), (0.0, 0.0), (0.0, 2.5), (-2.5, 0.0)):
        plot._range = None
        plot.show_rows(["a", "b"], [(0, low, high, "accent"), (1, high, low, "second")], include_zero=False)
        shown_low, shown_high = plot.canvas.x_range
        assert math.isfinite(shown_low) and math.isfinite(shown_high), (low, high, plot.canvas.x_range)
        assert shown_low <= low and high <= shown_high and shown_low < shown_high, (low, high, plot.canvas.x_range)


def test_overlapping_bars_of_a_row_keep_their_order_whatever_the_first_row_holds(qtbot):
    """A tornado row whose low and high ends lie on the same side of the base draws the low bar
    (blue), then the high one (orange) over it, as every other row does. Bars batched by colour
    drew all orange bars first when the top row had no low figure (an input whose neighbour
    cannot run the model), so the long blue bar of a later row hid its orange one."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor

    plot = BarPlot("Cost per claim")
    qtbot.addWidget(plot)
    plot.resize(600, 200)
    plot.show()
    QApplication.processEvents()
    base = 1.0
    segments = [(0, base, 3.0, "second"),  # the top row: its low end has no figure
                (1, base, 4.0, "accent"), (1, base, 2.0, "second")]  # low and high both above the base
    plot.show_rows(["top", "both above"], segments, reference=base, include_zero=False)
    QApplication.processEvents()
    canvas = plot.canvas
    image = canvas.grab().toImage()
    plot_rect = canvas.plot_rect()
    low, high = canvas.x_range
    x = plot_rect.left() + (1.5 - low) * plot_rect.width() / (high - low)  # on the short orange bar
    y = plot_rect.top() + 1.5 * plot_rect.height() / 2
    assert image.pixelColor(QPoint(round(x), round(y))) == QColor(plot.color("second"))
