"""evaluate_many agrees with evaluate point by point, broadcasts, and sweeps categories."""

import numpy as np
import pytest

from core import ScenarioError, evaluate, evaluate_many


def test_sweep_matches_scalar_evaluations(scenario) -> None:
    counts = np.array([8, 12, 16, 32, 64], dtype=float)
    result = evaluate_many(scenario, {"hardware.accelerator_count": counts})
    for index, count in enumerate(counts):
        one = evaluate(scenario.updated({"hardware.accelerator_count": int(count)}))
        assert result["cost_per_case"][index] == pytest.approx(one.cost_per_case)
        assert result["time_to_first_token_s"][index] == pytest.approx(one.time_to_first_token_s)


def test_outer_product_by_broadcasting(scenario) -> None:
    result = evaluate_many(
        scenario,
        {"hardware.accelerator_count": np.array([8.0, 16.0])[:, None],
         "workload.concurrency": np.array([1.0, 4.0, 16.0])[None, :]},
    )
    assert result.shape == (2, 3)
    # More requests in flight: more throughput, slower tokens.
    assert np.all(np.diff(result["output_tokens_per_s"], axis=1) > 0)
    assert np.all(np.diff(result["time_per_output_token_s"], axis=1) > 0)


def test_accelerator_sweep_resolves_each_chip(scenario) -> None:
    chips = np.array(["h20", "h100-sxm", "b200", "h20"], dtype=object)
    result = evaluate_many(scenario.updated({"pricing.server_price": None}), {"hardware.accelerator_id": chips})
    assert list(result["fits"]) == [True, False, True, True]
    assert result["cost_per_case"][0] == pytest.approx(result["cost_per_case"][3])
    assert np.isnan(result["cost_per_case"][1])
    assert list(result.bottleneck)[1] == "does not fit"


def test_model_size_sweep_scales_memory(scenario) -> None:
    result = evaluate_many(scenario, {"model.total_params_b": np.array([100.0, 300.0, 600.0])})
    weights = result["weights_bytes_per_gpu"] * result["tensor_parallel"]
    assert weights[1] / weights[0] == pytest.approx(3.0, rel=1e-6)
    assert list(result["tensor_parallel"]) == [2.0, 8.0, 8.0]  # weights <= 60% of 96 GB each


def test_no_inf_in_sweeps(scenario) -> None:
    result = evaluate_many(scenario, {"workload.utilization": np.linspace(0, 1, 11),
                                      "hardware.accelerator_count": np.full(11, 4.0)})
    for name in result.arrays:
        assert not np.any(np.isinf(result[name].astype(float))), name


def test_unknown_sweep_key_is_a_scenario_error(scenario) -> None:
    with pytest.raises(ScenarioError, match="cannot sweep"):
        evaluate_many(scenario, {"hardware.colour": [1, 2]})
    with pytest.raises(ScenarioError, match="finite"):
        evaluate_many(scenario, {"hardware.accelerator_count": [8.0, float("nan")]})


def test_every_catalog_chip_in_one_sweep_matches_its_own_evaluation(scenario) -> None:
    from core.catalog import load_catalog

    base = scenario.updated({"pricing.server_price": None, "pricing.currency": "USD"})
    ids = sorted(load_catalog().accelerators)
    result = evaluate_many(base, {"hardware.accelerator_id": np.array(ids, dtype=object)})
    for index, chip in enumerate(ids):
        one = evaluate(base.updated({"hardware.accelerator_id": chip}))
        if one.cost_per_case is None:
            assert np.isnan(result["cost_per_case"][index]), chip
        else:
            assert result["cost_per_case"][index] == pytest.approx(one.cost_per_case, rel=1e-12), chip
