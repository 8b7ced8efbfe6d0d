"""The tornado's bar canvases repaint only what changed on most moves (the bars, and the names
whose text changed, while the name column and axis hold; see BarCanvas.set_data): what is on
screen must still equal a full fresh render of each canvas after every move."""

from __future__ import annotations

import random

import gui_test_support

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def test_partly_repainted_tornado_bars_on_screen_match_a_full_repaint(window, qapp, monkeypatch):
    monkeypatch.setattr("gui.document.DRAG_PAUSE_S", 60.0)  # one long drag: the tornado follows every move
    window.sensitivity_dock.show()
    window.sensitivity_dock.raise_()
    qapp.processEvents()
    canvases = (window.sensitivity.cost.canvas, window.sensitivity.latency.canvas)
    partial = [0]
    original = type(canvases[0]).update

    def counted(self, *args):
        if args:  # a rectangle: less than the whole canvas
            partial[0] += 1
        return original(self, *args)

    monkeypatch.setattr(type(canvases[0]), "update", counted)
    rng = random.Random(11)
    for _ in range(15):
        gui_test_support.drag_a_slider(window, rng)
        for canvas in canvases:
            assert canvas.names and gui_test_support.on_screen_equals_fresh_render(window, canvas)
    assert partial[0] > 0  # the partial path was taken (else this test checks nothing new)
    window.document.end_gesture()
