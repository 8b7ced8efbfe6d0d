"""Scenario files: strict reading of untrusted JSON, migrations, crash-safe writing.

Files travel by e-mail: they may be old, hand-edited, truncated, from a newer
version, or hostile. Reading never executes content (plain JSON only), bounds size,
depth and string length, and reports every problem as a ScenarioError naming the
field. Writing goes to a temporary file that is fsynced and renamed over the target,
after the previous version is kept as `<name>.bak`.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import typing
from collections.abc import Collection
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from core.atomic_write import atomic_write_bytes
from core.calibration_profiles import missing_profile_notice
from core.catalog import load_catalog, read_resource_text
from core.engine import evaluate
from core.errors import Notice, ScenarioError
from core.outcome import Outcome
from core.overview import PARTS, Overview, analyze
from core.scenario import SCENARIO_FORMAT, SCHEMA_VERSION, Scenario, scenario_from_dict
from core.scenario_migrations import MIGRATION_NOTES, MIGRATIONS
from core.sensitivity import DEFAULT_SWING

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_NESTING = 32
MAX_STRING_CHARS = 10_000
MAX_KEY_CHARS = 200  # a field name; the longest real one is ~40
MAX_CHILDREN = 1_000  # fields of one object or items of one list (real files: < 40)
MAX_NUMBER_DIGITS = 40  # a whole number written with more digits is not a setting
DEFAULT_SCENARIO = "r1-claims-8xh20"

def _reject_constant(name: str) -> float:
    raise ScenarioError.coded(f"the file contains {name}, which is not a number a scenario can use",
                              "file_not_a_number", name=name)


class _HugeNumber:
    """A number written with more digits than any setting needs (named later, with its field)."""

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))


def _parse_int(text: str) -> int | _HugeNumber:
    # Python refuses to convert integers of more than 4,300 digits (a ValueError), and no
    # setting needs more than a handful: keep a marker that _check_shape words with its path.
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        return _HugeNumber(text)
    return int(text)


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing what no scenario holds: a field given twice (JSON lets the
    last one win silently), thousands of fields, or a field name pages long."""
    if len(pairs) > MAX_CHILDREN:
        raise ScenarioError(f"the file has an object with {len(pairs):,} fields; a scenario has far fewer")
    data: dict[str, Any] = {}
    for key, value in pairs:
        if len(key) > MAX_KEY_CHARS:
            raise ScenarioError(
                f"the file has a field name {len(key):,} characters long (\"{key[:20]}…\"); "
                f"names have at most {MAX_KEY_CHARS}"
            )
        if key in data:
            raise ScenarioError.coded(f"the field \"{key}\" appears twice in one object; keep one",
                                      "file_field_twice", name=key)
        data[key] = value
    return data


def loads_json(text: str) -> Any:
    """JSON as scenario files (and config.json) may hold it: no NaN or Infinity, unique keys,
    bounded objects and keys. Raises ScenarioError on those (bad syntax stays
    json.JSONDecodeError or RecursionError, the caller's to word). Numbers too large for
    any setting are left for `_check_shape` to name with their field."""
    return json.loads(
        text,
        parse_constant=_reject_constant,
        parse_int=_parse_int,
        object_pairs_hook=_unique_object,
    )


def check_numbers(node: Any, path: str = "") -> None:
    """Refuse, naming the field, numbers `loads_json` let through for this: too many digits, 1e400."""
    if isinstance(node, dict):
        for key, value in node.items():
            check_numbers(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            check_numbers(value, f"{path}[{index}]")
    elif isinstance(node, _HugeNumber):
        raise ScenarioError.coded(f"{path or 'scenario'}: a whole number of {node.digits:,} digits, too large for "
                                  "a setting", "file_too_big_number", setting=path or "scenario")
    elif isinstance(node, float) and not math.isfinite(node):
        raise ScenarioError.coded(f"{path or 'scenario'}: the number is too large (it reads as infinity)",
                                  "file_too_big_number", setting=path or "scenario")


def _check_text(text: str, path: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # "\ud800" in JSON is a lone surrogate: Python reads it, but it cannot be saved back.
        raise ScenarioError(f"{path or 'scenario'}: text holds an invalid character (a lone surrogate)") from None


@functools.cache
def _yes_no_fields() -> frozenset[str]:
    """Dotted paths of the scenario's settings that are yes/no (true/false belongs there)."""
    found: set[str] = set()

    def walk(model: Any, prefix: str, depth: int) -> None:
        for name, info in getattr(model, "model_fields", {}).items():
            kinds = [info.annotation]
            for kind in kinds:  # unions, optionals and containers, flattened
                kinds.extend(typing.get_args(kind))
            if bool in kinds:
                found.add(prefix + name)
            for kind in kinds:
                if isinstance(kind, type) and issubclass(kind, BaseModel) and depth < MAX_NESTING:
                    walk(kind, f"{prefix}{name}.", depth + 1)

    walk(Scenario, "", 0)
    return frozenset(found)


def _check_shape(node: Any, path: str, depth: int) -> None:
    if depth > MAX_NESTING:
        raise ScenarioError(f"{path or 'scenario'}: nested more than {MAX_NESTING} levels deep")
    if isinstance(node, dict):
        for key, value in node.items():
            _check_text(key, path)
            _check_shape(value, f"{path}.{key}" if path else str(key), depth + 1)
    elif isinstance(node, list):
        if len(node) > MAX_CHILDREN:
            raise ScenarioError(f"{path or 'scenario'}: a list of {len(node):,} items; a scenario has far fewer")
        for index, value in enumerate(node):
            _check_shape(value, f"{path}[{index}]", depth + 1)
    elif isinstance(node, str):
        if len(node) > MAX_STRING_CHARS:
            raise ScenarioError.coded(f"{path}: text longer than {MAX_STRING_CHARS:,} characters", "setting_too_long",
                                      setting=path, high_number=MAX_STRING_CHARS)
        _check_text(node, path)
    elif isinstance(node, _HugeNumber | float):
        check_numbers(node, path)  # 1e400 reads as infinity (NaN, Infinity were refused while parsing)
    elif isinstance(node, bool) and re.sub(r"\[\d+\]", "", path) not in _yes_no_fields():
        # true/false where a number belongs would read as 1/0 (pydantic's lax mode allows it).
        raise ScenarioError.coded(f"{path or 'scenario'}: expected a number or text, not {str(node).lower()}",
                                  "setting_number", setting=path or "scenario", value=str(node).lower())


def parse_scenario_text(raw: bytes, check_evaluates: bool = True) -> tuple[Scenario, list[str]]:
    """A Scenario from file bytes, plus notices the user should see (never silent).

    Accepted means usable: unless `check_evaluates` is off (built-in examples, checked
    by the tests), the scenario is evaluated once and the engine's refusal becomes the
    ScenarioError, so the app, the CLI and crash recovery never hold a file they cannot show."""
    if len(raw) > MAX_FILE_BYTES:
        mib = MAX_FILE_BYTES // 2**20
        raise ScenarioError.coded(f"the file is larger than {mib} MiB; a scenario file is at most "
                                  f"{MAX_FILE_BYTES:,} bytes", "file_too_large", limit_number=mib)
    if not raw.strip():
        raise ScenarioError.coded("the file is empty", "file_empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError.coded("the file is not UTF-8 text; is it a scenario file?", "file_not_utf8") from None
    try:
        data = loads_json(text)
    except json.JSONDecodeError as error:
        raise ScenarioError.coded(f"the file is not valid JSON (line {error.lineno}, column {error.colno}: "
                                  f"{error.msg})", "file_bad_json", line_number=error.lineno,
                                  column_number=error.colno) from None
    except RecursionError:
        raise ScenarioError.coded(f"the file is nested more than {MAX_NESTING} levels deep", "file_too_deep",
                                  limit_number=MAX_NESTING) from None
    _check_shape(data, "", 0)
    scenario, notices = scenario_from_data(data)
    if check_evaluates:
        checked_analysis(scenario)
    return scenario, notices


def _engine_refusal(error: BaseException) -> ScenarioError:
    if isinstance(error, ScenarioError):
        return error
    return ScenarioError.coded(
        f"the engine cannot evaluate this scenario ({type(error).__name__}: {str(error)[:120]}); "
        "check the custom accelerator and model figures", "engine_refused")


def _check_finite(outcome: Outcome) -> None:
    def walk(node: Any, name: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, key)
        elif isinstance(node, float) and not math.isfinite(node):
            raise ScenarioError.coded(f"the scenario's {name.replace('_', ' ')} is too large to compute; "
                                      "check the prices, counts and custom figures", "too_large_to_compute")

    walk(outcome.model_dump(), "result")


def checked_analysis(
    scenario: Scenario, reuse: Overview | None = None, defer: Collection[str] = (),
    parts: Collection[str] = PARTS, swing: float = DEFAULT_SWING,
) -> tuple[Outcome, Overview]:
    """`core.overview.analyze`, total: the outcome has finite figures, and anything the
    engine cannot do is one ScenarioError sentence (never another exception)."""
    try:
        with np.errstate(all="ignore"):
            outcome, view = analyze(scenario, parts=parts, reuse=reuse, defer=defer, swing=swing)
    except (ArithmeticError, ValueError, TypeError, LookupError, RecursionError) as error:
        raise _engine_refusal(error) from None
    _check_finite(outcome)
    return outcome, view


def checked_evaluate(scenario: Scenario) -> Outcome:
    """`core.engine.evaluate`, total in the same way as `checked_analysis`."""
    try:
        with np.errstate(all="ignore"):
            outcome = evaluate(scenario)
    except (ArithmeticError, ValueError, TypeError, LookupError, RecursionError) as error:
        raise _engine_refusal(error) from None
    _check_finite(outcome)
    return outcome


def scenario_from_data(data: Any) -> tuple[Scenario, list[str]]:
    """Check format and version first, migrate, then validate every field."""
    if not isinstance(data, dict):
        raise ScenarioError.coded("the file does not hold a scenario (expected a JSON object)", "file_not_object")
    if data.get("format") != SCENARIO_FORMAT:
        raise ScenarioError.coded(f"format: not an Inferonomics scenario (expected \"{SCENARIO_FORMAT}\")",
                                  "file_wrong_format", expected=SCENARIO_FORMAT)
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ScenarioError.coded("schema_version: missing or not a positive whole number", "file_bad_version")
    notices: list[str] = []
    if version > SCHEMA_VERSION:
        data, dropped = _known_fields_only(data, Scenario)
        data["schema_version"] = SCHEMA_VERSION
        left_out = ", ".join(dropped)
        notices.append(Notice.coded(
            f"This file was written by a newer Inferonomics (schema {version}; this version reads "
            f"{SCHEMA_VERSION}). " + (f"Settings this version does not know were left out: {left_out}. "
                                      if dropped else "") + "Saving it here writes schema " + str(SCHEMA_VERSION) + ".",
            ("notice_newer_file", {"version": version, "current": SCHEMA_VERSION}),
            *([("notice_left_out", {"settings": left_out})] if dropped else []),
            ("notice_saving_writes", {"current": SCHEMA_VERSION})))
    while version < SCHEMA_VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise ScenarioError.coded(f"schema_version: {version} is not a version this app can migrate",
                                      "file_unknown_version", version=version)
        data = migrate(data)
        version += 1
        data["schema_version"] = version
        note = MIGRATION_NOTES.get(version - 1, "")
        notices.append(Notice.coded(f"Upgraded from schema {version - 1} to {version}." + (f" {note}" if note else ""),
                                    ("notice_upgraded", {"old": version - 1, "new": version}),
                                    *([(note, {})] if note else [])))  # the note is its own code
    scenario = scenario_from_dict(data)
    _check_catalog_ids(scenario)
    notice = missing_profile_notice(scenario.serving.calibration_profile)
    if notice:
        notices.append(notice)
    return scenario, notices


def _check_catalog_ids(scenario: Scenario) -> None:
    """Catch a misspelt or unknown id when the file is opened, not at first use."""
    catalog = load_catalog()
    try:
        if scenario.hardware.custom_accelerator is None:
            catalog.accelerator(scenario.hardware.accelerator_id)
    except ScenarioError as error:
        raise ScenarioError(f"hardware.accelerator_id: {error}", *error.said) from None
    try:
        if scenario.model.custom_model is None:
            catalog.model(scenario.model.model_id)
    except ScenarioError as error:
        raise ScenarioError(f"model.model_id: {error}", *error.said) from None


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
    if not os.fspath(path):
        raise ScenarioError.coded("no file name given", "no_file_name")
    file = Path(path)
    try:
        if file.is_dir():
            raise ScenarioError.coded(f"{file}: is a folder, not a file", "file_is_folder", path=file)
        if file.exists() and not file.is_file():
            raise ScenarioError.coded(f"{file}: is not a regular file", "file_not_regular", path=file)
        with file.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise ScenarioError.coded(f"{file}: no such file", "file_missing", path=file) from None
    except OSError as error:
        raise ScenarioError.coded(f"{file}: cannot be read ({error.strerror or error})", "file_unreadable",
                                  path=file, reason=error.strerror or error) from None


def load_scenario_with_notices(path: str | os.PathLike[str]) -> tuple[Scenario, list[str]]:
    return parse_scenario_text(read_bounded(path))


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """Read a scenario file; any problem raises ScenarioError in plain words."""
    return load_scenario_with_notices(path)[0]


def scenario_to_json(scenario: Scenario) -> str:
    try:
        data = scenario.model_dump(mode="json")
        if data["serving"].get("calibration_profile") is None:  # optional: absent unless chosen
            del data["serving"]["calibration_profile"]
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except ValueError:  # a NaN or infinity set in code (files cannot hold one): never write it
        raise ScenarioError.coded("the scenario holds a number that is not finite; it cannot be saved",
                                  "not_saved_not_finite") from None


def save_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write atomically: temp file, flush, fsync, keep the old file as .bak, rename.
    See `atomic_write_bytes` for symlinks, modes and hard links."""
    atomic_write_bytes(Path(path), scenario_to_json(scenario).encode("utf-8"), keep_backup=True)


def builtin_scenario_names(group: str = "") -> list[str]:
    """Built-in scenarios (`group`: a sub-folder such as "article"; names then carry it, "article/…")."""
    from importlib import resources

    folder = resources.files("inferonomics_resources").joinpath("scenarios")
    if group:
        folder = folder.joinpath(group)
    prefix = f"{group}/" if group else ""
    return sorted(prefix + item.name.removesuffix(".json") for item in folder.iterdir()
                  if item.name.endswith(".json"))


def builtin_scenario(name: str) -> Scenario:
    try:
        raw = read_resource_text("scenarios", *f"{name}.json".split("/")).encode("utf-8")
    except FileNotFoundError:
        known = ", ".join(builtin_scenario_names())
        raise ScenarioError.coded(f"no built-in scenario '{name}'; known: {known}", "unknown_example", id=name,
                                  known=known) from None
    return parse_scenario_text(raw, check_evaluates=False)[0]


def default_scenario() -> Scenario:
    """The article's case: DeepSeek-R1 handling insurance claims on one 8×H20 server."""
    return builtin_scenario(DEFAULT_SCENARIO)
