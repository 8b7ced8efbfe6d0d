"""Plain-language bottleneck explanations and warnings for one evaluated scenario."""

from __future__ import annotations

import math
from typing import Any

from core.catalog import AcceleratorSpec, ModelSpec
from core.inputs import compute_rate
from core.operating_point import SERVICE_LEVEL_TOLERANCE
from core.performance import (
    BANDWIDTH,
    CAPACITY,
    COMMUNICATION,
    COMPUTE,
    NO_FIT,
    OVERHEAD,
)
from core.scenario import Scenario, ServiceLevel

EXPLANATIONS = {
    BANDWIDTH: "Memory-bandwidth bound: every token streams the weights and KV cache from memory, "
    "so faster memory helps more than more FLOPS.",
    COMPUTE: "Compute bound: the matrix units are the limit, so more FLOPS (or a lower-precision "
    "format) helps more than faster memory.",
    COMMUNICATION: "Communication bound: tensor-parallel all-reduces dominate, so a faster "
    "interconnect or fewer GPUs per replica helps.",
    CAPACITY: "Memory-capacity bound: the KV cache fills memory before the chips are busy, so more "
    "memory per GPU (or an FP8 KV cache) allows larger batches.",
    OVERHEAD: "Scheduling-overhead bound: per-step software overhead dominates at this small batch, "
    "so more requests in flight raise throughput.",
    NO_FIT: "Does not fit: the weights and one request's KV cache exceed the accelerators' memory.",
}


def _count(value: float) -> str:
    return f"{value:,.0f}"


def _percent(share: float) -> str:
    percent = share * 100
    if percent >= 10_000:
        return f"{share:,.0f}×"
    return f"{percent:.1f}%" if percent < 10 else f"{percent:,.0f}%"


def seconds_text(value: float) -> str:
    if value < 1:
        return f"{value * 1000:.3g} ms"
    if value < 120:
        return f"{value:.3g} s"
    if value < 7200:
        return f"{value / 60:.3g} min"
    return f"{value / 3600:.3g} h"


def _units(accelerator: AcceleratorSpec, count: float) -> str:
    noun = {"cpu": "CPU server"}.get(accelerator.kind, "accelerator")
    return noun if count == 1 else noun + "s"


def share_of_capacity(share: float) -> str:
    """"150% of capacity", but "40 times capacity" once a percentage stops being readable."""
    if share < 10:
        return f"{share:.0%} of capacity"
    if share < 1e6:
        return f"{share:,.0f} times capacity"
    return "more than a million times capacity"


def binding_limit(level: ServiceLevel, row: dict[str, Any], case: str) -> tuple[str, float, float] | None:
    """The service-level limit missed by the widest margin: (what, figure, limit), or None."""
    missed = [
        (value / limit, label, value, limit)
        for label, value, limit in (
            (f"time per {case}", row["case_latency_s"], level.max_case_latency_s),
            ("time to first token", row["time_to_first_token_s"], level.max_time_to_first_token_s),
            ("time per output token", row["time_per_output_token_s"], level.max_time_per_output_token_s),
        )
        if limit is not None and math.isfinite(value)
    ]
    if not missed:
        return None
    _ratio, label, value, limit = max(missed)
    return label, value, limit


def warnings_for(
    scenario: Scenario, accelerator: AcceleratorSpec, model: ModelSpec, row: dict[str, Any]
) -> list[str]:
    """Warnings in the user's words; `row` holds this scenario's scalar results."""
    notes: list[str] = []
    workload = scenario.workload
    count = scenario.hardware.accelerator_count
    context = workload.input_tokens_per_call + workload.output_tokens_per_call
    if model.max_context_tokens and context > model.max_context_tokens:
        notes.append(
            f"one call needs {_count(context)} tokens of context but {model.name} handles at most "
            f"{_count(model.max_context_tokens)}"
        )
    if not row["plan_fits"]:
        fixed = scenario.serving.tensor_parallel
        if fixed != "auto" and math.isfinite(row["min_gpus_to_fit"]) and row["min_gpus_to_fit"] <= count:
            notes.append(
                f"does not fit at tensor parallel size {fixed}: one replica of {model.name} at "
                f"{scenario.model.weight_precision} needs at least {_count(row['min_gpus_to_fit'])} × "
                f"{accelerator.name}; choose 'auto' or a larger size"
            )
        elif math.isfinite(row["min_gpus_to_fit"]):
            notes.append(
                f"does not fit: {model.name} at {scenario.model.weight_precision} needs at least "
                f"{_count(row['min_gpus_to_fit'])} × {accelerator.name}; the scenario has {count}"
            )
        else:
            notes.append(
                f"does not fit: one request's KV cache ({_count(context)} tokens) exceeds the memory "
                f"of one {accelerator.name} even before weights; shorten the calls"
            )
        return notes
    pricing = scenario.pricing
    if pricing.mode == "buy" and pricing.server_price is not None and pricing.accelerator_price is not None:
        notes.append("the price per server is used; the price per accelerator entered is ignored")
    rate, _ = compute_rate(accelerator, scenario.model.weight_precision)
    if rate != scenario.model.weight_precision and scenario.model.weight_precision != "int4":
        notes.append(
            f"{accelerator.name} has no {scenario.model.weight_precision} matrix units: weights are "
            f"stored in {scenario.model.weight_precision} but compute at {rate} speed"
        )
    tensor_parallel = int(row["tensor_parallel"])
    if scenario.serving.tensor_parallel != "auto" and int(scenario.serving.tensor_parallel) > count:
        notes.append(f"tensor parallel size {scenario.serving.tensor_parallel} exceeds the {count} "
                     f"accelerators; using {tensor_parallel}")
    idle = count - int(row["replicas"]) * tensor_parallel
    if idle > 0:
        notes.append(f"{idle} of {count} accelerators sit idle: replicas of {tensor_parallel} do not "
                     f"divide {count}")
    if tensor_parallel > accelerator.scale_up_domain:
        notes.append(f"a replica of {tensor_parallel} spans more than {accelerator.scale_up_domain} "
                     f"accelerators, so its all-reduces cross the slower scale-out network")
    if workload.concurrency not in ("max", "auto") and row["capacity_bound"]:
        notes.append(
            f"memory holds only {_count(row['max_concurrency'])} requests in flight, not the "
            f"{_count(float(workload.concurrency))} asked; the rest would queue"
        )
    case = workload.case_name
    if not row["served_cases_per_day"] > 0:
        notes.append(
            f"no {case}s are served at this load, so cost per {case} has no value"
            if workload.load_driver == "cases_per_day" and workload.cases_per_day == 0
            else f"the fleet serves no {case}s at {workload.utilization:.0%} utilization, so cost per "
            f"{case} has no value"
        )
    need = row["accelerators_for_peak_demand"]
    if row["over_capacity"] > 0:
        notes.append(
            f"over capacity: at the peak hour demand is {share_of_capacity(row['peak_utilization'])} "
            f"({_count(count)} {_units(accelerator, count)}); queues grow"
            + (f"; {_count(need)} would serve it within the service level" if math.isfinite(need) else "")
        )
    elif (
        workload.concurrency == "auto" and row["fleet_utilization"] < 0.25 and math.isfinite(need)
        and 0 < need < count
    ):
        notes.append(
            f"the fleet is {_percent(row['fleet_utilization'])} busy on average: {_count(need)} "
            f"{_units(accelerator, need)} would serve the peak hour"
        )
    if row["service_level_reachable"] < 1:
        binding = binding_limit(workload.service_level, row, case)
        took = (f"{binding[0]} is {seconds_text(binding[1])} (limit {seconds_text(binding[2])})" if binding
                else "it misses")
        notes.append(
            f"the service level is out of reach at any load with tensor parallel {int(row['tensor_parallel'])}: "
            f"even with one call at a time, {took}; figures are at one call per replica"
        )
    level = workload.service_level
    checks = [
        (level.max_time_to_first_token_s, row["time_to_first_token_s"], "time to first token"),
        (level.max_time_per_output_token_s, row["time_per_output_token_s"], "time per output token"),
        (level.max_case_latency_s, row["case_latency_s"], f"time per {workload.case_name}"),
    ]
    for limit, value, label in checks:
        if limit is not None and value > limit * (1 + SERVICE_LEVEL_TOLERANCE) and row["service_level_reachable"] >= 1:
            notes.append(f"misses the service level: {label} is {seconds_text(value)}, limit {seconds_text(limit)}")
    return notes
