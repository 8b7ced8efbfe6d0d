"""Autosave files: written per process, found after a crash, ignored while their process runs."""

import json
import subprocess
import sys

import pytest

from core import default_scenario
from core.recovery import clear_recovery, discard, find_crash_leftovers, own_recovery_path, write_recovery


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path))
    return tmp_path


def test_own_autosave_is_not_a_leftover() -> None:
    write_recovery(default_scenario(), None)
    assert own_recovery_path().exists()
    assert find_crash_leftovers() == []
    clear_recovery()
    assert not own_recovery_path().exists()


def test_autosave_of_a_killed_process_is_offered_and_can_be_discarded(data_dir) -> None:
    script = (
        "import os, sys\n"
        "from core import default_scenario\n"
        "from core.recovery import write_recovery\n"
        "write_recovery(default_scenario().updated({'hardware.accelerator_count': 24}), '/tmp/claims.json')\n"
        "os._exit(9)  # a crash: no cleanup\n"
    )
    env = {"INFERONOMICS_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", script], env=env, check=False)
    leftovers = find_crash_leftovers()
    assert len(leftovers) == 1
    assert leftovers[0].scenario.hardware.accelerator_count == 24
    assert leftovers[0].source_path == "/tmp/claims.json"
    discard(leftovers[0])
    assert find_crash_leftovers() == []


def test_corrupt_leftover_is_set_aside_not_offered(data_dir) -> None:
    folder = data_dir / "autosave"
    folder.mkdir()
    (folder / "recovery-999999999.json").write_text('{"format": "inferonomics-recovery", "scenario": {"x": 1}}')
    (folder / "recovery-999999998.json").write_bytes(b"\x00garbage")
    assert find_crash_leftovers() == []
    assert sorted(path.name for path in folder.glob("*.json")) == []  # not offered again
    assert len(list((folder / "unreadable").iterdir())) == 2  # kept aside, not deleted


def test_recovery_file_is_json_with_format_marker() -> None:
    path = write_recovery(default_scenario(), "/x.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "inferonomics-recovery" and data["scenario"]["format"] == "inferonomics-scenario"
