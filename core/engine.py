"""Public entry points: evaluate one scenario, or a sweep of many at once."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.cost import fleet_cost
from core.explain import EXPLANATIONS, unit_noun, warning_messages
from core.inputs import Columns, accelerator_of, model_of, resolve
from core.joined_pass import PartFigures, joined_columns
from core.memory_plan import TENSOR_PARALLEL_CANDIDATES, choose_tensor_parallel
from core.messages import Message, render
from core.operating_point import SERVICE_LEVEL_TOLERANCE, performance
from core.outcome import MemoryPerAccelerator, Outcome
from core.performance import BOTTLENECKS
from core.scenario import Scenario
from core.sweep import CATEGORICAL_SETTINGS, sweep_columns
from core.uncertainty import outcome_bands

_BYTES_PER_GB = 2.0**30
# Results with no meaning when the model does not fit.
_NEEDS_FIT = (
    "time_to_first_token_s", "time_per_output_token_s", "call_latency_s", "case_latency_s",
    "output_tokens_per_s_per_user", "compute_utilization", "bandwidth_utilization",
    "cost_per_case", "cost_per_million_output_tokens", "cases_per_hour", "cases_per_hour_at_utilization",
    "output_tokens_per_s", "output_tokens_per_s_per_gpu", "demand_utilization",
    "accelerators_for_peak_demand", "memory_used_fraction",
    "capacity_output_tokens_per_s", "flat_out_output_tokens_per_s", "concurrency_at_capacity",
    "served_cases_per_day", "capacity_cases_per_day", "flat_out_cases_per_day", "fleet_utilization",
    "peak_utilization", "servable_cases_per_day",
)



@dataclass(frozen=True)
class OutcomeArrays:
    """Results of a sweep: one numpy array per figure, all of the sweep's shape.
    Figures without meaning (no fit, nothing served) are NaN, never inf."""

    arrays: Mapping[str, np.ndarray]
    currency: str

    def __getitem__(self, name: str) -> np.ndarray:
        array: np.ndarray = self.arrays[name]
        return array

    def __contains__(self, name: object) -> bool:
        return name in self.arrays

    @property
    def shape(self) -> tuple[int, ...]:
        return next(iter(self.arrays.values())).shape

    @property
    def bottleneck(self) -> np.ndarray:
        names: np.ndarray = np.asarray(BOTTLENECKS, dtype=object)[self.arrays["bottleneck_code"].astype(int)]
        return names


def _arrays(scenario: Scenario, sweep: Mapping[str, Any]) -> dict[str, np.ndarray]:
    return evaluate_columns(sweep_columns(scenario, sweep))


def evaluate_columns(columns: Columns) -> dict[str, np.ndarray]:
    """Run the models on resolved columns (see core.inputs); figures without meaning become
    NaN. The planner builds its own columns and comes through here, as evaluate does."""
    results, shape = _figures(columns)
    if shape == ():
        return _scalar_arrays(results)
    names, matrix, flags = _cleaned(results, shape)
    out = dict(zip(names, matrix, strict=True))
    out.update(flags)
    return out


def _figures(columns: Columns) -> tuple[dict[str, Any], tuple[int, ...]]:
    """The models' raw figures and the shape they broadcast to."""
    # Extreme but valid inputs may overflow to inf; those figures become NaN in _cleaned.
    with np.errstate(all="ignore"):
        perf = performance(columns)
        cost = fleet_cost(columns, perf)
    results = {**perf, **cost}
    shape = np.broadcast_shapes(*(value.shape for value in results.values() if isinstance(value, np.ndarray)))
    return results, shape


def _cleaned(results: dict[str, Any], shape: tuple[int, ...]) -> tuple[list[str], np.ndarray, dict[str, np.ndarray]]:
    """The figures as one matrix, a row per figure (cleaning it is a handful of numpy
    calls, not one per figure), and the two yes/no figures as boolean arrays."""
    names = list(results)
    matrix = np.empty((len(names), *shape))
    for row, name in enumerate(names):
        matrix[row] = results[name]
    fits = np.array(np.broadcast_to(results["fits"], shape), dtype=bool)
    keep = np.isfinite(matrix)
    keep[[row for row, name in enumerate(names) if name in _NEEDS_FIT]] &= fits
    matrix[~keep] = np.nan
    flags = {"fits": fits, "capacity_bound": np.array(np.broadcast_to(results["capacity_bound"], shape), dtype=bool)}
    return names, matrix, flags


def _scalar_arrays(results: dict[str, Any]) -> dict[str, np.ndarray]:
    """The same cleaning as for sweeps, in plain floats: numpy on 0-d arrays is slow."""
    fits = bool(results["fits"])
    out: dict[str, np.ndarray] = {}
    for name, value in results.items():
        number = float(value)
        keep = math.isfinite(number) and (fits or name not in _NEEDS_FIT)
        out[name] = np.array(number if keep else math.nan)
    out["fits"] = np.array(fits)
    out["capacity_bound"] = np.array(bool(results["capacity_bound"]))
    return out


def evaluate_many(scenario: Scenario, sweep: Mapping[str, Any] | None = None) -> OutcomeArrays:
    """Evaluate `scenario` with settings replaced by arrays, e.g.
    `{"hardware.accelerator_count": np.arange(1, 65)}`. Arrays broadcast together
    (numpy rules), so an outer product is `a[:, None]` against `b[None, :]`."""
    return OutcomeArrays(_arrays(scenario, sweep or {}), scenario.pricing.currency)


def evaluate_sweeps(sweeps: Sequence[tuple[Scenario, Mapping[str, Any]]],
                    resolved: Mapping[int, Columns] | None = None) -> list[OutcomeArrays]:
    """Several sweeps (each a scenario and its arrays, as for `evaluate_many`) in one
    vectorized pass. The models cost a fixed amount per array operation, so laying the
    sweeps' columns end to end costs about as much as the largest sweep alone."""
    if not sweeps:
        return []
    # Numeric sweeps of the same scenario resolve it once (`resolved`: id(scenario) -> its
    # columns, when the caller resolved it already).
    resolved = dict(resolved or {})
    parts = []
    for scenario, sweep in sweeps:
        if any(key in CATEGORICAL_SETTINGS for key in sweep):
            parts.append(sweep_columns(scenario, sweep))
            continue
        if id(scenario) not in resolved:
            resolved[id(scenario)] = resolve(scenario)
        parts.append(sweep_columns(scenario, sweep, resolved[id(scenario)]))
    shapes = [
        np.broadcast_shapes(*(value.shape for value in columns.values() if isinstance(value, np.ndarray)))
        for columns in parts
    ]
    sizes = [math.prod(shape) for shape in shapes]
    if sum(sizes) == 0:
        return [evaluate_many(scenario, sweep) for scenario, sweep in sweeps]
    if len(parts) == 1:
        return [OutcomeArrays(evaluate_columns(parts[0]), sweeps[0][0].pricing.currency)]
    total = sum(sizes)
    base = parts[0]
    # Columns that differ between the sweeps become arrays; the rest stay shared scalars
    # (NaN != NaN makes a NaN column an array: harmless).
    differing = {name for name, value in base.items() if isinstance(value, np.ndarray)}
    for columns in parts[1:]:
        differing.update(
            name
            for name, value in columns.items()
            if name not in differing
            and value is not base[name]
            and (isinstance(value, np.ndarray) or value != base[name])
        )
    joined = dict(base)
    joined.update(joined_columns(sorted(differing), parts, shapes, total))
    results, _ = _figures(joined)
    names, matrix, flags = _cleaned(results, (total,))
    outcomes = []
    start = 0
    index = {name: row for row, name in enumerate(names)}
    for (scenario, _), shape, size in zip(sweeps, shapes, sizes, strict=True):
        stop = start + size  # a part's rows of the matrix, as views in the sweep's shape
        part_flags = {name: flag[start:stop] for name, flag in flags.items()}
        outcomes.append(OutcomeArrays(PartFigures(index, matrix[:, start:stop], part_flags, shape),
                                      scenario.pricing.currency))
        start = stop
    return outcomes


# Outcome figures that are None when they have no meaning (no fit, nothing served).
_OPTIONAL_FIGURES = (
    "output_tokens_per_s",
    "output_tokens_per_s_per_gpu",
    "output_tokens_per_s_per_user",
    "time_to_first_token_s",
    "time_per_output_token_s",
    "call_latency_s",
    "case_latency_s",
    "cases_per_hour",
    "cases_per_hour_at_utilization",
    "compute_utilization",
    "bandwidth_utilization",
    "cost_per_case",
    "cost_per_million_output_tokens",
    "demand_utilization",
    "cases_per_day",
    "served_cases_per_day",
    "capacity_cases_per_day",
    "servable_cases_per_day",
    "flat_out_cases_per_day",
    "fleet_utilization",
    "peak_utilization",
    "concurrency_at_capacity",
    "capacity_output_tokens_per_s",
    "flat_out_output_tokens_per_s",
)


def _value(x: float) -> float | None:
    return float(x) if math.isfinite(x) else None


def evaluate(scenario: Scenario) -> Outcome:
    """Performance and cost of one scenario, with warnings in plain words."""
    return outcome_of(scenario, OutcomeArrays(_arrays(scenario, {}), scenario.pricing.currency))


def tensor_parallel_request(
    scenario: Scenario, columns: Columns | None = None
) -> tuple[Scenario, dict[str, Any]] | None:
    """The scenario at every tensor-parallel size above the automatic one that its accelerators
    allow (the automatic size is the smallest with room to batch: a larger one is what adds
    speed), for a caller that evaluates it in its own joined pass (core.overview) and hands
    the result to `outcome_of`; None where the size is set by the user or none is larger.
    `columns`: resolve(scenario), when the caller has it."""
    if scenario.serving.tensor_parallel != "auto":
        return None
    largest = min(scenario.hardware.accelerator_count, accelerator_of(scenario).scale_up_domain)
    automatic = float(np.asarray(choose_tensor_parallel(
        resolve(scenario) if columns is None else columns)[0]).reshape(-1)[0])
    candidates = TENSOR_PARALLEL_CANDIDATES
    sizes = candidates[(largest >= candidates) & (automatic < candidates)]
    return (scenario, {"serving.tensor_parallel": sizes}) if len(sizes) else None


def _another_tensor_parallel(
    scenario: Scenario, raw: dict[str, float], sizes_tried: OutcomeArrays | None, sizes_known: bool = False
) -> list[Message]:
    """Where the automatic tensor-parallel size leaves the fleet short of its demand or its
    service level, the smallest larger size with which the same accelerators serve it (as the
    planner, which tries every size, would set them up); nothing otherwise. `sizes_tried`: the
    scenario at every size (tensor_parallel_request), when the caller evaluated it already."""
    short = raw["over_capacity"] > 0 or raw["service_level_reachable"] < 1 or _misses(scenario, raw)
    if scenario.serving.tensor_parallel != "auto" or not raw["fits"] or not short:
        return []
    if sizes_tried is None and sizes_known:
        return []  # the caller's pass found no larger size to try
    if sizes_tried is None:
        request = tensor_parallel_request(scenario)
        if request is None:
            return []
        sizes_tried = evaluate_many(*request)
    accelerator, count = accelerator_of(scenario), scenario.hardware.accelerator_count
    sizes = np.asarray(sizes_tried["tensor_parallel"]).reshape(-1)
    for index, size in enumerate(sizes):
        row = {name: float(np.asarray(sizes_tried[name]).reshape(-1)[index]) for name in _SERVES_FIGURES}
        if size == raw["tensor_parallel"]:
            continue
        if row["fits"] and row["over_capacity"] <= 0 and row["service_level_reachable"] >= 1 and not _misses(
                scenario, row) and math.isfinite(row["cost_per_case"]):
            return [Message(code="tensor_parallel_would_serve", params={
                "tensor_parallel": str(int(size)), "chosen": str(int(raw["tensor_parallel"])), "have_count": count,
                "have_noun": unit_noun(accelerator), "cost_money": row["cost_per_case"],
                "currency": scenario.pricing.currency, "case": scenario.workload.case_name})]
    return []


_SERVES_FIGURES = ("fits", "over_capacity", "service_level_reachable", "cost_per_case", "time_to_first_token_s",
                   "time_per_output_token_s", "case_latency_s")


def _misses(scenario: Scenario, row: dict[str, float]) -> bool:
    level = scenario.workload.service_level
    return any(limit is not None and value > limit * (1 + SERVICE_LEVEL_TOLERANCE) for limit, value in (
        (level.max_time_to_first_token_s, row["time_to_first_token_s"]),
        (level.max_time_per_output_token_s, row["time_per_output_token_s"]),
        (level.max_case_latency_s, row["case_latency_s"])))


def outcome_of(scenario: Scenario, result: OutcomeArrays, sizes_tried: OutcomeArrays | None = None,
               sizes_known: bool = False) -> Outcome:
    """The Outcome of `scenario` from its single-point result (e.g. one part of evaluate_sweeps);
    `sizes_tried`: its tensor_parallel_request evaluated in the same pass, when the caller has
    it (`sizes_known`: the caller asked, and None means there was no larger size to try)."""
    arrays = result.arrays
    raw = (arrays.first_values() if isinstance(arrays, PartFigures)
           else {name: float(np.asarray(value).reshape(-1)[0]) for name, value in arrays.items()})
    columns_fit = bool(raw["fits"])
    accelerator = accelerator_of(scenario)
    model = model_of(scenario)
    row = dict(raw)
    row["plan_fits"] = columns_fit
    row["min_gpus_to_fit"] = raw["min_gpus_to_fit"] if math.isfinite(raw["min_gpus_to_fit"]) else math.inf
    messages = warning_messages(scenario, accelerator, model, row)
    code = int(raw["bottleneck_code"])
    messages = _another_tensor_parallel(scenario, raw, sizes_tried, sizes_known) + messages  # the remedy first
    level = scenario.workload.service_level
    limits = [
        (level.max_time_to_first_token_s, raw["time_to_first_token_s"]),
        (level.max_time_per_output_token_s, raw["time_per_output_token_s"]),
        (level.max_case_latency_s, raw["case_latency_s"]),
    ]
    meets = None
    if columns_fit and any(limit is not None for limit, _ in limits):
        # Over capacity, the peak hour's queue grows without bound: no latency target is met.
        meets = not raw["over_capacity"] and all(
            limit is None or value <= limit * (1 + SERVICE_LEVEL_TOLERANCE) for limit, value in limits)
    total_gb = accelerator.memory_gb
    weights_gb = raw["weights_bytes_per_gpu"] / _BYTES_PER_GB
    kv_gb = raw["kv_bytes_in_use_per_gpu"] / _BYTES_PER_GB if columns_fit else 0.0
    reserve_gb = raw["reserve_bytes_per_gpu"] / _BYTES_PER_GB
    peak_need = raw["accelerators_for_peak_demand"]
    return Outcome(
        fits_in_memory=columns_fit,
        accelerator_name=accelerator.name,
        model_name=model.name,
        accelerator_count=scenario.hardware.accelerator_count,
        tensor_parallel_size=int(raw["tensor_parallel"]),
        replicas=int(raw["replicas"]),
        min_accelerators_to_fit=int(raw["min_gpus_to_fit"]) if math.isfinite(raw["min_gpus_to_fit"]) else None,
        max_concurrency=int(raw["max_concurrency"] + 0.5),
        concurrency=raw["concurrency"],
        memory_used_fraction=_value(raw["memory_used_fraction"]),
        memory_per_accelerator=MemoryPerAccelerator(
            total_gb=total_gb,
            weights_gb=weights_gb,
            kv_cache_gb=kv_gb,
            reserve_gb=reserve_gb,
            free_gb=max(0.0, total_gb - weights_gb - kv_gb - reserve_gb),
        ),
        **{name: _value(raw[name]) for name in _OPTIONAL_FIGURES},
        currency=scenario.pricing.currency,
        cost_per_hour=raw["cost_per_hour"],
        monthly_cost=raw["monthly_cost"],
        capital_cost=raw["capital_cost"],
        power_kw=raw["power_kw"],
        accelerators_for_peak_demand=int(peak_need) if math.isfinite(peak_need) else None,
        meets_service_level=meets,
        operating_point=scenario.workload.concurrency if scenario.workload.concurrency in ("auto", "max")
        else "fixed",
        load_driver=scenario.workload.load_driver,
        over_capacity=columns_fit and bool(raw["over_capacity"]),
        service_level_reachable=bool(raw["service_level_reachable"]) if columns_fit else None,
        cost_per_day=raw["cost_per_day"],
        bottleneck=BOTTLENECKS[code],
        bottleneck_explanation=EXPLANATIONS[code],
        warnings=tuple(render(message) for message in messages),
        warning_messages=tuple(messages),
        **outcome_bands(
            scenario.workload.concurrency, scenario.workload.output_tokens_per_call,
            scenario.workload.calls_per_case, accelerator, model, raw,
            demand_set_in_cases=scenario.workload.load_driver == "cases_per_day",
            rent_on_demand=scenario.pricing.mode == "rent" and scenario.pricing.rental_billing == "on_demand",
            accelerator_count=scenario.hardware.accelerator_count, pue=scenario.pricing.pue,
        ),
    )

