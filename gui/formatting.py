"""Numbers as people read them, in the interface's language: core/number_format.py (the one
formatter of the app, the CLI and the report) with the locale of gui/language.py filled in."""

from __future__ import annotations

from core import ScenarioError
from core import number_format as nf
from core.error_words import error_text
from core.number_format import NO_FIGURE, whole_capacity
from core.translations import QT_TRANSLATE_NOOP
from gui.language import current, translate

__all__ = [
    "NO_FIGURE", "compact_count", "count_of", "currency_symbol", "duration", "error_words", "gigabytes", "listing",
    "money", "number", "params_billions", "percent", "quantity", "share", "significant",
    "time_axis", "whole_capacity",
]

# A time axis reads in the unit the card's figure reads in ("3 min 47 s" on a minutes axis, not
# 227 on a seconds one): (below this many seconds, seconds to the unit, the unit's name).
_TIME_AXIS_UNITS = (
    (1.0, 1000.0, QT_TRANSLATE_NOOP("Units", "milliseconds")),
    (120.0, 1.0, QT_TRANSLATE_NOOP("Units", "seconds")),
    (7200.0, 1 / 60, QT_TRANSLATE_NOOP("Units", "minutes")),
    (float("inf"), 1 / 3600, QT_TRANSLATE_NOOP("Units", "hours")),
)


def currency_symbol(currency: str) -> str:
    return nf.currency_symbol(currency, current())


def listing(items: list[str]) -> str:
    return nf.listing(items, current())


def money(value: float | None, currency: str) -> str:
    return nf.money(value, currency, current())


def duration(seconds: float | None) -> str:
    return nf.duration(seconds, current())


def time_axis(shown_s: float | None) -> tuple[float, str]:
    """(what to multiply seconds by, the unit's name) for an axis of times around `shown_s` (the
    figure the card shows); no figure (nothing fits, nothing served): seconds."""
    if shown_s is None or not shown_s > 0 or shown_s == float("inf"):
        return 1.0, translate("Units", "seconds")
    for below_s, per_second, unit in _TIME_AXIS_UNITS:
        if shown_s < below_s:
            return per_second, translate("Units", unit)
    return 1.0, translate("Units", "seconds")  # pragma: no cover - the last limit is infinite


def quantity(value: float | None, unit: str = "", decimals: int = 0) -> str:
    return nf.quantity(value, unit, decimals, current())


def count_of(value: float | None, unit: str, decimals: int = 0) -> str:
    return nf.count_of(value, unit, current(), decimals)


def number(value: float | None, decimals: int = 0) -> str:
    return nf.number(value, decimals, current())


def significant(value: float | None, digits: int = 3) -> str:
    return nf.significant(value, digits, current())


def percent(fraction: float | None, decimals: int = 0) -> str:
    return nf.percent(fraction, decimals, current())


def share(fraction: float) -> str:
    return nf.share(fraction, current())


def gigabytes(value: float | None) -> str:
    return nf.gigabytes(value, current())


def params_billions(value: float | None) -> str:
    return nf.params_billions(value, current())


def compact_count(value: float) -> str:
    return nf.compact_count(value, current())


def error_words(error: ScenarioError | str) -> str:
    """What a ScenarioError (or a core.errors.Notice) says, in the interface's language (English:
    its own sentence)."""
    return error_text(error, current(), sentences=not isinstance(error, ScenarioError))
