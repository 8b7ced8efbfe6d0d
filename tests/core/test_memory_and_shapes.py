"""Hand-checked memory figures: weights, KV bytes per token, fit, minimum GPUs."""

import pytest

from core import evaluate
from core.catalog import load_calibration, load_catalog
from core.inputs import resolve
from core.memory_plan import choose_tensor_parallel, kv_bytes_per_sequence_per_gpu, memory_plan
from core.model_shape import figures, generic_model

GIB = 2.0**30


def test_gqa_kv_bytes_per_token_llama_70b() -> None:
    # 2 (K and V) x 8 KV heads x 128 head dim x 80 layers = 163,840 values per token.
    model = figures(load_catalog().model("llama-3.1-70b"))
    assert model.kv_values_per_token == 2 * 8 * 128 * 80
    assert model.kv_shards_max == 8


def test_mla_kv_bytes_per_token_deepseek_r1() -> None:
    # MLA caches the 512-wide latent + 64-wide rope key: 576 values x 61 layers;
    # in bf16 that is 70,272 bytes per token (the reference's figure).
    model = figures(load_catalog().model("deepseek-r1"))
    assert model.kv_values_per_token == 576 * 61
    assert model.kv_values_per_token * 2 == 70_272
    assert model.kv_shards_max == 1  # latent is replicated on every tensor-parallel rank


def test_moe_routed_params_reproduce_active_count() -> None:
    spec = load_catalog().model("deepseek-r1")
    model = figures(spec)
    assert spec.moe is not None
    shared = model.total_params - model.routed_expert_params
    active = shared + model.routed_expert_params * spec.moe.num_active_experts / spec.moe.num_routed_experts
    assert active == pytest.approx(spec.active_params_b * 1e9, rel=1e-9)
    assert 600e9 < model.routed_expert_params < model.total_params


def test_weights_per_gpu_and_fit(llama70b_on_h100) -> None:
    columns = resolve(llama70b_on_h100)
    plan = memory_plan(columns, 2.0)
    params = load_catalog().model("llama-3.1-70b").total_params_b * 1e9
    assert plan["weights_bytes_per_gpu"] == pytest.approx(params * 1.0 / 2)
    # vLLM keeps 10% of memory (gpu_memory_utilization 0.9) plus its fixed activation reserve.
    stack = load_calibration().stacks["vllm"]
    reserve = 80 * GIB * 0.10 + stack.reserve_bytes(80)
    assert stack.reserve_bytes(80) > 0
    assert plan["kv_room_bytes_per_gpu"] == pytest.approx(80 * GIB - reserve - params / 2)
    per_sequence = kv_bytes_per_sequence_per_gpu(columns, 3000 + 750, 2.0)
    assert per_sequence == pytest.approx(163_840 * 2 * 3750 / 2)


def test_minimum_gpus_for_deepseek_r1_on_h100(scenario) -> None:
    # 671B params in fp8 = 625 GiB; 8 x 80 GiB x 0.88 usable (SGLang) = 563 GiB: no fit.
    outcome = evaluate(scenario.updated({"hardware.accelerator_id": "h100-sxm", "pricing.server_price": None}))
    assert not outcome.fits_in_memory
    assert outcome.min_accelerators_to_fit == 16
    assert outcome.cost_per_case is None and outcome.output_tokens_per_s is None
    assert any("needs at least 16" in warning for warning in outcome.warnings)


def test_auto_tensor_parallel_leaves_room_for_the_kv_cache(llama70b_on_h100) -> None:
    columns = resolve(llama70b_on_h100)
    chosen, min_fit = choose_tensor_parallel(columns)
    # 70.6 GB of FP8 weights fit on one 80 GB H100 (brute force agrees with the closed form)...
    smallest = next(t for t in (1, 2, 4, 8, 16) if bool(memory_plan(columns, float(t))["fits"]))
    assert float(min_fit) == smallest == 1
    # ...but would leave almost no KV cache, so auto splits them over 2 (weights <= 60% of memory).
    assert float(chosen) == 2


def test_auto_tensor_parallel_falls_back_to_smallest_fit(scenario) -> None:
    # DeepSeek-R1 on 8×H20: only TP8 fits at all, though weights take 81% of each GPU.
    chosen, min_fit = choose_tensor_parallel(resolve(scenario))
    assert float(chosen) == float(min_fit) == 8
    # On vLLM (10% + 1 GiB reserved) 4xB200 just hold R1's 625 GiB; SGLang keeps ~24.5 GiB
    # per >=160 GB device for its 16K prefill chunk, so there only TP8 fits.
    on_b200 = resolve(scenario.updated({"hardware.accelerator_id": "b200", "pricing.server_price": None,
                                        "serving.serving_stack": "vllm"}))
    chosen, min_fit = choose_tensor_parallel(on_b200)
    assert float(min_fit) == 4 and float(chosen) == 8


def test_memory_used_fraction_of_default_is_high_but_below_one(scenario) -> None:
    outcome = evaluate(scenario)
    assert outcome.fits_in_memory
    assert 0.85 < outcome.memory_used_fraction <= 1.0
    memory = outcome.memory_per_accelerator
    assert memory.total_gb == 96
    total = memory.weights_gb + memory.kv_cache_gb + memory.reserve_gb + memory.free_gb
    assert total == pytest.approx(96, rel=1e-6)


def test_model_size_knob_scales_params_and_kv(scenario) -> None:
    base = figures(load_catalog().model("llama-3.1-70b"))
    scaled = figures(load_catalog().model("llama-3.1-70b"), total_params_b=8 * base.total_params / 1e9)
    assert scaled.total_params == pytest.approx(8 * base.total_params)
    assert scaled.kv_values_per_token == pytest.approx(4 * base.kv_values_per_token)  # 8^(2/3)
    assert scaled.num_layers == pytest.approx(2 * base.num_layers)  # 8^(1/3)


def test_generic_shapes_have_plausible_sizes() -> None:
    dense = generic_model(70.0)
    assert dense.architecture == "dense" and 60 <= dense.num_layers <= 90
    moe = generic_model(600.0, 40.0)
    assert moe.architecture == "moe" and moe.active_params_b == 40.0
