"""Published measurements as rows, and what the engine is told about each (never its
measured figures).

A measurements file (CSV, the columns of `resources/validation/measurements.csv`) gives
per row the hardware, model, lengths, concurrency and benchmark `kind`, the serving
framework as text, and the measured figures. The set-up (serving stack, tensor
parallelism, attention data-parallelism, KV-cache format, output-length spread, latency
limits) comes from explicit columns where a file has them, else from the framework and
notes text (`setup_of`); an optional `max_sequences` column gives a run's own batch cap;
`scenario_for` turns a row into the scenario it is predicted as.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from core.benchmark_kinds import KINDS
from core.catalog import read_resource_text
from core.errors import ScenarioError
from core.scenario import Scenario

MEASURED_COLUMNS = ("measured_output_tokens_per_s", "measured_ttft_ms", "measured_tpot_ms")
REQUIRED_COLUMNS = (
    "id", "gpu", "gpu_count", "model", "weight_precision", "input_tokens", "output_tokens",
    "concurrency", "kind",
)


@dataclass(frozen=True)
class RowSetup:
    """What the engine is told about one measured row (never its measured figures)."""

    id: str
    kind: str
    serving_stack: str
    tensor_parallel: int | str  # GPUs one model copy spans (tensor x pipeline)
    pipeline_parallel: int
    attention_data_parallel: bool
    kv_cache_precision: str
    output_lengths: str  # "variable" (e.g. ShareGPT) or "fixed"
    ttft_limit_ms: float | None
    tpot_limit_ms: float | None
    requests: float  # stated concurrency (0 = max) or, for a burst, prompts sent
    source_group: str
    description: str
    tool_settings: tuple[tuple[str, float], ...] = ()  # engine columns a benchmark tool sets itself
    request_rate_per_s: float = 0.0  # a run's stated arrival rate (Poisson), 0 when none
    expert_parallel: bool = False  # routed experts held whole, split over the GPUs (EP), not sliced (TP)


def read_measurements(text: str) -> list[dict[str, str]]:
    """Rows of a measurements CSV (checked for the set-up columns)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [name for name in REQUIRED_COLUMNS if name not in (reader.fieldnames or [])]
    if missing:
        raise ScenarioError.coded(f"the measurements file lacks the column(s) {', '.join(missing)}",
                                  "bench_missing_columns", columns=", ".join(missing))
    return [dict(row) for row in reader]


@cache
def _benchmark_tools() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_resource_text("validation", "benchmark-tools.json"))["tools"]
    return data


def tool_settings_of(framework: str) -> tuple[tuple[str, float], ...]:
    """Engine settings the benchmark tool the framework text names applies by itself
    (resources/validation/benchmark-tools.json)."""
    lower = framework.lower()
    for tool, settings in _benchmark_tools().items():
        if tool in lower:
            return tuple((name, float(value)) for name, value in settings.items() if name != "source")
    return ()


@cache
def _latency_limits() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_resource_text("validation", "latency-limits.json"))
    return data


def text_of(row: Mapping[str, str], name: str) -> str:
    return (row.get(name) or "").strip()


def stack_of(framework: str) -> str:
    """Serving stack id from the framework text (MindIE, LMDeploy and vLLM forks count as vLLM:
    the engine models three stacks)."""
    lower = framework.lower()
    if "sglang" in lower:
        return "sglang"
    if "vllm" in lower or "mindie" in lower or "lmdeploy" in lower or "turbomind" in lower:
        return "vllm"
    if "tensorrt" in lower or "trt" in lower or "nim" in lower:
        return "tensorrt-llm"
    return "vllm"


def _pipeline_of(framework: str) -> int:
    pp = re.search(r"(?:\bpp\s*|-pp(?:-size)?\s+)(\d+)", framework.lower())
    return int(pp.group(1)) if pp else 1


def _parallel_of(framework: str, gpu_count: int) -> int | str:
    """GPUs one model copy spans (tensor x pipeline parallel), as the framework text states."""
    tp = re.search(r"(?:\btp\s*|-tp(?:-size)?\s+|--tp(?:-size)?[ =])(\d+)", framework.lower())
    if not tp:
        return "auto"
    size = int(tp.group(1)) * _pipeline_of(framework)
    return size if size <= gpu_count else "auto"


def _limits(row: Mapping[str, str], kind: str) -> tuple[float | None, float | None]:
    ttft, tpot = text_of(row, "ttft_limit_ms"), text_of(row, "tpot_limit_ms")
    if ttft or tpot:
        return (float(ttft) if ttft else None), (float(tpot) if tpot else None)
    if kind != "server":
        return None, None
    notes = text_of(row, "notes")
    found = re.search(r"TTFT p99\s*<=\s*([\d.]+)\s*(ms|s)\b.*?TPOT p99\s*<=\s*([\d.]+)\s*ms", notes)
    if found:
        scale = 1000.0 if found.group(2) == "s" else 1.0
        return float(found.group(1)) * scale, float(found.group(3))
    if "mlperf" in notes.lower() or "mlperf" in text_of(row, "source").lower():
        table = "mlperf-interactive" if "interactive" in notes.lower() else "mlperf-server"
        pair = _latency_limits()[table].get(text_of(row, "model"))
        if pair:
            return float(pair[0]), float(pair[1])
    return None, None


def source_group(source: str) -> str:
    """One publication: an MLPerf round's submitter, a repository, or a site."""
    mlperf = re.match(r"(MLPerf Inference v[\d.]+ \w+/[\w-]+)", source)
    if mlperf:  # one submitter's results in one round
        return mlperf.group(1)
    # Otherwise one page (a document or data file), without the snapshot remarks.
    return source.split(" (")[0].split(' "')[0].strip()[:160]


def _number_in(row: Mapping[str, str], name: str, minimum: float, whole: bool = False) -> float:
    """The column's number, checked: finite, at least `minimum`, whole where a count must be; else one
    sentence naming the column and what it holds (not Python's own message)."""
    text = text_of(row, name)
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < minimum or (whole and value != round(value)):
        kind = "a whole number" if whole else "a number"
        raise ScenarioError(f"the column {name} must be {kind} of at least {minimum:g}, not '{text}'")
    return value


def setup_of(row: Mapping[str, str]) -> RowSetup:
    """The set-up of one row, from explicit columns or the framework and notes text."""
    framework = text_of(row, "framework")
    notes = text_of(row, "notes")
    kind = text_of(row, "kind") or "closed-loop"
    if kind not in KINDS:
        raise ScenarioError(f"kind '{kind}' is not one of {', '.join(KINDS)}")
    gpu_count = int(_number_in(row, "gpu_count", 1, whole=True))
    for name in ("input_tokens", "output_tokens"):
        _number_in(row, name, 1)
    stack = text_of(row, "serving_stack") or stack_of(framework)
    tp_text = text_of(row, "tensor_parallel")
    tensor_parallel: int | str = (
        (tp_text if tp_text == "auto" else int(_number_in(row, "tensor_parallel", 1, whole=True))) if tp_text
        else _parallel_of(framework, gpu_count)
    )
    pp_text = text_of(row, "pipeline_parallel")
    pipeline = int(_number_in(row, "pipeline_parallel", 1, whole=True)) if pp_text else _pipeline_of(framework)
    adp_text = text_of(row, "attention_data_parallel")
    lower = (framework + " " + notes).lower()
    adp = (adp_text.lower() in ("1", "true", "yes")) if adp_text else bool(
        re.search(r"attention-dp|dp-attention|dp attention|dp\d+ attention", lower)
    )
    # Expert parallelism: stated as EPn (n > 1) or --enable-expert-parallel; attention
    # data-parallelism always runs the MoE layers expert-parallel (its all-to-alls).
    ep_sizes = [int(n) for n in re.findall(r"\bep\s?(\d+)", lower)]
    expert_parallel = adp or any(n > 1 for n in ep_sizes) or "expert-parallel" in lower
    weight = text_of(row, "weight_precision")
    kv = text_of(row, "kv_cache_precision")
    if not kv:
        eight_bit = weight in ("fp8", "fp4")
        mlperf_or_trt = "mlperf" in text_of(row, "source").lower() or stack == "tensorrt-llm"
        kv = "fp8" if ("fp8 kv" in lower or (eight_bit and mlperf_or_trt)) else (
            weight if weight in ("bf16", "fp16") else "bf16"
        )
    lengths = text_of(row, "output_lengths") or ("variable" if "sharegpt" in lower else "fixed")
    ttft_limit, tpot_limit = _limits(row, kind)
    concurrency = text_of(row, "concurrency")
    requests = 0.0 if concurrency in ("", "max") else _number_in(row, "concurrency", 1)
    rate_text = text_of(row, "request_rate_per_s")
    stated_rate = re.search(r"poisson\s+([\d.]+)\s*req(?:uests)?/s", notes.lower())
    rate = _number_in(row, "request_rate_per_s", 0) if rate_text else (
        float(stated_rate.group(1)) if stated_rate else 0.0)
    tools = tool_settings_of(framework)
    if "--async-scheduling" in lower:
        # vLLM's async scheduling prepares step n+1 while the GPU runs step n (as TensorRT-LLM's
        # and SGLang's overlap schedulers do): the per-step scheduler time no longer adds up.
        tools = (*(pair for pair in tools if pair[0] != "step_overhead_s"), ("step_overhead_s", 0.0))
    if text_of(row, "max_sequences"):  # the engine's batch cap as the run set it (e.g. vLLM --max-num-seqs)
        cap = _number_in(row, "max_sequences", 1, whole=True)
        kept = (pair for pair in tools if pair[0] != "max_sequences_per_replica")
        tools = (*kept, ("max_sequences_per_replica", cap))
    return RowSetup(
        id=text_of(row, "id"),
        kind=kind,
        serving_stack=stack,
        tensor_parallel=tensor_parallel,
        pipeline_parallel=pipeline,
        attention_data_parallel=adp,
        kv_cache_precision=kv,
        output_lengths=lengths,
        ttft_limit_ms=ttft_limit,
        tpot_limit_ms=tpot_limit,
        requests=requests,
        request_rate_per_s=rate,
        expert_parallel=expert_parallel,
        source_group=source_group(text_of(row, "source")),
        tool_settings=tools,
        description=(
            f"{gpu_count}×{text_of(row, 'gpu')} {text_of(row, 'model')} {weight} "
            f"{text_of(row, 'input_tokens')}/{text_of(row, 'output_tokens')} c={concurrency or 'max'}"
            + (f" at {rate:g}/s" if rate > 0 else "") + f" {stack} {kind}"
        ),
    )


def scenario_for(row: Mapping[str, str], base: Scenario, setup: RowSetup | None = None) -> Scenario:
    setup = setup or setup_of(row)
    concurrency: int | str = "max" if setup.requests == 0 else max(1, int(setup.requests))
    return base.updated(
        {
            "name": f"validation {setup.id}",
            "hardware.accelerator_id": text_of(row, "gpu"),
            "hardware.accelerator_count": int(float(text_of(row, "gpu_count"))),
            "model.model_id": text_of(row, "model"),
            "model.weight_precision": text_of(row, "weight_precision"),
            "model.kv_cache_precision": setup.kv_cache_precision,
            "workload.calls_per_case": 1,
            "workload.input_tokens_per_call": max(1, int(float(text_of(row, "input_tokens")))),
            "workload.output_tokens_per_call": max(1, int(float(text_of(row, "output_tokens")))),
            "workload.concurrency": concurrency,
            "serving.serving_stack": setup.serving_stack,
            "serving.tensor_parallel": setup.tensor_parallel,
        }
    )


@cache
def builtin_measurements_text() -> str:
    return read_resource_text("validation", "measurements.csv")


@cache
def additional_measurements_text() -> str:
    """Published rows added after the shared 134 (resources/validation/README.md): fitted and
    cross-validated with them, but outside the headline figures."""
    return read_resource_text("validation", "additional-measurements.csv")
