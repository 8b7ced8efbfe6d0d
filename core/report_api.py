"""Own, rent or pay an API, as a report states it: the API price used (with its kind, date and
source), what a case costs through it and on the fleet, what a month of the current demand costs
bought, rented and through the API, and the break-even (core.api_prices)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.api_prices import DAYS_PER_MONTH, ApiPrice, BreakEven, api_cost_per_case, break_even_and_lines, default_price
from core.errors import ScenarioError
from core.outcome import Outcome
from core.scenario import Scenario


@dataclass(frozen=True)
class OwnOrApi:
    price: ApiPrice
    api_cost_per_case: float  # in the scenario's currency
    api_cost_per_case_off_peak: float | None
    fleet_cost_per_case: float | None
    cases_per_month: float  # the demand served now
    # Cost of a month of that demand: the fleet bought, the same chips rented, the API.
    buy_per_month: float | None
    rent_per_month: float | None
    api_per_month: float
    break_even: BreakEven


def own_or_api(scenario: Scenario, outcome: Outcome, price: ApiPrice | None = None) -> OwnOrApi | None:
    """The comparison at `price` (default: the scenario's model's current default API price);
    None when the model has no API price."""
    price = price if price is not None else default_price(scenario)
    if price is None:
        return None
    per_month = (outcome.served_cases_per_day or 0.0) * DAYS_PER_MONTH
    try:
        result, lines = break_even_and_lines(scenario, price, outcome.servable_cases_per_day,
                                             np.array([max(per_month, 1.0)]))
    except ScenarioError:
        return None

    def first(values: np.ndarray) -> float | None:
        value = float(values[0])
        return value if np.isfinite(value) and per_month > 0 else None

    return OwnOrApi(
        price=price,
        api_cost_per_case=result.api_cost_per_case,
        api_cost_per_case_off_peak=api_cost_per_case(scenario, price, off_peak=True) if price.off_peak else None,
        fleet_cost_per_case=outcome.cost_per_case,
        cases_per_month=per_month,
        buy_per_month=first(lines.buy),
        rent_per_month=first(lines.rent),
        api_per_month=result.api_cost_per_case * per_month,
        break_even=result,
    )
