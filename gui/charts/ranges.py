"""Axis ranges and linear ticks for the charts: round steps, views that hold still while
the data stays comfortably inside them (formatting of axes only: no figures computed here)."""

from __future__ import annotations

import math


def linear_ticks(low: float, high: float, target: int = 6) -> list[tuple[float, str]]:
    """About `target` ticks at round 1-2-2.5-5 steps across [low, high], labelled plainly.
    Explicit ticks spare pyqtgraph's automatic tick search on every re-render.

    Of the round steps near (high - low) / target, the finest that stays within the room
    (target + 1 ticks) and puts a tick at the top is taken: a view to 3 is labelled 0, 1, 2, 3
    rather than 0 and 2. Else the usual step, or a finer one (one tick more allowed) when the
    usual one would label fewer than two values past the low end (96 GB as 0, 25, 50, 75 rather
    than 0 and 50; the low end's label is often cut at the axis's edge)."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return []
    span = high - low
    usual = _nice_step(span / target)
    steps = sorted({_nice_step(span / target * share) for share in (0.3, 0.4, 0.5, 0.65, 0.8, 1.2, 1.5, 1.8)} | {usual})
    for step in steps:
        ticks = _ticks_at(low, high, step)
        if ticks and len(ticks) <= target + 1 and high - ticks[-1][0] <= 0.1 * span:
            return ticks
    ticks = _ticks_at(low, high, usual)
    if sum(value > low + 1e-9 * span for value, _ in ticks) < 2:
        for step in reversed([step for step in steps if step < usual]):
            finer = _ticks_at(low, high, step)
            if len(finer) <= target + 2:
                return finer
    return ticks


def _ticks_at(low: float, high: float, step: float) -> list[tuple[float, str]]:
    decimals = next(places for places in range(12) if abs(round(step, places) - step) <= step * 1e-9)
    first = math.ceil(low / step - 1e-9)
    count = math.floor(high / step + 1e-9) - first + 1
    return [((first + i) * step, f"{(first + i) * step + 0.0:,.{decimals}f}") for i in range(max(0, count))]


def padded(span: tuple[float, float], log: bool) -> tuple[float, float]:
    low, high = span
    if log:
        low, high = math.log10(max(low, 1e-12)), math.log10(max(high, 1e-12))
    margin = (high - low) * 0.06 or (abs(high) * 0.1 if high else 1.0)
    if not log and low >= 0:
        return max(0.0, low - margin) if low > margin else 0.0, high + margin
    return low - margin, high + margin


def comfortably_inside(wanted: tuple[float, float], shown: tuple[float, float]) -> bool:
    """Data inside the view and using at least a third of it: keep the view (and its ticks)."""
    inside = shown[0] <= wanted[0] and wanted[1] <= shown[1]
    return inside and (wanted[1] - wanted[0]) * 3 >= (shown[1] - shown[0])


def _round_up(value: float, mantissas: tuple[float, ...]) -> float:
    """The smallest `mantissa` × 10^k (mantissas ascending, ending at 10) at or above a positive value."""
    exponent = math.floor(math.log10(value))
    return next(nice for mantissa in mantissas if (nice := mantissa * 10.0**exponent) >= value * (1 - 1e-12))


def _nice_step(value: float) -> float:
    """A tick step: 1-2-2.5-5 × 10^k (0, 25, 50, 75 on a 96 GB axis, where 1-2-5 steps label only 50)."""
    return _round_up(value, (1.0, 2.0, 2.5, 5.0, 10.0))


def _nice_ceil(value: float) -> float:
    """The smallest 1-2-5 × 10^k at or above a positive value."""
    return _round_up(value, (1.0, 2.0, 5.0, 10.0))


# Tops a linear axis from zero may take: round enough for round ticks (see linear_ticks), close
# enough that the data fills most of the view (1-2-5 alone put a curve ending at 2.1 under a top of 5),
# and few enough that a drag seldom moves the top (each new top lays out the axis again).
_TOP_MANTISSAS = (1.0, 1.5, 2.0, 3.0, 5.0, 10.0)


def nice_top(value: float) -> float:
    """The smallest round top (`_TOP_MANTISSAS` × 10^k) at or above a positive value."""
    return _round_up(value, _TOP_MANTISSAS)


def with_headroom(view: tuple[float, float]) -> tuple[float, float]:
    """A little room past the top tick so its label is not cut in half by the frame."""
    low, high = view
    return low, high + 0.04 * (high - low)


def roomy(wanted: tuple[float, float], log: bool) -> tuple[float, float]:
    """Snap the view to round bounds (log axes: whole decades; linear axes from zero: a round
    top, see nice_top; otherwise 1-2-5 steps) so small moves keep it."""
    low, high = wanted
    if log:
        return float(math.floor(low)), float(max(math.ceil(high), math.floor(low) + 1))
    if low == 0 and high > 0:
        return 0.0, nice_top(high)
    step = _nice_ceil((high - low) / 4) if high > low else 1.0
    return math.floor(low / step) * step, max(math.ceil(high / step) * step, math.floor(low / step) * step + step)
