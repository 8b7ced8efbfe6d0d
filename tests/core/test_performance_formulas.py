"""Hand-checked performance formulas: decode step, MoE expert traffic, all-reduce, prefill."""

import numpy as np
import pytest

from core.inputs import resolve
from core.performance import allreduce_time_s, decode_step, prefill_time_s, weight_bytes_read


def test_moe_expected_distinct_experts_touched(scenario) -> None:
    columns = resolve(scenario)
    experts, active = columns["num_routed_experts"], columns["num_active_experts"]
    routed, total = columns["routed_expert_params"], columns["total_params"]
    for batch in (1.0, 4.0, 64.0):
        share = 1 - (1 - active / experts) ** batch
        expected = (total - routed + routed * share) * 1.0 / 8  # fp8, 8 GPUs
        assert weight_bytes_read(columns, batch, 8.0) == pytest.approx(expected)
    # One token touches k of E experts; many tokens touch nearly all.
    assert weight_bytes_read(columns, 1.0, 1.0) < 0.1 * total
    assert weight_bytes_read(columns, 4096.0, 1.0) == pytest.approx(total, rel=1e-3)


def test_decode_step_at_batch_one_is_weight_streaming_plus_overheads(llama70b_on_h100) -> None:
    columns = resolve(llama70b_on_h100)
    columns["input_tokens"], columns["output_tokens"] = 1.0, 1_000_000.0  # no prefill mixing, tiny KV
    step = decode_step(columns, 1.0, 1.0)
    weights = columns["total_params"] * 1.0
    # FP8 weights on vLLM: block-scaled GEMMs stream at their own share of the stack's bandwidth.
    assert columns["narrow_compute"] == 1.0 and columns["narrow_gemms_block_scaled"] == 1.0
    bandwidth = 3.35e12 * columns["bandwidth_efficiency"] * columns["narrow_gemm_bandwidth_share"]
    assert columns["narrow_gemm_bandwidth_share"] < 1.0
    kv = 163_840 * 2 * (1 + 500_000)  # average context 500,001 tokens in bf16
    memory_s = weights / bandwidth + kv / (3.35e12 * columns["kv_cache_bandwidth_efficiency"])
    assert step["memory_s"] == pytest.approx(memory_s, rel=1e-6)
    overhead = columns["step_overhead_s"] + columns["per_layer_overhead_s"] * 80
    assert step["step_s"] == pytest.approx(max(memory_s, step["compute_s"]) + overhead, rel=1e-6)
    assert step["communication_s"] == 0.0


def test_ring_allreduce_time(llama70b_on_h100) -> None:
    columns = resolve(llama70b_on_h100)
    tokens, tp = 100.0, 4.0
    message = tokens * 8192 * 2
    link = 450e9
    one = 2 * (tp - 1) / tp * message / link + columns["allreduce_latency_s"]
    assert allreduce_time_s(columns, tokens, tp) == pytest.approx(2 * 80 * one)
    assert allreduce_time_s(columns, tokens, 1.0) == 0.0
    # Beyond the 8-GPU NVLink domain the slower scale-out network is used.
    assert allreduce_time_s(columns, tokens, 16.0) > 3 * allreduce_time_s(columns, tokens, 8.0)


def test_prefill_grows_faster_than_linearly_with_prompt_length(llama70b_on_h100) -> None:
    columns = resolve(llama70b_on_h100)
    short = prefill_time_s(columns, 4_000.0, 2.0)
    long = prefill_time_s(columns, 32_000.0, 2.0)
    assert long > 8 * (short - columns["step_overhead_s"] - 80 * columns["per_layer_overhead_s"])
    rate = columns["peak_flops"] * columns["prefill_compute_efficiency"]
    linear_only = 2 * columns["active_params"] * 4_000 / rate / 2
    assert short > linear_only


def test_decode_becomes_compute_bound_at_large_batch(llama70b_on_h100) -> None:
    columns = resolve(llama70b_on_h100)
    columns["input_tokens"], columns["output_tokens"] = 128.0, 128.0
    small, large = decode_step(columns, 1.0, 2.0), decode_step(columns, 2048.0, 2.0)
    assert small["memory_s"] > small["compute_s"]
    assert large["compute_s"] > large["memory_s"]
    assert np.all(large["step_s"] > small["step_s"])
