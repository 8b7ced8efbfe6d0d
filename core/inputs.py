"""Turn a scenario into flat numeric columns the vectorized models consume.

Catalog look-ups, defaults (catalog prices, currency) and the model-size knob are
resolved here, once per scenario; the performance and cost models then only do
array arithmetic, so a sweep broadcasts any column over thousands of values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from core.calibration_profiles import calibration_named
from core.catalog import AcceleratorSpec, Calibration, ModelSpec, load_catalog
from core.errors import ScenarioError
from core.model_shape import attention_params, figures, moe_layers
from core.power_limit import sustained_compute_share
from core.precision import BYTES_PER_VALUE, COMPUTE_RATE_PREFERENCE
from core.scenario import Pricing, Scenario

NARROW_RATES = ("fp8", "int8", "fp4")  # matrix formats with quantised activations

Columns = dict[str, Any]  # column name -> float or numpy array (broadcastable)

HOURS_PER_YEAR = 8760.0
_NO_LIMIT = np.inf


def accelerator_of(scenario: Scenario) -> AcceleratorSpec:
    if scenario.hardware.custom_accelerator is not None:
        return scenario.hardware.custom_accelerator
    return load_catalog().accelerator(scenario.hardware.accelerator_id)


def model_of(scenario: Scenario) -> ModelSpec:
    if scenario.model.custom_model is not None:
        return scenario.model.custom_model
    return load_catalog().model(scenario.model.model_id)


def compute_rate(accelerator: AcceleratorSpec, weight_precision: str) -> tuple[str, float]:
    """The fastest matrix format this chip offers for these weights, and its dense TFLOPS
    (B300 lists a cut-down INT8 rate: INT8 weights then run faster at BF16)."""
    usable = [
        (tflops, rate)
        for rate in COMPUTE_RATE_PREFERENCE[weight_precision]
        if (tflops := accelerator.peak_tflops(rate))
    ]
    if not usable:
        raise ScenarioError(f"{accelerator.name} lists no matrix throughput usable for {weight_precision}")
    tflops, rate = max(usable, key=lambda pair: pair[0])  # the first listed wins a tie
    return rate, tflops


def sixteen_bit_tflops(accelerator: AcceleratorSpec) -> float:
    return accelerator.peak_tflops("bf16") or accelerator.peak_tflops("fp16") or compute_rate(
        accelerator, "bf16"
    )[1]


def currency_per_usd(pricing: Pricing) -> float:
    return pricing.cny_per_usd if pricing.currency == "CNY" else 1.0


def catalog_accelerator_price(pricing: Pricing, accelerator: AcceleratorSpec) -> float:
    if accelerator.purchase_price_usd is None:
        raise ScenarioError(f"no purchase price is known for {accelerator.name}; enter one")
    return accelerator.purchase_price_usd * currency_per_usd(pricing)


def catalog_rental_price(pricing: Pricing, accelerator: AcceleratorSpec) -> float:
    if accelerator.rental_price_usd_per_hour is None:
        raise ScenarioError(f"no rental price is known for {accelerator.name}; enter one")
    return accelerator.rental_price_usd_per_hour * currency_per_usd(pricing)


def accelerator_columns(scenario: Scenario, accelerator: AcceleratorSpec) -> Columns:
    """The columns that depend on the accelerator (with the stack, format and prices)."""
    return chip_columns(
        accelerator,
        scenario.serving.serving_stack,
        scenario.model.weight_precision,
        scenario.pricing,
        scenario.hardware.scale_up_gb_per_s_per_direction,
        scenario.serving.calibration_profile,
    )


def chip_columns(
    accelerator: AcceleratorSpec,
    serving_stack: str,
    weight_precision: str,
    pricing: Pricing,
    scale_up_override_gb_per_s: float | None,
    calibration_profile: str | None = None,
) -> Columns:
    """accelerator_columns from just the settings they depend on."""
    calibration = calibration_named(calibration_profile)
    return {**_chip_performance_columns(calibration, accelerator, serving_stack, weight_precision,
                                        scale_up_override_gb_per_s),
            **_chip_price_columns(accelerator, pricing)}


def _chip_price_columns(accelerator: AcceleratorSpec, pricing: Pricing) -> Columns:
    if pricing.mode == "rent":
        rent = pricing.rental_price_per_accelerator_hour
        return {"price_per_accelerator": 0.0,
                "rent_per_accelerator_hour": catalog_rental_price(pricing, accelerator) if rent is None else rent}
    price = pricing.accelerator_price
    if price is None and pricing.server_price is None:
        price = catalog_accelerator_price(pricing, accelerator)
    return {"price_per_accelerator": price or 0.0, "rent_per_accelerator_hour": 0.0}


# Columns that depend on the calibration, chip, stack, format and model only, kept per such set:
# a slider moves a price or the workload far more often, and the tornado's neighbouring choices
# resolve a scenario copy each on every move. Keyed by the calibration's identity (held in the
# entry, so its id is not reused while kept): a re-read profile is a new object.
_KEPT = 64
_kept: dict[tuple[Any, ...], tuple[Calibration, Columns]] = {}


def _kept_columns(key: tuple[Any, ...], calibration: Calibration, make: Callable[[], Columns]) -> Columns:
    hit = _kept.get(key)
    if hit is not None and hit[0] is calibration:
        return hit[1]
    columns = make()
    if len(_kept) >= _KEPT:
        del _kept[next(iter(_kept))]  # the oldest
    _kept[key] = (calibration, columns)
    return columns


def _chip_performance_columns(calibration: Calibration, accelerator: AcceleratorSpec, serving_stack: str,
                              weight_precision: str, scale_up_override_gb_per_s: float | None) -> Columns:
    return _kept_columns(
        ("chip", id(calibration), accelerator, serving_stack, weight_precision, scale_up_override_gb_per_s),
        calibration,
        lambda: _chip_performance(calibration, accelerator, serving_stack, weight_precision,
                                  scale_up_override_gb_per_s))


def _chip_performance(calibration: Calibration, accelerator: AcceleratorSpec, serving_stack: str,
                      weight_precision: str, scale_up_override_gb_per_s: float | None) -> Columns:
    stack = calibration.stacks[serving_stack]
    family = calibration.family_factors.get(accelerator.family)
    family_bandwidth = family.bandwidth if family else 1.0
    family_compute = family.compute if family else 1.0
    rate, peak_tflops = compute_rate(accelerator, weight_precision)
    # Per weight format: quantised formats add (de)quantisation work to every GEMM.
    factors = calibration.precision_compute_factors
    precision_factor = factors.get(weight_precision, factors.get(rate, 1.0))
    link = scale_up_override_gb_per_s or accelerator.scale_up_gb_per_s_per_direction
    return {
        # Memory "GB" of HBM parts and DIMMs is binary (H100 "80 GB" = 80 GiB).
        "memory_bytes": accelerator.memory_gb * 2.0**30,
        "bandwidth_bytes_per_s": accelerator.memory_bandwidth_tb_per_s * 1e12,
        # A power-capped card sustains only part of its datasheet matrix rate, a cut-down part with
        # power to spare more than the SXM reference the shares are fitted on (core.power_limit).
        "peak_flops": peak_tflops * 1e12 * sustained_compute_share(accelerator),
        "attention_peak_flops": sixteen_bit_tflops(accelerator) * 1e12 * sustained_compute_share(accelerator),
        "scale_up_bytes_per_s": link * 1e9,
        "scale_up_domain": float(accelerator.scale_up_domain),
        "tdp_w": accelerator.tdp_w,
        # GEMMs on 8- or 4-bit operands (activations quantised too) run on tensor-core
        # tiles only: no GEMV path for a small batch (core.performance).
        "narrow_compute": 1.0 if rate in NARROW_RATES else 0.0,
        "idle_power_w": accelerator.idle_power_w,
        # Serving-stack efficiencies, adjusted per accelerator family and format.
        "bandwidth_efficiency": min(1.0, stack.bandwidth_efficiency * family_bandwidth),
        "kv_cache_bandwidth_efficiency": min(1.0, stack.kv_cache_bandwidth_efficiency * family_bandwidth),
        "decode_compute_efficiency": min(
            1.0, stack.decode_compute_efficiency * family_compute * precision_factor
        ),
        "prefill_compute_efficiency": min(
            1.0, stack.prefill_compute_efficiency * family_compute * precision_factor
        ),
        # The engine's default batch cap depends on the device's memory (vLLM, SGLang).
        "max_sequences_per_replica": float(stack.batch_cap(accelerator.memory_gb, accelerator.family)),
        "memory_reserve_bytes": stack.reserve_bytes(accelerator.memory_gb),
    }


def native_checkpoint_columns(spec: ModelSpec, weight_precision: str) -> Columns:
    """Bytes per parameter of the routed experts and of the other weights where the model
    runs its own mixed-precision checkpoint (NaN otherwise: every weight in the format's bytes)."""
    native = spec.native_checkpoint
    if native is None or weight_precision != spec.native_precision:
        return {"native_routed_bytes_per_param": np.nan, "native_other_bytes_per_param": np.nan}
    return {"native_routed_bytes_per_param": native.routed_expert_bits_per_param / 8.0,
            "native_other_bytes_per_param": native.other_bits_per_param / 8.0}


def format_columns(scenario: Scenario, formats: list[str]) -> Columns:
    """The weight-format columns for a row of formats (the planner's second axis)."""
    spec = model_of(scenario)
    native = [native_checkpoint_columns(spec, precision) for precision in formats]
    columns: Columns = {"weight_bytes_per_param": np.array([BYTES_PER_VALUE[p] for p in formats])[None, :, None]}
    for name in ("native_routed_bytes_per_param", "native_other_bytes_per_param"):
        columns[name] = np.array([row[name] for row in native])[None, :, None]
    return columns


def resolve(scenario: Scenario) -> Columns:
    """Scalar columns for one scenario (floats; arrays may replace any of them)."""
    calibration = calibration_named(scenario.serving.calibration_profile)
    accelerator = accelerator_of(scenario)
    spec = model_of(scenario)
    workload = scenario.workload
    level = workload.service_level
    pricing = scenario.pricing
    hardware = scenario.hardware
    model = scenario.model
    stack = scenario.serving.serving_stack
    return {
        **_chip_performance_columns(calibration, accelerator, stack, model.weight_precision,
                                    hardware.scale_up_gb_per_s_per_direction),
        **_chip_price_columns(accelerator, pricing),
        "accelerator_count": float(hardware.accelerator_count),
        "accelerators_per_server": float(hardware.accelerators_per_server),
        "tensor_parallel_fixed": 0.0 if scenario.serving.tensor_parallel == "auto"
        else float(scenario.serving.tensor_parallel),
        **_kept_columns(("model", id(calibration), stack, spec, model.total_params_b, model.weight_precision,
                         model.kv_cache_precision), calibration,
                        lambda: _model_columns(calibration, stack, spec, model.total_params_b,
                                               model.weight_precision, model.kv_cache_precision)),
        # Workload.
        "input_tokens": float(workload.input_tokens_per_call),
        "output_tokens": float(workload.output_tokens_per_call),
        "calls_per_case": float(workload.calls_per_case),
        "concurrency": 0.0 if workload.concurrency in ("max", "auto") else float(workload.concurrency),
        "follows_load": 1.0 if workload.concurrency == "auto" else 0.0,
        "load_from_cases": 1.0 if workload.load_driver == "cases_per_day" else 0.0,
        "concurrency_exponent": np.nan,  # sweeps only (see operating_point.requested_concurrency)
        "utilization": workload.utilization,
        "cases_per_day": workload.cases_per_day,
        "peak_factor": workload.peak_factor,
        "max_time_to_first_token_s": level.max_time_to_first_token_s or _NO_LIMIT,
        "max_time_per_output_token_s": level.max_time_per_output_token_s or _NO_LIMIT,
        "max_case_latency_s": level.max_case_latency_s or _NO_LIMIT,
        # Pricing, in the scenario's currency.
        "renting": 1.0 if pricing.mode == "rent" else 0.0,
        "rent_on_demand": 1.0 if pricing.rental_billing == "on_demand" else 0.0,
        "server_price": pricing.server_price if pricing.server_price is not None else np.nan,
        "server_overhead_price": pricing.server_overhead_price,
        "server_overhead_power_w": pricing.server_overhead_power_w,
        "depreciation_years": pricing.depreciation_years,
        "electricity_price_per_kwh": pricing.electricity_price_per_kwh,
        "pue": pricing.pue,
        "hosting_per_server_year": pricing.hosting_per_server_year,
    }


def _model_columns(calibration: Calibration, serving_stack: str, spec: ModelSpec, total_params_b: float | None,
                   weight_precision: str, kv_cache_precision: str) -> Columns:
    """The stack's, the mechanisms' and the model's columns (see resolve)."""
    model = figures(spec, total_params_b)
    stack = calibration.stacks[serving_stack]
    mechanisms = calibration.mechanisms
    return {
        "scale_out_bytes_per_s": calibration.scale_out_gb_per_s_per_direction * 1e9,
        "scale_out_latency_s": calibration.scale_out_latency_s,
        "step_overhead_s": stack.step_overhead_s,
        "per_layer_overhead_s": stack.per_layer_overhead_s,
        "allreduce_latency_s": stack.allreduce_latency_s,
        "request_overhead_s": stack.request_overhead_s,
        "memory_reserve_fraction": stack.memory_reserve_fraction,
        "memory_reserve_of_free": 1.0 if stack.memory_reserve_of_free else 0.0,
        "kv_reserved_output_share": stack.kv_reserved_output_share,
        "narrow_gemms_block_scaled": 1.0 if stack.narrow_gemms_block_scaled else 0.0,
        "tpot_p99_over_mean": stack.tpot_p99_over_mean or float("nan"),
        # Mechanisms (resources/calibration/efficiency.json "mechanisms").
        "gemm_tile_tokens": mechanisms.gemm_tile_tokens,
        "narrow_gemm_tile_tokens": mechanisms.narrow_gemm_tile_tokens,
        "expert_gemm_tile_tokens": mechanisms.expert_gemm_tile_tokens,
        "expert_gemm_efficiency": stack.expert_gemm_efficiency or mechanisms.expert_gemm_efficiency,
        "moe_layer_overhead_s": mechanisms.moe_layer_overhead_s,
        "all_to_all_latency_s": mechanisms.all_to_all_latency_s,
        "max_prompt_tokens_per_step": mechanisms.max_prompt_tokens_per_step,
        "moe_token_passes": mechanisms.moe_token_passes,
        "pcie_allreduce_latency_s": mechanisms.pcie_allreduce_latency_s,
        "narrow_gemm_bandwidth_share": mechanisms.narrow_gemm_bandwidth_share,
        "pcie_link_bytes_per_s_max": mechanisms.pcie_link_gb_per_s_max * 1e9,
        "attention_data_parallel": 0.0,  # scenarios run attention tensor-parallel
        "min_kv_sequences_to_fit": calibration.min_kv_sequences_to_fit,
        "auto_tp_max_weight_share": calibration.auto_tp_max_weight_share,
        # Model.
        "total_params": model.total_params,
        "active_params": model.active_params,
        "routed_expert_params": model.routed_expert_params,
        "attention_params": attention_params(spec) * model.total_params / (spec.total_params_b * 1e9),
        "moe_layers": moe_layers(spec) * model.num_layers / spec.num_layers,
        "num_routed_experts": model.num_routed_experts,
        "num_active_experts": model.num_active_experts,
        "num_layers": model.num_layers,
        "hidden_size": model.hidden_size,
        "kv_values_per_token": model.kv_values_per_token,
        "kv_shards_max": model.kv_shards_max,
        "attention_flops_per_context_token": model.attention_flops_per_context_token,
        "sliding_window_tokens": model.sliding_window_tokens,
        "sliding_window_share": model.sliding_window_share,
        "max_context_tokens": float(spec.max_context_tokens or _NO_LIMIT),
        "weight_bytes_per_param": BYTES_PER_VALUE[weight_precision],
        **native_checkpoint_columns(spec, weight_precision),
        "kv_bytes_per_value": BYTES_PER_VALUE[kv_cache_precision],
    }
