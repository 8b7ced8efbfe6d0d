"""Named calibration profiles: the engine's parameters refitted to the user's own benchmark
results (`core.calibrate.recalibrate`), stored as data in the user's data folder
(`<data dir>/calibration-profiles/<name>.json`, written atomically) and chosen per
scenario (`serving.calibration_profile`). A scenario naming a profile this machine lacks
is evaluated with the built-in calibration (the file's opening says so once).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import platformdirs

from core.catalog import Calibration, load_calibration
from core.errors import Notice, ScenarioError

PROFILE_FORMAT = "inferonomics-calibration-profile"
PROFILE_VERSION = 1
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")
NAME_RULE = "1-64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit"

_loaded: dict[str, tuple[float, Calibration | None]] = {}  # name -> (file mtime, calibration)


def profiles_folder() -> Path:
    override = os.environ.get("INFERONOMICS_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir("Inferonomics", "Inferonomics"))
    return folder / "calibration-profiles"


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_PATTERN.match(name) or name.rstrip() != name:
        raise ScenarioError(f"calibration profile name '{str(name)[:80]}' is not usable: {NAME_RULE}")
    return name


def profile_path(name: str) -> Path:
    return profiles_folder() / f"{check_name(name)}.json"


def list_profiles() -> list[str]:
    folder = profiles_folder()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if NAME_PATTERN.match(p.stem))


def profile_exists(name: str) -> bool:
    try:
        return profile_path(name).is_file()
    except ScenarioError:
        return False


def save_profile(name: str, calibration_data: dict[str, Any], report: dict[str, Any]) -> Path:
    """Store a profile (replacing one of that name), after checking its calibration loads."""
    from core.atomic_write import atomic_write_bytes
    from core.catalog import validated_calibration

    validated_calibration(calibration_data, f"calibration profile '{name}'")
    path = profile_path(name)
    payload = {
        "format": PROFILE_FORMAT,
        "version": PROFILE_VERSION,
        "name": name,
        "report": report,
        "calibration": calibration_data,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, (json.dumps(payload, indent=1, ensure_ascii=False, allow_nan=False) + "\n").encode(),
                       keep_backup=False)
    _loaded.pop(name, None)
    forget_cached_columns()
    return path


def forget_cached_columns() -> None:
    """Columns cached per chip were computed with a profile's old values: drop them."""
    from core.planner import _chip_table  # late: both import this module through core.inputs
    from core.sweep import _per_chip_columns

    _per_chip_columns.cache_clear()
    _chip_table.cache_clear()


def read_profile(name: str) -> dict[str, Any]:
    """The stored profile (format, name, report, calibration); one sentence if unusable."""
    path = profile_path(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScenarioError(f"no calibration profile named '{name}' (looked in {path.parent})") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ScenarioError(f"calibration profile '{name}' cannot be read ({type(error).__name__})") from None
    if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT or not isinstance(
        data.get("calibration"), dict
    ):
        raise ScenarioError(f"calibration profile '{name}' is not an Inferonomics calibration profile")
    return data


def profile_calibration(name: str) -> Calibration:
    """The calibration a profile holds (raises ScenarioError when missing or unusable)."""
    from core.catalog import validated_calibration

    return validated_calibration(read_profile(name)["calibration"], f"calibration profile '{name}'")


def calibration_named(name: str | None) -> Calibration:
    """The calibration a scenario uses: its profile's, or the built-in one when it names
    none or the profile is missing or unusable. Re-read only when the file changes."""
    if not name:
        return load_calibration()
    try:
        path = profile_path(name)
        stamp = path.stat().st_mtime_ns
    except (ScenarioError, OSError):
        return load_calibration()
    cached = _loaded.get(name)
    if cached is None or cached[0] != stamp:
        try:
            calibration: Calibration | None = profile_calibration(name)
        except ScenarioError:
            calibration = None
        cached = (stamp, calibration)
        _loaded[name] = cached
    return cached[1] or load_calibration()


def missing_profile_notice(name: str | None) -> str | None:
    """One sentence when a scenario names a profile this machine cannot use."""
    if not name:
        return None
    try:
        profile_calibration(name)
    except ScenarioError as error:
        return Notice.coded(f"{str(error)[:1].upper()}{str(error)[1:]}; the built-in calibration is used instead.",
                            ("notice_profile_unusable", {"name": name}))
    return None
