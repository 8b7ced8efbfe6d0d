"""The executive's figures beyond the engine's outcome: servers owned and needed, and what one
unit is called. Pure data; words are made at the edge."""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.catalog import load_catalog
from core.outcome import Outcome
from core.scenario import Scenario
from core.spec_sheet import unit_noun


@dataclass(frozen=True)
class Servers:
    unit_noun: str  # "GPU", "NPU", "CPU server", … (singular)
    accelerators_per_server: int
    servers_owned: int  # whole servers holding the fleet's accelerators
    servers_needed: int | None  # for the peak hour within the service level; None: no fleet of up to 512 does
    accelerators_needed: int | None

    @property
    def unit_is_server(self) -> bool:
        """A CPU server is its own unit: "servers" and "units" are one count."""
        return self.accelerators_per_server == 1 and self.unit_noun.endswith("server")


def servers(scenario: Scenario, outcome: Outcome) -> Servers:
    hardware = scenario.hardware
    accelerator = hardware.custom_accelerator or load_catalog().accelerator(hardware.accelerator_id)
    per_server = max(1, hardware.accelerators_per_server)
    needed = outcome.accelerators_for_peak_demand if outcome.fits_in_memory else None
    return Servers(
        unit_noun=unit_noun(accelerator),
        accelerators_per_server=per_server,
        servers_owned=math.ceil(hardware.accelerator_count / per_server),
        servers_needed=None if needed is None else math.ceil(needed / per_server),
        accelerators_needed=needed,
    )
