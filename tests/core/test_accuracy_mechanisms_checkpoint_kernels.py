"""Twelfth accuracy pass (issue 12): FP4 weights on chips without FP4 tensor cores run
weight-only; vLLM's --async-scheduling hides the per-step scheduler time."""

from __future__ import annotations

from core.catalog import load_catalog
from core.inputs import compute_rate
from core.measurements import setup_of


def test_fp4_weights_on_hopper_compute_at_the_16_bit_rate() -> None:
    catalog = load_catalog()
    assert compute_rate(catalog.accelerator("h100-sxm"), "fp4")[0] == "bf16"  # no FP4 tensor cores
    assert compute_rate(catalog.accelerator("b200"), "fp4")[0] == "fp4"


def test_async_scheduling_rows_drop_the_per_step_scheduler_time() -> None:
    row = {"id": "X", "gpu": "h100-sxm", "gpu_count": "2", "model": "gpt-oss-120b", "weight_precision": "fp4",
           "input_tokens": "215", "output_tokens": "196", "concurrency": "1000", "kind": "burst",
           "framework": "vLLM v0.10.2 (--async-scheduling -tp 2)", "source": "s"}
    assert dict(setup_of(row).tool_settings) == {"step_overhead_s": 0.0}
    assert setup_of({**row, "framework": "vLLM v0.10.2 (-tp 2)"}).tool_settings == ()
