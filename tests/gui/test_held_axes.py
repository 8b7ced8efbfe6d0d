"""The break-even chart's axes hold still while its lines move a little (a new view makes
pyqtgraph lay the axis out again, ~1 ms a move), and never leave a line outside the view."""

from __future__ import annotations

import gui_test_support
import numpy as np

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def _views(view):
    (x_low, x_high), (y_low, y_high) = view.plot.vb.viewRange()
    return (x_low, x_high), (y_low, y_high)


def _lines_inside(view):
    (x_low, x_high), (y_low, y_high) = _views(view)
    for name, curve in view.curves.items():
        x, y = curve.getData()
        keep = np.isfinite(y)
        assert keep.any(), name
        assert x[keep].min() >= x_low and x[keep].max() <= x_high, name
        assert y[keep].min() >= y_low and y[keep].max() <= y_high, name


def _apply(window, qapp, changes):
    window.document.request_change(changes, "a change")
    settle(window)
    qapp.processEvents()
    qapp.processEvents()


def test_the_break_even_axes_hold_for_a_small_move_and_follow_a_large_one(window, qapp):
    view = window.break_even
    window.break_even_dock.show()
    window.break_even_dock.raise_()
    qapp.processEvents()
    assert view.lines is not None
    _lines_inside(view)
    before = _views(view)
    ticks = dict(view._ticks_shown)
    scenario = window.document.scenario
    lines = view.lines
    # One more server's worth of chips: an eighth more capacity shifts the lines by 0.05 of a decade.
    _apply(window, qapp, {"hardware.accelerator_count": scenario.hardware.accelerator_count + 1})
    assert view.lines is not lines
    assert _views(view) == before and view._ticks_shown == ticks  # the lines moved, the axes did not
    _lines_inside(view)
    # Ten times the fleet: ten times the capacity, volumes and costs shift by a decade.
    _apply(window, qapp, {"hardware.accelerator_count": scenario.hardware.accelerator_count * 10})
    after = _views(view)
    assert after != before
    _lines_inside(view)
    # The ticks are the view's whole decades.
    left = [value for value, _label in view._ticks_shown["left"]]
    assert left and all(after[1][0] <= value <= after[1][1] for value in left)
