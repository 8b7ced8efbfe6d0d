"""The break-even chart's evaluations as rows of the window's one vectorized pass.

The chart's volumes are shares of what the fleet could serve (its servable cases a day, which
does not depend on the demand), so they need not wait for the scenario's own figures: the
engine reads each row's demand as that share of the first row's capacity
(core.sweep.LOAD_SHARE_OF_FIRST_CAPACITY), and a fleet grown in whole servers to serve a share
is that share times the fleet, whatever the capacity is. The API's price is applied after the
pass (it moves no evaluation), so choosing another price redraws without evaluating.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from core.api_prices import DAYS_PER_MONTH, ApiPrice, BreakEven, CostLines, break_even_from_ends, lines_from_results
from core.engine import OutcomeArrays
from core.scenario import Scenario
from core.sweep import LOAD_SHARE_OF_FIRST_CAPACITY

POINTS = 64
# The chart spans a thousandth of what the fleet serves to thirty times it (the fleet grown).
VOLUME_SHARES = np.geomspace(1e-3, 30.0, POINTS)
VOLUME_SHARES.setflags(write=False)


def fleet_for_shares(scenario: Scenario, shares: np.ndarray) -> np.ndarray:
    """The fleet that serves each share of what the scenario's fleet serves: the fleet itself,
    grown in whole servers beyond it."""
    count = scenario.hardware.accelerator_count
    per_server = scenario.hardware.accelerators_per_server
    needed = np.ceil(np.asarray(shares, dtype=float) * count / per_server * (1 - 1e-12)) * per_server
    counts: np.ndarray = np.maximum(count, needed)
    return counts


def break_even_request(scenario: Scenario, shares: np.ndarray = VOLUME_SHARES) -> list[tuple[Scenario, dict[str, Any]]]:
    """Sweeps for evaluate_sweeps, to follow the scenario's own row in the same call: the fleet
    with no load and at its capacity, then buying and renting the same chip along `shares`."""
    ends = (scenario, {LOAD_SHARE_OF_FIRST_CAPACITY: np.array([0.0, 1.0])})
    line = {LOAD_SHARE_OF_FIRST_CAPACITY: np.asarray(shares, dtype=float),
            "hardware.accelerator_count": fleet_for_shares(scenario, shares)}
    buy = scenario if scenario.pricing.mode == "buy" else scenario.updated({"pricing.mode": "buy"})
    rent = scenario if scenario.pricing.mode == "rent" else scenario.updated({"pricing.mode": "rent"})
    return [ends, (buy, line), (rent, line)]


@dataclass(frozen=True)
class BreakEvenPass:
    """What the break-even chart needs from the engine, for any API price."""

    shares: np.ndarray
    capacity_cases_per_day: float | None  # the fleet's servable cases a day
    ends: OutcomeArrays  # no load, at capacity
    lines: tuple[OutcomeArrays, ...]  # buying, renting along the shares

    @property
    def cases_per_month(self) -> np.ndarray:
        capacity = self.capacity_cases_per_day or 0.0
        volumes: np.ndarray = self.shares * capacity * DAYS_PER_MONTH
        return volumes

    def at_price(self, scenario: Scenario, price: ApiPrice) -> tuple[BreakEven, CostLines]:
        """The break-even and the three cost lines at this API price."""
        fleet = break_even_from_ends(scenario, price, self.ends, self.capacity_cases_per_day)
        serves = fleet.capacity_cases_per_day is not None
        return fleet, lines_from_results(scenario, price, self.cases_per_month, fleet,
                                         list(self.lines) if serves else [])


def break_even_pass(own: OutcomeArrays, results: list[OutcomeArrays],
                    shares: np.ndarray = VOLUME_SHARES) -> BreakEvenPass:
    """From the scenario's own row and the results of `break_even_request`."""
    capacity = float(np.asarray(own["servable_cases_per_day"]).reshape(-1)[0])
    return BreakEvenPass(np.asarray(shares, dtype=float), capacity, results[0], tuple(results[1:]))
