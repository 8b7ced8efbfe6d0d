"""Scenario files: round trip, atomic save with backup, and plain-word errors for bad files."""

import json
import math
from pathlib import Path

import pytest

from core import ScenarioError, load_scenario, save_scenario
from core.scenario import SCHEMA_VERSION
from core.scenario_io import builtin_scenario, builtin_scenario_names, load_scenario_with_notices

FIXTURES = Path(__file__).parent / "fixtures"


def test_round_trip_keeps_every_field(scenario, tmp_path) -> None:
    changed = scenario.updated({"hardware.accelerator_count": 24, "workload.concurrency": 17, "name": "Ünïcode ✓ 理赔"})
    path = tmp_path / "s.json"
    save_scenario(changed, path)
    assert load_scenario(path) == changed
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "inferonomics-scenario" and data["schema_version"] == SCHEMA_VERSION


def test_save_keeps_previous_version_as_backup_and_leaves_no_temporaries(scenario, tmp_path) -> None:
    path = tmp_path / "s.json"
    save_scenario(scenario, path)
    save_scenario(scenario.updated({"hardware.accelerator_count": 16}), path)
    assert load_scenario(path).hardware.accelerator_count == 16
    assert load_scenario(tmp_path / "s.json.bak").hardware.accelerator_count == 8
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json", "s.json.bak"]


def test_save_to_missing_folder_is_a_scenario_error(scenario, tmp_path) -> None:
    with pytest.raises(ScenarioError, match="cannot write"):
        save_scenario(scenario, tmp_path / "no" / "such" / "s.json")


def test_every_released_schema_version_still_loads() -> None:
    fixtures = sorted(FIXTURES.glob("schema-v*.json"))
    assert fixtures, "keep one fixture per released schema version"
    for fixture in fixtures:
        loaded = load_scenario(fixture)
        assert loaded.hardware.accelerator_id


def test_builtin_scenarios_all_load() -> None:
    names = builtin_scenario_names()
    assert {"r1-claims-8xh20", "r1-claims-cpu", "r1-claims-8xh100", "r1-claims-8xb200"} <= set(names)
    for name in names:
        assert builtin_scenario(name).name


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    return path


def _valid(scenario) -> dict:
    return scenario.model_dump(mode="json")


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["hardware"].update(accelerator_count=-3), "hardware.accelerator_count"),
        (lambda d: d["workload"].update(utilization=1.5), "workload.utilization"),
        (lambda d: d["hardware"].update(accelerator_id="warp-drive"), "unknown accelerator 'warp-drive'"),
        (lambda d: d["model"].update(weight_precision="fp3"), "model.weight_precision"),
        (lambda d: d["workload"].update(bogus=1), "workload.bogus: unknown field"),
        (lambda d: d.pop("pricing"), "pricing: missing"),
        (lambda d: d.update(format="something-else"), "not an Inferonomics scenario"),
        (lambda d: d.update(schema_version="one"), "schema_version"),
        (lambda d: d["workload"].update(concurrency="lots"), "workload.concurrency"),
    ],
)
def test_bad_fields_are_named(scenario, tmp_path, mutate, expected) -> None:
    from core import evaluate

    data = _valid(scenario)
    mutate(data)
    path = _write(tmp_path, json.dumps(data).encode())
    with pytest.raises(ScenarioError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        evaluate(load_scenario(path))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "inferonomics-scenario", ', "not valid JSON"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b"[" * 100_000 + b"]" * 100_000, r"nested|not valid JSON"),
        (b'{"a": NaN}', "NaN"),
        (b'{"a": Infinity}', "Infinity"),
        (b" " * (5 * 1024 * 1024), "at most"),
    ],
)
def test_malformed_files_give_one_plain_message(tmp_path, content, expected) -> None:
    with pytest.raises(ScenarioError, match=expected):
        load_scenario(_write(tmp_path, content))


def test_nan_in_a_field_is_rejected_with_its_name(scenario, tmp_path) -> None:
    text = json.dumps(_valid(scenario)).replace('"utilization": 0.5', '"utilization": NaN')
    with pytest.raises(ScenarioError, match="NaN"):
        load_scenario(_write(tmp_path, text.encode()))
    data = _valid(scenario)
    data["workload"]["utilization"] = 1e400  # parses as inf in Python's json
    text = json.dumps(data).replace("Infinity", "1e400")
    with pytest.raises(ScenarioError, match=r"workload\.utilization"):
        load_scenario(_write(tmp_path, text.encode()))


def test_utf8_bom_is_accepted(scenario, tmp_path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + json.dumps(_valid(scenario)).encode())
    assert load_scenario(path) == scenario


def test_file_from_newer_version_opens_with_a_notice(scenario, tmp_path) -> None:
    data = _valid(scenario)
    data["schema_version"] = 7
    data["workload"]["carbon_budget_kg"] = 12
    data["future_section"] = {"x": 1}
    loaded, notices = load_scenario_with_notices(_write(tmp_path, json.dumps(data).encode()))
    assert loaded.workload.input_tokens_per_call == scenario.workload.input_tokens_per_call
    assert len(notices) == 1
    assert "newer" in notices[0] and "workload.carbon_budget_kg" in notices[0] and "future_section" in notices[0]


def test_missing_file_and_folder(tmp_path) -> None:
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "nope.json")
    with pytest.raises(ScenarioError, match="folder"):
        load_scenario(tmp_path)


def test_no_value_in_a_loaded_scenario_is_not_finite(scenario) -> None:
    for value in json.loads(json.dumps(_valid(scenario))).get("workload").values():
        if isinstance(value, float):
            assert math.isfinite(value)
