"""The scenario's surroundings: the same workload across GPU counts, across concurrency
levels, and on every catalog accelerator, computed in one vectorized pass.

These are the sweeps an analyst looks at next to a single result ("what if we bought
more GPUs / pushed more calls at once / used another chip?"). Ask only for the parts
you need: each part costs its catalog look-ups, and all parts share one model run.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.catalog import load_catalog
from core.engine import OutcomeArrays, evaluate_sweeps, outcome_of
from core.errors import ScenarioError
from core.outcome import Outcome
from core.scenario import Scenario

GPU_COUNT = "gpu_count"
CONCURRENCY = "concurrency"
ACCELERATOR = "accelerator"
PARTS = (GPU_COUNT, CONCURRENCY, ACCELERATOR)

MAX_GPU_COUNT = 512  # the GPU-count control's range
GPU_COUNTS = np.unique(np.round(np.geomspace(1, MAX_GPU_COUNT, 48)))
CONCURRENCY_POINTS = 48
# Log-spaced from one call (exponent 0) to the memory limit (exponent 1).
_CONCURRENCY_EXPONENTS = np.linspace(0.0, 1.0, CONCURRENCY_POINTS)
_SCENARIO = "scenario"
# The comparison prices every chip from the catalog: the user's price is for their chip.
_ENTERED_PRICES = {"accelerator_price": None, "server_price": None, "rental_price_per_accelerator_hour": None}


@functools.cache
def accelerator_ids() -> np.ndarray:
    """Every catalog accelerator, in catalog order (read-only)."""
    ids = np.array(list(load_catalog().accelerators), dtype=object)
    ids.setflags(write=False)
    return ids


@dataclass(frozen=True)
class Overview:
    """Sweeps around one scenario; a part not asked for (or that failed) is None."""

    gpu_counts: np.ndarray = field(default_factory=lambda: GPU_COUNTS)
    by_gpu_count: OutcomeArrays | None = None
    concurrency_levels: np.ndarray = field(default_factory=lambda: np.array([], dtype=float))
    by_concurrency: OutcomeArrays | None = None
    accelerator_ids: np.ndarray = field(default_factory=accelerator_ids)
    by_accelerator: OutcomeArrays | None = None
    failures: dict[str, str] = field(default_factory=dict)  # part -> why it could not be computed


def catalog_priced(scenario: Scenario) -> Scenario:
    """The scenario with entered prices cleared, so every chip is costed at its catalog price."""
    # Clearing optional prices cannot make a valid scenario invalid: no re-validation needed.
    return scenario.model_copy(update={"pricing": scenario.pricing.model_copy(update=_ENTERED_PRICES)})


def analyze(scenario: Scenario, parts: Collection[str] = PARTS) -> tuple[Outcome, Overview]:
    """The scenario's Outcome (as `evaluate` gives it) and the asked-for sweeps around
    it, all in one vectorized pass. Raises ScenarioError when the scenario itself cannot
    be evaluated; a part that cannot is left out and named in `Overview.failures`."""
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise ScenarioError(f"unknown overview parts: {', '.join(sorted(unknown))}")
    ids = accelerator_ids()
    sweeps: dict[str, tuple[Scenario, dict[str, Any]]] = {_SCENARIO: (scenario, {})}
    failures: dict[str, str] = {}
    if GPU_COUNT in parts:
        sweeps[GPU_COUNT] = (scenario, {"hardware.accelerator_count": GPU_COUNTS})
    if CONCURRENCY in parts:
        sweeps[CONCURRENCY] = (scenario, {"workload.concurrency_exponent": _CONCURRENCY_EXPONENTS})
    if ACCELERATOR in parts:
        try:
            sweeps[ACCELERATOR] = (catalog_priced(scenario), {"hardware.accelerator_id": ids})
        except ScenarioError as error:
            failures[ACCELERATOR] = str(error)
    results: dict[str, OutcomeArrays] = {}
    try:
        results = dict(zip(sweeps, evaluate_sweeps(list(sweeps.values())), strict=True))
    except ScenarioError:
        # One part's settings cannot be resolved: evaluate the parts one by one so the
        # others still show (and the scenario's own error is the one reported).
        for part, sweep in sweeps.items():
            try:
                results[part] = evaluate_sweeps([sweep])[0]
            except ScenarioError as error:
                if part == _SCENARIO:
                    raise
                failures[part] = str(error)
    outcome = outcome_of(scenario, results[_SCENARIO])
    levels, by_concurrency = _distinct_levels(results.get(CONCURRENCY), outcome)
    return outcome, Overview(
        gpu_counts=GPU_COUNTS,
        by_gpu_count=results.get(GPU_COUNT),
        concurrency_levels=levels,
        by_concurrency=by_concurrency,
        accelerator_ids=ids,
        by_accelerator=results.get(ACCELERATOR),
        failures=failures,
    )


def overview(scenario: Scenario, parts: Collection[str] = PARTS) -> Overview:
    """The asked-for sweeps around `scenario` (see `analyze`)."""
    return analyze(scenario, parts)[1]


def _distinct_levels(
    sweep: OutcomeArrays | None, outcome: Outcome
) -> tuple[np.ndarray, OutcomeArrays | None]:
    """The concurrency sweep at its distinct levels (small exponents all round to one
    call); nothing when the model does not fit."""
    if sweep is None or not outcome.fits_in_memory or outcome.max_concurrency < 1:
        return np.array([], dtype=float), None
    levels, first = np.unique(sweep["concurrency"], return_index=True)
    return levels, OutcomeArrays({name: array[first] for name, array in sweep.arrays.items()}, sweep.currency)
