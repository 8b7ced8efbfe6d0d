"""Like-for-like validation: kinds, set-up inference, measured columns never read, CLI."""

from __future__ import annotations

import csv
import io
import json
import math

import numpy as np
import pytest

from core import evaluate
from core.benchmark_kinds import BURST, CLOSED_LOOP, KINDS, OFFLINE, SERVER, SINGLE_USER, predict_kinds
from core.catalog import read_resource_text
from core.cli import main
from core.scenario_io import default_scenario
from core.validation import (
    MEASURED_COLUMNS,
    predict_prepared,
    prepare,
    read_measurements,
    run_validation,
    scenario_for,
    setup_of,
    source_group,
    stack_of,
)

TEXT = read_resource_text("validation", "measurements.csv")


def _blanked(text: str) -> str:
    rows = list(csv.DictReader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, **{name: "" for name in MEASURED_COLUMNS}})
    return out.getvalue()


def test_shipped_file_has_every_kind_and_all_rows_predicted() -> None:
    points = run_validation()
    assert len(points) == 134
    assert {p.kind for p in points} == set(KINDS)
    missing = [p.id for p in points if p.predicted_output_tokens_per_s is None]
    assert not missing, missing


def test_predictions_never_read_the_measured_columns() -> None:
    with_measurements = run_validation(TEXT)
    blanked = run_validation(_blanked(TEXT))
    for a, b in zip(with_measurements, blanked, strict=True):
        assert a.id == b.id
        assert a.predicted_output_tokens_per_s == b.predicted_output_tokens_per_s
        assert a.predicted_time_to_first_token_s == b.predicted_time_to_first_token_s
        assert a.predicted_time_per_output_token_s == b.predicted_time_per_output_token_s
        assert a.predicted_output_tokens_per_s_p10 == b.predicted_output_tokens_per_s_p10


def _one_row(kind: str, concurrency: str) -> dict[str, str]:
    return {
        "id": "T1", "gpu": "h100-sxm", "gpu_count": "1", "model": "llama-3.1-8b", "weight_precision": "fp8",
        "input_tokens": "1000", "output_tokens": "500", "concurrency": concurrency, "kind": kind,
        "framework": "vLLM 0.11", "source": "test", "notes": "",
    }


def _predict(rows: list[dict[str, str]]) -> dict[str, np.ndarray]:
    return predict_prepared(prepare(rows))


def test_kinds_answer_different_questions_in_the_expected_order() -> None:
    offline, closed, single, burst = (
        _predict([_one_row(kind, c)])
        for kind, c in (("offline", "max"), ("closed-loop", "64"), ("single-user", "1"), ("burst", "1000"))
    )
    variable_burst = _predict([{**_one_row("burst", "1000"), "output_lengths": "variable"}])
    # Capacity beats a fixed 64 clients, which beats one user; a burst of 1000 variable-length
    # answers pays its tail (the longest answer drains at small batch).
    assert offline["output_tokens_per_s"][0] > closed["output_tokens_per_s"][0] > single["output_tokens_per_s"][0]
    assert variable_burst["output_tokens_per_s"][0] < 0.9 * offline["output_tokens_per_s"][0]
    # Fixed lengths and a batch that holds all 1000 prompts: no tail, so about the capacity.
    assert burst["output_tokens_per_s"][0] == pytest.approx(offline["output_tokens_per_s"][0], rel=0.05)
    # A burst's TTFT includes waiting behind the other prompts.
    assert burst["time_to_first_token_s"][0] > 10 * single["time_to_first_token_s"][0]


def test_single_user_matches_evaluate_at_one_call() -> None:
    row = _one_row("single-user", "1")
    predicted = _predict([row])
    outcome = evaluate(scenario_for(row, default_scenario()))
    assert predicted["time_per_output_token_s"][0] == pytest.approx(outcome.time_per_output_token_s, rel=1e-9)
    assert predicted["output_tokens_per_s"][0] == pytest.approx(outcome.output_tokens_per_s, rel=1e-9)


def test_server_load_stops_where_the_latency_limit_binds() -> None:
    tight, loose = ({**_one_row("server", "max"), "tpot_limit_ms": limit, "ttft_limit_ms": "100000"}
                    for limit in ("25", "400"))
    result = _predict([tight, loose])
    offline = _predict([_one_row("offline", "max")])
    tight_tokens, loose_tokens = result["output_tokens_per_s"]
    assert tight_tokens < loose_tokens <= offline["output_tokens_per_s"][0] * 1.0001
    # The chosen load keeps p99 TPOT (mean x the calibrated tail ratio) within the 25 ms limit.
    from core.catalog import load_calibration

    ratio = load_calibration().mechanisms.server_p99_over_mean
    assert result["time_per_output_token_s"][0] * ratio <= 0.025 * 1.0001


def test_predict_kinds_is_vectorized_over_rows() -> None:
    rows = [_one_row(kind, "1" if kind == "single-user" else ("500" if kind == "burst" else "max"))
            for kind in KINDS]
    prepared = prepare(rows)
    assert list(prepared.kind) == [OFFLINE, SERVER, CLOSED_LOOP, BURST, SINGLE_USER]
    together = predict_prepared(prepared)
    apart = [predict_prepared(prepare([row]))["output_tokens_per_s"][0] for row in rows]
    np.testing.assert_allclose(together["output_tokens_per_s"], apart, rtol=1e-12)
    assert callable(predict_kinds)


def test_setup_is_read_from_the_framework_text() -> None:
    assert stack_of("TensorRT 10.2.0, CUDA 12.4") == "tensorrt-llm"
    assert stack_of("SGLang v0.5.3 (--tp 8 --enable-dp-attention)") == "sglang"
    assert stack_of("vLLM-Ascend v0.9.1") == "vllm"
    row = {**_one_row("burst", "500"), "gpu_count": "8",
           "framework": "SGLang v0.5.3 (--tp 8 --enable-dp-attention)", "notes": "ShareGPT 500 prompts"}
    setup = setup_of(row)
    assert setup.tensor_parallel == 8 and setup.attention_data_parallel and setup.output_lengths == "variable"
    pipelined = setup_of({**row, "framework": "trtllm-bench (TP4 PP2)", "notes": ""})
    assert pipelined.tensor_parallel == 8 and pipelined.pipeline_parallel == 2
    mlperf = setup_of({**_one_row("server", "max"), "model": "llama-2-70b", "notes": "MLPerf Interactive"})
    assert (mlperf.ttft_limit_ms, mlperf.tpot_limit_ms) == (450.0, 40.0)
    assert source_group("MLPerf Inference v4.1 closed/NVIDIA: github.com/x y") == "MLPerf Inference v4.1 closed/NVIDIA"


def test_attention_data_parallel_splits_the_mla_cache() -> None:
    row = {**_one_row("offline", "max"), "gpu": "h200-sxm", "gpu_count": "8", "model": "deepseek-r1",
           "framework": "TensorRT-LLM TP8", "input_tokens": "1024", "output_tokens": "2048"}
    plain = prepare([row])
    data_parallel = prepare([{**row, "attention_data_parallel": "1"}])
    from core.memory_plan import memory_plan

    replicated = memory_plan(plain.columns, 8.0)["max_sequences_per_replica"][0]
    split = memory_plan(data_parallel.columns, 8.0)["max_sequences_per_replica"][0]
    assert split > 4 * replicated


def test_cli_validates_any_file_and_names_rows_it_cannot_predict(tmp_path, capsys) -> None:
    rows = [_one_row("offline", "max"), {**_one_row("offline", "max"), "id": "T2", "gpu": "no-such-gpu"}]
    path = tmp_path / "mine.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*rows[0], "measured_output_tokens_per_s"])
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "measured_output_tokens_per_s": "10000"})
    assert main(["validate", "--measurements", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first, second = data["points"]
    assert first["predicted_output_tokens_per_s"] > 0 and first["predicted_tpot_ms"] > 0
    assert first["predicted_output_tokens_per_s_p10"] < first["predicted_output_tokens_per_s"] < first[
        "predicted_output_tokens_per_s_p90"]
    assert "error" not in first
    assert second["predicted_output_tokens_per_s"] is None
    assert second["error"].endswith(".") and "no-such-gpu" in second["error"]
    assert data["summary"]["median_ape_cross_validated"] is None


def test_cli_rejects_a_file_without_the_set_up_columns(tmp_path, capsys) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,gpu\nX,h100-sxm\n")
    assert main(["validate", "--measurements", str(path)]) == 2
    assert "lacks the column" in capsys.readouterr().err


def test_validate_json_summary_carries_cross_validated_and_per_kind_figures(capsys) -> None:
    assert main(["validate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    summary = data["summary"]
    for key in ("median_ape", "median_ape_cross_validated", "within_30_percent_share", "tpot_median_ape",
                "ttft_median_ape", "per_kind"):
        assert key in summary
    assert set(summary["per_kind"]) == set(KINDS)
    # The cross-validated figure comes from the stored fit and is the honest (larger) one.
    assert summary["median_ape_cross_validated"] >= summary["median_ape"] * 0.8
    assert math.isclose(data["median_absolute_percent_error"], 100 * summary["median_ape"], rel_tol=1e-9)


def test_read_measurements_accepts_a_byte_order_mark() -> None:
    rows = read_measurements("\ufeff" + TEXT)
    assert rows[0]["id"] == "B001"


@pytest.mark.parametrize(("column", "value"), [
    ("concurrency", "inf"), ("concurrency", "-4"), ("gpu_count", "inf"), ("gpu_count", "abc"),
    ("input_tokens", "nan"), ("input_tokens", "-300"), ("pipeline_parallel", "2.5"),
    ("request_rate_per_s", "-3"),
])
def test_a_bad_number_in_a_row_is_one_sentence_naming_its_column(tmp_path, capsys, column, value) -> None:
    """inf in gpu_count or concurrency crashed the whole file (OverflowError); -300 tokens was read as 1."""
    good = _one_row("offline", "max")
    rows = [good, {**good, "id": "BAD", column: value}]
    path = tmp_path / "mine.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*good, "pipeline_parallel", "request_rate_per_s",
                                                    "measured_output_tokens_per_s"])
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "measured_output_tokens_per_s": "10000"})
    assert main(["validate", "--measurements", str(path), "--json"]) == 0
    first, bad = json.loads(capsys.readouterr().out)["points"]
    assert first["predicted_output_tokens_per_s"] > 0  # the rest of the file is still predicted
    assert bad["predicted_output_tokens_per_s"] is None
    kind = "a whole number" if column in ("gpu_count", "pipeline_parallel") else "a number"
    least = 0 if column == "request_rate_per_s" else 1
    assert bad["error"] == f"The column {column} must be {kind} of at least {least}, not '{value}'."


def test_rows_without_a_measurement_are_predicted_but_not_scored(tmp_path, capsys) -> None:
    good = _one_row("offline", "max")
    path = tmp_path / "mine.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*good, "measured_output_tokens_per_s"])
        writer.writeheader()
        for i, measured in enumerate(("", "-100", "fast")):
            writer.writerow({**good, "id": f"U{i}", "measured_output_tokens_per_s": measured})
    assert main(["validate", "--measurements", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(point["predicted_output_tokens_per_s"] > 0 for point in data["points"])
    summary = data["summary"]
    assert summary["unmeasured"] == 3 and summary["median_ape"] is None  # not "100% off" over 3 points
