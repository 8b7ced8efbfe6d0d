"""Compare (Shapley waterfall), sensitivity (tornado) and own vs API (break-even) — issue 15."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from core import Scenario, ScenarioError, evaluate, save_scenario
from core.api_prices import (
    ApiPrice,
    api_cost_per_case,
    break_even,
    cost_lines,
    default_price,
    given_price,
    load_api_prices,
    prices_for,
)
from core.catalog import load_catalog
from core.cli import main
from core.compare import GROUPS, IGNORED, compare, shapley, waterfall
from core.scenario_io import builtin_scenario, builtin_scenario_names
from core.sensitivity import bar_scenario, tornado
from core.settings import changed_settings

H20, B200, CPU = (builtin_scenario(name) for name in ("r1-claims-8xh20", "r1-claims-8xb200", "r1-claims-cpu"))


def _close(a: float | None, b: float | None, rel: float = 1e-9) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


# --- compare --------------------------------------------------------------------------------
def test_every_setting_is_in_a_group_or_ignored(scenario: Scenario) -> None:
    grouped = {path for _, paths in GROUPS for path in paths}
    everything = changed_settings(scenario, scenario) | set()
    from core.settings import _settings  # the flat list of every setting

    paths = {path for path, _section, _value in _settings(scenario)}
    assert not everything
    assert paths - grouped - IGNORED == set()
    assert grouped - paths == set()  # no stale names


@pytest.mark.parametrize("other", [B200, CPU, H20.updated({"hardware.accelerator_count": 16,
                                                           "workload.cases_per_day": 9000,
                                                           "pricing.electricity_price_per_kwh": 1.1,
                                                           "model.kv_cache_precision": "fp8"})])
def test_waterfall_bars_sum_to_the_total_change(other: Scenario) -> None:
    fall = waterfall(H20, other)
    a, b = evaluate(H20).cost_per_case, evaluate(other.in_currency("CNY")).cost_per_case
    assert a is not None and b is not None
    assert _close(fall.base_cost_per_case, a) and _close(fall.other_cost_per_case, b)
    assert fall.cost_per_case_change is not None and _close(fall.cost_per_case_change, b - a)
    total = sum(item.cost_per_case_change for item in fall.attribution)
    assert math.isclose(total, b - a, rel_tol=1e-9)
    assert len(fall.attribution) >= 2


def test_shapley_is_order_independent_and_exact() -> None:
    # v(S) = 1*x0 + 2*x1 + 3*x0*x1: the interaction splits evenly.
    values = np.array([0.0, 1.0, 2.0, 6.0])
    assert np.allclose(shapley(values, 2), [2.5, 3.5])
    rng = np.random.default_rng(1)
    values = rng.normal(size=1 << 5)
    assert math.isclose(shapley(values, 5).sum(), values[-1] - values[0], rel_tol=1e-12)


def test_hybrids_without_a_cost_merge_groups_instead_of_failing() -> None:
    fall = waterfall(H20, CPU)  # CPU's count on the H20 does not hold R1
    assert fall.attribution and "taken together" in fall.note
    assert math.isclose(sum(item.cost_per_case_change for item in fall.attribution),
                        fall.cost_per_case_change or 0.0, rel_tol=1e-9)


def test_identical_scenarios_have_no_bars() -> None:
    fall = waterfall(H20, H20.updated({"name": "copy"}))
    assert fall.attribution == () and fall.cost_per_case_change == 0.0


def test_compare_four_scenarios_each_against_the_first() -> None:
    result = compare([H20, B200, CPU, H20.updated({"hardware.accelerator_count": 16})])
    data = result.as_json()
    assert [entry["name"] for entry in data["scenarios"]] == list(result.names)
    assert len(data["comparisons"]) == 3
    assert data["attribution"] == data["comparisons"][0]["attribution"]
    assert data["cost_per_case_change"] == data["comparisons"][0]["cost_per_case_change"]
    assert any(row["setting"] == "hardware.accelerator_id" for row in data["differences"])
    for entry in data["scenarios"]:
        parts = entry["cost_parts_per_case"]
        if entry["cost_per_case"] is not None:
            assert math.isclose(sum(v for v in parts.values() if v is not None), entry["cost_per_case"], rel_tol=1e-9)
    rented = compare([H20, H20.updated({"pricing.mode": "rent"})]).as_json()["scenarios"][1]["cost_parts_per_case"]
    assert rented["depreciation"] == 0 and rented["rent"] and rented["rent"] > 0
    with pytest.raises(ScenarioError):
        compare([H20])


def test_compare_converts_the_other_currency() -> None:
    fall = waterfall(H20, B200.in_currency("USD"))
    assert fall.currency == "CNY"
    assert _close(fall.other_cost_per_case, evaluate(B200).cost_per_case, rel=1e-6)


def test_cli_compare_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for name in ("r1-claims-8xh20", "r1-claims-8xb200", "r1-claims-cpu"):
        path = tmp_path / f"{name}.json"
        save_scenario(builtin_scenario(name), path)
        paths.append(str(path))
    assert main(["compare", *paths[:2], "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"scenarios", "attribution", "cost_per_case_change"}
    assert {"name", "cost_per_case", "case_latency_s"} <= set(data["scenarios"][0])
    assert all(set(item) >= {"input", "cost_per_case_change"} for item in data["attribution"])
    assert math.isclose(sum(item["cost_per_case_change"] for item in data["attribution"]),
                        data["cost_per_case_change"], rel_tol=1e-9)
    assert main(["compare", *paths, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["comparisons"]) == 2
    assert main(["compare", paths[0]]) == 2
    assert "2 to 5" in capsys.readouterr().err


# --- sensitivity ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", builtin_scenario_names())
def test_tornado_bars_equal_evaluate_and_are_sorted(name: str) -> None:
    scenario = builtin_scenario(name)
    chart = tornado(scenario, 0.2)
    for figure in ("cost_per_case", "case_latency_s"):
        bars = chart.bars[figure]
        assert bars
        swings = [bar.swing for bar in bars]
        assert swings == sorted(swings, reverse=True)
        for bar in bars:
            for end in ("low", "high"):
                assert _close(getattr(evaluate(bar_scenario(scenario, bar, end)), figure), getattr(bar, end)), (
                    figure, bar.setting, end)


def test_tornado_moves_numbers_by_the_swing_and_choices_to_neighbours() -> None:
    chart = tornado(H20, 0.1)
    bars = {bar.setting: bar for bar in chart.bars["cost_per_case"]}
    assert bars["pricing.server_price"].low_value == pytest.approx(990_000)
    assert bars["pricing.server_price"].high_value == pytest.approx(1_210_000)
    assert bars["pricing.pue"].low_value >= 1.0
    assert isinstance(bars["hardware.accelerator_count"].low_value, int)
    # Formats move to the next narrower and wider of their family (a same-width neighbour moves nothing).
    assert (bars["model.weight_precision"].low_value, bars["model.weight_precision"].high_value) == ("fp4", "bf16")
    assert bars["model.kv_cache_precision"].low_value == "fp8"
    # Chips: the next cheaper and the next dearer of the same kind in the catalog.
    catalog = load_catalog().accelerators
    low, high = bars["hardware.accelerator_id"].low_value, bars["hardware.accelerator_id"].high_value
    assert catalog[low].purchase_price_usd <= catalog["h20"].purchase_price_usd <= catalog[high].purchase_price_usd
    assert low != "h20" != high and catalog[low].kind == catalog[high].kind == catalog["h20"].kind
    with pytest.raises(ScenarioError):
        tornado(H20, 1.5)


def test_tornado_marks_ends_beyond_the_fleets_capacity() -> None:
    """8×H20 serves 3,750 claims a day at its peak hour (2026-12-02 calibration); 40% more calls
    per claim (6 instead of 4) is beyond it: that end is marked over capacity with what serving
    it takes, as evaluate says at the same point. (20% rounds to 5 calls: 3,750 claims' worth,
    right at the capacity.)"""
    chart = tornado(H20, 0.4)
    for bars in chart.bars.values():
        bar = next(b for b in bars if b.setting == "workload.calls_per_case")
        assert bar.high_over_capacity and not bar.low_over_capacity
        there = evaluate(bar_scenario(H20, bar, "high"))
        assert there.over_capacity
        assert bar.high_accelerators_needed == there.accelerators_for_peak_demand > H20.hardware.accelerator_count
        assert bar.low_accelerators_needed is None
        price = next(b for b in bars if b.setting == "pricing.server_price")
        assert not price.over_capacity
    data = chart.as_json()["cost_per_case"]
    assert any(row["high_over_capacity"] and row["high_accelerators_needed"] for row in data)


def test_cli_sensitivity_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.json"
    save_scenario(H20, path)
    assert main(["sensitivity", str(path), "--swing", "0.3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for figure in ("cost_per_case", "case_latency_s"):
        rows = [row for row in data[figure] if row["low"] is not None and row["high"] is not None]
        widths = [abs(row["high"] - row["low"]) for row in rows]
        assert widths == sorted(widths, reverse=True)
        assert all(set(row) >= {"input", "low", "high"} for row in data[figure])
    assert main(["sensitivity", str(path), "--swing", "-1"]) == 2
    assert "--swing" in capsys.readouterr().err


# --- API prices and break-even -----------------------------------------------------------------
def test_api_catalog_is_sourced_and_dated() -> None:
    prices = load_api_prices()
    assert prices
    for price in prices:
        assert price.source and price.date and price.currency in ("USD", "CNY")
    kinds = {price.kind for price in prices}
    assert {"maker", "host", "closed"} <= kinds
    assert any(price.off_peak is not None for price in prices_for(H20))
    # One default per model, kind and currency at a time: checked by the loader
    # (tests/core/test_api_prices.py shows it rejects two).


def test_api_cost_per_case_counts_tokens_and_calls() -> None:
    price = given_price(1.0, 4.0, "CNY")
    w = H20.workload
    expected = (w.input_tokens_per_call * 1.0 + w.output_tokens_per_call * 4.0) / 1e6 * w.calls_per_case
    assert math.isclose(api_cost_per_case(H20, price), expected)
    usd = given_price(1.0, 4.0, "USD")
    assert math.isclose(api_cost_per_case(H20, usd), expected * H20.pricing.cny_per_usd)


@pytest.mark.parametrize("scenario", [H20, B200, H20.updated({"pricing.mode": "rent"})])
def test_break_even_is_where_the_cost_lines_cross(scenario: Scenario) -> None:
    price = default_price(scenario)
    assert price is not None
    result = break_even(scenario, price)
    volume = result.break_even_cases_per_day
    if volume is None:
        assert "every volume" in result.note
        return
    at = evaluate(scenario.updated({"workload.cases_per_day": volume, "workload.load_driver": "cases_per_day"}))
    assert math.isclose(at.cost_per_day, result.api_cost_per_case * volume, rel_tol=1e-9)
    below = evaluate(scenario.updated({"workload.cases_per_day": volume * 0.9,
                                       "workload.load_driver": "cases_per_day"}))
    assert below.cost_per_day > result.api_cost_per_case * volume * 0.9  # the API is cheaper below


def crossing_price(scenario: Scenario) -> ApiPrice:
    """An API price per million tokens (same for input and output) at which the API costs twice
    what the fleet costs per case when fully busy: the lines then cross below capacity."""
    probe = break_even(scenario, given_price(1.0, 1.0, scenario.pricing.currency))
    assert probe.capacity_cases_per_day is not None
    full = (probe.idle_cost_per_day + probe.cost_per_extra_case * probe.capacity_cases_per_day) / (
        probe.capacity_cases_per_day)
    factor = 2 * full / probe.api_cost_per_case
    return given_price(factor, factor, scenario.pricing.currency)


@pytest.mark.parametrize("scenario", [H20, B200, H20.updated({"pricing.mode": "rent"})])
def test_break_even_exists_where_the_api_is_dearer_and_the_lines_cross_there(scenario: Scenario) -> None:
    price = crossing_price(scenario)
    result = break_even(scenario, price)
    volume = result.break_even_cases_per_day
    assert volume is not None and result.capacity_cases_per_day is not None
    assert 0 < volume < result.capacity_cases_per_day
    at = evaluate(scenario.updated({"workload.cases_per_day": volume, "workload.load_driver": "cases_per_day"}))
    assert math.isclose(at.cost_per_day, result.api_cost_per_case * volume, rel_tol=1e-9)
    lines = cost_lines(scenario, price, np.geomspace(volume * 30.4 / 1000, volume * 30.4 * 100, 60))
    crossing = lines.crossings[scenario.pricing.mode]
    assert crossing is not None and math.isclose(crossing, volume * 365.0 / 12.0, rel_tol=1e-9)


def test_no_crossing_when_the_fleet_is_dearer_at_full_load() -> None:
    price = given_price(0.0, 0.0, "CNY")
    result = break_even(H20, price)
    assert result.break_even_cases_per_day is None and "every volume" in result.note


def test_cli_evaluate_adds_api_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["api_cost_per_case"] > 0 and "break_even_cases_per_day" in data
    assert data["api_price_used"]["source"]
    assert main(["evaluate", "--json", "--api-price-in", "2", "--api-price-out", "8"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["api_price_used"]["input_per_million"] == 2.0 and data["api_price_used"]["kind"] == "custom"
    assert main(["evaluate", "--json", "--api-price-in", "2"]) == 2
    assert "go together" in capsys.readouterr().err
    assert main(["evaluate", "--json", "--model", "qwen3-8b", "--gpu-count", "8"]) == 0
    assert "api_cost_per_case" not in json.loads(capsys.readouterr().out)  # no price in the catalog


def test_many_differing_groups_are_taken_by_family_and_still_sum() -> None:
    other = B200.updated({
        "hardware.accelerator_count": 16, "pricing.mode": "rent", "pricing.electricity_price_per_kwh": 1.0,
        "pricing.depreciation_years": 5, "pricing.cny_per_usd": 7.0, "model.kv_cache_precision": "fp8",
        "workload.calls_per_case": 5, "workload.cases_per_day": 9000, "workload.peak_factor": 3,
        "workload.service_level.max_case_latency_s": 400, "serving.serving_stack": "vllm",
        "pricing.hosting_per_server_year": 1000.0, "pricing.server_overhead_price": 1.0})
    fall = waterfall(H20, other)
    names = [item.input for item in fall.attribution]
    assert "prices" in names and len(names) <= 10
    assert fall.cost_per_case_change is not None
    assert math.isclose(sum(item.cost_per_case_change for item in fall.attribution), fall.cost_per_case_change,
                        rel_tol=1e-9)


def test_hybrids_laid_in_from_columns_equal_hybrids_built_as_scenarios() -> None:
    from core.compare import _hybrid, coalition_costs, differing_groups, hybrid_costs

    other = B200.updated({"hardware.accelerator_count": 16, "workload.calls_per_case": 5,
                          "workload.cases_per_day": 8000, "workload.load_driver": "utilization",
                          "workload.utilization": 0.4, "workload.service_level.max_case_latency_s": 200,
                          "pricing.pue": 1.5, "pricing.depreciation_years": 3, "model.kv_cache_precision": "fp8"})
    groups = differing_groups(H20, other)
    built = hybrid_costs([
        _hybrid(H20, other, [path for index, (_, paths) in enumerate(groups) if mask >> index & 1 for path in paths])
        for mask in range(1 << len(groups))])
    laid_in = coalition_costs(H20, other, groups)
    assert np.allclose(built, laid_in, rtol=1e-12, equal_nan=True)


def test_a_withdrawn_api_price_is_not_the_default_once_it_has_ended() -> None:
    import datetime

    from core.api_prices import is_current

    scenario = builtin_scenario("r1-claims-8xh20")
    while_listed = default_price(scenario, datetime.date(2025, 3, 1))
    assert while_listed is not None and while_listed.id == "deepseek-api-r1-cny"  # the scenario is in CNY
    later = default_price(scenario, datetime.date(2026, 12, 1))
    assert later is not None and later.id != "deepseek-api-r1" and is_current(later, datetime.date(2026, 12, 1))


@pytest.mark.parametrize("name", builtin_scenario_names())
def test_break_even_lies_within_what_the_fleet_serves_at_its_peak(name: str) -> None:
    """Past the break-even the fleet must stay the cheaper, within its service level: the
    volume is at most what the fleet serves with its busiest hour at the peak factor."""
    scenario = builtin_scenario(name)
    for price in (default_price(scenario), given_price(40.0, 160.0, scenario.pricing.currency)):
        if price is None:
            continue
        result = break_even(scenario, price)
        outcome = evaluate(scenario)
        assert result.capacity_cases_per_day is None or result.capacity_cases_per_day == pytest.approx(
            outcome.servable_cases_per_day, rel=1e-9)
        volume = result.break_even_cases_per_day
        if volume is None:
            continue
        assert volume <= result.capacity_cases_per_day * (1 + 1e-9)
        at_volume = evaluate(scenario.updated({"workload.cases_per_day": volume * 0.999,
                                               "workload.load_driver": "cases_per_day"}))
        assert not at_volume.over_capacity


def test_a_lever_without_a_figure_at_one_end_is_ranked_by_the_end_it_has() -> None:
    result = tornado(builtin_scenario("r1-claims-8xh20"), 0.2)
    bars = result.bars["cost_per_case"]
    swings = [bar.swing for bar in bars]
    assert swings == sorted(swings, reverse=True)
    one_sided = [bar for bar in bars if (bar.low is None) != (bar.high is None)]
    assert one_sided, "the H20 example loses its fit with 20% fewer accelerators"
    base = result.base["cost_per_case"]
    for bar in one_sided:
        end = bar.low if bar.low is not None else bar.high
        assert bar.swing == pytest.approx(abs(end - base))
    assert bars.index(one_sided[0]) < len(bars) // 2  # among the big levers, not listed last


def test_a_price_converted_to_another_currency_and_back_is_not_a_difference() -> None:
    scenario = builtin_scenario("r1-claims-8xh20")
    # A USD copy: every price divided by the rate; back in CNY each may differ in its last digit.
    usd = scenario.in_currency("USD")
    back = usd.in_currency("CNY")
    assert changed_settings(scenario, back, 1e-9) <= {"pricing.currency"}
    result = compare([scenario, usd])
    assert all(item.input != "electricity" and "hosting" not in item.input
               for item in result.waterfalls[0].attribution), result.waterfalls[0].attribution


@pytest.mark.parametrize("name", ["r1-claims-8xh20", "r1-claims-8xb200", "r1-claims-cpu", "r1-claims-8xh100"])
def test_break_even_and_lines_in_one_pass_equal_the_two_steps(name):
    """The view's one-pass form (capacity from the outcome it has) gives the same break-even and
    the same three lines as break_even then cost_lines; the crossing lies on the lines."""
    from core import evaluate
    from core.api_prices import break_even_and_lines
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario(name)
    price = given_price(0.5, 2.0, scenario.pricing.currency)
    capacity = evaluate(scenario).servable_cases_per_day
    volumes = np.geomspace(10.0, 1e8, 40)
    together, lines = break_even_and_lines(scenario, price, capacity, volumes)
    alone = break_even(scenario, price)
    assert together == alone
    apart = cost_lines(scenario, price, volumes, known=alone)
    for name_ in ("buy", "rent", "api"):
        np.testing.assert_array_equal(getattr(lines, name_), getattr(apart, name_))
    assert lines.crossings == apart.crossings


def test_a_price_rounded_to_cents_in_another_currency_is_no_difference(tmp_path):
    """The same server, its prices converted to USD and rounded to cents by hand: nothing to
    attribute, nothing listed as differing (a real change of a thousandth still is)."""
    dollars = H20.in_currency("USD")
    rounded = dollars.updated({"pricing.server_price": round(dollars.pricing.server_price, 2),
                               "pricing.server_overhead_price": round(dollars.pricing.server_overhead_price, 2)})
    fall = waterfall(H20, rounded)
    assert fall.attribution == ()
    assert compare([H20, rounded]).differences() == []
    moved = rounded.updated({"pricing.server_price": rounded.pricing.server_price * 1.001})
    assert [item.input for item in waterfall(H20, moved).attribution] == ["hardware price"]


def test_beyond_capacity_a_grown_fleet_beats_the_api_only_as_busy_as_the_first() -> None:
    """The break-even sentence's claim: with twice the servers, the fleet is cheaper than the API
    only from twice the break-even volume (each server as busy as the first at break-even)."""
    scenario = B200
    probe = break_even(scenario, given_price(1.0, 1.0, scenario.pricing.currency))
    capacity = probe.capacity_cases_per_day
    assert capacity is not None
    w = scenario.workload
    target = probe.idle_cost_per_day / (0.8 * capacity) + probe.cost_per_extra_case  # break-even at 80% busy
    per_million = target * 1e6 / ((w.input_tokens_per_call + w.output_tokens_per_call) * w.calls_per_case)
    price = given_price(per_million, per_million, scenario.pricing.currency)
    result = break_even(scenario, price)
    assert result.break_even_cases_per_day == pytest.approx(0.8 * capacity, rel=1e-6)
    assert result.note_message is not None and result.note_message.params["busy_share"] == pytest.approx(0.8)
    assert "capacity" in result.note and "busy" in result.note
    volumes = np.array([1.6 * 0.97, 1.6 * 1.03]) * capacity * 365.0 / 12.0  # around twice the break-even
    lines = cost_lines(scenario, price, volumes, known=result)
    own = lines.buy if scenario.pricing.mode == "buy" else lines.rent
    assert own[0] > lines.api[0] and own[1] < lines.api[1]


def test_break_even_words_follow_what_holds() -> None:
    """Under half busy at break-even, a grown fleet stays cheaper (it is always over half busy);
    a fleet that misses its service level at any load has no break-even; capacity is never rounded up."""
    price = default_price(B200)
    assert price is not None
    grows = break_even(B200, price)
    assert grows.note_message is not None and grows.break_even_cases_per_day is not None
    assert grows.note_message.code == "break_even_at_grows"
    assert grows.note_message.params["capacity_count"] <= (grows.capacity_cases_per_day or 0)
    out_of_reach = break_even(CPU, price)
    assert out_of_reach.note_message is not None and out_of_reach.note_message.code == "break_even_out_of_reach"
    assert out_of_reach.break_even_cases_per_day is None and not evaluate(CPU).service_level_reachable


def test_tornado_marks_each_end_and_a_base_already_over_capacity() -> None:
    busy = H20.updated({"workload.cases_per_day": 8000.0})  # beyond one 8×H20 server
    chart = tornado(busy, 0.2)
    assert chart.base_over_capacity and chart.as_json()["base_over_capacity"]
    bar = next(b for b in chart.bars["cost_per_case"] if b.setting == "workload.calls_per_case")
    assert bar.low_over_capacity and bar.high_over_capacity
    assert bar.high_accelerators_needed is not None and bar.low_accelerators_needed is not None
    assert bar.high_accelerators_needed >= bar.low_accelerators_needed
    assert not tornado(H20, 0.2).base_over_capacity


def test_chip_neighbours_are_sold_in_servers_of_the_same_size() -> None:
    catalog = load_catalog()
    for scenario in (H20, B200):
        bar = next(b for b in tornado(scenario).bars["cost_per_case"] if b.setting == "hardware.accelerator_id")
        size = catalog.server_size(catalog.accelerators[scenario.hardware.accelerator_id])
        for chip in (bar.low_value, bar.high_value):
            assert catalog.server_size(catalog.accelerators[chip]) == size


def test_a_fleet_of_full_servers_moves_by_whole_servers_in_the_tornado() -> None:
    """8 GPUs in one 8-GPU server: ±20% is not 6…10 (a second server two-thirds empty) but one
    server more; never below one server. Three servers at ±50% move by two."""
    count = lambda chart: next(b for b in chart.bars["cost_per_case"]  # noqa: E731
                               if b.setting == "hardware.accelerator_count")
    assert (count(tornado(H20, 0.2)).low_value, count(tornado(H20, 0.2)).high_value) == (8, 16)
    three = H20.updated({"hardware.accelerator_count": 24})
    assert (count(tornado(three, 0.5)).low_value, count(tornado(three, 0.5)).high_value) == (8, 40)
    bar = count(tornado(H20, 0.2))
    assert _close(evaluate(bar_scenario(H20, bar, "high")).cost_per_case, bar.high)
