"""Files the app writes besides scenarios (exports, reports): written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _mode_for(target: Path) -> int:
    """The target's permission bits when it exists, else what a plain new file gets (0666
    less the umask): mkstemp's 0600 would hide a shared report from everyone else."""
    with contextlib.suppress(OSError):
        return target.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: str | Path, write: Callable[[str], None], suffix: str, prefix: str = ".export-") -> Path:
    """Let `write` fill a temporary file beside `path`, then rename it into place."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=target.parent or Path("."))
    os.close(handle)
    try:
        with contextlib.suppress(OSError):  # e.g. a file system without permission bits
            os.chmod(temporary, _mode_for(target))
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
