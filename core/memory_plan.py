"""What fits in one replica's memory and how many accelerators hold one copy of the model:
bytes of weights and KV cache per accelerator, the memory plan, and the tensor-parallel
choice. Vectorized like `core.performance`, which times the steps of what fits here.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.inputs import Columns

# Tensor-parallel sizes "auto" chooses from (powers of two, as head counts require).
TENSOR_PARALLEL_CANDIDATES = np.array([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024], dtype=float)

Array = Any  # numpy array or float


def cached_tokens(c: Columns, context_tokens: Array) -> Array:
    """Tokens a sequence keeps in the KV cache, sliding-window layers capped."""
    share = c["sliding_window_share"]
    window = np.where(c["sliding_window_tokens"] > 0, c["sliding_window_tokens"], np.inf)
    return (1.0 - share) * context_tokens + share * np.minimum(context_tokens, window)


def attention_data_parallel(c: Columns) -> Array:
    """1 where attention runs data-parallel (each GPU holds its own sequences' KV cache)."""
    return c.get("attention_data_parallel", 0.0)


def kv_shards(c: Columns, tensor_parallel: Array) -> Array:
    """Ways the KV cache splits over a replica's GPUs: tensor parallelism splits KV heads
    (an MLA latent not at all); attention data-parallelism splits the sequences."""
    return np.where(attention_data_parallel(c) > 0, tensor_parallel, np.minimum(tensor_parallel, c["kv_shards_max"]))


def kv_bytes_per_sequence_per_gpu(c: Columns, context_tokens: Array, tensor_parallel: Array) -> Array:
    shards = kv_shards(c, tensor_parallel)
    per_token = c["kv_values_per_token"] * c["kv_bytes_per_value"]
    return per_token * cached_tokens(c, context_tokens) / shards


def replicated_params(c: Columns) -> Array:
    """Parameters every GPU of a replica holds whole: the attention weights when attention
    runs data-parallel (the experts are still split, by expert parallelism)."""
    return c.get("attention_params", 0.0) * attention_data_parallel(c)


def bytes_per_param_parts(c: Columns) -> tuple[Array, Array]:
    """(bytes per parameter of the weights other than the routed experts, of the routed
    experts): the format's bytes for both, or the model's own mixed-precision checkpoint's
    (gpt-oss: BF16 attention and embeddings, MXFP4 experts at 4.25 bits with their scales)."""
    uniform = c["weight_bytes_per_param"]
    routed = c.get("native_routed_bytes_per_param", np.nan)
    other = c.get("native_other_bytes_per_param", np.nan)
    return np.where(np.isfinite(other), other, uniform), np.where(np.isfinite(routed), routed, uniform)


def model_weight_bytes(c: Columns) -> Array:
    """Bytes of all the model's weights (one copy)."""
    other, routed = bytes_per_param_parts(c)
    return (c["total_params"] - c["routed_expert_params"]) * other + c["routed_expert_params"] * routed


def weight_bytes_per_gpu(c: Columns, tensor_parallel: Array) -> Array:
    replicated = replicated_params(c)
    other, _ = bytes_per_param_parts(c)
    return (model_weight_bytes(c) - replicated * other) / tensor_parallel + replicated * other


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
    weights = model_weight_bytes(c)
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
