"""The one number formatter: CLDR separators, currency symbols, 万/亿, plurals, never scientific notation."""

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import number_format as nf


@pytest.mark.parametrize(
    ("value", "english", "chinese"),
    [
        (1_100_000, "¥1.10M", "¥110万"),
        (97_200, "¥97,200", "¥9.72万"),
        (230_000_000, "¥230.00M", "¥2.3亿"),
        (0.1734, "¥0.173", "¥0.173"),
        (0.00273, "¥0.00273", "¥0.00273"),
        (12.5, "¥12.50", "¥12.50"),
        (-5, "-¥5.000", "-¥5.000"),
        (None, "—", "—"),
        (math.nan, "—", "—"),
    ],
)
def test_money_in_both_languages(value: float | None, english: str, chinese: str) -> None:
    assert nf.money(value, "CNY") == english
    assert nf.money(value, "CNY", "zh_CN") == chinese


def test_currency_symbols_follow_the_language() -> None:
    assert nf.money(3.5, "USD") == "$3.500"
    assert nf.money(3.5, "USD", "zh_CN") == "US$3.500"
    assert nf.money(2e6, "USD", "zh-Hans") == "US$200万"  # any Chinese spelling is Simplified Chinese


def test_counts_agree_with_their_number() -> None:
    assert nf.count_of(1, "GPU") == "1 GPU"
    assert nf.count_of(8, "GPU") == "8 GPUs"
    assert nf.count_of(1, "call") == "1 call"
    assert nf.count_of(1, "claim") == "1 claim"
    assert nf.count_of(13_700, "claim") == "13,700 claims"
    assert nf.count_of(1, "CPU server") == "1 CPU server"
    assert nf.count_of(2, "CPU server") == "2 CPU servers"
    assert nf.count_of(8, "GPU", "zh_CN") == "8 块 GPU"
    assert nf.count_of(13_700, "claim", "zh_CN") == "1.37万 件理赔"
    assert nf.count_of(2.5e8, "call", "zh_CN") == "2.5亿 次调用"


def test_durations_and_shares() -> None:
    assert [nf.duration(s) for s in (0.012, 0.44, 3.5, 190, 9000)] == ["12 ms", "440 ms", "3.5 s", "3 min 10 s",
                                                                       "2.5 h"]
    assert [nf.duration(s, "zh_CN") for s in (0.012, 3.5, 190, 9000)] == ["12毫秒", "3.5秒", "3分10秒", "2.5小时"]
    # Round limits read as people say them, not "5 min 00 s" or "10.0 s".
    assert [nf.duration(s) for s in (10.0, 300.0, 7200.0, 59.96)] == ["10 s", "5 min", "2 h", "1 min"]
    assert [nf.duration(s, "zh_CN") for s in (10.0, 300.0)] == ["10秒", "5分钟"]
    assert nf.percent(0.853) == "85%" and nf.share(0.042) == "4.2%" and nf.share(250) == "250×"


def test_compact_axis_labels_in_chinese_are_wan_and_yi() -> None:
    assert [nf.compact_count(v) for v in (1, 512, 1500, 2e6)] == ["1", "512", "1.5k", "2M"]
    assert [nf.compact_count(v, "zh_CN") for v in (1, 512, 1500, 2e4, 3e8)] == ["1", "512", "1500", "2万", "3亿"]
    assert nf.quantity(13_656.4, "tokens/s", locale="zh_CN") == "1.37万 Token/秒"
    assert nf.quantity(13_656.4, "tokens/s") == "13,656 tokens/s"


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_never_scientific_notation(value: float) -> None:
    for locale in nf.LOCALES:
        for text in (nf.money(value, "CNY", locale), nf.quantity(value, locale=locale),
                     nf.significant(value, 3, locale), nf.number(value, 2, locale), nf.compact(value, locale)):
            assert not re.search(r"\d[eE][+-]?\d", text), text


def test_the_fast_path_writes_exactly_what_babel_writes() -> None:
    """number() skips Babel where the locale writes numbers as Python does; the text must not change."""
    import random

    from babel.numbers import format_decimal

    from core import number_format as nf

    rng = random.Random(11)
    for _ in range(5000):
        value = rng.choice([rng.uniform(-1e7, 1e7), round(rng.uniform(0, 100), 3), round(rng.uniform(-5, 5), 1),
                            rng.uniform(-1, 1), 0.0, -0.0, rng.random() * 1e15])
        decimals = rng.randint(0, 4)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        for locale in ("en", "zh_CN"):
            expected = format_decimal(value, format=pattern, locale=nf._babel_locale(locale),
                                      decimal_quantization=True)
            assert nf.number(value, decimals, locale) == expected, (value, decimals, locale)
