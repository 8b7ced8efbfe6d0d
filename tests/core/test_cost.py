"""Hand-checked cost figures, buy and rent, and how cost per case follows from them."""

import math

import pytest

from core import evaluate


def test_owning_cost_per_hour_by_hand(llama70b_on_h100) -> None:
    s = llama70b_on_h100.updated(
        {
            "hardware.accelerator_count": 16,
            "pricing.accelerator_price": 25_000,
            "pricing.server_overhead_price": 50_000,
            "pricing.server_overhead_power_w": 1_000,
            "pricing.depreciation_years": 4,
            "pricing.electricity_price_per_kwh": 0.10,
            "pricing.pue": 1.25,
            "pricing.hosting_per_server_year": 8_760,
            "workload.utilization": 0.5,
            "workload.load_driver": "utilization",
        }
    )
    outcome = evaluate(s)
    assert outcome.fleet_utilization == pytest.approx(0.5)
    servers = 2
    capex = 16 * 25_000 + servers * 50_000
    h100_tdp, h100_idle = 700.0, 140.0
    power_kw = (16 * (h100_idle + (h100_tdp - h100_idle) * 0.5) + servers * 1_000) * 1.25 / 1000
    hourly = capex / (4 * 8760) + power_kw * 0.10 + servers * 8_760 / 8760
    assert outcome.capital_cost == pytest.approx(capex)
    assert outcome.power_kw == pytest.approx(power_kw)
    assert outcome.cost_per_hour == pytest.approx(hourly)
    assert outcome.monthly_cost == pytest.approx(hourly * 730)
    # Cost per case = cost per day / cases served per day, at the load set (half of capacity).
    served_per_day = outcome.capacity_cases_per_day * 0.5
    assert outcome.served_cases_per_day == pytest.approx(served_per_day)
    assert outcome.cases_per_day == pytest.approx(served_per_day)
    assert outcome.cost_per_day == pytest.approx(hourly * 24)
    assert outcome.cost_per_case == pytest.approx(hourly * 24 / served_per_day)
    tokens_per_day = served_per_day * s.workload.calls_per_case * s.workload.output_tokens_per_call
    assert outcome.cost_per_million_output_tokens == pytest.approx(hourly * 24 / tokens_per_day * 1e6)


def test_renting_costs_count_times_hourly_price(llama70b_on_h100) -> None:
    s = llama70b_on_h100.updated({"pricing.mode": "rent", "pricing.rental_price_per_accelerator_hour": 2.5})
    outcome = evaluate(s)
    assert outcome.cost_per_hour == pytest.approx(8 * 2.5)
    assert outcome.capital_cost == 0


def test_server_price_replaces_per_accelerator_price(scenario) -> None:
    outcome = evaluate(scenario)  # 8xH20 server at 1.1M CNY
    assert outcome.capital_cost == pytest.approx(1_100_000)
    assert outcome.currency == "CNY"


def test_switching_currency_converts_every_amount(scenario) -> None:
    cny = evaluate(scenario.updated({"pricing.server_price": None}))
    usd = evaluate(scenario.updated({"pricing.server_price": None, "pricing.currency": "USD"}))
    # Catalog prices and the amounts typed in CNY both convert at the scenario's 7.2 CNY/USD.
    assert cny.capital_cost == pytest.approx(7.2 * usd.capital_cost)
    assert cny.cost_per_case == pytest.approx(7.2 * usd.cost_per_case)
    assert usd.currency == "USD"
    back = scenario.in_currency("USD").in_currency("CNY")
    assert back.pricing.server_price == pytest.approx(scenario.pricing.server_price)


def test_entered_accelerator_price_ignored_under_a_server_price_is_said(scenario) -> None:
    outcome = evaluate(scenario.updated({"pricing.accelerator_price": 99_000}))
    assert outcome.capital_cost == pytest.approx(1_100_000)
    assert any("price per accelerator entered is ignored" in w for w in outcome.warnings)


def test_zero_utilization_has_no_cost_per_case_and_says_why(scenario) -> None:
    outcome = evaluate(scenario.updated({"workload.utilization": 0.0, "workload.load_driver": "utilization"}))
    assert outcome.cost_per_case is None
    assert outcome.cost_per_million_output_tokens is None
    assert any("0% utilization" in w for w in outcome.warnings)
    assert math.isfinite(outcome.cost_per_hour)


def test_no_demand_has_no_cost_per_case_and_says_why(scenario) -> None:
    outcome = evaluate(scenario.updated({"workload.cases_per_day": 0.0}))
    assert outcome.cost_per_case is None
    assert any("no claims are served" in w for w in outcome.warnings)


def test_case_latency_is_calls_times_call_latency(scenario) -> None:
    outcome = evaluate(scenario)
    assert outcome.case_latency_s == pytest.approx(4 * outcome.call_latency_s)
    assert outcome.call_latency_s == pytest.approx(
        outcome.time_to_first_token_s + (1500 - 1) * outcome.time_per_output_token_s
    )
