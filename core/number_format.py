"""Numbers as people read them, in their language: money, durations, counts, shares, sizes.

The one formatter of the app, the CLI's text and the report. CLDR rules (through Babel) give the
separators, the currency symbols, compact forms (1.1M; 110万, 2.3亿) and plural categories;
the locale is a parameter ("en" by default, "zh_CN" for 简体中文). Never scientific notation.
Formatting only: no cost or performance arithmetic lives here.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.lists import format_list
from babel.numbers import format_compact_decimal, format_decimal, get_decimal_symbol, get_group_symbol

NO_FIGURE = "—"
DEFAULT_LOCALE = "en"
LOCALES = ("en", "zh_CN")
# The app has always shown CNY as "¥" (its users mostly price in 元); CLDR's English says "CN¥".
_SYMBOLS = {("en", "CNY"): "¥", ("en", "USD"): "$", ("zh_CN", "CNY"): "¥", ("zh_CN", "USD"): "US$"}
_COMPACT_FROM = {"en": 1e6, "zh_CN": 1e4}  # below this, money and counts are written in full

# Units whose words change with the language; English singular/plural, Chinese one form.
_UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "ms": ("ms", "ms"), "s": ("s", "s"), "min": ("min", "min"), "h": ("h", "h"),
        "GB": ("GB", "GB"), "TB": ("TB", "TB"), "B": ("B", "B"),
        "GPU": ("GPU", "GPUs"), "NPU": ("NPU", "NPUs"), "CPU server": ("CPU server", "CPU servers"),
        "accelerator": ("accelerator", "accelerators"), "server": ("server", "servers"),
        "call": ("call", "calls"), "token": ("token", "tokens"), "request": ("request", "requests"),
        "replica": ("replica", "replicas"), "point": ("point", "points"),
        "claim": ("claim", "claims"), "ticket": ("ticket", "tickets"), "report": ("report", "reports"),
        "case": ("case", "cases"), "tokens/s": ("tokens/s", "tokens/s"), "day": ("day", "days"),
        "year": ("year", "years"), "month": ("month", "months"),
    },
    "zh_CN": {
        "ms": ("毫秒", "毫秒"), "s": ("秒", "秒"), "min": ("分钟", "分钟"), "h": ("小时", "小时"),
        "GB": ("GB", "GB"), "TB": ("TB", "TB"), "B": ("B", "B"),
        "GPU": ("块 GPU", "块 GPU"), "NPU": ("块 NPU", "块 NPU"), "CPU server": ("台 CPU 服务器", "台 CPU 服务器"),
        "accelerator": ("块加速卡", "块加速卡"), "server": ("台服务器", "台服务器"),
        "call": ("次调用", "次调用"), "token": ("个 Token", "个 Token"), "request": ("个请求", "个请求"),
        "replica": ("个副本", "个副本"), "point": ("个数据点", "个数据点"),
        "claim": ("件理赔", "件理赔"), "ticket": ("张工单", "张工单"), "report": ("份报告", "份报告"),
        "case": ("件", "件"), "tokens/s": ("Token/秒", "Token/秒"), "day": ("天", "天"),
        "year": ("年", "年"), "month": ("个月", "个月"),
    },
}
_TIGHT_UNITS = {"zh_CN": {"ms", "s", "min", "h", "GB", "TB", "B", "day", "year", "month"}}


def normal_locale(locale: str | None) -> str:
    """"zh", "zh_CN", "zh-Hans", "zh_Hans_CN" → "zh_CN"; anything else → "en"."""
    text = (locale or DEFAULT_LOCALE).replace("-", "_")
    return "zh_CN" if text.lower().startswith("zh") else DEFAULT_LOCALE


@lru_cache(maxsize=8)
def _babel_locale(locale: str) -> Locale:
    return Locale.parse(normal_locale(locale))


def _missing(value: float | None) -> bool:
    return value is None or not math.isfinite(value)


def _decimals_for(size: float, significant: int) -> int:
    """Decimals that show `significant` digits of a number this large (0 for big numbers)."""
    if size == 0:
        return 0
    return max(0, min(12, significant - 1 - math.floor(math.log10(size))))


def number(value: float | None, decimals: int = 0, locale: str = DEFAULT_LOCALE) -> str:
    """13,656 (en) and 13,656 (zh_CN): separators, fixed decimals, never scientific notation."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    if _plain_separators(locale):  # the same text, without Babel's pattern parsing on every call
        # As Babel rounds: the shortest decimal that reads back as the float, half to even.
        return f"{Decimal(repr(float(value))):,.{max(decimals, 0)}f}"
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=_babel_locale(locale), decimal_quantization=True)


@lru_cache(maxsize=8)
def _plain_separators(locale: str) -> bool:
    """The locale writes numbers as Python does: "." before decimals, "," between thousands
    (en, zh_CN). Formatting then takes microseconds; a slider move formats dozens of numbers."""
    babel_locale = _babel_locale(locale)
    return bool(get_decimal_symbol(babel_locale) == "." and get_group_symbol(babel_locale) == ","
                and format_decimal(1234567.891, format="#,##0.00", locale=babel_locale) == "1,234,567.89")


def significant(value: float | None, digits: int = 3, locale: str = DEFAULT_LOCALE) -> str:
    """`digits` significant digits below 10^digits, whole numbers (with separators) above."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    return number(value, _decimals_for(abs(value), digits), locale)


def compact(value: float | None, locale: str = DEFAULT_LOCALE, digits: int = 3) -> str:
    """1.37M (en) or 137万, 2.3亿 (zh_CN) once a number is large; in full below that."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    name = normal_locale(locale)
    if abs(value) < _COMPACT_FROM[name]:
        return significant(value, digits, name) if abs(value) < 10 ** (digits - 1) else number(value, 0, name)
    text = format_compact_decimal(value, locale=_babel_locale(name), fraction_digits=2)
    return text


def currency_symbol(currency: str, locale: str = DEFAULT_LOCALE) -> str:
    return _SYMBOLS.get((normal_locale(locale), currency), currency + " ")


def money(value: float | None, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """¥0.175, $1.23, ¥30,189, $1.10M; zh_CN: ¥110万, ¥2.3亿. Three significant digits for small sums."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    name = normal_locale(locale)
    symbol = currency_symbol(currency, name)
    sign = "-" if value < 0 else ""
    size = abs(value)
    if size >= _COMPACT_FROM[name]:
        # en: $1.10M, two decimals, as money is read (and without Babel's ~60 µs per call)
        text = (_two_decimals_compact(size) if name == "en"
                else format_compact_decimal(size, locale=_babel_locale(name), fraction_digits=2))
    elif size >= 1000:
        text = number(size, 0, name)
    elif size >= 10:
        text = number(size, 2, name)
    elif size == 0:
        text = "0"  # nothing costs ¥0, not ¥0.000
    elif size >= 0.01:
        text = number(size, 3, name)
    else:
        text = number(size, _decimals_for(size, 3), name)
    return f"{sign}{symbol}{text}"


def _two_decimals_compact(size: float) -> str:
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if size >= scale:
            return f"{size / scale:,.2f}{suffix}"
    return f"{size:,.0f}"


def unit_word(unit: str, count: float = 2, locale: str = DEFAULT_LOCALE) -> str:
    """The unit's word for this many: "1 GPU", "2 GPUs"; zh_CN has one form ("块 GPU")."""
    name = normal_locale(locale)
    forms = _UNITS[name].get(unit)
    if forms is None:
        return unit if count == 1 or name != "en" else unit + "s"
    plural = _babel_locale(name).plural_form(abs(count)) if count == round(count) else "other"
    return forms[0] if plural == "one" else forms[1]


def count_of(value: float | None, unit: str, locale: str = DEFAULT_LOCALE, decimals: int = 0) -> str:
    """"1 GPU", "16 GPUs", "1,234 claims"; zh_CN: "16 块 GPU", "1.37万 件理赔"."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    name = normal_locale(locale)
    figure = compact(value, name) if abs(value) >= _COMPACT_FROM[name] else number(value, decimals, name)
    word = unit_word(unit, value, name)
    joiner = "" if unit in _TIGHT_UNITS.get(name, set()) else " "
    return f"{figure}{joiner}{word}"


def quantity(value: float | None, unit: str = "", decimals: int = 0, locale: str = DEFAULT_LOCALE) -> str:
    """1,234 tokens/s; 2.50M above a million (zh_CN: 1.37万 from ten thousand); unit appended."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    name = normal_locale(locale)
    if abs(value) >= _COMPACT_FROM[name]:
        text = _two_decimals_compact(abs(value)) if name == "en" else compact(abs(value), name)
        text = ("-" if value < 0 else "") + text
    elif abs(value) < 10 and decimals == 0 and value != round(value):
        text = number(value, 1, name)
    else:
        text = number(value, decimals, name)
    if not unit:
        return text
    word = _UNITS[name].get(unit, (unit, unit))[1]
    return f"{text}{'' if unit in _TIGHT_UNITS.get(name, set()) else ' '}{word}"


def percent(fraction: float | None, decimals: int = 0, locale: str = DEFAULT_LOCALE) -> str:
    """0.853 → 85%; decimals as asked."""
    if _missing(fraction):
        return NO_FIGURE
    assert fraction is not None
    return number(fraction * 100, decimals, locale) + "%"


def share(fraction: float, locale: str = DEFAULT_LOCALE) -> str:
    """A share readable at any size: 4.2%, 85%, 1,500%, and 120× once a percentage stops reading."""
    value = fraction * 100
    if value >= 10_000:
        return number(fraction, 0, locale) + "×"
    return number(value, 1 if value < 10 else 0, locale) + "%"


def whole_capacity(cases: float | None) -> float | None:
    """What a fleet could serve, in whole cases: rounded down (3,474.6 a day is 3,474; asked for
    3,475 it would be over capacity by a hair and need another server). Under ten, to a tenth
    (0.39 a day is 0.3, not 0)."""
    if cases is None or not math.isfinite(cases):
        return None
    if 0 < cases < 10:
        return math.floor(cases * 10 + 1e-9) / 10
    return float(math.floor(cases + 1e-9))


def shown_load(cases: float | None, capacity: float | None, over_capacity: bool) -> float | None:
    """A demand as shown beside what the fleet could serve: never more than that while it is
    served (3,471.7 of 3,471.7 reads 3,471 and 3,471, not 3,472 of 3,471)."""
    whole = whole_capacity(capacity)
    if cases is None or whole is None or over_capacity:
        return cases
    return min(cases, whole) if cases > whole else cases


def cases_count(cases: float | None, locale: str = DEFAULT_LOCALE) -> str:
    """Cases a day: whole above ten, a tenth below ("0.4", not "0")."""
    if cases is None or not math.isfinite(cases):
        return NO_FIGURE
    return number(cases, 1 if 0 < cases < 10 and cases != round(cases) else 0, locale)


def duration(seconds: float | None, locale: str = DEFAULT_LOCALE) -> str:
    """12 ms, 0.44 s → 440 ms, 3.5 s, 10 s, 3 min 10 s, 5 min, 2.5 h, 2 h; zh_CN: 12毫秒, 3.5秒, 3分10秒,
    5分钟, 2.5小时."""
    if _missing(seconds):
        return NO_FIGURE
    assert seconds is not None
    name = normal_locale(locale)
    zh = name == "zh_CN"
    if seconds < 0.9995:  # (0.9996 s is "1 s", not "1,000 ms")
        millis = number(seconds * 1000, 0 if seconds >= 0.01 else 1, name)
        return f"{millis}毫秒" if zh else f"{millis} ms"
    # Whole figures without their zeros: a limit of 10 s or 5 min reads "10 s", "5 min".
    if seconds < 59.95:  # (59.96 s is "1 min", not "60 s")
        text = number(seconds, 0 if round(seconds, 1) == round(seconds) else 1, name)
        return f"{text}秒" if zh else f"{text} s"
    if round(seconds) < 3600:
        minutes, rest = divmod(round(seconds), 60)
        if rest == 0:
            return f"{minutes}分钟" if zh else f"{minutes} min"
        return f"{minutes}分{rest:02d}秒" if zh else f"{minutes} min {rest:02d} s"
    hours = seconds / 3600
    text = number(hours, 0 if round(hours, 1) == round(hours) else 1, name)
    return f"{text}小时" if zh else f"{text} h"


def gigabytes(value: float | None, locale: str = DEFAULT_LOCALE) -> str:
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    if value >= 1000:
        return f"{number(value / 1024, 2, locale)} TB"
    return f"{number(value, 1 if value < 100 else 0, locale)} GB"


def params_billions(value: float | None, locale: str = DEFAULT_LOCALE) -> str:
    """671B parameters; zh_CN: 6710亿 would be exact but engineers say "671B" in Chinese too."""
    if _missing(value):
        return NO_FIGURE
    assert value is not None
    return f"{number(value, 0 if value >= 100 else 1, locale)}B"


def compact_count(value: float, locale: str = DEFAULT_LOCALE) -> str:
    """Axis-friendly: 1, 16, 512, 1.5k, 2M, 1B; zh_CN: 1, 16, 512, 1500, 2万."""
    name = normal_locale(locale)
    if name == "zh_CN":
        for scale, suffix in ((1e8, "亿"), (1e4, "万")):
            if abs(value) >= scale:
                return f"{value / scale:g}{suffix}"
        return f"{value:g}"
    if abs(value) >= 1e9:
        return f"{value / 1e9:g}B"
    if abs(value) >= 1e6:
        return f"{value / 1e6:g}M"
    if abs(value) >= 1e3:
        return f"{value / 1e3:g}k"
    return f"{value:g}"


def listing(items: list[str], locale: str = DEFAULT_LOCALE) -> str:
    """Names joined as the language joins a list (CLDR: "a, b, and c"; 甲、乙和丙)."""
    return format_list(list(items), style="standard", locale=_babel_locale(normal_locale(locale))) if items else ""
