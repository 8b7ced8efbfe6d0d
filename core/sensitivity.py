"""Sensitivity: which input matters. A tornado of cost per case and case latency.

Each numeric input is moved ±swing (20% by default; whole numbers stay whole and move by at
least one, a fleet of full servers by whole servers; shares and factors stay in range) with
everything else held, and each categorical one to its neighbouring choice (the next cheaper
and next dearer accelerator of the same kind and server size at catalog prices, the next
narrower and wider number format). Every bar is one evaluation; all of them run in one
vectorized pass. An end beyond the fleet's capacity is
marked with what serving it takes (the bar itself holds the fleet, as the definition says).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.catalog import load_catalog
from core.engine import evaluate_sweeps
from core.errors import ScenarioError
from core.inputs import Columns, resolve
from core.scenario import Scenario
from core.sweep import NUMERIC_SETTINGS
from core.translations import QT_TRANSLATE_NOOP

DEFAULT_SWING = 0.2
# Numeric inputs listed after the others among bars of equal swing (see tornado_from).
_LISTED_LAST = ("pricing.server_price", "pricing.server_overhead_price")
FIGURES = ("cost_per_case", "case_latency_s")
WHOLE = frozenset({"hardware.accelerator_count", "workload.calls_per_case", "workload.input_tokens_per_call",
                   "workload.output_tokens_per_call", "workload.concurrency"})
# (lowest, highest) a setting may take.
_BOUNDS = {"workload.utilization": (1e-6, 1.0), "pricing.pue": (1.0, 5.0), "workload.peak_factor": (1.0, 1000.0),
           "pricing.depreciation_years": (0.1, 50.0)}
LABELS = {
    "hardware.accelerator_count": QT_TRANSLATE_NOOP("InputNames", "accelerator count"),
    "hardware.accelerator_id": QT_TRANSLATE_NOOP("InputNames", "accelerator"),
    "model.weight_precision": QT_TRANSLATE_NOOP("InputNames", "weight precision"),
    "model.kv_cache_precision": QT_TRANSLATE_NOOP("InputNames", "KV cache precision"),
    "workload.calls_per_case": QT_TRANSLATE_NOOP("InputNames", "calls per case"),
    "workload.input_tokens_per_call": QT_TRANSLATE_NOOP("InputNames", "input tokens per call"),
    "workload.output_tokens_per_call": QT_TRANSLATE_NOOP("InputNames", "output tokens per call"),
    "workload.cases_per_day": QT_TRANSLATE_NOOP("InputNames", "cases per day"),
    "workload.utilization": QT_TRANSLATE_NOOP("InputNames", "utilization"),
    "workload.peak_factor": QT_TRANSLATE_NOOP("InputNames", "peak factor"),
    "workload.concurrency": QT_TRANSLATE_NOOP("InputNames", "calls in flight"),
    "workload.service_level.max_case_latency_s": QT_TRANSLATE_NOOP("InputNames", "max time per case"),
    "workload.service_level.max_time_to_first_token_s": QT_TRANSLATE_NOOP("InputNames", "max time to first token"),
    "workload.service_level.max_time_per_output_token_s": QT_TRANSLATE_NOOP("InputNames", "max time per output token"),
    "pricing.accelerator_price": QT_TRANSLATE_NOOP("InputNames", "accelerator price"),
    "pricing.server_price": QT_TRANSLATE_NOOP("InputNames", "server price"),
    "pricing.server_overhead_price": QT_TRANSLATE_NOOP("InputNames", "server overhead price"),
    "pricing.rental_price_per_accelerator_hour": QT_TRANSLATE_NOOP("InputNames", "rental price per hour"),
    "pricing.electricity_price_per_kwh": QT_TRANSLATE_NOOP("InputNames", "electricity price"),
    "pricing.pue": QT_TRANSLATE_NOOP("InputNames", "PUE"),
    "pricing.depreciation_years": QT_TRANSLATE_NOOP("InputNames", "depreciation years"),
    "pricing.hosting_per_server_year": QT_TRANSLATE_NOOP("InputNames", "hosting per server-year"),
}


@dataclass(frozen=True)
class Bar:
    setting: str  # dotted path, e.g. "pricing.server_price"
    input: str  # plain words
    low_value: Any  # the input's value at the bar's low end (a number or a choice id)
    high_value: Any
    low: float | None  # the figure at low_value (None: no meaning there, e.g. no fit)
    high: float | None

    base: float | None = None  # the scenario's own figure
    # At that end this fleet cannot serve the demand within the service level (the figure is
    # what the fleet alone would give; serving the demand takes `*_accelerators_needed`).
    low_over_capacity: bool = False
    high_over_capacity: bool = False
    low_accelerators_needed: int | None = None
    high_accelerators_needed: int | None = None

    @property
    def swing(self) -> float:
        """|high − low|; with one end without a figure (no fit, out of reach), how far the
        other end moves from the scenario's own figure, so a big lever is never listed last."""
        if self.low is not None and self.high is not None:
            return abs(self.high - self.low)
        end = self.low if self.low is not None else self.high
        if end is None or self.base is None:
            return -1.0  # nothing to measure: listed last
        return abs(end - self.base)

    @property
    def over_capacity(self) -> bool:
        """Either end is beyond what this fleet serves: its figure holds the fleet, not the demand."""
        return self.low_over_capacity or self.high_over_capacity

    def as_json(self) -> dict[str, Any]:
        return {"input": self.input, "setting": self.setting, "low": self.low, "high": self.high,
                "low_value": self.low_value, "high_value": self.high_value,
                "low_over_capacity": self.low_over_capacity, "high_over_capacity": self.high_over_capacity,
                "low_accelerators_needed": self.low_accelerators_needed,
                "high_accelerators_needed": self.high_accelerators_needed}


@dataclass(frozen=True)
class Tornado:
    swing: float
    currency: str
    base: dict[str, float | None]  # the scenario's own figures
    bars: dict[str, tuple[Bar, ...]]  # figure -> bars, largest swing first (see Bar.swing)
    # The scenario itself is beyond its fleet's capacity: every figure is that fleet's alone.
    base_over_capacity: bool = False

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: [bar.as_json() for bar in bars] for name, bars in self.bars.items()}
        data.update({"swing": self.swing, "currency": self.currency, "base": self.base,
                     "base_over_capacity": self.base_over_capacity})
        return data


def numeric_settings(scenario: Scenario) -> list[str]:
    """The numeric inputs that move this scenario's figures (unset targets and prices the
    scenario does not use are left out)."""
    pricing, workload, level = scenario.pricing, scenario.workload, scenario.workload.service_level
    keys = ["hardware.accelerator_count", "workload.calls_per_case", "workload.input_tokens_per_call",
            "workload.output_tokens_per_call",
            "workload.cases_per_day" if workload.load_driver == "cases_per_day" else "workload.utilization",
            "workload.peak_factor"]
    if workload.concurrency not in ("auto", "max"):
        keys.append("workload.concurrency")
    keys += [f"workload.service_level.{name}" for name in ("max_case_latency_s", "max_time_to_first_token_s",
                                                            "max_time_per_output_token_s")
             if getattr(level, name) is not None]
    if pricing.mode == "rent":
        keys.append("pricing.rental_price_per_accelerator_hour")
    else:
        if pricing.server_price is not None:
            keys.append("pricing.server_price")
        else:
            keys += ["pricing.accelerator_price", "pricing.server_overhead_price"]
        keys += ["pricing.electricity_price_per_kwh", "pricing.pue", "pricing.depreciation_years",
                 "pricing.hosting_per_server_year"]
    return keys


def _moved(setting: str, value: float, swing: float) -> tuple[float, float]:
    low, high = value * (1 - swing), value * (1 + swing)
    if setting in WHOLE:
        low, high = float(max(1, round(low))), float(round(high))
        if low == value and value > 1:
            low = value - 1
        if high == value:
            high = value + 1
    lowest, highest = _BOUNDS.get(setting, (0.0, math.inf))
    return min(max(low, lowest), highest), min(max(high, lowest), highest)


def neighbour_scenario(scenario: Scenario, setting: str, choice: str) -> Scenario:
    """The scenario with a categorical setting changed to `choice`. Another accelerator comes at
    its catalog price and server size (as `evaluate --gpu` does)."""
    if setting == "hardware.accelerator_id":
        catalog = load_catalog()
        return scenario.updated({
            "hardware.accelerator_id": choice, "hardware.custom_accelerator": None,
            "hardware.accelerators_per_server": catalog.server_size(catalog.accelerator(choice)),
            "pricing.accelerator_price": None, "pricing.server_price": None,
            "pricing.rental_price_per_accelerator_hour": None})
    return scenario.updated({setting: choice})


def _neighbours(order: list[str], current: str) -> tuple[str, str] | None:
    """The previous and next choice; at either end of the order, the choice itself (no wrapping)."""
    if current not in order or len(order) < 2:
        return None
    index = order.index(current)
    return order[max(index - 1, 0)], order[min(index + 1, len(order) - 1)]


# A format's neighbours are the next narrower and the next wider of its family: a neighbour of
# the same width (bf16 -> fp16, fp8 -> int8) would move nothing and hide the choice that does.
NARROWER = {"bf16": "fp8", "fp16": "fp8", "fp8": "fp4", "int8": "int4"}
WIDER = {"fp8": "bf16", "int8": "bf16", "fp4": "fp8", "int4": "int8"}


def accelerator_order(scenario: Scenario) -> list[str]:
    """Catalog accelerators of the scenario's kind (GPU/NPU or CPU server) sold in servers of the
    same size (an 8-GPU server's neighbour is never a part of a 72-GPU rack), from cheapest to
    dearest catalog purchase price: the neighbours are the next cheaper and the next dearer chip."""
    return list(_catalog_order(scenario.hardware.accelerator_id))


@functools.lru_cache(maxsize=64)
def _catalog_order(accelerator_id: str) -> tuple[str, ...]:
    """accelerator_order for a catalog chip (the catalog is read once: kept, as a tornado asks on every move)."""
    catalog = load_catalog()
    current = catalog.accelerators.get(accelerator_id)
    if current is None:
        return ()
    size = catalog.server_size(current)
    alike = [(spec.purchase_price_usd, name) for name, spec in catalog.accelerators.items()
             if spec.kind == current.kind and spec.purchase_price_usd is not None and catalog.server_size(spec) == size]
    return tuple(name for _, name in sorted(alike))


def categorical_choices(scenario: Scenario) -> list[tuple[str, str, str]]:
    """(setting, lower choice, higher choice) for the accelerator (next cheaper, next dearer) and
    the two precisions (next narrower, next wider; the choice itself where there is none)."""
    out = []
    if scenario.hardware.custom_accelerator is None:
        pair = _neighbours(accelerator_order(scenario), scenario.hardware.accelerator_id)
        if pair is not None:
            out.append(("hardware.accelerator_id", *pair))
    for setting in ("model.weight_precision", "model.kv_cache_precision"):
        current = getattr(scenario.model, setting.split(".")[1])
        lower, higher = NARROWER.get(current, current), WIDER.get(current, current)
        if (lower, higher) != (current, current):
            out.append((setting, lower, higher))
    return out


def _number(x: float) -> float | None:
    return float(x) if math.isfinite(x) else None


@dataclass(frozen=True)
class TornadoRequest:
    """What a tornado evaluates, beside the scenario itself (see `tornado_request`)."""

    swing: float
    currency: str
    in_sweep: tuple[str, ...]  # numeric settings moved as columns of one sweep of the scenario
    values: dict[str, tuple[float, float]]  # setting -> (low, high)
    copies: tuple[tuple[str, Any, Any], ...]  # (setting, low, high) moved through a scenario copy
    choices: tuple[tuple[str, str, str], ...]  # (setting, lower choice, higher choice)
    sweeps: tuple[tuple[Scenario, dict[str, Any]], ...]  # for evaluate_sweeps, after the scenario's own row
    ends: tuple[tuple[tuple[int, int], tuple[int, int]], ...]  # per bar, (sweep, row) of its low and high end


def _checked_swing(swing: float) -> float:
    if not (isinstance(swing, int | float) and math.isfinite(swing) and 0 < swing < 1):
        raise ScenarioError(f"swing: give a share between 0 and 1, e.g. 0.2 for ±20% (got {swing})")
    return float(swing)


def tornado_request(scenario: Scenario, swing: float = DEFAULT_SWING, columns: Columns | None = None) -> TornadoRequest:
    """The evaluations a tornado needs, to be run in one pass after the scenario's own row
    (alone, by `tornado`, or joined with the other sweeps a window draws: core.overview).
    `columns`: resolve(scenario), when the caller has it."""
    swing = _checked_swing(swing)
    columns = resolve(scenario) if columns is None else columns
    numeric = numeric_settings(scenario)
    copies: list[tuple[str, Any, Any]] = []  # settings moved through a scenario copy (not a column)
    values: dict[str, tuple[float, float]] = {}
    for key in list(numeric):
        now = float(columns[NUMERIC_SETTINGS[key]]) if key in NUMERIC_SETTINGS else float(_field(scenario, key))
        if not (math.isfinite(now) and now > 0):  # no price in the catalog, no load: nothing to move
            numeric.remove(key)
            continue
        values[key] = _moved(key, now, swing)
        per_server = scenario.hardware.accelerators_per_server
        if key == "hardware.accelerator_count" and per_server > 1 and now % per_server == 0:
            # Bought in whole servers: a fleet of full servers moves by whole servers (10 GPUs on
            # 8-GPU servers is a second server two-thirds empty), at least one, never below one.
            servers = now / per_server
            step = max(1.0, round(servers * swing))
            values[key] = (max(1.0, servers - step) * per_server, (servers + step) * per_server)
        if key not in NUMERIC_SETTINGS:
            copies.append((key, *values[key]))
    in_sweep = tuple(key for key in numeric if key in NUMERIC_SETTINGS)
    sweep: dict[str, np.ndarray] = {}
    for index, key in enumerate(in_sweep):
        array = np.full(2 * len(in_sweep), float(columns[NUMERIC_SETTINGS[key]]))
        array[2 * index:2 * index + 2] = values[key]
        sweep[key] = array
    sweeps: list[tuple[Scenario, dict[str, Any]]] = [(scenario, sweep)] if sweep else []
    # Where each bar's (low, high) ends are: (sweep, row) in `sweeps`.
    ends = [((0, 2 * index), (0, 2 * index + 1)) for index in range(len(in_sweep))]
    for key, low, high in copies:
        ends.append(((len(sweeps), 0), (len(sweeps) + 1, 0)))
        sweeps += [(scenario.updated({key: _whole(key, low)}), {}), (scenario.updated({key: _whole(key, high)}), {})]
    choices = tuple(categorical_choices(scenario))
    for setting, before, after in choices:
        # Both neighbours in one sweep of the choice (resolved without a validated copy each).
        ends.append(((len(sweeps), 0), (len(sweeps), 1)))
        sweeps.append((_neighbour_base(scenario, setting), {setting: np.array([before, after], dtype=object)}))
    return TornadoRequest(swing, scenario.pricing.currency, in_sweep, values, tuple(copies), choices,
                          tuple(sweeps), tuple(ends))


def _neighbour_base(scenario: Scenario, setting: str) -> Scenario:
    """The scenario a sweep of `setting`'s choices starts from: for the accelerator, with
    entered prices cleared and the catalog's server size (as `neighbour_scenario`)."""
    if setting != "hardware.accelerator_id":
        return scenario
    size = load_catalog().server_size(load_catalog().accelerator(scenario.hardware.accelerator_id))
    # Clearing optional prices and keeping a catalog size cannot make a valid scenario invalid.
    return scenario.model_copy(update={
        "hardware": scenario.hardware.model_copy(update={"accelerators_per_server": size}),
        "pricing": scenario.pricing.model_copy(update={
            "accelerator_price": None, "server_price": None, "rental_price_per_accelerator_hour": None})})


def tornado(scenario: Scenario, swing: float = DEFAULT_SWING) -> Tornado:
    """Cost per case and case latency at each input's low and high value, largest swing first."""
    columns = resolve(scenario)
    request = tornado_request(scenario, swing, columns)
    results = evaluate_sweeps([(scenario, {}), *request.sweeps], {id(scenario): columns})
    return tornado_from(request, results[0], results[1:])


def tornado_from(request: TornadoRequest, own: Any, results: Sequence[Any]) -> Tornado:
    """The tornado from the scenario's own row (`own`) and the results of `request.sweeps`."""
    read = [_ends_of(result) for result in results]
    own_row = _ends_of(own)
    base = {name: own_row[name][0] for name in FIGURES}
    values = request.values
    ranges: list[tuple[str, Any, Any]] = [
        (key, _whole(key, values[key][0]), _whole(key, values[key][1])) for key in request.in_sweep]
    ranges += [(key, _whole(key, low), _whole(key, high)) for key, low, high in request.copies]
    ranges += list(request.choices)
    bars: dict[str, list[Bar]] = {name: [] for name in FIGURES}
    for (setting, low_value, high_value), ((low_sweep, low_row), (high_sweep, high_row)) in zip(
            ranges, request.ends, strict=True):
        low, high = read[low_sweep], read[high_sweep]
        low_over, high_over = low["over"][low_row], high["over"][high_row]
        for name in FIGURES:
            bars[name].append(Bar(setting, LABELS.get(setting, setting), low_value, high_value,
                                  low[name][low_row], high[name][high_row], base=base[name],
                                  low_over_capacity=low_over, high_over_capacity=high_over,
                                  low_accelerators_needed=low["needed"][low_row] if low_over else None,
                                  high_accelerators_needed=high["needed"][high_row] if high_over else None))
    # Ties (bars of equal swing) in the order the inputs were listed before the server's prices
    # could ride in the sweep: the other numbers, the server's prices, then the choices.
    rank = {setting: 1 + index for index, setting in enumerate(_LISTED_LAST)}
    rank.update({setting: len(rank) + 1 for setting, _, _ in request.choices})  # the choices after the numbers
    ordered = {name: tuple(sorted(items, key=lambda bar: (-bar.swing, rank.get(bar.setting, 0))))
               for name, items in bars.items()}
    return Tornado(request.swing, request.currency, base, ordered, base_over_capacity=own_row["over"][0])


def _ends_of(result: Any) -> dict[str, list[Any]]:
    """Each row's figures (per FIGURES; None without meaning), whether this fleet is over
    capacity there, and what serving it takes."""
    def flat(name: str) -> list[float]:
        values: list[float] = np.asarray(result[name], dtype=float).reshape(-1).tolist()
        return values

    fits = [x != 0 for x in flat("fits")]  # a fleet the model does not fit serves nothing
    over = [fit and x > 0 for fit, x in zip(fits, flat("over_capacity"), strict=True)]
    needed = [int(x) if math.isfinite(x) else None for x in flat("accelerators_for_peak_demand")]
    return {**{name: [_number(x) for x in flat(name)] for name in FIGURES}, "over": over, "needed": needed}


def _field(scenario: Scenario, path: str) -> Any:
    node: Any = scenario
    for part in path.split("."):
        node = getattr(node, part)
    return node


def _whole(setting: str, value: float) -> float | int:
    return int(value) if setting in WHOLE else value


def bar_scenario(scenario: Scenario, bar: Bar, end: str) -> Scenario:
    """The scenario at one end ("low" or "high") of a bar: what the bar's figure is evaluated at."""
    value = bar.low_value if end == "low" else bar.high_value
    if isinstance(value, str):
        return neighbour_scenario(scenario, bar.setting, value)
    return scenario.updated({bar.setting: value})
