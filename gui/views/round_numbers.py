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


def padded_range(low: float, high: float, steps: int) -> tuple[float, float]:
    """[low, high] with some room each side, out to round values about a `steps`th of it apart (a figure
    growing move by move then keeps the range, and its tick labels, for a while). Figures all of one
    sign (a cost, a time) never get an axis reaching the other side of zero ("-1 minutes")."""
    pad = (high - low) * 0.08 or abs(high) * 0.1 or 1.0
    shown_low, shown_high = low - pad, high + pad
    if math.isfinite(shown_high - shown_low):
        step = nice_step((shown_high - shown_low) / steps)
        shown_low, shown_high = math.floor(shown_low / step) * step, math.ceil(shown_high / step) * step
    if low >= 0 < high:
        shown_low = max(shown_low, 0.0)
    elif low < 0 >= high:
        shown_high = min(shown_high, 0.0)
    return shown_low, shown_high
