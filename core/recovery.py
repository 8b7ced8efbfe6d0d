"""Autosave and crash recovery of unsaved scenarios.

The app writes the unsaved document every few seconds to the user data folder
(platformdirs), one file per running instance; a clean exit or a save removes it.

Whether the instance that wrote a file still runs is decided by a lock, not a process
id: each instance holds `recovery-<id>.lock` (filelock: flock on Unix, LockFileEx on
Windows) for as long as it runs, and the operating system releases it when the process
dies, however it dies. A file whose lock can be taken is a crash's leftover. Taking the
lock also claims the leftover: two instances starting together never offer the same one.
(Process ids were wrong twice: `os.kill(pid, 0)` sends Ctrl+C on Windows, and a reused
id made a leftover look alive.)

Finding leftovers never raises and never blocks: a file that cannot be read (corrupt, a
huge number, a folder in its place) is moved aside to `autosave/unreadable/` and named,
and every readable leftover is returned.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from filelock import FileLock, Timeout

from core.atomic_write import atomic_write_bytes
from core.scenario import Scenario
from core.scenario_io import parse_scenario_text, read_bounded

RECOVERY_FORMAT = "inferonomics-recovery"
_PREFIX = "recovery-"
UNREADABLE_FOLDER = "unreadable"
# This instance's id: the process id (for people reading the folder) and a random part
# (a later process that gets the same id is another instance).
_INSTANCE = f"{os.getpid()}-{secrets.token_hex(4)}"
_own_lock: FileLock | None = None


def recovery_folder() -> Path:
    override = os.environ.get("INFERONOMICS_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir("Inferonomics", "Inferonomics"))
    return folder / "autosave"


def own_recovery_path() -> Path:
    return recovery_folder() / f"{_PREFIX}{_INSTANCE}.json"


def _lock_path(file: Path) -> Path:
    return file.with_suffix(".lock")


@dataclass(frozen=True)
class RecoveredScenario:
    scenario: Scenario
    # Where the crashed instance's document lived: shown to the user, never used to save
    # (the file is not trusted to name a path Ctrl+S would overwrite).
    source_path: str | None
    saved_at_epoch_s: float
    file: Path
    lock: FileLock | None = field(default=None, compare=False, repr=False)


@dataclass
class Leftovers:
    """What a scan found: leftovers claimed for this instance (offer each, then `discard`
    or `release` it), and unreadable files moved aside (name them to the user)."""

    found: list[RecoveredScenario] = field(default_factory=list)
    set_aside: list[Path] = field(default_factory=list)


def _hold_own_lock() -> None:
    """Hold this instance's lock before its first autosave, for the rest of the process."""
    global _own_lock
    if _own_lock is not None and Path(_own_lock.lock_file).parent == recovery_folder():
        return
    lock = FileLock(_lock_path(own_recovery_path()))
    try:
        lock.acquire(timeout=0)
    except (Timeout, OSError):
        return  # an unwritable folder: the write below reports it
    _own_lock = lock


def write_recovery(scenario: Scenario, source_path: str | None) -> Path:
    """Autosave the unsaved document of this instance (atomic replace)."""
    path = own_recovery_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    _hold_own_lock()
    payload = {
        "format": RECOVERY_FORMAT,
        "source_path": source_path,
        "saved_at_epoch_s": time.time(),
        "scenario": scenario.model_dump(mode="json"),
    }
    atomic_write_bytes(path, json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8"),
                       keep_backup=False, new_file_mode=0o600)  # unsaved work: readable by its owner only
    return path


def clear_recovery() -> None:
    """Nothing unsaved any more: remove this instance's autosave and give up its lock (the
    next autosave takes it again), so a clean exit leaves nothing in the folder."""
    global _own_lock
    own_recovery_path().unlink(missing_ok=True)
    if _own_lock is not None:
        lock, _own_lock = _own_lock, None
        _drop_lock(Path(lock.lock_file).with_suffix(".json"), lock)


def _read(file: Path, lock: FileLock | None) -> RecoveredScenario:
    """The leftover in `file`; any problem at all raises (the caller sets the file aside)."""
    wrapper = json.loads(read_bounded(file).decode("utf-8"))
    if not isinstance(wrapper, dict) or wrapper.get("format") != RECOVERY_FORMAT:
        raise ValueError("not an autosave file")
    scenario, _ = parse_scenario_text(json.dumps(wrapper.get("scenario"), allow_nan=False).encode("utf-8"))
    source = wrapper.get("source_path")
    saved = wrapper.get("saved_at_epoch_s")
    # A timestamp that is no time (NaN, 1e300, text): the file's own time instead.
    if not (isinstance(saved, int | float) and not isinstance(saved, bool) and math.isfinite(saved)
            and 0 <= saved < 1e11):
        saved = file.stat().st_mtime
    return RecoveredScenario(
        scenario=scenario,
        source_path=source if isinstance(source, str) and len(source) < 4096 else None,
        saved_at_epoch_s=float(saved),
        file=file,
        lock=lock,
    )


def _claim(file: Path) -> tuple[bool, FileLock | None]:
    """(is it a leftover this instance may offer, the lock that claims it)."""
    lock = FileLock(_lock_path(file))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False, None  # its instance runs, or another instance is offering it
    except OSError:
        return True, None  # cannot lock here (read-only folder): offer it anyway, nothing is lost
    if not file.exists():  # discarded by another instance between the listing and the lock
        lock.release()
        return False, None
    return True, lock


def _set_aside(file: Path) -> Path:
    """Move an unreadable leftover out of the way (kept, not deleted); where it went."""
    folder = file.parent / UNREADABLE_FOLDER
    try:
        folder.mkdir(exist_ok=True)
        target = folder / f"{file.name}.{int(time.time())}"
        os.replace(file, target)
        return target
    except OSError:
        return file  # cannot move it (read-only folder): it stays, and is named again next time


def scan_leftovers() -> Leftovers:
    """Autosaves of instances that no longer run, newest first, each claimed by this
    instance; unreadable ones set aside. Never raises."""
    result = Leftovers()
    try:
        folder = recovery_folder()
        if not folder.is_dir():
            return result
        files = sorted(folder.glob(f"{_PREFIX}*.json"))
    except OSError:
        return result
    own = own_recovery_path()
    for file in files:
        if file == own:
            continue
        try:
            claimable, lock = _claim(file)
        except Exception:
            continue
        if not claimable:
            continue
        try:
            result.found.append(_read(file, lock))
        except Exception:
            result.set_aside.append(_set_aside(file))
            _drop_lock(file, lock)
    _remove_orphan_locks(folder)
    result.found.sort(key=lambda item: item.saved_at_epoch_s, reverse=True)
    return result


def _remove_orphan_locks(folder: Path) -> None:
    """Lock files whose autosave is gone and whose instance no longer runs."""
    with contextlib.suppress(OSError):
        for lock_file in folder.glob(f"{_PREFIX}*.lock"):
            if lock_file.with_suffix(".json").exists() or lock_file == _lock_path(own_recovery_path()):
                continue
            lock = FileLock(lock_file)
            try:
                lock.acquire(timeout=0)
            except (Timeout, OSError):
                continue
            _drop_lock(lock_file.with_suffix(".json"), lock)


def find_crash_leftovers() -> list[RecoveredScenario]:
    """Readable autosaves left by instances that no longer run, newest first (see `scan_leftovers`)."""
    return scan_leftovers().found


def _drop_lock(file: Path, lock: FileLock | None) -> None:
    if lock is None:
        return
    with contextlib.suppress(OSError):
        lock.release()
    with contextlib.suppress(OSError):
        _lock_path(file).unlink(missing_ok=True)


def discard(recovered: RecoveredScenario) -> None:
    """The leftover was offered (restored or declined): remove it and its lock."""
    with contextlib.suppress(OSError):
        recovered.file.unlink(missing_ok=True)
    _drop_lock(recovered.file, recovered.lock)


def release(recovered: RecoveredScenario) -> None:
    """Give up the claim without removing the leftover (it will be offered again)."""
    if recovered.lock is not None:
        with contextlib.suppress(OSError):
            recovered.lock.release()
