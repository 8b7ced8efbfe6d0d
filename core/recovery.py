"""Autosave and crash recovery of unsaved scenarios.

The app writes the unsaved document every few seconds to the user data folder
(platformdirs), one file per running process; a clean exit or a save removes it.
A file left by a process that is no longer running is a crash's leftover, and the
next start offers to restore it.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from core.errors import ScenarioError
from core.scenario import Scenario
from core.scenario_io import atomic_write_bytes, parse_scenario_text, read_bounded

RECOVERY_FORMAT = "inferonomics-recovery"
_PREFIX = "recovery-"


def recovery_folder() -> Path:
    override = os.environ.get("INFERONOMICS_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir("Inferonomics", "Inferonomics"))
    return folder / "autosave"


def own_recovery_path() -> Path:
    return recovery_folder() / f"{_PREFIX}{os.getpid()}.json"


@dataclass(frozen=True)
class RecoveredScenario:
    scenario: Scenario
    source_path: str | None
    saved_at_epoch_s: float
    file: Path


def write_recovery(scenario: Scenario, source_path: str | None) -> Path:
    """Autosave the unsaved document of this process (atomic replace)."""
    path = own_recovery_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": RECOVERY_FORMAT,
        "source_path": source_path,
        "saved_at_epoch_s": time.time(),
        "scenario": scenario.model_dump(mode="json"),
    }
    atomic_write_bytes(path, json.dumps(payload, ensure_ascii=False).encode("utf-8"), keep_backup=False)
    return path


def clear_recovery() -> None:
    own_recovery_path().unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but not ours, or the platform cannot tell: leave it alone
    return True


def _read(file: Path) -> RecoveredScenario | None:
    try:
        raw = read_bounded(file)
        wrapper = json.loads(raw.decode("utf-8"))
        if not isinstance(wrapper, dict) or wrapper.get("format") != RECOVERY_FORMAT:
            return None
        scenario, _ = parse_scenario_text(json.dumps(wrapper.get("scenario")).encode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError, ScenarioError):
        return None
    source = wrapper.get("source_path")
    saved = wrapper.get("saved_at_epoch_s")
    return RecoveredScenario(
        scenario=scenario,
        source_path=source if isinstance(source, str) else None,
        saved_at_epoch_s=float(saved) if isinstance(saved, int | float) else file.stat().st_mtime,
        file=file,
    )


def find_crash_leftovers() -> list[RecoveredScenario]:
    """Autosaves left by processes that are no longer running, newest first.
    Unreadable leftovers are removed: they cannot be offered."""
    folder = recovery_folder()
    if not folder.is_dir():
        return []
    found: list[RecoveredScenario] = []
    for file in folder.glob(f"{_PREFIX}*.json"):
        try:
            pid = int(file.stem.removeprefix(_PREFIX))
        except ValueError:
            continue
        if _process_alive(pid):
            continue
        recovered = _read(file)
        if recovered is None:
            file.unlink(missing_ok=True)
        else:
            found.append(recovered)
    return sorted(found, key=lambda item: item.saved_at_epoch_s, reverse=True)


def discard(recovered: RecoveredScenario) -> None:
    recovered.file.unlink(missing_ok=True)
