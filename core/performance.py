"""Vectorized performance model of one replica: prefill, decode steps and what bounds them
(its memory plan and tensor-parallel choice are in `core.memory_plan`); `core.operating_point`
puts a fleet of replicas at its operating point.

Every function takes columns of floats or numpy arrays and broadcasts, so one call
evaluates a whole sweep. No Python loop runs per scenario.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.inputs import Columns
from core.memory_plan import (
    attention_data_parallel,
    bytes_per_param_parts,
    cached_tokens,
    kv_bytes_per_sequence_per_gpu,
    replicated_params,
)

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
    data_parallel = (attention_data_parallel(c) > 0) & (moe_layers > 0)
    return np.where(tensor_parallel > 1, np.where(data_parallel, all_to_all, allreduce), 0.0)


def _touched_share(c: Columns, tokens: Array) -> Array:
    """Share of the routed experts a pass over `tokens` tokens touches: with k of E experts
    per token, B tokens touch E*(1-(1-k/E)^B) distinct experts in expectation (1 for dense)."""
    k = c["num_active_experts"]
    return np.where(k > 0, 1.0 - (1.0 - k / c["num_routed_experts"]) ** np.maximum(tokens, 1.0), 1.0)


# Expected largest of n independent standard normal draws, n = 1, 2, 4, ..., 256 (order statistics).
_LOG2_DRAWS = np.arange(9.0)
_EXPECTED_MAX_NORMAL = np.array([0.0, 0.5642, 1.0294, 1.4236, 1.7660, 2.0697, 2.3409, 2.5848, 2.8058])


def expert_parallel_busiest(c: Columns, share: Array, tensor_parallel: Array) -> Array | float:
    """Busiest GPU's touched experts over the mean GPU's, where expert parallelism holds the
    routed experts whole, E/G on each of G GPUs (1 under tensor parallelism, which slices
    every expert evenly). A pass touching a share s of the experts touches about
    Binomial(E/G, s) on each GPU; every GPU waits for the busiest at the layer's combine,
    which touches mean + z_G * sd of them (z_G the expected largest of G normal draws).
    Small batches touch few experts, unevenly: DeepSeek-R1 at 4 requests (k = 8 of 256)
    touches ~30 experts, ~3.8 per GPU on average and ~6.5 on the busiest of 8; large
    batches touch them all (ratio 1). This is why TensorRT-LLM and DeepSeek ship expert
    load balancers (EPLB) for expert parallelism."""
    if not np.any(c.get("expert_parallel", 0.0)):
        return 1.0  # scenarios slice the experts (tensor parallel): skip the arithmetic
    gpus = np.maximum(tensor_parallel / c.get("pipeline_parallel", 1.0), 1.0)
    per_gpu = c["num_routed_experts"] / gpus
    mean = per_gpu * share
    spread = np.sqrt(np.maximum(per_gpu * share * (1.0 - share), 0.0))
    z = np.interp(np.log2(gpus), _LOG2_DRAWS, _EXPECTED_MAX_NORMAL)
    busiest = np.minimum(mean + z * spread, per_gpu)
    expert_parallel = (c.get("expert_parallel", 0.0) > 0) & (c["num_active_experts"] > 0) & (gpus > 1)
    return np.where(expert_parallel, busiest / np.maximum(mean, 1e-9), 1.0)


def weight_bytes_parts(
    c: Columns, tokens: Array, tensor_parallel: Array, share: Array | None = None
) -> tuple[Array, Array]:
    """Weights streamed from memory per GPU in one forward pass over `tokens` tokens:
    (dense and shared weights, routed experts'). MoE: only the experts some token routes
    to are read."""
    touched_share = _touched_share(c, tokens) if share is None else share
    shared = c["total_params"] - c["routed_expert_params"]
    replicated = replicated_params(c)
    other_bytes, routed_bytes = bytes_per_param_parts(c)
    dense = ((shared - replicated) / tensor_parallel + replicated) * other_bytes
    busiest = expert_parallel_busiest(c, touched_share, tensor_parallel)
    routed = c["routed_expert_params"] * touched_share / tensor_parallel * routed_bytes * busiest
    return dense, routed


def weight_bytes_read(c: Columns, tokens: Array, tensor_parallel: Array) -> Array:
    """Weights streamed from memory per GPU in one forward pass over `tokens` tokens."""
    dense, routed = weight_bytes_parts(c, tokens, tensor_parallel)
    return dense + routed


def _linear_compute_parts(
    c: Columns, tokens: Array, efficiency: Array, tensor_parallel: Array, share: Array | None = None
) -> tuple[Array, Array]:
    """Matrix time for `tokens` tokens (dense and shared GEMMs, routed experts' GEMMs).
    Routed experts run as grouped GEMMs: each expert a pass touches gets tokens*k/touched
    tokens, padded up to the kernel's smallest tile (`expert_gemm_tile_tokens`), at
    `expert_gemm_efficiency` of a dense GEMM's rate; dense GEMMs pad to `gemm_tile_tokens`,
    or to `narrow_gemm_tile_tokens` when they run on 8- or 4-bit operands: 16-bit weights
    (and 4-bit weights dequantised to 16-bit, Marlin/AWQ) take GEMV or m16 mma.sync kernels
    at small batches, while FP8/INT8/FP4 GEMMs quantise the activations and run whole
    tensor-core tiles (Hopper's wgmma is m64 for e4m3/e5m2; DeepGEMM's FP8 GEMMs start at
    M = 64). Evidence: Qwen's H20 speed benchmark at batch 1 (validation N101, N104): FP8
    Qwen3-8B and -32B take 6.7 and 21.7 ms a token, ~2.5x their weight streaming, while
    the INT4 (w4a16) 8B takes 6.9 ms at a quarter of the FP8 rate."""
    experts = c["num_routed_experts"]
    k = c["num_active_experts"]
    routed_per_expert = c["routed_expert_params"] / experts
    dense_active = c["active_params"] - routed_per_expert * k
    touched_share = _touched_share(c, tokens) if share is None else share
    touched = np.where(k > 0, experts * touched_share, 0.0)
    per_expert_tokens = tokens * k / np.maximum(touched, 1e-9)
    padded = touched * np.maximum(per_expert_tokens, c.get("expert_gemm_tile_tokens", 0.0))
    rate = c["peak_flops"] * efficiency
    # Tensor-core GEMMs compute whole tiles: a pass over fewer tokens than the smallest
    # tile still costs the tile (matters only where compute is scarce, e.g. H20, CPUs).
    tile = np.where(c.get("narrow_compute", 0.0) > 0, c.get("narrow_gemm_tile_tokens", 0.0),
                    c.get("gemm_tile_tokens", 0.0))
    dense_s = 2.0 * np.maximum(tokens, tile) * dense_active / rate
    routed_s = 2.0 * padded * routed_per_expert / (rate * c.get("expert_gemm_efficiency", 1.0))
    routed_s = routed_s * expert_parallel_busiest(c, touched_share, tensor_parallel)
    return dense_s / tensor_parallel, routed_s / tensor_parallel


def _linear_compute_s(c: Columns, tokens: Array, efficiency: Array, tensor_parallel: Array) -> Array:
    dense_s, routed_s = _linear_compute_parts(c, tokens, efficiency, tensor_parallel)
    return dense_s + routed_s


def gemm_parts(c: Columns, tokens: Array, efficiency: Array, tensor_parallel: Array) -> dict[str, Array]:
    """A pass's weight GEMMs: the dense (and shared) GEMMs and the routed experts' grouped
    GEMMs are separate kernels, each bound by its own roofline (its weights over
    bandwidth, or its FLOPs over the matrix rate): a batch whose dense GEMMs are already
    compute-bound still streams the experts' weights (few tokens each) at bandwidth."""
    share = _touched_share(c, tokens)
    dense_bytes, routed_bytes = weight_bytes_parts(c, tokens, tensor_parallel, share)
    dense_s, routed_s = _linear_compute_parts(c, tokens, efficiency, tensor_parallel, share)
    rate = weight_streaming_bytes_per_s(c)
    return {
        "bytes": dense_bytes + routed_bytes,
        "compute_s": dense_s + routed_s,
        "time_s": np.maximum(dense_bytes / rate, dense_s) + np.maximum(routed_bytes / rate, routed_s),
    }


def weight_streaming_bytes_per_s(c: Columns) -> Array:
    """Bytes per second a GEMM streams weights at. Where the stack runs 8- or 4-bit GEMMs
    (activations quantised) through block-scaled Triton/DeepGEMM kernels (vLLM, SGLang),
    they reach a lower share of peak than 16-bit GEMV kernels: DeepGEMM FP8 on H800 moves
    1.7-2.7 TB/s of 3.35 at M = 64 and 1.4-2.5 TB/s at M = 128 (serving-notes.md section 4)."""
    block_scaled = (c.get("narrow_compute", 0.0) > 0) & (c.get("narrow_gemms_block_scaled", 0.0) > 0)
    share = np.where(block_scaled, c.get("narrow_gemm_bandwidth_share", 1.0), 1.0)
    return c["bandwidth_bytes_per_s"] * c["bandwidth_efficiency"] * share


def _gemm_s(c: Columns, tokens: Array, efficiency: Array, tensor_parallel: Array) -> Array:
    return gemm_parts(c, tokens, efficiency, tensor_parallel)["time_s"]


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
    shards = np.where(attention_data_parallel(c) > 0, tensor_parallel, 1.0)
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
    """Time to process one prompt alone: its GEMMs (each kind at its own roofline), its
    attention (grows with length), its tokens' trips to their experts, collectives and
    the per-pass overheads."""
    gemm = _gemm_s(c, input_tokens, c["prefill_compute_efficiency"], tensor_parallel)
    attention = c["attention_flops_per_context_token"] * input_tokens * 0.5 * cached_tokens(c, input_tokens)
    attention_s = attention / (c["attention_peak_flops"] * c["prefill_compute_efficiency"]) / tensor_parallel
    overhead = _step_overhead_s(c)
    return (
        gemm + attention_s + moe_token_traffic_s(c, input_tokens, tensor_parallel)
        + allreduce_time_s(c, input_tokens, tensor_parallel) + overhead
    )


def data_parallel_prefill_wait_s(c: Columns, prompt_tokens: Array, tensor_parallel: Array) -> Array:
    """Extra step time from attention data-parallel ranks carrying unequal prompt work.

    With attention data-parallelism each request lives on one rank: its prompt's attention
    and dense GEMMs run there, not split over the replica, and every rank waits for the
    busiest at each MoE layer's all-to-all. Decode tokens spread evenly, prompts do not:
    a step's `prompt_tokens` arrive as whole prompts (or chunks of at most the engine's
    tokens per step), so the busiest rank carries about one while fewer than one arrives per
    step (chunk * (1 - exp(-prompt_tokens/chunk))), and the even share once many do. (Prompts
    are admitted one per rank and step as sequences end, so ranks do not stay in lock-step.)"""
    adp = attention_data_parallel(c) > 0
    if not np.any(adp):
        return 0.0 * prompt_tokens
    prompt = np.minimum(np.maximum(c["input_tokens"], 1.0), c.get("max_prompt_tokens_per_step", np.inf))
    even = prompt_tokens / tensor_parallel
    busiest = np.maximum(even, -prompt * np.expm1(-prompt_tokens / prompt))
    experts = c["num_routed_experts"]
    k = c["num_active_experts"]
    dense_active = c["active_params"] - np.where(k > 0, c["routed_expert_params"] / np.maximum(experts, 1.0) * k, 0.0)
    per_token_s = 2.0 * dense_active / (c["peak_flops"] * c["prefill_compute_efficiency"]) + (
        c["attention_flops_per_context_token"] * 0.5 * cached_tokens(c, c["input_tokens"])
        / (c["attention_peak_flops"] * c["prefill_compute_efficiency"])
    )
    return np.where(adp & (tensor_parallel > 1), (busiest - even) * per_token_s, 0.0)


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
    gemms = gemm_parts(c, step_tokens, _blend(c, batch, prefill_tokens), tensor_parallel)
    weights_read = gemms["bytes"]
    bytes_moved = weights_read + kv_read
    bandwidth = c["bandwidth_bytes_per_s"]
    weights_s = weights_read / weight_streaming_bytes_per_s(c)
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
    linear_s = gemms["compute_s"]
    decode_attention_s = (
        decode_attention / (c["attention_peak_flops"] * c["decode_compute_efficiency"]) / tensor_parallel
    )
    prefill_attention_s = (
        prefill_attention / (c["attention_peak_flops"] * c["prefill_compute_efficiency"]) / tensor_parallel
    )
    attention_s = decode_attention_s + prefill_attention_s
    compute_s = linear_s + attention_s
    communication_s = allreduce_time_s(c, step_tokens, tensor_parallel)
    overhead_s = _step_overhead_s(c) + 0.0 * batch
    # GEMMs and attention are separate kernels, run one after the other: each is bound
    # by its own roofline (weights vs matrix FLOPs; KV cache vs attention FLOPs). The
    # prompts' attention (context kernels, compute-bound) runs apart from the decode
    # attention that reads the KV cache (generation kernels).
    step_s = (
        gemms["time_s"] + np.maximum(kv_s, decode_attention_s) + prefill_attention_s
        + communication_s + overhead_s + token_traffic_s
    )
    step_s = step_s + data_parallel_prefill_wait_s(c, prefill_tokens, tensor_parallel)
    # The same step without the prompt chunks: what a newly arrived request waits for.
    decode_only_gemm_s = _gemm_s(c, batch, c["decode_compute_efficiency"], tensor_parallel)
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


def bottleneck_of(step: dict[str, Array], capacity_bound: Array, fits: Array) -> Array:
    parts = np.stack(
        np.broadcast_arrays(step["memory_s"], step["compute_s"], step["communication_s"], step["overhead_s"])
    )
    largest = np.choose(np.argmax(parts, axis=0), [BANDWIDTH, COMPUTE, COMMUNICATION, OVERHEAD])
    capacity = capacity_bound & (largest != COMPUTE)
    return np.where(~fits, NO_FIT, np.where(capacity, CAPACITY, largest))
