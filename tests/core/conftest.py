"""Core tier: no Qt. Shared scenario fixtures."""

import pytest

from core import Scenario, default_scenario


@pytest.fixture
def scenario() -> Scenario:
    return default_scenario()


@pytest.fixture
def llama70b_on_h100(scenario: Scenario) -> Scenario:
    """A plain dense GQA model on one server, in a currency without conversion."""
    return scenario.updated(
        {
            "hardware.accelerator_id": "h100-sxm",
            "pricing.currency": "USD",
            "pricing.server_price": None,
            "pricing.accelerator_price": 25_000,
            "model.model_id": "llama-3.1-70b",
            "model.weight_precision": "fp8",
            "model.kv_cache_precision": "bf16",
            "serving.serving_stack": "vllm",
        }
    )
