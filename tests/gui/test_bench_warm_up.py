"""bench/gui_latency's warm-up (each slider moved once and back, untimed) must leave the scenario
and the sliders as they were: its timed moves are meant to start from the same scenario as a run
without it. Moving a slider back to its position does not do that by itself (the positions are
a grid: 7.2 CNY per USD came back as 7.194, utilization 0.5 as 0.43, and the model-size knob was
switched on at 670.5 B)."""

from __future__ import annotations

import gui_test_support
from PySide6.QtWidgets import QApplication

from bench.gui_latency import warm_up

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def test_warm_up_leaves_the_scenario_and_the_sliders_as_they_were(window, qapp):
    QApplication.processEvents()
    document = window.document
    sliders = [slider for slider in window.controls.sliders.values() if slider.isEnabled()]
    before = document.scenario
    positions = [slider.slider.value() for slider in sliders]
    times = warm_up(qapp, document, sliders)
    assert len(times) == 2 * len(sliders)
    assert document.scenario == before
    assert [slider.slider.value() for slider in sliders] == positions
