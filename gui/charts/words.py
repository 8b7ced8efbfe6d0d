"""What the charts call the scenario's things: its business case by the case's own name ("claim",
理赔), and its units as the controls do ("CPU servers" for a CPU scenario, else accelerators)."""

from __future__ import annotations

from core import Scenario, ScenarioError
from core.inputs import accelerator_of
from core.messages import case_name
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.language import translate


def counts_cpu_servers(scenario: Scenario) -> bool:
    """True when one unit of the scenario is a CPU server (the controls then say "CPU servers")."""
    try:
        return accelerator_of(scenario).kind == "cpu"
    except ScenarioError:
        return False


def case_word(scenario: Scenario, plural: bool = False) -> str:
    """The scenario's case in the interface's language ("claim", 理赔)."""
    return case_name(scenario.workload.case_name, language.current(), plural)


# A chart's title for a CPU scenario, by its usual title (both marked in context "Chart").
CPU_TITLES = {
    "Throughput per accelerator vs speed per user": QT_TRANSLATE_NOOP(
        "Chart", "Throughput per CPU server vs speed per user"),
    "Memory per accelerator": QT_TRANSLATE_NOOP("Chart", "Memory per CPU server"),
}


def chart_title(title: str, scenario: Scenario) -> str:
    """A chart's title (English, context "Chart") for `scenario`: its units, its case's name."""
    if counts_cpu_servers(scenario):
        title = CPU_TITLES.get(title, title)
    return translate("Chart", title).format(case=case_word(scenario))
