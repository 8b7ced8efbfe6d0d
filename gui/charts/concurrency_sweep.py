"""One concurrency sweep shared by the throughput–interactivity and latency charts."""

from __future__ import annotations

import numpy as np

from core import Outcome, Scenario, evaluate_many

POINTS = 48
# Settings that do not change speed at a given concurrency.
SPEED_IRRELEVANT = (
    "workload.concurrency",
    "workload.utilization",
    "workload.cases_per_day",
    "workload.peak_factor",
    "workload.case_name",
    "workload.service_level",
    "pricing",
    "name",
    "description",
)


def concurrency_levels(outcome: Outcome) -> np.ndarray:
    """1 … the most calls memory holds, log-spaced whole numbers (empty if nothing fits)."""
    if not outcome.fits_in_memory or outcome.max_concurrency < 1:
        return np.array([], dtype=float)
    return np.unique(np.round(np.geomspace(1, outcome.max_concurrency, POINTS)))


_last: list[tuple[object, tuple[np.ndarray, dict[str, np.ndarray]]]] = []


def concurrency_sweep(scenario: Scenario, outcome: Outcome) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Both concurrency charts need the same sweep: the last one is remembered."""
    key = (scenario, outcome.max_concurrency, outcome.fits_in_memory)
    if _last and _last[0][0] == key:
        return _last[0][1]
    result = _sweep(scenario, outcome)
    _last[:] = [(key, result)]
    return result


def _sweep(scenario: Scenario, outcome: Outcome) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    levels = concurrency_levels(outcome)
    if levels.size == 0:
        return levels, {}
    result = evaluate_many(scenario, {"workload.concurrency": levels})
    names = (
        "output_tokens_per_s_per_gpu",
        "output_tokens_per_s_per_user",
        "time_to_first_token_s",
        "time_per_output_token_s",
        "case_latency_s",
    )
    return levels, {name: result[name] for name in names}
