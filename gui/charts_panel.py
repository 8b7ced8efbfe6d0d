"""The live charts in a grid; each redraws only when what it shows changed."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from core import Outcome
from gui.charts.accelerator_comparison import AcceleratorComparisonChart
from gui.charts.base import Chart
from gui.charts.cost_vs_gpus import CostVsGpuCountChart
from gui.charts.latency_vs_concurrency import LatencyVsConcurrencyChart
from gui.charts.memory_breakdown import MemoryBreakdownChart
from gui.charts.throughput_interactivity import ThroughputInteractivityChart
from gui.document import ScenarioDocument


class ChartsPanel(QWidget):
    def __init__(self, document: ScenarioDocument, theme: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.cost_vs_gpus = CostVsGpuCountChart(theme)
        self.throughput = ThroughputInteractivityChart(theme)
        self.latency = LatencyVsConcurrencyChart(theme)
        self.accelerators = AcceleratorComparisonChart(theme)
        self.memory = MemoryBreakdownChart(theme)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.cost_vs_gpus, 0, 0)
        grid.addWidget(self.throughput, 0, 1)
        grid.addWidget(self.accelerators, 0, 2, 2, 1)
        grid.addWidget(self.latency, 1, 0)
        grid.addWidget(self.memory, 1, 1)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.memory.setMaximumHeight(16777215)
        document.outcomeChanged.connect(self.show_outcome)
        self.show_outcome(document.outcome)

    @property
    def charts(self) -> list[Chart]:
        return [self.cost_vs_gpus, self.throughput, self.latency, self.accelerators, self.memory]

    def show_outcome(self, outcome: Outcome) -> list[Chart]:
        """Update every chart whose inputs changed; returns the ones that redrew."""
        scenario = self.document.scenario
        return [chart for chart in self.charts if chart.update_from(scenario, outcome)]
