"""Issue 13, saving: symlinks kept (the target is written), permission bits kept, hard-link
semantics as documented, stale temporary files cleaned, names up to 255 bytes saved.
Each test failed on the code before (the hard-link one documents unchanged behaviour)."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from core import default_scenario, load_scenario, save_scenario
from core.atomic_write import backup_path

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and modes")


@POSIX
def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "claims.json"
    real.parent.mkdir()
    save_scenario(default_scenario(), real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_scenario(real).hardware.accelerator_count == 16
    assert backup_path(real).exists()  # the backup sits next to the real file


@POSIX
def test_saving_keeps_the_file_mode_and_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    save_scenario(default_scenario(), path)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    path.chmod(0o640)
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@POSIX
def test_hard_links_keep_the_previous_version_as_documented(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    save_scenario(default_scenario(), path)
    other = tmp_path / "b.json"
    os.link(path, other)
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), path)
    assert load_scenario(path).hardware.accelerator_count == 16
    assert load_scenario(other).hardware.accelerator_count == 8  # atomic rename: a new file


@POSIX
def test_temporaries_of_killed_saves_are_cleaned_but_not_a_running_save(tmp_path: Path) -> None:
    import fcntl

    path = tmp_path / "claims.json"
    save_scenario(default_scenario(), path)
    old = time.time() - 60
    orphan = tmp_path / ".claims.json.ab12cd34.tmp"  # its save was killed: nobody holds its lock
    orphan.write_text("half a file")
    running = tmp_path / ".claims.json.ffffffff.tmp"  # another save writing right now
    running.write_text("being written")
    for leftover in (orphan, running):
        os.utime(leftover, (old, old))
    just_made = tmp_path / ".claims.json.00000000.tmp"  # created a moment ago, not locked yet
    just_made.write_text("")
    with running.open("rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        save_scenario(default_scenario(), path)
    assert not orphan.exists() and running.exists() and just_made.exists()


@POSIX
def test_many_killed_saves_leave_no_temporaries_after_the_next_save(tmp_path: Path) -> None:
    import signal
    import subprocess
    import textwrap

    path = tmp_path / "claims.json"
    save_scenario(default_scenario(), path)
    writer = textwrap.dedent(f"""
        from core import default_scenario, save_scenario
        scenario = default_scenario().updated({{"description": "x" * 4000}})
        print("ready", flush=True)
        while True:
            save_scenario(scenario, {str(path)!r})
    """)
    for index in range(12):
        child = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE)
        assert child.stdout is not None
        child.stdout.readline()
        time.sleep(0.01 * (index % 4))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    old = time.time() - 60
    for leftover in tmp_path.glob("*.tmp"):
        os.utime(leftover, (old, old))  # as if the next save came a minute later
    save_scenario(default_scenario(), path)
    assert list(tmp_path.glob("*.tmp")) == []
    assert load_scenario(path) == default_scenario()


@pytest.mark.parametrize("length", [242, 250, 251, 255])
def test_long_names_can_be_saved(tmp_path: Path, length: int) -> None:
    path = tmp_path / ("n" * (length - len(".json")) + ".json")
    save_scenario(default_scenario(), path)
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), path)
    assert load_scenario(path).hardware.accelerator_count == 16
    assert load_scenario(backup_path(path)).hardware.accelerator_count == 8
    assert len(backup_path(path).name.encode()) <= 255
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_a_backup_that_already_is_the_file_leaves_no_staging_name(tmp_path: Path) -> None:
    # A save killed after keeping the backup but before its rename leaves <name>.bak as a hard
    # link to <name> itself; renaming one link over another of the same file is a no-op.
    path = tmp_path / "claims.json"
    save_scenario(default_scenario(), path)
    backup_path(path).unlink(missing_ok=True)
    os.link(path, backup_path(path))
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.json", "claims.json.bak"]
    assert load_scenario(backup_path(path)).hardware.accelerator_count == 8
