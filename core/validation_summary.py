"""Error figures of predicted against measured points: median absolute errors overall and
per benchmark kind, the share within +-30%, and (for the shipped measurements) the
leave-one-source-out figures stored by `python -m core.calibrate`."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from core.benchmark_kinds import KINDS
from core.catalog import read_resource_text

if TYPE_CHECKING:  # only in annotations: core.validation re-exports this module's functions
    from core.validation import ValidationPoint

WITHIN_BAND = 0.30  # the share of points within +-30% is reported


def _ape(pairs: Iterable[tuple[float | None, float | None]]) -> list[float]:
    return [abs(p / m - 1.0) for p, m in pairs if p is not None and m]


def median_absolute_error(points: list[ValidationPoint]) -> float:
    """Median |predicted/measured - 1| of output tokens/s over the points with a measurement
    (as `error_figures` scores them: one without a prediction counts as 100%); NaN if none."""
    median = error_figures(points)["median_ape"]
    return math.nan if median is None else float(median)


def error_figures(points: Sequence[ValidationPoint]) -> dict[str, Any]:
    """Median absolute errors of throughput, TPOT and TTFT, the share within +-30%, and the
    number of points scored: those with a measured throughput (one without a prediction counts
    as 100% off; one without a measurement is not scored: `unmeasured`)."""
    scored = [p for p in points if p.measured_output_tokens_per_s > 0]
    throughput = [abs(p.error_fraction) if p.error_fraction is not None else 1.0 for p in scored]
    tpot = _ape((p.predicted_time_per_output_token_s, p.measured_time_per_output_token_s) for p in points)
    ttft = _ape((p.predicted_time_to_first_token_s, p.measured_time_to_first_token_s) for p in points)
    return {
        "points": len(points),
        "unmeasured": len(points) - len(scored),
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


def additional_summary(points: Sequence[ValidationPoint]) -> dict[str, Any]:
    """Figures of the rows added after the shared ones (additional-measurements.csv), apart from
    the headline: in-sample with the shipped calibration, and their leave-one-source-out figures
    stored by `python -m core.calibrate` (`with_additional_rows` in fit-report.json)."""
    summary = summary_of(points, builtin=False)
    summary.pop("cross_validated_note", None)
    extra = (_fit_report() or {}).get("with_additional_rows") or {}
    held_out = extra.get("additional_rows_only") or {}
    summary["median_ape_cross_validated"] = held_out.get("median_ape")
    summary["within_30_percent_share_cross_validated"] = held_out.get("within_30_percent_share")
    summary["cross_validated"] = held_out
    summary["all_rows_cross_validated"] = extra.get("leave_one_source_out")
    return summary


@cache
def _fit_report() -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(read_resource_text("calibration", "fit-report.json"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    return data
