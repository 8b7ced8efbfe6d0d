"""Vectorized performance model: memory plan, prefill, decode steps, steady state.

Every function takes columns of floats or numpy arrays and broadcasts, so one call
evaluates a whole sweep. No Python loop runs per scenario.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from core.inputs import Columns

# Tensor-parallel sizes "auto" chooses from (powers of two, as head counts require).
TENSOR_PARALLEL_CANDIDATES = np.array([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024], dtype=float)
ACTIVATION_BYTES = 2.0  # activations travel between GPUs in 16-bit

BOTTLENECKS = (
    "memory bandwidth",
    "compute",
    "communication",
    "memory capacity",
    "scheduling overhead",
    "does not fit",
)
BANDWIDTH, COMPUTE, COMMUNICATION, CAPACITY, OVERHEAD, NO_FIT = range(len(BOTTLENECKS))

Array = Any  # numpy array or float


def cached_tokens(c: Columns, context_tokens: Array) -> Array:
    """Tokens a sequence keeps in the KV cache, sliding-window layers capped."""
    share = c["sliding_window_share"]
    window = np.where(c["sliding_window_tokens"] > 0, c["sliding_window_tokens"], np.inf)
    return (1.0 - share) * context_tokens + share * np.minimum(context_tokens, window)


def _attention_data_parallel(c: Columns) -> Array:
    """1 where attention runs data-parallel (each GPU holds its own sequences' KV cache)."""
    return c.get("attention_data_parallel", 0.0)


def kv_shards(c: Columns, tensor_parallel: Array) -> Array:
    """Ways the KV cache splits over a replica's GPUs: tensor parallelism splits KV heads
    (an MLA latent not at all); attention data-parallelism splits the sequences."""
    return np.where(_attention_data_parallel(c) > 0, tensor_parallel, np.minimum(tensor_parallel, c["kv_shards_max"]))


def kv_bytes_per_sequence_per_gpu(c: Columns, context_tokens: Array, tensor_parallel: Array) -> Array:
    shards = kv_shards(c, tensor_parallel)
    per_token = c["kv_values_per_token"] * c["kv_bytes_per_value"]
    return per_token * cached_tokens(c, context_tokens) / shards


def _replicated_params(c: Columns) -> Array:
    """Parameters every GPU of a replica holds whole: the attention weights when attention
    runs data-parallel (the experts are still split, by expert parallelism)."""
    return c.get("attention_params", 0.0) * _attention_data_parallel(c)


def weight_bytes_per_gpu(c: Columns, tensor_parallel: Array) -> Array:
    replicated = _replicated_params(c)
    return ((c["total_params"] - replicated) / tensor_parallel + replicated) * c["weight_bytes_per_param"]


def memory_plan(c: Columns, tensor_parallel: Array) -> dict[str, Array]:
    """Per-GPU memory at a tensor-parallel size, and how many sequences fit."""
    weights = weight_bytes_per_gpu(c, tensor_parallel)
    # The engine's reserve: a fraction of all memory (vLLM, SGLang) or of what the weights
    # leave (TensorRT-LLM), plus a fixed part (activations, CUDA graphs).
    of_free = c.get("memory_reserve_of_free", 0.0) > 0
    base = np.where(of_free, np.maximum(c["memory_bytes"] - weights, 0.0), c["memory_bytes"])
    reserve = base * c["memory_reserve_fraction"] + c.get("memory_reserve_bytes", 0.0)
    kv_room = c["memory_bytes"] - reserve - weights
    # What a running sequence holds of the pool: its prompt plus the share of its answer the
    # scheduler keeps for it (vLLM pages on demand: half, on average; SGLang reserves ~0.7
    # of the rest up front; TensorRT-LLM's GUARANTEED_NO_EVICT keeps room for all of it).
    average_context = c["input_tokens"] + c.get("kv_reserved_output_share", 0.5) * c["output_tokens"]
    full_context = c["input_tokens"] + c["output_tokens"]
    kv_average = kv_bytes_per_sequence_per_gpu(c, average_context, tensor_parallel)
    kv_full = kv_bytes_per_sequence_per_gpu(c, full_context, tensor_parallel)
    fits = kv_room >= c["min_kv_sequences_to_fit"] * kv_full
    # Paged KV: sequences at all stages of decoding share the pool, so the
    # average context sets how many run at once (a steady-state average, so not
    # rounded: rounding would make latency jump non-monotonically with lengths).
    max_sequences = np.where(fits, np.maximum(kv_room, 0.0) / kv_average, 0.0)
    return {
        "weights_bytes_per_gpu": weights,
        "reserve_bytes_per_gpu": reserve + 0.0 * weights,
        "kv_room_bytes_per_gpu": kv_room,
        "kv_bytes_per_sequence_per_gpu": kv_average,
        "fits": fits,
        "max_sequences_per_replica": max_sequences,
    }


def choose_tensor_parallel(c: Columns) -> tuple[Array, Array]:
    """(tensor-parallel size, smallest GPU count that fits at all).

    Auto picks the smallest power of two that fits and leaves the KV cache room to
    batch: weights at most `auto_tp_max_weight_share` of an accelerator's memory,
    within one scale-up domain and the GPU count. Where no size does, it is the
    smallest that fits at all (e.g. DeepSeek-R1 on 8×H20). A fixed choice is clamped
    to the GPU count. Solved in closed form (fit only improves with more GPUs).
    """
    # The reserve as in memory_plan: KV room = usable - weights/tp. With a fraction of the
    # free memory (TensorRT-LLM) room = (memory - weights/tp)(1 - f) - fixed, the same
    # condition with the fixed part and the KV need divided by (1 - f).
    fraction = c["memory_reserve_fraction"]
    fixed = c.get("memory_reserve_bytes", 0.0)
    of_free = c.get("memory_reserve_of_free", 0.0) > 0
    memory = c["memory_bytes"]
    usable = np.where(of_free, memory - fixed / (1.0 - fraction), memory * (1.0 - fraction) - fixed)
    weights = c["total_params"] * c["weight_bytes_per_param"]
    full_context = c["input_tokens"] + c["output_tokens"]
    kv_needed = c["min_kv_sequences_to_fit"] * kv_bytes_per_sequence_per_gpu(c, full_context, 1.0)
    kv_needed = np.where(of_free, kv_needed / (1.0 - fraction), kv_needed)
    shards = c["kv_shards_max"]
    with np.errstate(divide="ignore", invalid="ignore"):
        # While tp <= shards both weights and KV split tp ways; beyond, only weights do.
        within_shards = (weights + kv_needed) / usable
        room_beyond = usable - kv_needed / shards
        beyond_shards = np.where(room_beyond > 0, weights / room_beyond, np.inf)
        exact = np.where(within_shards <= shards, within_shards, np.maximum(beyond_shards, shards))
        power = np.ceil(np.log2(np.maximum(exact, 1.0)) - 1e-9)
    largest = TENSOR_PARALLEL_CANDIDATES[-1]
    min_fit = np.where(np.isfinite(exact) & (power <= np.log2(largest)), 2.0**power, np.inf)
    largest_allowed = np.minimum(2.0 ** np.floor(np.log2(c["accelerator_count"])), largest)
    smallest_fit = np.where(min_fit <= c["accelerator_count"], min_fit, largest_allowed)
    with np.errstate(divide="ignore", invalid="ignore"):
        roomy = 2.0 ** np.ceil(np.log2(np.maximum(
            weights / (c["memory_bytes"] * c["auto_tp_max_weight_share"]), 1.0)) - 1e-9)
    roomy = np.maximum(roomy, min_fit)
    roomy_allowed = roomy <= np.minimum(c["accelerator_count"], c["scale_up_domain"])
    auto = np.where(roomy_allowed, roomy, smallest_fit)
    # A fixed size larger than the fleet falls back to the largest power of two it holds.
    fixed = np.where(c["tensor_parallel_fixed"] <= c["accelerator_count"], c["tensor_parallel_fixed"], largest_allowed)
    chosen = np.where(c["tensor_parallel_fixed"] > 0, fixed, auto)
    return chosen, min_fit


def allreduce_time_s(c: Columns, tokens: Array, tensor_parallel: Array) -> Array:
    """Two ring all-reduces per layer over the step's activations. With attention
    data-parallelism the MoE layers exchange tokens instead (expert-parallel dispatch and
    combine: two all-to-alls per MoE layer, each GPU sending its tokens' k expert copies)."""
    # Pipeline stages hand activations on point to point; only the tensor-parallel group
    # inside a stage all-reduces, over its stage's share of the layers.
    stages = c.get("pipeline_parallel", 1.0)
    tensor_parallel = tensor_parallel / stages
    inside_domain = tensor_parallel <= c["scale_up_domain"]
    link = np.where(inside_domain, c["scale_up_bytes_per_s"], c["scale_out_bytes_per_s"])
    # Cards without a switched fabric all-reduce over PCIe, with a higher latency floor.
    pcie = c["scale_up_bytes_per_s"] <= c.get("pcie_link_bytes_per_s_max", 0.0)
    pcie_latency = c.get("pcie_allreduce_latency_s", c["allreduce_latency_s"])
    inside_latency = np.where(pcie, pcie_latency, c["allreduce_latency_s"])
    latency = np.where(inside_domain, inside_latency, c["scale_out_latency_s"])
    message = tokens * c["hidden_size"] * ACTIVATION_BYTES
    one = 2.0 * (tensor_parallel - 1.0) / tensor_parallel * message / link + latency
    allreduce = 2.0 * c["num_layers"] / stages * one
    moe_layers = c.get("moe_layers", 0.0)
    copies = np.maximum(c["num_active_experts"], 1.0)
    exchanged = tokens / tensor_parallel * c["hidden_size"] * ACTIVATION_BYTES * copies
    all_to_all = 2.0 * moe_layers / stages * (
        (tensor_parallel - 1.0) / tensor_parallel * exchanged / link + c.get("all_to_all_latency_s", 0.0)
    )
    data_parallel = (_attention_data_parallel(c) > 0) & (moe_layers > 0)
    return np.where(tensor_parallel > 1, np.where(data_parallel, all_to_all, allreduce), 0.0)


def weight_bytes_read(c: Columns, tokens: Array, tensor_parallel: Array) -> Array:
    """Weights streamed from memory in one forward pass over `tokens` tokens.

    MoE: only the experts some token routes to are read; with k of E experts per
    token, B tokens touch E*(1-(1-k/E)^B) distinct experts in expectation.
    """
    experts = c["num_routed_experts"]
    touched_share = np.where(
        c["num_active_experts"] > 0,
        1.0 - (1.0 - c["num_active_experts"] / experts) ** np.maximum(tokens, 1.0),
        1.0,
    )
    shared = c["total_params"] - c["routed_expert_params"]
    replicated = _replicated_params(c)
    params_read = shared - replicated + c["routed_expert_params"] * touched_share
    return (params_read / tensor_parallel + replicated) * c["weight_bytes_per_param"]


def _linear_compute_s(c: Columns, tokens: Array, efficiency: Array, tensor_parallel: Array) -> Array:
    """Matrix time for `tokens` tokens. Routed experts run as grouped GEMMs: each expert
    a pass touches gets tokens*k/touched tokens, padded up to the kernel's smallest tile
    (`expert_gemm_tile_tokens`), at `expert_gemm_efficiency` of a dense GEMM's rate;
    dense GEMMs pad to `gemm_tile_tokens`."""
    experts = c["num_routed_experts"]
    k = c["num_active_experts"]
    routed_per_expert = c["routed_expert_params"] / experts
    dense_active = c["active_params"] - routed_per_expert * k
    touched = np.where(k > 0, experts * (1.0 - (1.0 - k / experts) ** np.maximum(tokens, 1.0)), 0.0)
    per_expert_tokens = tokens * k / np.maximum(touched, 1e-9)
    padded = touched * np.maximum(per_expert_tokens, c.get("expert_gemm_tile_tokens", 0.0))
    rate = c["peak_flops"] * efficiency
    # Tensor-core GEMMs compute whole tiles: a pass over fewer tokens than the smallest
    # tile still costs the tile (matters only where compute is scarce, e.g. H20, CPUs).
    dense_s = 2.0 * np.maximum(tokens, c.get("gemm_tile_tokens", 0.0)) * dense_active / rate
    routed_s = 2.0 * padded * routed_per_expert / (rate * c.get("expert_gemm_efficiency", 1.0))
    return (dense_s + routed_s) / tensor_parallel


def _step_overhead_s(c: Columns) -> Array:
    """Scheduler, kernel launches and synchronisation per forward pass (fixed, per layer,
    and extra per MoE layer for routing, permutation and grouped-GEMM set-up)."""
    return (
        c["step_overhead_s"] + c["per_layer_overhead_s"] * c["num_layers"]
        + c.get("moe_layer_overhead_s", 0.0) * c.get("moe_layers", 0.0)
    )


def moe_token_traffic_s(c: Columns, tokens: Array, tensor_parallel: Array) -> Array:
    """Memory time of moving tokens to and from their experts in the MoE layers: per token
    and MoE layer, `moe_token_passes` passes over its k routed copies of the hidden state (the
    first expert GEMM gathers one copy per routed expert, the second writes one output per
    routed expert, the combine reads them back). Tensor parallelism replicates activations,
    so every GPU moves every token's copies; with attention data-parallelism each GPU moves
    only its own tokens'. Negligible in decoding (a few hundred tokens a pass); in prefill
    it is comparable to the expert GEMMs of fine-grained MoE models (k = 8, wide hidden state)."""
    k = np.maximum(c["num_active_experts"], 0.0)
    per_token = c.get("moe_token_passes", 0.0) * k * c["hidden_size"] * ACTIVATION_BYTES * c.get("moe_layers", 0.0)
    shards = np.where(_attention_data_parallel(c) > 0, tensor_parallel, 1.0)
    per_gpu = tokens * per_token / shards / c.get("pipeline_parallel", 1.0)
    return per_gpu / (c["bandwidth_bytes_per_s"] * c["bandwidth_efficiency"])


def prompt_compute_s(c: Columns, input_tokens: Array, tensor_parallel: Array) -> Array:
    """Matrix and attention time of one prompt's tokens, with its tokens' trips to their
    experts (no weight streaming, no overheads)."""
    # Causal attention: token i attends to i earlier tokens, so the mean context is half.
    attention = c["attention_flops_per_context_token"] * input_tokens * 0.5 * cached_tokens(c, input_tokens)
    return _linear_compute_s(c, input_tokens, c["prefill_compute_efficiency"], tensor_parallel) + (
        attention / (c["attention_peak_flops"] * c["prefill_compute_efficiency"]) / tensor_parallel
    ) + moe_token_traffic_s(c, input_tokens, tensor_parallel)


def prefill_time_s(c: Columns, input_tokens: Array, tensor_parallel: Array) -> Array:
    """Time to process one prompt alone: compute-bound, attention grows with length."""
    compute = prompt_compute_s(c, input_tokens, tensor_parallel)
    memory = weight_bytes_read(c, input_tokens, tensor_parallel) / (
        c["bandwidth_bytes_per_s"] * c["bandwidth_efficiency"]
    )
    overhead = _step_overhead_s(c)
    return np.maximum(compute, memory) + allreduce_time_s(c, input_tokens, tensor_parallel) + overhead


def _blend(c: Columns, decode_tokens: Array, prompt_tokens: Array) -> Array:
    """Efficiency of a pass mixing decode and prompt tokens (harmonic, by token count)."""
    total = decode_tokens + prompt_tokens
    return total / (
        decode_tokens / c["decode_compute_efficiency"] + prompt_tokens / c["prefill_compute_efficiency"]
    )


def decode_step(c: Columns, batch: Array, tensor_parallel: Array) -> dict[str, Array]:
    """One continuous-batching step: `batch` sequences each emit a token while the
    prompts of arriving requests are prefilled in chunks alongside (on average
    batch*input/output prompt tokens per step keeps the batch full)."""
    input_tokens, output_tokens = c["input_tokens"], c["output_tokens"]
    average_context = cached_tokens(c, input_tokens + 0.5 * output_tokens)
    # Each request's own prompt is in its time to first token; the steps of its decode
    # carry the prompts of the other batch-1 requests, each once per cycle.
    prefill_tokens = np.maximum(batch - 1.0, 0.0) * input_tokens / output_tokens
    step_tokens = batch + prefill_tokens

    kv_read = batch * kv_bytes_per_sequence_per_gpu(c, input_tokens + 0.5 * output_tokens, tensor_parallel)
    weights_read = weight_bytes_read(c, step_tokens, tensor_parallel)
    bytes_moved = weights_read + kv_read
    bandwidth = c["bandwidth_bytes_per_s"]
    weights_s = weights_read / (bandwidth * c["bandwidth_efficiency"])
    # Attention kernels gather paged KV blocks and reach a lower share of peak
    # bandwidth than the weight GEMMs do.
    kv_s = kv_read / (bandwidth * c["kv_cache_bandwidth_efficiency"])
    token_traffic_s = moe_token_traffic_s(c, step_tokens, tensor_parallel)
    memory_s = weights_s + kv_s + token_traffic_s

    decode_linear = 2.0 * c["active_params"] * batch
    decode_attention = c["attention_flops_per_context_token"] * batch * average_context
    prefill_linear = 2.0 * c["active_params"] * prefill_tokens
    prefill_attention = c["attention_flops_per_context_token"] * prefill_tokens * 0.5 * cached_tokens(
        c, input_tokens
    )
    # Decode and prompt tokens share one pass, so the expert GEMMs see both together.
    linear_s = _linear_compute_s(c, step_tokens, _blend(c, batch, prefill_tokens), tensor_parallel)
    attention_s = (
        decode_attention / (c["attention_peak_flops"] * c["decode_compute_efficiency"])
        + prefill_attention / (c["attention_peak_flops"] * c["prefill_compute_efficiency"])
    ) / tensor_parallel
    compute_s = linear_s + attention_s
    communication_s = allreduce_time_s(c, step_tokens, tensor_parallel)
    overhead_s = _step_overhead_s(c) + 0.0 * batch
    # GEMMs and attention are separate kernels, run one after the other: each is bound
    # by its own roofline (weights vs matrix FLOPs; KV cache vs attention FLOPs).
    step_s = (
        np.maximum(weights_s, linear_s) + np.maximum(kv_s, attention_s) + communication_s + overhead_s
        + token_traffic_s
    )
    # The same step without the prompt chunks: what a newly arrived request waits for.
    decode_only_gemm_s = np.maximum(
        weight_bytes_read(c, batch, tensor_parallel) / (bandwidth * c["bandwidth_efficiency"]),
        _linear_compute_s(c, batch, c["decode_compute_efficiency"], tensor_parallel),
    )
    decode_only_attention_s = np.maximum(
        kv_s, decode_attention / (c["attention_peak_flops"] * c["decode_compute_efficiency"]) / tensor_parallel
    )
    decode_only_s = (
        decode_only_gemm_s + decode_only_attention_s + allreduce_time_s(c, batch, tensor_parallel) + overhead_s
        + moe_token_traffic_s(c, batch, tensor_parallel)
    )
    flops = (decode_linear + decode_attention + prefill_linear + prefill_attention) / tensor_parallel
    return {
        "step_s": step_s,
        "decode_only_s": decode_only_s,
        "memory_s": memory_s,
        "compute_s": compute_s,
        "communication_s": communication_s,
        "overhead_s": overhead_s,
        "bytes_moved_per_gpu": bytes_moved,
        "kv_bytes_read_per_gpu": kv_read,
        "flops_per_gpu": flops,
    }


def _bottleneck(step: dict[str, Array], capacity_bound: Array, fits: Array) -> Array:
    parts = np.stack(
        np.broadcast_arrays(step["memory_s"], step["compute_s"], step["communication_s"], step["overhead_s"])
    )
    largest = np.choose(np.argmax(parts, axis=0), [BANDWIDTH, COMPUTE, COMMUNICATION, OVERHEAD])
    capacity = capacity_bound & (largest != COMPUTE)
    return np.where(~fits, NO_FIT, np.where(capacity, CAPACITY, largest))


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
    return np.exp(np.log(x0) + np.clip(share, 0.0, 1.0) * (np.log(x1) - np.log(x0)))


# Columns a replica's latencies at a given occupancy do not read: the fleet's size, the load,
# prices and power, the limits. A sweep of only these (e.g. of accelerator counts) has one
# replica curve per tensor-parallel size, not one per point.
_REPLICA_FREE_COLUMNS = frozenset({
    "accelerator_count", "accelerators_per_server", "cases_per_day", "utilization", "load_from_cases",
    "peak_factor", "calls_per_case", "concurrency", "follows_load", "concurrency_exponent",
    "max_time_to_first_token_s", "max_time_per_output_token_s", "max_case_latency_s", "price_per_accelerator",
    "server_price", "rent_per_accelerator_hour", "renting", "rent_on_demand", "electricity_price_per_kwh", "pue",
    "depreciation_years", "hosting_per_server_year", "server_overhead_price", "server_overhead_power_w",
})


def _replica_curves(c: Columns, grid: Columns, tensor_parallel: Array, levels: Array) -> dict[str, Array]:
    """at_occupancy over the grid, computed once per distinct tensor-parallel size when
    nothing else a replica reads varies (the same numbers, far fewer of them)."""
    varying = [name for name, value in c.items() if isinstance(value, np.ndarray) and value.ndim]
    if np.ndim(tensor_parallel) and varying and all(name in _REPLICA_FREE_COLUMNS for name in varying):
        sizes, first, inverse = np.unique(tensor_parallel, return_index=True, return_inverse=True)
        if sizes.size < np.size(tensor_parallel):
            flat_levels = np.broadcast_to(levels, (*np.shape(tensor_parallel), levels.shape[-1]))
            flat_levels = flat_levels.reshape(-1, levels.shape[-1])
            scalars = {name: value for name, value in grid.items() if name not in varying}
            distinct = at_occupancy(scalars, flat_levels[first], sizes[:, None])
            shape = (*np.shape(tensor_parallel), levels.shape[-1])
            return {
                name: value[inverse.ravel()].reshape(shape) if isinstance(value, np.ndarray) and value.ndim else value
                for name, value in distinct.items() if name != "step"
            }
    tp = tensor_parallel[..., None] if isinstance(tensor_parallel, np.ndarray) else tensor_parallel
    return at_occupancy(grid, levels, tp)


def load_operating_point(
    c: Columns, tensor_parallel: Array, replicas: Array, ceiling: Array
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
        "cases_per_day", "utilization", "load_from_cases", "peak_factor")), np.shape(replicas))
    shape = np.broadcast_shapes(throughput.shape, margin.shape, np.shape(levels), (*demand_shape, 1))
    throughput, margin, levels = (np.broadcast_to(a, shape) for a in (throughput, margin, levels))
    meets = margin <= 0.0
    last = OPERATING_GRID_POINTS - 1
    first_miss = np.where(meets.all(axis=-1), OPERATING_GRID_POINTS, np.argmin(meets, axis=-1))
    reachable = first_miss > 0
    low = np.clip(first_miss - 1, 0, last)[..., None]
    high = np.clip(first_miss, 0, last)[..., None]

    rows = np.arange(math.prod(shape[:-1]))
    flat = {id(array): array.reshape(-1, shape[-1]) for array in (throughput, margin, levels)}

    def at(array: np.ndarray, index: np.ndarray) -> np.ndarray:
        """array[..., index] row by row (fancy indexing on a flat view: take_along_axis costs more)."""
        table = flat.get(id(array))
        if table is None:
            table = flat[id(array)] = array.reshape(-1, shape[-1])
        picked: np.ndarray = table[rows, np.broadcast_to(index, (*shape[:-1], 1)).ravel()].reshape(shape[:-1])
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
        capacity_throughput = np.exp(low_log + np.clip(capacity_share, 0, 1) * (high_log - low_log))
        capacity_throughput = np.where(capacity_occupancy >= levels[..., last], throughput[..., last],
                                       capacity_throughput)
        tokens_per_case = c["output_tokens"] * c["calls_per_case"]
        demand_cases_per_day = np.where(
            c["load_from_cases"] > 0,
            c["cases_per_day"],
            c["utilization"] * replicas * capacity_throughput * SECONDS_PER_DAY / tokens_per_case,
        )
        peak_per_replica = demand_cases_per_day * c["peak_factor"] * tokens_per_case / SECONDS_PER_DAY / replicas
        # The throughput curve rises with occupancy: count the grid points below the demand.
        above = np.clip((throughput < peak_per_replica[..., None]).sum(axis=-1), 1, last)[..., None]
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
        point = load_operating_point(c, tensor_parallel, replicas, ceiling)
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
        "bottleneck_code": _bottleneck(step, capacity_bound, fits),
    }
