"""What a report says about the pinned scenarios (each one's figures, and the change to each
split by input) and about which inputs matter most (the tornado's biggest bars), as data."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.compare import compare
from core.errors import ScenarioError
from core.scenario import Scenario
from core.sensitivity import tornado

SENSITIVITY_BARS = 6  # the inputs that move the cost per case most


@dataclass(frozen=True)
class ComparedScenario:
    name: str
    accelerator_count: int
    accelerator_name: str
    cost_per_case: float | None
    cost_per_case_p10: float | None
    cost_per_case_p90: float | None
    case_latency_s: float | None
    meets_service_level: bool | None


@dataclass(frozen=True)
class ComparisonData:
    currency: str
    rows: tuple[ComparedScenario, ...]  # the open scenario first
    # The change from the open scenario to the first pinned one, split by input group.
    against: str
    attribution: tuple[tuple[str, float], ...]
    cost_per_case_change: float | None
    # The same for the second, third… pinned scenario: (name, attribution, change).
    others: tuple[tuple[str, tuple[tuple[str, float], ...], float | None], ...] = ()


@dataclass(frozen=True)
class SensitivityBar:
    setting: str  # dotted path
    input: str  # the engine's plain name for it
    low_value: Any
    high_value: Any
    low: float | None
    high: float | None
    # An end beyond this fleet's capacity (its figure holds the fleet) and what serving it takes.
    low_over_capacity: bool = False
    high_over_capacity: bool = False
    accelerators_needed: int | None = None


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def comparison_of(scenario: Scenario, pinned: Sequence[tuple[str, Scenario]], name: str) -> ComparisonData | None:
    if not pinned:
        return None
    chosen = list(pinned)[:4]
    result = compare([scenario, *(s for _n, s in chosen)], [name, *(n for n, _s in chosen)])
    rows = tuple(
        ComparedScenario(label, o.accelerator_count, o.accelerator_name, _finite(o.cost_per_case),
                         _finite(o.cost_per_case_p10), _finite(o.cost_per_case_p90), _finite(o.case_latency_s),
                         o.meets_service_level)
        for label, o in zip(result.names, result.outcomes, strict=True)
    )
    first = result.waterfalls[0]
    return ComparisonData(
        currency=scenario.pricing.currency,
        rows=rows,
        against=result.names[1],
        attribution=tuple((item.input, item.cost_per_case_change) for item in first.attribution),
        cost_per_case_change=first.cost_per_case_change,
        others=tuple((name, tuple((item.input, item.cost_per_case_change) for item in fall.attribution),
                      fall.cost_per_case_change) for name, fall in zip(result.names[2:], result.waterfalls[1:],
                                                                       strict=True)),
    )


def sensitivity_of(scenario: Scenario) -> tuple[tuple[SensitivityBar, ...], float] | None:
    try:
        result = tornado(scenario)
    except ScenarioError:
        return None
    bars = [bar for bar in result.bars.get("cost_per_case", ()) if bar.swing > 0][:SENSITIVITY_BARS]
    if not bars:
        return None
    return tuple(SensitivityBar(b.setting, b.input, b.low_value, b.high_value, b.low, b.high,
                                b.low_over_capacity, b.high_over_capacity,
                                b.low_accelerators_needed if b.low_over_capacity else b.high_accelerators_needed)
                 for b in bars), result.swing
