"""The CLI's text output (not its JSON) in the user's language, with the one number formatter."""

from __future__ import annotations

import unicodedata
from typing import Any

from core import number_format as nf
from core.catalog import load_catalog
from core.compare import Comparison, common_case
from core.headline import servers
from core.messages import Message, case_input_name, case_name, input_name, render, share_of_capacity
from core.outcome import Outcome
from core.planner import PlanResult
from core.precision import PRECISIONS
from core.scenario import Scenario
from core.sensitivity import Bar, Tornado
from core.translations import QT_TRANSLATE_NOOP, data_text, translate

CONTEXT = "CliText"


def tr(text: str, locale: str) -> str:
    return translate(CONTEXT, text, locale)


def display_width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def _yes_no(value: bool | None, locale: str) -> str:
    if value is None:
        return nf.NO_FIGURE
    return tr(QT_TRANSLATE_NOOP("CliText", "yes"), locale) if value else tr(QT_TRANSLATE_NOOP("CliText", "no"),
                                                                              locale)


def outcome_table(scenario: Scenario, outcome: Outcome, locale: str = nf.DEFAULT_LOCALE) -> str:
    """`evaluate`'s table: one figure a line, then the warnings."""
    cur = outcome.currency
    case = case_name(scenario.workload.case_name, locale)
    cases = case_name(scenario.workload.case_name, locale, plural=True)
    load = nf.NO_FIGURE
    if outcome.fleet_utilization is not None:
        load = (f"{share_of_capacity(outcome.fleet_utilization, locale)} · "
                f"{share_of_capacity(outcome.peak_utilization or 0, locale)}")
        if outcome.over_capacity:
            load += tr(QT_TRANSLATE_NOOP("CliText", " — over capacity"), locale)
    rented = ""
    if scenario.pricing.mode != "buy":
        rented = tr(QT_TRANSLATE_NOOP("CliText", " (rented, reserved: idle hours paid)"), locale) if (
            scenario.pricing.rental_billing == "reserved") else tr(
            QT_TRANSLATE_NOOP("CliText", " (rented, on demand: busy hours only)"), locale)
    fleet = servers(scenario, outcome)
    rows = [
        (QT_TRANSLATE_NOOP("CliText", "Scenario"), data_text(scenario.name, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Hardware"), f"{outcome.accelerator_count} × {outcome.accelerator_name}"),
        (QT_TRANSLATE_NOOP("CliText", "Model"), f"{outcome.model_name} ({scenario.model.weight_precision})"),
        (QT_TRANSLATE_NOOP("CliText", "Fits in memory"), _yes_no(outcome.fits_in_memory, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Tensor parallel × replicas"),
            f"{outcome.tensor_parallel_size} × {outcome.replicas}"),
        (QT_TRANSLATE_NOOP("CliText", "Memory used"), nf.percent(outcome.memory_used_fraction, 1, locale)),
        (QT_TRANSLATE_NOOP("CliText", "{Cases} per day (load)"), nf.cases_count(nf.shown_load(
            outcome.cases_per_day, outcome.servable_cases_per_day, outcome.over_capacity), locale)),
        (QT_TRANSLATE_NOOP("CliText", "Load (average · peak hour)"), load),
        (QT_TRANSLATE_NOOP("CliText", "{Cases} a day served within the service level (busiest hour at the peak "
                                      "factor)"),
         nf.cases_count(nf.whole_capacity(outcome.servable_cases_per_day), locale)
         if outcome.service_level_reachable is not False else nf.NO_FIGURE),
        (QT_TRANSLATE_NOOP("CliText", "Servers needed for the busiest hour (you have)"),
         f"{nf.number(fleet.servers_needed, 0, locale)} ({nf.number(fleet.servers_owned, 0, locale)})"),
        (QT_TRANSLATE_NOOP("CliText", "Flat out ({cases}/day)"), nf.number(outcome.flat_out_cases_per_day, 0, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Calls in flight at the operating point (memory allows)"),
         f"{nf.number(outcome.concurrency, 1, locale)} ({nf.number(outcome.max_concurrency, 0, locale)})"),
        (QT_TRANSLATE_NOOP("CliText", "Output tokens/s (fleet)"), nf.significant(outcome.output_tokens_per_s, 3,
            locale)),
        (QT_TRANSLATE_NOOP("CliText", "Output tokens/s per accelerator"),
         nf.significant(outcome.output_tokens_per_s_per_gpu, 3, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Time to first token"), nf.duration(outcome.time_to_first_token_s, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Time per output token"), nf.duration(outcome.time_per_output_token_s, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Time per {case}"), nf.duration(outcome.case_latency_s, locale)),
        # Over capacity the figure is this fleet's per case it gets through, not what serving the
        # demand costs (the report and the cards say so too).
        (QT_TRANSLATE_NOOP("CliText", "Cost per {case} (this fleet, over capacity)") if outcome.over_capacity
         else QT_TRANSLATE_NOOP("CliText", "Cost per {case}"), nf.money(outcome.cost_per_case, cur, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Fleet cost per day"), nf.money(outcome.cost_per_day, cur, locale) + rented),
        (QT_TRANSLATE_NOOP("CliText", "Cost per million output tokens"),
            nf.money(outcome.cost_per_million_output_tokens, cur,
                                                                   locale)),
        (QT_TRANSLATE_NOOP("CliText", "Fleet cost per hour"), nf.money(outcome.cost_per_hour, cur, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Meets the service level"), _yes_no(outcome.meets_service_level, locale)),
        (QT_TRANSLATE_NOOP("CliText", "Bottleneck"), render(Message(code=outcome.bottleneck), locale)),
    ]
    shown = [(tr(label, locale).format(case=case, cases=cases, Cases=_capital(cases)), value)
             for label, value in rows]
    width = max(display_width(label) for label, _ in shown)
    lines = [f"{pad(label, width)}  {value}" for label, value in shown]
    warning = tr(QT_TRANSLATE_NOOP("CliText", "warning: {text}"), locale)
    messages = outcome.warning_messages or ()
    texts = [render(message, locale) for message in messages] if messages else list(outcome.warnings)
    lines += [warning.format(text=text) for text in texts]
    return "\n".join(lines)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def api_lines(extra: dict[str, Any], currency: str, locale: str = nf.DEFAULT_LOCALE, case: str = "case") -> str:
    if not extra:
        return ""
    used = extra["api_price_used"]
    provider = (tr(QT_TRANSLATE_NOOP("CliText", "your price"), locale) if used.get("kind") == "custom"
                else used["provider"])
    message = extra.get("break_even_message")
    note = render(Message.model_validate(message), locale) if message else extra["break_even_note"]
    line = tr(QT_TRANSLATE_NOOP("CliText", "Through an API ({provider}): {cost} per {case}; {note}."), locale)
    return "\n" + line.format(provider=provider, cost=nf.money(extra["api_cost_per_case"], currency, locale),
                              case=case_name(case, locale), note=note)


def plan_text(scenario: Scenario, result: PlanResult, locale: str = nf.DEFAULT_LOCALE) -> str:
    """`plan`'s table: the cheapest setups, then the accelerators that cannot serve the demand."""
    case = case_name(scenario.workload.case_name, locale)
    cases = case_name(scenario.workload.case_name, locale, plural=True)
    level = scenario.workload.service_level
    limit_names = (
        (tr(QT_TRANSLATE_NOOP("CliText", "time per {case}"), locale).format(case=case),
         level.max_case_latency_s),
        (tr(QT_TRANSLATE_NOOP("CliText", "time to first token"), locale), level.max_time_to_first_token_s),
        (tr(QT_TRANSLATE_NOOP("CliText", "time per output token"), locale), level.max_time_per_output_token_s),
    )
    limits = [f"{label} ≤ {nf.duration(value, locale)}" for label, value in limit_names if value is not None]
    head = tr(QT_TRANSLATE_NOOP("CliText", "Cheapest setups for {demand} {cases} a day (peak ×{peak})"), locale)
    comma, colon = ("，", "：") if nf.normal_locale(locale) == "zh_CN" else (", ", ":")
    demand = result.cases_per_day  # 0.4 claims a day is not "0"
    lines = [head.format(demand=nf.cases_count(demand, locale),
                         cases=cases,
                         peak=f"{result.peak_factor:g}") + (comma + comma.join(limits) if limits else "") + colon]
    columns = [
        tr(QT_TRANSLATE_NOOP("CliText", "accelerator"), locale), tr(QT_TRANSLATE_NOOP("CliText", "count"), locale),
        tr(QT_TRANSLATE_NOOP("CliText", "format"), locale), "TP",
        tr(QT_TRANSLATE_NOOP("CliText", "cost/{case}"), locale).format(case=case),
        tr(QT_TRANSLATE_NOOP("CliText", "time/{case}"), locale).format(case=case),
        tr(QT_TRANSLATE_NOOP("CliText", "busy"), locale),
    ]
    widths = (20, 5, 6, 3, 12, 10, 5)
    lines.append(" ".join(pad(name, width, right=index > 0)
                          for index, (name, width) in enumerate(zip(columns, widths, strict=True))))
    for item in result.plans:
        cells = [item.accelerator, str(item.accelerator_count), item.weight_precision, str(item.tensor_parallel_size),
                 nf.money(item.cost_per_case, result.currency, locale), nf.duration(item.case_latency_s, locale),
                 nf.percent(item.fleet_utilization, 0, locale)]
        lines.append(" ".join(pad(cell, width, right=index > 0)
                              for index, (cell, width) in enumerate(zip(cells, widths, strict=True))))
        lines += [f"    ⚠ {render(message, locale)}" for message in item.caveat_messages]
    if result.cases_per_day <= 0:
        lines.append(tr(QT_TRANSLATE_NOOP("CliText", "(no demand: give --cases-per-day)"), locale))
    elif not result.plans:
        lines.append(tr(QT_TRANSLATE_NOOP("CliText", "(no setup meets this demand and service level)"), locale))
    not_possible = tr(QT_TRANSLATE_NOOP("CliText", "not possible on {accelerator}: {why}"), locale)
    lines += [not_possible.format(accelerator=reason.accelerator,
                                  why=render(reason.why_message, locale) if reason.why_message else reason.why)
              for reason in result.infeasible]
    return "\n".join(lines)


def compare_text(result: Comparison, locale: str = nf.DEFAULT_LOCALE) -> str:
    case = case_name(common_case(result.scenarios), locale)  # "claim" where every scenario's case is one
    line = tr(QT_TRANSLATE_NOOP("CliText", "{name}: {cost} per {case}, {time} per {case}"), locale)
    lines = [line.format(name=data_text(name, locale), cost=nf.money(outcome.cost_per_case, outcome.currency, locale),
                         time=nf.duration(outcome.case_latency_s, locale), case=case)
             for name, outcome in zip(result.names, result.outcomes, strict=True)]
    change = tr(QT_TRANSLATE_NOOP("CliText", "{other} − {base}: {change} per {case}"), locale)
    for fall in result.waterfalls:
        lines.append("\n" + change.format(other=data_text(fall.other_name, locale),
                                          base=data_text(fall.base_name, locale), case=case,
                                          change=_signed_money(fall.cost_per_case_change, fall.currency, locale)))
        lines += [f"  {pad(input_name(item.input, locale), 40)} "
                  f"{_signed_money(item.cost_per_case_change, fall.currency, locale)}" for item in fall.attribution]
        if fall.note:
            lines.append(f"  ({render(fall.note_message, locale) if fall.note_message else fall.note})")
    return "\n".join(lines)


def _signed_money(value: float | None, currency: str, locale: str) -> str:
    if value is None:
        return nf.NO_FIGURE
    text = nf.money(value, currency, locale)
    return text if value < 0 else "+" + text


_FIGURE_NAMES = {"cost_per_case": QT_TRANSLATE_NOOP("CliText", "cost per {case}"),
                 "case_latency_s": QT_TRANSLATE_NOOP("CliText", "time per {case}")}


def _setting_value(value: object, locale: str, setting: str = "") -> str:
    """An input's value at a bar's end: a chip by its name, a format in capitals, a number as
    people write it."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        accelerators = load_catalog().accelerators
        if setting == "hardware.accelerator_id" and value in accelerators:
            return accelerators[str(value)].name
        return str(value).upper() if value in PRECISIONS else str(value)
    if isinstance(value, int):  # counts stay whole: 6 … 10 accelerators, not 6.00 … 10.0
        return nf.number(float(value), 0, locale)
    return nf.significant(float(value), 3, locale) if abs(value) < 1000 else nf.number(float(value), 0, locale)


def sensitivity_text(chart: Tornado, currency: str, locale: str = nf.DEFAULT_LOCALE, case: str = "case") -> str:
    """The tornado as text; `case`: the scenario's case ("claim"), said in the inputs that hold one."""
    head = tr(QT_TRANSLATE_NOOP("CliText", "{figure} (base {base}), inputs ±{swing} (whole numbers by at least one, "
                                           "full servers by whole servers):"), locale)
    lines = []
    for figure, bars in chart.bars.items():
        def show(value: float | None, is_cost: bool = "cost" in figure) -> str:
            return nf.money(value, currency, locale) if is_cost else nf.duration(value, locale)

        lines.append(head.format(figure=tr(_FIGURE_NAMES.get(figure, figure), locale).format(
            case=case_name(case, locale)), base=show(chart.base[figure]),
                                 swing=nf.percent(chart.swing, 0, locale)))
        if chart.base_over_capacity:
            said = QT_TRANSLATE_NOOP("CliText", "over capacity already: every figure is this fleet's alone, which "
                                                "cannot serve the demand")
            lines.append("  ⚠ " + tr(said, locale))
        lines += [f"  {pad(case_input_name(bar.setting, bar.input, case, locale), 28)} "
                  f"{pad(show(bar.low), 12, right=True)} … "
                  f"{pad(show(bar.high), 12)} ({_setting_value(bar.low_value, locale, bar.setting)} … "
                  f"{_setting_value(bar.high_value, locale, bar.setting)})"
                  + ("" if chart.base_over_capacity else _beyond(bar, locale)) for bar in bars]
    return "\n".join(lines)


def _beyond(bar: Bar, locale: str) -> str:
    """A mark on a bar with an end beyond the fleet's capacity (its figure holds the fleet): each
    such end with what serving it takes."""
    marks = []
    for end, over, needed in (("low", bar.low_over_capacity, bar.low_accelerators_needed),
                              ("high", bar.high_over_capacity, bar.high_accelerators_needed)):
        if not over:
            continue
        if needed is None:
            said = (tr(QT_TRANSLATE_NOOP("CliText", "low end beyond this fleet's capacity; no fleet size serves it"),
                       locale) if end == "low" else
                    tr(QT_TRANSLATE_NOOP("CliText", "high end beyond this fleet's capacity; no fleet size serves it"),
                       locale))
        else:
            said = (tr(QT_TRANSLATE_NOOP("CliText", "low end beyond this fleet's capacity: {count} accelerators serve "
                                                    "it"), locale) if end == "low" else
                    tr(QT_TRANSLATE_NOOP("CliText", "high end beyond this fleet's capacity: {count} accelerators "
                                                    "serve it"), locale)).format(count=nf.number(needed, 0, locale))
        marks.append(said)
    return "".join("  ⚠ " + mark for mark in marks)
