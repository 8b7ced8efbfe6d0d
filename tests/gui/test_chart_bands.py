"""The latency and cost charts shade the likely (P10-P90) range the cards state."""

from __future__ import annotations

import gui_test_support
import numpy as np
import pytest

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_cost_band_brackets_the_curve_as_the_card_brackets_the_cost(window):
    chart = window.charts.cost_vs_gpus
    outcome = window.document.outcome
    assert outcome.cost_per_case_p10 is not None and outcome.cost_per_case_p90 is not None
    low, high = chart.band_factors
    assert low == pytest.approx(outcome.cost_per_case_p10 / outcome.cost_per_case)
    assert high == pytest.approx(outcome.cost_per_case_p90 / outcome.cost_per_case)
    assert low < 1.0 < high
    assert chart.band._areas  # something is shaded


def test_latency_bands_follow_each_curve(window):
    chart = window.charts.latency
    outcome = window.document.outcome
    for name in ("time_to_first_token_s", "time_per_output_token_s", "case_latency_s"):
        low, high = chart.band_factors[name]
        assert low == pytest.approx(getattr(outcome, f"{name}_p10") / getattr(outcome, name))
        assert high == pytest.approx(getattr(outcome, f"{name}_p90") / getattr(outcome, name))
        assert chart.bands[name]._areas
    # A new load moves the curves and the bands with them.
    window.controls.cases_per_day.spin.setValue(1_000)
    settle(window)
    area = chart.bands["time_per_output_token_s"]._areas[0]
    assert area.size() == 2 * np.isfinite(chart.figures["time_per_output_token_s"]).sum()
