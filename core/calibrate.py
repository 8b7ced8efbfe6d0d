"""Fit the engine's few physical parameters to the published measurements.

    python -m core.calibrate [--folds N] [--dry-run]

What is fitted (nothing per point or per model):
- per serving stack: the share of peak bandwidth its weight streaming reaches, the share
  of peak FLOPS its GEMMs reach, its per-layer launch/synchronisation time and its
  request overhead (API server, tokeniser);
- per accelerator family (Hopper is the reference, fixed at 1): a bandwidth and a compute
  multiplier;
- per weight format (bf16 is the reference): a compute multiplier;
- the global mechanism constants: the expert-GEMM half-saturation tokens, the extra
  time per MoE layer, the p99/mean latency ratio under Poisson load, and the longest
  over the mean answer of a ShareGPT burst.

Loss: Huber (delta 0.3, i.e. about the ±30% band) on log(predicted/measured) of output tokens/s (weight 1), TPOT
(0.7) and TTFT (0.5) where measured, plus a Gaussian prior on each parameter's log
around its sourced starting value (so a family with two points moves only as far as
they insist). Solved by Levenberg-Marquardt on iteratively reweighted least squares,
numpy only, with forward-difference Jacobians; each prediction is one vectorized pass
over all rows.

Then leave-one-source-out: every source (an MLPerf submitter's round, one page or data
file) is held out in turn, the fit is redone on the rest and the held-out rows are
predicted. Those residuals give the honest error figures and the P10-P90 bands.

Writes resources/calibration/efficiency.json (fitted values), fit-report.json (figures,
parameters, per-row residuals) and uncertainty.json (band quantiles).
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.benchmark_kinds import KINDS, predict_kinds
from core.catalog import Calibration, load_calibration, read_resource_text
from core.validation import (
    PreparedRows,
    ValidationPoint,
    _builtin_text,
    error_figures,
    prepare,
    read_measurements,
)

_DEBUG = False
HUBER_DELTA = 0.3
FOLD_ITERATIONS = 12  # each held-out refit starts from the full fit
WEIGHTS = {"output_tokens_per_s": 1.0, "time_per_output_token_s": 0.7, "time_to_first_token_s": 0.5}
REFERENCE_FAMILY = "hopper"
REFERENCE_FORMATS = ("bf16", "fp16")
MISSING_RESIDUAL = 1.0  # a row the engine cannot answer counts as a factor e off
OUTPUT_NAMES = tuple(WEIGHTS)
MEASURED = {
    "output_tokens_per_s": ("measured_output_tokens_per_s", 1.0),
    "time_per_output_token_s": ("measured_tpot_ms", 1e-3),
    "time_to_first_token_s": ("measured_ttft_ms", 1e-3),
}


@dataclass(frozen=True)
class Parameter:
    name: str
    start: float  # sourced starting value (also the prior's centre)
    prior_sigma_log: float
    upper: float = math.inf
    offset: float = 0.0  # value = offset + exp(theta): for ratios that cannot go below 1

    def to_theta(self, value: float) -> float:
        return math.log(max(value - self.offset, 1e-12))

    def value(self, theta: float) -> float:
        return min(self.offset + math.exp(theta), self.upper)


def _rows_setup(prepared: PreparedRows, calibration: Calibration) -> dict[str, Any]:
    kept = [prepared.rows[i] for i in prepared.index]
    factors = calibration.precision_compute_factors
    formats = [
        row["weight_precision"] if row["weight_precision"] in factors else rate
        for row, rate in zip(kept, prepared.rate, strict=True)
    ]
    measured = {}
    for name, (column, scale) in MEASURED.items():
        values = []
        for row in kept:
            text = (row.get(column) or "").strip()
            values.append(float(text) * scale if text else math.nan)
        measured[name] = np.array(values)
    return {"formats": formats, "measured": measured}


def parameters_of(calibration: Calibration, prepared: PreparedRows, formats: Sequence[str]) -> list[Parameter]:
    params: list[Parameter] = []
    mech = calibration.mechanisms
    for stack_id in sorted(set(prepared.stack)):
        stack = calibration.stacks[stack_id]
        params += [
            Parameter(f"stack.{stack_id}.bandwidth_efficiency", stack.bandwidth_efficiency, 0.3, upper=1.0),
            Parameter(f"stack.{stack_id}.kv_cache_bandwidth_efficiency", stack.kv_cache_bandwidth_efficiency, 0.5,
                      upper=1.0),
            Parameter(f"stack.{stack_id}.decode_compute_efficiency", stack.decode_compute_efficiency, 0.4, upper=1.0),
            Parameter(f"stack.{stack_id}.prefill_compute_efficiency", stack.prefill_compute_efficiency, 0.5,
                      upper=1.0),
            Parameter(f"stack.{stack_id}.per_layer_overhead_s", max(stack.per_layer_overhead_s, 1e-6), 1.0),
            Parameter(f"stack.{stack_id}.request_overhead_s", max(stack.request_overhead_s, 1e-3), 1.0),
            Parameter(f"stack.{stack_id}.expert_gemm_efficiency",
                      stack.expert_gemm_efficiency or mech.expert_gemm_efficiency, 0.5, upper=1.5),
        ]
    for family in sorted(set(prepared.family) - {REFERENCE_FAMILY}):
        factors = calibration.family_factors.get(family)
        params += [
            Parameter(f"family.{family}.bandwidth", factors.bandwidth if factors else 1.0, 0.3, upper=2.0),
            Parameter(f"family.{family}.compute", factors.compute if factors else 1.0, 0.4, upper=2.0),
        ]
    for fmt in sorted(set(formats) - set(REFERENCE_FORMATS)):
        params.append(
            Parameter(f"format.{fmt}", calibration.precision_compute_factors.get(fmt, 1.0), 0.3, upper=1.5)
        )
    mech = calibration.mechanisms
    params += [
        Parameter("mechanisms.gemm_tile_tokens", max(mech.gemm_tile_tokens, 1.0), 1.0),
        Parameter("mechanisms.expert_gemm_tile_tokens", max(mech.expert_gemm_tile_tokens, 1.0), 1.0),
        Parameter("mechanisms.moe_layer_overhead_s", max(mech.moe_layer_overhead_s, 1e-6), 1.0),
        Parameter("mechanisms.server_p99_over_mean", max(mech.server_p99_over_mean, 1.01), 1.0, offset=1.0),
        Parameter(
            "mechanisms.burst_longest_over_mean_output", max(mech.burst_longest_over_mean_output, 1.01), 1.0,
            offset=1.0,
        ),
        Parameter("mechanisms.pcie_allreduce_latency_s", max(mech.pcie_allreduce_latency_s, 1e-6), 1.0),
    ]
    return params


def _priors() -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(read_resource_text("calibration", "priors.json"))["parameters"]
    except (FileNotFoundError, OSError, ValueError, KeyError):
        return {}
    return data


def _with_priors(params: list[Parameter]) -> list[Parameter]:
    """Starts and prior widths from priors.json (the fit's output never feeds its prior)."""
    priors = _priors()
    out = []
    for p in params:
        entry = priors.get(p.name)
        if entry:
            p = Parameter(p.name, float(entry["start"]), float(entry["sigma_log"]), p.upper, p.offset)
        out.append(p)
    return out


class Model:
    """Predictions of the prepared rows as a function of the parameter vector."""

    def __init__(self, prepared: PreparedRows, calibration: Calibration) -> None:
        self.prepared = prepared
        self.calibration = calibration
        setup = _rows_setup(prepared, calibration)
        self.formats: list[str] = setup["formats"]
        self.measured: dict[str, np.ndarray] = setup["measured"]
        self.params = _with_priors(parameters_of(calibration, prepared, self.formats))
        self.index = {p.name: i for i, p in enumerate(self.params)}
        self.theta0 = np.array([p.to_theta(p.start) for p in self.params])
        self.stack = np.array(prepared.stack)
        self.burst_variable = (prepared.kind == KINDS.index("burst")) & prepared.variable_lengths
        self.family = np.array(prepared.family)
        self.format = np.array(self.formats)

    def values(self, theta: np.ndarray) -> dict[str, float]:
        return {p.name: p.value(float(t)) for p, t in zip(self.params, theta, strict=True)}

    def _per_row(self, values: dict[str, float], kind: str, keys: np.ndarray, field: str, default: float) -> np.ndarray:
        out = np.full(keys.shape, default)
        for key in np.unique(keys):
            name = f"{kind}.{key}.{field}" if field else f"{kind}.{key}"
            if name in values:
                out[keys == key] = values[name]
        return out

    def columns(self, theta: np.ndarray) -> tuple[dict[str, Any], dict[str, float]]:
        v = self.values(theta)
        c = dict(self.prepared.columns)
        bw = self._per_row(v, "stack", self.stack, "bandwidth_efficiency", 0.8)
        kv = self._per_row(v, "stack", self.stack, "kv_cache_bandwidth_efficiency", 0.5)
        dc = self._per_row(v, "stack", self.stack, "decode_compute_efficiency", 0.45)
        pc = self._per_row(v, "stack", self.stack, "prefill_compute_efficiency", 0.5)
        family_bw = self._per_row(v, "family", self.family, "bandwidth", 1.0)
        family_c = self._per_row(v, "family", self.family, "compute", 1.0)
        fmt = self._per_row(v, "format", self.format, "", 1.0)
        c["bandwidth_efficiency"] = np.minimum(1.0, bw * family_bw)
        c["kv_cache_bandwidth_efficiency"] = np.minimum(1.0, kv * family_bw)
        c["decode_compute_efficiency"] = np.minimum(1.0, dc * family_c * fmt)
        c["prefill_compute_efficiency"] = np.minimum(1.0, pc * family_c * fmt)
        c["per_layer_overhead_s"] = self._per_row(v, "stack", self.stack, "per_layer_overhead_s", 1e-5)
        c["request_overhead_s"] = self._per_row(v, "stack", self.stack, "request_overhead_s", 0.03)
        c["expert_gemm_efficiency"] = self._per_row(v, "stack", self.stack, "expert_gemm_efficiency", 0.7)
        for name in ("gemm_tile_tokens", "expert_gemm_tile_tokens", "moe_layer_overhead_s",
                     "pcie_allreduce_latency_s"):
            c[name] = np.full(self.stack.shape, v[f"mechanisms.{name}"])
        return c, v

    def predict(self, theta: np.ndarray) -> dict[str, np.ndarray]:
        c, v = self.columns(theta)
        longest = np.where(self.prepared.variable_lengths, v["mechanisms.burst_longest_over_mean_output"], 1.0)
        with np.errstate(all="ignore"):
            return predict_kinds(
                c, self.prepared.kind, self.prepared.requests, self.prepared.ttft_limit_s,
                self.prepared.tpot_limit_s, longest, v["mechanisms.server_p99_over_mean"],
            )

    def log_ratios(self, theta: np.ndarray) -> dict[str, np.ndarray]:
        predicted = self.predict(theta)
        out = {}
        for name in OUTPUT_NAMES:
            with np.errstate(all="ignore"):
                out[name] = np.log(predicted[name] / self.measured[name])
        return out

    def residual_vector(self, theta: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Weighted residuals of the chosen rows (missing predictions as a fixed penalty)
        and a mask of the entries that hold a measurement."""
        ratios = self.log_ratios(theta)
        parts, masks = [], []
        for name in OUTPUT_NAMES:
            r = ratios[name][rows]
            has = np.isfinite(self.measured[name][rows])
            if name == "time_per_output_token_s":
                # A burst of variable-length answers reports the mean over requests of
                # (latency - TTFT)/(tokens - 1): short answers that waited make it
                # meaningless as a step time, so those TPOTs are not fitted (still reported).
                has &= ~self.burst_variable[rows]
            r = np.where(has & ~np.isfinite(r), MISSING_RESIDUAL, r)
            parts.append(np.where(has, r, 0.0) * WEIGHTS[name])
            masks.append(has)
        return np.concatenate(parts), np.concatenate(masks)


def fit(model: Model, rows: np.ndarray, theta_start: np.ndarray, iterations: int = 30) -> np.ndarray:
    """Levenberg-Marquardt on Huber-reweighted residuals plus the prior."""
    sigma = np.array([p.prior_sigma_log for p in model.params])
    upper = np.array([p.to_theta(p.upper) if math.isfinite(p.upper) else np.inf for p in model.params])

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        r, mask = model.residual_vector(theta, rows)
        a = np.abs(r)
        loss = np.where(a <= HUBER_DELTA, 0.5 * r**2, HUBER_DELTA * (a - 0.5 * HUBER_DELTA))
        prior = (theta - model.theta0) / sigma
        return float(loss[mask].sum() + 0.5 * (prior**2).sum()), r, mask

    theta: np.ndarray = np.minimum(theta_start.copy(), upper)
    damping = 1e-2
    value, r, mask = objective(theta)
    step_size = 1e-3
    for _ in range(iterations):
        weights = np.where(np.abs(r) <= HUBER_DELTA, 1.0, HUBER_DELTA / np.maximum(np.abs(r), 1e-12)) * mask
        jac = np.empty((r.size, theta.size))
        for j in range(theta.size):
            bumped = theta.copy()
            bumped[j] += step_size
            jac[:, j] = (model.residual_vector(bumped, rows)[0] - r) / step_size
        sw = np.sqrt(weights)
        a_rows = np.vstack([jac * sw[:, None], np.diag(1.0 / sigma)])
        b_rows = np.concatenate([r * sw, (theta - model.theta0) / sigma])
        normal = a_rows.T @ a_rows
        gradient = a_rows.T @ b_rows
        improved = False
        for _attempt in range(8):
            step = np.linalg.solve(normal + damping * np.diag(np.diag(normal) + 1e-9), -gradient)
            candidate = np.minimum(theta + step, upper)
            new_value, new_r, new_mask = objective(candidate)
            if new_value < value:
                theta, value, r, mask = candidate, new_value, new_r, new_mask
                damping = max(damping / 3.0, 1e-6)
                improved = True
                break
            damping *= 4.0
        if _DEBUG:
            state = "improved" if improved else "stuck"
            print("  fit:", round(value, 4), state, f"damping {damping:.2g}", file=sys.stderr)
        if not improved or np.max(np.abs(step)) < 1e-4:
            break
    return theta


def _groups(prepared: PreparedRows) -> np.ndarray:
    groups: np.ndarray = np.array([setup.source_group for setup in prepared.setups if setup is not None])
    return groups


def _points(model: Model, predicted: dict[str, np.ndarray]) -> list[ValidationPoint]:
    points = []
    for slot, position in enumerate(model.prepared.index):
        row = model.prepared.rows[position]
        setup = model.prepared.setups[position]
        assert setup is not None

        def value(name: str, i: int = slot) -> float | None:
            x = float(predicted[name][i])
            return x if math.isfinite(x) else None

        def measured(name: str, i: int = slot) -> float | None:
            x = float(model.measured[name][i])
            return x if math.isfinite(x) else None

        points.append(
            ValidationPoint(
                id=row["id"], description=setup.description,
                measured_output_tokens_per_s=measured("output_tokens_per_s") or 0.0,
                predicted_output_tokens_per_s=value("output_tokens_per_s"),
                measured_time_per_output_token_s=measured("time_per_output_token_s"),
                predicted_time_per_output_token_s=value("time_per_output_token_s"),
                measured_time_to_first_token_s=measured("time_to_first_token_s"),
                predicted_time_to_first_token_s=value("time_to_first_token_s"),
                source=row.get("source", ""), kind=setup.kind, source_group=setup.source_group,
            )
        )
    return points


def figures_by_kind(points: list[ValidationPoint]) -> dict[str, Any]:
    return {
        **error_figures(points),
        "per_kind": {
            k: error_figures([p for p in points if p.kind == k]) for k in KINDS if any(p.kind == k for p in points)
        },
    }


def band_quantiles(points: list[ValidationPoint]) -> dict[str, dict[str, list[float]]]:
    """10th/90th percentiles of log(predicted/measured) per kind and output ('all' pooled).
    A kind with fewer than 8 residuals for an output uses the pooled figures."""

    def logs(subset: list[ValidationPoint], name: str) -> list[float]:
        values = []
        for p in subset:
            pair = {
                "output_tokens_per_s": (p.predicted_output_tokens_per_s, p.measured_output_tokens_per_s),
                "time_per_output_token_s": (p.predicted_time_per_output_token_s, p.measured_time_per_output_token_s),
                "time_to_first_token_s": (p.predicted_time_to_first_token_s, p.measured_time_to_first_token_s),
            }[name]
            if pair[0] and pair[1]:
                values.append(math.log(pair[0] / pair[1]))
        return values

    table: dict[str, dict[str, list[float]]] = {"all": {}}
    for name in OUTPUT_NAMES:
        pooled = logs(points, name)
        if pooled:
            table["all"][name] = [float(np.quantile(pooled, 0.1)), float(np.quantile(pooled, 0.9))]
    for kind in KINDS:
        subset = [p for p in points if p.kind == kind]
        table[kind] = {}
        for name in OUTPUT_NAMES:
            values = logs(subset, name)
            if len(values) >= 8:
                table[kind][name] = [float(np.quantile(values, 0.1)), float(np.quantile(values, 0.9))]
    return table


def coverage(points: list[ValidationPoint], quantiles: dict[str, dict[str, list[float]]]) -> dict[str, Any]:
    """Share of measured throughputs inside the band built from the given quantiles."""
    inside = total = 0
    for p in points:
        if not p.predicted_output_tokens_per_s or not p.measured_output_tokens_per_s:
            continue
        pair = quantiles.get(p.kind, {}).get("output_tokens_per_s") or quantiles["all"]["output_tokens_per_s"]
        low = p.predicted_output_tokens_per_s / math.exp(pair[1])
        high = p.predicted_output_tokens_per_s / math.exp(pair[0])
        total += 1
        inside += low <= p.measured_output_tokens_per_s <= high
    return {"share_inside": inside / total if total else None, "points": total}


def thin_data_widening(model: Model, points: list[ValidationPoint]) -> dict[str, Any]:
    """How much larger held-out errors are where no other source covers a row's accelerator
    family or model class (what a user sees for hardware without measurements): the ratio
    of median |log error| of those rows to the others', at least 1."""
    position = {model.prepared.rows[pos]["id"]: i for i, pos in enumerate(model.prepared.index)}
    groups = _groups(model.prepared)
    thin: list[float] = []
    rich: list[float] = []
    for p in points:
        i = position[p.id]
        if p.error_fraction is None or p.error_fraction <= -1:
            continue
        others = groups != groups[i]
        family_elsewhere = bool(np.any(others & (np.array(model.prepared.family) == model.prepared.family[i])))
        class_elsewhere = bool(np.any(others & (np.array(model.prepared.model_class) == model.prepared.model_class[i])))
        error = abs(math.log1p(p.error_fraction))
        (rich if family_elsewhere and class_elsewhere else thin).append(error)
    ratio = float(np.median(thin) / np.median(rich)) if thin and rich else 1.5
    return {"factor": round(max(1.0, ratio), 1), "thin_rows": len(thin), "other_rows": len(rich)}


def _nested_coverage(points: list[ValidationPoint]) -> dict[str, Any]:
    """Coverage of held-out bands: each source's rows are checked against quantiles built
    from the other sources' held-out residuals only."""
    inside = total = 0
    for group in sorted({p.source_group for p in points}):
        others = [p for p in points if p.source_group != group]
        mine = [p for p in points if p.source_group == group]
        if not others:
            continue
        result = coverage(mine, band_quantiles(others))
        if result["points"]:
            total += result["points"]
            inside += round(result["share_inside"] * result["points"])
    return {"share_inside": inside / total if total else None, "points": total}


def run(folds: int | None = None, progress: bool = True) -> dict[str, Any]:
    calibration = load_calibration()
    prepared = prepare(read_measurements(_builtin_text()))
    model = Model(prepared, calibration)
    everything = np.arange(prepared.index.size)
    theta = fit(model, everything, model.theta0)
    in_sample_points = _points(model, model.predict(theta))

    groups = _groups(prepared)
    names = sorted(set(groups), key=lambda g: -int((groups == g).sum()))
    if folds is not None:
        names = names[:folds]
    held: dict[str, np.ndarray] = {name: np.full(everything.size, np.nan) for name in OUTPUT_NAMES}
    held_fold = np.full(everything.size, -1)
    for number, name in enumerate(names):
        test = groups == name
        fold_theta = fit(model, everything[~test], theta, iterations=FOLD_ITERATIONS)
        predicted = model.predict(fold_theta)
        for output in OUTPUT_NAMES:
            held[output][test] = predicted[output][test]
        held_fold[test] = number
        if progress:
            print(f"  fold {number + 1}/{len(names)}: {name[:70]} ({int(test.sum())} rows)", file=sys.stderr)
    covered = held_fold >= 0
    loso_points = [p for p, keep in zip(_points(model, held), covered, strict=True) if keep]
    quantiles = band_quantiles(loso_points or in_sample_points)
    variable_burst = [bool(b) for b, keep in zip(model.burst_variable, covered, strict=True) if keep]
    steady_tpot = [not b for b in variable_burst]
    report = {
        "format": "inferonomics-fit-report",
        "version": 1,
        "fitted_on": datetime.date.today().isoformat(),
        "method": "Huber (delta 0.3) on log(predicted/measured), Levenberg-Marquardt, "
        "Gaussian prior on log parameters; "
        "leave-one-source-out: each source's rows held out of a refit and predicted",
        "rows": int(everything.size),
        "sources": len(set(groups)),
        "sources_held_out": len(names),
        "in_sample": figures_by_kind(in_sample_points),
        "leave_one_source_out": figures_by_kind(loso_points) if loso_points else {},
        "leave_one_source_out_tpot_without_variable_bursts": error_figures(
            [p for p, keep in zip(loso_points, steady_tpot, strict=True) if keep]
        )["tpot_median_ape"] if loso_points else None,
        "thin_data_widening": thin_data_widening(model, loso_points) if loso_points else None,
        "band_coverage_cross_validated": _nested_coverage(loso_points),
        "band_coverage_on_own_residuals": coverage(loso_points, quantiles),
        "parameters": {
            p.name: {"start": p.start, "fitted": model.values(theta)[p.name]} for p in model.params
        },
        "residuals": [
            {
                "id": p.id, "kind": p.kind, "source": p.source_group,
                "in_sample_percent_error": _percent(p.error_fraction),
                "cross_validated_percent_error": _percent(q.error_fraction),
                "cross_validated_tpot_percent_error": _percent(_ratio(q.predicted_time_per_output_token_s,
                                                                      q.measured_time_per_output_token_s)),
                "cross_validated_ttft_percent_error": _percent(_ratio(q.predicted_time_to_first_token_s,
                                                                      q.measured_time_to_first_token_s)),
            }
            for p, q in zip(
                [p for p, keep in zip(in_sample_points, covered, strict=True) if keep], loso_points, strict=True
            )
        ],
    }
    return {"report": report, "quantiles": quantiles, "values": model.values(theta), "model": model,
            "families": sorted(set(prepared.family)), "classes": sorted(set(prepared.model_class))}


def _ratio(predicted: float | None, measured: float | None) -> float | None:
    return predicted / measured - 1.0 if predicted and measured else None


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else round(fraction * 100, 1)


def write(result: dict[str, Any], directory: Path) -> None:
    values: dict[str, float] = result["values"]
    path = directory / "efficiency.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    stamp = f"fitted by python -m core.calibrate on {result['report']['fitted_on']}"
    for name, value in values.items():
        part, *rest = name.split(".")
        if part == "stack":
            stack_id, field = rest
            stack = data["stacks"][stack_id]
            stack[field] = _round(value)
        elif part == "family":
            family, field = rest
            entry = data["family_factors"].setdefault(family, {"bandwidth": 1.0, "compute": 1.0, "why": ""})
            entry[field] = _round(value)
            if stamp not in entry.get("why", ""):
                entry["why"] = (entry.get("why", "").split(" [fitted")[0] + f" [{stamp}]").strip()
        elif part == "format":
            data["precision_compute_factors"][rest[0]] = _round(value)
        elif part == "mechanisms":
            data.setdefault("mechanisms", {})[rest[0]] = _round(value)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (directory / "fit-report.json").write_text(
        json.dumps(result["report"], indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    bands = {
        "format": "inferonomics-uncertainty",
        "version": 1,
        "why": "10th/90th percentiles of log(predicted/measured) from leave-one-source-out predictions of "
        "resources/validation/measurements.csv, per benchmark kind and output ('all': pooled). "
        "A prediction p has the range p/exp(q90) .. p/exp(q10).",
        "fitted_on": result["report"]["fitted_on"],
        "quantiles": result["quantiles"],
        "measured_families": result["families"],
        "measured_model_classes": result["classes"],
        "thin_data_widening": (result["report"].get("thin_data_widening") or {}).get("factor", 1.5),
        "thin_data_widening_why": "where no measurement covers the accelerator family or the model class, the "
        "log-range is widened by this factor: the median held-out error of rows whose family or model class no "
        "other source covers, over that of the other rows (fit-report.json thin_data_widening)",
        "band_coverage_cross_validated": result["report"]["band_coverage_cross_validated"],
    }
    (directory / "uncertainty.json").write_text(json.dumps(bands, indent=2) + "\n", encoding="utf-8")


def _round(value: float) -> float:
    return float(f"{value:.4g}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.calibrate", description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, help="hold out only the N largest sources (quick look)")
    parser.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    parser.add_argument("--verbose", action="store_true", help="print every fitted parameter")
    default = Path(__file__).resolve().parent.parent / "resources" / "calibration"
    parser.add_argument("--resources", default=str(default))
    args = parser.parse_args(argv)
    result = run(args.folds)
    report = result["report"]
    for label in ("in_sample", "leave_one_source_out"):
        figures = report[label]
        if not figures:
            continue
        print(f"{label}: median {100 * figures['median_ape']:.1f}%, "
              f"within 30% {100 * figures['within_30_percent_share']:.0f}%, "
              f"TPOT {100 * (figures['tpot_median_ape'] or 0):.1f}%, "
              f"TTFT {100 * (figures['ttft_median_ape'] or 0):.1f}%")
        for kind, f in figures["per_kind"].items():
            print(f"   {kind:<12} n={f['points']:<3} median {100 * f['median_ape']:.1f}%  "
                  f"within30 {100 * f['within_30_percent_share']:.0f}%")
    print(f"band coverage (cross-validated): {report['band_coverage_cross_validated']}")
    if args.verbose:
        for name, entry in report["parameters"].items():
            print(f"   {name:<50} {entry['start']:>10.4g} -> {entry['fitted']:.4g}")
    if not args.dry_run:
        write(result, Path(args.resources))
        print(f"wrote {args.resources}/efficiency.json, fit-report.json, uncertainty.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
