"""A report's content as data: the question, the answer, the figures behind it, the
assumptions with their sources and dates, warnings, comparison, sensitivity and how
accurate the engine is. No words: codes and numbers only (the GUI turns them into text in
the reader's language and lays them out), so this module stays pure.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from core.catalog import load_calibration, read_resource_text
from core.engine import evaluate
from core.errors import ScenarioError
from core.inputs import accelerator_of, model_of
from core.messages import Message
from core.number_format import shown_load, whole_capacity
from core.outcome import Outcome
from core.overview import Overview, analyze
from core.report_api import OwnOrApi, own_or_api
from core.report_decide import ComparisonData, SensitivityBar, comparison_of, sensitivity_of
from core.scenario import Scenario
from core.uncertainty import thin_data_message

# Warning sentences from the engine start with one of these; the code names the kind.
WARNING_PREFIXES = (("does not fit", "does_not_fit"), ("over capacity", "over_capacity"),
                    ("the service level is out of reach", "service_level_unreachable"))


@dataclass(frozen=True)
class Question:
    scenario_name: str
    case_name: str
    cases_per_day: float | None
    peak_factor: float
    accelerator_count: int
    accelerator_id: str
    accelerator_name: str
    accelerators_per_server: int
    model_name: str
    weight_precision: str
    serving_stack: str
    pricing_mode: str  # "buy" | "rent"
    currency: str
    max_case_latency_s: float | None
    max_time_to_first_token_s: float | None
    max_time_per_output_token_s: float | None


@dataclass(frozen=True)
class Answer:
    fits_in_memory: bool
    min_accelerators_to_fit: int | None
    cost_per_case: float | None
    cost_per_case_p10: float | None
    cost_per_case_p90: float | None
    case_latency_s: float | None
    case_latency_s_p10: float | None
    case_latency_s_p90: float | None
    over_capacity: bool
    meets_service_level: bool | None
    service_level_reachable: bool | None
    capacity_cases_per_day: float | None
    accelerators_for_peak_demand: int | None
    servers_for_peak_demand: int | None
    bottleneck: str  # the engine's code, e.g. "memory bandwidth", "compute"
    # Over capacity: what a case costs and takes on the fleet sized for the peak hour (the
    # fleet as given serves only part of the demand within the service level).
    cost_per_case_when_served: float | None = None
    case_latency_s_when_served: float | None = None
    peak_utilization: float | None = None
    # Where the automatic tensor-parallel size falls short: the size with which these same
    # accelerators serve it, and its cost per case (the outcome's first warning says so too).
    other_tensor_parallel: int | None = None
    cost_per_case_other_tensor_parallel: float | None = None


@dataclass(frozen=True)
class Figure:
    code: str  # e.g. "cost_per_case"; the GUI names it
    kind: str  # "money", "duration", "cases_per_day", "tokens_per_s", "share", "count"
    value: float | None
    p10: float | None = None
    p90: float | None = None


@dataclass(frozen=True)
class Assumption:
    code: str  # e.g. "server_price", "exchange_rate", "serving_stack"
    kind: str  # "money", "money_per_kwh", "money_per_hour", "money_per_year", "years", "ratio", "rate", "watts", "text"
    value: float | str | None
    origin: str  # "scenario" (entered), "catalog", "calibration", "validation"
    sources: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True)
class ReportWarning:
    code: str  # "does_not_fit", "over_capacity", "service_level_unreachable", "misses_service_level",
    #            "ranges_widened", or "engine" (detail is then the engine's own sentence)
    detail: str = ""
    message: Message | None = None  # the engine's warning as a code, for words in another language


@dataclass(frozen=True)
class Accuracy:
    """The engine's error on published measurements of sources held out of its fit."""

    median_ape: float | None  # output tokens/s
    within_30_percent_share: float | None
    tpot_median_ape: float | None
    ttft_median_ape: float | None
    points: int | None
    sources: int | None
    band_coverage: float | None  # share of held-out rows inside their P10-P90 range
    fitted_on: str | None
    widened: bool  # this scenario's ranges are widened (thin data for its family or model)


@dataclass(frozen=True)
class ReportData:
    scenario: Scenario
    outcome: Outcome
    overview: Overview  # the sweeps the charts draw
    question: Question
    answer: Answer
    figures: tuple[Figure, ...]
    assumptions: tuple[Assumption, ...]
    warnings: tuple[ReportWarning, ...]
    comparison: ComparisonData | None
    sensitivity: tuple[SensitivityBar, ...] | None
    sensitivity_swing: float | None
    accuracy: Accuracy
    own_or_api: OwnOrApi | None = None  # the model's current API price against this fleet


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def question_of(scenario: Scenario, outcome: Outcome) -> Question:
    level = scenario.workload.service_level
    return Question(
        scenario_name=scenario.name,
        case_name=scenario.workload.case_name,
        cases_per_day=_finite(shown_load(outcome.cases_per_day, outcome.servable_cases_per_day,
                                         outcome.over_capacity)),
        peak_factor=scenario.workload.peak_factor,
        accelerator_count=outcome.accelerator_count,
        accelerator_id=scenario.hardware.accelerator_id if scenario.hardware.custom_accelerator is None else "",
        accelerator_name=outcome.accelerator_name,
        accelerators_per_server=scenario.hardware.accelerators_per_server,
        model_name=outcome.model_name,
        weight_precision=scenario.model.weight_precision,
        serving_stack=load_calibration().stacks[scenario.serving.serving_stack].name,
        pricing_mode=scenario.pricing.mode,
        currency=scenario.pricing.currency,
        max_case_latency_s=level.max_case_latency_s,
        max_time_to_first_token_s=level.max_time_to_first_token_s,
        max_time_per_output_token_s=level.max_time_per_output_token_s,
    )


def answer_of(scenario: Scenario, outcome: Outcome) -> Answer:
    needed = outcome.accelerators_for_peak_demand
    per_server = scenario.hardware.accelerators_per_server
    served = None
    if outcome.over_capacity and needed is not None:
        try:
            served = evaluate(scenario.updated({"hardware.accelerator_count": needed}))
        except ScenarioError:  # a fleet beyond what a scenario may hold: its size is still said
            served = None
    hint = next((m for m in outcome.warning_messages if m.code == "tensor_parallel_would_serve"), None)
    return Answer(
        fits_in_memory=outcome.fits_in_memory,
        min_accelerators_to_fit=outcome.min_accelerators_to_fit,
        cost_per_case=_finite(outcome.cost_per_case),
        cost_per_case_p10=_finite(outcome.cost_per_case_p10),
        cost_per_case_p90=_finite(outcome.cost_per_case_p90),
        case_latency_s=_finite(outcome.case_latency_s),
        case_latency_s_p10=_finite(outcome.case_latency_s_p10),
        case_latency_s_p90=_finite(outcome.case_latency_s_p90),
        over_capacity=outcome.over_capacity,
        meets_service_level=outcome.meets_service_level,
        service_level_reachable=outcome.service_level_reachable,
        capacity_cases_per_day=whole_capacity(_finite(outcome.servable_cases_per_day)),
        accelerators_for_peak_demand=needed,
        servers_for_peak_demand=None if needed is None else math.ceil(needed / per_server),
        bottleneck=outcome.bottleneck,
        cost_per_case_when_served=_finite(served.cost_per_case) if served is not None else None,
        case_latency_s_when_served=_finite(served.case_latency_s) if served is not None else None,
        peak_utilization=_finite(outcome.peak_utilization),
        other_tensor_parallel=int(hint.params["tensor_parallel"]) if hint else None,
        cost_per_case_other_tensor_parallel=float(hint.params["cost_money"]) if hint else None,
    )


def figures_of(outcome: Outcome) -> tuple[Figure, ...]:
    o = outcome
    # Over capacity the fleet serves only part of the peak: its own cost per case is then not
    # what serving the demand costs (the answer gives that), so it is named apart.
    cost_code = "cost_per_case_part_served" if o.over_capacity else "cost_per_case"
    return (
        Figure(cost_code, "money", _finite(o.cost_per_case), _finite(o.cost_per_case_p10),
               _finite(o.cost_per_case_p90)),
        Figure("case_latency_s", "duration", _finite(o.case_latency_s), _finite(o.case_latency_s_p10),
               _finite(o.case_latency_s_p90)),
        Figure("time_to_first_token_s", "duration", _finite(o.time_to_first_token_s),
               _finite(o.time_to_first_token_s_p10), _finite(o.time_to_first_token_s_p90)),
        Figure("time_per_output_token_s", "duration", _finite(o.time_per_output_token_s),
               _finite(o.time_per_output_token_s_p10), _finite(o.time_per_output_token_s_p90)),
        Figure("output_tokens_per_s", "tokens_per_s", _finite(o.output_tokens_per_s),
               _finite(o.output_tokens_per_s_p10), _finite(o.output_tokens_per_s_p90)),
        Figure("capacity_cases_per_day", "cases_per_day", whole_capacity(_finite(o.servable_cases_per_day)),
               whole_capacity(_finite(o.servable_cases_per_day_p10)),
               whole_capacity(_finite(o.servable_cases_per_day_p90))),
        Figure("peak_utilization", "share", _finite(o.peak_utilization)),
        Figure("cost_per_day", "money", _finite(o.cost_per_day)),
        Figure("capital_cost", "money", _finite(o.capital_cost)),
        Figure("memory_used_fraction", "share", _finite(o.memory_used_fraction)),
    )


def assumptions_of(scenario: Scenario) -> tuple[Assumption, ...]:
    pricing = scenario.pricing
    chip = accelerator_of(scenario)
    items: list[Assumption] = []
    if pricing.mode == "rent":
        if pricing.rental_price_per_accelerator_hour is not None:
            items.append(Assumption("rental_price", "money_per_hour", pricing.rental_price_per_accelerator_hour,
                                    "scenario"))
        else:
            items.append(Assumption("rental_price", "usd_per_hour", chip.rental_price_usd_per_hour, "catalog",
                                    chip.sources, chip.rental_price_date))
        items.append(Assumption("rental_billing", "text", pricing.rental_billing, "scenario"))
    else:
        if pricing.server_price is not None:
            items.append(Assumption("server_price", "money", pricing.server_price, "scenario"))
        elif pricing.accelerator_price is not None:
            items.append(Assumption("accelerator_price", "money", pricing.accelerator_price, "scenario"))
        else:
            items.append(Assumption("accelerator_price", "usd", chip.purchase_price_usd, "catalog",
                                    chip.sources, chip.purchase_price_date))
        items += [
            Assumption("chassis_price", "money", pricing.server_overhead_price, "scenario"),
            Assumption("depreciation", "years", pricing.depreciation_years, "scenario"),
            Assumption("electricity", "money_per_kwh", pricing.electricity_price_per_kwh, "scenario"),
            Assumption("pue", "ratio", pricing.pue, "scenario"),
            Assumption("hosting", "money_per_year", pricing.hosting_per_server_year, "scenario"),
            Assumption("server_power", "watts", pricing.server_overhead_power_w, "scenario"),
        ]
    items.append(Assumption("exchange_rate", "rate", pricing.cny_per_usd, "scenario", (), pricing.cny_per_usd_date))
    stack = load_calibration().stacks[scenario.serving.serving_stack]
    fit = fit_report()
    items.append(Assumption("serving_stack", "text", stack.name, "calibration",
                            ("resources/calibration/efficiency.json", *stack.evidence[:2]),
                            fit.get("fitted_on")))
    items.append(Assumption("accelerator_specs", "text", chip.name, "catalog", chip.sources))
    model = model_of(scenario)
    items.append(Assumption("model_specs", "text", model.name, "catalog", tuple(getattr(model, "sources", ()))))
    return tuple(items)


def warnings_of(outcome: Outcome, scenario: Scenario | None = None) -> tuple[ReportWarning, ...]:
    found: list[ReportWarning] = []
    messages: list[Message | None] = list(outcome.warning_messages)
    if len(messages) != len(outcome.warnings):
        messages = [None] * len(outcome.warnings)
    for sentence, message in zip(outcome.warnings, messages, strict=True):
        match = next(((prefix, code) for prefix, code in WARNING_PREFIXES if sentence.startswith(prefix)), None)
        if match is None:
            found.append(ReportWarning("engine", sentence, message))
        else:  # the code names the kind; the detail is the rest of the engine's sentence
            found.append(ReportWarning(match[1], sentence[len(match[0]):].lstrip(" :"), message))
    codes = {w.code for w in found}
    if outcome.meets_service_level is False and not codes & {"over_capacity", "service_level_unreachable"}:
        found.append(ReportWarning("misses_service_level"))
    if outcome.uncertainty_widened:
        why = None if scenario is None else thin_data_message(accelerator_of(scenario), model_of(scenario))
        found.append(ReportWarning("ranges_widened", outcome.uncertainty_note or "", why))
    return tuple(found)


@cache
def fit_report() -> dict[str, Any]:
    """The calibration's stored fit report (resources/calibration/fit-report.json), or {}."""
    try:
        data: dict[str, Any] = json.loads(read_resource_text("calibration", "fit-report.json"))
    except (FileNotFoundError, OSError, ValueError):
        return {}
    return data


def accuracy_of_engine() -> Accuracy:
    """The stored cross-validated accuracy, for any scenario (`widened` False)."""
    report = fit_report()
    held_out = report.get("leave_one_source_out", {})
    coverage = report.get("band_coverage_cross_validated") or {}
    sources = report.get("sources")
    return Accuracy(
        median_ape=held_out.get("median_ape"),
        within_30_percent_share=held_out.get("within_30_percent_share"),
        tpot_median_ape=held_out.get("tpot_median_ape"),
        ttft_median_ape=held_out.get("ttft_median_ape"),
        points=held_out.get("points"),
        sources=len(sources) if isinstance(sources, list | dict) else sources,
        band_coverage=coverage.get("share_inside"),
        fitted_on=report.get("fitted_on"),
        widened=False,
    )


def accuracy_of(outcome: Outcome) -> Accuracy:
    return replace(accuracy_of_engine(), widened=outcome.uncertainty_widened)


def report_data(
    scenario: Scenario,
    pinned: Sequence[tuple[str, Scenario]] = (),
    sensitivity: bool = True,
    analysis: tuple[Outcome, Overview] | None = None,
) -> ReportData:
    """Everything a report says about `scenario` (and the scenarios pinned beside it).
    `analysis`: the outcome and sweeps when the caller has them already (the open document)."""
    outcome, overview = analysis if analysis is not None else analyze(scenario)
    moved = sensitivity_of(scenario) if sensitivity and outcome.cost_per_case is not None else None
    return ReportData(
        scenario=scenario,
        outcome=outcome,
        overview=overview,
        question=question_of(scenario, outcome),
        answer=answer_of(scenario, outcome),
        figures=figures_of(outcome),
        assumptions=assumptions_of(scenario),
        warnings=warnings_of(outcome, scenario),
        comparison=comparison_of(scenario, pinned, scenario.name),
        sensitivity=None if moved is None else moved[0],
        sensitivity_swing=None if moved is None else moved[1],
        accuracy=accuracy_of(outcome),
        own_or_api=own_or_api(scenario, outcome),
    )
