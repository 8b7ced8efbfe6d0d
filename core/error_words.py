"""A ScenarioError in the user's language: the codes it carries rendered at the edge
(`error_text`), and pydantic's findings turned into those codes (`validation_messages`:
one sentence per setting, naming it in the user's words with the range it allows).

English stays `str(error)` (what the engine always said); another language renders the
error's Messages, falling back to the English sentence for an error that carries none.
"""

from __future__ import annotations

import re
import typing
from typing import Any

from annotated_types import Ge, Gt, Le, Lt
from pydantic import BaseModel, ValidationError

from core.errors import ScenarioError
from core.messages import Message, render
from core.number_format import DEFAULT_LOCALE, normal_locale

MAX_PROBLEMS = 4  # as core/scenario.describe_validation_error
MAX_VALUE_CHARS = 40
JOINER = {"en": "; ", "zh_CN": "；"}
_FLAG_BEFORE_HAN = re.compile(r"(--[a-z][a-z0-9-]*)(?=[\u4e00-\u9fff])")  # "--gpu-count 应在", not "--gpu-count应在"

# pydantic's error types, by what they mean to the user.
_WHOLE = frozenset({"int_type", "int_parsing", "int_from_float", "int_parsing_size"})
_NUMBER = frozenset({"float_type", "float_parsing", "decimal_type", "decimal_parsing"})
_GROUP = frozenset({"model_type", "dict_type", "model_attributes_type", "dataclass_type"})
_BOUNDS = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"})
_SIMPLE = {
    "missing": "setting_missing",
    "extra_forbidden": "setting_unknown",
    "finite_number": "setting_finite",
    "string_type": "setting_text",
    "bool_type": "setting_yes_no",
    "bool_parsing": "setting_yes_no",
    "string_too_short": "setting_empty",
}
# Settings whose own check says more than pydantic's error type.
_OWN_CHECK = {
    "serving.tensor_parallel": "setting_tensor_parallel",
    "workload.concurrency": "setting_concurrency",
    "pricing.cny_per_usd_date": "setting_date",
}


def error_text(error: ScenarioError | str, locale: str = DEFAULT_LOCALE, sentences: bool = False) -> str:
    """What `error` (or a core.errors.Notice) says in `locale` (English: its own sentence).
    `sentences`: its parts are whole sentences (a notice), not clauses of one."""
    name = normal_locale(locale)
    said = getattr(error, "said", ())
    if name == DEFAULT_LOCALE or not said:
        return str(error)
    joiner = (" " if name == DEFAULT_LOCALE else "") if sentences else JOINER.get(name, "; ")
    text = joiner.join(render(message, name) for message in said)
    return _FLAG_BEFORE_HAN.sub(r"\1 ", text) if name == "zh_CN" else text


def shown_value(value: Any) -> str:
    """A value the user gave, as they would recognise it: 0, 2.5, 'many', true, null."""
    if isinstance(value, bool):
        return str(value).lower()
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return f"{value:,}" if isinstance(value, int) else f"{value:,.12g}"
    if isinstance(value, str):
        return repr(value if len(value) <= MAX_VALUE_CHARS else value[:MAX_VALUE_CHARS] + "…")
    if isinstance(value, dict | list):
        return "{…}" if isinstance(value, dict) else "[…]"
    return type(value).__name__


def field_path(location: tuple[int | str, ...]) -> str:
    # Pydantic puts union branch names (e.g. 'int', "literal['max']") in locations.
    parts = [str(part) for part in location if not str(part).startswith(("literal[", "int", "float"))]
    return ".".join(parts) or "scenario"


def _field(model: Any, path: str) -> Any:
    """The pydantic FieldInfo at a dotted path of `model` (None when the path leaves it)."""
    info = None
    for part in path.split("."):
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return None
        info = fields[part]
        kinds = [info.annotation]
        for kind in kinds:
            kinds.extend(typing.get_args(kind))
        model = next((k for k in kinds if isinstance(k, type) and issubclass(k, BaseModel)), None)
    return info


def bounds(model: Any, path: str) -> tuple[float | None, bool, float | None]:
    """(lowest, lowest allowed itself?, highest) a number at `path` may take."""
    info = _field(model, path)
    low: float | None = None
    low_included = True
    high: float | None = None
    for rule in getattr(info, "metadata", ()):
        if isinstance(rule, Ge):
            low = float(rule.ge)  # type: ignore[arg-type]
        elif isinstance(rule, Gt):
            low, low_included = float(rule.gt), False  # type: ignore[arg-type]
        elif isinstance(rule, Le | Lt):
            high = float(rule.le if isinstance(rule, Le) else rule.lt)  # type: ignore[arg-type]
    return low, low_included, high


def _range_message(model: Any, path: str, value: str, context: dict[str, Any]) -> Message:
    low, low_included, high = bounds(model, path)
    if low is None and high is None:  # not a field of `model`: what pydantic said
        for key, code in (("ge", "setting_at_least"), ("gt", "setting_more_than"), ("le", "setting_at_most"),
                          ("lt", "setting_at_most")):
            if key in context:
                name = "low_number" if key in ("ge", "gt") else "high_number"
                return Message(code=code, params={"setting": path, name: float(context[key]), "value": value})
        return Message(code="setting_invalid", params={"setting": path, "value": value})
    params: dict[str, str | float | int] = {"setting": path, "value": value}
    if low is not None:
        params["low_number"] = low
    if high is not None:
        params["high_number"] = high
    if low is not None and high is not None:
        return Message(code="setting_range" if low_included else "setting_range_above", params=params)
    if low is not None:
        return Message(code="setting_at_least" if low_included else "setting_more_than", params=params)
    return Message(code="setting_at_most", params=params)


def problem_message(model: Any, problem: Any) -> Message:
    """One of pydantic's findings as a sentence code naming the setting."""
    path = field_path(tuple(problem.get("loc", ())))
    kind = str(problem.get("type", ""))
    context = problem.get("ctx") or {}
    value = shown_value(problem.get("input"))
    setting = {"setting": path}
    if kind in _SIMPLE:
        return Message(code=_SIMPLE[kind], params=setting if kind in ("missing", "extra_forbidden",
                                                                       "finite_number", "string_too_short")
                       else {**setting, "value": value})
    if path in _OWN_CHECK:
        return Message(code=_OWN_CHECK[path], params={**setting, "value": value})
    if path == "workload.utilization" and kind == "value_error":
        return Message(code="setting_utilization_tiny", params={**setting, "value": value})
    if kind in _BOUNDS:
        return _range_message(model, path, value, context)
    if kind in _WHOLE:
        return Message(code="setting_whole", params={**setting, "value": value})
    if kind in _NUMBER:
        return Message(code="setting_number", params={**setting, "value": value})
    if kind in _GROUP:
        return Message(code="setting_group", params=setting)
    if kind in ("literal_error", "enum"):
        choices = str(context.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return Message(code="setting_choice", params={**setting, "choices": choices, "value": value})
    if kind == "string_too_long":
        return Message(code="setting_too_long", params={**setting, "high_number": int(context.get("max_length", 0))})
    return Message(code="setting_invalid", params={**setting, "value": value})


def validation_messages(error: ValidationError, model: Any) -> list[Message]:
    """A sentence code for each of the first few settings pydantic refused in `model`."""
    said: list[Message] = []
    seen: set[str] = set()
    for problem in error.errors():
        path = field_path(tuple(problem.get("loc", ())))
        if path in seen:
            continue
        seen.add(path)
        said.append(problem_message(model, problem))
        if len(said) == MAX_PROBLEMS:
            break
    return said
