"""Mutations of scenario files for fuzzing the reader (used by bench/ and tests/).

Each mutation turns a valid file into something a user might really receive:
flipped bits, truncation, wrong types, huge or negative numbers, deep nesting,
non-UTF-8, a BOM, an empty file or binary junk.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.engine import evaluate
from core.errors import ScenarioError
from core.scenario_io import parse_scenario_text

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


def mutate(valid: bytes, rng: random.Random) -> bytes:
    data = json.loads(valid)
    kind = rng.randrange(12)
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


def fuzz(valid: bytes, cases: int, seed: int = 0,
         on_case: Callable[[int], None] | None = None) -> FuzzReport:
    """Feed `cases` mutations to the reader and the engine; tally how each ended."""
    rng = random.Random(seed)
    report = FuzzReport()
    for index in range(cases):
        content = mutate(valid, rng)
        start = time.perf_counter()
        try:
            scenario, _ = parse_scenario_text(content)
            evaluate(scenario)
            report.accepted += 1
        except ScenarioError:
            report.rejected += 1
        except Exception as error:
            report.other_exceptions.append(f"case {index}: {type(error).__name__}: {error}"[:300])
        elapsed = time.perf_counter() - start
        if elapsed > report.slowest_s:
            report.slowest_s, report.slowest_case = elapsed, content[:200]
        report.cases += 1
        if on_case:
            on_case(index)
    return report
