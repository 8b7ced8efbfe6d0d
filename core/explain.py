"""Plain-language bottleneck explanations and warnings for one evaluated scenario."""

from __future__ import annotations

import math
from typing import Any

from core.catalog import AcceleratorSpec, ModelSpec
from core.inputs import compute_rate
from core.performance import BANDWIDTH, CAPACITY, COMMUNICATION, COMPUTE, NO_FIT, OVERHEAD
from core.scenario import Scenario

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


def _share_of_capacity(share: float) -> str:
    """"150% of capacity", but "40 times capacity" once a percentage stops being readable."""
    if share < 10:
        return f"{share:.0%} of capacity"
    if share < 1e6:
        return f"{share:,.0f} times capacity"
    return "more than a million times capacity"


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
    if workload.concurrency != "max" and row["capacity_bound"]:
        notes.append(
            f"memory holds only {_count(row['max_concurrency'])} requests in flight, not the "
            f"{_count(float(workload.concurrency))} asked; the rest would queue"
        )
    if not math.isfinite(row["cost_per_case"]):
        notes.append(f"utilization is {workload.utilization:.0%}: the fleet serves (almost) no "
                     f"{workload.case_name}s, so cost per {workload.case_name} has no value")
    demand = row["demand_utilization"]
    if workload.cases_per_day > 0 and math.isfinite(demand):
        peak = demand * workload.peak_factor
        if peak > 1:
            notes.append(
                f"peak demand is {_share_of_capacity(peak)}: {_count(workload.cases_per_day)} "
                f"{workload.case_name}s a day need {_count(row['accelerators_for_peak_demand'])} "
                f"accelerators at the peak"
            )
        elif abs(demand - workload.utilization) > 0.25 and workload.utilization > 0:
            notes.append(
                f"{_count(workload.cases_per_day)} {workload.case_name}s a day would keep the fleet "
                f"{demand:.0%} busy, not the {workload.utilization:.0%} set as utilization"
            )
    level = workload.service_level
    checks = [
        (level.max_time_to_first_token_s, row["time_to_first_token_s"], "time to first token"),
        (level.max_time_per_output_token_s, row["time_per_output_token_s"], "time per output token"),
        (level.max_case_latency_s, row["case_latency_s"], f"time per {workload.case_name}"),
    ]
    for limit, value, label in checks:
        if limit is not None and value > limit:
            notes.append(f"misses the service level: {label} is {value:.3g} s, limit {limit:.3g} s")
    return notes
