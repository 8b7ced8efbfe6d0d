"""Twelfth accuracy pass (issue 12): FP4 weights on chips without FP4 tensor cores run
weight-only; block-scaled FP8 checkpoints reach a stack's share of the FP8 rate; vLLM's
--async-scheduling hides the per-step scheduler time."""

from __future__ import annotations

import pytest

from core.catalog import load_catalog
from core.inputs import compute_rate, resolve
from core.measurements import setup_of
from core.performance import block_scaled_share, prompt_compute_s


def test_fp4_weights_on_hopper_compute_at_the_16_bit_rate() -> None:
    catalog = load_catalog()
    assert compute_rate(catalog.accelerator("h100-sxm"), "fp4")[0] == "bf16"  # no FP4 tensor cores
    assert compute_rate(catalog.accelerator("b200"), "fp4")[0] == "fp4"


def test_block_scaled_fp8_checkpoints_slow_only_their_stacks_kernels(scenario) -> None:
    qwen = scenario.updated({"model.model_id": "qwen3-32b", "model.weight_precision": "fp8",
                             "hardware.accelerator_id": "h100-sxm", "hardware.accelerator_count": 1,
                             "serving.tensor_parallel": 1})
    llama = qwen.updated({"model.model_id": "llama-3.1-8b"})
    for stack, share in (("vllm", 0.7), ("tensorrt-llm", 0.7), ("sglang", 1.0)):
        columns = resolve(qwen.updated({"serving.serving_stack": stack}))
        assert float(block_scaled_share(columns)) == pytest.approx(share)
        assert float(block_scaled_share(resolve(llama.updated({"serving.serving_stack": stack})))) == 1.0
    vllm = resolve(qwen.updated({"serving.serving_stack": "vllm"}))
    bf16 = resolve(qwen.updated({"serving.serving_stack": "vllm", "model.weight_precision": "bf16"}))
    assert float(block_scaled_share(bf16)) == 1.0
    # The prompt's GEMMs take 1/0.7 as long as with a per-tensor checkpoint of the same model.
    per_tensor = {**vllm, "fp8_block_scaled": 0.0}
    assert prompt_compute_s(vllm, 4000.0, 1.0) > 1.3 * prompt_compute_s(per_tensor, 4000.0, 1.0)


def test_trtllm_bench_rows_and_async_scheduling_rows_set_their_columns() -> None:
    row = {"id": "X", "gpu": "h100-sxm", "gpu_count": "1", "model": "qwen3-235b-a22b", "weight_precision": "fp8",
           "input_tokens": "1000", "output_tokens": "1000", "concurrency": "max", "kind": "offline",
           "framework": "TensorRT-LLM v1.0, trtllm-bench (TP8)", "source": "s"}
    assert dict(setup_of(row).tool_settings)["fp8_block_scaled"] == 0.0  # NVIDIA's per-tensor checkpoints
    served = {**row, "kind": "burst", "concurrency": "1000", "framework": "vLLM v0.10.2 (--async-scheduling -tp 2)"}
    assert dict(setup_of(served).tool_settings) == {"step_overhead_s": 0.0}
    assert setup_of({**served, "framework": "vLLM v0.10.2 (-tp 2)"}).tool_settings == ()
