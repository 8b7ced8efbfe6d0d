"""Switching the open scenario's currency: every price converted once, and back exactly.

Converting at a rate is floating-point arithmetic: 1 in 12 prices multiplied by 7.2 and
divided by it again is off in its last digit. A switch therefore remembers the prices it
converted from; switching straight back (nothing priced changed in between) restores them
exactly, so USD → CNY → USD gives the very same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.errors import ScenarioError
from core.scenario import MONEY_FIELDS, Pricing, Scenario
from core.scenario import is_calendar_date as is_calendar_date  # the rate's date: for the GUI's date box

CURRENCIES = ("USD", "CNY")


@dataclass(frozen=True)
class CurrencySwitch:
    """One switch: the pricing before it and the pricing it produced."""

    before: Pricing
    after: Pricing


def switch_currency(
    scenario: Scenario, currency: str, last: CurrencySwitch | None = None
) -> tuple[Scenario, CurrencySwitch | None]:
    """The scenario priced in `currency` and the record of this switch (pass it to the next).
    Catalog prices (None) convert by themselves; the exchange rate and its date stay."""
    if currency not in CURRENCIES:
        raise ScenarioError(f"currency: choose USD or CNY (got {currency!r})")
    if currency == scenario.pricing.currency:
        return scenario, last
    if last is not None and last.after == scenario.pricing and last.before.currency == currency:
        switched = scenario.model_copy(update={"pricing": last.before})
    else:
        switched = scenario.in_currency(currency)
    return switched, CurrencySwitch(scenario.pricing, switched.pricing)


def pricing_changes(before: Scenario, after: Scenario) -> dict[str, Any]:
    """The dotted-path changes that turn `before`'s pricing into `after`'s (for an undoable edit):
    the currency with every amount given explicitly, so nothing is converted a second time."""
    changes: dict[str, Any] = {"pricing.currency": after.pricing.currency}
    for name in MONEY_FIELDS:
        changes[f"pricing.{name}"] = getattr(after.pricing, name)
    return changes
