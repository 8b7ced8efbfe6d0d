"""Words at the edge: what the engine says (codes and parameters) rendered in the user's language.

The engine returns `Message(code, params)`; `render(message, locale)` makes the sentence, in one
place used by the app and the CLI (the outcome's English `warnings` and `bottleneck_explanation`
come from here too). English templates live below, marked for Qt Linguist; their translations
live in resources/translations/inferonomics_<locale>.ts (see core/translations.py).

Parameters are formatted by their name's ending: `*_count` a whole number, `*_s` seconds,
`*_share` a share of a whole (4.2%, 85%), `*_capacity` a share of capacity ("150% of capacity"),
`*_noun` a unit word agreeing with the matching `*_count`, `*_money` an amount in the `currency`
parameter, `*_inputs` input names ("a + b; c", core/compare.py's groups); `case` is the business case's name
(and `{cases}` its plural); `setting` a setting's dotted path (shown by its name) or a flag, `*_number`
a plain number (the sentences of core/error_templates.py); anything else is shown as it is.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core import number_format as nf
from core.error_templates import ERROR_TEMPLATES, SETTING_NAMES
from core.translations import QT_TRANSLATE_NOOP, data_text, translate

CONTEXT = "Messages"
CASE_CONTEXT = "CaseName"
INPUT_CONTEXT = "InputNames"
ParamValue = str | float | int


class Message(BaseModel):
    """One thing the engine has to say: a code and the figures it needs."""

    model_config = ConfigDict(frozen=True)
    code: str
    params: dict[str, ParamValue] = Field(default_factory=dict)


TEMPLATES: dict[str, str] = {
    # Bottlenecks (the outcome's `bottleneck`).
    "memory bandwidth": QT_TRANSLATE_NOOP(
        "Messages", "Memory-bandwidth bound: every token streams the weights and KV cache from memory, "
        "so faster memory helps more than more FLOPS."),
    "compute": QT_TRANSLATE_NOOP(
        "Messages", "Compute bound: the matrix units are the limit, so more FLOPS (or a lower-precision "
        "format) helps more than faster memory."),
    "communication": QT_TRANSLATE_NOOP(
        "Messages", "Communication bound: tensor-parallel all-reduces dominate, so a faster "
        "interconnect or fewer GPUs per replica helps."),
    "memory capacity": QT_TRANSLATE_NOOP(
        "Messages", "Memory-capacity bound: the KV cache fills memory before the chips are busy, so more "
        "memory per GPU (or an FP8 KV cache) allows larger batches."),
    "scheduling overhead": QT_TRANSLATE_NOOP(
        "Messages", "Scheduling-overhead bound: per-step software overhead dominates at this small batch, "
        "so more requests in flight raise throughput."),
    "does not fit": QT_TRANSLATE_NOOP(
        "Messages", "Does not fit: the weights and one request's KV cache exceed the accelerators' memory."),
    # Warnings.
    "context_too_long": QT_TRANSLATE_NOOP(
        "Messages", "one call needs {context_count} tokens of context but {model} handles at most {limit_count}"),
    "no_fit_at_fixed_tp": QT_TRANSLATE_NOOP(
        "Messages", "does not fit at tensor parallel size {tensor_parallel}: one replica of {model} at "
        "{precision} needs at least {need_count} × {accelerator}; choose 'auto' or a larger size"),
    "no_fit": QT_TRANSLATE_NOOP(
        "Messages", "does not fit: {model} at {precision} needs at least {need_count} × {accelerator}; "
        "the scenario has {have_count}"),
    "no_fit_native_narrower": QT_TRANSLATE_NOOP(
        "Messages", "{model} is published in {native}, which takes less memory: try that weight precision"),
    "kv_cache_exceeds_memory": QT_TRANSLATE_NOOP(
        "Messages", "does not fit: one request's KV cache ({context_count} tokens) exceeds the memory "
        "of one {accelerator} even before weights; shorten the calls"),
    "server_price_used": QT_TRANSLATE_NOOP(
        "Messages", "the price per server is used; the price per accelerator entered is ignored"),
    "no_matrix_units": QT_TRANSLATE_NOOP(
        "Messages", "{accelerator} has no {precision} matrix units: weights are stored in {precision} but "
        "compute at {rate} speed"),
    "tensor_parallel_too_large": QT_TRANSLATE_NOOP(
        "Messages", "tensor parallel size {asked} exceeds the {have_count} accelerators; using {used}"),
    "idle_accelerators": QT_TRANSLATE_NOOP(
        "Messages", "{idle_count} of {have_count} accelerators sit idle: replicas of {used} do not "
        "divide {have_count}"),
    "replica_crosses_scale_out": QT_TRANSLATE_NOOP(
        "Messages", "a replica of {used} spans more than {domain} accelerators, so its all-reduces cross "
        "the slower scale-out network"),
    "memory_limits_concurrency": QT_TRANSLATE_NOOP(
        "Messages", "memory holds only {held_count} requests in flight, not the {asked_count} asked; "
        "the rest would queue"),
    "no_load": QT_TRANSLATE_NOOP(
        "Messages", "no {cases} are served at this load, so cost per {case} has no value"),
    "no_utilization": QT_TRANSLATE_NOOP(
        "Messages", "the fleet serves no {cases} at {utilization_share} utilization, so cost per {case} "
        "has no value"),
    "over_capacity": QT_TRANSLATE_NOOP(
        "Messages", "over capacity: at the peak hour demand is {peak_capacity} ({have_count} {have_noun}); "
        "queues grow"),
    "tensor_parallel_would_serve": QT_TRANSLATE_NOOP(
        "Messages", "with tensor parallel {tensor_parallel} (set under Serving) these {have_count} {have_noun} "
        "serve it within the service level at {cost_money} per {case}; automatic picks {chosen}, the smallest "
        "size that leaves room to batch"),
    "over_capacity_need": QT_TRANSLATE_NOOP(
        "Messages", "over capacity: at the peak hour demand is {peak_capacity} ({have_count} {have_noun}); "
        "queues grow; {need_count} would serve it within the service level"),
    "fleet_mostly_idle": QT_TRANSLATE_NOOP(
        "Messages", "the fleet is {busy_share} busy on average: {need_count} {need_noun} would serve the "
        "peak hour"),
    "service_level_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "the service level is out of reach at any load with tensor parallel {tensor_parallel}: "
        "even with one call at a time, {limit} is {value_s} (limit {limit_s}); figures are at one call "
        "per replica"),
    "service_level_unreachable_any": QT_TRANSLATE_NOOP(
        "Messages", "the service level is out of reach at any load with tensor parallel {tensor_parallel}: "
        "even with one call at a time, it misses; figures are at one call per replica"),
    "service_level_missed": QT_TRANSLATE_NOOP(
        "Messages", "misses the service level: {limit} is {value_s}, limit {limit_s}"),
    # Comparisons (core/compare.py) and own-vs-API (core/api_prices.py).
    "waterfall_no_cost": QT_TRANSLATE_NOOP(
        "Messages", "no attribution: {name} has no cost per case (the model does not fit or nothing is served)"),
    "waterfall_together": QT_TRANSLATE_NOOP(
        "Messages", "{groups_inputs}: taken together (one without the other leaves no cost per case)"),
    "break_even_no_service": QT_TRANSLATE_NOOP(
        "Messages", "the fleet serves no {cases} (the model does not fit or the service level is out of reach)"),
    # A bigger demand needs whole servers more, each of which pays off only when as busy as the
    # first: the sentence says so, so that "above it the fleet" is never read as "at any volume".
    "break_even_at": QT_TRANSLATE_NOOP(
        "Messages", "below {volume_count} {cases} a day the API is cheaper; from there up to this fleet's capacity "
        "({capacity_count} a day) the fleet is. A larger demand needs more servers, and they beat the API only "
        "while at least {busy_share} busy at their busiest hour"),
    # At or below half: a fleet grown by whole servers is always over half busy, so it stays cheaper.
    "break_even_at_grows": QT_TRANSLATE_NOOP(
        "Messages", "below {volume_count} {cases} a day the API is cheaper, above it the fleet: up to this fleet's "
        "capacity ({capacity_count} a day) as it is, and beyond it with more servers, each of which pays off once "
        "{busy_share} busy at its busiest hour"),
    "break_even_out_of_reach": QT_TRANSLATE_NOOP(
        "Messages", "no break-even: this fleet misses the service level even at its lightest load; the API costs "
        "{api_money} per {case}"),
    "break_even_api_cheaper": QT_TRANSLATE_NOOP(
        "Messages", "the API is cheaper at every volume this fleet serves: even as busy as it can be within the "
        "service level at its busiest hour, the fleet costs {fleet_money} per {case} against the API's {api_money}"),
    "break_even_fleet_cheaper": QT_TRANSLATE_NOOP(
        "Messages", "the fleet is cheaper at every volume: rented on demand it is billed only while busy (no minimum "
        "assumed) and costs less per {case} than the API"),
    # The planner (core/planner.py): why a setup, why no setup on an accelerator.
    "plan_why": QT_TRANSLATE_NOOP(
        "Messages", "{replicas_count} {replicas_noun} of {size} × {accelerator} at {precision} serve the peak hour "
        "at {peak_share} of capacity, {latency_s} per {case}"),
    "plan_no_price": QT_TRANSLATE_NOOP("Messages", "no catalog price is known for {accelerator}"),
    "plan_no_fit": QT_TRANSLATE_NOOP(
        "Messages", "the model does not fit on up to {max_count} × {accelerator} at {formats}"),
    "plan_no_fit_any": QT_TRANSLATE_NOOP(
        "Messages", "the model does not fit on up to {max_count} × {accelerator} at any format"),
    "plan_service_level": QT_TRANSLATE_NOOP("Messages", "misses the service level at any load"),
    "plan_service_level_closest": QT_TRANSLATE_NOOP(
        "Messages", "misses the service level even with one call at a time: at best (tensor parallel "
        "{tensor_parallel}) {limit} is {value_s}, limit {limit_s}"),
    "plan_too_many": QT_TRANSLATE_NOOP(
        "Messages", "{demand_count} {cases} a day need more than {max_count} × {accelerator}"),
    "plan_too_many_peak": QT_TRANSLATE_NOOP(
        "Messages", "{demand_count} {cases} a day (peak ×{peak}) need more than {max_count} × {accelerator}"),
    # Why the likely ranges are wider (core/uncertainty.py; the report's warnings).
    "ranges_widened_family": QT_TRANSLATE_NOOP(
        "Messages", "the likely ranges are widened: no published measurement on the '{family}' accelerator family"),
    "ranges_widened_model": QT_TRANSLATE_NOOP(
        "Messages", "the likely ranges are widened: no published measurement of a '{model_class}' model"),
    "ranges_widened_both": QT_TRANSLATE_NOOP(
        "Messages", "the likely ranges are widened: no published measurement on the '{family}' accelerator "
        "family, nor of a '{model_class}' model"),
    # Names of limits used inside the sentences above (`limit` parameters).
    "time per case": QT_TRANSLATE_NOOP("Messages", "time per {case}"),
    "time to first token": QT_TRANSLATE_NOOP("Messages", "time to first token"),
    "time per output token": QT_TRANSLATE_NOOP("Messages", "time per output token"),
    # Units named in sentences (`*_noun` parameters).
    "CPU server": QT_TRANSLATE_NOOP("Messages", "CPU server"),
    "CPU servers": QT_TRANSLATE_NOOP("Messages", "CPU servers"),
    "accelerator": QT_TRANSLATE_NOOP("Messages", "accelerator"),
    "accelerators": QT_TRANSLATE_NOOP("Messages", "accelerators"),
    "replica": QT_TRANSLATE_NOOP("Messages", "replica"),
    "replicas": QT_TRANSLATE_NOOP("Messages", "replicas"),
    "GPU": QT_TRANSLATE_NOOP("Messages", "GPU"),
    "GPUs": QT_TRANSLATE_NOOP("Messages", "GPUs"),
    "NPU": QT_TRANSLATE_NOOP("Messages", "NPU"),
    "NPUs": QT_TRANSLATE_NOOP("Messages", "NPUs"),
}

# Business cases the examples use; a name typed by the user is shown as typed.
CASE_NAMES = (
    QT_TRANSLATE_NOOP("CaseName", "claim"),
    QT_TRANSLATE_NOOP("CaseName", "claims"),
    QT_TRANSLATE_NOOP("CaseName", "ticket"),
    QT_TRANSLATE_NOOP("CaseName", "tickets"),
    QT_TRANSLATE_NOOP("CaseName", "report"),
    QT_TRANSLATE_NOOP("CaseName", "reports"),
    QT_TRANSLATE_NOOP("CaseName", "case"),
    QT_TRANSLATE_NOOP("CaseName", "cases"),
    QT_TRANSLATE_NOOP("CaseName", "request"),
    QT_TRANSLATE_NOOP("CaseName", "requests"),
    QT_TRANSLATE_NOOP("CaseName", "document"),
    QT_TRANSLATE_NOOP("CaseName", "documents"),
    QT_TRANSLATE_NOOP("CaseName", "conversation"),
    QT_TRANSLATE_NOOP("CaseName", "conversations"),
)


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")


def plural_case(case: str) -> str:
    """English plural of a business case's name (singular, as the field asks): claim → claims,
    analysis → analyses. A name without Latin letters (工单: Chinese has no plural), or not ending
    in a letter ("ticket (EN)"), stays as typed."""
    if not _LATIN_LETTER.search(case) or not case[-1:].isalpha():
        return case
    if case.endswith("is"):
        return case[:-2] + "es"
    if case.endswith(("s", "x", "ch", "sh")):
        return case + "es"
    if case.endswith("y") and len(case) > 1 and case[-2] not in "aeiou":
        return case[:-1] + "ies"
    return case + "s"


def case_name(case: str, locale: str = nf.DEFAULT_LOCALE, plural: bool = False) -> str:
    """The case's name in `locale` (known names translated, the user's own shown as typed)."""
    english = plural_case(case) if plural else case
    return translate(CASE_CONTEXT, english, locale)


def input_name(name: str, locale: str = nf.DEFAULT_LOCALE) -> str:
    """An input's name (core/compare.py's groups, core/sensitivity.py's labels) in `locale`;
    names joined with " + " are translated one by one."""
    return " + ".join(translate(INPUT_CONTEXT, part, locale) for part in name.split(" + "))


# Inputs whose names hold the case: said with the scenario's own case word ("calls per claim").
CASE_INPUT_NAMES = {
    "workload.calls_per_case": QT_TRANSLATE_NOOP("InputNames", "calls per {case}"),
    "workload.cases_per_day": QT_TRANSLATE_NOOP("InputNames", "{cases} per day"),
    "workload.service_level.max_case_latency_s": QT_TRANSLATE_NOOP("InputNames", "max time per {case}"),
}


def case_input_name(setting: str, name: str, case: str, locale: str = nf.DEFAULT_LOCALE) -> str:
    """An input's name (`name`, as input_name takes it) with the case said as the scenario says it
    where the name holds one ("calls per claim"; "case" when the scenarios differ)."""
    template = CASE_INPUT_NAMES.get(setting)
    if template is None:
        return input_name(name, locale)
    return translate(INPUT_CONTEXT, template, locale).format(
        case=case_name(case, locale), cases=case_name(case, locale, plural=True))


def text(code: str, locale: str = nf.DEFAULT_LOCALE) -> str:
    """The template (or word) for `code` in `locale`, unformatted."""
    return translate(CONTEXT, _english(code), locale)


def _english(code: str) -> str:
    return TEMPLATES.get(code) or ERROR_TEMPLATES.get(code, code)


def setting_name(path: str, locale: str = nf.DEFAULT_LOCALE) -> str:
    """A setting (dotted path, e.g. "workload.calls_per_case") in the user's words; a flag
    ("--gpu-count") or a setting without a name is shown as given."""
    return input_name(SETTING_NAMES[path], locale) if path in SETTING_NAMES else path


def plain_number(value: float, locale: str = nf.DEFAULT_LOCALE) -> str:
    """A limit or a typed value: 1,000, 0.5, 0.000001 (no needless zeros, never 1e-06)."""
    for decimals in range(13):
        if round(value, decimals) == value:
            return nf.number(value, decimals, locale)
    return nf.number(value, 12, locale)


def _shown(name: str, value: ParamValue, params: dict[str, ParamValue], locale: str) -> str:
    if name == "setting":
        return setting_name(str(value), locale)
    if isinstance(value, str):
        if name in ("accelerator", "chip", "reference"):  # a catalog name, in the reader's language where it has one
            return data_text(value, locale)
        if name == "limit":
            return text(value, locale).format(case=case_name(str(params.get("case", "case")), locale))
        if name.endswith("_inputs"):
            return "; ".join(" + ".join(input_name(part, locale) for part in block.split(" + "))
                             for block in value.split("; "))
        if name.endswith("_noun"):
            count = params.get(name.removesuffix("_noun") + "_count", 2)
            english = value if float(count) == 1 else value + "s"
            return text(english, locale)
        return value
    if name.endswith("_count"):
        return nf.number(float(value), 0, locale)
    if name.endswith("_number"):
        return plain_number(float(value), locale)
    if name.endswith("_money"):
        return nf.money(float(value), str(params.get("currency", "")), locale)
    if name.endswith("_s"):
        return nf.duration(float(value), locale)  # as the cards and tables show a time: one answer, one form
    if name.endswith("_share"):
        return nf.share(float(value), locale)
    if name.endswith("_capacity"):
        return share_of_capacity(float(value), locale)
    return nf.number(float(value), 0, locale) if float(value) == round(float(value)) else str(value)


def render(message: Message, locale: str = nf.DEFAULT_LOCALE) -> str:
    """The sentence for `message` in `locale` (English by default)."""
    params = dict(message.params)
    values: dict[str, Any] = {name: _shown(name, value, params, locale) for name, value in params.items()}
    _told_apart(params, values, locale)
    if "case" in params:
        values["case"] = case_name(str(params["case"]), locale)
        values["cases"] = case_name(str(params["case"]), locale, plural=True)
    try:
        return text(message.code, locale).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a parameter the code lacks
        return _english(message.code).format(**values)


def _told_apart(params: dict[str, ParamValue], values: dict[str, Any], locale: str) -> None:
    """A time just over its limit must not read as the limit ("5 min, limit 5 min" for 300.4 s
    against 300 s): both then read in seconds, as precisely as it takes to tell them apart."""
    value, limit = params.get("value_s"), params.get("limit_s")
    if not isinstance(value, int | float) or not isinstance(limit, int | float) or isinstance(value, bool):
        return
    if value == limit or values["value_s"] != values["limit_s"]:
        return
    zh = nf.normal_locale(locale) == "zh_CN"
    for decimals in (1, 2, 3, 4):
        shown = [nf.number(float(x), decimals, locale) + ("秒" if zh else " s") for x in (value, limit)]
        if shown[0] != shown[1]:
            break
    values["value_s"], values["limit_s"] = shown


def share_of_capacity(share: float, locale: str = nf.DEFAULT_LOCALE) -> str:
    """"150% of capacity", but "40 times capacity" once a percentage stops being readable."""
    if share < 10:
        return translate(CONTEXT, SHARE_OF_CAPACITY, locale).format(share=nf.percent(share, 0, locale))
    if share < 1e6:
        return translate(CONTEXT, TIMES_CAPACITY, locale).format(times=nf.number(share, 0, locale))
    return translate(CONTEXT, OVER_A_MILLION, locale)


SHARE_OF_CAPACITY = QT_TRANSLATE_NOOP("Messages", "{share} of capacity")
TIMES_CAPACITY = QT_TRANSLATE_NOOP("Messages", "{times} times capacity")
OVER_A_MILLION = QT_TRANSLATE_NOOP("Messages", "more than a million times capacity")

# The bottleneck's short name (the outcome's `bottleneck`), shown as a card's figure.
BOTTLENECK_NAMES = (
    QT_TRANSLATE_NOOP("Bottleneck", "memory bandwidth"),
    QT_TRANSLATE_NOOP("Bottleneck", "compute"),
    QT_TRANSLATE_NOOP("Bottleneck", "communication"),
    QT_TRANSLATE_NOOP("Bottleneck", "memory capacity"),
    QT_TRANSLATE_NOOP("Bottleneck", "scheduling overhead"),
    QT_TRANSLATE_NOOP("Bottleneck", "does not fit"),
)
