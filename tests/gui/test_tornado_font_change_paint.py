"""After a larger font (the system's, a DPI change) the tornado's moves still show what a full
render shows: the canvases ask for a line per name in the new font. Before, set_data's partial
path (most moves) kept the old minimum height: rows squeezed under names taller than them, and a
partial repaint of one row cut its neighbours' overlapping names (what is on screen differed from
a fresh render of the canvas, for as long as no move changed the axis: 8 moves here). The move of
a font change and the next are not compared: the view lays itself out again across them (the
note below the bars drawn over the canvas's last rows for a move), as before set_data's partial path."""

from __future__ import annotations

import random

import gui_test_support
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from test_tornado_partial_paint import _on_screen_equals_fresh_render

from gui.slider_spin import SLIDER_STEPS

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def test_tornado_after_a_larger_font_shows_what_a_full_render_shows(window, qapp, monkeypatch):
    monkeypatch.setattr("gui.document.DRAG_PAUSE_S", 60.0)  # one long drag: the tornado follows every move
    dock = window.sensitivity_dock
    dock.show()
    dock.setFloating(True)
    dock.resize(380, 900)
    QApplication.processEvents()
    canvases = (window.sensitivity.cost.canvas, window.sensitivity.latency.canvas)
    rng = random.Random(8)
    sliders = [window.controls.sliders[key] for key in (
        "pricing.electricity_price_per_kwh", "workload.cases_per_day", "workload.peak_factor")]
    mismatches = []
    font_moves = (3, 10)
    for move in range(30):
        if move in font_moves:
            font = QFont(window.sensitivity.font())
            font.setPointSizeF(font.pointSizeF() + 3)
            window.sensitivity.setFont(font)
            QApplication.processEvents()
        slider = rng.choice(sliders)
        step = slider.slider.value() + rng.choice((-1, 1)) * rng.randint(3, 40)
        slider.move_slider_to(min(SLIDER_STEPS, max(0, step)))
        window.document.flush()
        QApplication.processEvents()
        QApplication.processEvents()
        if move in font_moves or move - 1 in font_moves:
            continue
        mismatches += [move for canvas in canvases if canvas.names and not _on_screen_equals_fresh_render(
            canvas.window(), canvas)]
    window.document.end_gesture()
    assert mismatches == []
