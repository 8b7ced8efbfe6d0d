"""Fit the engine's few physical parameters to published (or the user's own) measurements.

    python -m core.calibrate [--folds N] [--dry-run]

The parameters and their priors: `core.fit_model`. Loss: Huber (delta 0.3, i.e. about the
±30% band) on log(predicted/measured) of output tokens/s (weight 1), TPOT (0.7) and TTFT
(0.5) where measured, plus a Gaussian prior on each parameter's log around its sourced
starting value (so a family with two points moves only as far as they insist); solved by
`core.robust_fit`. Then leave-one-source-out (`core.cross_validation`): the honest error
figures and the P10-P90 bands.

Writes resources/calibration/efficiency.json (fitted values), fit-report.json (figures,
parameters, per-row residuals) and uncertainty.json (band quantiles). `recalibrate` fits
a user's own rows into the data of a named calibration profile (`core.calibration_profiles`).
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.catalog import load_calibration, read_resource_text
from core.cross_validation import (
    band_quantiles,
    coverage,
    figures_by_kind,
    leave_one_source_out,
    model_points,
    nested_coverage,
    source_groups,
    thin_data_widening,
)
from core.errors import ScenarioError
from core.fit_model import OUTPUT_NAMES, Model
from core.measurements import additional_measurements_text
from core.robust_fit import fit
from core.validation import ValidationPoint, builtin_measurements_text, prepare, read_measurements
from core.validation_summary import error_figures

PROFILE_ITERATIONS = 20


def run(folds: int | None = None, progress: bool = True) -> dict[str, Any]:
    """The full fit on the shipped measurements (the shared rows and the additional ones) and
    its leave-one-source-out check. The headline figures, bands and coverage are those of the
    shared rows (measurements.csv); `with_additional_rows` gives the same figures over all rows."""
    calibration = load_calibration()
    shared = read_measurements(builtin_measurements_text())
    shared_ids = {row["id"] for row in shared}
    prepared = prepare(shared + read_measurements(additional_measurements_text()))
    model = Model(prepared, calibration)
    theta = fit(model, np.arange(prepared.index.size), model.theta0)
    in_sample_all = model_points(model, model.predict(theta))
    held, covered = leave_one_source_out(model, theta, folds, progress)
    loso_all = [p for p, keep in zip(model_points(model, held), covered, strict=True) if keep]
    in_sample_points = [p for p in in_sample_all if p.id in shared_ids]
    loso_points = [p for p in loso_all if p.id in shared_ids]
    quantiles = band_quantiles(loso_points or in_sample_points)
    variable = dict(zip((p.id for p in in_sample_all), model.burst_variable, strict=True))
    groups = source_groups(prepared)
    shared_groups = {g for g, p in zip(groups, in_sample_all, strict=True) if p.id in shared_ids}
    report = {
        "format": "inferonomics-fit-report",
        "version": 1,
        "fitted_on": datetime.date.today().isoformat(),
        "method": "Huber (delta 0.3) on log(predicted/measured), Levenberg-Marquardt, "
        "Gaussian prior on log parameters; "
        "leave-one-source-out: each source's rows held out of a refit and predicted; "
        "fitted on measurements.csv and additional-measurements.csv, headline figures over measurements.csv",
        "rows": len(in_sample_points),
        "sources": len(shared_groups),
        "sources_held_out": len({p.source_group for p in loso_points}),
        "fitted_parameters": len(model.params),
        **_figures(in_sample_points, loso_points, variable),
        # Built, as the bands are, from the shared rows alone: coverage by their sources only.
        "thin_data_widening": thin_data_widening(
            model, loso_points, np.array([p.id in shared_ids for p in in_sample_all])) if loso_points else None,
        "band_coverage_on_own_residuals": coverage(loso_points, quantiles),
        "with_additional_rows": {
            "rows": len(in_sample_all),
            "additional_rows": len(in_sample_all) - len(in_sample_points),
            "sources": len(set(groups)),
            **_figures(in_sample_all, loso_all, variable),
            "thin_data_widening": thin_data_widening(model, loso_all) if loso_all else None,
            "additional_rows_only": figures_by_kind([p for p in loso_all if p.id not in shared_ids]),
        },
        "parameters": {
            p.name: {"start": p.start, "fitted": model.values(theta)[p.name]} for p in model.params
        },
        "residuals": [
            {
                "id": p.id, "kind": p.kind, "source": p.source_group,
                **({} if p.id in shared_ids else {"additional": True}),
                "in_sample_percent_error": _percent(p.error_fraction),
                "cross_validated_percent_error": _percent(q.error_fraction),
                "cross_validated_tpot_percent_error": _percent(_ratio(q.predicted_time_per_output_token_s,
                                                                      q.measured_time_per_output_token_s)),
                "cross_validated_ttft_percent_error": _percent(_ratio(q.predicted_time_to_first_token_s,
                                                                      q.measured_time_to_first_token_s)),
            }
            for p, q in zip(
                [p for p, keep in zip(in_sample_all, covered, strict=True) if keep], loso_all, strict=True
            )
        ],
    }
    return {"report": report, "quantiles": quantiles, "values": model.calibration_values(theta), "model": model,
            "families": sorted(set(prepared.family)), "classes": sorted(set(prepared.model_class))}


def _figures(in_sample: list[ValidationPoint], held_out: list[ValidationPoint],
             variable: Mapping[str, bool]) -> dict[str, Any]:
    """In-sample and held-out figures of these rows, the held-out TPOT without variable-length
    bursts and the nested band coverage."""
    return {
        "in_sample": figures_by_kind(in_sample),
        "leave_one_source_out": figures_by_kind(held_out) if held_out else {},
        "leave_one_source_out_tpot_without_variable_bursts": error_figures(
            [p for p in held_out if not variable[p.id]]
        )["tpot_median_ape"] if held_out else None,
        "band_coverage_cross_validated": nested_coverage(held_out),
    }


def recalibrate(rows: Sequence[Mapping[str, str]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Refit the parameters the rows bear on, from the built-in calibration (each held near
    its built-in value by the prior's width), to the user's own measurements. Returns the
    calibration data of a profile (efficiency.json with the fitted values) and a report
    (errors on these rows before and after)."""
    calibration = load_calibration()
    prepared = prepare(rows)
    model = Model(prepared, calibration, centre_on_priors=False)
    measured = np.isfinite(model.measured["output_tokens_per_s"])
    for name in OUTPUT_NAMES:
        measured |= np.isfinite(model.measured[name])
    if not measured.any():
        raise ScenarioError(
            "none of the rows can be predicted with a measured figure; a recalibration needs at least one"
        )
    theta = fit(model, np.flatnonzero(measured), model.theta0, iterations=PROFILE_ITERATIONS)
    before = model_points(model, model.predict(model.theta0))
    after = model_points(model, model.predict(theta))
    today = datetime.date.today().isoformat()
    values = model.values(theta)
    shipped = json.loads(read_resource_text("calibration", "efficiency.json"))
    data = apply_values(shipped, model.calibration_values(theta),
                        f"recalibrated on {len(after)} imported rows on {today}")
    report = {
        "fitted_on": today,
        "rows": len(after),
        "unpredicted": len(prepared.rows) - len(after),
        "before": error_figures(before),
        "after": error_figures(after),
        "parameters": {p.name: {"built_in": p.start, "fitted": values[p.name]} for p in model.params},
    }
    return data, report


def _ratio(predicted: float | None, measured: float | None) -> float | None:
    return predicted / measured - 1.0 if predicted and measured else None


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else round(fraction * 100, 1)


def apply_values(data: dict[str, Any], values: Mapping[str, float], stamp: str) -> dict[str, Any]:
    """efficiency.json data with the fitted values written in (a copy)."""
    data = copy.deepcopy(data)
    for name, value in values.items():
        part, *rest = name.split(".")
        if part == "stack":
            stack_id, field = rest
            data["stacks"][stack_id][field] = _round(value)
        elif part == "family":
            family, field = rest
            entry = data["family_factors"].setdefault(family, {"bandwidth": 1.0, "compute": 1.0, "why": ""})
            entry[field] = _round(value)
            if stamp not in entry.get("why", ""):
                entry["why"] = (entry.get("why", "").split(" [fitted")[0].split(" [recalibrated")[0]
                                + f" [{stamp}]").strip()
        elif part == "format":
            data["precision_compute_factors"][rest[0]] = _round(value)
        elif part == "mechanisms":
            data.setdefault("mechanisms", {})[rest[0]] = _round(value)
    return data


def write(result: dict[str, Any], directory: Path) -> None:
    path = directory / "efficiency.json"
    stamp = f"fitted by python -m core.calibrate on {result['report']['fitted_on']}"
    data = apply_values(json.loads(path.read_text(encoding="utf-8")), result["values"], stamp)
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
    parser = argparse.ArgumentParser(prog="python -m core.calibrate", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--folds", type=int, help="hold out only the N largest sources (quick look)")
    parser.add_argument("--dry-run", action="store_true", help="print the report, write nothing")
    parser.add_argument("--verbose", action="store_true", help="print every fitted parameter")
    default = Path(__file__).resolve().parent.parent / "resources" / "calibration"
    parser.add_argument("--resources", default=str(default))
    args = parser.parse_args(argv)
    result = run(args.folds)
    report = result["report"]
    extra = report["with_additional_rows"]
    for label, figures in (("in_sample", report["in_sample"]), ("leave_one_source_out", report["leave_one_source_out"]),
                           (f"all {extra['rows']} rows, in_sample", extra["in_sample"]),
                           (f"all {extra['rows']} rows, leave_one_source_out", extra["leave_one_source_out"])):
        if not figures:
            continue
        print(f"{label}: median {100 * figures['median_ape']:.1f}%, "
              f"within 30% {100 * figures['within_30_percent_share']:.0f}%, "
              f"TPOT {100 * (figures['tpot_median_ape'] or 0):.1f}%, "
              f"TTFT {100 * (figures['ttft_median_ape'] or 0):.1f}%")
        for kind, f in figures["per_kind"].items():
            print(f"   {kind:<12} n={f['points']:<3} median {100 * f['median_ape']:.1f}%  "
                  f"within30 {100 * f['within_30_percent_share']:.0f}%  "
                  f"TPOT {100 * (f['tpot_median_ape'] or 0):.1f}%  TTFT {100 * (f['ttft_median_ape'] or 0):.1f}%")
    print(f"band coverage (cross-validated): {report['band_coverage_cross_validated']}; "
          f"all rows: {extra['band_coverage_cross_validated']}")
    print(f"fitted parameters: {report['fitted_parameters']}")
    if args.verbose:
        for name, entry in report["parameters"].items():
            print(f"   {name:<50} {entry['start']:>10.4g} -> {entry['fitted']:.4g}")
    if not args.dry_run:
        write(result, Path(args.resources))
        print(f"wrote {args.resources}/efficiency.json, fit-report.json, uncertainty.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
