"""The report's content as data: the same figures as evaluate, sources and dates, codes."""

from __future__ import annotations

import math

import pytest

from core import evaluate
from core.report_data import report_data
from core.scenario_io import builtin_scenario, builtin_scenario_names
from core.validation import run_validation, summary_of

EXAMPLES = builtin_scenario_names() + builtin_scenario_names("article")


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_gives_the_figures_evaluate_gives(name: str) -> None:
    scenario = builtin_scenario(name)
    data = report_data(scenario)
    outcome = evaluate(scenario)
    figures = {figure.code: figure for figure in data.figures}
    # Over capacity the fleet's own cost per case is named apart (it serves part of the peak).
    figures["cost_per_case"] = figures.pop("cost_per_case_part_served" if outcome.over_capacity else "cost_per_case")
    for code in ("cost_per_case", "case_latency_s", "time_to_first_token_s", "cost_per_day"):
        expected = getattr(outcome, code)
        assert figures[code].value == (expected if expected is not None and math.isfinite(expected) else None)
    # At the peak factor, in whole cases rounded down, as the cards, the tables and the CLI say it.
    assert figures["capacity_cases_per_day"].value == (
        None if outcome.servable_cases_per_day is None else math.floor(outcome.servable_cases_per_day + 1e-9))
    assert data.answer.cost_per_case_p10 == outcome.cost_per_case_p10
    assert data.question.cases_per_day == outcome.cases_per_day
    assert data.question.case_name == scenario.workload.case_name
    codes = {item.code for item in data.assumptions}
    assert {"exchange_rate", "serving_stack", "accelerator_specs"} <= codes
    assert len(data.warnings) >= len(outcome.warnings)


def test_servers_needed_round_up_to_whole_servers() -> None:
    scenario = builtin_scenario("r1-claims-8xh20").updated({"workload.cases_per_day": 20_000})
    data = report_data(scenario, sensitivity=False)
    needed = data.answer.accelerators_for_peak_demand
    assert needed is not None and needed > 8
    assert data.answer.servers_for_peak_demand == math.ceil(needed / 8)
    assert data.answer.over_capacity


def test_warnings_carry_codes_for_what_went_wrong() -> None:
    does_not_fit = report_data(builtin_scenario("r1-claims-8xh100"))
    assert does_not_fit.warnings[0].code == "does_not_fit"
    assert does_not_fit.sensitivity is None  # no cost to move
    cpu = {w.code for w in report_data(builtin_scenario("r1-claims-cpu")).warnings}
    assert {"over_capacity", "service_level_unreachable"} <= cpu


def test_exchange_rate_date_and_catalog_price_date_are_carried() -> None:
    scenario = builtin_scenario("r1-claims-8xh20").updated(
        {"pricing.cny_per_usd_date": "2025-02", "pricing.server_price": None})
    data = report_data(scenario, sensitivity=False)
    by_code = {item.code: item for item in data.assumptions}
    assert by_code["exchange_rate"].value == 7.2 and by_code["exchange_rate"].date == "2025-02"
    catalog_price = by_code["accelerator_price"]
    assert catalog_price.origin == "catalog" and catalog_price.sources
    assert catalog_price.date is not None


def test_comparison_and_sensitivity_when_present() -> None:
    h20, b200 = builtin_scenario("r1-claims-8xh20"), builtin_scenario("r1-claims-8xb200")
    data = report_data(h20, [("8×B200", b200)])
    assert data.comparison is not None
    assert [row.name for row in data.comparison.rows] == [h20.name, "8×B200"]
    change = data.comparison.cost_per_case_change
    assert change is not None
    assert math.isclose(sum(v for _name, v in data.comparison.attribution), change, rel_tol=1e-9)
    assert data.sensitivity and data.sensitivity_swing == pytest.approx(0.2)
    base = data.outcome.cost_per_case  # a bar with one end only (no fit there) swings from the base
    swings = [abs(bar.high - bar.low) if bar.low is not None and bar.high is not None
              else abs((bar.high if bar.high is not None else bar.low) - base) for bar in data.sensitivity]
    assert swings == sorted(swings, reverse=True)
    assert report_data(h20).comparison is None


def test_accuracy_is_the_stored_cross_validated_error() -> None:
    summary = summary_of(run_validation(), builtin=True)
    accuracy = report_data(builtin_scenario("r1-claims-8xh20"), sensitivity=False).accuracy
    assert accuracy.median_ape == summary["median_ape_cross_validated"]
    assert accuracy.within_30_percent_share == summary["within_30_percent_share_cross_validated"]
    assert accuracy.points == len(run_validation())
