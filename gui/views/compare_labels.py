"""What the compare table calls a setting and how it shows its value: the controls' words with
units ("Server power (W)", "Exchange rate (CNY per USD)"), catalog names for chips and models,
"Catalog price" for a price taken from the catalog."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from core import Outcome, Scenario
from core.calibration_profiles import profile_exists
from core.catalog import load_catalog
from core.compare import Waterfall, common_case
from core.messages import case_name, input_name
from core.precision import PRECISIONS
from core.scenario_io import builtin_scenario, builtin_scenario_names
from core.translations import data_text
from gui import language
from gui.catalog_labels import short_accelerator_name
from gui.formatting import duration, money, percent, quantity, whole_capacity

CONTEXT = "CompareView"

# Setting path → label; "{currency}" is the open scenario's currency (pinned ones are converted to it).
INPUT_LABELS = {
    "hardware.accelerator_id": QT_TRANSLATE_NOOP("CompareView", "Accelerator"),
    "hardware.custom_accelerator": QT_TRANSLATE_NOOP("CompareView", "Custom accelerator"),
    "hardware.accelerators_per_server": QT_TRANSLATE_NOOP("CompareView", "Accelerators per server"),
    "hardware.scale_up_gb_per_s_per_direction": QT_TRANSLATE_NOOP("CompareView", "Scale-up link (GB/s per direction)"),
    "hardware.accelerator_count": QT_TRANSLATE_NOOP("CompareView", "Accelerators in the fleet"),
    "pricing.mode": QT_TRANSLATE_NOOP("CompareView", "Buy or rent"),
    "pricing.rental_billing": QT_TRANSLATE_NOOP("CompareView", "Rent billing"),
    "pricing.accelerator_price": QT_TRANSLATE_NOOP("CompareView", "Price per accelerator ({currency})"),
    "pricing.server_price": QT_TRANSLATE_NOOP("CompareView", "Price per server ({currency})"),
    "pricing.server_overhead_price": QT_TRANSLATE_NOOP("CompareView", "Chassis per server ({currency})"),
    "pricing.rental_price_per_accelerator_hour": QT_TRANSLATE_NOOP("CompareView",
                                                                   "Rent per accelerator-hour ({currency})"),
    "pricing.electricity_price_per_kwh": QT_TRANSLATE_NOOP("CompareView", "Electricity ({currency} per kWh)"),
    "pricing.pue": QT_TRANSLATE_NOOP("CompareView", "PUE"),
    "pricing.server_overhead_power_w": QT_TRANSLATE_NOOP("CompareView", "Server power (W)"),
    "pricing.hosting_per_server_year": QT_TRANSLATE_NOOP("CompareView", "Hosting per server ({currency} per year)"),
    "pricing.depreciation_years": QT_TRANSLATE_NOOP("CompareView", "Depreciation (years)"),
    "pricing.cny_per_usd": QT_TRANSLATE_NOOP("CompareView", "Exchange rate (CNY per USD)"),
    "model.model_id": QT_TRANSLATE_NOOP("CompareView", "Model"),
    "model.custom_model": QT_TRANSLATE_NOOP("CompareView", "Custom model"),
    "model.total_params_b": QT_TRANSLATE_NOOP("CompareView", "Model size (B parameters)"),
    "model.weight_precision": QT_TRANSLATE_NOOP("CompareView", "Weight precision"),
    "model.kv_cache_precision": QT_TRANSLATE_NOOP("CompareView", "KV-cache precision"),
    "workload.calls_per_case": QT_TRANSLATE_NOOP("CompareView", "Calls per case"),
    "workload.input_tokens_per_call": QT_TRANSLATE_NOOP("CompareView", "Input tokens per call"),
    "workload.output_tokens_per_call": QT_TRANSLATE_NOOP("CompareView", "Output tokens per call"),
    "workload.cases_per_day": QT_TRANSLATE_NOOP("CompareView", "Cases per day"),
    "workload.utilization": QT_TRANSLATE_NOOP("CompareView", "Utilization"),
    "workload.load_driver": QT_TRANSLATE_NOOP("CompareView", "Load set by"),
    "workload.peak_factor": QT_TRANSLATE_NOOP("CompareView", "Peak factor (peak ÷ average hour)"),
    "workload.service_level": QT_TRANSLATE_NOOP("CompareView", "Service level"),
    "workload.concurrency": QT_TRANSLATE_NOOP("CompareView", "Calls in flight"),
    "serving.tensor_parallel": QT_TRANSLATE_NOOP("CompareView", "Tensor parallel"),
    "serving.serving_stack": QT_TRANSLATE_NOOP("CompareView", "Serving stack"),
    "serving.calibration_profile": QT_TRANSLATE_NOOP("CompareView", "Calibration profile"),
}
MONEY_FIELDS = frozenset({"accelerator_price", "server_price", "server_overhead_price",
                          "rental_price_per_accelerator_hour", "electricity_price_per_kwh", "hosting_per_server_year"})
CHOICE_WORDS = {
    "buy": QT_TRANSLATE_NOOP("CompareView", "Buy"),
    "rent": QT_TRANSLATE_NOOP("CompareView", "Rent"),
    "reserved": QT_TRANSLATE_NOOP("CompareView", "Reserved"),
    "on_demand": QT_TRANSLATE_NOOP("CompareView", "On demand"),
    "cases_per_day": QT_TRANSLATE_NOOP("CompareView", "Cases per day"),
    "utilization": QT_TRANSLATE_NOOP("CompareView", "Utilization"),
    "auto": QT_TRANSLATE_NOOP("CompareView", "Auto"),
    "max": QT_TRANSLATE_NOOP("CompareView", "Flat out"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def input_label(path: str, currency: str) -> str:
    label = INPUT_LABELS.get(path)
    if label is None:  # a setting added later: its own name, readable
        return path.split(".")[-1].replace("_", " ").capitalize()
    return tr(label).format(currency=currency)


def service_level_text(scenario: Scenario, level: Any) -> str:
    """The limits in words and the cards' time form: "claim ≤ 5 min; first token ≤ 10 s"."""
    case = scenario.workload.case_name
    limits = (
        (QCoreApplication.translate("CompareView", "{case} ≤ {time}"), level.max_case_latency_s),
        (QCoreApplication.translate("CompareView", "first token ≤ {time}"), level.max_time_to_first_token_s),
        (QCoreApplication.translate("CompareView", "per token ≤ {time}"), level.max_time_per_output_token_s),
    )
    words = [label.format(case=case_name(case, language.current()), time=duration(limit))
             for label, limit in limits if limit is not None]
    return "; ".join(words) or QCoreApplication.translate("CompareView", "none")


def setting_text(scenario: Scenario, path: str) -> str:
    """The value of setting `path` in `scenario`, as the controls would show it."""
    section, field = path.split(".", 1)
    value: Any = getattr(getattr(scenario, section), field)
    currency = scenario.pricing.currency
    catalog = load_catalog()
    if value is None:
        if "price" in field:
            return QCoreApplication.translate("CompareView", "Catalog price")
        return QCoreApplication.translate("CompareView", "Catalog size") if field == "total_params_b" else "—"
    if path == "hardware.accelerator_id" and value in catalog.accelerators:
        return short_accelerator_name(catalog.accelerators[value])
    if path == "model.model_id" and value in catalog.models:
        return catalog.models[value].name
    if hasattr(value, "name") and hasattr(value, "model_dump"):  # a custom accelerator or model
        return QCoreApplication.translate("CompareView", "custom: {name}").format(name=value.name)
    if path == "workload.service_level":
        return service_level_text(scenario, value)
    if path == "serving.calibration_profile" and not profile_exists(value):  # evaluated with the built-in one
        return QCoreApplication.translate("ValidationDialog", "{profile} (missing: built-in used)").format(
            profile=value)
    if hasattr(value, "model_dump"):
        return ", ".join(f"{k.removeprefix('max_').replace('_', ' ')} {v:g}"
                         for k, v in value.model_dump().items() if v is not None) or QCoreApplication.translate(
            "CompareView", "none")
    if field in MONEY_FIELDS and isinstance(value, int | float):
        return money(value, currency)
    if path == "workload.utilization":
        return percent(value)
    if isinstance(value, str) and value in CHOICE_WORDS:
        return tr(CHOICE_WORDS[value])
    if isinstance(value, str) and value in PRECISIONS:
        return value.upper()
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.6g}"
    return f"{value:,}" if isinstance(value, int) else str(value)


OUTCOME_ROWS = (
    (QT_TRANSLATE_NOOP("CompareView", "Cost per {case}"), "cost_per_case", "money"),
    (QT_TRANSLATE_NOOP("CompareView", "Time per {case}"), "case_latency_s", "time"),
    (QT_TRANSLATE_NOOP("CompareView", "{Cases} per day served"), "served_cases_per_day", "count"),
    (QT_TRANSLATE_NOOP("CompareView", "{Cases} per day it could serve"), "servable_cases_per_day", "count"),
    (QT_TRANSLATE_NOOP("CompareView", "Capital cost"), "capital_cost", "money"),
    (QT_TRANSLATE_NOOP("CompareView", "Cost per month"), "monthly_cost", "money"),
    (QT_TRANSLATE_NOOP("CompareView", "Accelerators"), "accelerator_count", "count"),
    (QT_TRANSLATE_NOOP("CompareView", "Accelerators for the peak"), "accelerators_for_peak_demand", "count"),
)


# Shown as the outcome "Accelerators": not listed again among the inputs that differ.
SHOWN_AS_OUTCOME = frozenset({"hardware.accelerator_count"})
ROW_TIPS = {"servable_cases_per_day": QT_TRANSLATE_NOOP(
    "CompareView", "Within the service level, with the busiest hour at the peak factor times the average hour.")}


def table_rows(outcomes: list[Outcome], scenarios: list[Scenario], inputs: list[str],
               currency: str) -> list[tuple[str, list[str]]]:
    """The compare table's rows (label, a cell per column): the outcomes, then the inputs that differ."""
    columns = [column_cells(outcome, scenario, inputs, currency) for outcome, scenario in zip(
        outcomes, scenarios, strict=True)]
    labels = row_labels(inputs, currency, common_case(scenarios))
    return [(label, [cells[row] for cells in columns]) for row, label in enumerate(labels)]


def table_inputs(paths: list[str]) -> list[str]:
    return [path for path in paths if path not in SHOWN_AS_OUTCOME]


def row_labels(inputs: list[str], currency: str, case: str = "case") -> list[str]:
    """The compare table's row labels: the outcomes, then the inputs that differ."""
    return list(_row_labels(tuple(inputs), currency, case, language.current()))


@functools.lru_cache(maxsize=32)  # the same rows on every step of a drag
def _row_labels(inputs: tuple[str, ...], currency: str, case: str, _language: str) -> tuple[str, ...]:
    one, many = case_name(case, language.current()), case_name(case, language.current(), plural=True)
    labels = []
    for label, field, _ in OUTCOME_ROWS:
        labels.append(tr(label).format(case=one, Cases=many[:1].upper() + many[1:]))
        if field == "cost_per_case":
            labels.append(QCoreApplication.translate("CompareView", "Serves the demand"))
    return (*labels, *(input_label(path, currency) for path in inputs))


def row_tips() -> dict[int, str]:
    """Row index -> tooltip (for labels shortened to fit the table)."""
    rows = [field for _, field, _ in OUTCOME_ROWS]
    rows.insert(rows.index("cost_per_case") + 1, "serves")
    return {rows.index(field): tr(tip) for field, tip in ROW_TIPS.items()}


def column_cells(outcome: Outcome, scenario: Scenario, inputs: list[str], currency: str) -> list[str]:
    """One scenario's cells, in `row_labels` order (a pinned one's are kept while it stays pinned)."""
    cells = []
    for _, field, kind in OUTCOME_ROWS:
        value = getattr(outcome, field)
        shown = whole_capacity(value) if field == "servable_cases_per_day" else value  # as every other view
        cells.append(shown_figure(shown, kind, currency))
        if field == "cost_per_case":
            cells.append(serves_demand(outcome))
    return cells + [setting_text(scenario, path) for path in inputs]


class PinnedCells:
    """Pinned columns' texts, kept while a column's outcome (one per pinned scenario and
    currency), the rows and the language stay: only the open column changes as a slider moves."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[tuple[Outcome, tuple[str, ...], str, str], list[str]]] = {}

    def cells(self, column: int, outcome: Outcome, scenario: Scenario, paths: list[str], currency: str) -> list[str]:
        key = (outcome, tuple(paths), currency, language.current())
        kept = self._kept.get(column)
        if kept is None or kept[0][0] is not outcome or kept[0][1:] != key[1:]:
            kept = self._kept[column] = (key, column_cells(outcome, scenario, paths, currency))
        return kept[1]


def bar_rows(outcomes: list[Outcome], field: str) -> tuple[list[tuple[int, float, float, str]],
                                                            list[tuple[int, float, float]]]:
    """A compare chart's bars (the open scenario, last, in the accent colour) and P10–P90 lines."""
    segments, ranges = [], []
    for row, outcome in enumerate(outcomes):
        value = getattr(outcome, field)
        if value is not None:
            segments.append((row, 0.0, value, "accent" if row == len(outcomes) - 1 else "muted"))
        low, high = getattr(outcome, f"{field}_p10", None), getattr(outcome, f"{field}_p90", None)
        if low is not None and high is not None:
            ranges.append((row, low, high))
    return segments, ranges


def bar_name(name: str, outcome: Outcome, field: str) -> str:
    """A compare chart's row name, saying why it has no bar (the model does not fit)."""
    if getattr(outcome, field) is not None:
        return name
    if not outcome.fits_in_memory:
        return QCoreApplication.translate("CompareView", "{name} (does not fit)").format(name=name)
    return QCoreApplication.translate("CompareView", "{name} (no figure)").format(name=name)


def serves_demand(outcome: Outcome) -> str:
    """Whether the scenario's fleet serves its demand: an over-capacity fleet's cost per case is
    not what serving the demand costs."""
    if not outcome.fits_in_memory:
        return QCoreApplication.translate("CompareView", "no: the model does not fit")
    if outcome.cost_per_case is None:
        return "—"
    if outcome.over_capacity:
        return QCoreApplication.translate("CompareView", "no: over capacity")
    return QCoreApplication.translate("CompareView", "yes")


def short_names(names: list[str]) -> list[str]:
    """Names without the words they share with another ("… 8×B200", "… CPU servers"): among
    names that begin alike, their common words are dropped; long ones keep their end."""
    words = [name.split(" ") for name in names]
    out = []
    for mine in words:
        alike = [other for other in words if other is not mine and other[:1] == mine[:1]]
        common = 0
        if alike:
            while common + 1 < len(mine) and all(len(o) > common + 1 and o[common] == mine[common] for o in alike):
                common += 1
        text = " ".join(mine[common:])
        text = ("… " if common else "") + text
        out.append(text if len(text) <= 26 else "… " + _last_words(text, 24))
    return out


def _last_words(text: str, most: int) -> str:
    """The whole words at the end of `text` that fit in `most` characters (never a word cut in
    two: "…nsurance claims on 8×B200"); the last word's end when even it is longer."""
    kept: list[str] = []
    for word in reversed(text.split(" ")):
        if kept and len(" ".join([word, *kept])) > most:
            break
        kept.insert(0, word)
    joined = " ".join(kept)
    return joined if len(joined) <= most else joined[-most:]


def waterfall_rows(fall: Waterfall, baseline: str, currency: str) -> tuple[
        list[str], list[tuple[int, float, float, str]], str]:
    """The waterfall's bar names, segments (row, start, end, colour) and note, from A (`baseline`,
    a short name) through each input's share to B, the open scenario."""
    assert fall.base_cost_per_case is not None and fall.other_cost_per_case is not None
    names = [QCoreApplication.translate("CompareView", "A: {name}").format(name=baseline),
             *(input_name(item.input, language.current()) for item in fall.attribution),
             QCoreApplication.translate("CompareView", "B: open scenario")]
    segments: list[tuple[int, float, float, str]] = [(0, 0.0, fall.base_cost_per_case, "muted")]
    level = fall.base_cost_per_case
    for row, item in enumerate(fall.attribution, start=1):
        end = level + item.cost_per_case_change
        segments.append((row, level, end, "highlight" if item.cost_per_case_change > 0 else "third"))
        level = end
    segments.append((len(names) - 1, 0.0, fall.other_cost_per_case, "accent"))
    steps = ", ".join(f"{input_name(item.input, language.current())} "
                      f"{signed_money(item.cost_per_case_change, currency)}" for item in fall.attribution)
    note = (f"{money(fall.base_cost_per_case, currency)} → {money(fall.other_cost_per_case, currency)}"
            + (f": {steps}" if steps else QCoreApplication.translate("CompareView", ": no input differs"))
            + QCoreApplication.translate("CompareView", ". Red raises, green lowers."))
    return names, segments, note


def signed_money(value: float, currency: str) -> str:
    """+¥0.208, −¥0.168; ±¥0 for an input that differs but moves nothing (not "+¥0")."""
    return ("+" if value > 0 else "−" if value < 0 else "±") + money(abs(value), currency)


def shown_figure(value: Any, kind: str, currency: str) -> str:
    if kind == "money":
        return money(value, currency)
    if kind == "time":
        return duration(value)
    return quantity(value)



def examples_menu(parent: QWidget, pin: Callable[[str], None]) -> QMenu:
    """The built-in examples to pin, the article's claims in a submenu, in the interface's language."""
    menu = QMenu(parent)
    for name in builtin_scenario_names():
        menu.addAction(data_text(builtin_scenario(name).name, language.current()), lambda n=name: pin(n))
    article = menu.addMenu(QCoreApplication.translate("CompareView", "The article's claims"))
    for name in builtin_scenario_names("article"):
        title = data_text(builtin_scenario(name).name, language.current())
        article.addAction(title.removeprefix("Article: "), lambda n=name: pin(n))
    return menu
