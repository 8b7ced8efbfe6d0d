"""Scenario files: strict reading of untrusted JSON, migrations, crash-safe writing.

Files travel by e-mail: they may be old, hand-edited, truncated, from a newer
version, or hostile. Reading never executes content (plain JSON only), bounds size,
depth and string length, and reports every problem as a ScenarioError naming the
field. Writing goes to a temporary file that is fsynced and renamed over the target,
after the previous version is kept as `<name>.bak`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.catalog import load_catalog, read_resource_text
from core.errors import ScenarioError
from core.scenario import SCENARIO_FORMAT, SCHEMA_VERSION, Scenario, scenario_from_dict

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_NESTING = 32
MAX_STRING_CHARS = 10_000
DEFAULT_SCENARIO = "r1-claims-8xh20"

def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 reads the load from demand and puts latency at the operating point.

    Version 1 costed a case at the utilization slider and showed latency flat out
    ("max"). A version-1 file with a demand keeps its demand as the load; "max" (the
    only automatic choice version 1 had) becomes "auto", the operating point at that
    load; a number the user fixed stays fixed."""
    workload = data.get("workload")
    if isinstance(workload, dict):
        workload = dict(workload)
        cases = workload.get("cases_per_day")
        has_demand = isinstance(cases, int | float) and not isinstance(cases, bool) and cases > 0
        workload.setdefault("load_driver", "cases_per_day" if has_demand else "utilization")
        if workload.get("concurrency", "max") == "max":
            workload["concurrency"] = "auto"
        data = {**data, "workload": workload}
    return data


# Migrations from each earlier schema version to the next: version -> function.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2}


def _reject_constant(name: str) -> float:
    raise ScenarioError(f"the file contains {name}, which is not a number a scenario can use")


def _check_shape(node: Any, path: str, depth: int) -> None:
    if depth > MAX_NESTING:
        raise ScenarioError(f"{path or 'scenario'}: nested more than {MAX_NESTING} levels deep")
    if isinstance(node, dict):
        for key, value in node.items():
            _check_shape(value, f"{path}.{key}" if path else str(key), depth + 1)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_shape(value, f"{path}[{index}]", depth + 1)
    elif isinstance(node, str) and len(node) > MAX_STRING_CHARS:
        raise ScenarioError(f"{path}: text longer than {MAX_STRING_CHARS:,} characters")


def parse_scenario_text(raw: bytes) -> tuple[Scenario, list[str]]:
    """A Scenario from file bytes, plus notices the user should see (never silent)."""
    if len(raw) > MAX_FILE_BYTES:
        raise ScenarioError(f"the file is {len(raw):,} bytes; a scenario file is at most {MAX_FILE_BYTES:,}")
    if not raw.strip():
        raise ScenarioError("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError("the file is not UTF-8 text; is it a scenario file?") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ScenarioError(
            f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise ScenarioError(f"the file is nested more than {MAX_NESTING} levels deep") from None
    _check_shape(data, "", 0)
    return scenario_from_data(data)


def scenario_from_data(data: Any) -> tuple[Scenario, list[str]]:
    """Check format and version first, migrate, then validate every field."""
    if not isinstance(data, dict):
        raise ScenarioError("the file does not hold a scenario (expected a JSON object)")
    if data.get("format") != SCENARIO_FORMAT:
        raise ScenarioError(f"format: not an Inferonomics scenario (expected \"{SCENARIO_FORMAT}\")")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ScenarioError("schema_version: missing or not a positive whole number")
    notices: list[str] = []
    if version > SCHEMA_VERSION:
        data, dropped = _known_fields_only(data, Scenario)
        data["schema_version"] = SCHEMA_VERSION
        notices.append(
            f"This file was written by a newer Inferonomics (schema {version}; this version reads "
            f"{SCHEMA_VERSION}). "
            + (f"Settings this version does not know were left out: {', '.join(dropped)}. "
               if dropped else "")
            + "Saving it here writes schema " + str(SCHEMA_VERSION) + "."
        )
    while version < SCHEMA_VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise ScenarioError(f"schema_version: {version} is not a version this app can migrate")
        data = migrate(data)
        version += 1
        data["schema_version"] = version
        notices.append(f"Upgraded from schema {version - 1} to {version}.")
    scenario = scenario_from_dict(data)
    _check_catalog_ids(scenario)
    return scenario, notices


def _check_catalog_ids(scenario: Scenario) -> None:
    """Catch a misspelt or unknown id when the file is opened, not at first use."""
    catalog = load_catalog()
    try:
        if scenario.hardware.custom_accelerator is None:
            catalog.accelerator(scenario.hardware.accelerator_id)
    except ScenarioError as error:
        raise ScenarioError(f"hardware.accelerator_id: {error}") from None
    try:
        if scenario.model.custom_model is None:
            catalog.model(scenario.model.model_id)
    except ScenarioError as error:
        raise ScenarioError(f"model.model_id: {error}") from None


def _known_fields_only(data: dict[str, Any], model: Any) -> tuple[dict[str, Any], list[str]]:
    """Drop fields a newer version added; return what was dropped (dotted paths)."""
    dropped: list[str] = []

    def prune(node: Any, kind: Any, path: str) -> Any:
        fields = getattr(kind, "model_fields", None)
        if not isinstance(node, dict) or fields is None:
            return node
        kept: dict[str, Any] = {}
        for key, value in node.items():
            if key not in fields:
                dropped.append(f"{path}{key}")
                continue
            annotation = fields[key].annotation
            sub = annotation if hasattr(annotation, "model_fields") else None
            kept[key] = prune(value, sub, f"{path}{key}.") if sub else value
        return kept

    return prune(data, model, ""), dropped


def read_bounded(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """At most limit+1 bytes of a regular file (never blocks on a pipe or device)."""
    file = Path(path)
    try:
        if file.is_dir():
            raise ScenarioError(f"{file}: is a folder, not a file")
        if file.exists() and not file.is_file():
            raise ScenarioError(f"{file}: is not a regular file")
        with file.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ScenarioError(f"{file}: no such file") from None
    except OSError as error:
        raise ScenarioError(f"{file}: cannot be read ({error.strerror or error})") from None


def load_scenario_with_notices(path: str | os.PathLike[str]) -> tuple[Scenario, list[str]]:
    return parse_scenario_text(read_bounded(path))


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read a scenario file; any problem raises ScenarioError in plain words."""
    return load_scenario_with_notices(path)[0]


def scenario_to_json(scenario: Scenario) -> str:
    return json.dumps(scenario.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def save_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write atomically: temp file, flush, fsync, keep the old file as .bak, rename."""
    atomic_write_bytes(Path(path), scenario_to_json(scenario).encode("utf-8"), keep_backup=True)


def atomic_write_bytes(target: Path, payload: bytes, keep_backup: bool) -> None:
    """Replace `target` with `payload` so that a crash leaves the old or the new file, never a torn one."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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


def _keep_backup(target: Path) -> None:
    """Hard-link the current file to <name>.bak atomically (copy where links fail)."""
    backup = target.with_name(target.name + ".bak")
    staging = target.with_name(f".{target.name}.bak.tmp")
    staging.unlink(missing_ok=True)
    try:
        os.link(target, staging)
    except OSError:
        staging.write_bytes(target.read_bytes())
    os.replace(staging, backup)


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


def builtin_scenario_names() -> list[str]:
    from importlib import resources

    folder = resources.files("inferonomics_resources").joinpath("scenarios")
    return sorted(item.name.removesuffix(".json") for item in folder.iterdir() if item.name.endswith(".json"))


def builtin_scenario(name: str) -> Scenario:
    try:
        raw = read_resource_text("scenarios", f"{name}.json").encode("utf-8")
    except FileNotFoundError:
        raise ScenarioError(f"no built-in scenario '{name}'; known: {', '.join(builtin_scenario_names())}") from None
    return parse_scenario_text(raw)[0]


def default_scenario() -> Scenario:
    """The article's case: DeepSeek-R1 handling insurance claims on one 8×H20 server."""
    return builtin_scenario(DEFAULT_SCENARIO)
