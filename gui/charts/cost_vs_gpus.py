"""Cost per case as the fleet grows in whole servers, for the same demand; where demand is
first met and the scenario's own count marked; shaded with the likely (P10-P90) range."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from core import Outcome, Scenario
from core.overview import GPU_COUNT, MAX_GPU_COUNT, Overview
from core.translations import QT_TRANSLATE_NOOP
from gui.charts.base import Chart, capped_top, finite_range
from gui.charts.items import Band, Series, likely_factors
from gui.charts.words import case_word, chart_title, counts_cpu_servers
from gui.formatting import compact_count, currency_symbol
from gui.language import translate


class CostVsGpuCountChart(Chart):
    title = QT_TRANSLATE_NOOP("Chart", "Cost per {case} vs fleet size")
    part = GPU_COUNT

    def build(self) -> None:
        self.plot.setLogMode(x=True, y=False)
        self.band = self.add(Band(self.colors["accent"], self.colors["background"]))  # under the curve
        self.band_factors: tuple[float, float] | None = None
        self.curve = self.add(Series(self.pen("accent"), dot_size=4, dot_color=self.colors["accent"]))
        self.marker = self.add(self.marker_series("highlight"))
        self.demand_line = self.add(pg.InfiniteLine(angle=90, pen=pg.mkPen(self.colors["third"], width=1,
                                                                            style=pg.QtCore.Qt.PenStyle.DashLine)))
        self.demand_line.hide()
        self.counts = np.array([1.0, MAX_GPU_COUNT])
        self.costs = np.full(self.counts.shape, np.nan)
        self.demand_met: float | None = None
        self.cheapest: float | None = None
        self.setToolTip(
            translate("CostVsGpus", "Cost per case for the same demand on 1 to 512 accelerators of the chosen type, "
                "in whole "
            "servers. Fewer than the dashed line cannot serve the peak hour within the service level; "
            "more sit idle part of the day. Gaps: the model does not fit. The red dot is your scenario. "
            "Shading: the likely range (P10-P90) from the engine's error on published measurements "
            "it was not fitted to, relative as at your scenario.")
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return scenario.hardware.accelerator_count, outcome.cost_per_case

    def recompute(self, overview: Overview) -> None:
        sweep = overview.by_gpu_count
        self.counts = overview.gpu_counts
        self.costs = sweep["cost_per_case"] if sweep is not None else np.full(self.counts.shape, np.nan)
        # Below the count that meets demand the fleet is over capacity: no cost on the curve there.
        if overview.demand_met_count is not None:
            self.costs = np.where(self.counts >= overview.demand_met_count, self.costs, np.nan)
        self.demand_met = overview.demand_met_count
        self.cheapest = overview.cheapest_count

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        symbol = currency_symbol(outcome.currency).strip()
        case = case_word(scenario)
        self.set_title(chart_title(self.title, scenario))
        self.set_axis_titles(translate("CostVsGpus", "CPU servers (log scale)") if counts_cpu_servers(scenario)
                             else translate("CostVsGpus", "Accelerators (log scale)"),
                             translate("CostVsGpus", "Cost per {case} ({symbol})").format(case=case, symbol=symbol))
        if self.redrawing_sweep:  # else only the marker moved (a new count): the rest holds
            self.curve.setData(np.log10(self.counts), self.costs)
            if self.demand_met is not None:
                self.demand_line.setPos(np.log10(self.demand_met))
                self.demand_line.show()
            else:
                self.demand_line.hide()
            if not outcome.cases_per_day:
                self.set_note(translate("CostVsGpus", "No {cases} a day: nothing to serve.").format(
                    cases=case_word(scenario, plural=True)))
            elif self.demand_met is None:
                self.set_note((translate("CostVsGpus", "No fleet up to {count} CPU servers meets this demand and "
                                         "service level.") if counts_cpu_servers(scenario) else translate(
                    "CostVsGpus", "No fleet up to {count} meets this demand and service level.")).format(
                    count=MAX_GPU_COUNT))
            else:
                self.set_note(translate("CostVsGpus", "Dashed: demand met from {met}; cheapest at {cheapest}.").format(
                    met=compact_count(self.demand_met), cheapest=compact_count(self.cheapest or self.demand_met)))
        factors = likely_factors(outcome.cost_per_case, outcome.cost_per_case_p10, outcome.cost_per_case_p90)
        if self.redrawing_sweep or factors != self.band_factors:
            if factors is None:
                self.band.clear()
            else:
                self.band.setData(np.log10(self.counts), self.costs * factors[0], self.costs * factors[1])
            self.band_factors = factors
        count = scenario.hardware.accelerator_count
        if outcome.cost_per_case is None:
            self.marker.setData([], [])
        else:
            self.marker.setData([np.log10(count)], [outcome.cost_per_case])
        # The range follows the curve and the marker, never what was shown before; a fleet
        # many times too large runs off the top rather than flatten the part that matters.
        mine = [outcome.cost_per_case] if outcome.cost_per_case is not None else []
        span = finite_range(self.costs, mine)
        top = span[1] if span else 1.0
        if span:
            top = capped_top(span[0], top, mine)
        self.set_ranges((float(self.counts[0]), float(self.counts[-1])), (0.0, top), log_x=True, follow_y=True)
        self.set_log_ticks("bottom", float(self.counts[0]), float(self.counts[-1]), compact_count)
