"""Files written whole or not at all: a temporary file beside the target, flushed to disk,
renamed over it (the old one kept as `<name>.bak` when asked), with the target's permission
bits; leftovers of interrupted saves are recognised and cleared."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import stat
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from core.errors import ScenarioError

NAME_MAX_BYTES = 255  # longest file name on common file systems (ext4, APFS, NTFS: 255 units)
STALE_TEMPORARY_S = 600.0  # where saves cannot lock their temporary file (Windows): older means orphaned
UNLOCKED_TEMPORARY_S = 2.0  # an unlocked temporary file this old belongs to no running save


def _lock_temporary(descriptor: int) -> None:
    """Hold a lock on a save's temporary file while it is written: the OS drops it if the
    process is killed, which tells the next save the file is an orphan (POSIX only)."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _is_orphan(leftover: Path, now: float) -> bool:
    age = now - leftover.lstat().st_mtime
    if fcntl is None:
        return age > STALE_TEMPORARY_S
    if age < UNLOCKED_TEMPORARY_S:
        return False  # just created: its save may not hold the lock yet
    descriptor = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a save in progress holds it
    finally:
        os.close(descriptor)  # closing drops the lock just taken
    return True


def _short_name(name: str, suffix: str, prefix: str = "", reserve: int = 0) -> str:
    """prefix + name + suffix, with the name cut so the whole (plus `reserve` bytes still to
    be appended) stays within NAME_MAX_BYTES."""
    room = NAME_MAX_BYTES - reserve - len((prefix + suffix).encode("utf-8"))
    cut = name
    while len(cut.encode("utf-8")) > room:
        cut = cut[:-1]
    return prefix + cut + suffix


def _temporary_prefix(target: Path) -> str:
    # ".<name>." leaves room for 8 random characters and ".tmp" within NAME_MAX (names of
    # 242-255 characters could not be saved when the temporary name held the whole name).
    return _short_name(target.name, ".", prefix=".", reserve=len("01234567.tmp"))


def backup_path(target: Path) -> Path:
    """`<name>.bak`, the name shortened when a long one would not fit."""
    return target.with_name(_short_name(target.name, ".bak"))


def _remove_stale_temporaries(folder: Path, prefix: str) -> None:
    """Temporary files of this target left by a save that was killed (never a current one)."""
    try:
        now = time.time()
        for leftover in folder.glob(glob.escape(prefix) + "*.tmp"):
            with contextlib.suppress(OSError):
                if _is_orphan(leftover, now):
                    leftover.unlink()
    except OSError:
        pass


def atomic_write_bytes(target: Path, payload: bytes, keep_backup: bool, new_file_mode: int = 0o666) -> None:
    """Replace `target` with `payload` so that a crash leaves the old or the new file, never a torn one.

    - A symlink stays a symlink: the file it points to is replaced (the link is followed).
    - The file keeps its permission bits; a new file gets `new_file_mode` less the umask
      (0666: the usual bits, not the 0600 of a temporary file).
    - Hard links: the new version is a new file renamed over the name saved to, so other
      hard links to the old file keep the old content (the only way to stay atomic).
    - Temporary files of saves killed midway are removed by the next save of the target: a
      save holds a lock on its temporary file, so one nobody holds is an orphan (Windows,
      without that lock: once older than STALE_TEMPORARY_S).
    """
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    prefix = _temporary_prefix(target)
    _remove_stale_temporaries(folder, prefix)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = None
    try:
        descriptor, temporary = _create_temporary(folder, prefix, mode, new_file_mode)
    except OSError as error:
        raise ScenarioError(f"{target}: cannot write here ({error.strerror or error})") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and target.exists():
            _keep_backup(target)
        os.replace(temporary, target)
        _fsync_folder(folder)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ScenarioError(f"{target}: could not be saved ({error.strerror or error})") from None


def _create_temporary(folder: Path, prefix: str, mode: int | None, new_file_mode: int) -> tuple[int, str]:
    """A new file next to the target (O_EXCL), with the target's mode or new_file_mode less the umask."""
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                                 new_file_mode)
        except FileExistsError:
            continue
        _lock_temporary(descriptor)
        if mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(name, mode)  # the existing file's bits, exactly (not filtered by the umask)
        return descriptor, name
    raise FileExistsError(errno.EEXIST, "no free temporary file name")


def _keep_backup(target: Path) -> None:
    """Hard-link the current file to <name>.bak atomically (copy where links fail)."""
    backup = backup_path(target)
    staging = target.with_name(_short_name(target.name, ".bak.tmp", prefix="."))
    staging.unlink(missing_ok=True)
    try:
        os.link(target, staging)
    except OSError:
        staging.write_bytes(target.read_bytes())
    os.replace(staging, backup)
    # rename() between two links to one file does nothing and succeeds (POSIX): when the backup
    # already is the current file (a save killed just after keeping it), the staging name stays.
    staging.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the rename is still atomic
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
