"""Round numbers for a value axis: its steps, its ticks and their labels."""

from __future__ import annotations

import math
from collections.abc import Callable


def nice_step(raw: float) -> float:
    """The smallest round step (1, 2, 5 × 10^k) at least `raw` (> 0)."""
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def nice_ticks(low: float, high: float, most: int) -> list[float]:
    """Round values (1, 2, 5 × 10^k apart) inside [low, high], at most `most` of them."""
    span = high - low
    if not (math.isfinite(span) and span > 0) or most < 1:
        return []
    step = nice_step(span / max(most, 1))
    first = math.ceil(low / step - 1e-9)
    ticks = []
    k = first
    while k * step <= high + step * 1e-9:
        ticks.append(0.0 if abs(k * step) < step * 1e-9 else k * step)
        k += 1
    return ticks


def plain_number(step: float) -> Callable[[float], str]:
    """Tick labels with as many decimals as the step needs, thousands separated."""
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
    return lambda value: f"{value:,.{decimals}f}"
