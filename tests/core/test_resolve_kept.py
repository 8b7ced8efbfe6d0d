"""resolve keeps the columns that depend only on the calibration, chip, stack, format and model
(core.inputs._kept): kept columns must equal fresh ones, and a profile written again under the
same name must be read afresh, not served from what was kept for its old values."""

from __future__ import annotations

import copy
import math
from pathlib import Path

import pytest

from core import default_scenario, inputs
from core.calibration_profiles import save_profile
from core.catalog import load_calibration
from core.inputs import resolve


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path))
    return tmp_path


def _same(a: dict[str, object], b: dict[str, object]) -> bool:
    return a.keys() == b.keys() and all(
        a[k] == b[k] or (isinstance(a[k], float) and math.isnan(a[k]) and math.isnan(b[k]))  # type: ignore[arg-type]
        for k in a)


def test_kept_columns_equal_fresh_ones_for_every_move_of_a_slider() -> None:
    scenario = default_scenario()
    for change in ({}, {"pricing.pue": 1.7}, {"model.total_params_b": 300.0}, {"model.weight_precision": "fp8"},
                   {"hardware.accelerator_id": "h100-sxm", "hardware.accelerators_per_server": 8},
                   {"serving.serving_stack": "sglang"}, {"pricing.mode": "rent"}):
        moved = scenario.updated(change)
        kept = resolve(moved)
        inputs._kept.clear()
        assert _same(kept, resolve(moved)), change


def test_a_profile_written_again_is_read_afresh() -> None:
    data = copy.deepcopy(load_calibration().model_dump(mode="json"))
    save_profile("lab", data, {"rows": 0})
    scenario = default_scenario().updated({"serving.calibration_profile": "lab"})
    before = resolve(scenario)
    stack = scenario.serving.serving_stack
    data["stacks"][stack]["bandwidth_efficiency"] *= 0.5
    data["stacks"][stack]["step_overhead_s"] *= 3.0
    # A new modification time even on a coarse clock: the profile cache compares it.
    path = save_profile("lab", data, {"rows": 0})
    stamp = path.stat().st_mtime_ns + 10**9
    import os
    os.utime(path, ns=(stamp, stamp))
    after = resolve(scenario)
    assert after["step_overhead_s"] == pytest.approx(3.0 * before["step_overhead_s"])
    assert after["bandwidth_efficiency"] < before["bandwidth_efficiency"]
