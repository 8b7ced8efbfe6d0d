"""Sweeps: the same scenario with some settings replaced by arrays of values.

Numeric settings become array columns directly; categorical ones (accelerator,
model, precision, stack...) are resolved once per distinct value and gathered, so a
sweep of any size costs a handful of catalog look-ups plus array arithmetic.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.catalog import load_catalog
from core.errors import ScenarioError
from core.inputs import Columns, chip_columns, resolve
from core.precision import PRECISIONS
from core.scenario import Pricing, Scenario

# Numeric scenario settings and the column each one drives.
NUMERIC_SETTINGS: dict[str, str] = {
    "hardware.accelerator_count": "accelerator_count",
    "hardware.accelerators_per_server": "accelerators_per_server",
    "workload.concurrency": "concurrency",  # 0 means "max"
    # Not a scenario setting: concurrency = round(memory limit ** exponent), 0 -> 1 call, 1 -> the limit.
    "workload.concurrency_exponent": "concurrency_exponent",
    "workload.utilization": "utilization",
    "workload.input_tokens_per_call": "input_tokens",
    "workload.output_tokens_per_call": "output_tokens",
    "workload.calls_per_case": "calls_per_case",
    "workload.cases_per_day": "cases_per_day",
    "workload.peak_factor": "peak_factor",
    "workload.service_level.max_case_latency_s": "max_case_latency_s",
    "workload.service_level.max_time_to_first_token_s": "max_time_to_first_token_s",
    "workload.service_level.max_time_per_output_token_s": "max_time_per_output_token_s",
    "pricing.accelerator_price": "price_per_accelerator",
    "pricing.rental_price_per_accelerator_hour": "rent_per_accelerator_hour",
    "pricing.server_price": "server_price",
    "pricing.server_overhead_price": "server_overhead_price",
    "pricing.electricity_price_per_kwh": "electricity_price_per_kwh",
    "pricing.pue": "pue",
    "pricing.depreciation_years": "depreciation_years",
    "pricing.hosting_per_server_year": "hosting_per_server_year",
    "serving.tensor_parallel": "tensor_parallel_fixed",  # 0 means "auto"
}
CATEGORICAL_SETTINGS = frozenset(
    {
        "hardware.accelerator_id",
        "model.model_id",
        "model.weight_precision",
        "model.kv_cache_precision",
        "serving.serving_stack",
        "pricing.mode",
        "pricing.currency",
    }
)
MODEL_SIZE_SETTING = "model.total_params_b"
# Not a setting, and only for evaluate_sweeps: 1 = this sweep serves the demand of the first
# scenario in the same call (see core.operating_point.first_row_demand).
LOAD_FROM_FIRST_ROW = "_load_from_first_row"
# Not a setting, and only for evaluate_sweeps: the sweep's demand in cases per day as shares of
# what the first scenario in the same call could serve (its servable_cases_per_day, which does
# not depend on its demand): a break-even chart's volumes are then part of one pass, not a
# second pass that waits for the first (see core.operating_point.first_row_demand). The cost
# model's demand is exactly that share (cases, cost per day and per case); the operating point
# inside it places that demand on the grid's estimate of the capacity (~0.3% apart), so such
# rows' latencies are near, not equal, to those of the same demand given in cases.
LOAD_SHARE_OF_FIRST_CAPACITY = "_load_share_of_first_capacity"
# How the model-size knob scales each model column (see core.model_shape).
_SIZE_EXPONENTS = {
    "total_params": 1.0,
    "active_params": 1.0,
    "routed_expert_params": 1.0,
    "num_layers": 1.0 / 3.0,
    "hidden_size": 1.0 / 3.0,
    "kv_values_per_token": 2.0 / 3.0,
    "attention_flops_per_context_token": 2.0 / 3.0,
}


def _numeric(name: str, values: Any) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    # One pass in the common case (a tornado's dozen sweeps on every move): NaN fails `>= 0`.
    if array.size and array.min() >= 0 and array.max() < math.inf:
        return array
    if not np.all(np.isfinite(array)):
        raise ScenarioError(f"{name}: sweep values must be finite numbers")
    if np.any(array < 0):
        raise ScenarioError(f"{name}: sweep values must not be negative")
    return array


_CHOICES = {
    "model.weight_precision": frozenset(PRECISIONS),
    "model.kv_cache_precision": frozenset(PRECISIONS),
    "serving.serving_stack": frozenset({"tensorrt-llm", "vllm", "sglang"}),
    "pricing.mode": frozenset({"buy", "rent"}),
}


def _with_choices(scenario: Scenario, choices: dict[str, Any]) -> Scenario:
    """The scenario with categorical settings replaced. Ids are checked by the catalog
    look-up in resolve() and the other choices here, so the per-value copies skip full
    re-validation (a sweep over every accelerator would otherwise spend most of its
    time validating)."""
    if "pricing.currency" in choices:
        return scenario.updated(choices)  # converts the entered amounts: the validated path
    sections: dict[str, dict[str, Any]] = {}
    for path, value in choices.items():
        allowed = _CHOICES.get(path)
        if allowed is not None and value not in allowed:
            raise ScenarioError(f"{path}: '{value}' is not one of {', '.join(sorted(allowed))}")
        if not isinstance(value, str):
            raise ScenarioError(f"{path}: sweep values must be text ids")
        section, field = path.split(".")
        sections.setdefault(section, {})[field] = value
    return scenario.model_copy(
        update={name: getattr(scenario, name).model_copy(update=fields) for name, fields in sections.items()}
    )


def _accelerator_sweep_columns(scenario: Scenario, ids: Any) -> Columns:
    """Only the accelerator's columns differ between chips: resolve the rest once."""
    array = np.asarray(ids, dtype=object)
    flat = tuple(str(item) for item in array.ravel().tolist())
    if scenario.hardware.custom_accelerator is not None:  # the sweep replaces it; its prices may be missing
        scenario = scenario.model_copy(
            update={"hardware": scenario.hardware.model_copy(update={"custom_accelerator": None})}
        )
    columns = resolve(scenario)
    for name, values in _per_chip_columns(
        flat, scenario.serving.serving_stack, scenario.model.weight_precision, scenario.pricing,
        scenario.hardware.scale_up_gb_per_s_per_direction, scenario.serving.calibration_profile,
    ).items():
        columns[name] = values.reshape(array.shape)
    return columns


@functools.lru_cache(maxsize=32)
def _per_chip_columns(
    ids: tuple[str, ...], stack: str, weight_precision: str, pricing: Pricing, link_override: float | None,
    profile: str | None = None,
) -> dict[str, np.ndarray]:
    """accelerator_columns for each of `ids`, as read-only arrays. They depend only on these
    arguments, and a live comparison chart asks for the same ones on most slider moves."""
    catalog = load_catalog()
    distinct = list(dict.fromkeys(ids))
    index = np.array([distinct.index(item) for item in ids], dtype=np.intp)
    per_chip = [
        chip_columns(catalog.accelerator(item), stack, weight_precision, pricing, link_override, profile)
        for item in distinct
    ]
    out = {}
    for name in per_chip[0]:
        values = np.asarray([chip[name] for chip in per_chip], dtype=float)[index]
        values.setflags(write=False)
        out[name] = values
    return out


def _categorical_columns(scenario: Scenario, sweep: Mapping[str, Any], resolved: Columns | None) -> Columns:
    keys = [key for key in sweep if key in CATEGORICAL_SETTINGS]
    if not keys:
        return dict(resolved) if resolved is not None else resolve(scenario)
    if keys == ["hardware.accelerator_id"]:
        return _accelerator_sweep_columns(scenario, sweep["hardware.accelerator_id"])
    arrays = np.broadcast_arrays(*(np.asarray(sweep[key], dtype=object) for key in keys))
    shape = arrays[0].shape
    combos = list(zip(*(array.ravel().tolist() for array in arrays), strict=True))
    distinct = list(dict.fromkeys(combos))
    index = np.array([distinct.index(combo) for combo in combos], dtype=np.intp).reshape(shape)
    per_combo = [resolve(_with_choices(scenario, dict(zip(keys, combo, strict=True)))) for combo in distinct]
    # A column the choices do not move stays one number (a joined pass lays out only those that
    # differ). Compared as one table (combos × columns), not column by column: a tornado's
    # precision bars resolve two scenarios on every move of a slider.
    first = per_combo[0]
    names = list(first)
    table = np.array([[r[name] for name in names] for r in per_combo], dtype=float)
    same = (table == table[0]) | (np.isnan(table) & np.isnan(table[0]))
    moved = (~same.all(axis=0)).tolist()
    return {name: table[:, column][index] if moved[column] else first[name]
            for column, name in enumerate(names)}


def sweep_columns(scenario: Scenario, sweep: Mapping[str, Any], resolved: Columns | None = None) -> Columns:
    """Columns for `scenario` with each swept setting replaced by its (broadcastable) array.
    `resolved`: resolve(scenario), when the caller already has it."""
    unknown = [k for k in sweep if k not in NUMERIC_SETTINGS and k not in CATEGORICAL_SETTINGS
               and k not in (MODEL_SIZE_SETTING, LOAD_FROM_FIRST_ROW, LOAD_SHARE_OF_FIRST_CAPACITY)]
    if unknown:
        raise ScenarioError(f"cannot sweep {', '.join(unknown)}; sweepable: "
                            f"{', '.join(sorted([*NUMERIC_SETTINGS, *CATEGORICAL_SETTINGS, MODEL_SIZE_SETTING]))}")
    columns = _categorical_columns(scenario, sweep, resolved)
    for key, column in NUMERIC_SETTINGS.items():
        if key in sweep:
            columns[column] = _numeric(key, sweep[key])
    # A swept concurrency is a fixed one; a swept load says which view of the load drives.
    if "workload.concurrency" in sweep or "workload.concurrency_exponent" in sweep:
        columns["follows_load"] = 0.0
    if "workload.utilization" in sweep:
        columns["load_from_cases"] = 0.0
    if "workload.cases_per_day" in sweep:
        columns["load_from_cases"] = 1.0
    # Every part of a joined pass has the column (evaluate_sweeps lays them end to end).
    columns["load_from_first_row"] = float(bool(sweep.get(LOAD_FROM_FIRST_ROW, 0.0)))
    if LOAD_SHARE_OF_FIRST_CAPACITY in sweep:
        columns["first_capacity_share"] = _numeric(LOAD_SHARE_OF_FIRST_CAPACITY, sweep[LOAD_SHARE_OF_FIRST_CAPACITY])
        columns["load_from_cases"] = 1.0
    else:
        columns["first_capacity_share"] = math.nan  # the row's own demand
    if MODEL_SIZE_SETTING in sweep:
        target = _numeric(MODEL_SIZE_SETTING, sweep[MODEL_SIZE_SETTING]) * 1e9
        if np.any(target <= 0):
            raise ScenarioError(f"{MODEL_SIZE_SETTING}: sweep values must be positive")
        scale = target / columns["total_params"]
        for column, exponent in _SIZE_EXPONENTS.items():
            columns[column] = columns[column] * scale**exponent
    if "hardware.accelerator_count" in sweep and np.any(columns["accelerator_count"] < 1):
        raise ScenarioError("hardware.accelerator_count: sweep values must be at least 1")
    return columns
