"""The inferonomics-cli contract: commands, JSON keys, exit codes, one-line errors."""

import json
import subprocess
import sys

import pytest

from core import evaluate
from core.cli import main

REQUIRED_KEYS = {
    "output_tokens_per_s", "output_tokens_per_s_per_gpu", "time_to_first_token_s", "time_per_output_token_s",
    "case_latency_s", "cases_per_hour", "cost_per_case", "cost_per_million_output_tokens", "currency",
    "fits_in_memory", "max_concurrency", "memory_used_fraction", "bottleneck", "warnings",
}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_catalog_json_lists_required_ids(capsys) -> None:
    code, out, _ = run(capsys, "catalog", "--json")
    data = json.loads(out)
    accelerators = {a["id"] for a in data["accelerators"]}
    models = {m["id"] for m in data["models"]}
    assert code == 0
    assert {"h20", "h100-sxm", "b200", "mi300x", "ascend-910b", "gaudi3", "rtx-pro-6000"} <= accelerators
    assert any(a["kind"] == "cpu" for a in data["accelerators"])
    assert {"deepseek-r1", "llama-3.1-405b", "qwen3-235b-a22b", "gpt-oss-120b", "kimi-k2", "gpt-j-6b"} <= models


def test_evaluate_default_json_has_contract_keys(capsys) -> None:
    code, out, _ = run(capsys, "evaluate", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= REQUIRED_KEYS
    assert data["fits_in_memory"] is True and data["currency"] == "CNY"
    assert data["cost_per_case"] > 0 and isinstance(data["warnings"], list)


def test_flags_override_the_scenario(capsys) -> None:
    _, base, _ = run(capsys, "evaluate", "--json")
    _, more, _ = run(capsys, "evaluate", "--json", "--gpu", "h200-sxm", "--gpu-count", "16", "--model",
                     "llama-3.1-70b", "--weight-precision", "fp8", "--input-tokens", "1000", "--output-tokens",
                     "500", "--concurrency", "64", "--gpu-price", "30000", "--utilization", "0.7",
                     "--serving-stack", "tensorrt-llm")
    a, b = json.loads(base), json.loads(more)
    assert b["accelerator_name"].startswith("NVIDIA H200") and b["accelerator_count"] == 16
    assert b["model_name"] != a["model_name"]
    assert b["concurrency"] == pytest.approx(64)


def test_renting_price_flag(capsys) -> None:
    _, out, _ = run(capsys, "evaluate", "--json", "--rent", "--gpu-price", "2.0")
    assert json.loads(out)["cost_per_hour"] == pytest.approx(16.0)


def test_readable_table_without_json(capsys) -> None:
    code, out, _ = run(capsys, "evaluate")
    assert code == 0 and "Cost per claim" in out and "Bottleneck" in out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["evaluate", "--gpu", "nope"], "unknown accelerator 'nope'"),
        (["evaluate", "--model", "nope"], "unknown model 'nope'"),
        (["evaluate", "--gpu-count", "0"], "--gpu-count"),
        (["evaluate", "--utilization", "3"], "--utilization"),
        (["evaluate", "--concurrency", "lots"], "not a whole number"),
        (["evaluate", "/no/such/file.json"], "no such file"),
        (["evaluate", "--weight-precision", "fp3"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, args, fragment) -> None:
    try:
        code = main(args)
    except SystemExit as exit_:
        code = exit_.code
    _, err = capsys.readouterr()
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_corrupt_file_exits_2(tmp_path, capsys) -> None:
    path = tmp_path / "corrupt.json"
    path.write_bytes(b"\x00\x01{not json")
    code, _, err = run(capsys, "evaluate", str(path))
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_validate_meets_accuracy_bar(capsys) -> None:
    code, out, _ = run(capsys, "validate", "--json")
    data = json.loads(out)
    # 134 published rows, each predicted like for like (the bar was 30 tuned-on points before).
    assert code == 0 and len(data["points"]) >= 134
    assert data["median_absolute_percent_error"] <= 25.0
    assert data["summary"]["median_ape_cross_validated"] <= 0.25
    assert all(p["predicted_output_tokens_per_s"] for p in data["points"])


def test_console_script_entry_point_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "core", "evaluate", "--json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) >= REQUIRED_KEYS


@pytest.mark.parametrize("name", ["r1-claims-8xh20", "r1-claims-cpu"])
def test_evaluate_json_says_how_many_servers_as_the_servers_card_does(capsys, name: str) -> None:
    import math

    from core.headline import servers
    from core.scenario_io import builtin_scenario

    scenario = builtin_scenario(name)
    demand = 20_000  # beyond one server: the count must come from the peak-hour sizing
    assert main(["evaluate", "--gpu-count", str(scenario.hardware.accelerator_count),
                 f"resources/scenarios/{name}.json", "--cases-per-day", str(demand), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    outcome = evaluate(scenario.updated({"workload.cases_per_day": demand}))
    card = servers(scenario, outcome)
    assert data["servers_needed"] == card.servers_needed and data["servers_owned"] == card.servers_owned
    if card.accelerators_needed is not None:
        assert data["servers_needed"] == math.ceil(card.accelerators_needed / scenario.hardware.accelerators_per_server)
