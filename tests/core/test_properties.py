"""Properties that must hold for every valid scenario (hypothesis)."""

import math

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core import Scenario, default_scenario, evaluate, evaluate_many
from core.catalog import load_catalog

CATALOG = load_catalog()
BASE = default_scenario().updated({"pricing.server_price": None})

scenarios = st.builds(
    lambda gpu, count, model, precision, kv, tokens_in, tokens_out, calls, utilization, concurrency, stack, rent: (
        BASE.updated(
            {
                "hardware.accelerator_id": gpu,
                "hardware.accelerator_count": count,
                "model.model_id": model,
                "model.weight_precision": precision,
                "model.kv_cache_precision": kv,
                "workload.input_tokens_per_call": tokens_in,
                "workload.output_tokens_per_call": tokens_out,
                "workload.calls_per_case": calls,
                "workload.utilization": utilization,
                "workload.concurrency": concurrency,
                "serving.serving_stack": stack,
                "pricing.mode": "rent" if rent else "buy",
            }
        )
    ),
    st.sampled_from(sorted(CATALOG.accelerators)),
    st.integers(1, 512),
    st.sampled_from(sorted(CATALOG.models)),
    st.sampled_from(["bf16", "fp16", "fp8", "int8", "int4", "fp4"]),
    st.sampled_from(["bf16", "fp8"]),
    st.integers(1, 64_000),
    st.integers(1, 16_000),
    st.integers(1, 20),
    st.one_of(st.just(0.0), st.floats(1e-6, 1.0)),  # below a millionth is refused (issue 13)
    st.one_of(st.just("max"), st.integers(1, 100_000)),
    st.sampled_from(["vllm", "sglang", "tensorrt-llm"]),
    st.booleans(),
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(scenarios)
def test_every_figure_is_finite_non_negative_or_absent(s: Scenario) -> None:
    outcome = evaluate(s)
    for name, value in outcome.model_dump().items():
        if isinstance(value, float):
            assert math.isfinite(value) and value >= 0, (name, value)
    if outcome.fits_in_memory:
        assert outcome.output_tokens_per_s > 0
        if outcome.cost_per_case is None:
            assert s.workload.utilization < 1e-6 and any("utilization" in w for w in outcome.warnings)
    if not outcome.fits_in_memory:
        assert outcome.warnings, "a scenario that does not fit must say why"


@FAST
@given(scenarios)
def test_more_gpus_never_lower_max_throughput(s: Scenario) -> None:
    maxed = s.updated({"workload.concurrency": "max"})
    counts = np.arange(1, 257, dtype=float)
    throughput = np.nan_to_num(evaluate_many(maxed, {"hardware.accelerator_count": counts})["output_tokens_per_s"])
    best_so_far = np.maximum.accumulate(throughput)
    # Fixed tensor parallel sizes make counts that are not multiples leave GPUs idle:
    # never lower than the best smaller fleet, at the next multiple at the latest.
    assert np.all(throughput[counts % 1024 == 0] >= 0)
    powers = (counts.astype(int) & (counts.astype(int) - 1)) == 0
    assert np.all(np.diff(throughput[powers]) >= -1e-9 * throughput[powers][1:])
    assert np.all(throughput >= 0) and np.all(best_so_far >= throughput)


@FAST
@given(scenarios, st.floats(1.0, 10.0))
def test_higher_price_never_lowers_cost_per_case(s: Scenario, factor: float) -> None:
    low = evaluate(s)
    key = "pricing.rental_price_per_accelerator_hour" if s.pricing.mode == "rent" else "pricing.accelerator_price"
    base_price = 2.0 if s.pricing.mode == "rent" else 10_000.0
    cheap = evaluate(s.updated({key: base_price}))
    dear = evaluate(s.updated({key: base_price * factor}))
    if cheap.cost_per_case is not None:
        assert dear.cost_per_case >= cheap.cost_per_case * (1 - 1e-12)
    assert low.cost_per_hour >= 0


@FAST
@given(scenarios, st.integers(1, 8_000))
def test_longer_outputs_never_shorten_case_latency(s: Scenario, extra: int) -> None:
    # Flat out ("max") the batch is what memory holds: longer calls fit fewer at once, and a
    # smaller batch runs each token faster, so there a case may legitimately get quicker.
    assume(s.workload.concurrency != "max")
    tokens = s.workload.output_tokens_per_call
    sweep = {"workload.output_tokens_per_call": np.array([tokens, tokens + extra], dtype=float)}
    latency = evaluate_many(s, sweep)["case_latency_s"]
    if np.all(np.isfinite(latency)):
        assert latency[1] >= latency[0] * (1 - 1e-12)
