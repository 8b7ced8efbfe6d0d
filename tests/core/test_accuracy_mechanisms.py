"""Mechanisms added for like-for-like accuracy (issue 12): separate rooflines for dense and
routed-expert GEMMs, lock-step waves of fixed-length closed loops, benchmark tools' own
engine settings."""

from __future__ import annotations

import numpy as np
import pytest

from core.benchmark_kinds import CLOSED_LOOP, predict_kinds
from core.inputs import resolve
from core.measurements import setup_of, tool_settings_of
from core.performance import decode_step, weight_bytes_parts
from core.validation import prepare


def test_expert_weights_stream_even_when_the_dense_gemms_are_compute_bound(scenario) -> None:
    columns = resolve(scenario)  # DeepSeek-R1 on 8xH20: scarce FLOPs
    batch = 256.0
    step = decode_step(columns, batch, 8.0)
    dense_bytes, routed_bytes = weight_bytes_parts(columns, batch + np.maximum(batch - 1, 0) *
                                                   columns["input_tokens"] / columns["output_tokens"], 8.0)
    rate = columns["bandwidth_bytes_per_s"] * columns["bandwidth_efficiency"]
    # The step is at least the expert weights' streaming on top of the dense GEMMs' compute.
    assert step["step_s"] > routed_bytes / rate + 0.5 * step["compute_s"]
    # Both parts are counted: neither alone explains the GEMM time.
    assert routed_bytes > 0 and dense_bytes > 0


def _closed_loop(scenario, requests: float, fixed: bool) -> dict[str, np.ndarray]:
    scenario = scenario.updated({"workload.concurrency": int(requests)})
    columns = {name: np.array([value]) for name, value in resolve(scenario).items()}
    return predict_kinds(
        columns, np.array([CLOSED_LOOP]), np.array([requests]), np.array([np.inf]), np.array([np.inf]),
        np.array([1.0 if fixed else 3.0]), 1.5,
    )


def test_fixed_length_closed_loop_waits_for_its_waves_prompts(llama70b_on_h100) -> None:
    scenario = llama70b_on_h100.updated({"workload.input_tokens_per_call": 4000,
                                         "workload.output_tokens_per_call": 500})
    one = _closed_loop(scenario, 2.0, True)["time_to_first_token_s"][0]
    many = _closed_loop(scenario, 32.0, True)["time_to_first_token_s"][0]
    steady = _closed_loop(scenario, 32.0, False)["time_to_first_token_s"][0]
    assert many > 4 * one  # the k-th prompt of a wave waits for the k-1 before it
    assert many > 2 * steady  # variable lengths desynchronise the clients: no waves


def test_trtllm_bench_rows_get_the_tools_kv_fraction_and_batch_cap() -> None:
    assert dict(tool_settings_of("TensorRT-LLM v1.0 PyTorch backend, trtllm-bench (TP1)")) == {
        "memory_reserve_fraction": 0.05, "max_sequences_per_replica": 4096.0}
    assert tool_settings_of("vLLM 0.11") == ()
    row = {"id": "X", "gpu": "h100-sxm", "gpu_count": "1", "model": "llama-3.1-8b", "weight_precision": "fp8",
           "input_tokens": "1000", "output_tokens": "1000", "concurrency": "max", "kind": "offline",
           "framework": "TensorRT-LLM v1.0, trtllm-bench (TP1)", "source": "s"}
    assert setup_of(row).tool_settings
    prepared = prepare([row, {**row, "framework": "TensorRT-LLM v1.0 (TP1)"}])
    assert list(prepared.columns["memory_reserve_fraction"]) == pytest.approx([0.05, 0.1])
