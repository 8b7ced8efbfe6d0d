"""Scenario settings as flat (path, value) rows: keys that say whether what depends on
some settings changed, and which settings two scenarios differ in."""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import Any

from core.scenario import Scenario

# The last few scenarios flattened (each kept with its rows, so an id is never reused while
# cached): a move compares the open scenario with up to four pinned ones, and the parts and
# views ask for the same ones again; one entry made them evict each other on every move.
_FLATTENED_KEPT = 8
_flattened: dict[int, tuple[Scenario, tuple[tuple[str, str, Any], ...]]] = {}


def _settings(scenario: Scenario) -> tuple[tuple[str, str, Any], ...]:
    """(path, section, value) of every setting, worked out once per scenario object
    (scenarios are frozen; every part and view asks for the same one on a move)."""
    kept = _flattened.get(id(scenario))
    if kept is not None and kept[0] is scenario:
        return kept[1]
    rows: list[tuple[str, str, Any]] = []
    for name in type(scenario).model_fields:
        value = getattr(scenario, name)
        fields = getattr(type(value), "model_fields", None)  # a section (hardware, workload, ...)
        if fields is not None:
            rows.extend((f"{name}.{item}", name, getattr(value, item)) for item in fields)
        else:
            rows.append((name, name, value))
    if len(_flattened) >= _FLATTENED_KEPT:
        del _flattened[next(iter(_flattened))]  # the oldest
    _flattened[id(scenario)] = (scenario, tuple(rows))
    return _flattened[id(scenario)][1]


def settings_key(scenario: Scenario, ignored: Collection[str]) -> tuple[Any, ...]:
    """The scenario's settings except `ignored` ones (a path, or a whole section)."""
    skip = frozenset(ignored)
    return tuple(value for path, section, value in _settings(scenario) if path not in skip and section not in skip)


def changed_settings(before: Scenario, after: Scenario, relative_tolerance: float = 0.0) -> frozenset[str]:
    """The dotted paths of the settings that differ (sections' fields, e.g. 'workload.cases_per_day').
    `relative_tolerance`: numbers closer than this count as equal (a price converted to
    another currency and back differs in its last digit; a comparison should not list it)."""
    def differs(old: Any, new: Any) -> bool:
        if relative_tolerance and isinstance(old, float | int) and isinstance(new, float | int) \
                and not isinstance(old, bool) and not isinstance(new, bool):
            return not math.isclose(old, new, rel_tol=relative_tolerance, abs_tol=0.0)
        return bool(old != new)

    return frozenset(
        path for (path, _s, old), (_p, _t, new) in zip(_settings(before), _settings(after), strict=True)
        if differs(old, new)
    )


# Inputs closer than this (relative) are the same input to a comparison: a price converted to
# another currency and rounded to cents by hand (¥1,100,000 -> $152,777.78) is 1.5e-8 away and
# is no difference a board should see as a waterfall bar.
COMPARISON_TOLERANCE = 1e-6
