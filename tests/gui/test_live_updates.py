"""Slider moves reach the cards and the charts' data; non-fitting scenarios show "—"."""

from __future__ import annotations

import gui_test_support
import numpy as np
import pytest

from core.messages import TEMPLATES
from gui.formatting import NO_FIGURE, duration, money

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_gpu_count_slider_updates_cards_and_cost_chart(window):
    before_cost_text = window.results.cost.value.text()
    window.controls.gpu_count.spin.setValue(12)  # 1 replica of 8 + 4 idle GPUs: dearer per case
    settle(window)
    outcome = window.document.outcome
    assert window.document.scenario.hardware.accelerator_count == 12
    assert outcome.accelerator_count == 12
    assert window.results.cost.value.text() == money(outcome.cost_per_case, "CNY")
    assert window.results.cost.value.text() != before_cost_text
    marker_x, marker_y = window.charts.cost_vs_gpus.marker.getData()
    assert 10 ** marker_x[0] == pytest.approx(12)  # log-scale axis: data is stored as log10
    assert marker_y[0] == pytest.approx(outcome.cost_per_case)


def test_utilization_slider_changes_cost_card_and_accelerator_bars(window):
    chart = window.charts.accelerators
    widths_before = chart.bars.widths.copy()
    window.controls.utilization.move_slider_to(490)  # 49 %: busier than the example's 43%, peak ×2 still fits
    settle(window)
    assert window.document.scenario.workload.utilization == pytest.approx(0.49)
    assert window.results.cost.value.text() == money(window.document.outcome.cost_per_case, "CNY")
    window.controls.utilization.editFinished.emit()  # released: the comparison catches up
    widths_after = chart.bars.widths.copy()
    assert widths_after.shape == widths_before.shape
    assert widths_after.sum() < widths_before.sum()  # busier fleet: every chip cheaper per case


def test_slider_drag_is_coalesced_latest_value_wins(window, qtbot):
    slider = window.controls.input_tokens
    for step in (100, 200, 300, 400):
        slider.move_slider_to(step)
    assert window.document.scenario.workload.input_tokens_per_call == 3000  # not applied yet
    qtbot.waitUntil(lambda: window.document.scenario.workload.input_tokens_per_call != 3000, timeout=2000)
    assert window.document.scenario.workload.input_tokens_per_call == int(slider.value())
    assert window.document.undo_stack.count() == 1


def test_concurrency_moves_latency_markers_and_keeps_curves(window):
    controls = window.controls
    controls.concurrency_mode.setCurrentIndex(controls.concurrency_mode.findData("fixed"))
    settle(window)
    controls.concurrency.spin.setValue(8)
    settle(window)
    outcome = window.document.outcome
    assert window.document.scenario.workload.concurrency == 8
    latency = window.charts.latency
    x, y = latency.markers["case_latency_s"].getData()
    assert 10 ** x[0] == pytest.approx(8.0)
    assert 10 ** y[0] == pytest.approx(outcome.case_latency_s)
    curve_x, curve_y = latency.curves["time_per_output_token_s"].getData()
    curve_y = 10**curve_y
    assert len(curve_x) >= 10 and np.all(np.isfinite(curve_y))
    assert np.all(np.diff(curve_y) >= -1e-12)  # more calls in flight never makes tokens faster
    assert window.results.latency.value.text() == duration(outcome.case_latency_s)
    through_x, _ = window.charts.throughput.marker.getData()
    assert through_x[0] == pytest.approx(outcome.output_tokens_per_s_per_user)


def test_model_that_does_not_fit_shows_dash_and_warning(window):
    window.controls.gpu_count.spin.setValue(2)
    settle(window)
    results = window.results
    assert results.cost.value.text() == NO_FIGURE
    assert results.memory.value.text() == "Does not fit"
    assert results.memory.property("state") == "bad"
    assert not results.warnings.isHidden()
    assert "does not fit" in results.warnings.text()
    assert "nan" not in results.cost.detail.text().lower()


def test_changing_accelerator_uses_its_catalog_price(window):
    combo = window.controls.accelerator
    combo.setCurrentIndex(combo.findData("b200"))
    settle(window)
    pricing = window.document.scenario.pricing
    assert window.document.scenario.hardware.accelerator_id == "b200"
    assert pricing.server_price is None and pricing.accelerator_price is None
    assert window.controls.catalog_price.isChecked()
    assert "B200" in window.document.outcome.accelerator_name
    highlighted = window.charts.accelerators.ids.tolist().index("b200")
    assert np.isfinite(window.charts.accelerators.costs[highlighted])


def test_model_size_slider_and_reset(window):
    window.controls.model_size.spin.setValue(300.0)
    settle(window)
    assert window.document.scenario.model.total_params_b == pytest.approx(300.0)
    assert window.controls.reset_size.isEnabled()
    window.controls.reset_size.click()
    settle(window)
    assert window.document.scenario.model.total_params_b is None
    assert window.controls.model_size.value() == pytest.approx(671.0, abs=0.1)


def test_every_output_card_has_a_tooltip(window):
    cards = [
        window.results.cost,
        window.results.latency,
        window.results.throughput,
        window.results.cases,
        window.results.ttft,
        window.results.tpot,
        window.results.memory,
        window.results.bottleneck,
        window.results.servers,
        window.results.parallel,
        window.results.busy,
    ]
    for card in cards:
        assert len(card.toolTip()) > 40
        assert card.value.toolTip() == card.toolTip()
    detail = window.results.busy.detail.text()  # engineering detail: the busy shares and the engine's words
    # The engine's own words for the bottleneck ("Compute bound: …", "Memory-bandwidth bound: …").
    words = TEMPLATES[window.document.outcome.bottleneck].split(":")[0]
    assert detail.startswith("useful compute ") and words in detail


def test_controls_show_only_the_sections_a_change_touches_and_follow_undo(window, monkeypatch):
    """The controls hear which settings changed: a workload step leaves the pricing section alone,
    and undo and redo of a change in any section show its value again."""
    from gui.cost_controls import PricingSection

    document, controls = window.document, window.controls
    shown: list[object] = []
    original = PricingSection.show_scenario
    monkeypatch.setattr(PricingSection, "show_scenario", lambda self, s: (shown.append(s), original(self, s)))
    document.request_change({"workload.output_tokens_per_call": 1200}, "test")
    settle(window)
    assert shown == [] and controls.sliders["workload.output_tokens_per_call"].value() == 1200
    for path, value in (("pricing.pue", 1.7), ("model.total_params_b", 300.0), ("hardware.accelerator_count", 16),
                        ("workload.service_level.max_case_latency_s", 120.0)):
        before = controls.sliders[path].value()
        document.request_change({path: value}, "test")
        document.end_gesture()
        settle(window)
        assert controls.sliders[path].value() == pytest.approx(value)
        document.undo_stack.undo()
        settle(window)
        assert controls.sliders[path].value() == pytest.approx(before), path
        document.undo_stack.redo()
        settle(window)
        assert controls.sliders[path].value() == pytest.approx(value), path
    assert shown  # the pricing change (and the count's) did show it
    document.request_change({"serving.serving_stack": "vllm"}, "test")
    settle(window)
    assert controls.stack.currentData() == "vllm"
