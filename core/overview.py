"""The scenario's surroundings: the same workload across accelerator counts (whole
servers), across concurrency levels, and on every catalog accelerator sized for the
same demand and service level.

These are the sweeps an analyst looks at next to a single result ("what if we bought
more servers / pushed more calls at once / used another chip?"). Ask only for the parts
you need (each view declares the parts it draws): the count and concurrency sweeps share
one vectorized model run; the per-accelerator comparison is a restricted planner search,
kept while only the count, the name or the description change.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.break_even_pass import BreakEvenPass, break_even_pass, break_even_request
from core.catalog import load_catalog
from core.engine import OutcomeArrays, evaluate_sweeps, outcome_of, tensor_parallel_request
from core.errors import ScenarioError
from core.inputs import resolve
from core.outcome import Outcome
from core.scenario import Scenario
from core.sensitivity import DEFAULT_SWING, Tornado, TornadoRequest, tornado_from, tornado_request
from core.settings import settings_key
from core.sweep import LOAD_FROM_FIRST_ROW

GPU_COUNT = "gpu_count"
CONCURRENCY = "concurrency"
ACCELERATOR = "accelerator"
SENSITIVITY = "sensitivity"  # the tornado (core.sensitivity), at `analyze`'s swing
BREAK_EVEN = "break_even"  # the break-even chart's evaluations (core.break_even_pass)
PARTS = (GPU_COUNT, CONCURRENCY, ACCELERATOR)  # what `analyze` computes unless asked otherwise
ALL_PARTS = (*PARTS, SENSITIVITY, BREAK_EVEN)

MAX_GPU_COUNT = 512  # the GPU-count control's range
GPU_COUNTS = np.unique(np.round(np.geomspace(1, MAX_GPU_COUNT, 48)))  # one accelerator per server
COUNT_POINTS = 48
# "Cheapest" only when cheaper by more than this share; otherwise the smaller fleet.
CHEAPER_BY = 0.005


@functools.lru_cache(maxsize=16)
def whole_server_counts(accelerators_per_server: int, largest: int = MAX_GPU_COUNT) -> np.ndarray:
    """Accelerator counts in whole servers up to `largest` (log-spaced when there are many)."""
    most = max(1, largest // accelerators_per_server)
    servers = np.unique(np.round(np.geomspace(1, most, min(COUNT_POINTS, most))))
    counts: np.ndarray = servers * accelerators_per_server
    counts.setflags(write=False)  # shared by every caller (cached)
    return counts


def cheapest_index(costs: np.ndarray) -> int | None:
    """The index of the cheapest finite cost, preferring the first (smallest fleet) unless a
    later one is cheaper by more than CHEAPER_BY."""
    finite = np.isfinite(costs)
    if not finite.any():
        return None
    lowest = float(np.nanmin(costs))
    within = np.nonzero(finite & (costs <= lowest * (1 + CHEAPER_BY)))[0]
    return int(within[0])
CONCURRENCY_POINTS = 48
# Log-spaced from one call (exponent 0) to the memory limit (exponent 1).
_CONCURRENCY_EXPONENTS = np.linspace(0.0, 1.0, CONCURRENCY_POINTS)
_SCENARIO = "scenario"
_SIZES = "tensor_parallel_sizes"
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
    # The smallest count in the sweep that serves the peak within the service level.
    demand_met_count: float | None = None
    cheapest_count: float | None = None
    concurrency_levels: np.ndarray = field(default_factory=lambda: np.array([], dtype=float))
    by_concurrency: OutcomeArrays | None = None
    accelerator_ids: np.ndarray = field(default_factory=accelerator_ids)
    # Each accelerator sized for the same demand and service level (its cheapest setup at the
    # scenario's weight format and tensor-parallel choice): figures in accelerator_ids order,
    # NaN where it cannot serve; `accelerator_reasons` says why.
    by_accelerator: OutcomeArrays | None = None
    accelerator_reasons: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # part -> why it could not be computed
    # part -> the settings key it was computed for (see part_key): equal keys, equal part.
    keys: dict[str, object] = field(default_factory=dict)
    # Parts shown from an earlier scenario while their recomputation was deferred (a drag in
    # progress): their `keys` are the earlier ones; analyze again without `defer` to refresh.
    stale: frozenset[str] = frozenset()
    tornado: Tornado | None = None  # SENSITIVITY
    break_even: BreakEvenPass | None = None  # BREAK_EVEN: apply an API price with `at_price`


# Settings that do not change speed at a given concurrency (the concurrency sweep's figures
# of speed hold while only these change).
SPEED_IRRELEVANT = (
    "workload.concurrency",
    "workload.utilization",
    "workload.cases_per_day",
    "workload.load_driver",
    "workload.peak_factor",
    "workload.case_name",
    "workload.service_level",
    "pricing",
    "name",
    "description",
)
# What each part does not depend on: while only these change, the part stays as it was.
PART_IGNORES: dict[str, tuple[str, ...]] = {
    GPU_COUNT: ("hardware.accelerator_count", "name", "description"),
    CONCURRENCY: SPEED_IRRELEVANT,
    ACCELERATOR: ("hardware.accelerator_count", "name", "description"),
    SENSITIVITY: ("name", "description"),
    # The fleet's capacity and costs do not depend on its demand (the chart's volumes are
    # shares of the capacity).
    BREAK_EVEN: ("name", "description", "workload.cases_per_day", "workload.utilization", "workload.load_driver"),
}

def part_key(part: str, scenario: Scenario, swing: float = DEFAULT_SWING) -> tuple[Any, ...]:
    key = settings_key(scenario, PART_IGNORES[part])
    if part == SENSITIVITY:
        return (*key, swing)
    # A load set as utilization is a share of this fleet's capacity: then the count moves
    # the demand every accelerator is sized for.
    if part in (ACCELERATOR, GPU_COUNT) and scenario.workload.load_driver == "utilization":
        return (*key, scenario.hardware.accelerator_count)
    return key


def catalog_priced(scenario: Scenario) -> Scenario:
    """The scenario with entered prices cleared, so every chip is costed at its catalog price."""
    # Clearing optional prices cannot make a valid scenario invalid: no re-validation needed.
    return scenario.model_copy(update={"pricing": scenario.pricing.model_copy(update=_ENTERED_PRICES)})


# The costly part: a planner search. While a slider is dragged it may wait for a pause.
DEFERRABLE = frozenset({ACCELERATOR})


def analyze(
    scenario: Scenario, parts: Collection[str] = PARTS, reuse: Overview | None = None,
    defer: Collection[str] = (), swing: float = DEFAULT_SWING,
) -> tuple[Outcome, Overview]:
    """The scenario's Outcome (as `evaluate` gives it) and the asked-for sweeps around
    it, all in one vectorized pass. Raises ScenarioError when the scenario itself cannot
    be evaluated; a part that cannot is left out and named in `Overview.failures`.

    `reuse`: an earlier overview; a part whose settings key (see `part_key`) is unchanged
    is taken from it instead of being computed again. `defer`: parts taken from `reuse` even
    when their key changed (marked `stale`, with the key they were computed for). `swing`:
    the tornado's (SENSITIVITY)."""
    unknown = set(parts) - set(ALL_PARTS)
    if unknown:
        raise ScenarioError(f"unknown overview parts: {', '.join(sorted(unknown))}")
    keys: dict[str, object] = {part: part_key(part, scenario, swing) for part in parts}
    kept = {part for part in parts if reuse is not None and reuse.keys.get(part) == keys[part]
            and part not in reuse.failures and part not in reuse.stale}
    stale = {part for part in parts if part in defer and part not in kept and reuse is not None
             and part in reuse.keys and part not in reuse.failures}
    kept |= stale
    for part in stale:
        keys[part] = reuse.keys[part] if reuse is not None else keys[part]
    ids = accelerator_ids()
    counts = whole_server_counts(scenario.hardware.accelerators_per_server)
    # Each part's sweeps, in one pass after the scenario's own row (some read that row: a
    # demand held from it, volumes as shares of its capacity).
    sweeps: dict[str, list[tuple[Scenario, dict[str, Any]]]] = {_SCENARIO: [(scenario, {})]}
    failures: dict[str, str] = {}
    # Demand set as utilization is a share of this fleet's capacity: the count sweep holds the
    # demand it stands for instead, the scenario's own (the first row of the same pass).
    count_at_demand = scenario.workload.load_driver == "utilization"
    if GPU_COUNT in parts and GPU_COUNT not in kept:
        sweeps[GPU_COUNT] = [(scenario, {"hardware.accelerator_count": counts, LOAD_FROM_FIRST_ROW: 1.0}
                              if count_at_demand else {"hardware.accelerator_count": counts})]
    if CONCURRENCY in parts and CONCURRENCY not in kept:
        sweeps[CONCURRENCY] = [(scenario, {"workload.concurrency_exponent": _CONCURRENCY_EXPONENTS})]
    # Every tensor-parallel size, for the outcome to name one that serves where automatic falls
    # short: a few rows of this pass, not a pass of their own on every move (~1 ms).
    columns = resolve(scenario)  # once, for the automatic size and the pass
    sizes = tensor_parallel_request(scenario, columns)
    if sizes is not None:
        sweeps[_SIZES] = [sizes]
    request: TornadoRequest | None = None
    if SENSITIVITY in parts and SENSITIVITY not in kept:
        try:
            request = tornado_request(scenario, swing, columns)
            sweeps[SENSITIVITY] = list(request.sweeps)
        except ScenarioError as error:
            failures[SENSITIVITY] = str(error)
    if BREAK_EVEN in parts and BREAK_EVEN not in kept:
        try:
            sweeps[BREAK_EVEN] = break_even_request(scenario)
        except ScenarioError as error:
            failures[BREAK_EVEN] = str(error)
    results = _evaluated(sweeps, columns, failures)
    own = results[_SCENARIO][0]
    sized = results.get(_SIZES)
    outcome = outcome_of(scenario, own, sized[0] if sized else None, sizes_known=_SIZES not in failures)
    failures.pop(_SIZES, None)  # not a part a view shows: the outcome then names no other size
    by_accelerator: OutcomeArrays | None = None
    reasons: dict[str, str] = {}
    if ACCELERATOR in kept and reuse is not None:
        by_accelerator, reasons = reuse.by_accelerator, reuse.accelerator_reasons
    elif ACCELERATOR in parts:
        try:
            by_accelerator, reasons = equal_work(scenario, outcome.cases_per_day or 0.0)
        except ScenarioError as error:
            failures[ACCELERATOR] = str(error)
    if CONCURRENCY in kept and reuse is not None:
        levels, by_concurrency = reuse.concurrency_levels, reuse.by_concurrency
    else:
        levels, by_concurrency = _distinct_levels(_single(results.get(CONCURRENCY)), outcome)
    by_count = _single(results.get(GPU_COUNT))
    met = cheapest = None
    if GPU_COUNT in kept and reuse is not None:
        by_count, met, cheapest = reuse.by_gpu_count, reuse.demand_met_count, reuse.cheapest_count
    elif by_count is not None:
        serves = np.isfinite(by_count["cost_per_case"]) & (by_count["over_capacity"] < 1) & (
            by_count["service_level_reachable"] > 0)
        met = float(counts[np.argmax(serves)]) if serves.any() else None
        best = cheapest_index(np.where(serves, by_count["cost_per_case"], np.nan))
        cheapest = float(counts[best]) if best is not None else None
    return outcome, Overview(
        gpu_counts=counts,
        by_gpu_count=by_count,
        demand_met_count=met,
        cheapest_count=cheapest,
        concurrency_levels=levels,
        by_concurrency=by_concurrency,
        accelerator_ids=ids,
        by_accelerator=by_accelerator,
        accelerator_reasons=reasons,
        failures=failures,
        keys={part: key for part, key in keys.items() if part not in failures},
        stale=frozenset(stale),
        tornado=(reuse.tornado if SENSITIVITY in kept and reuse is not None
                 else tornado_from(request, own, results[SENSITIVITY])
                 if request is not None and SENSITIVITY in results else None),
        break_even=(reuse.break_even if BREAK_EVEN in kept and reuse is not None
                    else break_even_pass(own, results[BREAK_EVEN]) if BREAK_EVEN in results else None),
    )


def _single(results: list[OutcomeArrays] | None) -> OutcomeArrays | None:
    return results[0] if results else None


def _evaluated(sweeps: dict[str, list[tuple[Scenario, dict[str, Any]]]], columns: Any,
               failures: dict[str, str]) -> dict[str, list[OutcomeArrays]]:
    """Every part's sweeps in one vectorized pass. When one part's settings cannot be resolved,
    the parts one by one (each after the scenario's own row), so the others still show and
    the scenario's own error is the one reported; a part that fails is named in `failures`."""
    resolved = {id(sweeps[_SCENARIO][0][0]): columns}
    flat = [sweep for part_sweeps in sweeps.values() for sweep in part_sweeps]
    try:
        evaluated = evaluate_sweeps(flat, resolved)
    except ScenarioError:
        results = {_SCENARIO: evaluate_sweeps(sweeps[_SCENARIO], resolved)}  # raises the scenario's own
        for part, part_sweeps in sweeps.items():
            if part == _SCENARIO:
                continue
            try:
                results[part] = evaluate_sweeps([*sweeps[_SCENARIO], *part_sweeps], resolved)[1:]
            except ScenarioError as error:
                failures[part] = str(error)
        return results
    results, start = {}, 0
    for part, part_sweeps in sweeps.items():
        results[part] = evaluated[start:start + len(part_sweeps)]
        start += len(part_sweeps)
    return results


_EQUAL_WORK_FIGURES = (
    "cost_per_case", "case_latency_s", "accelerator_count", "tensor_parallel_size", "fleet_utilization",
    "capital_cost", "cost_per_month",
)


def equal_work(scenario: Scenario, cases_per_day: float) -> tuple[OutcomeArrays, dict[str, str]]:
    """Every catalog accelerator sized for `cases_per_day` (the scenario's demand) and its
    service level, in whole servers, at the scenario's weight format (and tensor-parallel
    size when fixed): its cheapest such setup. The scenario's own chip keeps its price."""
    # The count, name and description do not change the answer: one search serves them all.
    key = scenario.model_copy(update={
        "name": "", "description": "",
        "hardware": scenario.hardware.model_copy(update={"accelerator_count": 1}),
        "workload": scenario.workload.model_copy(update={
            "cases_per_day": float(cases_per_day), "load_driver": "cases_per_day", "utilization": 0.0}),
    })
    return _equal_work(key)


@functools.lru_cache(maxsize=8)
def _equal_work(scenario: Scenario) -> tuple[OutcomeArrays, dict[str, str]]:
    from core.planner import TENSOR_PARALLEL_CHOICES, plan

    ids = accelerator_ids()
    # Every tensor-parallel size for the other chips: a size fixed for one chip (e.g. 1 on
    # CPU servers) says nothing about another's. The scenario's own chip keeps its setup.
    result = plan(scenario, precisions=[scenario.model.weight_precision], tensor_parallel=TENSOR_PARALLEL_CHOICES,
                  own_setup_fixed=True, best_per_accelerator=True)
    best: dict[str, Any] = {}
    for item in result.plans:  # cheapest first
        best.setdefault(item.accelerator, item)
    arrays = {}
    for name in _EQUAL_WORK_FIGURES:
        values = np.array([float(getattr(best[i], name)) if i in best else np.nan for i in ids])
        values.setflags(write=False)
        arrays[name] = values
    reasons = {item.accelerator: item.why for item in result.infeasible}
    return OutcomeArrays(arrays, scenario.pricing.currency), reasons


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
