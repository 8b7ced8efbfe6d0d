"""Own vs rent vs pay an API: what the same cases cost per token, and where the lines cross.

API prices are data (resources/catalogs/api_prices.json, each with its source and date).
The fleet's cost per day rises linearly with the load up to its capacity (idle hours cost
depreciation, hosting and idle power; busy ones add power, or rent on demand), while an API
costs the same per case at any volume: the break-even volume is where the two meet.
"""

from __future__ import annotations

import datetime
import functools
import json
import math
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.catalog import read_resource_text
from core.cost import HOURS_PER_MONTH
from core.engine import OutcomeArrays, evaluate_sweeps
from core.errors import ScenarioError
from core.messages import Message, render
from core.number_format import whole_capacity
from core.scenario import Scenario
from core.sweep import LOAD_SHARE_OF_FIRST_CAPACITY

DAYS_PER_MONTH = HOURS_PER_MONTH / 24.0
_STRICT = ConfigDict(frozen=True, extra="forbid")


class OffPeak(BaseModel):
    """A discounted price and the hours it applies. `peak_days`: "every day" when the hours
    hold daily; "weekdays" when the peak hours hold Monday to Friday only (not on Chinese
    public holidays), so weekends and holidays are off-peak all day."""

    model_config = _STRICT
    input_per_million: float = Field(ge=0)
    output_per_million: float = Field(ge=0)
    hours_utc: str = Field(min_length=1)
    peak_days: Literal["every day", "weekdays"] = "every day"


_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


class ApiPrice(BaseModel):
    """A published price per million tokens (uncached input, output).

    `same_model`: the endpoint serves the model named by `model_id` (false for a closed model
    of comparable class and for a maker's successor model listed for comparison); only such
    prices can be a default. `default`: the catalog's pick among prices of the same model,
    kind and currency on offer at the same time (where sources conflict)."""

    model_config = _STRICT
    id: str
    model_id: str | None = None
    provider: str
    kind: Literal["maker", "host", "closed", "custom"]
    same_model: bool = True
    default: bool = False
    currency: Literal["USD", "CNY"]
    input_per_million: float = Field(ge=0, le=1e6)
    output_per_million: float = Field(ge=0, le=1e6)
    off_peak: OffPeak | None = None
    valid_from: str | None = Field(default=None, pattern=_ISO_DATE)
    valid_until: str | None = Field(default=None, pattern=_ISO_DATE)
    date: str = ""
    read_on: str | None = Field(default=None, pattern=_ISO_DATE)
    source: str = ""
    verified: bool = True

    @model_validator(mode="after")
    def _consistent(self) -> ApiPrice:
        for name in ("valid_from", "valid_until", "read_on"):
            value = getattr(self, name)
            if value is not None:
                datetime.date.fromisoformat(value)  # a real day, not only its shape
        if self.valid_from and self.valid_until and self.valid_from > self.valid_until:
            raise ValueError(f"{self.id}: valid_from {self.valid_from} is after valid_until {self.valid_until}")
        if self.kind == "closed" and self.same_model:
            raise ValueError(f"{self.id}: a closed model of comparable class is not the same model (same_model: false)")
        if self.default and (not self.same_model or self.kind not in ("maker", "host")):
            raise ValueError(f"{self.id}: only the maker's or a host's price of the same model can be a default")
        return self

    def as_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


def _check_catalog(prices: tuple[ApiPrice, ...]) -> None:
    """Each catalog entry names its model, source, date and the day it was read; ids are
    unique; no two defaults of one model, kind and currency are on offer on the same day."""
    ids = [price.id for price in prices]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    for price in prices:
        if price.kind == "custom" or not (price.model_id and price.source and price.date and price.read_on):
            raise ValueError(f"{price.id}: a catalog price needs model_id, a kind other than custom, "
                             "source, date and read_on")
    defaults = [price for price in prices if price.default]
    for index, first in enumerate(defaults):
        for second in defaults[index + 1:]:
            if (first.model_id, first.kind, first.currency) == (second.model_id, second.kind, second.currency) and (
                    (first.valid_from or "") <= (second.valid_until or "9999")
                    and (second.valid_from or "") <= (first.valid_until or "9999")):
                raise ValueError(f"{first.id} and {second.id}: two defaults for the same model, kind and "
                                 "currency on offer at the same time")


@functools.lru_cache(maxsize=1)
def load_api_prices() -> tuple[ApiPrice, ...]:
    try:
        data = json.loads(read_resource_text("catalogs", "api_prices.json"))
        if data.get("format") != "inferonomics-api-prices" or data.get("version") != 1:
            raise ValueError("expected format inferonomics-api-prices, version 1")
        prices = tuple(ApiPrice.model_validate(entry) for entry in data["prices"])
        _check_catalog(prices)
        return prices
    except (ValidationError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise RuntimeError(f"resources/catalogs/api_prices.json is broken: {error}") from error


def prices_for(scenario: Scenario) -> tuple[ApiPrice, ...]:
    """The catalog's prices for the scenario's model (none for a custom model)."""
    if scenario.model.custom_model is not None or scenario.model.total_params_b is not None:
        return ()
    return tuple(price for price in load_api_prices() if price.model_id == scenario.model.model_id)


_KIND_ORDER = {"maker": 0, "host": 1, "closed": 2, "custom": 3}


def is_current(price: ApiPrice, on: datetime.date | None = None) -> bool:
    """On the price list on `on` (default: today): started (no start date, or one passed)
    and not ended (no end date, or one not yet passed)."""
    day = (on or datetime.date.today()).isoformat()
    return (price.valid_from is None or price.valid_from <= day) and (
        price.valid_until is None or price.valid_until >= day)


def default_price(scenario: Scenario, on: datetime.date | None = None) -> ApiPrice | None:
    """The price used when none is named: a price of the scenario's own model (never a closed
    model's, never a successor's), on offer on `on` (today by default): the model maker's own
    API before a host's; then one in the scenario's currency; then the catalog's `default`
    pick; then a verified one. When no price of the model is on offer that day, the one that
    ended last (an expired price is never chosen while a current one exists). None when the
    catalog has no price of this very model."""
    own = [price for price in prices_for(scenario) if price.same_model and price.kind in ("maker", "host")]
    currency = scenario.pricing.currency

    def preference(price: ApiPrice) -> tuple[int, bool, bool, bool, str]:
        return (_KIND_ORDER[price.kind], price.currency != currency, not price.default, not price.verified,
                price.id)

    current = [price for price in own if is_current(price, on)]
    if current:
        return min(current, key=preference)
    day = (on or datetime.date.today()).isoformat()
    ended = [price for price in own if price.valid_until is not None and price.valid_until < day]
    if not ended:
        return None  # only prices that start later
    last = max(price.valid_until or "" for price in ended)
    return min((price for price in ended if price.valid_until == last), key=preference)


def given_price(input_per_million: float, output_per_million: float, currency: str) -> ApiPrice:
    """A price the user gave (per million tokens, in the scenario's currency)."""
    for flag, value in (("--api-price-in", input_per_million), ("--api-price-out", output_per_million)):
        if not (isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= 1e6):
            raise ScenarioError.coded(f"{flag}: give a price per million tokens from 0 to 1,000,000 (got {value})",
                                      "flag_api_price", setting=flag, value=f"{value:g}")
    return ApiPrice.model_validate({"id": "given", "provider": "given price", "kind": "custom", "currency": currency,
                                    "input_per_million": input_per_million,
                                    "output_per_million": output_per_million, "source": "given by the user"})


def price_rate(price: ApiPrice, scenario: Scenario) -> float:
    """Scenario currency per unit of the price's currency."""
    if price.currency == scenario.pricing.currency:
        return 1.0
    rate = scenario.pricing.cny_per_usd
    return rate if price.currency == "USD" else 1.0 / rate


def api_cost_per_case(scenario: Scenario, price: ApiPrice, off_peak: bool = False) -> float:
    """(input tokens × input price + output tokens × output price) per call × calls per case,
    in the scenario's currency."""
    w = scenario.workload
    rates = price.off_peak if off_peak and price.off_peak is not None else price
    per_call = (w.input_tokens_per_call * rates.input_per_million
                + w.output_tokens_per_call * rates.output_per_million) / 1e6
    return per_call * w.calls_per_case * price_rate(price, scenario)


@dataclass(frozen=True)
class BreakEven:
    """Own (the scenario's fleet, bought or rented as it says) vs the API."""

    api_cost_per_case: float
    idle_cost_per_day: float  # the fleet's cost per day with no load
    cost_per_extra_case: float  # what one more case a day adds (power; rent on demand)
    capacity_cases_per_day: float | None  # served within the service level at the peak factor
    break_even_cases_per_day: float | None  # None: the lines do not cross within capacity
    note: str
    note_message: Message | None = None  # the note as a code, for words in the user's language


def break_even(scenario: Scenario, price: ApiPrice, capacity_cases_per_day: float | None = None) -> BreakEven:
    """The daily volume at which the fleet's cost per day equals the API's (own vs API).
    `capacity_cases_per_day`: the scenario's `servable_cases_per_day` when the caller has its
    outcome (it does not depend on the demand): one evaluation pass instead of two."""
    if capacity_cases_per_day is None:
        # What the fleet serves within the service level with its busiest hour at the peak factor
        # (beyond it the fleet no longer answers the question asked: it is over capacity), and
        # the fleet with no load and at that capacity, in one pass.
        own, ends = evaluate_sweeps([(scenario, {}), (scenario, {LOAD_SHARE_OF_FIRST_CAPACITY: np.array([0.0, 1.0])})])
        capacity_cases_per_day = float(np.asarray(own["servable_cases_per_day"]).reshape(-1)[0])
        return break_even_from_ends(scenario, price, ends, capacity_cases_per_day)
    return break_even_from_ends(scenario, price, _ends(scenario, capacity_cases_per_day), capacity_cases_per_day)


def _serves(capacity: float | None) -> bool:
    return capacity is not None and math.isfinite(capacity) and capacity > 0


def _ends(scenario: Scenario, capacity: float | None) -> tuple[Scenario, dict[str, Any]]:
    """The fleet with no load and at its capacity (one request for evaluate_sweeps)."""
    return scenario, {"workload.cases_per_day": np.array([0.0, capacity if _serves(capacity) else 0.0])}


def break_even_from_ends(scenario: Scenario, price: ApiPrice, ends: Any, capacity: float | None) -> BreakEven:
    """The break-even from the fleet's cost per day with no load and at capacity."""
    if not isinstance(ends, OutcomeArrays):
        ends = evaluate_sweeps([ends])[0]
    api = api_cost_per_case(scenario, price)
    idle = float(ends["cost_per_day"][0])
    case = scenario.workload.case_name
    if capacity is None or not _serves(capacity):
        message = Message(code="break_even_no_service", params={"case": case})
        return BreakEven(api, idle, math.nan, None, None, render(message), message)
    full = float(ends["cost_per_day"][1])
    slope = (full - idle) / capacity
    volume: float | None = None
    if api > slope and idle > 0:
        crossing = idle / (api - slope)
        if crossing <= capacity:
            volume = crossing
    money_params = {"api_money": api, "currency": scenario.pricing.currency, "case": case}
    if not float(ends["service_level_reachable"][0]) > 0:  # its "capacity" is one call at a time, too slow
        message = Message(code="break_even_out_of_reach", params=money_params)
        return BreakEven(api, idle, slope, capacity, None, render(message), message)
    if volume is not None:
        share = volume / capacity
        message = Message(code="break_even_at" if share > 0.5 else "break_even_at_grows", params={
            # The capacity rounded down: a fleet asked for the rounded-up figure needs another server.
            "volume_count": volume, "capacity_count": whole_capacity(capacity), "busy_share": share, "case": case})
    elif api <= slope or full > api * capacity:
        message = Message(code="break_even_api_cheaper", params={"fleet_money": full / capacity, **money_params})
    else:
        message = Message(code="break_even_fleet_cheaper", params={"case": case})
    return BreakEven(api, idle, slope, capacity, volume, render(message), message)


def break_even_json(scenario: Scenario, price: ApiPrice) -> dict[str, Any]:
    """The keys `evaluate --json` adds for an API price."""
    result = break_even(scenario, price)
    used = price.as_json()
    used["cost_per_case_currency"] = scenario.pricing.currency
    data: dict[str, Any] = {
        "api_cost_per_case": result.api_cost_per_case,
        "break_even_cases_per_day": result.break_even_cases_per_day,
        "break_even_note": result.note,
        # The note as a code and its figures, for words in another language (the CLI's --lang).
        "break_even_message": result.note_message.model_dump() if result.note_message else None,
        "api_price_used": used,
    }
    if price.off_peak is not None:
        data["api_cost_per_case_off_peak"] = api_cost_per_case(scenario, price, off_peak=True)
    return data


@dataclass(frozen=True)
class CostLines:
    """Cost per month over monthly volume: buying, renting (the same chip) and the API.
    Beyond the scenario fleet's capacity the fleet grows in whole servers."""

    cases_per_month: np.ndarray
    buy: np.ndarray
    rent: np.ndarray
    api: np.ndarray
    crossings: dict[str, float | None]  # "buy", "rent": cases per month where the line meets the API's


def _fleet_for(scenario: Scenario, cases_per_day: np.ndarray, capacity: float) -> np.ndarray:
    count = scenario.hardware.accelerator_count
    per_server = scenario.hardware.accelerators_per_server
    per_accelerator = capacity / count
    needed = np.ceil(cases_per_day / per_accelerator / per_server * (1 - 1e-12)) * per_server
    counts: np.ndarray = np.maximum(count, needed)
    return counts


def cost_lines(scenario: Scenario, price: ApiPrice, cases_per_month: np.ndarray,
               known: BreakEven | None = None) -> CostLines:
    """The three lines of the break-even chart, in one vectorized pass. `known`: this
    scenario's `break_even` at this price, when the caller has it (saves three evaluations)."""
    fleet = known if known is not None else break_even(scenario, price)
    requests = _line_requests(scenario, cases_per_month, fleet.capacity_cases_per_day)
    return lines_from_results(scenario, price, cases_per_month, fleet, evaluate_sweeps(requests) if requests else [])


def break_even_and_lines(scenario: Scenario, price: ApiPrice, capacity_cases_per_day: float | None,
                         cases_per_month: np.ndarray) -> tuple[BreakEven, CostLines]:
    """`break_even` and `cost_lines` together in one vectorized pass, for a caller that has the
    scenario's outcome (its `servable_cases_per_day`, which does not depend on the demand)."""
    ends = _ends(scenario, capacity_cases_per_day)
    results = evaluate_sweeps([ends, *_line_requests(scenario, cases_per_month, capacity_cases_per_day)])
    fleet = break_even_from_ends(scenario, price, results[0], capacity_cases_per_day)
    return fleet, lines_from_results(scenario, price, cases_per_month, fleet, results[1:])


def _line_requests(scenario: Scenario, cases_per_month: np.ndarray,
                   capacity: float | None) -> list[tuple[Scenario, dict[str, Any]]]:
    """Buying and renting the same chip along the volumes, the fleet growing in whole servers
    beyond `capacity` (nothing when the fleet serves nothing)."""
    if not _serves(capacity):
        return []
    assert capacity is not None
    per_day = np.asarray(cases_per_month, dtype=float) / DAYS_PER_MONTH
    sweep = {"workload.cases_per_day": per_day, "hardware.accelerator_count": _fleet_for(scenario, per_day, capacity)}
    buy = scenario if scenario.pricing.mode == "buy" else scenario.updated({"pricing.mode": "buy"})
    rent = scenario if scenario.pricing.mode == "rent" else scenario.updated({"pricing.mode": "rent"})
    return [(buy, sweep), (rent, sweep)]


def lines_from_results(scenario: Scenario, price: ApiPrice, cases_per_month: np.ndarray, fleet: BreakEven,
                results: list[OutcomeArrays]) -> CostLines:
    volume = np.asarray(cases_per_month, dtype=float)
    api = api_cost_per_case(scenario, price) * volume
    if not results:
        nan = np.full(volume.shape, np.nan)
        return CostLines(volume, nan, nan, api, {"buy": None, "rent": None})
    buy: np.ndarray = np.asarray(results[0]["cost_per_day"]) * DAYS_PER_MONTH
    rent: np.ndarray = np.asarray(results[1]["cost_per_day"]) * DAYS_PER_MONTH
    exact = fleet.break_even_cases_per_day
    crossings = {"buy": _crossing(volume, buy, api), "rent": _crossing(volume, rent, api)}
    if exact is not None:
        crossings[scenario.pricing.mode] = exact * DAYS_PER_MONTH
    return CostLines(volume, buy, rent, api, crossings)


def _crossing(volume: np.ndarray, line: np.ndarray, api: np.ndarray) -> float | None:
    """The first volume where the line falls to the API's cost (log-linear between points)."""
    gap = line - api
    for i in range(len(volume) - 1):
        if gap[i] > 0 >= gap[i + 1] and math.isfinite(gap[i + 1]):
            share = gap[i] / (gap[i] - gap[i + 1])
            return float(math.exp(math.log(volume[i]) + share * (math.log(volume[i + 1]) - math.log(volume[i]))))
    return None
