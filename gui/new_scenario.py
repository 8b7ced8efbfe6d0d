"""The scenario File ▸ New starts from: the default case, in the preferred currency."""

from __future__ import annotations

from core import Scenario, default_scenario
from gui.language import translate


def new_scenario(currency: str) -> Scenario:
    """The default scenario, untitled, converted by core to `currency`."""
    return default_scenario().updated({"name": translate("Document", "Untitled scenario")}).in_currency(currency)
