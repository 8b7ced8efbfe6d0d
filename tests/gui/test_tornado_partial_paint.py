"""The tornado's bar canvases repaint only what changed on most moves (the bars, and the names
whose text changed, while the name column and axis hold; see BarCanvas.set_data): what is on
screen must still equal a full fresh render of each canvas after every move."""

from __future__ import annotations

import random

import gui_test_support
from PySide6.QtWidgets import QApplication

from gui.slider_spin import SLIDER_STEPS

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def _on_screen_equals_fresh_render(window, widget) -> bool:
    visible = widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, visible.topLeft())
    shown = window.screen().grabWindow(window.winId()).toImage().copy(
        top_left.x(), top_left.y(), visible.width(), visible.height())
    fresh = widget.grab().toImage().copy(visible.x(), visible.y(), visible.width(), visible.height())
    return shown == fresh.convertToFormat(shown.format())


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
    sliders = [window.controls.sliders[key] for key in (
        "pricing.electricity_price_per_kwh", "workload.cases_per_day", "workload.peak_factor")]
    for _ in range(15):
        slider = rng.choice(sliders)
        step = slider.slider.value() + rng.choice((-1, 1)) * rng.randint(3, 40)
        slider.move_slider_to(min(SLIDER_STEPS, max(0, step)))
        window.document.flush()
        QApplication.processEvents()
        QApplication.processEvents()
        for canvas in canvases:
            assert canvas.names and _on_screen_equals_fresh_render(window, canvas)
    assert partial[0] > 0  # the partial path was taken (else this test checks nothing new)
    window.document.end_gesture()
