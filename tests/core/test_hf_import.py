"""Hugging Face config.json import: dense, GQA, MoE and MLA shapes give the published sizes."""

import json

import pytest

from core import ScenarioError, default_scenario, evaluate
from core.hf_import import load_hf_config, model_from_hf_config
from core.model_shape import figures

LLAMA_31_8B = {  # meta-llama/Llama-3.1-8B config.json (shape fields)
    "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8,
    "intermediate_size": 14336, "vocab_size": 128256, "max_position_embeddings": 131072,
    "tie_word_embeddings": False,
}
MIXTRAL_8X7B = {  # mistralai/Mixtral-8x7B-v0.1 config.json
    "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8,
    "intermediate_size": 14336, "vocab_size": 32000, "num_local_experts": 8, "num_experts_per_tok": 2,
    "max_position_embeddings": 32768, "sliding_window": None,
}
DEEPSEEK_V3 = {  # deepseek-ai/DeepSeek-V3 config.json
    "num_hidden_layers": 61, "hidden_size": 7168, "num_attention_heads": 128, "num_key_value_heads": 128,
    "intermediate_size": 18432, "moe_intermediate_size": 2048, "n_routed_experts": 256, "num_experts_per_tok": 8,
    "n_shared_experts": 1, "first_k_dense_replace": 3, "kv_lora_rank": 512, "q_lora_rank": 1536,
    "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128, "vocab_size": 129280,
    "max_position_embeddings": 163840,
}


def test_dense_gqa_size() -> None:
    spec = model_from_hf_config(LLAMA_31_8B)
    assert spec.attention == "gqa" and spec.architecture == "dense"
    assert spec.total_params_b == pytest.approx(8.03, rel=0.01)


def test_moe_sizes() -> None:
    spec = model_from_hf_config(MIXTRAL_8X7B)
    assert spec.architecture == "moe"
    assert spec.total_params_b == pytest.approx(46.7, rel=0.01)
    assert spec.active_params_b == pytest.approx(12.9, rel=0.02)


def test_mla_moe_sizes_and_kv() -> None:
    spec = model_from_hf_config(DEEPSEEK_V3)
    assert spec.attention == "mla" and spec.mla is not None
    assert spec.total_params_b == pytest.approx(671.0, rel=0.01)
    assert spec.active_params_b == pytest.approx(37.5, rel=0.02)
    assert figures(spec).kv_values_per_token == 576 * 61


def test_imported_model_evaluates_like_the_catalog_one(tmp_path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps(DEEPSEEK_V3))
    spec = load_hf_config(path, "my-v3")
    base = default_scenario()
    custom = evaluate(base.updated({"model.custom_model": spec.model_dump(mode="json")}))
    catalog = evaluate(base)
    assert custom.output_tokens_per_s == pytest.approx(catalog.output_tokens_per_s, rel=0.05)


def test_unusable_configs_are_scenario_errors(tmp_path) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"hidden_size": 4096}')
    with pytest.raises(ScenarioError, match="num_hidden_layers"):
        load_hf_config(path)
    path.write_bytes(b"\x00\x01")
    with pytest.raises(ScenarioError, match="not a JSON"):
        load_hf_config(path)
