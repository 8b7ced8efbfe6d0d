"""Predict published measurements like for like, for many rows at once.

All rows are predicted together: one scenario is resolved per row (catalog look-ups,
`core.measurements.scenario_for`), the columns are stacked, and
`core.benchmark_kinds.predict_kinds` answers every row in a few array calls. Predictions
read only the set-up columns, never the measured ones. Error figures:
`core.validation_summary`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from core.benchmark_kinds import KINDS, predict_kinds
from core.calibration_profiles import calibration_named
from core.catalog import Calibration, load_calibration, load_catalog
from core.errors import ScenarioError
from core.inputs import Columns, accelerator_of, compute_rate, resolve
from core.measurements import (
    MEASURED_COLUMNS,
    REQUIRED_COLUMNS,
    RowSetup,
    builtin_measurements_text,
    read_measurements,
    scenario_for,
    setup_of,
    source_group,
    stack_of,
    text_of,
)
from core.scenario_io import default_scenario
from core.validation_summary import error_figures, median_absolute_error, summary_of

__all__ = [
    "KINDS",
    "MEASURED_COLUMNS",
    "REQUIRED_COLUMNS",
    "PreparedRows",
    "RowSetup",
    "ValidationPoint",
    "builtin_measurements_text",
    "error_figures",
    "median_absolute_error",
    "points_of",
    "predict_prepared",
    "prepare",
    "read_measurements",
    "run_validation",
    "scenario_for",
    "setup_of",
    "source_group",
    "stack_of",
    "summary_of",
]


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


def prepare(rows: Sequence[Mapping[str, str]], profile: str | None = None) -> PreparedRows:
    """Every row resolved to engine columns (with a named calibration profile's values)."""
    base = default_scenario().updated({"serving.calibration_profile": profile})
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
        except (ScenarioError, ValueError, OverflowError) as error:
            setups.append(None)
            errors.append(_sentence(error))
            continue
        columns["attention_data_parallel"] = 1.0 if setup.attention_data_parallel else 0.0
        columns["pipeline_parallel"] = float(setup.pipeline_parallel)
        columns["expert_parallel"] = 1.0 if setup.expert_parallel else 0.0
        columns["request_rate_per_s"] = setup.request_rate_per_s
        columns.update(dict(setup.tool_settings))
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
    """Predictions for the resolved rows (arrays aligned with `prepared.index`); the
    calibration's mechanisms (the columns were resolved with `prepare`'s profile)."""
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


def _optional_float(text: str | None, scale: float = 1.0) -> float | None:
    """A measured figure: a finite positive number, else None (not measured, not scored)."""
    if text is None or not str(text).strip():
        return None
    try:
        value = float(text) * scale
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


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
            arriving = setup.request_rate_per_s * _finite_or_zero(row.get("output_tokens"))
            if arriving > 0 and band[1] is not None and band[0] is not None:
                # A run fed at a stated rate serves no more than arrives, however fast the engine.
                band = (min(band[0], arriving), min(band[1], arriving))
        points.append(
            ValidationPoint(
                id=text_of(row, "id"),
                description=setup.description if setup else text_of(row, "id"),
                measured_output_tokens_per_s=_optional_float(row.get("measured_output_tokens_per_s")) or 0.0,
                predicted_output_tokens_per_s=tokens,
                measured_time_per_output_token_s=_optional_float(row.get("measured_tpot_ms"), 1e-3),
                predicted_time_per_output_token_s=tpot,
                measured_time_to_first_token_s=_optional_float(row.get("measured_ttft_ms"), 1e-3),
                predicted_time_to_first_token_s=ttft,
                source=text_of(row, "source"),
                kind=setup.kind if setup else text_of(row, "kind"),
                source_group=setup.source_group if setup else source_group(text_of(row, "source")),
                error=error,
                predicted_output_tokens_per_s_p10=band[0],
                predicted_output_tokens_per_s_p90=band[1],
            )
        )
    return points


def run_validation(
    text: str | None = None, rows: Sequence[Mapping[str, str]] | None = None, profile: str | None = None
) -> list[ValidationPoint]:
    """Predict every row of a measurements file (default: the shipped one), or the given
    rows, with the built-in calibration or a named profile's."""
    if rows is None:
        rows = read_measurements(builtin_measurements_text() if text is None else text)
    prepared = prepare(rows, profile)
    return points_of(prepared, predict_prepared(prepared, calibration_named(profile)))


def _finite_or_zero(text: str | None) -> float:
    value = _optional_float(text)
    return value if value is not None and math.isfinite(value) else 0.0
