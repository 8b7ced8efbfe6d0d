"""From a model's architecture to the few numbers inference cost depends on.

Also the model-size knob (scale a shape to a chosen parameter count) and generic
dense/MoE shapes for a model known only by its size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.catalog import ModelSpec, MoeShape

# Width and depth grow together when a shape is scaled: params ~ layers * width^2,
# so each grows with the cube root of the parameter ratio (Llama-2 7B->70B: depth x2.5,
# width x2; the cube-root rule gives x2.15 each).
_DEPTH_EXPONENT = 1.0 / 3.0
_WIDTH_EXPONENT = 1.0 / 3.0


@dataclass(frozen=True)
class ModelFigures:
    """Per-model quantities used by the performance model (counts, not bytes)."""

    total_params: float
    active_params: float
    routed_expert_params: float  # all routed experts together; 0 for dense models
    num_routed_experts: float  # E; 1 for dense models (unused then)
    num_active_experts: float  # k; 0 for dense models
    num_layers: float
    hidden_size: float
    kv_values_per_token: float  # cached values per token over all layers
    kv_shards_max: float  # how many ways tensor parallelism can split the KV cache
    attention_flops_per_context_token: float  # per query token, over all layers
    sliding_window_tokens: float  # 0 when the model has none
    sliding_window_share: float


def kv_values_per_token_per_layer(spec: ModelSpec) -> float:
    if spec.attention == "mla" and spec.mla is not None:
        # MLA caches one compressed latent plus the shared rope key per token.
        return float(spec.mla.kv_lora_rank + spec.mla.qk_rope_head_dim)
    return 2.0 * spec.num_kv_heads * spec.head_dim


def attention_flops_per_context_token_per_layer(spec: ModelSpec) -> float:
    """FLOPs one query token spends on one cached token in one layer (QK^T and AV)."""
    if spec.attention == "mla" and spec.mla is not None:
        # Absorbed MLA: scores over latent+rope, values over the latent, every head.
        width = (spec.mla.kv_lora_rank + spec.mla.qk_rope_head_dim) + spec.mla.kv_lora_rank
        return 2.0 * spec.num_attention_heads * width
    return 2.0 * spec.num_attention_heads * 2.0 * spec.head_dim


def attention_params(spec: ModelSpec) -> float:
    """Parameters of the attention blocks over all layers (projections only)."""
    hidden = spec.hidden_size
    heads = spec.num_attention_heads
    if spec.attention == "mla" and spec.mla is not None:
        mla = spec.mla
        value_dim = mla.v_head_dim or spec.head_dim
        query = (
            hidden * mla.q_lora_rank + mla.q_lora_rank * heads * spec.head_dim
            if mla.q_lora_rank else hidden * heads * spec.head_dim
        )
        latent = hidden * (mla.kv_lora_rank + mla.qk_rope_head_dim)
        up = mla.kv_lora_rank * heads * (spec.head_dim - mla.qk_rope_head_dim + value_dim)
        per_layer: float = float(query + latent + up + heads * value_dim * hidden)
    else:
        per_layer = 2.0 * hidden * heads * spec.head_dim + 2.0 * hidden * spec.num_kv_heads * spec.head_dim
    return float(per_layer * spec.num_layers)


def moe_layers(spec: ModelSpec) -> float:
    if spec.moe is None:
        return 0.0
    return float(spec.moe.num_moe_layers or spec.num_layers)


def routed_expert_params(spec: ModelSpec) -> float:
    """Parameters in routed experts, from total and active counts:
    active = shared + routed*k/E and total = shared + routed."""
    if spec.moe is None or spec.moe.num_routed_experts <= spec.moe.num_active_experts:
        return 0.0
    share_active = spec.moe.num_active_experts / spec.moe.num_routed_experts
    routed = (spec.total_params_b - spec.active_params_b) * 1e9 / (1.0 - share_active)
    return max(0.0, min(routed, spec.total_params_b * 1e9))


def figures(spec: ModelSpec, total_params_b: float | None = None) -> ModelFigures:
    scale = 1.0 if total_params_b is None else total_params_b / spec.total_params_b
    depth = scale**_DEPTH_EXPONENT
    width = scale**_WIDTH_EXPONENT
    moe = spec.moe
    layers = spec.num_layers * depth
    window = spec.sliding_window
    return ModelFigures(
        total_params=spec.total_params_b * 1e9 * scale,
        active_params=spec.active_params_b * 1e9 * scale,
        routed_expert_params=routed_expert_params(spec) * scale,
        num_routed_experts=float(moe.num_routed_experts) if moe else 1.0,
        num_active_experts=float(moe.num_active_experts) if moe else 0.0,
        num_layers=layers,
        hidden_size=spec.hidden_size * width,
        kv_values_per_token=kv_values_per_token_per_layer(spec) * spec.num_layers * depth * width,
        kv_shards_max=1.0 if spec.attention == "mla" else float(spec.num_kv_heads),
        attention_flops_per_context_token=(
            attention_flops_per_context_token_per_layer(spec) * spec.num_layers * depth * width
        ),
        sliding_window_tokens=float(window.window_tokens) if window else 0.0,
        sliding_window_share=float(window.share_of_layers) if window else 0.0,
    )


def generic_model(total_params_b: float, active_params_b: float | None = None) -> ModelSpec:
    """A Llama-like shape for a model known only by its size (MoE if active < total).

    Depth follows params ~ 12 * layers * width^2 with width = 128 * layers, the
    aspect ratio of the Llama family; attention is GQA with 8 KV heads of 128.
    """
    active_b = total_params_b if active_params_b is None else min(active_params_b, total_params_b)
    dense_equivalent = active_b * 1e9
    layers = max(2, round((dense_equivalent / (12.0 * 128.0**2)) ** (1.0 / 3.0)))
    hidden = max(256, 128 * round(math.sqrt(dense_equivalent / (12.0 * layers)) / 128))
    heads = max(2, hidden // 128)
    is_moe = active_b < total_params_b * 0.95
    size_label = f"{total_params_b:g}B" + (f"-A{active_b:g}B" if is_moe else "")
    return ModelSpec(
        id=f"generic-{'moe' if is_moe else 'dense'}-{size_label.lower()}",
        name=f"Generic {'MoE' if is_moe else 'dense'} {size_label}",
        architecture="moe" if is_moe else "dense",
        attention="gqa",
        num_layers=layers,
        hidden_size=hidden,
        num_attention_heads=heads,
        num_kv_heads=min(8, heads),
        head_dim=128,
        moe=MoeShape(num_routed_experts=128, num_active_experts=8) if is_moe else None,
        total_params_b=total_params_b,
        active_params_b=active_b,
        estimates=("num_layers", "hidden_size", "num_attention_heads", "num_kv_heads", "head_dim"),
        notes="Shape estimated from the parameter count (Llama-family aspect ratio).",
    )
