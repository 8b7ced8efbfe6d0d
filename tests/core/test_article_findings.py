"""What the article examples' texts say the app finds, checked against the engine: a refit that
turns a finding around fails here instead of leaving an example that contradicts its own cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import Scenario, default_scenario, evaluate, load_scenario
from core.catalog import load_catalog

ARTICLE = Path(__file__).resolve().parents[2] / "resources" / "scenarios" / "article"


def _with_chip_scaled(scenario: Scenario, flops: float = 1.0, bandwidth: float = 1.0) -> Scenario:
    """The scenario on its own accelerator with FLOPS and memory bandwidth scaled (a custom chip)."""
    chip = load_catalog().accelerator(scenario.hardware.accelerator_id)
    tflops = chip.dense_tflops.model_copy(update={
        name: value * flops for name, value in chip.dense_tflops.model_dump().items() if isinstance(value, float)})
    custom = chip.model_copy(update={"id": "custom-scaled", "dense_tflops": tflops,
                                     "memory_bandwidth_tb_per_s": chip.memory_bandwidth_tb_per_s * bandwidth})
    return scenario.model_copy(update={"hardware": scenario.hardware.model_copy(
        update={"custom_accelerator": custom, "accelerator_id": "custom-scaled"})})


@pytest.mark.parametrize("name", ["h20-flops-tradeoff", "memory-vs-compute"])
def test_on_the_h20_memory_not_flops_sets_the_pace(name):
    """h20-flops-tradeoff and memory-vs-compute: doubling the memory bandwidth shortens a claim far
    more than doubling the FLOPS, and the card does not name compute as the limit."""
    scenario = load_scenario(ARTICLE / f"{name}.json")
    base = evaluate(scenario).case_latency_s
    faster_compute = evaluate(_with_chip_scaled(scenario, flops=2.0)).case_latency_s
    faster_memory = evaluate(_with_chip_scaled(scenario, bandwidth=2.0)).case_latency_s
    assert base is not None and faster_compute is not None and faster_memory is not None
    assert evaluate(_with_chip_scaled(scenario)).case_latency_s == pytest.approx(base)  # the custom copy is the chip
    assert base - faster_memory > 3 * (base - faster_compute)
    assert (base - faster_compute) / base < 0.10  # "a few percent", "about 5%"
    assert evaluate(scenario).bottleneck in ("memory bandwidth", "memory capacity")


def test_the_domestic_fleet_answers_in_about_the_h20s_time_at_twice_the_cost():
    """domestic-latency: 16×910C answers within a few percent of 8×H20 (not 40% slower) and costs
    more than twice as much per claim."""
    domestic = evaluate(load_scenario(ARTICLE / "domestic-latency.json"))
    h20 = evaluate(default_scenario())
    assert domestic.case_latency_s is not None and h20.case_latency_s is not None
    assert abs(domestic.case_latency_s / h20.case_latency_s - 1) < 0.10
    assert domestic.cost_per_case is not None and h20.cost_per_case is not None
    assert domestic.cost_per_case > 2 * h20.cost_per_case
