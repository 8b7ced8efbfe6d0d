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
    mismatches = []
    font_moves = (3, 10)
    for move in range(30):
        if move in font_moves:
            font = QFont(window.sensitivity.font())
            font.setPointSizeF(font.pointSizeF() + 3)
            window.sensitivity.setFont(font)
            QApplication.processEvents()
        gui_test_support.drag_a_slider(window, rng)
        if move in font_moves or move - 1 in font_moves:
            continue
        same = gui_test_support.on_screen_equals_fresh_render
        mismatches += [move for canvas in canvases if canvas.names and not same(canvas.window(), canvas)]
    window.document.end_gesture()
    assert mismatches == []
