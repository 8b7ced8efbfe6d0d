"""Issue 13, crash recovery that never blocks: bad leftovers are set aside and named, every
good one is found, liveness is a lock (not a process id), and a leftover is claimed by one
instance at a time. Each test failed on the code before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import default_scenario
from core.recovery import discard, find_crash_leftovers, release, scan_leftovers, write_recovery

CRASH = (
    "import os, sys\n"
    "from core import default_scenario\n"
    "from core.recovery import write_recovery\n"
    "write_recovery(default_scenario().updated({'hardware.accelerator_count': int(sys.argv[1])}), None)\n"
    "os._exit(9)\n"
)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path))
    return tmp_path


def _crash(data_dir: Path, count: int) -> None:
    env = {"INFERONOMICS_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", CRASH, str(count)], env=env, check=False)


def _wrapper(count: int, saved: object = 1.7e9) -> dict:
    return {"format": "inferonomics-recovery", "source_path": None, "saved_at_epoch_s": saved,
            "scenario": default_scenario().updated({"hardware.accelerator_count": count}).model_dump(mode="json")}


def test_bad_leftovers_are_set_aside_and_never_hide_good_ones(data_dir) -> None:
    _crash(data_dir, 16)
    _crash(data_dir, 24)
    folder = data_dir / "autosave"
    huge = json.dumps(_wrapper(8)).replace('"accelerator_count": 8', '"accelerator_count": ' + "9" * 6000)
    (folder / "recovery-1-huge.json").write_text(huge)
    (folder / "recovery-2-folder.json").mkdir()
    (folder / "recovery-3-junk.json").write_bytes(b"\xff\x00")
    (folder / "recovery-4-nan.json").write_text(json.dumps(_wrapper(40, float("nan"))))  # NaN time, good scenario
    scan = scan_leftovers()
    counts = sorted(item.scenario.hardware.accelerator_count for item in scan.found)
    assert counts == [16, 24, 40]  # every good leftover, the NaN-timestamp one with its file's time
    assert all(0 < item.saved_at_epoch_s < time.time() + 10 for item in scan.found)
    assert len(scan.set_aside) == 3
    assert all("unreadable" in str(path) and path.exists() for path in scan.set_aside)
    for item in scan.found:
        discard(item)
    assert scan_leftovers().found == [] and scan_leftovers().set_aside == []


def test_a_reused_process_id_does_not_hide_a_leftover(data_dir) -> None:
    folder = data_dir / "autosave"
    folder.mkdir()
    # An older instance that had this very process id (the old naming) crashed.
    (folder / f"recovery-{os.getpid()}.json").write_text(json.dumps(_wrapper(12)))
    assert [item.scenario.hardware.accelerator_count for item in find_crash_leftovers()] == [12]


def test_a_running_instance_is_not_a_leftover_until_it_dies(data_dir) -> None:
    script = CRASH.replace("os._exit(9)", "print('ready', flush=True); sys.stdin.read()")
    env = {"INFERONOMICS_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"}
    running = subprocess.Popen([sys.executable, "-c", script, "32"], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert running.stdout is not None and running.stdout.readline().strip() == "ready"
        assert find_crash_leftovers() == []
    finally:
        running.kill()
        running.wait()
    assert [item.scenario.hardware.accelerator_count for item in find_crash_leftovers()] == [32]


def test_two_instances_starting_together_never_offer_the_same_leftover(data_dir) -> None:
    _crash(data_dir, 16)
    _crash(data_dir, 24)
    first = scan_leftovers()  # holds its claims while the user is asked
    second = scan_leftovers()
    assert len(first.found) == 2 and second.found == []
    release(first.found[0])  # given up (not offered): the next scan may take it
    discard(first.found[1])
    third = scan_leftovers()
    assert len(third.found) == 1 and third.found[0].file == first.found[0].file


def test_a_folder_where_nothing_can_be_locked_does_not_raise(data_dir, monkeypatch) -> None:
    _crash(data_dir, 16)
    import filelock

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    found = find_crash_leftovers()  # offered all the same: nothing lost, nothing raised
    assert [item.scenario.hardware.accelerator_count for item in found] == [16]


def test_own_autosave_is_written_under_a_lock_with_no_process_id_check(data_dir) -> None:
    path = write_recovery(default_scenario(), None)
    assert path.with_suffix(".lock").exists()
    assert str(os.getpid()) in path.name and path.name != f"recovery-{os.getpid()}.json"


def test_a_clean_exit_leaves_nothing_in_the_folder(data_dir) -> None:
    from core.recovery import clear_recovery

    write_recovery(default_scenario(), None)
    clear_recovery()
    assert list((data_dir / "autosave").iterdir()) == []
    write_recovery(default_scenario(), None)  # edits again: the lock is taken again
    assert find_crash_leftovers() == []
    clear_recovery()
    (data_dir / "autosave" / "recovery-1-gone.lock").write_text("")  # a crash after a save
    scan_leftovers()
    assert list((data_dir / "autosave").iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_autosave_files_are_private_to_their_owner(data_dir) -> None:
    import stat

    path = write_recovery(default_scenario(), None)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
