"""The planner: the cheapest setups that serve a demand within a service level.

It searches accelerator × weight precision × tensor-parallel size × count (whole
servers, up to 512 accelerators) in three vectorized passes:

1. one replica of every (accelerator, precision, tensor parallel) combination, to learn
   its capacity under the service level (the load-following search of `core.operating_point`);
2. the fewest whole servers whose replicas serve the peak hour, in closed form;
3. every feasible setup evaluated exactly as `evaluate` would, so a plan's figures are
   the figures the app and the CLI show for that setup and demand.

Prices: the scenario's own accelerator keeps the scenario's prices; every other chip
is costed at its catalog price, in whole servers of its catalog size.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import numpy as np

from core.catalog import AcceleratorSpec, load_catalog
from core.cost import fleet_cost
from core.engine import evaluate_columns
from core.errors import ScenarioError
from core.explain import binding_limit
from core.inputs import Columns, accelerator_of, chip_columns, compute_rate, format_columns, resolve
from core.memory_plan import choose_tensor_parallel
from core.messages import Message, render
from core.operating_point import SECONDS_PER_DAY
from core.plan_result import NO_FIT, NO_PRICE, SERVICE_LEVEL, TOO_MANY, Infeasible, reason_message
from core.plan_result import Plan as Plan  # the planner's public names, as before
from core.plan_result import PlanResult as PlanResult
from core.plan_setup import CATALOG_PRICES, server_costs
from core.plan_setup import plan_changes as plan_changes  # the planner's public names, as before
from core.plan_setup import plan_scenario as plan_scenario
from core.precision import PRECISIONS
from core.scenario import Pricing, Scenario, ServiceLevel
from core.settings import settings_key

MAX_ACCELERATORS = 512
TENSOR_PARALLEL_CHOICES = (1, 2, 4, 8, 16, 32, 64)
# Formats searched unless asked: 8 bits or more, which serve a model without the accuracy
# loss 4-bit weights can bring (ask for int4/fp4 explicitly).
DEFAULT_PRECISIONS = ("bf16", "fp8", "int8")

def _demand(scenario: Scenario, cases_per_day: float | None) -> float:
    if cases_per_day is not None:
        return float(cases_per_day)
    if scenario.workload.load_driver == "cases_per_day":
        return scenario.workload.cases_per_day
    from core.engine import evaluate  # the demand that utilization stands for

    demand = evaluate(scenario).cases_per_day
    return float(demand) if demand is not None else 0.0


@functools.lru_cache(maxsize=256)
def _chip(
    accelerator: AcceleratorSpec, stack: str, precision: str, pricing: Pricing, link_override: float | None,
    profile: str | None = None,
) -> Columns | str:
    """The accelerator's columns, or why it cannot be planned (a reason code)."""
    try:
        compute_rate(accelerator, precision)
    except ScenarioError:
        return NO_FIT  # no matrix rate usable for these weights
    renting = pricing.mode == "rent"
    entered = pricing.accelerator_price if pricing.accelerator_price is not None else pricing.server_price
    known = pricing.rental_price_per_accelerator_hour if renting else entered
    listed = accelerator.rental_price_usd_per_hour if renting else accelerator.purchase_price_usd
    if known is None and listed is None:
        return NO_PRICE
    return chip_columns(accelerator, stack, precision, pricing, link_override, profile)


@functools.lru_cache(maxsize=16)
def _chip_table(
    ids: tuple[str, ...], formats: tuple[str, ...], stack: str, pricing: Pricing, catalog_pricing: Pricing,
    own: str | None, link: float | None, profile: str | None = None,
) -> tuple[list[list[Columns | str]], dict[str, np.ndarray]]:
    """Each (chip, format)'s columns (or why it cannot be planned), and the columns as
    (A, P, 1) arrays. They depend only on these arguments: most moves reuse them."""
    catalog = load_catalog()
    per_chip: list[list[Columns | str]] = [
        [_chip(catalog.accelerator(item), stack, precision, pricing if item == own else catalog_pricing,
               link if item == own else None, profile)
         for precision in formats]
        for item in ids
    ]
    template = next((entry for row in per_chip for entry in row if not isinstance(entry, str)), None)
    arrays: dict[str, np.ndarray] = {}
    for name in template or ():
        values = np.array(
            [[entry[name] if not isinstance(entry, str) else np.nan for entry in row] for row in per_chip]
        )[:, :, None]
        values.setflags(write=False)
        arrays[name] = values
    return per_chip, arrays


# Settings that do not change one replica's speed or capacity: while only these change, the
# first pass (the costly one) is reused.
_REPLICA_FREE_SETTINGS = (
    "pricing", "workload.cases_per_day", "workload.utilization", "workload.load_driver", "workload.peak_factor",
    "workload.case_name", "workload.concurrency", "hardware.accelerator_count", "hardware.accelerators_per_server",
    "name", "description",
)
_replica_cache: dict[tuple[Any, ...], dict[str, np.ndarray]] = {}
_REPLICA_CACHE_SIZE = 8


def _replica_pass(key: tuple[Any, ...], columns: Columns) -> dict[str, np.ndarray]:
    """One replica of every combination, evaluated (kept for the last few keys)."""
    found = _replica_cache.get(key)
    if found is None:
        found = evaluate_columns(columns)
        if len(_replica_cache) >= _REPLICA_CACHE_SIZE:
            _replica_cache.pop(next(iter(_replica_cache)))
        _replica_cache[key] = found
    return found


def plan(
    scenario: Scenario,
    cases_per_day: float | None = None,
    accelerators: Sequence[str] | None = None,
    precisions: Sequence[str] | None = None,
    tensor_parallel: Sequence[int] | None = None,
    max_accelerators: int = MAX_ACCELERATORS,
    limit: int | None = None,
    own_setup_fixed: bool = False,
    best_per_accelerator: bool = False,
) -> PlanResult:
    """The cheapest setups for `scenario`'s workload, model, pricing and service level at
    `cases_per_day` (default: the scenario's demand). Cheapest first; every accelerator
    without a feasible setup is in `infeasible`, with why.

    The scenario's own accelerator keeps its price, server costs and interconnect; every
    other one takes its catalog price and the server costs of its kind (the scenario's when
    the kind is the same). `own_setup_fixed`: the scenario's own accelerator keeps its
    tensor-parallel choice (a fixed size, or what `auto` picks at the count found), so its
    setup is the one the scenario would have at that count. `best_per_accelerator`: only
    each accelerator's cheapest setup."""
    catalog = load_catalog()
    demand = _demand(scenario, cases_per_day)
    workload = scenario.workload
    ids = list(dict.fromkeys(accelerators)) if accelerators is not None else list(catalog.accelerators)
    chips = [catalog.accelerator(item) for item in ids]
    formats = list(dict.fromkeys(precisions)) if precisions is not None else list(DEFAULT_PRECISIONS)
    for precision in formats:
        if precision not in PRECISIONS:
            raise ScenarioError(f"unknown weight precision '{precision}'; known: {', '.join(PRECISIONS)}")
    sizes = np.array(tensor_parallel if tensor_parallel is not None else TENSOR_PARALLEL_CHOICES, dtype=float)
    result = PlanResult(cases_per_day=demand, peak_factor=workload.peak_factor, currency=scenario.pricing.currency)
    if not chips or not formats or demand <= 0:
        return result

    own = scenario.hardware.accelerator_id if scenario.hardware.custom_accelerator is None else None
    own_kind = accelerator_of(scenario).kind
    pricing = scenario.pricing
    catalog_pricing = pricing.model_copy(update=CATALOG_PRICES)
    link = scenario.hardware.scale_up_gb_per_s_per_direction
    stack = scenario.serving.serving_stack
    per_chip, chip_arrays = _chip_table(tuple(ids), tuple(formats), stack, pricing, catalog_pricing, own, link,
                                        scenario.serving.calibration_profile)
    base = resolve(scenario)  # the model, workload and cost columns; the chip's are replaced below
    usable = np.array([[not isinstance(entry, str) for entry in row] for row in per_chip])  # (A, P)
    if not chip_arrays:
        return PlanResult(demand, workload.peak_factor, pricing.currency, [],
                          [_infeasible(chip, row, demand, workload.case_name, formats)
                           for chip, row in zip(chips, per_chip, strict=True)])
    columns: Columns = {**base, **chip_arrays}
    columns.update(format_columns(scenario, formats))
    server_size = np.array([float(catalog.server_size(chip)) if chip.id != own
                            else float(scenario.hardware.accelerators_per_server) for chip in chips])[:, None, None]
    columns["server_price"] = np.array(
        [pricing.server_price if chip.id == own and pricing.server_price is not None else np.nan for chip in chips]
    )[:, None, None]
    columns.update(server_costs(chips, own_kind, pricing))
    columns["accelerators_per_server"] = server_size
    columns["tensor_parallel_fixed"] = sizes[None, None, :]
    columns["follows_load"] = 1.0
    columns["load_from_cases"] = 1.0
    columns["cases_per_day"] = demand
    columns["concurrency"] = 0.0

    # 1. One replica of each combination: its capacity within the service level.
    columns["accelerator_count"] = sizes[None, None, :] + 0.0 * server_size
    key = (settings_key(scenario, _REPLICA_FREE_SETTINGS), tuple(ids), tuple(formats), tuple(sizes.tolist()), own)
    replica = _replica_pass(key, columns)
    capacity = replica["capacity_output_tokens_per_s"]
    fits = replica["fits"] & usable[:, :, None] & (replica["tensor_parallel"] == sizes[None, None, :])
    reachable = replica["service_level_reachable"] > 0

    # 2. The fewest whole servers whose replicas serve the peak hour.
    tokens_per_case = workload.output_tokens_per_call * workload.calls_per_case
    peak_tokens_per_s = demand * workload.peak_factor * tokens_per_case / SECONDS_PER_DAY
    with np.errstate(divide="ignore", invalid="ignore"):
        replicas = np.maximum(np.ceil(peak_tokens_per_s / capacity * (1 - 1e-12)), 1.0)
        count = np.ceil(replicas * sizes[None, None, :] / server_size) * server_size
    feasible = fits & reachable & (capacity > 0) & np.isfinite(count) & (count <= max_accelerators)
    if own_setup_fixed and own in ids:
        own_row = ids.index(own)
        fixed = scenario.serving.tensor_parallel
        if fixed != "auto":
            feasible[own_row] &= sizes[None, :] == float(fixed)
        else:  # what auto picks at the count found must be the size searched
            own_columns = {**columns, "accelerator_count": np.where(feasible, count, sizes[None, None, :]),
                           "tensor_parallel_fixed": 0.0}
            chosen, _ = choose_tensor_parallel(own_columns)
            feasible[own_row] &= np.broadcast_to(chosen, feasible.shape)[own_row] == sizes[None, :]
    # Their cost follows from capacity alone (the operating point moves only latency), so
    # every setup is priced here and only the candidates are evaluated in full below.
    perf = {
        "capacity_output_tokens_per_s": np.floor(count / sizes[None, None, :]) * capacity,
        "flat_out_output_tokens_per_s": np.floor(count / sizes[None, None, :])
        * replica["flat_out_output_tokens_per_s"],
        "replicas": np.floor(count / sizes[None, None, :]),
        "tensor_parallel": sizes[None, None, :],
        "service_level_reachable": replica["service_level_reachable"],
    }
    with np.errstate(all="ignore"):
        priced = fleet_cost({**columns, "accelerator_count": np.where(feasible, count, 1.0)}, perf)
    estimate = np.where(feasible, priced["cost_per_case"], np.inf)
    if best_per_accelerator:
        flat = estimate.reshape(len(chips), -1)
        picks = np.argmin(flat, axis=1)
        keep = np.isfinite(flat[np.arange(len(chips)), picks])
        candidates = np.unravel_index(np.arange(len(chips))[keep] * flat.shape[1] + picks[keep], feasible.shape)
    else:
        order = np.argsort(estimate, axis=None, kind="stable")[: int(feasible.sum())]
        if limit is not None:
            order = order[: 3 * limit]  # room for setups that turn out identical
        candidates = np.unravel_index(order, feasible.shape)

    # 3. The candidates evaluated exactly, as `evaluate` would.
    plans: list[Plan] = []
    if candidates[0].size:
        exact: Columns = {}
        for name, value in columns.items():
            if isinstance(value, np.ndarray):
                exact[name] = np.broadcast_to(value, feasible.shape)[candidates]
            else:
                exact[name] = value
        exact["accelerator_count"] = count[candidates]
        figures = evaluate_columns(exact)
        # The setup meets the service level at its operating point (or it is not a plan).
        ok = np.isfinite(figures["cost_per_case"]) & (figures["over_capacity"] < 1)
        wanted = ("replicas", "peak_utilization", "case_latency_s", "concurrency", "cost_per_case",
                  "time_to_first_token_s", "time_per_output_token_s", "fleet_utilization", "capital_cost",
                  "monthly_cost", "cost_per_day", "capacity_cases_per_day")
        table = {name: figures[name].tolist() for name in wanted}
        counts, server_sizes = exact["accelerator_count"].tolist(), np.broadcast_to(
            exact["accelerators_per_server"], ok.shape).tolist()
        for i in np.nonzero(ok)[0].tolist():
            a, p, t = (int(axis[i]) for axis in candidates)
            row = {name: values[i] for name, values in table.items()}
            row["accelerator_count"], row["accelerators_per_server"] = counts[i], server_sizes[i]
            plans.append(_plan(chips[a], own, formats[p], int(sizes[t]), row, workload.case_name, demand))
    plans.sort(key=lambda item: (item.cost_per_case, item.accelerator_count, item.case_latency_s))
    # Formats that give the very same setup and figures (e.g. FP8 and INT8 at one rate): the first searched.
    distinct: dict[tuple[str, int, int, str, str], Plan] = {}
    for item in plans:  # equal to 4 significant digits: the same answer for a reader
        distinct.setdefault((item.accelerator, item.accelerator_count, item.tensor_parallel_size,
                             f"{item.cost_per_case:.4g}", f"{item.case_latency_s:.4g}"), item)
    plans = list(distinct.values())
    planned = {chips[a].id for a in np.nonzero(feasible.any(axis=(1, 2)))[0]}
    allowed = np.ones(feasible.shape, dtype=bool)  # the setups each chip may use
    if own_setup_fixed and own in ids and scenario.serving.tensor_parallel != "auto":
        allowed[ids.index(own)] = sizes[None, :] == float(scenario.serving.tensor_parallel)
    infeasible = []
    for a, chip in enumerate(chips):
        if chip.id in planned:
            continue
        fit = fits[a] & allowed[a]
        reason = (NO_PRICE if not usable[a].any() and NO_PRICE in per_chip[a] else
                  NO_FIT if not fit.any() else
                  SERVICE_LEVEL if not (fit & reachable[a]).any() else TOO_MANY)
        closest: tuple[str, float, float, int] | None = None
        if reason == SERVICE_LEVEL:  # the setup that comes closest, and the limit it misses most
            ratio = np.where(fit, _worst_ratio(workload.service_level, replica, a), np.inf)
            best_p, best_t = (int(i) for i in np.unravel_index(int(np.argmin(ratio)), ratio.shape))
            figures_at = {name: float(replica[name][a, best_p, best_t]) for name in _LATENCIES}
            binding = binding_limit(workload.service_level, figures_at, workload.case_name)
            if binding is not None:
                closest = (*binding, int(sizes[best_t]))
        message = reason_message(reason, chip, demand, workload.case_name, closest, max_accelerators, formats,
                                 workload.peak_factor)
        infeasible.append(Infeasible(chip.id, chip.name, reason, render(message), message))
    return PlanResult(demand, workload.peak_factor, scenario.pricing.currency,
                      plans[:limit] if limit is not None else plans, infeasible)


_LATENCIES = ("case_latency_s", "time_to_first_token_s", "time_per_output_token_s")


def _worst_ratio(level: ServiceLevel, replica: dict[str, np.ndarray], index: int) -> np.ndarray:
    """Per setup of one chip: its figure ÷ limit for the limit it misses most (at one call)."""
    ratios = [
        replica[name][index] / limit
        for name, limit in zip(_LATENCIES, (level.max_case_latency_s, level.max_time_to_first_token_s,
                                            level.max_time_per_output_token_s), strict=True)
        if limit is not None
    ]
    worst: np.ndarray = np.maximum.reduce(ratios) if ratios else np.zeros(replica["case_latency_s"][index].shape)
    return worst


def _infeasible(
    chip: AcceleratorSpec, row: list[Columns | str], demand: float, case: str, formats: list[str]
) -> Infeasible:
    reason = NO_PRICE if NO_PRICE in row else NO_FIT
    message = reason_message(reason, chip, demand, case, None, MAX_ACCELERATORS, formats, 1.0)
    return Infeasible(chip.id, chip.name, reason, render(message), message)


def _plan(chip: AcceleratorSpec, own: str | None, precision: str, size: int, row: dict[str, float],
          case: str, demand: float) -> Plan:
    count = round(row["accelerator_count"])
    replicas = int(row["replicas"])
    why = Message(code="plan_why", params={
        "replicas_count": replicas, "replicas_noun": "replica", "size": str(size), "accelerator": chip.name,
        "precision": precision.upper(), "peak_share": row["peak_utilization"], "latency_s": row["case_latency_s"],
        "case": case})
    caveats = _caveats(chip, precision, size)
    return Plan(
        accelerator=chip.id,
        accelerator_name=chip.name,
        accelerator_count=count,
        accelerators_per_server=round(row["accelerators_per_server"]),
        weight_precision=precision,
        tensor_parallel_size=size,
        concurrency=row["concurrency"],
        cost_per_case=row["cost_per_case"],
        case_latency_s=row["case_latency_s"],
        time_to_first_token_s=row["time_to_first_token_s"],
        time_per_output_token_s=row["time_per_output_token_s"],
        fleet_utilization=row["fleet_utilization"],
        capital_cost=row["capital_cost"],
        cost_per_month=row["monthly_cost"],
        cost_per_day=row["cost_per_day"],
        capacity_cases_per_day=row["capacity_cases_per_day"],
        price_basis="scenario" if chip.id == own else "catalog",
        why=render(why),
        why_message=why,
        caveats=tuple(render(message) for message in caveats),
        caveat_messages=caveats,
        cases_per_day=demand,
    )


def _caveats(chip: AcceleratorSpec, precision: str, size: int) -> tuple[Message, ...]:
    """What evaluate warns of for this setup (core.explain), so a plan never hides it."""
    notes = []
    rate, _ = compute_rate(chip, precision)
    if rate != precision and precision != "int4":
        notes.append(Message(code="no_matrix_units", params={"accelerator": chip.name, "precision": precision,
                                                            "rate": rate}))
    if size > chip.scale_up_domain:
        notes.append(Message(code="replica_crosses_scale_out", params={"used": str(size),
                                                                      "domain": str(chip.scale_up_domain)}))
    return tuple(notes)
