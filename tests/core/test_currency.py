"""Switching the open scenario's currency: every price once, exactly back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.compare import compare
from core.currency import pricing_changes, switch_currency
from core.errors import ScenarioError
from core.scenario import MONEY_FIELDS
from core.scenario_io import builtin_scenario, builtin_scenario_names, load_scenario, save_scenario

EXAMPLES = builtin_scenario_names() + builtin_scenario_names("article")


@pytest.mark.parametrize("name", EXAMPLES)
def test_round_trip_returns_the_same_values(name: str) -> None:
    start = builtin_scenario(name)
    other = "USD" if start.pricing.currency == "CNY" else "CNY"
    switched, record = switch_currency(start, other)
    assert switched.pricing.currency == other
    back, record = switch_currency(switched, start.pricing.currency, record)
    assert back == start
    again, _ = switch_currency(back, other, record)
    assert again == switched


@settings(max_examples=200, deadline=None)
@given(price=st.floats(min_value=0.01, max_value=1e8, allow_nan=False),
       rate=st.floats(min_value=5.0, max_value=9.0, allow_nan=False))
def test_round_trip_is_exact_for_any_price_and_rate(price: float, rate: float) -> None:
    start = builtin_scenario("r1-claims-8xh20").updated(
        {"pricing.server_price": price, "pricing.cny_per_usd": rate, "pricing.electricity_price_per_kwh": price / 1e8})
    usd, record = switch_currency(start, "USD")
    back, _ = switch_currency(usd, "CNY", record)
    assert back.pricing == start.pricing


def test_every_price_is_converted_once_at_the_rate() -> None:
    start = builtin_scenario("r1-claims-8xh20")
    usd, _ = switch_currency(start, "USD")
    for field in MONEY_FIELDS:
        before, after = getattr(start.pricing, field), getattr(usd.pricing, field)
        assert (before is None) == (after is None)
        if before is not None:
            assert after == pytest.approx(before / 7.2, rel=1e-15)
    assert usd.pricing.cny_per_usd == 7.2
    assert usd.updated(pricing_changes(usd, usd)) == usd  # explicit amounts: no second conversion


def test_an_edit_between_switches_converts_afresh() -> None:
    start = builtin_scenario("r1-claims-8xh20")
    usd, record = switch_currency(start, "USD")
    edited = usd.updated({"pricing.pue": 1.5})
    back, _ = switch_currency(edited, "CNY", record)
    assert back.pricing.pue == 1.5
    assert back.pricing.server_price == pytest.approx(1_100_000, rel=1e-12)


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(ScenarioError, match="USD or CNY"):
        switch_currency(builtin_scenario("r1-claims-8xh20"), "EUR")


def test_the_rate_date_is_optional_validated_and_saved(tmp_path) -> None:
    start = builtin_scenario("r1-claims-8xh20")
    assert start.pricing.cny_per_usd_date == "2025-02"  # the built-in examples say when their rate applies
    assert start.updated({"pricing.cny_per_usd_date": None}).pricing.cny_per_usd_date is None  # optional
    dated = start.updated({"pricing.cny_per_usd_date": "2025-02-14"})
    path = tmp_path / "dated.json"
    save_scenario(dated, path)
    assert load_scenario(path).pricing.cny_per_usd_date == "2025-02-14"
    with pytest.raises(ScenarioError, match="cny_per_usd_date"):
        start.updated({"pricing.cny_per_usd_date": "last week"})
    for not_a_date in ("2025-13-45", "2025-13", "2025-02-30", "2025-00"):  # the right shape, no such day
        with pytest.raises(ScenarioError, match="cny_per_usd_date"):
            start.updated({"pricing.cny_per_usd_date": not_a_date})
    assert start.updated({"pricing.cny_per_usd_date": "2024-02-29"}).pricing.cny_per_usd_date == "2024-02-29"
    # A date changes no figure: comparing by it finds nothing to attribute.
    result = compare([start, dated])
    assert result.waterfalls[0].attribution == () or all(
        item.cost_per_case_change == 0 for item in result.waterfalls[0].attribution)
