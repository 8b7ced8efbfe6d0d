"""Numbers as people read them: units, currency symbols, and "—" for no figure.

Formatting only: no cost or performance arithmetic lives here.
"""

from __future__ import annotations

import math

NO_FIGURE = "—"
CURRENCY_SYMBOLS = {"USD": "$", "CNY": "¥"}


def currency_symbol(currency: str) -> str:
    return CURRENCY_SYMBOLS.get(currency, currency + " ")


def _missing(value: float | None) -> bool:
    return value is None or not math.isfinite(value)


def money(value: float | None, currency: str) -> str:
    """¥0.175, $1.23, ¥30,189, $1.10M."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    symbol = currency_symbol(currency)
    size = abs(value)
    if size >= 1e9:
        return f"{symbol}{value / 1e9:,.2f}B"
    if size >= 1e6:
        return f"{symbol}{value / 1e6:,.2f}M"
    if size >= 1000:
        return f"{symbol}{value:,.0f}"
    if size >= 10:
        return f"{symbol}{value:,.2f}"
    if size >= 0.01 or value == 0:
        return f"{symbol}{value:,.3f}"
    # Never scientific notation: three significant digits after the leading zeros.
    decimals = min(12, 2 - math.floor(math.log10(size)))
    return f"{symbol}{value:,.{decimals}f}"


def duration(seconds: float | None) -> str:
    """12 ms, 0.44 s, 3 min 10 s, 2.5 h."""
    if _missing(seconds):
        return NO_FIGURE
    assert seconds is not None
    if seconds < 1:
        return f"{seconds * 1000:,.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"
    if seconds < 60:
        return f"{seconds:.1f} s"
    if seconds < 3600:
        minutes, rest = divmod(round(seconds), 60)
        return f"{minutes} min {rest:02d} s"
    return f"{seconds / 3600:,.1f} h"


def quantity(value: float | None, unit: str = "", decimals: int = 0) -> str:
    """1,234 tokens/s; 12.5k shown in full with separators; unit appended."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    if abs(value) >= 1e6:
        text = f"{value / 1e6:,.2f}M"
    elif abs(value) < 10 and decimals == 0 and value != round(value):
        text = f"{value:,.1f}"
    else:
        text = f"{value:,.{decimals}f}"
    return f"{text} {unit}".rstrip()


def percent(fraction: float | None, decimals: int = 0) -> str:
    if _missing(fraction):
        return NO_FIGURE
    assert fraction is not None
    return f"{fraction * 100:.{decimals}f}%"


def gigabytes(value: float | None) -> str:
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    if value >= 1000:
        return f"{value / 1024:,.2f} TB"
    return f"{value:,.1f} GB" if value < 100 else f"{value:,.0f} GB"


def params_billions(value: float | None) -> str:
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    return f"{value:,.0f}B" if value >= 100 else f"{value:,.1f}B"


def compact_count(value: float) -> str:
    """Axis-friendly: 1, 16, 512, 1.5k, 2M."""
    if abs(value) >= 1e6:
        return f"{value / 1e6:g}M"
    if abs(value) >= 1e3:
        return f"{value / 1e3:g}k"
    return f"{value:g}"
