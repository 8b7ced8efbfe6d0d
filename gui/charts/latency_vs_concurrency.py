"""Time to first token, time per output token and case latency as concurrency grows, each
shaded with its likely (P10-P90) range from the engine's cross-validated error."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from core import Outcome, Scenario
from core.messages import case_name
from core.overview import CONCURRENCY, Overview
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.charts.base import Chart, finite_range
from gui.charts.items import Band, Series, likely_factors
from gui.formatting import compact_count
from gui.language import translate

TIME_TICKS = (
    (0.001, QT_TRANSLATE_NOOP("TimeTicks", "1 ms")),
    (0.01, QT_TRANSLATE_NOOP("TimeTicks", "10 ms")),
    (0.1, QT_TRANSLATE_NOOP("TimeTicks", "100 ms")),
    (1.0, QT_TRANSLATE_NOOP("TimeTicks", "1 s")),
    (10.0, QT_TRANSLATE_NOOP("TimeTicks", "10 s")),
    (60.0, QT_TRANSLATE_NOOP("TimeTicks", "1 min")),
    (600.0, QT_TRANSLATE_NOOP("TimeTicks", "10 min")),
    (3600.0, QT_TRANSLATE_NOOP("TimeTicks", "1 h")),
    # no "10 h": 0.38 decades below a day, the two labels ran together
    (86400.0, QT_TRANSLATE_NOOP("TimeTicks", "1 day")),
)


def time_ticks(low_s: float, high_s: float) -> list[tuple[float, str]]:
    """Round times a reader knows (1 s, 1 min, 1 h) as ticks on a log-seconds axis."""
    return [(math.log10(value), translate(
        "TimeTicks", label)) for value, label in TIME_TICKS if low_s / 3 <= value <= high_s]


SERIES = (
    ("case_latency_s", QT_TRANSLATE_NOOP("LatencyVsConcurrency", "Case latency"), "accent"),
    ("time_to_first_token_s", QT_TRANSLATE_NOOP("LatencyVsConcurrency", "First token"), "second"),
    ("time_per_output_token_s", QT_TRANSLATE_NOOP("LatencyVsConcurrency", "Per output token"), "third"),
)


class LatencyVsConcurrencyChart(Chart):
    title = QT_TRANSLATE_NOOP("Chart", "Latency vs concurrency")
    part = CONCURRENCY

    def build(self) -> None:
        self.plot.setLogMode(x=True, y=True)
        self.curves = {}
        self.markers = {}
        # Bands first: the curves and dots draw over them.
        self.bands = {name: self.add(Band(self.colors[color], self.colors["background"]))
                      for name, _label, color in SERIES}
        self.band_factors: dict[str, tuple[float, float] | None] = {}
        for name, _label, color in SERIES:
            self.curves[name] = self.add(Series(self.pen(color)))
            self.markers[name] = self.add(self.marker_series(color, 9))
        self.limit_lines = {}
        for name, _label, color in SERIES:
            line = self.add(pg.InfiniteLine(angle=0, pen=pg.mkPen(self.colors[color], width=1,
                                                                   style=pg.QtCore.Qt.PenStyle.DashLine)))
            line.hide()
            self.limit_lines[name] = line
        self.case_label = ""
        self.levels = np.array([])
        self.figures: dict[str, np.ndarray] = {}
        self.setToolTip(
            translate("LatencyVsConcurrency", "How waiting grows with calls in flight: time to first token (prefill + "
                "queue), "
            "time between output tokens, and the whole case (all its calls in sequence). "
            "Dots mark your operating point; dashed lines are the service level's limits. "
            "Shading: the likely range (P10-P90) from the engine's error on published measurements "
            "it was not fitted to, relative as at your operating point.")
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return (outcome.concurrency, outcome.case_latency_s, outcome.time_to_first_token_s,
                scenario.workload.service_level, scenario.workload.case_name)

    def recompute(self, overview: Overview) -> None:
        sweep = overview.by_concurrency
        self.levels = overview.concurrency_levels if sweep is not None else np.array([])
        self.figures = {name: sweep[name] for name, _label, _color in SERIES} if sweep is not None else {}

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        self.set_axis_titles(
            translate("LatencyVsConcurrency", "Calls in flight (log scale)"),
            translate("LatencyVsConcurrency", "Time (log scale)"),
        )
        case = case_name(scenario.workload.case_name, language.current())
        case_label = translate("LatencyVsConcurrency", "{Case} latency").format(Case=case[:1].upper() + case[1:])
        if case_label != self.case_label:
            self.case_label = case_label
            self.set_key(
                tuple(
                    (self.colors[color], case_label if name == "case_latency_s" else translate(
                        "LatencyVsConcurrency", label), False)
                    for name, label, color in SERIES
                )
            )
        log_levels = np.log10(self.levels) if self.levels.size else self.levels
        factors = {
            name: likely_factors(getattr(outcome, name), getattr(outcome, f"{name}_p10"),
                                 getattr(outcome, f"{name}_p90"))
            for name, _label, _color in SERIES
        }
        for name, _label, _color in SERIES:
            if self.redrawing_sweep or factors[name] != self.band_factors.get(name):
                values = self.figures.get(name, np.array([]))
                factor = factors[name]
                if factor is None or not values.size:
                    self.bands[name].clear()
                else:
                    with np.errstate(divide="ignore", invalid="ignore"):
                        self.bands[name].setData(log_levels, np.log10(values * factor[0]),
                                                 np.log10(values * factor[1]))
            if self.redrawing_sweep:
                values = self.figures.get(name, np.array([]))
                with np.errstate(divide="ignore", invalid="ignore"):
                    self.curves[name].setData(log_levels, np.log10(values) if values.size else log_levels)
            current = getattr(outcome, name)
            if current:
                # Less than one call in flight on average: a call runs alone, as at one.
                self.markers[name].setData([np.log10(max(outcome.concurrency, 1.0))], [np.log10(current)])
            else:
                self.markers[name].setData([], [])
        self.band_factors = factors
        level = scenario.workload.service_level
        limits = {
            "case_latency_s": level.max_case_latency_s,
            "time_to_first_token_s": level.max_time_to_first_token_s,
            "time_per_output_token_s": level.max_time_per_output_token_s,
        }
        for name, line in self.limit_lines.items():
            limit = limits[name]
            if limit is not None and self.levels.size:
                line.setPos(np.log10(limit))
                line.show()
            else:
                line.hide()
        spans = [self.figures.get(name, []) for name, _l, _c in SERIES]
        y_span = finite_range(*spans, floor=0.0)
        x_span = (1.0, float(max(self.levels[-1], 2))) if self.levels.size else None
        self.set_ranges(x_span, y_span, log_x=True, log_y=True)
        # Ticks for the range shown (it holds still), not the data's: new ticks only with a new range.
        if y_span is not None:
            low, high = self._ranges["y"]
            self.set_ticks("left", time_ticks(3 * 10.0**low, 10.0**high))
        if x_span is not None:
            low, high = self._ranges["x"]
            self.set_log_ticks("bottom", max(1.0, 10.0**low), 10.0**high, compact_count)
        if not self.levels.size:
            self.clear_axes()
        self.set_note("" if self.levels.size else translate(
            "LatencyVsConcurrency", "The model does not fit: no curve."))
