"""The user's own benchmark results as measurement rows (the columns of
`resources/validation/measurements.csv`), from three formats:

- `csv`: a file in those columns (set-up columns it lacks may come from `setup`);
- `vllm`: the result JSON `vllm bench serve --save-result` writes (one object, or one per
  line with `--append-result`): `output_throughput`, `mean_ttft_ms`, `mean_tpot_ms`,
  `total_input_tokens`/`total_output_tokens` over `completed`, `request_rate` and
  `max_concurrency` (vllm/benchmarks/serve.py);
- `aiperf`: the aggregate JSON of AIPerf (`profile_export_aiperf.json`) or its predecessor
  GenAI-Perf (`profile_export_genai_perf.json`): metrics as `{"unit", "avg", ...}`
  (`output_token_throughput`, `time_to_first_token`, `inter_token_latency`,
  `input_sequence_length`, `output_sequence_length`, `request_latency`) and the run's
  settings under `input_config` (`loadgen.concurrency` in AIPerf, `concurrency` in
  GenAI-Perf).

A benchmark JSON does not say which accelerators ran it: `setup` gives what the file
lacks (gpu, gpu_count, model, weight_precision, serving_stack, tensor_parallel); a model
the file names is matched to the catalog by its Hugging Face id. How the load was driven
decides the benchmark kind: every prompt at once (no rate, no concurrency cap) is a
`burst`; a concurrency cap is `closed-loop` at that concurrency; prompts at a stated
(Poisson) rate are a `server` run at that `request_rate_per_s` without latency limits:
the steady state that serves the rate, or a burst where the prompts come faster than they
are answered; a rate and a cap, a closed loop at the cap fed at the rate (the lesser of the
two). The measured latencies never set the load (they are what is predicted).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from core.catalog import load_catalog
from core.errors import ScenarioError
from core.measurements import REQUIRED_COLUMNS, read_measurements

FORMATS = ("csv", "vllm", "aiperf")
SETUP_FIELDS = ("gpu", "gpu_count", "model", "weight_precision", "serving_stack", "tensor_parallel")
_TO_MS = {"ms": 1.0, "s": 1000.0, "sec": 1000.0, "us": 1e-3, "ns": 1e-6}


def detect_format(text: str) -> str:
    """'vllm' or 'aiperf' for a benchmark JSON, else 'csv'."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start not in ("{", "["):
        return "csv"
    objects = _json_objects(text)
    if any("output_throughput" in item for item in objects):
        return "vllm"
    if any("output_token_throughput" in _metrics(item) for item in objects):
        return "aiperf"
    raise ScenarioError.coded(
        "the JSON is neither a vLLM 'bench serve' result (output_throughput) nor an AIPerf/GenAI-Perf "
        "profile export (output_token_throughput)", "bench_unknown_json")


def import_measurements(
    text: str, fmt: str = "auto", setup: Mapping[str, str] | None = None, name: str = "imported"
) -> list[dict[str, str]]:
    """Measurement rows from a file's text. `name` labels the rows (ids, source)."""
    fmt = detect_format(text) if fmt == "auto" else fmt
    setup = {key: str(value) for key, value in (setup or {}).items() if value not in (None, "")}
    if fmt == "csv":
        rows = [_with_setup(row, setup) for row in _read_csv(text, setup)]
    elif fmt == "vllm":
        rows = [_vllm_row(item, setup, f"{name}#{i + 1}", name) for i, item in enumerate(_json_objects(text))]
    elif fmt == "aiperf":
        rows = [_aiperf_row(item, setup, f"{name}#{i + 1}", name) for i, item in enumerate(_json_objects(text))]
    else:
        raise ScenarioError(f"format '{fmt}' is not one of {', '.join(FORMATS)}")
    if not rows:
        raise ScenarioError.coded("the file holds no measurements", "bench_no_rows")
    return rows


def _read_csv(text: str, setup: Mapping[str, str]) -> list[dict[str, str]]:
    """A measurements CSV; required set-up columns it lacks may be given by `setup`."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    missing = [c for c in REQUIRED_COLUMNS if c not in [h.strip() for h in header.split(",")] and c in setup]
    if missing:  # add the columns `setup` supplies, empty, so the reader accepts the file
        lines = text.lstrip("\ufeff").split("\n")
        lines = [lines[0] + "," + ",".join(missing)] + [line + "," * len(missing) if line.strip() else line
                                                         for line in lines[1:]]
        text = "\n".join(lines)
    return read_measurements(text)


def _with_setup(row: Mapping[str, str], setup: Mapping[str, str]) -> dict[str, str]:
    out = dict(row)
    for key, value in setup.items():
        if not (out.get(key) or "").strip():
            out[key] = value
    return out


def _json_objects(text: str) -> list[dict[str, Any]]:
    """One JSON object, a list of them, or JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as error:
            raise ScenarioError.coded(f"the file is not valid JSON (line {error.lineno}: {error.msg})",
                                      "bench_bad_json", line_number=error.lineno) from None
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(item, dict) for item in items):
        raise ScenarioError.coded("the JSON does not hold benchmark results (expected an object)",
                                  "bench_not_results")
    return items


def _number(value: Any, what: str) -> float:
    if isinstance(value, str) and value.strip().lower() in ("inf", "infinity"):
        return math.inf
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError.coded(f"{what} is missing or not a number", "bench_missing_number", name=what)
    return float(value)


def _optional(value: Any) -> float | None:
    try:
        number = _number(value, "")
    except ScenarioError:
        return None
    return number if math.isfinite(number) else None


def catalog_model_id(served_name: str) -> str | None:
    """The catalog model a served name (a Hugging Face id or a path) stands for: its id,
    its Hugging Face id, or the longest catalog name it starts with ("Llama-3.1-8B-Instruct"
    is llama-3.1-8b)."""
    base = served_name.strip().rstrip("/").split("/")[-1].lower()
    best: tuple[int, str] | None = None
    for model in load_catalog().models.values():
        names = {model.id.lower()} | ({model.hf_id.split("/")[-1].lower()} if model.hf_id else set())
        for candidate in names:
            if base == candidate:
                return model.id
            prefix = base.startswith(candidate) and not base[len(candidate)].isalnum()
            if prefix and (best is None or len(candidate) > best[0]):
                best = (len(candidate), model.id)
    return best[1] if best else None


def _base_row(setup: Mapping[str, str], served_name: str, row_id: str, source: str) -> dict[str, str]:
    model = setup.get("model") or catalog_model_id(served_name) or ""
    missing = [f for f in ("gpu", "gpu_count") if not setup.get(f)] + ([] if model else ["model"])
    if missing:
        raise ScenarioError(
            f"a benchmark result does not say its {', '.join(missing)}; give "
            + ", ".join(f"--{f.replace('_', '-')}" for f in missing)
        )
    return {
        "id": row_id,
        "gpu": setup["gpu"],
        "gpu_count": setup["gpu_count"],
        "model": model,
        "weight_precision": setup.get("weight_precision", "bf16"),
        "serving_stack": setup.get("serving_stack", ""),
        "tensor_parallel": setup.get("tensor_parallel", ""),
        "source": source,
    }


def _load(rate: float | None, cap: float | None, requests: float) -> dict[str, str]:
    """The kind, concurrency and request rate columns for how the run drove the engine.
    Only the set-up decides: never the run's measured latencies."""
    if rate is None or not math.isfinite(rate) or rate <= 0:
        if cap is None or cap >= requests:
            return {"kind": "burst", "concurrency": f"{requests:.0f}" if math.isfinite(requests) else "max",
                    "request_rate_per_s": ""}
        return {"kind": "closed-loop", "concurrency": f"{cap:.0f}", "request_rate_per_s": ""}
    if cap is not None and cap < requests:
        # Arrivals at a rate, at most `cap` in flight: a closed loop of `cap` clients fed at the
        # rate, which serves the lesser of the two (core.benchmark_kinds).
        return {"kind": "closed-loop", "concurrency": f"{cap:.0f}", "request_rate_per_s": repr(rate)}
    # Prompts arriving at a rate: predicted as the steady state that serves the rate, or as a
    # burst where they arrive faster than the engine answers them (core.benchmark_kinds).
    return {"kind": "server", "concurrency": f"{requests:.0f}" if math.isfinite(requests) else "max",
            "request_rate_per_s": repr(rate)}


def _vllm_row(item: Mapping[str, Any], setup: Mapping[str, str], row_id: str, source: str) -> dict[str, str]:
    completed = _number(item.get("completed"), "completed (requests finished)")
    if completed <= 0:
        raise ScenarioError.coded("the vLLM result finished no requests", "bench_none_finished")
    input_tokens = _number(item.get("total_input_tokens"), "total_input_tokens") / completed
    output_tokens = _number(item.get("total_output_tokens"), "total_output_tokens") / completed
    ttft = _optional(item.get("mean_ttft_ms"))
    tpot = _optional(item.get("mean_tpot_ms"))
    rate = _number(item.get("request_rate", "inf") if item.get("request_rate") is not None else "inf",
                   "request_rate")
    cap = _optional(item.get("max_concurrency"))
    prompts = _optional(item.get("num_prompts")) or completed
    lengths = item.get("output_lens")
    variable = isinstance(lengths, list) and lengths and max(lengths) > 1.5 * max(output_tokens, 1.0)
    row = _base_row(setup, str(item.get("model_id") or ""), row_id, source)
    backend = str(item.get("backend") or "vllm")
    row.update({
        "input_tokens": f"{input_tokens:.0f}",
        "output_tokens": f"{output_tokens:.0f}",
        **_load(rate, cap, prompts),
        "measured_output_tokens_per_s": repr(_number(item.get("output_throughput"), "output_throughput")),
        "measured_ttft_ms": "" if ttft is None else repr(ttft),
        "measured_tpot_ms": "" if tpot is None else repr(tpot),
        "framework": f"vllm bench serve ({backend})",
        "serving_stack": row["serving_stack"] or ("sglang" if "sglang" in backend else "vllm"),
        "output_lengths": "variable" if variable else "fixed",
    })
    return row


def _metrics(item: Mapping[str, Any]) -> Mapping[str, Any]:
    records = item.get("records")
    return records if isinstance(records, dict) else item


def _metric(metrics: Mapping[str, Any], name: str, ms: bool = False) -> float | None:
    entry = metrics.get(name)
    if not isinstance(entry, dict):
        return None
    value = _optional(entry.get("avg"))
    if value is None or not ms:
        return value
    unit = str(entry.get("unit") or "ms").strip().lower()
    return value * _TO_MS.get(unit, 1.0)


def _setting(config: Mapping[str, Any], *paths: str) -> Any:
    for path in paths:
        node: Any = config
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node is not None:
            return node
    return None


def _aiperf_row(item: Mapping[str, Any], setup: Mapping[str, str], row_id: str, source: str) -> dict[str, str]:
    metrics = _metrics(item)
    throughput = _metric(metrics, "output_token_throughput")
    if throughput is None:
        raise ScenarioError.coded("the AIPerf/GenAI-Perf export has no output_token_throughput", "bench_no_throughput")
    input_tokens = _metric(metrics, "input_sequence_length")
    output_tokens = _metric(metrics, "output_sequence_length")
    if not input_tokens or not output_tokens:
        raise ScenarioError.coded("the AIPerf/GenAI-Perf export lacks input_sequence_length or output_sequence_length",
                                  "bench_no_lengths")
    ttft = _metric(metrics, "time_to_first_token", ms=True)
    tpot = _metric(metrics, "inter_token_latency", ms=True)
    given = item.get("input_config")
    config: Mapping[str, Any] = given if isinstance(given, dict) else {}
    cap = _optional(_setting(config, "loadgen.concurrency", "concurrency", "perf_analyzer.stimulus.concurrency"))
    rate = _optional(_setting(config, "loadgen.request_rate", "request_rate", "perf_analyzer.stimulus.request_rate"))
    requests = _metric(metrics, "request_count") or math.inf
    names = _setting(config, "endpoint.model_names", "model_names", "model")
    served = names[0] if isinstance(names, list) and names else str(names or "")
    row = _base_row(setup, served, row_id, source)
    row.update({
        "input_tokens": f"{input_tokens:.0f}",
        "output_tokens": f"{output_tokens:.0f}",
        **_load(rate, cap, requests),
        "measured_output_tokens_per_s": repr(throughput),
        "measured_ttft_ms": "" if ttft is None else repr(ttft),
        "measured_tpot_ms": "" if tpot is None else repr(tpot),
        "framework": "AIPerf/GenAI-Perf",
        "serving_stack": row["serving_stack"] or "vllm",
        "output_lengths": "fixed",
    })
    return row


def safe_label(name: str) -> str:
    """A file name reduced to what an id may hold."""
    return re.sub(r"[^\w.-]+", "_", name)[:60] or "imported"


def served_model_name(text: str) -> str:
    """The model a benchmark JSON names (its served or Hugging Face name), '' if none."""
    try:
        first = _json_objects(text)[0]
    except ScenarioError:
        return ""
    if first.get("model_id"):
        return str(first["model_id"])
    given = first.get("input_config")
    names = _setting(given if isinstance(given, dict) else {}, "endpoint.model_names", "model_names", "model")
    return str(names[0] if isinstance(names, list) and names else names or "")
