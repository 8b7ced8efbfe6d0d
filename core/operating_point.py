"""The fleet at its operating point: each replica's latencies and throughput at an occupancy
(calls in flight), the occupancy that serves the peak hour's demand under the service level
(the load-following search), capacity and flat out, all vectorized over scenarios.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from core.inputs import Columns
from core.memory_plan import choose_tensor_parallel, memory_plan
from core.performance import (
    bottleneck_of,
    decode_step,
    prefill_time_s,
    prompt_compute_s,
)

Array = Any  # numpy array or float


def requested_concurrency(c: Columns, memory_limit_calls: Array) -> Array:
    """Calls in flight asked for (0: as many as memory holds). A sweep may give an exponent
    e instead, asking round(limit ** e): one call at e = 0 up to the memory limit at
    e = 1, log-spaced in between, without knowing the limit beforehand."""
    exponent = c["concurrency_exponent"]
    if not np.any(np.isfinite(exponent)):
        return c["concurrency"]
    limit = np.maximum(memory_limit_calls, 1.0)
    # At e >= 1 exactly the memory limit (as "max"), not rounded.
    calls = np.where(exponent >= 1.0, limit, np.round(limit**exponent))
    return np.where(np.isfinite(exponent), calls, c["concurrency"])


# Occupancy levels per replica at which the load-following operating point is searched
# (log-spaced from one call to the memory/engine ceiling). Capacity and the operating
# point are interpolated between them (log-log) and then evaluated exactly.
OPERATING_GRID_POINTS = 24
_GRID_EXPONENTS = np.linspace(0.0, 1.0, OPERATING_GRID_POINTS)
SECONDS_PER_DAY = 86_400.0
# The operating point is interpolated between evaluated occupancies: a figure this close
# to its limit (relative) meets it.
SERVICE_LEVEL_TOLERANCE = 1e-3


def _with_axis(c: Columns) -> Columns:
    """The columns with a trailing axis on every array, to broadcast against grids."""
    return {name: value[..., None] if isinstance(value, np.ndarray) and value.ndim else value
            for name, value in c.items()}


def at_occupancy(c: Columns, occupancy: Array, tensor_parallel: Array) -> dict[str, Array]:
    """Latencies and throughput of one replica with `occupancy` calls in flight on
    average (below one call, a replica runs batches of one part of the time)."""
    batch = np.maximum(occupancy, 1.0)
    step = decode_step(c, batch, tensor_parallel)
    time_per_output_token_s = step["step_s"]
    # A new request waits for the rest of the step in flight (half of one, on average),
    # then its prompt runs inside a pass that also carries the batch's decode: its first
    # token comes when that pass ends (MLPerf Server means: TTFT ~ 1.5-1.9 x TPOT at load).
    # (Half a mixed step, prompts included, fitted the server TTFTs better but made a
    # call's latency fall as its answer grows where prompts dominate the steps.)
    others = 1.0 - 1.0 / batch
    wait_s = 0.5 * step["decode_only_s"] * others
    own_pass_s = np.maximum(
        prefill_time_s(c, c["input_tokens"], tensor_parallel),
        step["step_s"] * others + prompt_compute_s(c, c["input_tokens"], tensor_parallel),
    )
    time_to_first_token_s = c["request_overhead_s"] + own_pass_s + wait_s
    # The first token arrives with the prompt's pass; the other output-1 take a step each.
    call_latency_s = time_to_first_token_s + (c["output_tokens"] - 1.0) * time_per_output_token_s
    return {
        "step": step,
        "batch": batch,
        "time_to_first_token_s": time_to_first_token_s,
        "time_per_output_token_s": time_per_output_token_s,
        "call_latency_s": call_latency_s,
        "tokens_per_s_per_replica": occupancy * c["output_tokens"] / call_latency_s,
    }


def service_level_margin(c: Columns, point: dict[str, Array]) -> Array:
    """log(figure / limit) of the tightest service-level limit: <= 0 meets them all."""
    with np.errstate(divide="ignore"):
        return np.maximum.reduce([
            np.log(point["time_to_first_token_s"] / c["max_time_to_first_token_s"]),
            np.log(point["time_per_output_token_s"] / c["max_time_per_output_token_s"]),
            np.log(c["calls_per_case"] * point["call_latency_s"] / c["max_case_latency_s"]),
        ])


def _log_interpolate(x0: Array, x1: Array, y0: Array, y1: Array, y: Array) -> Array:
    """x where the line through (x0, y0), (x1, y1) reaches y; x in log space."""
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(y1 != y0, (y - y0) / (y1 - y0), 0.0)
    return np.exp(np.log(x0) + np.minimum(np.maximum(share, 0.0), 1.0) * (np.log(x1) - np.log(x0)))


# Columns a replica's latencies at a given occupancy do not read: the fleet's size, the load,
# prices and power, the limits. A sweep of only these (e.g. of accelerator counts) has one
# replica curve per tensor-parallel size, not one per point.
_REPLICA_FREE_COLUMNS = frozenset({
    "accelerator_count", "accelerators_per_server", "cases_per_day", "utilization", "load_from_cases",
    "peak_factor", "calls_per_case", "concurrency", "follows_load", "concurrency_exponent",
    "max_time_to_first_token_s", "max_time_per_output_token_s", "max_case_latency_s", "price_per_accelerator",
    "server_price", "rent_per_accelerator_hour", "renting", "rent_on_demand", "electricity_price_per_kwh", "pue",
    "depreciation_years", "hosting_per_server_year", "server_overhead_price", "server_overhead_power_w",
    "load_from_first_row", "first_capacity_share",
})


def _replica_curves(c: Columns, grid: Columns, tensor_parallel: Array, levels: Array) -> dict[str, Array]:
    """at_occupancy over the grid, computed once per distinct replica: rows that differ only in
    what a replica does not read (the fleet's size, the load, prices: a sweep of counts, the
    break-even's volumes, a tornado's price bars) share one curve (the same numbers, far
    fewer of them; a window's pass has ~250 rows and ~15 distinct replicas)."""
    varying = [name for name, value in c.items() if isinstance(value, np.ndarray) and value.ndim]
    if np.ndim(tensor_parallel) and varying:
        shape = np.shape(tensor_parallel)
        reading = [name for name in varying if name not in _REPLICA_FREE_COLUMNS]
        if all(np.shape(c[name]) == shape for name in reading):
            keys = np.stack([np.ravel(tensor_parallel), *(np.ravel(c[name]) for name in reading)], axis=1)
            missing = np.isnan(keys)  # NaN never equals NaN: a missing figure is a value of its own
            keys = np.concatenate([np.where(missing, 0.0, keys), missing], axis=1)
            first, inverse = _distinct_rows(keys)
            if first.size < keys.shape[0]:
                flat_levels = np.broadcast_to(levels, (*shape, levels.shape[-1])).reshape(-1, levels.shape[-1])
                rows = {name: value for name, value in grid.items() if name not in varying}
                key = _curve_key(rows, reading, keys[first], flat_levels[first])
                distinct = _curves.get(key)
                if distinct is None:
                    rows.update({name: np.ravel(c[name])[first][:, None] for name in reading})
                    distinct = _remember_curves(
                        key, at_occupancy(rows, flat_levels[first], np.ravel(tensor_parallel)[first][:, None]))
                out_shape = (*shape, levels.shape[-1])
                return {
                    name: value[inverse.ravel()].reshape(out_shape) if isinstance(value, np.ndarray) and value.ndim
                    else value
                    for name, value in distinct.items() if name != "step"
                }
    tp = tensor_parallel[..., None] if isinstance(tensor_parallel, np.ndarray) else tensor_parallel
    return at_occupancy(grid, levels, tp)


# The last few passes' replica curves. A slider that moves only what a replica does not read
# (prices, the load, the fleet's size, the limits: most of them) leaves every replica of the
# next pass as it was, the tornado's and the break-even's rows included: their curves (about
# a sixth of a window's pass) are taken from here instead of being evaluated again.
_CURVES_KEPT = 8
_curves: dict[tuple[Any, ...], dict[str, Array]] = {}


def _curve_key(rows: Columns, reading: list[str], keys: np.ndarray, levels: np.ndarray) -> tuple[Any, ...]:
    """Everything a replica's curve reads: its distinct rows (tensor-parallel size and the
    columns that vary), their occupancy grid, and every single-valued column it may read."""
    shared = tuple((name, float(value)) for name, value in rows.items() if name not in _REPLICA_FREE_COLUMNS)
    # A missing figure (NaN) equals no other NaN: keyed as bytes, it matches itself.
    return tuple(reading), keys.shape, keys.tobytes(), levels.tobytes(), np.array([v for _, v in shared]).tobytes(), \
        tuple(name for name, _ in shared)


def _remember_curves(key: tuple[Any, ...], curves: dict[str, Array]) -> dict[str, Array]:
    kept = {name: value for name, value in curves.items() if name != "step"}
    for value in kept.values():
        if isinstance(value, np.ndarray):
            value.setflags(write=False)
    if len(_curves) >= _CURVES_KEPT:
        del _curves[next(iter(_curves))]  # the oldest
    _curves[key] = kept
    return kept


def _distinct_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The index of one row of each distinct value of `keys` (rows × columns), and for each
    row its distinct value's position (np.unique(axis=0) sorts rows as bytes: ~10× slower)."""
    order = np.lexsort(keys.T[::-1])
    ordered = keys[order]
    starts = np.empty(len(order), dtype=bool)
    starts[0] = True
    np.any(ordered[1:] != ordered[:-1], axis=1, out=starts[1:])
    group = np.cumsum(starts) - 1
    inverse = np.empty(len(order), dtype=np.intp)
    inverse[order] = group
    return order[starts], inverse


def first_row_demand(c: Columns, demand_cases_per_day: Array, fits: Array = True,
                     first_servable_cases_per_day: Array = math.nan) -> Array:
    """The demand, with rows marked `load_from_first_row` taking the first row's instead: a
    sweep of fleet sizes holding the demand that the first row's utilization stands for
    (its share of that fleet's capacity) is then one vectorized pass, not two in a row.
    A first row whose model does not fit serves nothing: no demand to hold. Rows with a
    `first_capacity_share` take that share of what the first row could serve
    (`first_servable_cases_per_day`, its cases a day within the service level at its peak)."""
    marked = c.get("load_from_first_row", 0.0)
    if np.any(marked):
        first = float(np.ravel(demand_cases_per_day)[0]) if np.ravel(fits)[0] else 0.0
        demand_cases_per_day = np.where(marked > 0, first if math.isfinite(first) else 0.0, demand_cases_per_day)
    share = c.get("first_capacity_share", math.nan)
    if np.ndim(share) or math.isfinite(share):
        servable = float(np.ravel(first_servable_cases_per_day)[0]) if np.ravel(fits)[0] else 0.0
        servable = servable if math.isfinite(servable) and servable > 0 else 0.0
        demand_cases_per_day = np.where(np.isfinite(share), share * servable, demand_cases_per_day)
    return demand_cases_per_day


def load_operating_point(
    c: Columns, tensor_parallel: Array, replicas: Array, ceiling: Array, fits: Array = True
) -> dict[str, Array]:
    """Occupancy per replica at capacity (the largest that meets the service level) and
    at the operating point (where the fleet serves the peak hour's demand).

    Demand is cases per day, or utilization × capacity when the user set utilization.
    Above capacity the operating point is capacity (the rest would queue: the cost model
    says "over capacity"). When even one call at a time misses the service level, capacity
    is one call per replica (the best latency there is) and `service_level_reachable` is 0."""
    grid = _with_axis(c)
    top = np.maximum(ceiling, 1.0)[..., None] if isinstance(ceiling, np.ndarray) else max(float(ceiling), 1.0)
    levels = top**_GRID_EXPONENTS
    with np.errstate(all="ignore"):
        curve = _replica_curves(c, grid, tensor_parallel, levels)
        throughput = curve["tokens_per_s_per_replica"]
        margin = service_level_margin(grid, curve)
    # The demand's own columns may vary where the curve does not (a sweep of cases per day).
    demand_shape = np.broadcast_shapes(*(np.shape(c[name]) for name in (
        "cases_per_day", "utilization", "load_from_cases", "peak_factor")), np.shape(replicas),
        np.shape(c.get("first_capacity_share", 0.0)))
    shape = np.broadcast_shapes(throughput.shape, margin.shape, np.shape(levels), (*demand_shape, 1))
    throughput, margin, levels = (np.broadcast_to(a, shape) for a in (throughput, margin, levels))
    meets = margin <= 0.0
    last = OPERATING_GRID_POINTS - 1
    first_miss = np.where(meets.all(axis=-1), OPERATING_GRID_POINTS, np.argmin(meets, axis=-1))
    reachable = first_miss > 0
    low = np.minimum(np.maximum(first_miss - 1, 0), last)[..., None]  # np.clip's wrapper costs more
    high = np.minimum(np.maximum(first_miss, 0), last)[..., None]

    rows = np.arange(math.prod(shape[:-1]))
    flat = {id(array): array.reshape(-1, shape[-1]) for array in (throughput, margin, levels)}
    columns: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # index -> (it, laid flat): each laid out once

    def at(array: np.ndarray, index: np.ndarray) -> np.ndarray:
        """array[..., index] row by row (fancy indexing on a flat view: take_along_axis costs more)."""
        table = flat.get(id(array))
        if table is None:
            table = flat[id(array)] = array.reshape(-1, shape[-1])
        kept = columns.get(id(index))
        if kept is None or kept[0] is not index:
            kept = columns[id(index)] = (index, np.broadcast_to(index, (*shape[:-1], 1)).ravel())
        picked: np.ndarray = table[rows, kept[1]].reshape(shape[:-1])
        return picked

    # Capacity: where the tightest margin crosses zero between the last point that meets
    # the service level and the first that does not.
    occupancy_bound = _log_interpolate(at(levels, low), at(levels, high), at(margin, low), at(margin, high), 0.0)
    # Even one call per replica misses the service level: capacity is what the fleet serves
    # at its best latency (one call per replica), and the outcome says the level is out of reach.
    capacity_occupancy = np.where(first_miss >= OPERATING_GRID_POINTS, levels[..., last],
                                  np.where(reachable, occupancy_bound, levels[..., 0]))
    with np.errstate(all="ignore"):
        log_throughput = np.log(throughput)
        capacity_share = np.where(
            at(levels, high) > at(levels, low),
            np.log(capacity_occupancy / at(levels, low)) / np.log(at(levels, high) / at(levels, low)),
            0.0,
        )
        low_log, high_log = at(log_throughput, low), at(log_throughput, high)
        capacity_throughput = np.exp(low_log + np.minimum(np.maximum(capacity_share, 0), 1) * (high_log - low_log))
        capacity_throughput = np.where(capacity_occupancy >= levels[..., last], throughput[..., last],
                                       capacity_throughput)
        tokens_per_case = c["output_tokens"] * c["calls_per_case"]
        capacity_cases_per_day = replicas * capacity_throughput * SECONDS_PER_DAY / tokens_per_case
        # (the break-even's shares of the first row's capacity read this estimate of it here;
        # the cost model reads the capacity evaluated at its occupancy, a hair apart)
        demand_cases_per_day = first_row_demand(c, np.where(
            c["load_from_cases"] > 0, c["cases_per_day"], c["utilization"] * capacity_cases_per_day,
        ), fits, capacity_cases_per_day / c["peak_factor"])
        peak_per_replica = demand_cases_per_day * c["peak_factor"] * tokens_per_case / SECONDS_PER_DAY / replicas
        # The throughput curve rises with occupancy: count the grid points below the demand.
        above = np.minimum(np.maximum((throughput < peak_per_replica[..., None]).sum(axis=-1), 1), last)[..., None]
        below = above - 1
        on_curve = _log_interpolate(
            at(levels, below), at(levels, above), at(log_throughput, below), at(log_throughput, above),
            np.log(peak_per_replica),
        )
        # Less than one call in flight: throughput is proportional to occupancy.
        occupancy = np.where(peak_per_replica < throughput[..., 0], peak_per_replica / throughput[..., 0], on_curve)
        occupancy = np.where(peak_per_replica >= capacity_throughput, capacity_occupancy,
                             np.minimum(occupancy, capacity_occupancy))
    return {
        "occupancy": np.nan_to_num(occupancy, nan=0.0),
        "capacity_occupancy": capacity_occupancy,
        "service_level_reachable": reachable,
    }


def performance(c: Columns) -> dict[str, Array]:
    """Performance of the fleet for every scenario in the columns, at its operating point
    (following the load, flat out, or a fixed concurrency), with its capacity under the
    service level and flat out."""
    tensor_parallel, min_gpus_to_fit = choose_tensor_parallel(c)
    plan = memory_plan(c, tensor_parallel)
    fits = plan["fits"] & (c["input_tokens"] + c["output_tokens"] <= c["max_context_tokens"])
    replicas = np.floor(c["accelerator_count"] / tensor_parallel)

    memory_limit = plan["max_sequences_per_replica"]
    ceiling = np.minimum(memory_limit, c["max_sequences_per_replica"])
    concurrency = requested_concurrency(c, replicas * ceiling)
    asked = concurrency > 0
    requested_per_replica = np.where(asked, concurrency / np.maximum(replicas, 1.0), ceiling)
    # Fewer requests than replicas: each busy replica still runs a batch of one.
    fixed_occupancy = np.minimum(requested_per_replica, ceiling)
    follows_load = np.asarray(c["follows_load"] > 0)
    reachable: Array = True
    if np.any(follows_load):
        point = load_operating_point(c, tensor_parallel, replicas, ceiling, fits)
        occupancy = np.where(follows_load, point["occupancy"], fixed_occupancy)
        capacity_occupancy = np.where(follows_load, point["capacity_occupancy"], fixed_occupancy)
        reachable = np.where(follows_load, point["service_level_reachable"], True)
        asked = asked & ~follows_load
    else:
        occupancy = capacity_occupancy = fixed_occupancy
    capacity_bound = np.where(
        asked, requested_per_replica > memory_limit, memory_limit < c["max_sequences_per_replica"]
    )
    capacity_bound = capacity_bound & ~follows_load | follows_load & (occupancy >= ceiling) & (
        memory_limit < c["max_sequences_per_replica"])

    # The operating point, capacity and flat out in one pass (a trailing axis). A fixed
    # operating point is its own capacity: two points then, not three.
    wanted = (occupancy, capacity_occupancy) if np.any(follows_load) else (occupancy,)
    points = np.stack(np.broadcast_arrays(*wanted, np.maximum(ceiling, 0.0)), axis=-1)
    tp_points = tensor_parallel[..., None] if isinstance(tensor_parallel, np.ndarray) else tensor_parallel
    evaluated = at_occupancy(_with_axis(c), points, tp_points)
    figures = {name: value[..., 0] for name, value in evaluated.items() if name != "step"}
    step = {name: value[..., 0] if np.ndim(value) else value for name, value in evaluated["step"].items()}
    per_replica = evaluated["tokens_per_s_per_replica"]
    batch = figures["batch"]
    output_tokens_per_s = np.where(fits, replicas * per_replica[..., 0], 0.0)
    capacity_tokens_per_s = np.where(fits, replicas * per_replica[..., len(wanted) - 1], 0.0)
    flat_out_tokens_per_s = np.where(fits, replicas * per_replica[..., -1], 0.0)

    kv_in_use = batch * plan["kv_bytes_per_sequence_per_gpu"]
    used = plan["weights_bytes_per_gpu"] + plan["reserve_bytes_per_gpu"] + np.minimum(
        kv_in_use, np.maximum(plan["kv_room_bytes_per_gpu"], 0.0)
    )
    time_per_output_token_s = figures["time_per_output_token_s"]
    return {
        "fits": fits,
        "tensor_parallel": tensor_parallel,
        "min_gpus_to_fit": min_gpus_to_fit,
        "replicas": replicas,
        "batch_per_replica": batch,
        "capacity_bound": capacity_bound,
        "max_concurrency": np.where(fits, replicas * ceiling, 0.0),
        "concurrency": np.where(fits, replicas * occupancy, 0.0),
        "concurrency_at_capacity": np.where(fits, replicas * capacity_occupancy, 0.0),
        "service_level_reachable": np.asarray(reachable, dtype=float),
        "weights_bytes_per_gpu": plan["weights_bytes_per_gpu"],
        "reserve_bytes_per_gpu": plan["reserve_bytes_per_gpu"],
        "kv_bytes_in_use_per_gpu": np.minimum(kv_in_use, np.maximum(plan["kv_room_bytes_per_gpu"], 0.0)),
        "memory_used_fraction": used / c["memory_bytes"],
        "time_to_first_token_s": figures["time_to_first_token_s"],
        "time_per_output_token_s": time_per_output_token_s,
        "call_latency_s": figures["call_latency_s"],
        "case_latency_s": c["calls_per_case"] * figures["call_latency_s"],
        "output_tokens_per_s": output_tokens_per_s,
        "capacity_output_tokens_per_s": capacity_tokens_per_s,
        "flat_out_output_tokens_per_s": flat_out_tokens_per_s,
        "output_tokens_per_s_per_gpu": output_tokens_per_s / c["accelerator_count"],
        "output_tokens_per_s_per_user": 1.0 / time_per_output_token_s,
        "compute_utilization": step["flops_per_gpu"] / (c["peak_flops"] * step["step_s"]),
        "bandwidth_utilization": step["bytes_moved_per_gpu"] / (c["bandwidth_bytes_per_s"] * step["step_s"]),
        "step_memory_s": step["memory_s"],
        "step_compute_s": step["compute_s"],
        "step_communication_s": step["communication_s"],
        "step_overhead_s": step["overhead_s"],
        "bottleneck_code": bottleneck_of(step, capacity_bound, fits),
    }
