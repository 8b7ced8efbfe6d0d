"""Several sweeps in one pass give exactly what each sweep gives alone; the overview
around a scenario (GPU counts, concurrency, every accelerator) is built from them."""

import numpy as np
import pytest

from core import ScenarioError, default_scenario, evaluate, evaluate_many
from core import planner as planner_module
from core.engine import evaluate_sweeps
from core.overview import ACCELERATOR, CONCURRENCY, GPU_COUNT, analyze, overview, whole_server_counts


def assert_same(left, right, ignore=()):
    assert left.shape == right.shape
    assert set(left.arrays) == set(right.arrays)
    for name in set(left.arrays) - set(ignore):
        # Arrays of the sweep's shape, as evaluate_many gives them (0-d for a single scenario).
        assert isinstance(left[name], np.ndarray) and left[name].shape == np.shape(right[name]), name
        np.testing.assert_allclose(left[name], right[name], rtol=1e-12, equal_nan=True, err_msg=name)


def test_joined_sweeps_equal_separate_sweeps():
    scenario = default_scenario()
    cheap = scenario.updated({"pricing.accelerator_price": 50_000.0, "model.weight_precision": "bf16"})
    sweeps = [
        (scenario, {"hardware.accelerator_count": np.array([8.0, 16.0, 64.0])}),
        (scenario, {}),  # a single scenario inside a batch
        (cheap, {"hardware.accelerator_count": np.array([8.0, 16.0])[:, None],
                 "workload.utilization": np.array([0.2, 0.9])[None, :]}),  # 2-D
        (scenario, {"hardware.accelerator_id": np.array(["h20", "h100-sxm", "b200"], dtype=object)}),
    ]
    joined = evaluate_sweeps(sweeps)
    assert len(joined) == len(sweeps)
    for result, (base, sweep) in zip(joined, sweeps, strict=True):
        assert_same(result, evaluate_many(base, sweep))
    assert joined[2].shape == (2, 2)
    assert joined[1].shape == ()
    assert float(joined[1]["cost_per_case"]) == pytest.approx(evaluate(scenario).cost_per_case)


def test_overview_parts_match_their_own_sweeps():
    scenario = default_scenario()
    outcome = evaluate(scenario)
    around = overview(scenario)
    counts = whole_server_counts(8)
    assert np.all(counts % 8 == 0) and counts[0] == 8 and counts[-1] == 512
    np.testing.assert_array_equal(around.gpu_counts, counts)
    assert_same(around.by_gpu_count, evaluate_many(scenario, {"hardware.accelerator_count": counts}))
    levels = around.concurrency_levels
    assert levels[0] == 1 and levels[-1] == pytest.approx(outcome.max_concurrency, abs=0.5)
    assert np.all(np.diff(levels) > 0)
    # The top level asks for what memory holds (exponent 1 is the memory limit itself, as
    # "max"; rounding it down could leave it short); the levels below are whole numbers.
    asked = levels.copy()
    asked[-1] = evaluate(scenario.updated({"workload.concurrency": "max"})).concurrency
    assert np.all(levels[:-1] == np.round(levels[:-1]))
    assert_same(around.by_concurrency, evaluate_many(scenario, {"workload.concurrency": asked}))
    # Each accelerator's bar is its cheapest plan for the same demand at the scenario's format.
    result = planner_module.plan(scenario, precisions=[scenario.model.weight_precision])
    for index, chip in enumerate(around.accelerator_ids):
        best = next((item for item in result.plans if item.accelerator == chip), None)
        cost = around.by_accelerator["cost_per_case"][index]
        if best is None:
            assert np.isnan(cost) and chip in around.accelerator_reasons
        else:
            assert cost == pytest.approx(best.cost_per_case, rel=1e-12)
            assert around.by_accelerator["accelerator_count"][index] == best.accelerator_count
    assert around.failures == {}


def test_accelerator_comparison_prices_only_the_scenarios_chip_at_the_entered_price():
    scenario = default_scenario()
    assert scenario.pricing.server_price  # the example prices whole servers
    dearer = scenario.updated({"pricing.server_price": 10 * scenario.pricing.server_price})
    around = overview(scenario, [ACCELERATOR])
    base, other = around.by_accelerator, overview(dearer, [ACCELERATOR]).by_accelerator
    own = list(around.accelerator_ids).index("h20")
    others = np.arange(len(around.accelerator_ids)) != own
    np.testing.assert_array_equal(base["cost_per_case"][others], other["cost_per_case"][others])
    assert other["cost_per_case"][own] > 5 * base["cost_per_case"][own]
    # The H20 bar is the H20 card: the same price, count and demand give the same figure.
    assert base["cost_per_case"][own] == pytest.approx(evaluate(scenario).cost_per_case, rel=1e-12)
    # ...while the GPU-count sweep does follow it.
    cost = overview(scenario, [GPU_COUNT]).by_gpu_count["cost_per_case"]
    cost_dearer = overview(dearer, [GPU_COUNT]).by_gpu_count["cost_per_case"]
    fits = np.isfinite(cost)
    assert fits.any() and np.all(cost_dearer[fits] > cost[fits])


def test_only_the_asked_parts_are_computed():
    scenario = default_scenario()
    around = overview(scenario, [CONCURRENCY])
    assert around.by_concurrency is not None
    assert around.by_gpu_count is None and around.by_accelerator is None
    with pytest.raises(ScenarioError, match="unknown overview parts"):
        overview(scenario, ["colour"])


def test_no_fit_gives_no_concurrency_curve():
    scenario = default_scenario().updated({"hardware.accelerator_count": 1, "hardware.accelerator_id": "h100-sxm",
                                           "pricing.server_price": None})
    outcome = evaluate(scenario)
    assert not outcome.fits_in_memory
    around = overview(scenario)
    assert around.concurrency_levels.size == 0 and around.by_concurrency is None
    assert np.isnan(around.by_gpu_count["cost_per_case"][0])  # one server of 8 H100s: no fit either
    assert np.isfinite(around.by_gpu_count["cost_per_case"]).any()


def test_a_failing_part_leaves_the_others(monkeypatch):
    def no_chips(*_args, **_kwargs):
        raise ScenarioError("no chips today")

    monkeypatch.setattr(planner_module, "plan", no_chips)
    from core import overview as overview_module

    overview_module._equal_work.cache_clear()
    scenario = default_scenario()
    around = overview(scenario)
    assert around.failures == {ACCELERATOR: "no chips today"}
    assert around.by_accelerator is None
    assert around.by_gpu_count is not None and around.by_concurrency is not None


def test_analyze_gives_the_same_outcome_as_evaluate():
    for name in ("r1-claims-8xh20", "r1-claims-8xh100", "r1-claims-cpu"):
        from core.scenario_io import builtin_scenario

        scenario = builtin_scenario(name)
        outcome, around = analyze(scenario)
        assert outcome == evaluate(scenario)
        assert around.by_gpu_count is not None


def test_concurrency_exponent_runs_from_one_call_to_the_memory_limit():
    scenario = default_scenario().updated({"workload.concurrency": "max"})
    outcome = evaluate(scenario)
    result = evaluate_many(scenario, {"workload.concurrency_exponent": np.array([0.0, 0.5, 1.0])})
    assert result["concurrency"][0] == 1
    assert result["concurrency"][1] == pytest.approx(round(outcome.max_concurrency**0.5), abs=1)
    assert result["concurrency"][2] == pytest.approx(outcome.concurrency, rel=1e-9)  # memory full, as "max"
    # Without an exponent the scenario's own concurrency applies.
    assert float(evaluate_many(scenario, {})["concurrency"]) == pytest.approx(outcome.concurrency)
    with pytest.raises(ScenarioError):
        evaluate_many(scenario, {"workload.concurrency_exponent": [float("nan")]})


def test_a_part_whose_settings_did_not_change_is_reused_and_others_recomputed():
    from core.settings import changed_settings

    scenario = default_scenario()
    _, first = analyze(scenario)
    busier = scenario.updated({"workload.cases_per_day": 8_000.0})
    assert changed_settings(scenario, busier) == frozenset({"workload.cases_per_day"})
    _, reused = analyze(busier, reuse=first)
    _, fresh = analyze(busier)
    # The load does not change speed at a given concurrency: that sweep is kept as it was...
    assert reused.by_concurrency is first.by_concurrency
    # ...while the parts that follow the load are computed again, and equal a fresh analysis.
    assert reused.by_gpu_count is not first.by_gpu_count
    assert_same(reused.by_gpu_count, fresh.by_gpu_count)
    np.testing.assert_allclose(reused.by_accelerator["cost_per_case"], fresh.by_accelerator["cost_per_case"],
                               rtol=1e-12, equal_nan=True)
    bigger = busier.updated({"hardware.accelerator_count": 16})
    _, moved = analyze(bigger, reuse=reused)
    assert moved.by_gpu_count is reused.by_gpu_count and moved.by_accelerator is reused.by_accelerator


def test_workspace_pins_up_to_four_and_unpins():
    from core.workspace import MAX_PINNED, Workspace

    scenario = default_scenario()
    space = Workspace(scenario)
    for index in range(MAX_PINNED):
        space = space.pin(scenario, f"pin {index}", "open")
    with pytest.raises(ScenarioError, match="at most"):
        space.pin(scenario, "one more", "open")
    space = space.unpin(0)
    assert [item.name for item in space.pinned] == ["pin 1", "pin 2", "pin 3"]
    assert space.with_scenario(scenario) is space
    with pytest.raises(ScenarioError):
        space.unpin(7)


@pytest.mark.parametrize("name", ["r1-claims-8xh20", "r1-claims-8xb200", "r1-claims-cpu"])
def test_count_sweep_under_a_utilization_holds_the_scenarios_demand_in_one_pass(name):
    """Load set as utilization: every fleet size serves the demand that share stands for, and
    the fleet the scenario has shows exactly the scenario's own figures (one pass, the
    scenario's row first)."""
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario(name).updated({"workload.load_driver": "utilization", "workload.utilization": 0.3})
    outcome, view = analyze(scenario, parts=(GPU_COUNT,))
    sweep = view.by_gpu_count
    assert outcome.cases_per_day and outcome.cases_per_day > 0
    np.testing.assert_allclose(sweep["cases_per_day"], outcome.cases_per_day, rtol=1e-12)
    own = np.nonzero(view.gpu_counts == scenario.hardware.accelerator_count)[0]
    assert own.size == 1
    for figure in ("cost_per_case", "case_latency_s", "concurrency", "served_cases_per_day"):
        assert sweep[figure][own[0]] == pytest.approx(getattr(outcome, figure), rel=1e-12), figure
    # The same demand set as cases per day gives the same sweep.
    by_cases = scenario.updated({"workload.load_driver": "cases_per_day",
                                 "workload.cases_per_day": outcome.cases_per_day})
    _, same = analyze(by_cases, parts=(GPU_COUNT,))
    np.testing.assert_allclose(same.by_gpu_count["cost_per_case"], sweep["cost_per_case"], rtol=1e-2)
