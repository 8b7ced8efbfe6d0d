"""Cost per case as the fleet grows, current GPU count marked."""

from __future__ import annotations

import numpy as np

from core import Outcome, Scenario
from core.overview import GPU_COUNTS, MAX_GPU_COUNT, Overview
from gui.charts.base import Chart
from gui.charts.items import Series
from gui.formatting import compact_count, currency_symbol

LOG_COUNTS = np.log10(GPU_COUNTS)  # the x axis is log10(GPUs)


class CostVsGpuCountChart(Chart):
    title = "Cost per case vs GPU count"
    ignored_settings = ("hardware.accelerator_count", "name", "description")

    def build(self) -> None:
        self.plot.setLogMode(x=True, y=False)
        self.curve = self.add(Series(self.pen("accent")))
        self.marker = self.add(self.marker_series("highlight"))
        self.counts = GPU_COUNTS
        self.costs = np.full(GPU_COUNTS.shape, np.nan)
        self.sweep_top: float | None = None  # the curve's highest cost
        self.setToolTip(
            "Cost per case for the same workload on 1–512 GPUs of the chosen type. Gaps: the "
            "model does not fit. The red dot is your scenario."
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return scenario.hardware.accelerator_count, outcome.cost_per_case

    def recompute(self, overview: Overview) -> None:
        sweep = overview.by_gpu_count
        self.costs = sweep["cost_per_case"] if sweep is not None else np.full(GPU_COUNTS.shape, np.nan)

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        symbol = currency_symbol(outcome.currency).strip()
        self.set_axis_titles("GPUs (log scale)", f"Cost per {scenario.workload.case_name} ({symbol})")
        if self.redrawing_sweep:  # else only the marker moved (a new GPU count): the rest holds
            self.curve.setData(LOG_COUNTS, self.costs)
            finite = np.isfinite(self.costs)
            self.sweep_top = float(self.costs[finite].max()) if finite.any() else None
            fit = self.counts[finite]
            self.set_note(
                f"Fits from {int(fit[0])} GPUs; cheapest at {int(self.counts[np.nanargmin(self.costs)])} GPUs."
                if fit.size
                else f"The model does not fit on up to {MAX_GPU_COUNT} of these GPUs."
            )
        count = scenario.hardware.accelerator_count
        if outcome.cost_per_case is None:
            self.marker.setData([], [])
        else:
            self.marker.setData([np.log10(count)], [outcome.cost_per_case])
        tops = [top for top in (self.sweep_top, outcome.cost_per_case) if top is not None]
        self.set_ranges((1, MAX_GPU_COUNT), (0.0, max(tops)) if tops else (0.0, 1.0), log_x=True)
        self.set_log_ticks("bottom", 1, MAX_GPU_COUNT, compact_count)
