"""Predict published measurements like for like and report the error.

A measurements file (CSV, the columns of `resources/validation/measurements.csv`) gives
per row the hardware, model, lengths, concurrency and benchmark `kind`, the serving
framework as text, and the measured figures. Predictions read only the set-up columns,
never the measured ones. The set-up the engine is told (serving stack, tensor
parallelism, attention data-parallelism, KV-cache format, output-length spread, latency
limits) comes from explicit columns where a file has them, else from the framework and
notes text (`setup_of`).

All rows are predicted together: one scenario is resolved per row (catalog look-ups),
the columns are stacked, and `core.benchmark_kinds.predict_kinds` answers every row in a
few array calls.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from core.benchmark_kinds import KINDS, predict_kinds
from core.catalog import Calibration, load_calibration, load_catalog, read_resource_text
from core.errors import ScenarioError
from core.inputs import Columns, accelerator_of, compute_rate, resolve
from core.scenario import Scenario
from core.scenario_io import default_scenario

MEASURED_COLUMNS = ("measured_output_tokens_per_s", "measured_ttft_ms", "measured_tpot_ms")
REQUIRED_COLUMNS = (
    "id", "gpu", "gpu_count", "model", "weight_precision", "input_tokens", "output_tokens",
    "concurrency", "kind",
)
WITHIN_BAND = 0.30  # the share of points within +-30% is reported


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


@dataclass(frozen=True)
class ValidationPoint:
    id: str
    description: str
    measured_output_tokens_per_s: float
    predicted_output_tokens_per_s: float | None
    measured_time_per_output_token_s: float | None
    predicted_time_per_output_token_s: float | None
    measured_time_to_first_token_s: float | None
    predicted_time_to_first_token_s: float | None
    source: str
    kind: str = ""
    source_group: str = ""
    error: str | None = None
    predicted_output_tokens_per_s_p10: float | None = None
    predicted_output_tokens_per_s_p90: float | None = None

    @property
    def error_fraction(self) -> float | None:
        if self.predicted_output_tokens_per_s is None or not self.measured_output_tokens_per_s:
            return None
        return self.predicted_output_tokens_per_s / self.measured_output_tokens_per_s - 1.0


# ---------------------------------------------------------------- reading rows


def read_measurements(text: str) -> list[dict[str, str]]:
    """Rows of a measurements CSV (checked for the set-up columns)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [name for name in REQUIRED_COLUMNS if name not in (reader.fieldnames or [])]
    if missing:
        raise ScenarioError(f"the measurements file lacks the column(s) {', '.join(missing)}")
    return [dict(row) for row in reader]


@cache
def _latency_limits() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_resource_text("validation", "latency-limits.json"))
    return data


def _text(row: Mapping[str, str], name: str) -> str:
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
    ttft, tpot = _text(row, "ttft_limit_ms"), _text(row, "tpot_limit_ms")
    if ttft or tpot:
        return (float(ttft) if ttft else None), (float(tpot) if tpot else None)
    if kind != "server":
        return None, None
    notes = _text(row, "notes")
    found = re.search(r"TTFT p99\s*<=\s*([\d.]+)\s*(ms|s)\b.*?TPOT p99\s*<=\s*([\d.]+)\s*ms", notes)
    if found:
        scale = 1000.0 if found.group(2) == "s" else 1.0
        return float(found.group(1)) * scale, float(found.group(3))
    if "mlperf" in notes.lower() or "mlperf" in _text(row, "source").lower():
        table = "mlperf-interactive" if "interactive" in notes.lower() else "mlperf-server"
        pair = _latency_limits()[table].get(_text(row, "model"))
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


def setup_of(row: Mapping[str, str]) -> RowSetup:
    """The set-up of one row, from explicit columns or the framework and notes text."""
    framework = _text(row, "framework")
    notes = _text(row, "notes")
    kind = _text(row, "kind") or "closed-loop"
    if kind not in KINDS:
        raise ScenarioError(f"kind '{kind}' is not one of {', '.join(KINDS)}")
    gpu_count = int(float(_text(row, "gpu_count") or 0))
    stack = _text(row, "serving_stack") or stack_of(framework)
    tp_text = _text(row, "tensor_parallel")
    tensor_parallel: int | str = (
        (tp_text if tp_text == "auto" else int(tp_text)) if tp_text else _parallel_of(framework, gpu_count)
    )
    pp_text = _text(row, "pipeline_parallel")
    pipeline = int(pp_text) if pp_text else _pipeline_of(framework)
    adp_text = _text(row, "attention_data_parallel")
    lower = (framework + " " + notes).lower()
    adp = (adp_text.lower() in ("1", "true", "yes")) if adp_text else bool(
        re.search(r"attention-dp|dp-attention|dp attention|dp\d+ attention", lower)
    )
    weight = _text(row, "weight_precision")
    kv = _text(row, "kv_cache_precision")
    if not kv:
        eight_bit = weight in ("fp8", "fp4")
        mlperf_or_trt = "mlperf" in _text(row, "source").lower() or stack == "tensorrt-llm"
        kv = "fp8" if ("fp8 kv" in lower or (eight_bit and mlperf_or_trt)) else (
            weight if weight in ("bf16", "fp16") else "bf16"
        )
    lengths = _text(row, "output_lengths") or ("variable" if "sharegpt" in lower else "fixed")
    ttft_limit, tpot_limit = _limits(row, kind)
    concurrency = _text(row, "concurrency")
    requests = 0.0 if concurrency in ("", "max") else float(concurrency)
    return RowSetup(
        id=_text(row, "id"),
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
        source_group=source_group(_text(row, "source")),
        description=(
            f"{gpu_count}×{_text(row, 'gpu')} {_text(row, 'model')} {weight} "
            f"{_text(row, 'input_tokens')}/{_text(row, 'output_tokens')} c={concurrency or 'max'} {stack} {kind}"
        ),
    )


def scenario_for(row: Mapping[str, str], base: Scenario, setup: RowSetup | None = None) -> Scenario:
    setup = setup or setup_of(row)
    concurrency: int | str = "max" if setup.requests == 0 else max(1, int(setup.requests))
    return base.updated(
        {
            "name": f"validation {setup.id}",
            "hardware.accelerator_id": _text(row, "gpu"),
            "hardware.accelerator_count": int(float(_text(row, "gpu_count"))),
            "model.model_id": _text(row, "model"),
            "model.weight_precision": _text(row, "weight_precision"),
            "model.kv_cache_precision": setup.kv_cache_precision,
            "workload.calls_per_case": 1,
            "workload.input_tokens_per_call": max(1, int(float(_text(row, "input_tokens")))),
            "workload.output_tokens_per_call": max(1, int(float(_text(row, "output_tokens")))),
            "workload.concurrency": concurrency,
            "serving.serving_stack": setup.serving_stack,
            "serving.tensor_parallel": setup.tensor_parallel,
        }
    )


# ---------------------------------------------------------------- columns for all rows


@dataclass
class PreparedRows:
    """Stacked engine columns of the rows that resolved, with what the fit needs per row."""

    rows: list[dict[str, str]]
    setups: list[RowSetup | None]
    errors: list[str | None]
    index: np.ndarray  # positions (in rows) of the resolved rows
    columns: Columns
    kind: np.ndarray
    requests: np.ndarray
    ttft_limit_s: np.ndarray
    tpot_limit_s: np.ndarray
    variable_lengths: np.ndarray
    stack: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)
    rate: list[str] = field(default_factory=list)
    model_class: list[str] = field(default_factory=list)


def model_class_of(model_id: str) -> str:
    spec = load_catalog().models.get(model_id)
    if spec is None:
        return "unknown"
    if spec.attention == "mla":
        return "mla"
    return "moe" if spec.architecture == "moe" else "dense"


def prepare(rows: Sequence[Mapping[str, str]]) -> PreparedRows:
    base = default_scenario()
    setups: list[RowSetup | None] = []
    errors: list[str | None] = []
    resolved: list[Columns] = []
    index: list[int] = []
    stacks, families, rates, classes = [], [], [], []
    for position, row in enumerate(rows):
        try:
            setup = setup_of(row)
            scenario = scenario_for(row, base, setup)
            columns = resolve(scenario)
        except (ScenarioError, ValueError) as error:
            setups.append(None)
            errors.append(_sentence(error))
            continue
        columns["attention_data_parallel"] = 1.0 if setup.attention_data_parallel else 0.0
        columns["pipeline_parallel"] = float(setup.pipeline_parallel)
        setups.append(setup)
        errors.append(None)
        resolved.append(columns)
        index.append(position)
        accelerator = accelerator_of(scenario)
        stacks.append(setup.serving_stack)
        families.append(accelerator.family)
        rates.append(compute_rate(accelerator, scenario.model.weight_precision)[0])
        classes.append(model_class_of(scenario.model.model_id or ""))
    names = list(resolved[0]) if resolved else []
    columns = {name: np.array([float(c[name]) for c in resolved]) for name in names}
    kept = [s for s in setups if s is not None]
    return PreparedRows(
        rows=[dict(r) for r in rows],
        setups=setups,
        errors=errors,
        index=np.array(index, dtype=int),
        columns=columns,
        kind=np.array([KINDS.index(s.kind) for s in kept], dtype=int),
        requests=np.array([s.requests for s in kept]),
        ttft_limit_s=np.array([s.ttft_limit_ms / 1000.0 if s.ttft_limit_ms else np.inf for s in kept]),
        tpot_limit_s=np.array([s.tpot_limit_ms / 1000.0 if s.tpot_limit_ms else np.inf for s in kept]),
        variable_lengths=np.array([s.output_lengths == "variable" for s in kept]),
        stack=stacks,
        family=families,
        rate=rates,
        model_class=classes,
    )


def _sentence(error: Exception) -> str:
    text = str(error).split("\n")[0].strip()
    text = text[0].upper() + text[1:] if text else "This row cannot be predicted"
    return text if text.endswith(".") else text + "."


def predict_prepared(prepared: PreparedRows, calibration: Calibration | None = None) -> dict[str, np.ndarray]:
    """Predictions for the resolved rows (arrays aligned with `prepared.index`)."""
    calibration = calibration or load_calibration()
    mechanisms = calibration.mechanisms
    if prepared.index.size == 0:
        empty = np.zeros(0)
        return {"output_tokens_per_s": empty, "time_to_first_token_s": empty, "time_per_output_token_s": empty,
                "fits": empty.astype(bool)}
    longest = np.where(prepared.variable_lengths, mechanisms.burst_longest_over_mean_output, 1.0)
    with np.errstate(all="ignore"):  # rows that do not fit give NaN, reported as errors
        return predict_kinds(
            prepared.columns,
            prepared.kind,
            prepared.requests,
            prepared.ttft_limit_s,
            prepared.tpot_limit_s,
            longest,
            mechanisms.server_p99_over_mean,
        )


# ---------------------------------------------------------------- points and summary


def _optional_float(text: str | None, scale: float = 1.0) -> float | None:
    if text is None or not str(text).strip():
        return None
    try:
        value = float(text) * scale
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def points_of(prepared: PreparedRows, predicted: Mapping[str, np.ndarray]) -> list[ValidationPoint]:
    from core.uncertainty import throughput_band  # late: uncertainty reads validation data

    slot = {int(position): i for i, position in enumerate(prepared.index)}
    points = []
    for position, row in enumerate(prepared.rows):
        setup = prepared.setups[position]
        i = slot.get(position)
        tokens = ttft = tpot = None
        error = prepared.errors[position]
        if i is not None:
            tokens = _finite(predicted["output_tokens_per_s"][i])
            ttft = _finite(predicted["time_to_first_token_s"][i])
            tpot = _finite(predicted["time_per_output_token_s"][i])
            if tokens is None and error is None:
                error = "The model does not fit in this system's memory as set up."
        band: tuple[float | None, float | None] = (None, None)
        if tokens is not None and setup is not None:
            band = throughput_band(tokens, setup.kind, prepared.family[i or 0], prepared.model_class[i or 0])
        points.append(
            ValidationPoint(
                id=_text(row, "id"),
                description=setup.description if setup else _text(row, "id"),
                measured_output_tokens_per_s=_optional_float(row.get("measured_output_tokens_per_s")) or 0.0,
                predicted_output_tokens_per_s=tokens,
                measured_time_per_output_token_s=_optional_float(row.get("measured_tpot_ms"), 1e-3),
                predicted_time_per_output_token_s=tpot,
                measured_time_to_first_token_s=_optional_float(row.get("measured_ttft_ms"), 1e-3),
                predicted_time_to_first_token_s=ttft,
                source=_text(row, "source"),
                kind=setup.kind if setup else _text(row, "kind"),
                source_group=setup.source_group if setup else source_group(_text(row, "source")),
                error=error,
                predicted_output_tokens_per_s_p10=band[0],
                predicted_output_tokens_per_s_p90=band[1],
            )
        )
    return points


@cache
def _builtin_text() -> str:
    return read_resource_text("validation", "measurements.csv")


def run_validation(text: str | None = None) -> list[ValidationPoint]:
    """Predict every row of a measurements file (default: the shipped one)."""
    rows = read_measurements(_builtin_text() if text is None else text)
    prepared = prepare(rows)
    return points_of(prepared, predict_prepared(prepared))


def _ape(pairs: Iterable[tuple[float | None, float | None]]) -> list[float]:
    return [abs(p / m - 1.0) for p, m in pairs if p is not None and m]


def median_absolute_error(points: list[ValidationPoint]) -> float:
    """Median |predicted/measured - 1| of output tokens/s; a point without a prediction counts as 100%."""
    errors = [abs(p.error_fraction) if p.error_fraction is not None else 1.0 for p in points]
    return statistics.median(errors) if errors else math.nan


def error_figures(points: Sequence[ValidationPoint]) -> dict[str, Any]:
    """Median absolute errors of throughput, TPOT and TTFT, the share within +-30%, and the
    number of points (a point without a prediction counts as 100% off)."""
    throughput = [abs(p.error_fraction) if p.error_fraction is not None else 1.0 for p in points]
    tpot = _ape((p.predicted_time_per_output_token_s, p.measured_time_per_output_token_s) for p in points)
    ttft = _ape((p.predicted_time_to_first_token_s, p.measured_time_to_first_token_s) for p in points)
    return {
        "points": len(points),
        "median_ape": _median(throughput),
        "within_30_percent_share": (
            sum(e <= WITHIN_BAND for e in throughput) / len(throughput) if throughput else None
        ),
        "tpot_median_ape": _median(tpot),
        "tpot_points": len(tpot),
        "ttft_median_ape": _median(ttft),
        "ttft_points": len(ttft),
    }


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summary_of(points: Sequence[ValidationPoint], builtin: bool) -> dict[str, Any]:
    """In-sample figures of these points, per kind, and (for the shipped file) the
    leave-one-source-out figures stored by `python -m core.calibrate`."""
    overall = error_figures(points)
    summary: dict[str, Any] = {
        **overall,
        "unpredicted": sum(p.predicted_output_tokens_per_s is None for p in points),
        "per_kind": {
            kind: error_figures([p for p in points if p.kind == kind])
            for kind in KINDS
            if any(p.kind == kind for p in points)
        },
    }
    report = _fit_report() if builtin else None
    if report:
        loso = report.get("leave_one_source_out", {})
        summary["median_ape_cross_validated"] = loso.get("median_ape")
        summary["within_30_percent_share_cross_validated"] = loso.get("within_30_percent_share")
        summary["tpot_median_ape_cross_validated"] = loso.get("tpot_median_ape")
        summary["ttft_median_ape_cross_validated"] = loso.get("ttft_median_ape")
        summary["cross_validated"] = loso
        summary["band_coverage_cross_validated"] = report.get("band_coverage_cross_validated")
        summary["calibration_fitted_on"] = report.get("fitted_on")
    else:
        summary["median_ape_cross_validated"] = None
        summary["cross_validated_note"] = (
            "Cross-validated figures exist for the shipped measurements only (python -m core.calibrate)."
        )
    return summary


@cache
def _fit_report() -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(read_resource_text("calibration", "fit-report.json"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    return data
