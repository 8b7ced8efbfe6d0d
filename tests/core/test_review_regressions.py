"""Regressions for defects an independent review found in the engine."""

import os

import pytest

from core import ScenarioError, evaluate
from core.catalog import load_catalog
from core.cli import main
from core.hf_import import model_from_hf_config
from core.inputs import compute_rate


def test_fewer_requests_than_replicas_are_not_inflated(llama70b_on_h100) -> None:
    small = llama70b_on_h100.updated({"model.model_id": "llama-3.1-8b", "workload.concurrency": 1})
    one = evaluate(small)
    assert one.replicas == 8
    assert one.concurrency == pytest.approx(1.0)
    eight = evaluate(small.updated({"workload.concurrency": 8}))
    assert eight.output_tokens_per_s == pytest.approx(8 * one.output_tokens_per_s, rel=1e-6)
    assert one.time_per_output_token_s == pytest.approx(eight.time_per_output_token_s, rel=1e-6)


def test_fastest_usable_matrix_rate_is_chosen() -> None:
    b300 = load_catalog().accelerator("b300")
    rate, tflops = compute_rate(b300, "int8")  # B300 lists a cut-down 150 TOPS INT8
    assert rate == "bf16" and tflops == 2250


def test_fixed_tensor_parallel_must_be_a_power_of_two(scenario) -> None:
    with pytest.raises(ScenarioError, match="power of two"):
        scenario.updated({"serving.tensor_parallel": 6})
    fewer = evaluate(scenario.updated({"serving.tensor_parallel": 8, "hardware.accelerator_id": "b200",
                                       "pricing.server_price": None, "hardware.accelerator_count": 6}))
    assert fewer.tensor_parallel_size == 4


def test_moe_with_more_active_than_routed_experts_is_rejected() -> None:
    config = {"num_hidden_layers": 4, "hidden_size": 512, "num_attention_heads": 8,
              "num_local_experts": 8, "num_experts_per_tok": 16, "intermediate_size": 1024}
    with pytest.raises(ValueError, match="num_active_experts"):
        model_from_hf_config(config)


def test_sliding_share_from_layer_types() -> None:
    config = {"num_hidden_layers": 4, "hidden_size": 512, "num_attention_heads": 8, "sliding_window": 128,
              "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "full_attention"]}
    spec = model_from_hf_config(config)
    assert spec.sliding_window is not None and spec.sliding_window.share_of_layers == 0.5


@pytest.mark.parametrize("kind", ["fifo", "huge-int", "folder"])
def test_hostile_model_configs_exit_2(tmp_path, capsys, kind) -> None:
    path = tmp_path / "config.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "huge-int":
        path.write_text('{"num_hidden_layers": 4, "hidden_size": 1' + "0" * 200 + ', "num_attention_heads": 8}')
    else:
        path.mkdir()
    code = main(["evaluate", "--model-config", str(path)])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_fixed_tensor_parallel_too_small_says_so(scenario) -> None:
    outcome = evaluate(scenario.updated({"serving.tensor_parallel": 2}))
    assert not outcome.fits_in_memory
    assert any("at tensor parallel size 2" in w for w in outcome.warnings)


def test_an_automatic_tensor_parallel_that_leaves_the_fleet_short_names_the_size_that_serves() -> None:
    """8 x MI355X at 20,000 claims a day: automatic picks 4 (over capacity, needing 24), while
    the planner sets up the same 8 at 8 and serves it. The outcome says so, with the plan's cost."""
    from core import evaluate
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario("r1-claims-8xh20").updated({
        "hardware.accelerator_id": "mi355x", "pricing.server_price": None, "pricing.accelerator_price": None,
        "workload.cases_per_day": 20000})
    outcome = evaluate(scenario)
    assert outcome.over_capacity and outcome.tensor_parallel_size == 4
    hint = outcome.warning_messages[0]
    assert hint.code == "tensor_parallel_would_serve" and hint.params["tensor_parallel"] == "8"
    at_eight = evaluate(scenario.updated({"serving.tensor_parallel": 8}))
    assert at_eight.meets_service_level and not at_eight.over_capacity
    assert hint.params["cost_money"] == at_eight.cost_per_case
    # The window's pass (core.overview) names it too, from the rows it evaluates with everything else.
    from core.overview import analyze

    assert analyze(scenario)[0].warning_messages[0] == hint
    # A fleet that serves its demand, or a size the user set, gets no such note.
    assert not any(m.code == "tensor_parallel_would_serve" for m in at_eight.warning_messages)
    assert not any(m.code == "tensor_parallel_would_serve"
                   for m in evaluate(builtin_scenario("r1-claims-8xh20")).warning_messages)


def test_a_plan_row_carries_what_evaluate_warns_of_for_that_setup() -> None:
    """The planner proposed 4 CPU servers at FP8 with tensor parallel 4 as cheapest, silent on
    what evaluate says of that very setup: AMX has no FP8 units; the replica spans servers."""
    from core import evaluate
    from core.planner import plan, plan_scenario
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario("r1-claims-8xh20").updated({"model.model_id": "kimi-k2", "workload.cases_per_day": 100})
    result = plan(scenario)
    row = next(item for item in result.plans if item.accelerator.startswith("cpu-") and item.tensor_parallel_size > 1
               and item.weight_precision == "fp8")
    codes = {message.code for message in row.caveat_messages}
    assert codes == {"no_matrix_units", "replica_crosses_scale_out"}
    warned = {message.code for message in evaluate(plan_scenario(scenario, row)).warning_messages}
    assert codes <= warned
    assert all(not item.caveats for item in result.plans if item.accelerator in ("h100-sxm", "h200-sxm")
               and item.weight_precision == "fp8" and item.tensor_parallel_size <= 8)


def test_a_plan_applied_to_a_load_set_as_utilization_keeps_the_demand_it_was_sized_for() -> None:
    """The H20 example at 50% utilization stands for 3,472 claims a day; the planner sizes
    8 x MI300X for that. Applied, the load stayed '50%' of the new, larger fleet (8,382 claims),
    and the cards showed other figures than the plan's."""
    from core import evaluate
    from core.planner import plan, plan_scenario
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario("r1-claims-8xh20").updated({"workload.load_driver": "utilization",
                                                             "workload.utilization": 0.5})
    result = plan(scenario)
    best = result.plans[0]
    applied = evaluate(plan_scenario(scenario, best))
    assert applied.cases_per_day == pytest.approx(result.cases_per_day)
    assert applied.cost_per_case == pytest.approx(best.cost_per_case, rel=1e-6)
    assert applied.case_latency_s == pytest.approx(best.case_latency_s, rel=1e-6)


def test_small_demands_and_a_load_at_capacity_read_the_same_as_the_capacity_beside_them() -> None:
    from core import number_format as nf

    assert nf.whole_capacity(0.399) == 0.3 and nf.whole_capacity(3471.74) == 3471
    assert nf.cases_count(0.4) == "0.4" and nf.cases_count(3000.0) == "3,000"
    # A demand that is exactly the capacity (utilization 50% at a peak factor of 2) reads as it.
    assert nf.shown_load(3471.74, 3471.74, False) == 3471 and nf.shown_load(5000, 3471.74, True) == 5000


def test_the_cli_reads_a_load_at_capacity_as_the_capacity(capsys) -> None:
    import json
    import tempfile
    from pathlib import Path

    from core.cli import main
    from core.scenario_io import builtin_scenario, save_scenario

    scenario = builtin_scenario("r1-claims-8xh20").updated({"workload.load_driver": "utilization",
                                                             "workload.utilization": 0.5})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "util.json"
        save_scenario(scenario, path)
        assert main(["evaluate", str(path)]) == 0
        lines = {line.split("  ")[0]: line.split()[-1] for line in capsys.readouterr().out.splitlines() if "  " in line}
        assert main(["evaluate", str(path), "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
    load = lines["Claims per day (load)"]
    could = next(value for key, value in lines.items() if key.startswith("Claims a day served within"))
    assert load == could == f"{int(data['servable_cases_per_day']):,}"


def test_the_report_answer_names_the_tensor_parallel_size_that_serves() -> None:
    from core.report_data import report_data
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario("r1-claims-8xh20").updated({
        "hardware.accelerator_id": "mi355x", "pricing.server_price": None, "pricing.accelerator_price": None,
        "workload.cases_per_day": 20000})
    answer = report_data(scenario).answer
    assert answer.other_tensor_parallel == 8 and answer.cost_per_case_other_tensor_parallel == pytest.approx(
        0.0697, rel=0.02)
    assert report_data(builtin_scenario("r1-claims-8xh20")).answer.other_tensor_parallel is None


def test_catalog_names_in_messages_read_in_the_readers_language() -> None:
    from core.messages import Message, render

    message = Message(code="no_matrix_units", params={
        "accelerator": "NVIDIA HGX H20 96GB (China export variant)", "precision": "fp4", "rate": "fp8"})
    assert "中国特供版" in render(message, "zh_CN") and "China export variant" not in render(message, "zh_CN")
    assert "China export variant" in render(message)
