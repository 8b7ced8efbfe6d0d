"""The tornado and the break-even chart as rows of the window's one pass (core.overview's
SENSITIVITY and BREAK_EVEN parts): the same figures as computed on their own."""

from __future__ import annotations

import numpy as np
import pytest

from core import default_scenario
from core.api_prices import DAYS_PER_MONTH, break_even, break_even_and_lines, given_price
from core.break_even_pass import VOLUME_SHARES, break_even_pass, break_even_request, fleet_for_shares
from core.engine import evaluate, evaluate_sweeps
from core.operating_point import _distinct_rows
from core.overview import ALL_PARTS, BREAK_EVEN, PARTS, SENSITIVITY, analyze
from core.scenario_io import builtin_scenario
from core.sensitivity import tornado
from core.sweep import LOAD_SHARE_OF_FIRST_CAPACITY

VARIANTS = [
    default_scenario(),
    default_scenario().updated({"pricing.mode": "rent"}),
    default_scenario().updated({"workload.load_driver": "utilization", "workload.utilization": 0.4}),
    default_scenario().updated({"workload.concurrency": 16}),
    default_scenario().updated({"hardware.accelerator_count": 12, "pricing.server_price": 900000.0}),
    builtin_scenario("r1-claims-cpu"),
    builtin_scenario("r1-claims-8xb200"),
]


@pytest.mark.parametrize("scenario", VARIANTS)
def test_the_pass_tornado_is_the_tornado(scenario):
    outcome, view = analyze(scenario, ALL_PARTS, swing=0.3)
    assert view.tornado == tornado(scenario, 0.3)
    assert outcome == analyze(scenario)[0]  # the scenario's own figures do not move with the extra rows


@pytest.mark.parametrize("scenario", VARIANTS)
def test_the_pass_break_even_is_the_break_even(scenario):
    _, view = analyze(scenario, ALL_PARTS)
    price = given_price(8.0, 30.0, scenario.pricing.currency)
    assert view.break_even is not None
    result, lines = view.break_even.at_price(scenario, price)
    alone = break_even(scenario, price)
    assert result == alone
    capacity = evaluate(scenario).servable_cases_per_day
    assert view.break_even.capacity_cases_per_day == capacity
    if capacity:
        _, expected = break_even_and_lines(scenario, price, capacity, VOLUME_SHARES * capacity * DAYS_PER_MONTH)
        np.testing.assert_allclose(lines.buy, expected.buy, rtol=1e-12)
        np.testing.assert_allclose(lines.rent, expected.rent, rtol=1e-12)
        assert lines.crossings.keys() == expected.crossings.keys()
        for name, volume in expected.crossings.items():
            assert (lines.crossings[name] is None) == (volume is None)
            assert volume is None or lines.crossings[name] == pytest.approx(volume, rel=1e-9)


def test_a_share_of_the_first_rows_capacity_is_that_many_cases():
    scenario = default_scenario()
    own, shared = evaluate_sweeps([(scenario, {}), (scenario, {LOAD_SHARE_OF_FIRST_CAPACITY: np.array([0.25, 1.5])})])
    servable = float(np.ravel(own["servable_cases_per_day"])[0])
    direct = evaluate_sweeps([(scenario, {"workload.cases_per_day": np.array([0.25, 1.5]) * servable})])[0]
    for name in ("cases_per_day", "cost_per_day", "cost_per_case", "over_capacity"):
        np.testing.assert_allclose(np.ravel(shared[name]), np.ravel(direct[name]), rtol=1e-12)


def test_a_fleet_grows_in_whole_servers_for_its_share():
    scenario = default_scenario()  # 8 accelerators, 8 a server
    assert fleet_for_shares(scenario, np.array([0.5, 1.0, 1.01, 2.0, 2.5])).tolist() == [8, 8, 16, 16, 24]
    assert len(break_even_request(scenario)) == 3


def test_parts_asked_for_are_the_only_ones_computed():
    _, view = analyze(default_scenario())
    assert view.tornado is None and view.break_even is None and set(view.keys) == set(PARTS)
    _, more = analyze(default_scenario(), (*PARTS, SENSITIVITY, BREAK_EVEN), reuse=view)
    assert more.tornado is not None and more.break_even is not None
    # Only the name changed: both kept, not computed again.
    _, again = analyze(default_scenario().updated({"name": "other"}), ALL_PARTS, reuse=more)
    assert again.tornado is more.tornado and again.break_even is more.break_even
    # Another swing: the tornado again, the break-even kept.
    _, swung = analyze(default_scenario(), ALL_PARTS, reuse=more, swing=0.1)
    assert swung.tornado is not more.tornado and swung.tornado.swing == 0.1 and swung.break_even is more.break_even


def test_a_demand_change_keeps_the_break_even_rows():
    _, view = analyze(default_scenario(), ALL_PARTS)
    _, busier = analyze(default_scenario().updated({"workload.cases_per_day": 1000.0}), ALL_PARTS, reuse=view)
    assert busier.break_even is view.break_even and busier.tornado is not view.tornado


def test_distinct_rows_finds_each_row_once():
    rng = np.random.default_rng(3)
    for _ in range(50):
        keys = rng.integers(0, 3, (int(rng.integers(1, 40)), int(rng.integers(1, 4)))).astype(float)
        first, inverse = _distinct_rows(keys)
        np.testing.assert_array_equal(keys[first][inverse], keys)
        assert len(first) == len(np.unique(keys, axis=0))


def test_the_pass_with_every_part_gives_each_sweep_as_alone():
    """Rows that share a replica share its curve: the count sweep is the same number for
    number whether the tornado's rows (other replicas) ride in the pass or not."""
    scenario = default_scenario()
    _, alone = analyze(scenario, PARTS)
    _, joined = analyze(scenario, ALL_PARTS)
    for name in ("cost_per_case", "case_latency_s", "time_to_first_token_s"):
        np.testing.assert_array_equal(np.asarray(alone.by_gpu_count[name]), np.asarray(joined.by_gpu_count[name]))
        np.testing.assert_array_equal(np.asarray(alone.by_concurrency[name]), np.asarray(joined.by_concurrency[name]))
    _ = break_even_pass  # the pass's own assembly is exercised through analyze above


def test_tied_bars_keep_the_order_inputs_were_listed_in():
    """Bars of equal swing: the other numbers, then the server's prices, then the choices (the
    order of the tornado before the server's prices could ride in the sweep)."""
    chart = tornado(builtin_scenario("r1-claims-8xh100"))  # R1 does not fit: every bar ties
    settings = [bar.setting for bar in chart.bars["cost_per_case"]]
    prices = [settings.index(name) for name in ("pricing.server_price", "pricing.server_overhead_price")
              if name in settings]
    choices = [settings.index(name) for name in ("hardware.accelerator_id", "model.weight_precision")]
    numbers = [settings.index(name) for name in ("workload.calls_per_case", "pricing.hosting_per_server_year")]
    assert prices and max(numbers) < min(prices) and max(prices) < min(choices)
