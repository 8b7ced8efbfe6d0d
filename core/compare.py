"""Compare scenarios: which inputs differ, and how much each one moves the cost per case.

The change in cost per case from A to B is attributed to the groups of inputs that differ
(accelerator, count, price, precision, workload, load, ...) by Shapley values: every one of
the 2^k hybrids (A with some groups taken from B) is evaluated in one vectorized pass, and
each group gets its marginal effect averaged over every order of switching the groups. The
bars are order-independent and sum to the total change exactly (up to rounding).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.engine import OutcomeArrays, evaluate_columns, evaluate_sweeps, outcome_of
from core.errors import ScenarioError
from core.inputs import resolve
from core.messages import Message, render
from core.outcome import Outcome
from core.scenario import Scenario
from core.settings import COMPARISON_TOLERANCE, changed_settings
from core.translations import QT_TRANSLATE_NOOP

# Input groups, in the order the waterfall shows them. Every setting of a scenario is in one
# group or in IGNORED (tests/core/test_compare.py checks that no new setting is forgotten).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("InputNames", "accelerator"),
     ("hardware.accelerator_id", "hardware.custom_accelerator", "hardware.accelerators_per_server",
      "hardware.scale_up_gb_per_s_per_direction")),
    (QT_TRANSLATE_NOOP("InputNames", "accelerator count"), ("hardware.accelerator_count",)),
    (QT_TRANSLATE_NOOP("InputNames", "buy or rent"), ("pricing.mode", "pricing.rental_billing")),
    (QT_TRANSLATE_NOOP("InputNames", "hardware price"),
     ("pricing.accelerator_price", "pricing.server_price", "pricing.server_overhead_price",
      "pricing.rental_price_per_accelerator_hour")),
    (QT_TRANSLATE_NOOP("InputNames", "power and hosting"),
     ("pricing.electricity_price_per_kwh", "pricing.pue", "pricing.server_overhead_power_w",
      "pricing.hosting_per_server_year")),
    (QT_TRANSLATE_NOOP("InputNames", "depreciation"), ("pricing.depreciation_years",)),
    (QT_TRANSLATE_NOOP("InputNames", "exchange rate"), ("pricing.cny_per_usd",)),
    (QT_TRANSLATE_NOOP("InputNames", "model"), ("model.model_id", "model.custom_model", "model.total_params_b")),
    (QT_TRANSLATE_NOOP("InputNames", "precision"), ("model.weight_precision", "model.kv_cache_precision")),
    (QT_TRANSLATE_NOOP("InputNames", "workload"),
     ("workload.calls_per_case", "workload.input_tokens_per_call", "workload.output_tokens_per_call")),
    (QT_TRANSLATE_NOOP("InputNames", "load"),
     ("workload.cases_per_day", "workload.utilization", "workload.load_driver", "workload.peak_factor")),
    (QT_TRANSLATE_NOOP("InputNames", "service level"), ("workload.service_level",)),
    (QT_TRANSLATE_NOOP("InputNames", "serving"),
     ("workload.concurrency", "serving.tensor_parallel", "serving.serving_stack", "serving.calibration_profile")),
)
# Names and notes change no figure; the currency is aligned before comparing (B is converted).
IGNORED = frozenset({"format", "schema_version", "name", "description", "workload.case_name", "pricing.currency",
                     "pricing.cny_per_usd_date"})
# Beyond this many differing groups (2^10 = 1,024 hybrids), related groups are taken together
# so the attribution stays quick: prices as one, the work asked as one.
MAX_EXACT_GROUPS = 10
FAMILIES = {
    QT_TRANSLATE_NOOP("InputNames", "prices"): ("buy or rent", "hardware price", "power and hosting", "depreciation",
                                                "exchange rate"),
    QT_TRANSLATE_NOOP("InputNames", "workload, load and service level"): ("workload", "load", "service level"),
}


@dataclass(frozen=True)
class Attribution:
    input: str  # the group's name, e.g. "accelerator"
    cost_per_case_change: float
    settings: tuple[str, ...]  # the settings of the group that differ

    def as_json(self) -> dict[str, Any]:
        return {"input": self.input, "cost_per_case_change": self.cost_per_case_change,
                "settings": list(self.settings)}


@dataclass(frozen=True)
class Waterfall:
    """B − A in cost per case, split over the differing input groups."""

    base_name: str
    other_name: str
    currency: str
    base_cost_per_case: float | None
    other_cost_per_case: float | None
    cost_per_case_change: float | None
    attribution: tuple[Attribution, ...]
    note: str = ""  # why there is no attribution, if there is none
    note_message: Message | None = None  # the note as a code, for words in the user's language

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "against": self.base_name, "name": self.other_name, "currency": self.currency,
            "cost_per_case_change": self.cost_per_case_change,
            "attribution": [item.as_json() for item in self.attribution],
        }
        if self.note:
            data["note"] = self.note
        return data


def differing_groups(a: Scenario, b: Scenario) -> list[tuple[str, tuple[str, ...]]]:
    """The groups in which b differs from a, each with its differing settings."""
    changed = changed_settings(a, b, COMPARISON_TOLERANCE) - IGNORED
    groups = [(name, tuple(path for path in paths if path in changed)) for name, paths in GROUPS]
    return [(name, paths) for name, paths in groups if paths]


def _hybrid(a: Scenario, b: Scenario, paths: Sequence[str]) -> Scenario:
    """A with the given settings taken from B. Each value is valid on its own, so the copy
    skips re-validation (the engine reports what does not fit, e.g. a model too large)."""
    if not paths:
        return a
    sections: dict[str, dict[str, Any]] = {}
    for path in paths:
        section, field = path.split(".", 1)
        sections.setdefault(section, {})[field] = getattr(getattr(b, section), field)
    return a.model_copy(update={name: getattr(a, name).model_copy(update=fields) for name, fields in sections.items()})


# Settings that drive only their own engine columns (resolve copies them): a hybrid can take
# these columns from A's or B's resolved columns without being resolved itself.
PATH_COLUMNS: dict[str, tuple[str, ...]] = {
    "hardware.accelerator_count": ("accelerator_count",),
    "workload.calls_per_case": ("calls_per_case",),
    "workload.input_tokens_per_call": ("input_tokens",),
    "workload.output_tokens_per_call": ("output_tokens",),
    "workload.cases_per_day": ("cases_per_day",),
    "workload.utilization": ("utilization",),
    "workload.load_driver": ("load_from_cases",),
    "workload.peak_factor": ("peak_factor",),
    "workload.service_level": ("max_time_to_first_token_s", "max_time_per_output_token_s", "max_case_latency_s"),
    "pricing.depreciation_years": ("depreciation_years",),
    "pricing.electricity_price_per_kwh": ("electricity_price_per_kwh",),
    "pricing.pue": ("pue",),
    "pricing.server_overhead_power_w": ("server_overhead_power_w",),
    "pricing.hosting_per_server_year": ("hosting_per_server_year",),
}


def coalition_costs(a: Scenario, b: Scenario, groups: Sequence[tuple[str, tuple[str, ...]]]) -> np.ndarray:
    """Cost per case of every hybrid (bit i of the index set: group i taken from b), in one
    engine pass. Only hybrids of the groups that need resolving (accelerator, model, prices,
    precision, serving...) are built and resolved; the others' columns are laid in from a's
    and b's resolved columns (the same values resolve would give)."""
    k = len(groups)
    simple = [all(path in PATH_COLUMNS for path in paths) for _, paths in groups]
    hard = [index for index in range(k) if not simple[index]]
    resolved = []
    for combo in range(1 << len(hard)):
        paths = [path for bit, index in enumerate(hard) if combo >> bit & 1 for path in groups[index][1]]
        resolved.append(resolve(_hybrid(a, b, paths)))
    masks = np.arange(1 << k)
    combo_of = np.zeros(1 << k, dtype=np.intp)  # each hybrid's index among the resolved ones
    for bit, index in enumerate(hard):
        combo_of |= ((masks >> index) & 1) << bit
    columns: dict[str, Any] = {}
    for name, value in resolved[0].items():
        column = [item[name] for item in resolved]
        same = all(other == value for other in column)
        columns[name] = value if same else np.asarray(column, dtype=float)[combo_of]
    ends = (resolve(a), resolve(b))
    for index in range(k):
        if simple[index]:
            taken = ((masks >> index) & 1).astype(bool)
            for path in groups[index][1]:
                for name in PATH_COLUMNS[path]:
                    columns[name] = np.where(taken, float(ends[1][name]), float(ends[0][name]))
    costs: np.ndarray = np.broadcast_to(evaluate_columns(columns)["cost_per_case"], (1 << k,))
    return costs


def hybrid_costs(hybrids: Sequence[Scenario]) -> np.ndarray:
    """Cost per case of each scenario, in one vectorized pass: their resolved columns stacked
    (a column that is the same in all of them stays a scalar)."""
    if len(hybrids) == 1:
        return np.array([float(np.asarray(evaluate_columns(resolve(hybrids[0]))["cost_per_case"]))])
    resolved = [resolve(scenario) for scenario in hybrids]
    first = resolved[0]
    columns: dict[str, Any] = {}
    for name, value in first.items():
        column = [item[name] for item in resolved]
        same = all(other == value for other in column) if not isinstance(value, np.ndarray) else False
        columns[name] = value if same else np.asarray(column, dtype=float)
    costs: np.ndarray = np.broadcast_to(evaluate_columns(columns)["cost_per_case"], (len(hybrids),))
    return costs


def shapley(values: np.ndarray, k: int) -> np.ndarray:
    """Shapley values of k players from v over all 2^k coalitions (bit i set = player i in)."""
    masks = np.arange(1 << k)
    sizes = np.array([bin(mask).count("1") for mask in masks])
    weights = np.array([math.factorial(s) * math.factorial(k - s - 1) / math.factorial(k) if s < k else 0.0
                        for s in range(k + 1)])
    out = np.empty(k)
    for player in range(k):
        without = masks[(masks >> player) & 1 == 0]
        out[player] = float(np.sum(weights[sizes[without]] * (values[without | (1 << player)] - values[without])))
    return out


def aligned(base: Scenario, other: Scenario) -> Scenario:
    """`other` priced in `base`'s currency (amounts converted at other's exchange rate)."""
    return other.in_currency(base.pricing.currency)


def waterfall(a: Scenario, b: Scenario, a_name: str | None = None, b_name: str | None = None) -> Waterfall:
    """Attribute the change in cost per case from `a` to `b` to the input groups that differ."""
    b = aligned(a, b)
    groups = differing_groups(a, b)
    if len(groups) > MAX_EXACT_GROUPS:
        groups = _families(groups)
    k = len(groups)
    values = coalition_costs(a, b, groups)
    base, other = values[0], values[-1]
    names = (a_name or a.name, b_name or b.name)
    currency = a.pricing.currency

    def number(x: float) -> float | None:
        return float(x) if math.isfinite(x) else None

    if not (math.isfinite(base) and math.isfinite(other)):
        what = names[0] if not math.isfinite(base) else names[1]
        message = Message(code="waterfall_no_cost", params={"name": what})
        return Waterfall(names[0], names[1], currency, number(base), number(other), None, (), render(message),
                         message)
    blocks = _blocks_with_costs(values, k)
    merged = np.array([values[_mask(blocks, coalition)] for coalition in range(1 << len(blocks))])
    split = shapley(merged, len(blocks)) if blocks else np.zeros(0)
    attribution = tuple(
        Attribution(" + ".join(groups[i][0] for i in block), float(value),
                    tuple(path for i in block for path in groups[i][1]))
        for block, value in zip(blocks, split, strict=True))
    together: Message | None = None
    if any(len(block) > 1 for block in blocks):
        joined = "; ".join(" + ".join(groups[i][0] for i in block) for block in blocks if len(block) > 1)
        together = Message(code="waterfall_together", params={"groups_inputs": joined})
    return Waterfall(names[0], names[1], currency, float(base), float(other), float(other - base), attribution,
                     render(together) if together else "", together)


def _families(groups: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """Groups of one family (see FAMILIES) merged into one entry named after the family."""
    out: list[tuple[str, tuple[str, ...]]] = []
    family_of = {member: family for family, members in FAMILIES.items() for member in members}
    merged: dict[str, list[str]] = {}
    for name, paths in groups:
        family = family_of.get(name)
        if family is None:
            out.append((name, paths))
        elif family in merged:
            merged[family].extend(paths)
        else:
            merged[family] = list(paths)
            out.append((family, ()))
    return [(name, tuple(merged[name]) if name in merged else paths) for name, paths in out]


def _mask(blocks: list[list[int]], coalition: int) -> int:
    mask = 0
    for index, block in enumerate(blocks):
        if coalition >> index & 1:
            for group in block:
                mask |= 1 << group
    return mask


def _blocks_with_costs(values: np.ndarray, k: int) -> list[list[int]]:
    """Groups merged into blocks until every hybrid of whole blocks has a cost per case. A
    hybrid without one (B's count on A's chip may not hold the model) has no marginal effect
    to average; the merged game needs no new evaluation (its hybrids are among the 2^k)."""
    blocks = [[index] for index in range(k)]

    def missing(candidate: list[list[int]]) -> int:
        return sum(not math.isfinite(values[_mask(candidate, c)]) for c in range(1 << len(candidate)))

    while len(blocks) > 1 and missing(blocks):
        best: tuple[int, int, list[list[int]]] | None = None
        for i in range(len(blocks)):
            for j in range(i + 1, len(blocks)):
                candidate = [b for n, b in enumerate(blocks) if n not in (i, j)]
                candidate.insert(i, sorted(blocks[i] + blocks[j]))
                score = (missing(candidate), len(blocks[i]) + len(blocks[j]))
                if best is None or score < best[:2]:
                    best = (*score, candidate)
        assert best is not None
        blocks = best[2]
    return blocks



def common_case(scenarios: Sequence[Scenario]) -> str:
    """The case's name when every scenario has the same ("claim"); else the generic "case"."""
    names = {scenario.workload.case_name for scenario in scenarios}
    return names.pop() if len(names) == 1 else "case"


@dataclass(frozen=True)
class Comparison:
    """Up to five scenarios (the first is the baseline), their outcomes, and each one's
    waterfall against the first."""

    names: tuple[str, ...]
    scenarios: tuple[Scenario, ...]  # all in the first one's currency
    outcomes: tuple[Outcome, ...]
    waterfalls: tuple[Waterfall, ...]  # scenario i + 1 against scenario 0
    cost_parts: tuple[dict[str, float | None], ...] = ()  # per case: depreciation, power, hosting, rent

    def differences(self) -> list[tuple[str, str, tuple[Any, ...]]]:
        """(group, setting path, value in each scenario) for every setting that differs anywhere."""
        base = self.scenarios[0]
        changed: set[str] = set()
        for other in self.scenarios[1:]:
            changed |= changed_settings(base, other, COMPARISON_TOLERANCE) - IGNORED
        rows = []
        for group, paths in GROUPS:
            for path in paths:
                if path in changed:
                    section, field = path.split(".", 1)
                    rows.append((group, path, tuple(getattr(getattr(s, section), field) for s in self.scenarios)))
        return rows

    def as_json(self) -> dict[str, Any]:
        scenarios = []
        for name, outcome in zip(self.names, self.outcomes, strict=True):
            entry: dict[str, Any] = {"name": name}
            entry.update(outcome.model_dump(mode="json"))
            entry["warnings"] = list(outcome.warnings)
            scenarios.append(entry)
        for entry, parts in zip(scenarios, self.cost_parts, strict=False):
            entry["cost_parts_per_case"] = parts
        first = self.waterfalls[0] if self.waterfalls else None
        data: dict[str, Any] = {
            "scenarios": scenarios,
            "currency": self.scenarios[0].pricing.currency,
            # B − A (the first two scenarios); with more, each one against A is in "comparisons".
            "attribution": [] if first is None else [item.as_json() for item in first.attribution],
            "cost_per_case_change": None if first is None else first.cost_per_case_change,
            "comparisons": [item.as_json() for item in self.waterfalls],
            "differences": [{"input": group, "setting": path, "values": [_plain(v) for v in values]}
                            for group, path, values in self.differences()],
        }
        if first is not None and first.note:
            data["note"] = first.note
        return data


def _plain(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    return dump(mode="json") if dump is not None else value


def compare(scenarios: Sequence[Scenario], names: Sequence[str] | None = None) -> Comparison:
    """Compare 2 to 5 scenarios: each one against the first."""
    if not 2 <= len(scenarios) <= 5:
        raise ScenarioError(f"compare needs 2 to 5 scenarios (got {len(scenarios)})")
    labels = tuple(names) if names is not None else tuple(s.name for s in scenarios)
    base = scenarios[0]
    converted = (base, *(aligned(base, other) for other in scenarios[1:]))
    results = evaluate_sweeps([(s, {}) for s in converted])
    outcomes = tuple(outcome_of(s, result) for s, result in zip(converted, results, strict=True))
    parts = tuple(cost_parts_per_case(result) for result in results)
    waterfalls = tuple(waterfall(base, other, labels[0], label)
                       for other, label in zip(converted[1:], labels[1:], strict=True))
    return Comparison(labels, converted, outcomes, waterfalls, parts)


COST_PARTS = ("depreciation", "power", "hosting", "rent")


def cost_parts_per_case(result: OutcomeArrays) -> dict[str, float | None]:
    """The cost per case split into what the fleet's day costs (they sum to cost_per_case)."""
    served = float(np.asarray(result["served_cases_per_day"]).reshape(-1)[0])
    out: dict[str, float | None] = {}
    for name in COST_PARTS:
        value = float(np.asarray(result[f"{name}_per_day"]).reshape(-1)[0]) / served if served > 0 else math.nan
        out[name] = value if math.isfinite(value) else None
    return out
