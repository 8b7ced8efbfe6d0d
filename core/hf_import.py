"""Import a Hugging Face `config.json` as a custom model (dense, GQA, MoE, MLA)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from core.catalog import MlaShape, ModelSpec, MoeShape, SlidingWindow
from core.error_words import validation_messages
from core.errors import ScenarioError
from core.scenario import describe_validation_error
from core.scenario_io import check_numbers, loads_json, read_bounded

MAX_CONFIG_BYTES = 1024 * 1024


def _int(config: dict[str, Any], *names: str, default: int | None = None) -> int:
    for name in names:
        value = config.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    if default is not None:
        return default
    present = [name for name in names if config.get(name) is not None]
    if present:  # there, but not a usable number: "missing" would send the user looking in vain
        shown = repr(config[present[0]])
        raise ScenarioError.coded(f"invalid {present[0]}: {shown[:40]} is not a positive whole number",
                                  "hf_invalid_field", name=present[0], value=shown[:40])
    raise ScenarioError.coded(f"missing {names[0]}", "hf_missing_field", name=names[0])


def _parameter_counts(config: dict[str, Any], layers: int, hidden: int, heads: int, kv_heads: int,
                      head_dim: int, moe: MoeShape | None, mla: MlaShape | None) -> tuple[float, float]:
    """Total and active parameters from the shape (gated FFN: 3 matrices)."""
    vocab = _int(config, "vocab_size", default=32000)
    if mla is not None:
        q_rank = mla.q_lora_rank or 0
        v_dim = mla.v_head_dim or head_dim
        qk_dim = head_dim
        q_params = hidden * q_rank + q_rank * heads * qk_dim if q_rank else hidden * heads * qk_dim
        kv_params = hidden * (mla.kv_lora_rank + mla.qk_rope_head_dim) + mla.kv_lora_rank * heads * (
            qk_dim - mla.qk_rope_head_dim + v_dim
        )
        attention = q_params + kv_params + heads * v_dim * hidden
    else:
        attention = hidden * heads * head_dim * 2 + hidden * kv_heads * head_dim * 2
    dense_ffn = 3 * hidden * _int(config, "intermediate_size", "ffn_hidden_size", default=4 * hidden)
    embeddings = vocab * hidden * (1 if config.get("tie_word_embeddings") else 2)
    if moe is None:
        total = layers * (attention + dense_ffn) + embeddings
        return total, total
    expert = 3 * hidden * (moe.expert_intermediate_size or dense_ffn // 3 // hidden)
    moe_layers = moe.num_moe_layers or layers
    dense_layers = layers - moe_layers
    router = hidden * moe.num_routed_experts
    per_moe_layer_shared = attention + router + moe.num_shared_experts * expert
    dense_part = dense_layers * (attention + dense_ffn) + embeddings
    total = dense_part + moe_layers * (per_moe_layer_shared + moe.num_routed_experts * expert)
    active = dense_part + moe_layers * (per_moe_layer_shared + moe.num_active_experts * expert)
    return total, active


def _sliding_share(config: dict[str, Any], layers: int) -> float:
    """Share of layers with windowed attention: from `layer_types` (gpt-oss, Gemma 3),
    `sliding_window_pattern` (one global layer every N) or `max_window_layers` (Qwen2),
    else every layer."""
    types = config.get("layer_types")
    if isinstance(types, list) and types:
        return sum(1 for kind in types if kind == "sliding_attention") / len(types)
    pattern = config.get("sliding_window_pattern")
    if isinstance(pattern, int) and not isinstance(pattern, bool) and pattern > 1:
        return (pattern - 1) / pattern
    windowed = config.get("max_window_layers")
    if isinstance(windowed, int) and not isinstance(windowed, bool) and 0 <= windowed <= layers:
        return windowed / layers
    return 1.0


def model_from_hf_config(config: dict[str, Any], model_id: str = "custom") -> ModelSpec:
    if not isinstance(config, dict):
        raise ScenarioError.coded("expected a JSON object", "hf_not_object")
    layers = _int(config, "num_hidden_layers", "n_layer", "num_layers")
    hidden = _int(config, "hidden_size", "n_embd", "d_model")
    heads = _int(config, "num_attention_heads", "n_head")
    kv_heads = _int(config, "num_key_value_heads", default=heads)
    mla = None
    if "kv_lora_rank" in config and config.get("kv_lora_rank"):
        rope = _int(config, "qk_rope_head_dim", default=64)
        mla = MlaShape(kv_lora_rank=_int(config, "kv_lora_rank"), qk_rope_head_dim=rope,
                       q_lora_rank=config.get("q_lora_rank") or None,
                       v_head_dim=_int(config, "v_head_dim", default=128))
        head_dim = _int(config, "qk_nope_head_dim", default=128) + rope
    else:
        head_dim = _int(config, "head_dim", default=max(1, hidden // heads))
    experts = config.get("n_routed_experts") or config.get("num_local_experts") or config.get("num_experts")
    moe = None
    if isinstance(experts, int) and experts > 1:
        first_dense = int(config.get("first_k_dense_replace") or 0)
        moe = MoeShape(
            num_routed_experts=experts,
            num_active_experts=_int(config, "num_experts_per_tok", "moe_topk", default=2),
            num_shared_experts=int(config.get("n_shared_experts") or 0),
            expert_intermediate_size=_int(config, "moe_intermediate_size", "intermediate_size"),
            num_moe_layers=max(1, layers - first_dense),
        )
    window = config.get("sliding_window")
    sliding = None
    if isinstance(window, int) and window > 0 and config.get("use_sliding_window", True):
        sliding = SlidingWindow(window_tokens=window, share_of_layers=_sliding_share(config, layers))
    total, active = _parameter_counts(config, layers, hidden, heads, kv_heads, head_dim, moe, mla)
    name = str(config.get("_name_or_path") or model_id)[:200] or model_id
    return ModelSpec(
        id=model_id, name=name, architecture="moe" if moe else "dense",
        attention="mla" if mla else ("mha" if kv_heads == heads else "gqa"),
        num_layers=layers, hidden_size=hidden, num_attention_heads=heads, num_kv_heads=kv_heads,
        head_dim=head_dim, intermediate_size=config.get("intermediate_size") or None,
        vocab_size=config.get("vocab_size") or None,
        max_context_tokens=config.get("max_position_embeddings") or None,
        moe=moe, mla=mla, sliding_window=sliding,
        total_params_b=total / 1e9, active_params_b=active / 1e9,
        estimates=("total_params_b", "active_params_b"),
        notes="Imported from a Hugging Face config.json; parameter counts computed from the shape.",
    )


def load_hf_config(path: str | Path, model_id: str = "custom") -> ModelSpec:
    file = Path(path)
    raw = read_bounded(file, MAX_CONFIG_BYTES)
    if len(raw) > MAX_CONFIG_BYTES:
        mib = MAX_CONFIG_BYTES // 2**20
        raise ScenarioError.coded(f"{file}: larger than {mib} MiB; a config.json is at most {MAX_CONFIG_BYTES:,} bytes",
                                  "hf_too_large", path=file, limit_number=mib)
    try:
        config = loads_json(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ScenarioError.coded(f"{file}: not a JSON config file", "hf_not_json", path=file) from None
    try:
        check_numbers(config)
    except ScenarioError as error:
        raise ScenarioError(f"{file}: {error}", *error.said) from None
    try:
        return model_from_hf_config(config, model_id)
    except ScenarioError as error:
        raise ScenarioError(f"{file}: {error}", *error.said) from None
    except ValidationError as error:  # one line naming the fields, not pydantic's report
        raise ScenarioError(f"{file}: invalid model shape: {describe_validation_error(error)}",
                            *validation_messages(error, ModelSpec)) from None
    except (TypeError, ValueError, ArithmeticError) as error:
        raise ScenarioError.coded(f"{file}: unusable config ({str(error).splitlines()[0][:120]})", "hf_unusable",
                                  path=file) from None
