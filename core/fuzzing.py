"""Mutations of scenario files for fuzzing the reader (used by bench/ and tests/).

Each mutation turns a valid file into something a user might really receive:
flipped bits, truncation, wrong types, huge or negative numbers, deep nesting,
non-UTF-8, a BOM, an empty file or binary junk; and files that are valid JSON but
hostile or extreme: custom accelerators and models with figures at their limits,
integers of thousands of digits, 1e400, NaN, duplicate keys, huge keys, huge objects,
lone surrogates, booleans where numbers belong.

The contract checked (`check_file`): a file is either accepted, and then it evaluates
to finite figures and round-trips through save and load exactly, or it is refused with
one ScenarioError sentence. Anything else is a finding.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.catalog import load_catalog
from core.engine import evaluate
from core.errors import ScenarioError
from core.scenario_io import parse_scenario_text, scenario_to_json

_ODD_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, -1e308, 1e308, 2**63, -(2**63), 1e-320, "", "max", "auto", "NaN", "\u0000",
    "x" * 20_000, [], {}, [1, 2], {"a": 1}, 3.5, "h20", "deepseek-r1", "fp8", 10**40,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _replace(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, *rest = path
    copy = dict(node) if isinstance(node, dict) else list(node)
    copy[head] = _replace(node[head], tuple(rest), value) if rest else value
    return copy


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")


# Field values at and beyond the limits of the fields they land in.
_EXTREMES: tuple[Any, ...] = (
    0, 0.0, 1, 2, 3, 7, 1e-320, 1e-300, 1e-30, 1e-9, 1e-6, 1e-3, 0.5, 0.999999, 1.000001, 1e3, 1e5, 1e6,
    1e7, 1e9, 1e10, 1e12, 1e30, 1e100, 1e300, 1.7976931348623157e308, 10**9, 10**12, 10**15, 2**53 + 1,
    None, -1e-300,
)


def _leaves(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, (*prefix, key))]
    return [(prefix, node)]


def _extreme(data: dict[str, Any], rng: random.Random) -> bytes:
    """A custom accelerator and/or model (or none) with a few numbers set to extremes."""
    catalog = load_catalog()
    if rng.random() < 0.6:
        chip = rng.choice(list(catalog.accelerators.values()))
        data["hardware"]["custom_accelerator"] = chip.model_dump(mode="json")
        data["hardware"]["accelerator_id"] = chip.id
    if rng.random() < 0.6:
        model = rng.choice(list(catalog.models.values()))
        data["model"]["custom_model"] = model.model_dump(mode="json")
        data["model"]["model_id"] = model.id
    if rng.random() < 0.3:
        data["pricing"]["mode"] = "rent"
    numbers = [(path, value) for path, value in _leaves(data)
               if value is None or (isinstance(value, int | float) and not isinstance(value, bool))]
    for _ in range(rng.randint(1, 6)):
        path, value = rng.choice(numbers)
        extreme = rng.choice(_EXTREMES)
        if isinstance(value, int) and isinstance(extreme, float) and rng.random() < 0.7 and extreme < 1e30:
            extreme = int(extreme)
        data = _replace(data, path, extreme)
    return _dumps(data)


def _hostile_text(valid: bytes, data: dict[str, Any], rng: random.Random) -> bytes:
    """Valid-looking JSON text with what json.dumps would never write."""
    path = rng.choice([p for p, v in _leaves(data) if isinstance(v, int | float) and not isinstance(v, bool)])
    marker = "__FUZZ_MARKER__"
    text = _dumps(_replace(data, path, marker)).decode("utf-8", "surrogatepass")
    choice = rng.randrange(8)
    if choice == 0:
        token = "9" * rng.choice([31, 41, 400, 4_301, 20_000])
    elif choice == 1:
        token = rng.choice(["1e400", "-1e400", "1e309", "4.9e-325", "1E+999999"])
    elif choice == 2:
        token = rng.choice(["NaN", "Infinity", "-Infinity"])
    elif choice == 3:
        token = rng.choice(["true", "false", "0.0e0", "-0", "1.0"])
    elif choice == 4:  # a duplicate key
        return text.replace('"' + marker + '"', "1", 1).replace("{", '{"name": "a", ', 1).encode(
            "utf-8", "surrogatepass")
    elif choice == 5:  # a huge key
        key = "k" * rng.choice([201, 100_000, 3_000_000])
        return text.replace('"' + marker + '"', "1", 1).replace("{", '{"' + key + '": 1, ', 1).encode("utf-8")
    elif choice == 6:  # many children under one key
        count = rng.choice([1_001, 20_000, 150_000])
        children = ", ".join(f'"k{i}": {i}' for i in range(count)) if rng.random() < 0.5 else ", ".join(
            "1" for _ in range(count))
        token = "{" + children + "}" if children.startswith('"') else "[" + children + "]"
    else:  # a lone surrogate or control character in text
        token = rng.choice(['"\\ud800"', '"\\udfff x"', '"a\\u0000b"', '"\\u202e"'])
        if rng.random() < 0.5:
            return text.replace('"' + marker + '"', "1", 1).replace(
                '"name": "', '"name": ' + token[:-1], 1).encode("utf-8", "surrogatepass")
    return text.replace('"' + marker + '"', token, 1).encode("utf-8", "surrogatepass")


def mutate(valid: bytes, rng: random.Random) -> bytes:
    data = json.loads(valid)
    kind = rng.randrange(16)
    if kind in (12, 13):
        return _extreme(data, rng)
    if kind in (14, 15):
        return _hostile_text(valid, data, rng)
    if kind == 0:  # flip bits
        raw = bytearray(valid)
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        return bytes(raw)
    if kind == 1:  # truncate
        return valid[: rng.randrange(len(valid))]
    if kind in (2, 3, 4):  # a field takes an odd value or a value of another type
        path = rng.choice(_paths(data)[1:])
        return _dumps(_replace(data, path, rng.choice(_ODD_VALUES)))
    if kind == 5:  # huge, negative or fractional numbers
        path = rng.choice(_paths(data)[1:])
        number = rng.choice([-1, 1]) * 10 ** rng.uniform(-30, 30) * rng.choice([1, 1.5])
        return _dumps(_replace(data, path, number)).replace(b"Infinity", b"1e999")
    if kind == 6:  # deep nesting
        depth = rng.choice([40, 1_000, 100_000])
        return b"[" * depth + b"]" * depth if rng.random() < 0.5 else b'{"a":' * depth + b"1" + b"}" * depth
    if kind == 7:  # not UTF-8
        return valid.replace(b"h20", bytes([0xFF, 0xFE, rng.randrange(256)]))
    if kind == 8:  # byte-order marks and whitespace
        return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"  \n"]) + valid
    if kind == 9:  # empty or blank
        return rng.choice([b"", b" ", b"\n\n", b"{}", b"null", b"[]", b"0"])
    if kind == 10:  # binary junk
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 4096)))
    # drop or add a field
    paths = [p for p in _paths(data)[1:] if isinstance(p[-1], str)]
    path = rng.choice(paths)
    if rng.random() < 0.5:
        parent = path[:-1]
        node = data
        for key in parent:
            node = node[key]
        trimmed = {k: v for k, v in node.items() if k != path[-1]}
        return _dumps(_replace(data, parent, trimmed))
    return _dumps(_replace(data, (*path[:-1], "unexpected_" + str(rng.randrange(99))), 1))


@dataclass
class FuzzReport:
    cases: int = 0
    rejected: int = 0
    accepted: int = 0
    other_exceptions: list[str] = field(default_factory=list)
    slowest_s: float = 0.0
    slowest_case: bytes = b""
    # Accepted files that then failed: to evaluate to finite figures, or to come back
    # equal after save and load (each entry names the case).
    accepted_not_evaluating: list[str] = field(default_factory=list)
    accepted_not_round_tripping: list[str] = field(default_factory=list)
    # Refusals that are not one sentence (several lines, or longer than a screen line allows).
    unclear_refusals: list[str] = field(default_factory=list)


MAX_REFUSAL_CHARS = 600


def check_file(content: bytes, report: FuzzReport, label: str) -> None:
    """One file through the contract (see the module docstring); findings go to `report`."""
    try:
        scenario, _ = parse_scenario_text(content)
    except ScenarioError as error:
        report.rejected += 1
        text = str(error)
        if not text or "\n" in text or len(text) > MAX_REFUSAL_CHARS:
            report.unclear_refusals.append(f"{label}: {text[:200]!r}")
        return
    except Exception as error:
        report.other_exceptions.append(f"{label}: {type(error).__name__}: {error}"[:300])
        return
    report.accepted += 1
    try:
        figures = evaluate(scenario).model_dump()
        bad = [name for name, value in figures.items() if isinstance(value, float) and not math.isfinite(value)]
        if bad:
            report.accepted_not_evaluating.append(f"{label}: not finite: {', '.join(bad)}")
    except Exception as error:
        report.accepted_not_evaluating.append(f"{label}: {type(error).__name__}: {error}"[:300])
    try:
        saved = scenario_to_json(scenario)
        again, _ = parse_scenario_text(saved.encode("utf-8"))
        if again != scenario or scenario_to_json(again) != saved:
            report.accepted_not_round_tripping.append(f"{label}: differs after save and load")
    except Exception as error:
        report.accepted_not_round_tripping.append(f"{label}: {type(error).__name__}: {error}"[:300])


def fuzz(valid: bytes, cases: int, seed: int = 0,
         on_case: Callable[[int], None] | None = None) -> FuzzReport:
    """Feed `cases` mutations to the reader and the engine; tally how each ended."""
    rng = random.Random(seed)
    report = FuzzReport()
    for index in range(cases):
        content = mutate(valid, rng)
        start = time.perf_counter()
        check_file(content, report, f"case {index}")
        elapsed = time.perf_counter() - start
        if elapsed > report.slowest_s:
            report.slowest_s, report.slowest_case = elapsed, content[:200]
        report.cases += 1
        if on_case:
            on_case(index)
    return report
