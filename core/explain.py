"""What limits one evaluated scenario and what to watch out for, as codes with parameters.

Sentences are made at the edge by core/messages.py (in the user's language); the outcome keeps
the English ones for the JSON.
"""

from __future__ import annotations

import math
from typing import Any

from core.catalog import AcceleratorSpec, ModelSpec
from core.inputs import compute_rate
from core.messages import Message, render
from core.number_format import duration
from core.operating_point import SERVICE_LEVEL_TOLERANCE
from core.performance import BOTTLENECKS
from core.precision import BYTES_PER_VALUE
from core.scenario import Scenario, ServiceLevel

# English explanation of each bottleneck code, in the order of core.performance.BOTTLENECKS.
EXPLANATIONS = tuple(render(Message(code=name)) for name in BOTTLENECKS)


def seconds_text(value: float) -> str:
    """A time as sentences show it: the same form as the cards and tables (core.messages)."""
    return duration(value)


def unit_noun(accelerator: AcceleratorSpec) -> str:
    """What one unit of this accelerator is called in a sentence (singular, English key)."""
    return {"cpu": "CPU server"}.get(accelerator.kind, "accelerator")


def binding_limit(level: ServiceLevel, row: dict[str, Any], case: str) -> tuple[str, float, float] | None:
    """The service-level limit missed by the widest margin: (what, figure, limit), or None.
    `what` is a code of core.messages ("time per case", "time to first token", ...)."""
    missed = [
        (value / limit, label, value, limit)
        for label, value, limit in (
            ("time per case", row["case_latency_s"], level.max_case_latency_s),
            ("time to first token", row["time_to_first_token_s"], level.max_time_to_first_token_s),
            ("time per output token", row["time_per_output_token_s"], level.max_time_per_output_token_s),
        )
        if limit is not None and math.isfinite(value)
    ]
    if not missed:
        return None
    _ratio, label, value, limit = max(missed)
    return label, value, limit


def _fit_messages(scenario: Scenario, accelerator: AcceleratorSpec, model: ModelSpec,
                  row: dict[str, Any], context: int) -> list[Message]:
    count = scenario.hardware.accelerator_count
    fixed = scenario.serving.tensor_parallel
    precision = scenario.model.weight_precision
    need = row["min_gpus_to_fit"]
    if fixed != "auto" and math.isfinite(need) and need <= count:
        return [Message(code="no_fit_at_fixed_tp", params={
            "tensor_parallel": str(fixed), "model": model.name, "precision": precision,
            "need_count": need, "accelerator": accelerator.name})]
    if math.isfinite(need):
        messages = [Message(code="no_fit", params={
            "model": model.name, "precision": precision, "need_count": need,
            "accelerator": accelerator.name, "have_count": count})]
        native = model.native_precision
        if BYTES_PER_VALUE.get(native, 2.0) < BYTES_PER_VALUE.get(precision, 2.0):
            # A model published in a narrower format than the one chosen (gpt-oss ships in MXFP4):
            # say so, as the format to try first.
            messages.append(Message(code="no_fit_native_narrower", params={"model": model.name, "native": native}))
        return messages
    return [Message(code="kv_cache_exceeds_memory", params={"context_count": context,
                                                            "accelerator": accelerator.name})]


def warning_messages(
    scenario: Scenario, accelerator: AcceleratorSpec, model: ModelSpec, row: dict[str, Any]
) -> list[Message]:
    """What to watch out for, as codes; `row` holds this scenario's scalar results."""
    notes: list[Message] = []
    workload = scenario.workload
    count = scenario.hardware.accelerator_count
    context = workload.input_tokens_per_call + workload.output_tokens_per_call
    if model.max_context_tokens and context > model.max_context_tokens:
        notes.append(Message(code="context_too_long", params={
            "context_count": context, "model": model.name, "limit_count": model.max_context_tokens}))
    if not row["plan_fits"]:
        return notes + _fit_messages(scenario, accelerator, model, row, context)
    pricing = scenario.pricing
    if pricing.mode == "buy" and pricing.server_price is not None and pricing.accelerator_price is not None:
        notes.append(Message(code="server_price_used"))
    precision = scenario.model.weight_precision
    rate, _ = compute_rate(accelerator, precision)
    if rate != precision and precision != "int4":
        notes.append(Message(code="no_matrix_units", params={
            "accelerator": accelerator.name, "precision": precision, "rate": rate}))
    tensor_parallel = int(row["tensor_parallel"])
    used = str(tensor_parallel)
    if scenario.serving.tensor_parallel != "auto" and int(scenario.serving.tensor_parallel) > count:
        notes.append(Message(code="tensor_parallel_too_large", params={
            "asked": str(scenario.serving.tensor_parallel), "have_count": count, "used": used}))
    idle = count - int(row["replicas"]) * tensor_parallel
    if idle > 0:
        notes.append(Message(code="idle_accelerators", params={"idle_count": idle, "have_count": count,
                                                               "used": used}))
    if tensor_parallel > accelerator.scale_up_domain:
        notes.append(Message(code="replica_crosses_scale_out", params={
            "used": used, "domain": str(accelerator.scale_up_domain)}))
    if workload.concurrency not in ("max", "auto") and row["capacity_bound"]:
        notes.append(Message(code="memory_limits_concurrency", params={
            "held_count": row["max_concurrency"], "asked_count": float(workload.concurrency)}))
    case = workload.case_name
    if not row["served_cases_per_day"] > 0:
        notes.append(
            Message(code="no_load", params={"case": case})
            if workload.load_driver == "cases_per_day" and workload.cases_per_day == 0
            else Message(code="no_utilization", params={"case": case, "utilization_share": workload.utilization})
        )
    need = row["accelerators_for_peak_demand"]
    noun = unit_noun(accelerator)
    if row["over_capacity"] > 0:
        params: dict[str, str | float | int] = {
            "peak_capacity": row["peak_utilization"], "have_count": count, "have_noun": noun}
        if math.isfinite(need):
            notes.append(Message(code="over_capacity_need", params={**params, "need_count": need}))
        else:
            notes.append(Message(code="over_capacity", params=params))
    elif (
        workload.concurrency == "auto" and row["fleet_utilization"] < 0.25 and math.isfinite(need)
        and 0 < need < count
    ):
        notes.append(Message(code="fleet_mostly_idle", params={
            "busy_share": row["fleet_utilization"], "need_count": need, "need_noun": noun}))
    if row["service_level_reachable"] < 1:
        binding = binding_limit(workload.service_level, row, case)
        tp = str(int(row["tensor_parallel"]))
        notes.append(
            Message(code="service_level_unreachable", params={
                "tensor_parallel": tp, "limit": binding[0], "case": case, "value_s": binding[1],
                "limit_s": binding[2]})
            if binding else Message(code="service_level_unreachable_any", params={"tensor_parallel": tp})
        )
    level = workload.service_level
    checks = [
        (level.max_time_to_first_token_s, row["time_to_first_token_s"], "time to first token"),
        (level.max_time_per_output_token_s, row["time_per_output_token_s"], "time per output token"),
        (level.max_case_latency_s, row["case_latency_s"], "time per case"),
    ]
    for limit, value, label in checks:
        if limit is not None and value > limit * (1 + SERVICE_LEVEL_TOLERANCE) and row["service_level_reachable"] >= 1:
            notes.append(Message(code="service_level_missed", params={
                "limit": label, "case": case, "value_s": value, "limit_s": limit}))
    return notes


def warnings_for(
    scenario: Scenario, accelerator: AcceleratorSpec, model: ModelSpec, row: dict[str, Any]
) -> list[str]:
    """The warnings as English sentences."""
    return [render(message) for message in warning_messages(scenario, accelerator, model, row)]
