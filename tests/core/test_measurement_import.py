"""The user's own benchmark results: each importer reads its format into measurement rows
that the validation predicts like for like."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from core import ScenarioError
from core.measurement_import import catalog_model_id, detect_format, import_measurements
from core.validation import run_validation

FIXTURES = Path(__file__).parent / "fixtures" / "benchmarks"
H100 = {"gpu": "h100-sxm", "gpu_count": "1"}


def _text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_formats_are_told_apart_by_content() -> None:
    assert detect_format(_text("own-measurements.csv")) == "csv"
    assert detect_format(_text("vllm-bench-serve.json")) == "vllm"
    assert detect_format(_text("vllm-bench-serve-burst.jsonl")) == "vllm"
    assert detect_format(_text("aiperf-profile-export.json")) == "aiperf"
    assert detect_format(_text("genai-perf-profile-export.json")) == "aiperf"
    with pytest.raises(ScenarioError, match="neither"):
        detect_format('{"hello": 1}')


def test_vllm_result_with_a_concurrency_cap_is_closed_loop_at_that_cap() -> None:
    (row,) = import_measurements(_text("vllm-bench-serve.json"), "auto", H100, "run")
    assert row["kind"] == "closed-loop" and row["concurrency"] == "64"
    assert row["model"] == "qwen3-8b"  # matched by its Hugging Face id
    assert (row["input_tokens"], row["output_tokens"]) == ("1024", "256")  # totals / completed
    assert float(row["measured_output_tokens_per_s"]) == 4183.0
    assert float(row["measured_ttft_ms"]) == 210.5 and float(row["measured_tpot_ms"]) == 14.4
    assert row["serving_stack"] == "vllm"


def test_vllm_json_lines_give_a_burst_and_a_run_at_its_request_rate() -> None:
    burst, poisson = import_measurements(_text("vllm-bench-serve-burst.jsonl"), "vllm", H100, "runs")
    assert burst["model"] == "llama-3.1-8b"  # "Llama-3.1-8B-Instruct" starts with the catalog's name
    assert burst["kind"] == "burst" and burst["concurrency"] == "500"  # every prompt at t=0
    # 200 prompts at 4 requests/s: a run at that rate, set by the run's settings alone.
    assert (poisson["kind"], poisson["concurrency"], poisson["request_rate_per_s"]) == ("server", "200", "4.0")
    assert burst["id"] != poisson["id"]


def test_a_run_at_a_rate_it_keeps_up_with_serves_what_arrives_whatever_its_latencies() -> None:
    _, poisson = import_measurements(_text("vllm-bench-serve-burst.jsonl"), "vllm", H100, "runs")
    slower = {**poisson, "measured_ttft_ms": "900", "measured_tpot_ms": "60"}
    (point,), (again,) = run_validation(rows=[poisson]), run_validation(rows=[slower])
    # 4 requests/s x 200 output tokens = 800 tokens/s arrive; one H100 answers them as they come
    # (the run measured 780 over its 52 s, the drain included).
    assert point.predicted_output_tokens_per_s == pytest.approx(800.0, rel=0.01)
    assert point.predicted_output_tokens_per_s == again.predicted_output_tokens_per_s
    assert point.predicted_time_to_first_token_s < 1.0
    assert point.predicted_time_to_first_token_s == again.predicted_time_to_first_token_s


def test_aiperf_export_reads_metrics_and_the_loadgen_concurrency() -> None:
    (row,) = import_measurements(_text("aiperf-profile-export.json"), "aiperf", H100, "aiperf")
    assert row["kind"] == "closed-loop" and row["concurrency"] == "64"
    assert row["model"] == "qwen3-8b"
    assert (row["input_tokens"], row["output_tokens"]) == ("2000", "500")
    assert float(row["measured_output_tokens_per_s"]) == 3950.0
    assert float(row["measured_tpot_ms"]) == 15.5  # inter-token latency


def test_genai_perf_export_converts_nanoseconds_and_needs_a_model_it_cannot_match() -> None:
    text = _text("genai-perf-profile-export.json")
    with pytest.raises(ScenarioError, match="--model"):
        import_measurements(text, "aiperf", H100, "genai")
    (row,) = import_measurements(text, "aiperf", {**H100, "model": "llama-3.1-8b"}, "genai")
    assert row["kind"] == "closed-loop" and row["concurrency"] == "8"
    assert math.isclose(float(row["measured_ttft_ms"]), 95.0)
    assert math.isclose(float(row["measured_tpot_ms"]), 16.2)


def test_a_json_without_hardware_asks_for_it_in_one_sentence() -> None:
    with pytest.raises(ScenarioError, match="gpu, gpu_count") as caught:
        import_measurements(_text("vllm-bench-serve.json"), "vllm", {}, "run")
    assert "\n" not in str(caught.value)


def test_csv_setup_columns_may_come_from_the_command_line() -> None:
    text = "id,model,weight_precision,input_tokens,output_tokens,concurrency,kind,measured_output_tokens_per_s\n" \
           "A,qwen3-8b,bf16,1024,256,16,closed-loop,1500\n"
    (row,) = import_measurements(text, "csv", H100, "mine")
    assert row["gpu"] == "h100-sxm" and row["gpu_count"] == "1"


def test_imported_rows_are_predicted_and_the_prediction_ignores_the_measured_figures() -> None:
    rows = import_measurements(_text("aiperf-profile-export.json"), "auto", H100, "aiperf")
    points = run_validation(rows=rows)
    blank = [{**r, "measured_output_tokens_per_s": "", "measured_ttft_ms": "", "measured_tpot_ms": ""} for r in rows]
    again = run_validation(rows=blank)
    assert points[0].predicted_output_tokens_per_s and points[0].error is None
    assert points[0].predicted_output_tokens_per_s == again[0].predicted_output_tokens_per_s
    assert points[0].measured_output_tokens_per_s == 3950.0


def test_catalog_matching_does_not_take_a_longer_number_for_a_prefix() -> None:
    assert catalog_model_id("Qwen/Qwen3-8B") == "qwen3-8b"
    assert catalog_model_id("/models/llama-3.1-70b-instruct-fp8") == "llama-3.1-70b"
    assert catalog_model_id("Qwen/Qwen3-80B") is None


def test_broken_json_is_one_sentence() -> None:
    with pytest.raises(ScenarioError, match="not valid JSON"):
        import_measurements('{"output_throughput": ', "vllm", H100, "x")
    with pytest.raises(ScenarioError):
        import_measurements(json.dumps({"completed": 0, "output_throughput": 1}), "vllm", H100, "x")


def test_a_run_at_a_rate_with_a_concurrency_cap_serves_the_lesser_of_the_two() -> None:
    """vllm bench serve --request-rate 30 --max-concurrency 4: the clients cap what is in flight."""
    item = json.loads(_text("vllm-bench-serve.json"))
    capped = json.dumps({**item, "request_rate": 30.0, "max_concurrency": 4})
    (row,) = import_measurements(capped, "vllm", H100, "capped")
    assert (row["kind"], row["concurrency"], row["request_rate_per_s"]) == ("closed-loop", "4", "30.0")
    closed = {**row, "request_rate_per_s": ""}
    (fed,), (alone,) = run_validation(rows=[row]), run_validation(rows=[closed])
    assert fed.predicted_output_tokens_per_s == pytest.approx(alone.predicted_output_tokens_per_s)
    # Fed slowly, the same clients serve only what arrives, and the range never exceeds it.
    (slow,) = run_validation(rows=[{**row, "request_rate_per_s": "0.5"}])
    arriving = 0.5 * float(row["output_tokens"])
    assert slow.predicted_output_tokens_per_s == pytest.approx(arriving, rel=0.01)
    assert slow.predicted_output_tokens_per_s_p90 <= arriving * 1.0001
