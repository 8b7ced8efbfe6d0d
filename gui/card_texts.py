"""Card phrases built from an Outcome: ranges, counts of cases and the remedies the
warnings name (gui.results_panel assembles them into cards)."""

from __future__ import annotations

from collections.abc import Callable

from core import Outcome
from core.messages import case_name
from core.number_format import cases_count, whole_capacity
from gui import language
from gui.formatting import money, number, percent
from gui.language import translate


def share_text(fraction: float) -> str:
    """A busy share: one decimal below 10% (a 0.4%-busy chip is not "0%")."""
    return percent(fraction, 1 if fraction < 0.1 else 0)


def likely(low: float | None, high: float | None, show: Callable[[float], str]) -> str:
    """"likely ¥0.25–0.56 · ": the P10–P90 range from the engine's cross-validated error."""
    if low is None or high is None:
        return ""
    low_text, high_text = show(low), show(high)
    if low_text == high_text:  # "likely ¥2,411–2,411" says no more than the figure itself
        return ""
    symbol = next((s for s in ("¥", "$") if low_text.startswith(s)), "")
    return translate("ResultsPanel", "likely {low}–{high} · ").format(low=low_text, high=high_text.removeprefix(symbol))


def other_size(outcome: Outcome) -> str:
    """" Or these 8 with tensor parallel 8 (¥0.070 per claim).": where the automatic size falls
    short, the remedy the warnings name, on the card that counts servers."""
    hint = next((m for m in outcome.warning_messages if m.code == "tensor_parallel_would_serve"), None)
    if hint is None:
        return ""
    return " " + translate("ResultsPanel", "Or these {count} with tensor parallel {size} ({cost} per {case}).").format(
        count=number(float(hint.params["have_count"])), size=hint.params["tensor_parallel"],
        cost=money(float(hint.params["cost_money"]), outcome.currency),
        case=case_name(str(hint.params["case"]), language.current()))


def cases_text(value: float | None) -> str:
    return cases_count(value, language.current())  # "0.4", not "0", under ten a day


def could_serve(outcome: Outcome) -> str:
    """"3,474 (likely 1,972–4,171)": what the fleet could serve moves with the engine's speed."""
    capacity = cases_text(whole_capacity(outcome.servable_cases_per_day))
    low, high = whole_capacity(outcome.servable_cases_per_day_p10), whole_capacity(outcome.servable_cases_per_day_p90)
    if low is None or high is None:
        return capacity
    return translate("ResultsPanel", "{capacity} (likely {low}–{high})").format(
        capacity=capacity, low=cases_text(low), high=cases_text(high))


def slow_end_short(outcome: Outcome) -> str:
    """"at the slow end over capacity · ": the cost range holds the fleet and its cases, but at the
    slow end of the engine's range this fleet could not serve them within the service level."""
    low, demand = outcome.servable_cases_per_day_p10, outcome.cases_per_day
    if outcome.over_capacity or low is None or demand is None or low >= demand:
        return ""
    return translate("ResultsPanel", "at the slow end over capacity · ")
