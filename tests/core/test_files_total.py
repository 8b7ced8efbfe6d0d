"""Issue 13, files: every path from bytes to the engine is total. A file is accepted only
when the engine can evaluate it to finite figures; anything else is one ScenarioError
sentence (never another exception), quickly. Each test failed on the code before."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import ScenarioError, default_scenario, load_scenario, save_scenario
from core.catalog import load_catalog, read_resource_text
from core.fuzzing import FuzzReport, check_file, mutate
from core.scenario_io import (
    MAX_FILE_BYTES,
    builtin_scenario_names,
    checked_analysis,
    checked_evaluate,
    parse_scenario_text,
    scenario_to_json,
)

VALID = read_resource_text("scenarios", "r1-claims-8xh20.json").encode("utf-8")


def _data() -> dict:
    return json.loads(VALID)


def _refusal(raw: bytes | str) -> str:
    """The one sentence a file is refused with (fails the test on any other ending)."""
    content = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    start = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:
        parse_scenario_text(content)
    assert time.perf_counter() - start < 1.0  # the limit for showing an error
    text = str(caught.value)
    assert text and "\n" not in text and len(text) < 600
    return text


def _with_custom_accelerator(**changes: object) -> dict:
    data = _data()
    chip = load_catalog().accelerator("h20").model_dump(mode="json")
    chip.update(changes)
    data["hardware"]["custom_accelerator"] = chip
    return data


# --- valid file, broken engine ----------------------------------------------------------
def test_custom_accelerator_without_usable_flops_is_refused_when_opened() -> None:
    data = _with_custom_accelerator(dense_tflops={"fp16": None, "bf16": None, "fp8": None, "int8": None})
    assert "matrix throughput" in _refusal(json.dumps(data))


def test_custom_accelerator_without_a_price_is_refused_when_opened() -> None:
    data = _with_custom_accelerator(purchase_price_usd=None)
    data["pricing"]["server_price"] = None
    assert "no purchase price" in _refusal(json.dumps(data))


def test_an_engine_failure_of_any_kind_becomes_one_scenario_error(monkeypatch) -> None:
    import core.scenario_io as scenario_io

    def broken(_scenario):
        raise OverflowError("math range error")

    monkeypatch.setattr(scenario_io, "analyze", broken)
    monkeypatch.setattr(scenario_io, "evaluate", broken)
    assert "cannot evaluate" in _refusal(VALID)
    with pytest.raises(ScenarioError, match="cannot evaluate"):
        checked_evaluate(default_scenario())
    with pytest.raises(ScenarioError, match="cannot evaluate"):
        checked_analysis(default_scenario())


# --- numbers that are not numbers ---------------------------------------------------------
def test_integer_of_thousands_of_digits_is_refused_naming_its_field() -> None:
    text = VALID.decode().replace('"accelerator_count": 8', '"accelerator_count": ' + "9" * 5_000)
    assert "hardware.accelerator_count" in _refusal(text) and "5,000 digits" in _refusal(text)


@pytest.mark.parametrize("field", ["purchase_price_usd", "memory_gb", "tdp_w"])
def test_1e400_in_a_custom_field_is_refused_not_infinity(field: str) -> None:
    data = _with_custom_accelerator(**{field: 123.0})
    text = json.dumps(data).replace(f'"{field}": 123.0', f'"{field}": 1e400')
    assert f"hardware.custom_accelerator.{field}" in _refusal(text)


def test_vanishing_utilization_is_refused() -> None:
    data = _data()
    data["workload"]["utilization"] = 1e-310
    assert "workload.utilization" in _refusal(json.dumps(data))


def test_true_is_not_a_count() -> None:
    text = VALID.decode().replace('"accelerator_count": 8', '"accelerator_count": true')
    assert "hardware.accelerator_count" in _refusal(text)


def test_a_scenario_with_a_non_finite_number_is_never_written(tmp_path: Path) -> None:
    scenario = default_scenario()
    broken = scenario.model_copy(
        update={"workload": scenario.workload.model_copy(update={"cases_per_day": float("inf")})}
    )
    with pytest.raises(ScenarioError, match="not finite"):
        save_scenario(broken, tmp_path / "s.json")
    assert not (tmp_path / "s.json").exists()


# --- slow paths ---------------------------------------------------------------------------
def test_a_key_of_megabytes_is_refused_quickly() -> None:
    text = VALID.decode().replace("{", '{"' + "k" * 3_000_000 + '": 1, ', 1)
    assert "field name 3,000,000 characters long" in _refusal(text)


def test_150k_children_under_one_key_are_refused_quickly() -> None:
    data = _data()
    data["hardware"] = {f"k{i}": i for i in range(150_000)}
    assert "150,000 fields" in _refusal(json.dumps(data))
    data["hardware"] = list(range(150_000))
    assert "150,000 items" in _refusal(json.dumps(data))


def test_duplicate_keys_are_refused() -> None:
    text = VALID.decode().replace('"accelerator_count": 8', '"accelerator_count": 8, "accelerator_count": 16')
    assert 'field "accelerator_count" appears twice' in _refusal(text)


def test_size_limit_message_states_the_limit_not_the_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES * 3))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert f"{MAX_FILE_BYTES:,}" in str(caught.value)
    assert f"{MAX_FILE_BYTES + 1:,}" not in str(caught.value)


def test_lone_surrogate_is_refused_not_a_crash_at_save() -> None:
    text = VALID.decode().replace('"name": "', '"name": "\\ud800', 1)
    assert "name" in _refusal(text)


# --- properties over generated files --------------------------------------------------------
def _assert_contract(content: bytes) -> None:
    report = FuzzReport()
    start = time.perf_counter()
    check_file(content, report, "file")
    assert time.perf_counter() - start < 1.0
    assert report.other_exceptions == []
    assert report.accepted_not_evaluating == []
    assert report.accepted_not_round_tripping == []
    assert report.unclear_refusals == []


_BASES = [read_resource_text("scenarios", f"{name}.json").encode("utf-8") for name in builtin_scenario_names()]
_ODD = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**50), 10**50), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                                                 max_size=2),
)
FILES = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FILES
@given(st.sampled_from(_BASES), st.integers(0, 2**32), st.integers(1, 3))
def test_mutated_files_are_accepted_whole_or_refused_in_one_sentence(base: bytes, seed: int, rounds: int) -> None:
    rng = random.Random(seed)
    content = base
    for _ in range(rounds):  # a mutation of a mutation, while the file is still a scenario
        try:
            parse_scenario_text(content)
        except ScenarioError:
            break
        content = mutate(content, rng)
    _assert_contract(content)


def _leaf_paths(node: object, prefix: tuple = ()) -> list[tuple]:
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _leaf_paths(value, (*prefix, key))] or [prefix]
    return [prefix]


@FILES
@given(st.sampled_from(_BASES), st.data())
def test_any_value_in_any_field_is_accepted_whole_or_refused_in_one_sentence(base: bytes, data) -> None:
    document = json.loads(base)
    if data.draw(st.booleans()):
        chip = data.draw(st.sampled_from(sorted(load_catalog().accelerators)))
        document["hardware"]["custom_accelerator"] = load_catalog().accelerator(chip).model_dump(mode="json")
    paths = _leaf_paths(document)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        node = document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = data.draw(_ODD)
    _assert_contract(json.dumps(document, allow_nan=True).encode("utf-8", "surrogatepass"))


def test_accepted_files_round_trip_exactly(tmp_path: Path) -> None:
    for name in builtin_scenario_names():
        raw = read_resource_text("scenarios", f"{name}.json").encode("utf-8")
        scenario, _ = parse_scenario_text(raw)
        save_scenario(scenario, tmp_path / "x.json")
        assert load_scenario(tmp_path / "x.json") == scenario
        assert (tmp_path / "x.json").read_text(encoding="utf-8") == scenario_to_json(scenario)
