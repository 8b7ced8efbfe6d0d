"""P10-P90 ranges on every headline output, wider where published data is thin."""

from __future__ import annotations

import json
import math

import pytest

from core import evaluate
from core.cli import main
from core.uncertainty import band, kind_of_concurrency, thin_data

NAMES = ("output_tokens_per_s", "time_to_first_token_s", "time_per_output_token_s", "case_latency_s", "cost_per_case")


def test_every_headline_output_has_an_ordered_range(llama70b_on_h100) -> None:
    outcome = evaluate(llama70b_on_h100)
    for name in NAMES:
        value, low, high = (getattr(outcome, name), getattr(outcome, f"{name}_p10"), getattr(outcome, f"{name}_p90"))
        assert value is not None and low is not None and high is not None, name
        assert low < high, name
        assert low <= value * 1.5 and high >= value / 1.5, name
    assert outcome.uncertainty_note and "cross-validated" in outcome.uncertainty_note


def test_cost_range_follows_throughput_inversely_where_demand_follows_capacity(llama70b_on_h100) -> None:
    outcome = evaluate(llama70b_on_h100.updated({"workload.load_driver": "utilization", "workload.utilization": 0.5}))
    assert outcome.cost_per_case_p10 == pytest.approx(
        outcome.cost_per_case * outcome.output_tokens_per_s / outcome.output_tokens_per_s_p90
    )
    assert outcome.cost_per_case_p90 == pytest.approx(
        outcome.cost_per_case * outcome.output_tokens_per_s / outcome.output_tokens_per_s_p10
    )


def test_a_fleet_serving_its_demand_either_way_keeps_its_cost_per_case_but_for_power(llama70b_on_h100) -> None:
    served = llama70b_on_h100.updated({"workload.cases_per_day": 500})
    outcome = evaluate(served)
    assert outcome.fleet_utilization < 0.5  # served even at the slow end of the range
    # A faster or slower engine changes neither the fleet nor the cases: only the power above idle.
    parts = evaluate(served.updated({"workload.cases_per_day": 1e-9}))  # the same fleet, idle
    assert outcome.cost_per_case_p10 < outcome.cost_per_case < outcome.cost_per_case_p90
    assert outcome.cost_per_case_p10 > parts.cost_per_day / 500
    assert outcome.cost_per_case_p90 < outcome.cost_per_case * 1.1
    # Rented by the hour it is busy, the bill follows the speed as the throughput does.
    by_the_hour = evaluate(served.updated({"pricing.mode": "rent", "pricing.rental_billing": "on_demand"}))
    assert by_the_hour.cost_per_case_p90 / by_the_hour.cost_per_case == pytest.approx(
        by_the_hour.output_tokens_per_s / by_the_hour.output_tokens_per_s_p10)
    # Past what the fleet serves, a slower engine serves fewer cases: dearer per case.
    busy = evaluate(llama70b_on_h100.updated({"workload.cases_per_day": 1e6}))
    assert busy.cost_per_case_p90 / busy.cost_per_case == pytest.approx(
        busy.output_tokens_per_s / busy.output_tokens_per_s_p10, rel=0.02)


def test_ranges_widen_and_say_so_where_no_measurement_covers_the_hardware(scenario) -> None:
    measured = evaluate(scenario.updated({"hardware.accelerator_id": "h100-sxm", "model.model_id": "llama-3.1-70b"}))
    cpu = scenario.updated({"hardware.accelerator_id": "cpu-xeon-8480-2s", "hardware.accelerator_count": 4,
                            "model.model_id": "llama-3.1-8b", "model.weight_precision": "bf16",
                            "model.kv_cache_precision": "bf16", "pricing.server_price": None,
                            "pricing.accelerator_price": 30000})
    thin = evaluate(cpu)
    assert not measured.uncertainty_widened
    assert thin.uncertainty_widened and "xeon-amx" in (thin.uncertainty_note or "")
    spread = lambda o: math.log(o.output_tokens_per_s_p90 / o.output_tokens_per_s_p10)  # noqa: E731
    if thin.output_tokens_per_s and measured.output_tokens_per_s:
        assert spread(thin) > spread(measured) * 1.2
    assert thin_data("hopper", "dense") == []


def test_band_divides_by_the_error_quantiles() -> None:
    low, high = band(100.0, "offline", "output_tokens_per_s")
    assert low < high
    wide_low, wide_high = band(100.0, "offline", "output_tokens_per_s", widen=2.0)
    assert wide_low < low and wide_high > high
    assert kind_of_concurrency("max") == "offline" and kind_of_concurrency(1) == "single-user"
    assert kind_of_concurrency(32) == "closed-loop"


def test_evaluate_json_carries_the_ranges(capsys) -> None:
    assert main(["evaluate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for name in NAMES:
        assert f"{name}_p10" in data and f"{name}_p90" in data
    assert "uncertainty_note" in data
