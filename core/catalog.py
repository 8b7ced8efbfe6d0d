"""Catalogs of accelerators, models and serving stacks, read from `resources/`.

Every figure carries its source in the data file; this module only validates and
indexes them. Files are read once per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.errors import ScenarioError

# Custom accelerators and models come from files: no NaN or infinity, and every figure bounded.
_FROZEN = ConfigDict(frozen=True, extra="ignore", allow_inf_nan=False)


class DenseTflops(BaseModel):
    """Dense (no 2:4 sparsity) matrix throughput per format, in TFLOPS or TOPS."""

    model_config = _FROZEN
    fp16: float | None = Field(default=None, ge=0, le=1e7)
    bf16: float | None = Field(default=None, ge=0, le=1e7)
    fp8: float | None = Field(default=None, ge=0, le=1e7)
    int8: float | None = Field(default=None, ge=0, le=1e7)
    fp4: float | None = Field(default=None, ge=0, le=1e7)


class AcceleratorSpec(BaseModel):
    """One accelerator (or one CPU server counted as one unit)."""

    model_config = _FROZEN
    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    vendor: str = Field(default="custom", max_length=64)
    kind: Literal["gpu", "cpu"] = "gpu"
    family: str = Field(default="custom", max_length=64)
    memory_gb: float = Field(gt=0, le=100_000)
    memory_bandwidth_tb_per_s: float = Field(gt=0, le=1_000)
    dense_tflops: DenseTflops
    scale_up_gb_per_s_per_direction: float = Field(gt=0, le=100_000)
    scale_up_domain: int = Field(default=8, ge=1, le=100_000)
    # Accelerators in one server as sold (None: the catalog's default for its kind).
    accelerators_per_server: int | None = Field(default=None, ge=1, le=1_000)
    interconnect: str = Field(default="", max_length=200)
    tdp_w: float = Field(gt=0, le=100_000)
    # The reference part with the same chip (the SXM module of a PCIe or NVL card, or of a
    # cut-down variant): this part's compute is scaled by its power per TFLOPS over that
    # part's (core.power_limit).
    full_power_part: str | None = Field(default=None, max_length=64)
    # Share of its datasheet matrix clock the part holds under dense matrix work at its TDP
    # (None: taken as 1); read where the part is another's full_power_part.
    sustained_matrix_share: float | None = Field(default=None, gt=0, le=1)
    idle_power_w: float = Field(ge=0, le=100_000)
    purchase_price_usd: float | None = Field(default=None, ge=0, le=1e9)
    purchase_price_date: str | None = None
    rental_price_usd_per_hour: float | None = Field(default=None, ge=0, le=1e6)
    rental_price_date: str | None = None
    release_year: int | None = Field(default=None, ge=1900, le=3000)
    sources: tuple[str, ...] = ()
    estimates: tuple[str, ...] = ()
    notes: str = ""

    def peak_tflops(self, rate: str) -> float | None:
        value = getattr(self.dense_tflops, rate, None)
        return float(value) if value else None


class MoeShape(BaseModel):
    model_config = _FROZEN
    num_routed_experts: int = Field(ge=1, le=100_000)
    num_active_experts: int = Field(ge=1, le=100_000)
    num_shared_experts: int = Field(default=0, ge=0, le=1_000)
    expert_intermediate_size: int | None = Field(default=None, ge=1, le=10_000_000)
    num_moe_layers: int | None = Field(default=None, ge=1, le=10_000)


class NativeCheckpoint(BaseModel):
    """How a model's own (mixed-precision) checkpoint stores its weights, where not every
    tensor is in `native_precision`: e.g. gpt-oss keeps its routed experts in MXFP4 (4 bits
    plus one 8-bit scale per 32 values: 4.25 bits) and attention, router, embeddings and
    LM head in BF16."""

    model_config = _FROZEN
    routed_expert_bits_per_param: float = Field(gt=0, le=64)
    other_bits_per_param: float = Field(gt=0, le=64)
    checkpoint_gib: float | None = Field(default=None, gt=0)


class MlaShape(BaseModel):
    model_config = _FROZEN
    kv_lora_rank: int = Field(ge=1, le=100_000)
    qk_rope_head_dim: int = Field(ge=0, le=100_000)
    q_lora_rank: int | None = Field(default=None, ge=1, le=100_000)
    v_head_dim: int | None = Field(default=None, ge=1, le=100_000)


class SlidingWindow(BaseModel):
    model_config = _FROZEN
    window_tokens: int = Field(ge=1, le=1_000_000_000)
    share_of_layers: float = Field(ge=0, le=1)


class ModelSpec(BaseModel):
    """A model's architecture, as far as inference cost depends on it."""

    model_config = _FROZEN
    id: str = Field(min_length=1, max_length=128)
    name: str = Field(min_length=1, max_length=200)
    hf_id: str | None = None
    release_year: int | None = Field(default=None, ge=1900, le=3000)
    architecture: Literal["dense", "moe"] = "dense"
    attention: Literal["mha", "gqa", "mla"] = "gqa"
    num_layers: int = Field(ge=1, le=10_000)
    hidden_size: int = Field(ge=1, le=1_000_000)
    num_attention_heads: int = Field(ge=1, le=100_000)
    num_kv_heads: int = Field(ge=1, le=100_000)
    head_dim: int = Field(ge=1, le=100_000)
    intermediate_size: int | None = Field(default=None, ge=1, le=10_000_000)
    vocab_size: int | None = Field(default=None, ge=1, le=100_000_000)
    max_context_tokens: int | None = Field(default=None, ge=1, le=1_000_000_000_000)
    moe: MoeShape | None = None
    mla: MlaShape | None = None
    sliding_window: SlidingWindow | None = None
    total_params_b: float = Field(gt=0, le=1_000_000)
    active_params_b: float = Field(gt=0, le=1_000_000)
    native_precision: str = "bf16"
    native_checkpoint: NativeCheckpoint | None = None
    sources: tuple[str, ...] = ()
    estimates: tuple[str, ...] = ()
    notes: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> ModelSpec:
        if self.moe is not None and self.moe.num_active_experts > self.moe.num_routed_experts:
            raise ValueError("moe.num_active_experts cannot exceed moe.num_routed_experts")
        if self.active_params_b > self.total_params_b:
            raise ValueError("active_params_b cannot exceed total_params_b")
        if self.attention == "mla" and self.mla is None:
            raise ValueError("an MLA model needs its mla shape (kv_lora_rank, qk_rope_head_dim)")
        return self


class ServingStack(BaseModel):
    """Efficiencies of one serving engine, with the evidence behind them."""

    model_config = _FROZEN
    id: str
    name: str
    bandwidth_efficiency: float = Field(gt=0, le=1)
    kv_cache_bandwidth_efficiency: float = Field(gt=0, le=1)
    decode_compute_efficiency: float = Field(gt=0, le=1)
    prefill_compute_efficiency: float = Field(gt=0, le=1)
    step_overhead_s: float = Field(ge=0)
    per_layer_overhead_s: float = Field(ge=0)
    allreduce_latency_s: float = Field(ge=0)
    request_overhead_s: float = Field(ge=0)
    memory_reserve_fraction: float = Field(ge=0, lt=1)
    # The fraction applies to the memory left after the weights (TensorRT-LLM's
    # free_gpu_memory_fraction) rather than to all of it (vLLM's gpu_memory_utilization).
    memory_reserve_of_free: bool = False
    # Grouped expert GEMMs (each stack has its own MoE kernels) against its dense GEMMs.
    expert_gemm_efficiency: float | None = Field(default=None, gt=0, le=2)
    # Share of a request's answer whose KV cache the scheduler holds for it while it runs.
    kv_reserved_output_share: float = Field(default=0.5, ge=0, le=1)
    # Its 8-/4-bit GEMMs run as block-scaled Triton/DeepGEMM kernels, which stream weights at
    # a lower share of bandwidth at small batches (mechanisms.narrow_gemm_bandwidth_share).
    narrow_gemms_block_scaled: bool = False
    # p99 over mean of the per-request TPOT its MLPerf Server/Interactive runs report (sourced);
    # None: the fitted mechanisms.server_p99_over_mean, which also serves TTFT.
    tpot_p99_over_mean: float | None = Field(default=None, ge=1, le=10)
    # Memory kept whatever the fraction: activations of the largest prefill chunk, CUDA
    # graphs; SGLang sizes it from its chunked-prefill size, which depends on the device.
    memory_reserve_gib: float = Field(default=0.0, ge=0)
    memory_reserve_mib_per_chunk_token: float = Field(default=0.0, ge=0)
    prefill_chunk_tokens_by_memory_gib: tuple[tuple[float, int], ...] = ()
    max_sequences_per_replica: int = Field(ge=1)
    # Smaller default batch cap on smaller devices (vLLM: 256 below 70 GiB and on A100s).
    max_sequences_per_replica_small_memory: int | None = Field(default=None, ge=1)
    small_memory_gib: float = Field(default=0.0, ge=0)
    small_memory_families: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()

    def reserve_bytes(self, memory_gib: float) -> float:
        """Memory the engine keeps out of the KV cache beyond its fraction, in bytes."""
        chunk = 0
        for below_gib, tokens in self.prefill_chunk_tokens_by_memory_gib:
            if memory_gib < below_gib:
                chunk = tokens
                break
        return (self.memory_reserve_gib * 1024.0 + self.memory_reserve_mib_per_chunk_token * chunk) * 2.0**20

    def batch_cap(self, memory_gib: float, family: str) -> int:
        """The engine's default cap on sequences in one batch on this device."""
        small = memory_gib < self.small_memory_gib or family in self.small_memory_families
        if small and self.max_sequences_per_replica_small_memory is not None:
            return self.max_sequences_per_replica_small_memory
        return self.max_sequences_per_replica


class FamilyFactors(BaseModel):
    """Multipliers on a stack's efficiencies for one accelerator family."""

    model_config = _FROZEN
    bandwidth: float = Field(default=1.0, gt=0, le=2)
    compute: float = Field(default=1.0, gt=0, le=2)
    why: str = ""


class Mechanisms(BaseModel):
    """Global constants of the modelled mechanisms (fitted or sourced; see the JSON's evidence)."""

    model_config = _FROZEN
    gemm_tile_tokens: float = Field(default=0.0, ge=0)
    narrow_gemm_tile_tokens: float = Field(default=0.0, ge=0)
    expert_gemm_tile_tokens: float = Field(default=0.0, ge=0)
    expert_gemm_efficiency: float = Field(default=1.0, gt=0, le=2)
    moe_layer_overhead_s: float = Field(default=0.0, ge=0)
    all_to_all_latency_s: float = Field(default=0.0, ge=0)
    max_prompt_tokens_per_step: float = Field(default=8192.0, gt=0)
    moe_token_passes: float = Field(default=0.0, ge=0, le=10)
    pcie_allreduce_latency_s: float = Field(default=0.0, ge=0)
    narrow_gemm_bandwidth_share: float = Field(default=1.0, gt=0, le=1)
    pcie_link_gb_per_s_max: float = Field(default=0.0, ge=0)
    server_p99_over_mean: float = Field(default=1.0, ge=1)
    burst_longest_over_mean_output: float = Field(default=1.0, ge=1)
    evidence: dict[str, str] = Field(default_factory=dict)


class Calibration(BaseModel):
    model_config = _FROZEN
    stacks: dict[str, ServingStack]
    mechanisms: Mechanisms = Field(default_factory=Mechanisms)
    family_factors: dict[str, FamilyFactors]
    precision_compute_factors: dict[str, float]
    scale_out_gb_per_s_per_direction: float = Field(gt=0)
    scale_out_latency_s: float = Field(ge=0)
    min_kv_sequences_to_fit: float = Field(gt=0)
    auto_tp_max_weight_share: float = Field(gt=0, le=1)
    notes: tuple[str, ...] = ()


class ServerCosts(BaseModel):
    """A server's own price, power and hosting beyond its accelerators, in USD."""

    model_config = _FROZEN
    overhead_price_usd: float = Field(default=0.0, ge=0)
    overhead_power_w: float = Field(default=0.0, ge=0)
    hosting_usd_per_server_year: float = Field(default=0.0, ge=0)


class Catalog(BaseModel):
    model_config = _FROZEN
    accelerators: dict[str, AcceleratorSpec]
    models: dict[str, ModelSpec]
    # Accelerators per server by kind, for entries that do not name their own (data file).
    accelerators_per_server_by_kind: dict[str, int] = Field(default_factory=dict)
    # What a server adds around its accelerators, by kind (data file): for chips priced at
    # their catalog price beside a scenario of another kind.
    server_costs_by_kind: dict[str, ServerCosts] = Field(default_factory=dict)

    def server_size(self, accelerator: AcceleratorSpec) -> int:
        """Accelerators in one server of this kind: fleets are bought in whole servers."""
        if accelerator.accelerators_per_server is not None:
            return accelerator.accelerators_per_server
        return self.accelerators_per_server_by_kind.get(accelerator.kind, 1)

    def server_costs(self, accelerator: AcceleratorSpec) -> ServerCosts:
        return self.server_costs_by_kind.get(accelerator.kind, ServerCosts())

    def accelerator(self, accelerator_id: str) -> AcceleratorSpec:
        try:
            return self.accelerators[accelerator_id]
        except KeyError:
            known = ", ".join(sorted(self.accelerators))
            raise ScenarioError.coded(f"unknown accelerator '{accelerator_id}'; known: {known}", "unknown_accelerator",
                                      id=accelerator_id, known=known) from None

    def model(self, model_id: str) -> ModelSpec:
        try:
            return self.models[model_id]
        except KeyError:
            known = ", ".join(sorted(self.models))
            raise ScenarioError.coded(f"unknown model '{model_id}'; known: {known}", "unknown_model", id=model_id,
                                      known=known) from None


def read_resource_text(*parts: str) -> str:
    """Text of a file under resources/, also inside a frozen bundle."""
    node = resources.files("inferonomics_resources")
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def _read_json(*parts: str) -> Any:
    return json.loads(read_resource_text(*parts))


def _validated(kind: type[BaseModel], entry: Any, where: str) -> Any:
    try:
        return kind.model_validate(entry)
    except ValidationError as error:
        raise RuntimeError(f"resources/{where} is broken: {error}") from error


@cache
def load_catalog() -> Catalog:
    accelerators = [
        _validated(AcceleratorSpec, entry, "catalogs/accelerators.json")
        for entry in _read_json("catalogs", "accelerators.json")["accelerators"]
    ]
    models = [
        _validated(ModelSpec, entry, "catalogs/models.json")
        for entry in _read_json("catalogs", "models.json")["models"]
    ]
    data = _read_json("catalogs", "accelerators.json")
    servers = data.get("accelerators_per_server_by_kind", {})
    costs = data.get("server_costs_by_kind", {})
    return Catalog(
        accelerators={spec.id: spec for spec in accelerators},
        models={spec.id: spec for spec in models},
        accelerators_per_server_by_kind={k: int(v) for k, v in servers.items() if k in ("gpu", "cpu")},
        server_costs_by_kind={k: _validated(ServerCosts, v, "catalogs/accelerators.json")
                              for k, v in costs.items() if k in ("gpu", "cpu")},
    )


@cache
def load_calibration() -> Calibration:
    data = _read_json("calibration", "efficiency.json")
    calibration: Calibration = _validated(Calibration, data, "calibration/efficiency.json")
    return calibration


def validated_calibration(data: Any, where: str) -> Calibration:
    """A calibration from data that is not a shipped resource (a user's profile): one
    ScenarioError sentence naming the first problem."""
    try:
        calibration: Calibration = Calibration.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first.get("loc", ()))
        raise ScenarioError(f"{where} is unusable: {place}: {first.get('msg', 'invalid')}") from None
    return calibration
