"""The throughput–interactivity curve: what each accelerator produces vs what each user sees."""

from __future__ import annotations

import numpy as np

from core import Outcome, Scenario
from core.overview import CONCURRENCY, Overview
from core.translations import QT_TRANSLATE_NOOP
from gui.charts.base import Chart, finite_range
from gui.charts.items import Series
from gui.charts.words import chart_title, counts_cpu_servers
from gui.language import translate


class ThroughputInteractivityChart(Chart):
    title = QT_TRANSLATE_NOOP("Chart", "Throughput per accelerator vs speed per user")
    part = CONCURRENCY

    def build(self) -> None:
        self.curve = self.add(Series(self.pen("accent"), dot_size=4, dot_color=self.colors["accent"]))
        self.marker = self.add(self.marker_series("highlight"))
        self.levels = np.array([])
        self.per_user = np.array([])
        self.per_gpu = np.array([])
        self.setToolTip(
            translate("ThroughputInteractivity", "Each point is one concurrency level (1 call at a time on the right, "
                "memory full on "
            "the left): more calls at once raise each accelerator's output but slow every user. "
            "The red dot is your scenario.")
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return outcome.output_tokens_per_s_per_user, outcome.output_tokens_per_s_per_gpu

    def recompute(self, overview: Overview) -> None:
        sweep = overview.by_concurrency
        self.levels = overview.concurrency_levels if sweep is not None else np.array([])
        self.per_user = sweep["output_tokens_per_s_per_user"] if sweep is not None else np.array([])
        self.per_gpu = sweep["output_tokens_per_s_per_gpu"] if sweep is not None else np.array([])

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        cpu = counts_cpu_servers(scenario)
        self.set_title(chart_title(self.title, scenario))
        self.set_axis_titles(
            translate("ThroughputInteractivity", "Tokens/s per user"),
            translate("ThroughputInteractivity", "Tokens/s per CPU server") if cpu
            else translate("ThroughputInteractivity", "Tokens/s per accelerator"),
        )
        if self.redrawing_sweep:
            self.curve.setData(self.per_user, self.per_gpu)
        user, gpu = outcome.output_tokens_per_s_per_user, outcome.output_tokens_per_s_per_gpu
        current = user is not None and gpu is not None
        self.marker.setData([user] if current else [], [gpu] if current else [])
        x_span = finite_range(self.per_user, [user] if current else [])
        y_span = finite_range(self.per_gpu, [gpu] if current else [])
        if x_span is None or y_span is None:
            self.clear_axes()
        else:
            self.set_ranges((0.0, x_span[1]), (0.0, y_span[1]))
        self.set_note(
            translate("ThroughputInteractivity", "Concurrency 1 → {count} calls in flight (memory limit).").format(
                count=round(self.levels[-1]))
            if self.levels.size
            else translate("ThroughputInteractivity", "The model does not fit: no curve.")
        )
