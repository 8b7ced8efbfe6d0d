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
from core.scenario_io import STALE_TEMPORARY_S, backup_path

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


def test_stale_temporary_files_of_killed_saves_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "claims.json"
    save_scenario(default_scenario(), path)
    stale = tmp_path / ".claims.json.ab12cd34.tmp"
    stale.write_text("half a file")
    old = time.time() - STALE_TEMPORARY_S - 60
    os.utime(stale, (old, old))
    fresh = tmp_path / ".claims.json.ffffffff.tmp"  # another save in progress right now: kept
    fresh.write_text("being written")
    save_scenario(default_scenario(), path)
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize("length", [242, 250, 251, 255])
def test_long_names_can_be_saved(tmp_path: Path, length: int) -> None:
    path = tmp_path / ("n" * (length - len(".json")) + ".json")
    save_scenario(default_scenario(), path)
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), path)
    assert load_scenario(path).hardware.accelerator_count == 16
    assert load_scenario(backup_path(path)).hardware.accelerator_count == 8
    assert len(backup_path(path).name.encode()) <= 255
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
