"""The report's assumptions table, in words: each value with its unit, where it comes from
and when (gui.report.pdf lays the table out)."""

from __future__ import annotations

from collections.abc import Callable

from core.report_data import Assumption
from gui.formatting import NO_FIGURE, money, quantity
from gui.language import translate
from gui.report.texts import ORIGINS, tr


def assumption_value(item: Assumption, currency: str, cny_per_usd: float | None = None) -> str:
    """The value in words; a catalog price in USD also in the scenario's yuan when it is priced in CNY."""
    text = _assumption_value(item, currency)
    if item.kind in ("usd", "usd_per_hour") and currency == "CNY" and cny_per_usd and isinstance(item.value, float):
        text += translate("Report", " (≈ {price})").format(price=money(item.value * cny_per_usd, "CNY"))
    return text


def _assumption_value(item: Assumption, currency: str) -> str:
    value = item.value
    if value is None:
        return NO_FIGURE
    if isinstance(value, str):
        if item.code == "rental_billing":
            return translate("Report", "reserved (every hour paid)") if value == "reserved" else translate("Report",
                "on demand (busy hours only)")
        return value
    units: dict[str, Callable[[float], str]] = {
        "money": lambda v: money(v, currency),
        "usd": lambda v: money(v, "USD"),
        "money_per_hour": lambda v: translate("Report", "{price} per hour").format(price=money(v, currency)),
        "usd_per_hour": lambda v: translate("Report", "{price} per hour").format(price=money(v, "USD")),
        "money_per_kwh": lambda v: translate("Report", "{price} per kWh").format(price=money(v, currency)),
        "money_per_year": lambda v: translate("Report", "{price} per year").format(price=money(v, currency)),
        "years": lambda v: translate("Report", "{years} years").format(years=f"{v:g}"),
        "ratio": lambda v: f"{v:g}",
        "rate": lambda v: translate("Report", "{rate} CNY per USD").format(rate=f"{v:g}"),
        "watts": lambda v: translate("Report", "{watts} W").format(watts=quantity(v)),
    }
    return units.get(item.kind, lambda v: f"{v:g}")(value)


def assumption_source(item: Assumption) -> str:
    origin = tr(ORIGINS.get(item.origin, item.origin))
    if not item.sources:
        return origin
    return origin + ": " + "; ".join(item.sources[:2])


def assumption_date(item: Assumption) -> str:
    if item.date:
        return item.date
    return translate("Report", "not stated") if item.origin != "scenario" or item.code == "exchange_rate" else ""
