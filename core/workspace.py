"""The workspace: the open scenario and the scenarios pinned beside it for comparison.

Immutable, so an undo step is a snapshot of the whole workspace: pinning, unpinning and
editing the open scenario are undone alike. Compare views read the pinned scenarios.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from core.errors import ScenarioError
from core.scenario import Scenario

MAX_PINNED = 4
PinSource = Literal["open", "file", "example", "plan"]


@dataclass(frozen=True)
class Pinned:
    name: str
    scenario: Scenario
    source: PinSource


@dataclass(frozen=True)
class Workspace:
    scenario: Scenario
    pinned: tuple[Pinned, ...] = ()

    def with_scenario(self, scenario: Scenario) -> Workspace:
        return self if scenario is self.scenario else replace(self, scenario=scenario)

    def pin(self, scenario: Scenario, name: str, source: PinSource) -> Workspace:
        """Pin a scenario (a copy of the open one, a file, an example or a plan)."""
        if len(self.pinned) >= MAX_PINNED:
            raise ScenarioError.coded(f"at most {MAX_PINNED} scenarios can be pinned; unpin one first", "pin_limit",
                                      limit_number=MAX_PINNED)
        return replace(self, pinned=(*self.pinned, Pinned(name or scenario.name, scenario, source)))

    def unpin(self, index: int) -> Workspace:
        if not 0 <= index < len(self.pinned):
            raise ScenarioError.coded(f"there is no pinned scenario {index + 1}", "pin_missing",
                                      number_number=index + 1)
        return replace(self, pinned=self.pinned[:index] + self.pinned[index + 1:])
