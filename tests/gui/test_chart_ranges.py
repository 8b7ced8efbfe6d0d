"""Axis views: round, and close enough to the data that it fills most of the chart."""

from __future__ import annotations

import itertools

import pytest

from gui.charts.ranges import linear_ticks, nice_top, padded, roomy


@pytest.mark.parametrize("high", [0.013, 0.21, 1.0, 1.13, 2.1, 3.3, 4.9, 7.2, 9.99, 64.0, 1234.0])
def test_a_linear_view_from_zero_uses_most_of_its_height(high: float) -> None:
    low_view, top = roomy((0.0, high), log=False)
    assert low_view == 0.0
    assert top >= high
    # 1-2-5 tops alone left up to 60% of a chart empty (2.1 under a top of 5).
    assert high / top > 0.6


def test_the_default_cost_curve_is_not_flattened_under_a_top_of_five() -> None:
    # The default example's cost-vs-fleet view: data to ~1.98, padded by 6%.
    _, top = roomy(padded((0.0, 1.98), log=False), log=False)
    assert top == 3.0


@pytest.mark.parametrize("top", [1.0, 1.5, 2.0, 3.0, 5.0, 10.0])
def test_every_top_gets_round_ticks(top: float) -> None:
    ticks = linear_ticks(0.0, top * 1.04, target=6)
    values = [value for value, _ in ticks]
    assert values[0] == 0.0
    assert 3 <= len(values) <= 7
    assert top - values[-1] <= 0.21 * top  # the highest label sits at or near the top
    steps = {round(b - a, 9) for a, b in itertools.pairwise(values)}
    assert len(steps) == 1


def test_nice_top_is_the_smallest_round_value_at_or_above() -> None:
    assert nice_top(2.0) == 2.0
    assert nice_top(2.01) == 3.0
    assert nice_top(0.081) == pytest.approx(0.1)
    assert nice_top(850.0) == 1000.0


def test_a_96_gb_axis_is_labelled_in_quarters() -> None:
    # Four labels' room: 1-2-5 steps gave 0, 50 and 100, of which only 50 is drawn inside the axis.
    assert [label for _value, label in linear_ticks(0.0, 96.0, target=4)] == ["0", "25", "50", "75"]


def test_tick_labels_keep_the_step_s_decimals() -> None:
    assert [label for _value, label in linear_ticks(0.0, 0.75, target=3)] == ["0.00", "0.25", "0.50", "0.75"]


def test_validation_log_axis_labels_round_figures_plainly() -> None:
    from gui.validation_dialog import log_ticks

    major, minor = log_ticks(13.0, 150_000.0)
    labels = [label for _value, label in major]
    assert labels[:3] == ["20", "50", "100"] and labels[-2:] == ["50k", "100k"]  # not "2·10¹", "5·10⁴"
    assert all(label == "" for _value, label in minor) and len(minor) > len(major)
    wide, _ = log_ticks(1.0, 1e9)  # beyond five decades: decades only
    assert [label for _value, label in wide] == ["1", "10", "100", "1k", "10k", "100k", "1M", "10M", "100M", "1B"]


@pytest.mark.parametrize(("low", "high", "target", "expected"), [
    (0.0, 0.312, 3, ["0.0", "0.1", "0.2", "0.3"]),  # USD cost per case: was "0.0", "0.2" (one label drawn)
    (0.0, 3.12, 6, ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"]),
    (0.0, 96.0, 3, ["0", "25", "50", "75"]),  # a short 96 GB axis: was "0", "50"
    (0.0, 1024.0, 3, ["0", "500", "1,000"]),  # a round top keeps its label
])
def test_ticks_label_the_top_or_at_least_two_values(low, high, target, expected) -> None:
    assert [label for _value, label in linear_ticks(low, high, target)] == expected


@pytest.mark.parametrize("target", [3, 4])
def test_a_short_axis_to_five_labels_its_top(target) -> None:
    # Was 0, 2, 4: the top (5) unlabelled, though a 2.5 step fits the room.
    assert [label for _value, label in linear_ticks(0.0, 5.2, target)] == ["0.0", "2.5", "5.0"]
