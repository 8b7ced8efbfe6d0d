"""Predict every published measurement in resources/validation/ and report the error."""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass

from core.catalog import read_resource_text
from core.engine import evaluate
from core.scenario import Scenario
from core.scenario_io import default_scenario


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

    @property
    def error_fraction(self) -> float | None:
        if self.predicted_output_tokens_per_s is None:
            return None
        return self.predicted_output_tokens_per_s / self.measured_output_tokens_per_s - 1.0


def _optional_seconds(milliseconds: str) -> float | None:
    return float(milliseconds) / 1000.0 if milliseconds.strip() else None


def scenario_for(row: dict[str, str], base: Scenario) -> Scenario:
    concurrency: int | str = "max" if row["concurrency"] == "max" else int(row["concurrency"])
    tensor_parallel: int | str = "auto" if row["tensor_parallel"] == "auto" else int(row["tensor_parallel"])
    return base.updated(
        {
            "name": f"validation {row['id']}",
            "hardware.accelerator_id": row["gpu"],
            "hardware.accelerator_count": int(row["gpu_count"]),
            "model.model_id": row["model"],
            "model.weight_precision": row["weight_precision"],
            "model.kv_cache_precision": row["kv_cache_precision"],
            "workload.calls_per_case": 1,
            "workload.input_tokens_per_call": int(row["input_tokens"]),
            "workload.output_tokens_per_call": int(row["output_tokens"]),
            "workload.concurrency": concurrency,
            "serving.serving_stack": row["serving_stack"],
            "serving.tensor_parallel": tensor_parallel,
        }
    )


def run_validation() -> list[ValidationPoint]:
    base = default_scenario()
    rows = csv.DictReader(io.StringIO(read_resource_text("validation", "measurements.csv")))
    points = []
    for row in rows:
        outcome = evaluate(scenario_for(row, base))
        points.append(
            ValidationPoint(
                id=row["id"],
                description=(
                    f"{row['gpu_count']}×{row['gpu']} {row['model']} {row['weight_precision']} "
                    f"{row['input_tokens']}/{row['output_tokens']} c={row['concurrency']} {row['serving_stack']}"
                ),
                measured_output_tokens_per_s=float(row["measured_output_tokens_per_s"]),
                predicted_output_tokens_per_s=outcome.output_tokens_per_s,
                measured_time_per_output_token_s=_optional_seconds(row["measured_tpot_ms"]),
                predicted_time_per_output_token_s=outcome.time_per_output_token_s,
                measured_time_to_first_token_s=_optional_seconds(row["measured_ttft_ms"]),
                predicted_time_to_first_token_s=outcome.time_to_first_token_s,
                source=row["source"],
            )
        )
    return points


def median_absolute_error(points: list[ValidationPoint]) -> float:
    """Median |predicted/measured - 1| of output tokens/s; a point that does not fit counts as 100%."""
    errors = [abs(p.error_fraction) if p.error_fraction is not None else 1.0 for p in points]
    return statistics.median(errors)
