"""Leave-one-source-out cross-validation of the fit, and the P10-P90 bands built from it.

Every source (an MLPerf submitter's round, one page or data file) is held out in turn,
the fit is redone on the rest and the held-out rows are predicted. Those residuals give
the honest error figures, the band quantiles (per kind and output), their nested
coverage, and how much wider bands must be where the data is thin.
"""

from __future__ import annotations

import math
import sys
from typing import Any

import numpy as np

from core.benchmark_kinds import KINDS
from core.fit_model import OUTPUT_NAMES, Model
from core.robust_fit import fit
from core.validation import PreparedRows, ValidationPoint
from core.validation_summary import error_figures

FOLD_ITERATIONS = 12  # each held-out refit starts from the full fit


def source_groups(prepared: PreparedRows) -> np.ndarray:
    groups: np.ndarray = np.array([setup.source_group for setup in prepared.setups if setup is not None])
    return groups


def model_points(model: Model, predicted: dict[str, np.ndarray]) -> list[ValidationPoint]:
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


def thin_data_widening(model: Model, points: list[ValidationPoint], among: np.ndarray | None = None) -> dict[str, Any]:
    """How much larger held-out errors are where no other source covers a row's accelerator
    family or model class (what a user sees for hardware without measurements): the ratio
    of median |log error| of those rows to the others', at least 1. `among`: the rows whose
    sources count as coverage (default all)."""
    position = {model.prepared.rows[pos]["id"]: i for i, pos in enumerate(model.prepared.index)}
    groups = source_groups(model.prepared)
    counted = np.ones(groups.size, dtype=bool) if among is None else among
    thin: list[float] = []
    rich: list[float] = []
    for p in points:
        i = position[p.id]
        if p.error_fraction is None or p.error_fraction <= -1:
            continue
        others = (groups != groups[i]) & counted
        family_elsewhere = bool(np.any(others & (np.array(model.prepared.family) == model.prepared.family[i])))
        class_elsewhere = bool(np.any(others & (np.array(model.prepared.model_class) == model.prepared.model_class[i])))
        error = abs(math.log1p(p.error_fraction))
        (rich if family_elsewhere and class_elsewhere else thin).append(error)
    ratio = float(np.median(thin) / np.median(rich)) if thin and rich else 1.5
    return {"factor": round(max(1.0, ratio), 1), "thin_rows": len(thin), "other_rows": len(rich)}


def nested_coverage(points: list[ValidationPoint]) -> dict[str, Any]:
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


def leave_one_source_out(
    model: Model, theta: np.ndarray, folds: int | None = None, progress: bool = False
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Held-out predictions of every row (each source refitted without its rows, starting
    from the full fit `theta`), and a mask of the rows that were held out (all, unless
    `folds` limits it to the largest sources)."""
    groups = source_groups(model.prepared)
    everything = np.arange(groups.size)
    names = sorted(set(groups), key=lambda g: -int((groups == g).sum()))
    if folds is not None:
        names = names[:folds]
    held: dict[str, np.ndarray] = {name: np.full(everything.size, np.nan) for name in OUTPUT_NAMES}
    covered = np.zeros(everything.size, dtype=bool)
    for number, name in enumerate(names):
        test = groups == name
        fold_theta = fit(model, everything[~test], theta, iterations=FOLD_ITERATIONS)
        predicted = model.predict(fold_theta)
        for output in OUTPUT_NAMES:
            held[output][test] = predicted[output][test]
        covered |= test
        if progress:
            print(f"  fold {number + 1}/{len(names)}: {name[:70]} ({int(test.sum())} rows)", file=sys.stderr)
    return held, covered
