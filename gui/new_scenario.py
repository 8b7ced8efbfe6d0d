"""The scenario File ▸ New starts from: the default case, in the preferred currency."""

from __future__ import annotations

from core import Scenario, default_scenario

# Money fields of a scenario that are stated in its currency.
_MONEY_FIELDS = (
    "pricing.server_overhead_price",
    "pricing.electricity_price_per_kwh",
    "pricing.hosting_per_server_year",
)


def new_scenario(currency: str) -> Scenario:
    """The default scenario in `currency` (at catalog prices when the currency differs).

    Stopgap until core offers a currency conversion: the default's own money figures
    are restated with the scenario's own exchange rate (see the report to core).
    """
    base = default_scenario().updated({"name": "Untitled scenario"})
    if base.pricing.currency == currency:
        return base
    rate = base.pricing.cny_per_usd
    factor = 1 / rate if currency == "USD" else rate
    changes: dict[str, object] = {
        "pricing.currency": currency,
        "pricing.accelerator_price": None,
        "pricing.server_price": None,
        "pricing.rental_price_per_accelerator_hour": None,
    }
    for path in _MONEY_FIELDS:
        section, field = path.split(".")
        changes[path] = getattr(getattr(base, section), field) * factor
    return base.updated(changes)
