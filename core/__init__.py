"""Inferonomics engine: scenarios in, throughput, latency and cost per case out.

Pure Python + numpy + pydantic; never imports Qt or the GUI.
"""

from core.engine import OutcomeArrays, evaluate, evaluate_many
from core.errors import ScenarioError
from core.outcome import Outcome
from core.scenario import Scenario
from core.scenario_io import default_scenario, load_scenario, save_scenario

__all__ = [
    "Outcome",
    "OutcomeArrays",
    "Scenario",
    "ScenarioError",
    "default_scenario",
    "evaluate",
    "evaluate_many",
    "load_scenario",
    "save_scenario",
]
