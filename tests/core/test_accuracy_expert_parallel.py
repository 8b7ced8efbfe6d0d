"""Expert parallelism at small batches (issue 12, ninth pass): with the routed experts held
whole and split over the GPUs, every GPU waits for the one holding the most touched experts."""

from __future__ import annotations

import numpy as np
import pytest

from core.measurements import setup_of
from core.performance import _touched_share, expert_parallel_busiest
from core.validation import predict_prepared, prepare


def _r1(framework: str, concurrency: str = "4") -> dict[str, str]:
    return {"id": "E", "gpu": "h200-sxm", "gpu_count": "8", "model": "deepseek-r1", "weight_precision": "fp8",
            "input_tokens": "1024", "output_tokens": "1024", "concurrency": concurrency, "kind": "closed-loop",
            "framework": framework, "source": "test", "notes": "random fixed ISL/OSL"}


def test_expert_parallelism_is_read_from_the_framework_text() -> None:
    assert setup_of(_r1("TensorRT-LLM 1.1, TP8 EP8")).expert_parallel
    assert setup_of(_r1("vllm serve --enable-expert-parallel -tp 8")).expert_parallel
    assert setup_of(_r1("SGLang --tp 8 --enable-dp-attention")).expert_parallel  # attention-DP runs EP
    assert not setup_of(_r1("SGLang v0.5.7, TP8 EP1")).expert_parallel
    assert not setup_of(_r1("vLLM -tp 8")).expert_parallel


def test_the_busiest_gpu_holds_more_touched_experts_at_small_batches_only() -> None:
    prepared = prepare([_r1("TensorRT-LLM, TP8 EP8")])
    c = {name: value[0] for name, value in prepared.columns.items()}
    tokens = np.array([1.0, 4.0, 64.0, 4096.0])
    ratio = expert_parallel_busiest(c, _touched_share(c, tokens), 8.0)
    # Four requests touch ~30 of 256 experts, ~3.8 per GPU; the busiest of 8 holds ~1.7x that.
    assert 1.5 < ratio[1] < 2.0
    assert np.all(np.diff(ratio) < 0)  # evens out as the batch grows
    assert ratio[-1] == pytest.approx(1.0, abs=1e-6)  # every expert touched on every GPU
    # Tensor parallelism slices every expert over all GPUs: no imbalance.
    sliced = {**c, "expert_parallel": 0.0}
    assert np.all(expert_parallel_busiest(sliced, _touched_share(sliced, tokens), 8.0) == 1.0)


def test_expert_parallel_decoding_at_four_users_is_slower_than_sliced_experts() -> None:
    expert_parallel, sliced = (predict_prepared(prepare([_r1(f)])) for f in ("TensorRT-LLM, TP8 EP8",
                                                                               "TensorRT-LLM, TP8"))
    tpot_ep, tpot_tp = expert_parallel["time_per_output_token_s"][0], sliced["time_per_output_token_s"][0]
    assert tpot_ep > 1.1 * tpot_tp
    # At a large batch the two layouts stream the same expert weights.
    big_ep, big_tp = (predict_prepared(prepare([_r1(f, "2048")])) for f in ("TensorRT-LLM, TP8 EP8",
                                                                             "TensorRT-LLM, TP8"))
    assert big_ep["time_per_output_token_s"][0] == pytest.approx(big_tp["time_per_output_token_s"][0], rel=0.03)
