"""Every word of the report, the summary and the export menus, made from core's codes.

All strings go through QCoreApplication.translate with the explicit context "Report" so a
zh_CN translation finds them. Numbers are formatted by gui.formatting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.catalog import AcceleratorSpec, load_catalog
from core.messages import CASE_INPUT_NAMES, case_input_name, render
from core.report_data import Answer, Figure, Question, ReportData, ReportWarning
from gui import language
from gui.catalog_labels import choice_label, short_accelerator_name
from gui.formatting import NO_FIGURE, duration, money, percent, quantity, share
from gui.language import translate
from gui.report.localized import localized

CONTEXT = "Report"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


FIGURE_LABELS = {
    "cost_per_case": QT_TRANSLATE_NOOP("Report", "Cost per {case}"),
    "case_latency_s": QT_TRANSLATE_NOOP("Report", "Time per {case}"),
    "time_to_first_token_s": QT_TRANSLATE_NOOP("Report", "Time to first token"),
    "time_per_output_token_s": QT_TRANSLATE_NOOP("Report", "Time per output token"),
    "output_tokens_per_s": QT_TRANSLATE_NOOP("Report", "Output tokens per second (fleet)"),
    "capacity_cases_per_day": QT_TRANSLATE_NOOP("Report", "{Cases} a day it could serve within the service level"),
    "cost_per_case_part_served": QT_TRANSLATE_NOOP("Report", "Cost per {case} (this fleet, over capacity)"),
    "peak_utilization": QT_TRANSLATE_NOOP("Report", "Busiest hour (share of capacity)"),
    "cost_per_day": QT_TRANSLATE_NOOP("Report", "Fleet cost per day"),
    "capital_cost": QT_TRANSLATE_NOOP("Report", "Hardware outlay"),
    "memory_used_fraction": QT_TRANSLATE_NOOP("Report", "Memory used"),
}

ASSUMPTION_LABELS = {
    "server_price": QT_TRANSLATE_NOOP("Report", "Server price (accelerators and chassis)"),
    "accelerator_price": QT_TRANSLATE_NOOP("Report", "Price per accelerator"),
    "rental_price": QT_TRANSLATE_NOOP("Report", "Rent per accelerator-hour"),
    "rental_billing": QT_TRANSLATE_NOOP("Report", "Rental billing"),
    "chassis_price": QT_TRANSLATE_NOOP("Report", "Chassis price per server"),
    "depreciation": QT_TRANSLATE_NOOP("Report", "Depreciation"),
    "electricity": QT_TRANSLATE_NOOP("Report", "Electricity"),
    "pue": QT_TRANSLATE_NOOP("Report", "PUE (facility power ÷ IT power)"),
    "hosting": QT_TRANSLATE_NOOP("Report", "Hosting per server"),
    "server_power": QT_TRANSLATE_NOOP("Report", "Server power beyond the accelerators"),
    "exchange_rate": QT_TRANSLATE_NOOP("Report", "Exchange rate"),
    "serving_stack": QT_TRANSLATE_NOOP("Report", "Serving engine and its efficiencies"),
    "accelerator_specs": QT_TRANSLATE_NOOP("Report", "Accelerator specifications"),
    "model_specs": QT_TRANSLATE_NOOP("Report", "Model shape"),
}

ORIGINS = {
    "scenario": QT_TRANSLATE_NOOP("Report", "set in the scenario"),
    "catalog": QT_TRANSLATE_NOOP("Report", "catalog"),
    "calibration": QT_TRANSLATE_NOOP("Report", "calibration"),
}

WARNING_LABELS = {
    "does_not_fit": QT_TRANSLATE_NOOP("Report", "The model does not fit in memory"),
    "over_capacity": QT_TRANSLATE_NOOP("Report", "Over capacity"),
    "service_level_unreachable": QT_TRANSLATE_NOOP("Report", "The service level is out of reach"),
    "misses_service_level": QT_TRANSLATE_NOOP("Report", "The service level is missed"),
    "ranges_widened": QT_TRANSLATE_NOOP("Report", "Ranges widened: little published data for this setup"),
    "engine": QT_TRANSLATE_NOOP("Report", "Note"),
}

BOTTLENECKS = {
    "compute": QT_TRANSLATE_NOOP("Report", "compute"),
    "memory bandwidth": QT_TRANSLATE_NOOP("Report", "memory bandwidth"),
    "does not fit": QT_TRANSLATE_NOOP("Report", "memory capacity"),
    "scheduling overhead": QT_TRANSLATE_NOOP("Report", "scheduling overhead"),
}

SENSITIVITY_INPUTS = {
    "workload.utilization": QT_TRANSLATE_NOOP("Report", "utilization"),
    "workload.peak_factor": QT_TRANSLATE_NOOP("Report", "peak factor"),
    "workload.input_tokens_per_call": QT_TRANSLATE_NOOP("Report", "input tokens per call"),
    "workload.output_tokens_per_call": QT_TRANSLATE_NOOP("Report", "output tokens per call"),
    "pricing.server_price": QT_TRANSLATE_NOOP("Report", "server price"),
    "pricing.accelerator_price": QT_TRANSLATE_NOOP("Report", "accelerator price"),
    "pricing.server_overhead_price": QT_TRANSLATE_NOOP("Report", "chassis price"),
    "pricing.depreciation_years": QT_TRANSLATE_NOOP("Report", "depreciation years"),
    "pricing.electricity_price_per_kwh": QT_TRANSLATE_NOOP("Report", "electricity price"),
    "pricing.pue": QT_TRANSLATE_NOOP("Report", "PUE"),
    "pricing.hosting_per_server_year": QT_TRANSLATE_NOOP("Report", "hosting per server-year"),
    "pricing.rental_price_per_accelerator_hour": QT_TRANSLATE_NOOP("Report", "rent per accelerator-hour"),
    "pricing.cny_per_usd": QT_TRANSLATE_NOOP("Report", "exchange rate"),
    "hardware.accelerator_count": QT_TRANSLATE_NOOP("Report", "accelerator count"),
    "hardware.accelerator_id": QT_TRANSLATE_NOOP("Report", "accelerator"),
    "model.weight_precision": QT_TRANSLATE_NOOP("Report", "weight format"),
}


def _short(spec: AcceleratorSpec) -> str:
    """The app's short name ("HGX H20"); a name it would cut off stays whole, without its details."""
    name = short_accelerator_name(spec)
    return name if not name.endswith("…") else spec.name.split("(")[0].strip()


def plural_case(case: str) -> str:
    """The case name as a plural noun for English sentences ("claims"); translations keep it."""
    return translate("Report", "{case}s").format(case=case)


def figure_label(code: str, case: str) -> str:
    cases = plural_case(case)
    return tr(FIGURE_LABELS.get(code, code)).format(case=case, Cases=cases[:1].upper() + cases[1:])


def figure_value(figure: Figure, currency: str, case: str) -> str:
    return _value(figure.kind, figure.value, currency, case)


def figure_range(figure: Figure, currency: str, case: str) -> str:
    if figure.p10 is None or figure.p90 is None:
        return ""
    low, high = _value(figure.kind, figure.p10, currency, case), _value(figure.kind, figure.p90, currency, case)
    return "" if low == high else translate("Report", "{low} – {high}").format(low=low, high=high)  # "¥2,411 – ¥2,411"


def _value(kind: str, value: float | None, currency: str, case: str) -> str:
    if value is None:
        return NO_FIGURE
    formats: dict[str, Callable[[float], str]] = {
        "money": lambda v: money(v, currency),
        "duration": duration,
        "cases_per_day": lambda v: translate(
            "Report", "{count} {cases} a day").format(count=quantity(v), cases=plural_case(case)),
        "tokens_per_s": lambda v: quantity(v),
        "share": lambda v: share(v),  # 85%, and 120× once a percentage stops reading
        "count": lambda v: quantity(v),
    }
    return formats.get(kind, lambda v: quantity(v, decimals=2))(value)


def fleet(question: Question) -> str:
    """ "8×HGX H20": the count and the accelerator's short name."""
    spec = load_catalog().accelerators.get(question.accelerator_id) if question.accelerator_id else None
    name = _short(spec) if spec is not None else question.accelerator_name
    return translate("Report", "{count}×{accelerator}").format(count=question.accelerator_count, accelerator=name)


def question_sentence(question: Question) -> str:
    """What the scenario asks, in one sentence."""
    limits = []
    if question.max_case_latency_s is not None:
        limits.append(translate("Report", "each {case} done within {limit}").format(
            case=question.case_name, limit=duration(question.max_case_latency_s)))
    if question.max_time_to_first_token_s is not None:
        limits.append(translate(
            "Report", "first token within {limit}").format(limit=duration(question.max_time_to_first_token_s)))
    if question.max_time_per_output_token_s is not None:
        limits.append(translate("Report", "at most {limit} per output token").format(
            limit=duration(question.max_time_per_output_token_s)))
    load = (translate("Report", "at {count} {cases} a day (peak hour ×{peak})").format(
        count=quantity(question.cases_per_day), cases=plural_case(question.case_name),
        peak=f"{question.peak_factor:g}") if question.cases_per_day else translate("Report", "at the scenario's load"))
    text = translate(
        "Report", "What does one {case} cost, and how long does it take, on {fleet} running {model} ({precision}, "
              "{stack}), {load}").format(case=question.case_name, fleet=fleet(question), model=question.model_name,
                                         precision=question.weight_precision, stack=question.serving_stack,
                                         load=load)
    if limits:
        text += translate("Report", ", with {limits}").format(limits=translate("Report", " and ").join(limits))
    return text + translate("Report", "?")


def answer_sentence(question: Question, answer: Answer, currency: str) -> str:
    """The answer in one sentence: "At 5,000 claims a day, 8×H20 costs ¥0.17 per claim (¥0.14–0.21) and …"."""
    head = (translate("Report", "At {count} {cases} a day, ").format(count=quantity(question.cases_per_day),
                                                    cases=plural_case(question.case_name))
            if question.cases_per_day else "")
    if not answer.fits_in_memory:
        needed = answer.min_accelerators_to_fit
        return head + translate(
            "Report", "{fleet} cannot hold {model} at {precision}: it needs at least {needed} accelerators.").format(
            fleet=fleet(question), model=question.model_name, precision=question.weight_precision,
            needed=NO_FIGURE if needed is None else needed)
    if answer.over_capacity and answer.service_level_reachable is not False:
        # The fleet as given serves only part of the demand: its cost per case answers another question.
        text = head + translate(
            "Report", "{fleet} is over capacity: its busiest hour needs {share} of what it serves within "
                         "the service level").format(fleet=fleet(question), share=share(answer.peak_utilization or 0.0))
        servers = answer.servers_for_peak_demand
        servers_text = ("" if not servers else translate("Report", "1 server") if servers == 1
                        else translate("Report", "{count} servers").format(count=quantity(servers)))
        if servers and answer.cost_per_case_when_served is not None:
            text += translate("Report", "; {servers} would serve it at {cost} per {case}, answering in {time}").format(
                servers=servers_text, cost=money(answer.cost_per_case_when_served, currency),
                case=question.case_name, time=duration(answer.case_latency_s_when_served))
        elif servers:
            text += translate("Report", "; serving it would take {servers}").format(servers=servers_text)
        else:
            text += translate("Report", "; no fleet up to 512 accelerators serves the peak hour")
        return text + _other_size(answer, question.case_name, currency) + translate("Report", ".")
    cost = money(answer.cost_per_case, currency)
    band = ""
    if answer.cost_per_case_p10 is not None and answer.cost_per_case_p90 is not None and money(
            answer.cost_per_case_p10, currency) != money(answer.cost_per_case_p90, currency):
        band = translate("Report", " ({low}–{high})").format(low=money(answer.cost_per_case_p10, currency),
                                            high=money(answer.cost_per_case_p90, currency))
    text = head + translate("Report", "{fleet} costs {cost} per {case}{band} and answers in {time}").format(
        fleet=fleet(question), cost=cost, case=question.case_name, band=band, time=duration(answer.case_latency_s))
    if answer.case_latency_s_p10 is not None and answer.case_latency_s_p90 is not None:
        text += translate("Report", " ({low}–{high})").format(low=duration(answer.case_latency_s_p10),
                                             high=duration(answer.case_latency_s_p90))
    servers = answer.servers_for_peak_demand
    if answer.service_level_reachable is False:
        text += translate(
            "Report", "; it cannot meet the service level on this accelerator: even one call at a time takes too long")
    elif answer.over_capacity:
        text += (translate(
            "Report", "; it is over capacity: serving the peak hour takes {servers} servers").format(servers=servers)
                 if servers else translate(
                     "Report", "; it is over capacity and no fleet up to 512 accelerators serves the peak hour"))
    elif servers is not None and answer.meets_service_level:
        text += (translate("Report", "; one server serves the peak hour within the service level") if servers == 1 else
                 translate("Report",
                     "; {servers} servers serve the peak hour within the service level").format(servers=servers))
    elif answer.meets_service_level is False:
        text += translate("Report", "; it misses the service level")
    return text + _other_size(answer, question.case_name, currency) + translate("Report", ".")


def _other_size(answer: Answer, case: str, currency: str) -> str:
    """Where the automatic tensor-parallel size falls short, the size that serves with these accelerators."""
    if answer.other_tensor_parallel is None or answer.cost_per_case_other_tensor_parallel is None:
        return ""
    return translate("Report", "; with tensor parallel {size} these same accelerators serve it at {cost} per "
                     "{case}").format(size=answer.other_tensor_parallel, case=case,
                                      cost=money(answer.cost_per_case_other_tensor_parallel, currency))


def limit_sentence(answer: Answer, question: Question) -> str:
    """What limits the fleet: its bottleneck and its capacity."""
    what = tr(BOTTLENECKS.get(answer.bottleneck, answer.bottleneck))
    if answer.capacity_cases_per_day is None:
        return translate("Report", "Limited by {what}.").format(what=what)
    return translate("Report", "Limited by {what}; within the service level, with its busiest hour at the peak factor, "
                     "it serves up to {count} {cases} a day.").format(
        what=what, count=quantity(answer.capacity_cases_per_day), cases=plural_case(question.case_name))


def warning_text(item: ReportWarning) -> str:
    locale = language.current()
    if locale != "en" and item.message is not None:  # the engine's sentence, whole, in the reader's language
        return render(item.message, locale)
    label = tr(WARNING_LABELS.get(item.code, item.code))
    return label + (": " + item.detail if item.detail else "")


def sensitivity_input(setting: str, fallback: str, case: str = "case") -> str:
    """A tornado input's name; `case`: the scenario's case as it is stored ("claim")."""
    if setting in CASE_INPUT_NAMES:
        return case_input_name(setting, fallback, case, language.current())
    return tr(SENSITIVITY_INPUTS[setting]) if setting in SENSITIVITY_INPUTS else fallback


def setting_value(value: object, setting: str, currency: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return choice_label(setting, value)
    if setting.startswith("pricing.") and setting not in (
            "pricing.pue", "pricing.depreciation_years", "pricing.cny_per_usd", "pricing.server_overhead_power_w"):
        return money(float(value), currency)
    return quantity(float(value), decimals=0 if float(value).is_integer() or abs(value) >= 100 else 2)


def accuracy_sentences(data: ReportData) -> list[str]:
    a = data.accuracy
    lines = []
    if a.median_ape is not None:
        lines.append(translate(
            "Report", "On {points} published benchmarks from {sources} sources, each predicted by a fit that "
                        "left its own source out, the median error of output tokens per second is {error}; "
                        "{within} of the predictions are within ±30%.").format(
            points=a.points, sources=a.sources, error=percent(a.median_ape, 1),
            within=percent(a.within_30_percent_share)))
    if a.tpot_median_ape is not None and a.ttft_median_ape is not None:
        lines.append(translate(
            "Report", "Median error of the time per output token: {tpot}; of the time to first token: {ttft}.")
                     .format(tpot=percent(a.tpot_median_ape, 1), ttft=percent(a.ttft_median_ape, 1)))
    if a.band_coverage is not None:
        lines.append(translate(
            "Report", "The likely ranges (P10–P90) shown in this report hold {share} of the held-out "
                        "measurements.").format(share=percent(a.band_coverage)))
    if a.widened:
        lines.append(translate(
            "Report", "This scenario's ranges are widened: no published measurement covers its accelerator "
                        "family or model class."))
    if a.fitted_on:
        lines.append(translate(
            "Report", "Calibration fitted on {date} (python -m core.calibrate; inferonomics-cli validate lists "
                        "every benchmark).").format(date=a.fitted_on))
    return lines


def summary_text(data: ReportData) -> str:
    """Plain text for an e-mail: the question, the answer, the key figures, the warnings."""
    data = localized(data)
    q, currency = data.question, data.question.currency
    lines = [data.scenario.name, "", question_sentence(q), "", answer_sentence(q, data.answer, currency),
             limit_sentence(data.answer, q), ""]
    for figure in data.figures:
        band = figure_range(figure, currency, q.case_name)
        lines.append(f"{figure_label(figure.code, q.case_name)}: {figure_value(figure, currency, q.case_name)}"
                     + (translate("Report", " (likely {band})").format(band=band) if band else ""))
    if data.warnings:
        lines.append("")
        lines += [translate("Report", "Warning: {text}").format(text=warning_text(w)) for w in data.warnings]
    if data.accuracy.median_ape is not None:
        lines += ["", translate(
            "Report", "Likely ranges are P10–P90 from the engine's error on published benchmarks it was not "
                         "fitted to (median {error}).").format(error=percent(data.accuracy.median_ape, 1))]
    lines += ["", translate("Report", "— Inferonomics")]
    return "\n".join(lines)


GROUP_NAMES = {
    "accelerator": QT_TRANSLATE_NOOP("Report", "accelerator"),
    "accelerator count": QT_TRANSLATE_NOOP("Report", "accelerator count"),
    "buy or rent": QT_TRANSLATE_NOOP("Report", "buy or rent"),
    "hardware price": QT_TRANSLATE_NOOP("Report", "hardware price"),
    "power and hosting": QT_TRANSLATE_NOOP("Report", "power and hosting"),
    "depreciation": QT_TRANSLATE_NOOP("Report", "depreciation"),
    "exchange rate": QT_TRANSLATE_NOOP("Report", "exchange rate"),
    "model": QT_TRANSLATE_NOOP("Report", "model"),
    "precision": QT_TRANSLATE_NOOP("Report", "precision"),
    "workload": QT_TRANSLATE_NOOP("Report", "workload"),
    "load": QT_TRANSLATE_NOOP("Report", "load"),
    "service level": QT_TRANSLATE_NOOP("Report", "service level"),
    "serving": QT_TRANSLATE_NOOP("Report", "serving"),
    "prices": QT_TRANSLATE_NOOP("Report", "prices"),
}


def group_name(name: str) -> str:
    """A compare group ("accelerator + accelerator count" when merged) in the reader's words."""
    return " + ".join(tr(GROUP_NAMES[part]) if part in GROUP_NAMES else part for part in name.split(" + "))


def fleet_of(count: int, accelerator: str) -> str:
    spec = next((a for a in load_catalog().accelerators.values() if a.name == accelerator), None)
    accelerator = _short(spec) if spec is not None else accelerator
    return translate("Report", "{count}×{accelerator}").format(count=count, accelerator=accelerator)


def duration_text(seconds: float | None) -> str:
    return duration(seconds)


def signed_money(value: float, currency: str) -> str:
    text = money(abs(value), currency)
    return ("+" if value > 0 else "−" if value < 0 else "±") + text
