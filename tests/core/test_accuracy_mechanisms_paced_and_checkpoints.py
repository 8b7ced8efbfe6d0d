"""Mechanisms of the eighth accuracy pass (issue 12): runs at a stated request rate that
queue like a burst, and a model's own mixed-precision checkpoint."""

from __future__ import annotations

import numpy as np
import pytest

from core.inputs import format_columns, resolve
from core.measurements import setup_of
from core.memory_plan import memory_plan
from core.performance import weight_bytes_parts
from core.validation import predict_prepared, prepare


def _paced(rate: str) -> dict[str, str]:
    return {"id": "R", "gpu": "h100-sxm", "gpu_count": "1", "model": "llama-3.1-8b", "weight_precision": "bf16",
            "input_tokens": "2000", "output_tokens": "1000", "concurrency": "400", "kind": "server",
            "framework": "vLLM 0.11", "source": "test", "notes": f"Poisson {rate} req/s, 400 prompts"}


def test_a_run_whose_prompts_arrive_faster_than_it_answers_queues_like_a_burst() -> None:
    assert setup_of(_paced("20")).request_rate_per_s == 20.0
    burst = {**_paced("20"), "kind": "burst", "notes": ""}
    fast, slow, sent_at_once = (predict_prepared(prepare([row])) for row in (
        _paced("20"), _paced("0.01"), burst))
    # 400 prompts in 20 s, while answering them takes minutes: TTFT includes the queue, as in
    # a burst, less the arrivals' mean offset (half the window).
    assert fast["time_to_first_token_s"][0] > 10.0
    assert fast["time_to_first_token_s"][0] == pytest.approx(
        sent_at_once["time_to_first_token_s"][0] - 10.0, rel=0.02)
    assert fast["output_tokens_per_s"][0] == pytest.approx(sent_at_once["output_tokens_per_s"][0])
    # One prompt every 100 s: no queue; the run serves what arrives (0.01 x 1000 tokens a second),
    # each prompt answered about as fast as alone.
    assert slow["time_to_first_token_s"][0] < 2.0
    assert slow["output_tokens_per_s"][0] == pytest.approx(10.0, rel=0.01)
    alone = predict_prepared(prepare([{**_paced("1"), "kind": "single-user", "notes": ""}]))
    assert slow["time_per_output_token_s"][0] == pytest.approx(alone["time_per_output_token_s"][0], rel=0.05)


def test_gpt_oss_keeps_its_checkpoint_size_with_bf16_attention_and_mxfp4_experts(scenario) -> None:
    scenario = scenario.updated({"model.model_id": "gpt-oss-120b", "model.weight_precision": "fp4",
                                 "hardware.accelerator_id": "h100-sxm", "hardware.accelerator_count": 1})
    columns = resolve(scenario)
    weights = memory_plan(columns, 1.0)["weights_bytes_per_gpu"]
    # OpenAI's model card: a 60.8 GiB checkpoint (not 117B x 4 bits = 54 GiB).
    assert weights / 2**30 == pytest.approx(60.8, rel=0.01)
    # A pass streams the attention, router and LM head in BF16 and the experts it touches at 4.25 bits.
    dense, routed = weight_bytes_parts(columns, 1.0, 1.0, np.asarray(1.0))
    shared = columns["total_params"] - columns["routed_expert_params"]
    assert dense == pytest.approx(shared * 2.0)
    assert routed == pytest.approx(columns["routed_expert_params"] * 4.25 / 8.0)
    # Quantised to another format, every weight takes that format's bytes.
    fp8 = resolve(scenario.updated({"model.weight_precision": "fp8"}))
    assert memory_plan(fp8, 1.0)["weights_bytes_per_gpu"] == pytest.approx(fp8["total_params"])


def test_the_planner_gives_the_native_checkpoint_only_to_the_native_format(scenario) -> None:
    scenario = scenario.updated({"model.model_id": "gpt-oss-120b", "model.weight_precision": "fp4"})
    columns = format_columns(scenario, ["fp4", "fp8"])
    assert columns["native_routed_bytes_per_param"].ravel()[0] == pytest.approx(4.25 / 8.0)
    assert np.isnan(columns["native_routed_bytes_per_param"].ravel()[1])
    assert list(columns["weight_bytes_per_param"].ravel()) == [0.5, 1.0]


def test_a_model_that_does_not_fit_points_to_its_own_narrower_format() -> None:
    """gpt-oss-120b at FP8 on one H100 does not fit; it is published in MXFP4 (fp4), which does."""
    from core import default_scenario, evaluate
    from core.messages import render

    scenario = default_scenario().updated({"model.model_id": "gpt-oss-120b", "model.total_params_b": None,
                                           "hardware.accelerator_id": "h100-sxm", "hardware.accelerator_count": 1})
    outcome = evaluate(scenario)
    assert not outcome.fits_in_memory
    codes = [message.code for message in outcome.warning_messages]
    assert codes[:2] == ["no_fit", "no_fit_native_narrower"]
    assert "published in fp4" in outcome.warnings[1]
    assert "以 fp4 精度发布" in render(outcome.warning_messages[1], "zh_CN")
    assert evaluate(scenario.updated({"model.weight_precision": "fp4"})).fits_in_memory
    # A model published in the chosen format or a wider one gets no such hint.
    wide = evaluate(scenario.updated({"model.model_id": "deepseek-r1", "model.weight_precision": "fp8"}))
    assert not wide.fits_in_memory and "no_fit_native_narrower" not in [m.code for m in wide.warning_messages]
