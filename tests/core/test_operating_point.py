"""One honest answer: the load seen two ways, the operating point under a service level,
every accelerator at equal work, and a planner whose figures are evaluate's."""

import json

import numpy as np
import pytest

from core import default_scenario, evaluate, evaluate_many
from core.cli import main
from core.explain import seconds_text
from core.overview import analyze, cheapest_index
from core.planner import plan, plan_scenario
from core.scenario_io import builtin_scenario, scenario_from_data

SECONDS_PER_DAY = 86_400


def tokens_per_case(scenario) -> float:
    return scenario.workload.calls_per_case * scenario.workload.output_tokens_per_call


def test_utilization_and_cases_per_day_are_one_load_seen_two_ways() -> None:
    scenario = default_scenario()
    by_share = evaluate(scenario.updated({"workload.load_driver": "utilization", "workload.utilization": 0.3}))
    assert by_share.fleet_utilization == pytest.approx(0.3, rel=1e-12)
    assert by_share.cases_per_day == pytest.approx(0.3 * by_share.capacity_cases_per_day, rel=1e-12)
    # Setting the cases per day that utilization stood for gives the same answer.
    by_cases = evaluate(scenario.updated({"workload.cases_per_day": by_share.cases_per_day}))
    assert by_cases.fleet_utilization == pytest.approx(0.3, rel=1e-9)
    assert by_cases.cost_per_case == pytest.approx(by_share.cost_per_case, rel=1e-9)
    assert by_cases.case_latency_s == pytest.approx(by_share.case_latency_s, rel=1e-6)


def test_cost_per_case_is_cost_per_day_over_cases_served() -> None:
    for name in ("r1-claims-8xh20", "r1-claims-8xb200", "r1-claims-cpu"):
        outcome = evaluate(builtin_scenario(name))
        assert outcome.cost_per_day == pytest.approx(outcome.cost_per_hour * 24)
        assert outcome.served_cases_per_day == pytest.approx(
            min(outcome.cases_per_day, outcome.capacity_cases_per_day))
        assert outcome.cost_per_case == pytest.approx(outcome.cost_per_day / outcome.served_cases_per_day)


def test_an_idle_fleet_costs_more_per_case_than_a_busy_one() -> None:
    # 512 H20s for 5,000 claims a day: mostly idle, so a claim costs far more than on 8.
    scenario = default_scenario().updated({"pricing.server_price": None})
    small, large = evaluate(scenario), evaluate(scenario.updated({"hardware.accelerator_count": 512}))
    assert large.fleet_utilization < 0.05 < small.fleet_utilization
    assert large.cost_per_case > 20 * small.cost_per_case
    assert any("busy on average" in warning for warning in large.warnings)


def test_the_operating_point_serves_the_peak_hour() -> None:
    scenario = default_scenario()
    outcome = evaluate(scenario)
    peak_tokens_per_s = (scenario.workload.cases_per_day * scenario.workload.peak_factor
                         * tokens_per_case(scenario) / SECONDS_PER_DAY)
    assert outcome.output_tokens_per_s == pytest.approx(peak_tokens_per_s, rel=0.02)
    assert outcome.concurrency < outcome.concurrency_at_capacity <= outcome.max_concurrency + 0.5
    # Flat out stays available as a fixed setting, and as a secondary figure.
    flat = evaluate(scenario.updated({"workload.concurrency": "max"}))
    assert flat.output_tokens_per_s == pytest.approx(outcome.flat_out_output_tokens_per_s, rel=1e-9)
    assert flat.case_latency_s > outcome.case_latency_s


def test_more_demand_means_more_calls_in_flight_and_slower_cases() -> None:
    scenario = default_scenario()
    loads = np.array([50.0, 500.0, 2_000.0, 5_000.0])
    result = evaluate_many(scenario, {"workload.cases_per_day": loads})
    assert np.all(np.diff(result["concurrency"]) > 0)
    # Below one call in flight a case runs alone: latency rises only once calls overlap.
    assert np.all(np.diff(result["case_latency_s"]) >= 0) and result["case_latency_s"][-1] > result["case_latency_s"][0]
    assert np.all(np.diff(result["cost_per_case"]) < 0)


def test_a_service_level_caps_capacity_where_it_binds() -> None:
    scenario = default_scenario().updated({"workload.cases_per_day": 100.0})
    loose = evaluate(scenario)
    limit = loose.time_per_output_token_s * 1.2  # between one call's pace and flat out's
    tight = evaluate(scenario.updated({"workload.service_level.max_time_per_output_token_s": limit}))
    assert tight.capacity_cases_per_day < loose.capacity_cases_per_day
    at_capacity = evaluate(scenario.updated({
        "workload.service_level.max_time_per_output_token_s": limit,
        "workload.cases_per_day": tight.capacity_cases_per_day / scenario.workload.peak_factor,
    }))
    assert at_capacity.time_per_output_token_s == pytest.approx(limit, rel=0.01)
    assert at_capacity.meets_service_level and not at_capacity.over_capacity


def test_demand_above_capacity_is_a_clear_state() -> None:
    outcome = evaluate(default_scenario().updated({"workload.cases_per_day": 50_000.0}))
    assert outcome.over_capacity
    assert outcome.served_cases_per_day == pytest.approx(outcome.capacity_cases_per_day)
    assert outcome.accelerators_for_peak_demand > 8 and outcome.accelerators_for_peak_demand % 8 == 0
    assert any(warning.startswith("over capacity") for warning in outcome.warnings)


def test_blackwell_answers_no_slower_than_h20_at_demand_and_faster_alone() -> None:
    h20, b200 = builtin_scenario("r1-claims-8xh20"), builtin_scenario("r1-claims-8xb200")
    assert evaluate(b200).case_latency_s <= evaluate(h20).case_latency_s
    one_user = {"workload.cases_per_day": 1.0}
    assert evaluate(b200.updated(one_user)).case_latency_s < evaluate(h20.updated(one_user)).case_latency_s


def test_the_cpu_server_gives_one_answer_in_its_example_and_in_the_comparison() -> None:
    cpu = builtin_scenario("r1-claims-cpu")
    outcome, around = analyze(cpu)
    assert outcome.service_level_reachable is False
    reason = around.accelerator_reasons["cpu-xeon-8480-2s"]
    assert "service level" in reason and "tensor parallel 1" in reason
    # The same best latency, in the same words, in both places.
    figure = seconds_text(outcome.case_latency_s)
    assert figure in reason and any(figure in warning for warning in outcome.warnings)
    # Without a service level the CPU servers are sized at demand, and their bar is their example's.
    loose = cpu.updated({"workload.service_level.max_case_latency_s": None})
    sized = plan(loose, accelerators=["cpu-xeon-8480-2s"], precisions=["int8"], tensor_parallel=[1]).plans[0]
    assert evaluate(plan_scenario(loose, sized)).cost_per_case == pytest.approx(sized.cost_per_case, rel=1e-12)


def test_every_accelerator_is_sized_for_the_same_demand_in_whole_servers() -> None:
    scenario = default_scenario()
    _, around = analyze(scenario)
    counts = around.by_accelerator["accelerator_count"]
    sized = np.isfinite(counts)
    assert sized.sum() >= 10
    for chip, count in zip(around.accelerator_ids[sized], counts[sized], strict=True):
        assert count % (1 if chip.startswith("cpu") else 8) == 0, chip
    # The scenario's own accelerator keeps the scenario's price: its bar is its card.
    own = list(around.accelerator_ids).index("h20")
    assert around.by_accelerator["cost_per_case"][own] == pytest.approx(evaluate(scenario).cost_per_case)


def test_plans_are_cheapest_first_and_equal_what_evaluate_gives() -> None:
    scenario = default_scenario().updated({"workload.cases_per_day": 20_000.0})
    result = plan(scenario)
    costs = [item.cost_per_case for item in result.plans]
    assert costs == sorted(costs) and len(costs) > 10
    for item in result.plans[:5] + result.plans[-2:]:
        outcome = evaluate(plan_scenario(scenario, item))
        assert outcome.cost_per_case == pytest.approx(item.cost_per_case, rel=1e-9)
        assert outcome.case_latency_s == pytest.approx(item.case_latency_s, rel=1e-9)
        assert outcome.accelerator_count == item.accelerator_count
        assert outcome.tensor_parallel_size == item.tensor_parallel_size
        assert outcome.meets_service_level and not outcome.over_capacity
        assert item.case_latency_s <= 300 * 1.001
    # One server fewer would not serve the peak within the service level.
    best = result.plans[0]
    if best.accelerator_count > best.accelerators_per_server:
        fewer = plan_scenario(scenario, best).updated(
            {"hardware.accelerator_count": best.accelerator_count - best.accelerators_per_server})
        smaller = evaluate(fewer)
        assert smaller.over_capacity or not smaller.meets_service_level


def test_infeasible_accelerators_say_why() -> None:
    scenario = default_scenario().updated({"workload.cases_per_day": 20_000.0,
                                           "workload.service_level.max_case_latency_s": 60.0})
    result = plan(scenario, accelerators=["l4", "cpu-xeon-8480-2s", "b200"], tensor_parallel=[1, 2, 4, 8])
    reasons = {item.accelerator: item for item in result.infeasible}
    assert reasons["cpu-xeon-8480-2s"].reason == "service_level_out_of_reach"
    assert "l4" in reasons and reasons["l4"].why
    assert all(item.accelerator == "b200" for item in result.plans)


def test_cheapest_means_cheaper_by_more_than_half_a_percent() -> None:
    assert cheapest_index(np.array([np.nan, 1.0, 0.996, 0.999])) == 1
    assert cheapest_index(np.array([1.0, 0.99, 0.98])) == 2
    assert cheapest_index(np.array([np.nan, np.nan])) is None


def test_version_1_files_take_their_demand_as_the_load() -> None:
    data = default_scenario().model_dump(mode="json")
    data["schema_version"] = 1
    del data["workload"]["load_driver"]
    del data["pricing"]["rental_billing"]
    data["workload"]["concurrency"] = "max"
    scenario, notices = scenario_from_data(data)
    assert scenario.workload.load_driver == "cases_per_day" and scenario.workload.concurrency == "auto"
    assert any("Upgraded" in notice for notice in notices)
    data["workload"]["cases_per_day"] = 0
    data["workload"]["concurrency"] = 12
    scenario, _ = scenario_from_data(data)
    assert scenario.workload.load_driver == "utilization" and scenario.workload.concurrency == 12


def test_on_demand_rent_pays_only_busy_hours() -> None:
    rented = default_scenario().updated({"pricing.mode": "rent", "pricing.rental_price_per_accelerator_hour": 20.0})
    reserved = evaluate(rented)
    on_demand = evaluate(rented.updated({"pricing.rental_billing": "on_demand"}))
    assert reserved.cost_per_day == pytest.approx(8 * 20.0 * 24)
    assert on_demand.cost_per_day == pytest.approx(reserved.cost_per_day * on_demand.fleet_utilization)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_sets_the_load_one_way_at_a_time(capsys) -> None:
    code, _, err = run_cli(capsys, "evaluate", "--cases-per-day", "100", "--utilization", "0.5")
    assert code == 2 and err.count("\n") == 1 and "one of them" in err
    code, out, _ = run_cli(capsys, "evaluate", "--utilization", "0.25", "--json")
    data = json.loads(out)
    assert code == 0 and data["fleet_utilization"] == pytest.approx(0.25)
    for key in ("cases_per_day", "capacity_cases_per_day", "fleet_utilization", "cost_per_day",
                "flat_out_cases_per_day"):
        assert isinstance(data[key], float), key
    code, out, _ = run_cli(capsys, "evaluate", "--cases-per-day", "2000", "--peak-factor", "3",
                           "--max-case-latency-s", "400", "--max-ttft-s", "5", "--max-tpot-s", "0.2", "--json")
    data = json.loads(out)
    assert data["cases_per_day"] == 2000 and data["meets_service_level"] is True
    # --concurrency still fixes the operating point (benchmarks rely on it).
    code, out, _ = run_cli(capsys, "evaluate", "--concurrency", "4", "--json")
    assert json.loads(out)["concurrency"] == pytest.approx(4)


def test_cli_naming_the_scenarios_own_accelerator_keeps_its_price(capsys) -> None:
    _, plain, _ = run_cli(capsys, "evaluate", "--json")
    _, named, err = run_cli(capsys, "evaluate", "--gpu", "h20", "--json")
    assert json.loads(plain)["cost_per_case"] == json.loads(named)["cost_per_case"]
    assert err == ""
    _, _, err = run_cli(capsys, "evaluate", "--gpu", "b200")
    assert "catalog price" in err


def test_cli_plan_json_and_text(capsys) -> None:
    code, out, _ = run_cli(capsys, "plan", "--cases-per-day", "20000", "--max-case-latency-s", "300", "--json")
    data = json.loads(out)
    assert code == 0 and data["plans"]
    keys = {"accelerator", "accelerator_count", "weight_precision", "tensor_parallel_size", "concurrency",
            "cost_per_case", "case_latency_s", "time_to_first_token_s", "time_per_output_token_s",
            "fleet_utilization", "capital_cost", "cost_per_month", "why"}
    assert keys <= set(data["plans"][0])
    assert all({"accelerator", "why"} <= set(item) for item in data["infeasible"])
    first = data["plans"][0]
    code, out, _ = run_cli(capsys, "evaluate", "--gpu", first["accelerator"], "--gpu-count",
                           str(first["accelerator_count"]), "--weight-precision", first["weight_precision"],
                           "--tensor-parallel", str(first["tensor_parallel_size"]), "--cases-per-day", "20000",
                           "--max-case-latency-s", "300", "--json")
    assert json.loads(out)["cost_per_case"] == pytest.approx(first["cost_per_case"], rel=1e-9)
    code, out, _ = run_cli(capsys, "plan", "--cases-per-day", "5000", "--gpu", "h20", "--gpu", "b200")
    assert code == 0 and "h20" in out and "Cheapest setups for 5,000 claims a day" in out


def test_a_chip_of_another_kind_is_priced_with_its_own_kinds_server_costs() -> None:
    # A CPU server beside the GPU example carries no GPU chassis: the same plan, whichever
    # example it is planned from (same demand, service level and power prices).
    gpu_side = default_scenario()
    cpu_side = builtin_scenario("r1-claims-cpu").updated({
        "pricing.hosting_per_server_year": 2100 * 7.2, "serving.serving_stack": "sglang",
        "serving.tensor_parallel": "auto"})
    ask = {"accelerators": ["cpu-xeon-8480-2s"], "precisions": ["int8"]}
    from_gpu, from_cpu = plan(gpu_side, **ask).plans[0], plan(cpu_side, **ask).plans[0]
    assert from_gpu.accelerator_count == from_cpu.accelerator_count
    assert from_gpu.cost_per_case == pytest.approx(from_cpu.cost_per_case, rel=1e-9)
    applied = plan_scenario(gpu_side, from_gpu)
    assert applied.pricing.server_overhead_price == 0 and applied.hardware.accelerators_per_server == 1
    assert evaluate(applied).cost_per_case == pytest.approx(from_gpu.cost_per_case, rel=1e-9)


def test_plans_keep_the_scenarios_interconnect_for_its_own_chip() -> None:
    slow = default_scenario().updated({"hardware.scale_up_gb_per_s_per_direction": 50.0})
    ask = {"accelerators": ["h20"], "precisions": ["fp8"], "tensor_parallel": [8]}
    best = plan(slow, **ask).plans[0]
    outcome = evaluate(plan_scenario(slow, best))
    assert outcome.case_latency_s == pytest.approx(best.case_latency_s, rel=1e-9)
    fast = plan(default_scenario(), **ask).plans[0]
    assert best.cost_per_case > fast.cost_per_case  # a slower link: more servers, or slower ones


def test_the_comparison_gives_your_chip_the_setup_auto_would_pick() -> None:
    tight = default_scenario().updated({"workload.cases_per_day": 20_000.0,
                                        "workload.service_level.max_time_to_first_token_s": 0.3})
    _, around = analyze(tight)
    own = list(around.accelerator_ids).index("h20")
    count = around.by_accelerator["accelerator_count"][own]
    if np.isfinite(count):  # sized: the card at that count agrees
        at = evaluate(tight.updated({"hardware.accelerator_count": int(count)}))
        assert at.cost_per_case == pytest.approx(around.by_accelerator["cost_per_case"][own], rel=1e-9)
    else:
        assert "h20" in around.accelerator_reasons


def test_a_reason_names_the_limit_that_binds() -> None:
    strict = default_scenario().updated({"workload.service_level.max_time_to_first_token_s": 0.05})
    result = plan(strict, accelerators=["l20"], precisions=["fp8"])
    assert result.infeasible and "time to first token" in result.infeasible[0].why
    assert "time per claim" not in result.infeasible[0].why


def test_a_fixed_concurrency_names_no_fleet_that_would_serve_the_peak() -> None:
    outcome = evaluate(default_scenario().updated({"workload.concurrency": 4}))
    assert outcome.over_capacity and outcome.accelerators_for_peak_demand is None
    assert not any("would serve" in warning for warning in outcome.warnings)
    assert outcome.meets_service_level is False  # over capacity: the peak hour's queue grows


def test_cli_plan_searches_the_formats_asked(capsys) -> None:
    code, out, err = run_cli(capsys, "plan", "--cases-per-day", "5000", "--weight-precision", "int8",
                             "--gpu", "h20", "--json")
    assert code == 0, err
    assert {item["weight_precision"] for item in json.loads(out)["plans"]} == {"int8"}


def test_the_article_scenarios_open_and_evaluate_with_a_note() -> None:
    from core.scenario_io import builtin_scenario_names

    for name in builtin_scenario_names("article"):
        scenario = builtin_scenario(name)
        outcome = evaluate(scenario)
        assert scenario.name.startswith("Article:") and "The claim" in scenario.description
        assert outcome.fits_in_memory and outcome.case_latency_s is not None
