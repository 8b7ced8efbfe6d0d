"""Replica curves kept from earlier passes (core.operating_point._curves) give exactly what
evaluating them again gives: a pass after any single setting's move, with the tornado's and the
break-even's rows, equals the same pass computed with nothing kept."""

from __future__ import annotations

import numpy as np
import pytest

import core.operating_point as operating_point
from core.errors import ScenarioError
from core.overview import ALL_PARTS, GPU_COUNT, analyze
from core.scenario_io import builtin_scenario
from core.sweep import NUMERIC_SETTINGS

MOVES = [key for key in NUMERIC_SETTINGS if key.startswith(("workload.", "pricing.", "hardware.accelerator_count",
                                                                "model."))]


def _figures(scenario, parts=ALL_PARTS):
    outcome, overview = analyze(scenario, parts=parts)
    tornado = overview.tornado
    bars = {} if tornado is None else {
        name: [(bar.setting, bar.low, bar.high) for bar in items] for name, items in tornado.bars.items()}
    volumes = None if overview.break_even is None else overview.break_even.cases_per_month
    return outcome.model_dump(), bars, volumes, {
        name: np.asarray(overview.by_gpu_count[name]) for name in ("cost_per_case", "case_latency_s")}


def _same(a, b):
    assert a[0] == b[0]
    assert a[1] == b[1]
    np.testing.assert_array_equal(a[2], b[2])
    for name in a[3]:
        np.testing.assert_array_equal(a[3][name], b[3][name])


# Categorical moves, and a link speed: it changes what a replica's all-reduce takes but not its
# memory, so the curves' grid stays as it was and only the single-valued columns tell them apart.
CHOICES = {"hardware.accelerator_id": "h100-sxm", "serving.serving_stack": "sglang", "model.weight_precision": "bf16",
           "hardware.scale_up_gb_per_s_per_direction": 20.0}


@pytest.mark.parametrize("parts", [ALL_PARTS, (GPU_COUNT,)], ids=["every part", "counts only"])
@pytest.mark.parametrize("example", ["r1-claims-8xh20", "r1-claims-cpu"])
def test_a_pass_after_each_move_equals_one_computed_afresh(example, parts):
    scenario = builtin_scenario(example)
    _figures(scenario, parts)  # the curves of the scenario before the moves are kept
    hits = 0
    moves = []
    for key in MOVES:
        holder = scenario
        for part in key.split("."):
            holder = getattr(holder, part, None)
        value = holder  # None: not a field of the scenario (a sweep's own knob)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not value:
            continue
        moves.append({key: type(value)(value * 1.25) if isinstance(value, float) else value + 1})
    moves += [{key: value} for key, value in CHOICES.items()]
    for change in moves:
        try:
            moved = scenario.updated(change)
        except ScenarioError:
            continue  # e.g. a CPU server's stack
        before = len(operating_point._curves)
        kept = _figures(moved, parts)  # may take curves kept from the earlier passes
        hits += len(operating_point._curves) == before
        operating_point._curves.clear()
        _same(kept, _figures(moved, parts))
        _figures(scenario, parts)  # back to the scenario's own curves being kept
    assert hits > 0  # some moves (prices, the load) took every curve from an earlier pass


def test_at_most_a_few_passes_are_kept():
    scenario = builtin_scenario("r1-claims-8xh20")
    for share in np.linspace(0.5, 1.5, 2 * operating_point._CURVES_KEPT):
        analyze(scenario.updated({"workload.output_tokens_per_call": int(1000 * share)}), parts=ALL_PARTS)
    assert len(operating_point._curves) <= operating_point._CURVES_KEPT
