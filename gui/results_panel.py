"""The headline figures as large cards, the bottleneck in one sentence, and warnings.

Every figure comes straight from the engine's Outcome; this module only formats.
Card texts live in fixed-height labels, so a new figure repaints its label and never
re-lays out the window (which would resize and fully repaint every chart).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from core import Outcome, Scenario
from gui.document import ScenarioDocument
from gui.fixed_label import FixedLinesLabel
from gui.formatting import NO_FIGURE, duration, gigabytes, money, percent, quantity
from gui.language import translate
from gui.plain_text import tooltip
from gui.theme import RADIUS, Surface, SurfaceFrame, colors

PADDED_COMPUTE_SHARE = 0.3  # compute-bound below this useful share: the units are padding small batches
MEMORY_VERDICTS = ("Does not fit", "Fits", "Fits, memory-bound")


def _share(fraction: float) -> str:
    """A busy share: one decimal below 10% (a 0.4%-busy chip is not "0%")."""
    return percent(fraction, 1 if fraction < 0.1 else 0)


def _likely(low: float | None, high: float | None, show: Callable[[float], str]) -> str:
    """"likely ¥0.25–0.56 · ": the P10–P90 range from the engine's cross-validated error."""
    if low is None or high is None:
        return ""
    low_text, high_text = show(low), show(high)
    symbol = next((s for s in ("¥", "$") if low_text.startswith(s)), "")
    return f"likely {low_text}–{high_text.removeprefix(symbol)} · "


class Card(SurfaceFrame):
    """A titled figure with a one-line detail underneath."""

    def __init__(
        self,
        title: str,
        tooltip: str,
        detail_lines: int = 2,
        values: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = FixedLinesLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = FixedLinesLabel(NO_FIGURE, widest=values)
        self.value.setObjectName("cardValue")
        self.detail = FixedLinesLabel("", detail_lines)
        self.detail.setObjectName("cardDetail")
        for label in (self.title, self.value, self.detail):
            label.setToolTip(tooltip)
            label.set_opaque()
            layout.addWidget(label)

    def display(self, value: str, detail: str = "", state: str = "") -> None:
        self.value.set_text(value)
        self.detail.set_text(detail)
        if self.property("state") != state:
            self.setProperty("state", state)
            self.set_surface_state(state)


class WarningsLabel(Surface, FixedLinesLabel):
    """Up to three warnings, one line each (cut with "…" to the width; the tooltip has
    them all), or a calm line saying there are none. Always shown at the same height:
    warnings coming and going during a drag never re-lay out the window (which resizes
    and fully repaints every chart, and moves what the user is looking at)."""

    LINES = 3
    ABOUT = "Things about this scenario you should know before trusting the figures."
    NONE = "✓ No warnings: the model fits and nothing in this scenario looks out of range."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.NONE, self.LINES, parent=parent)
        self.setObjectName("warnings")
        self.setContentsMargins(10, 6, 10, 6)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.ABOUT)
        self._warnings: tuple[str, ...] = ()
        self.set_opaque()

    def surface_colors(self) -> tuple[QColor, QColor, float]:
        if not self._warnings:
            return super().surface_colors()
        c = colors(self.surface_theme)
        return QColor(c["warn"]), QColor(c["tight_edge"]), 1.0

    def repaint_text(self) -> None:
        # Only the text area: the rounded strip around it stays as it is (drawing the whole
        # strip, antialiased, is most of a repaint; a change of colour repaints it all).
        self.update(self.contentsRect())

    def paint_background(self, painter: QPainter, event: QPaintEvent, parent: QWidget) -> None:
        edge = math.ceil(RADIUS)
        inner = self.rect().adjusted(edge, edge, -edge, -edge)
        if inner.contains(event.rect()):  # a new text: the strip's fill is all there is behind it
            painter.fillRect(event.rect(), self.surface_colors()[0])
            return
        # Opaque (corners in the panel's colour): a new warning repaints this strip alone.
        super().paint_background(painter, event, parent)
        self.paint_surface(painter)

    def warnings(self) -> tuple[str, ...]:
        return self._warnings

    def set_warnings(self, warnings: list[str] | tuple[str, ...]) -> None:
        if tuple(warnings) == self._warnings:
            return
        if bool(warnings) != bool(self._warnings):
            self.update()  # the strip's colour says whether there are any
        self._warnings = tuple(warnings)
        self._fit_text()
        self.setToolTip(tooltip("\n".join([self.ABOUT, "", *(f"⚠ {warning}" for warning in self._warnings)])))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        lines = [f"⚠ {warning}" for warning in self._warnings] or [self.NONE]
        if len(lines) > self.LINES:
            hidden = len(lines) - self.LINES + 1
            lines = [*lines[: self.LINES - 1], f"… and {hidden} more warnings (point here to read them all)"]
        width = self.contentsRect().width() - 2
        metrics = self.fontMetrics()
        self.set_text("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines))


class ResultsPanel(QWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        self.cost = Card(
            translate("ResultsPanel", "Cost per case"),
            "What one business case costs: the fleet's cost per day (depreciation, power and "
            "hosting, or rent) divided by the cases it serves per day at the load set.",
        )
        self.latency = Card(
            translate("ResultsPanel", "Case latency"),
            "Wall-clock time for one case at the peak hour's load: its model calls run one after "
            "another, each = time to first token + output tokens × time per output token.",
        )
        self.throughput = Card(
            translate("ResultsPanel", "Throughput"),
            translate("ResultsPanel", "Output tokens per second the whole fleet generates at the chosen concurrency "
                "(all replicas together)."),
        )
        self.cases = Card(
            translate("ResultsPanel", "Cases per day"),
            "The load: cases served per day, how busy that keeps the fleet on average and at the "
            "peak hour, and what the fleet can serve within the service level.",
        )
        self.ttft = Card(
            translate("ResultsPanel", "Time to first token"),
            "How long a call waits before its first token: prefill of the "
            "input tokens plus queueing/scheduling overhead.",
        )
        self.tpot = Card(
            translate("ResultsPanel", "Time per output token"),
            translate("ResultsPanel", "Time between output tokens for one call while decoding; 1 ÷ this = tokens per "
                "second each user sees."),
        )
        self.memory = Card(
            translate("ResultsPanel", "Memory fit"),
            "Whether the model's weights plus at least one call's KV cache fit in "
            "the accelerators' memory, and how full memory is at this concurrency.",
            values=MEMORY_VERDICTS,
        )
        cards = [self.cost, self.latency, self.throughput, self.cases, self.ttft, self.tpot, self.memory]
        for index, card in enumerate(cards):
            grid.addWidget(card, 0 if index < 4 else 1, index % 4)
        self.bottleneck = Card(
            translate("ResultsPanel", "Bottleneck"),
            "What limits speed right now, from the engine's step-time "
            "breakdown (memory bandwidth, compute, communication, memory capacity, overhead).",
            detail_lines=4,
        )
        self.bottleneck.value.setObjectName("bottleneckValue")
        grid.addWidget(self.bottleneck, 1, 3)
        self.warnings = WarningsLabel()
        grid.addWidget(self.warnings, 2, 0, 1, 4)
        document.outcomeChanged.connect(self.show_outcome)
        self.show_outcome(document.outcome)

    def show_outcome(self, outcome: Outcome) -> None:
        scenario: Scenario = self.document.scenario
        workload = scenario.workload
        case = workload.case_name
        currency = outcome.currency
        self.cost.title.set_text(f"Cost per {case}")
        fleet = (f"{money(outcome.monthly_cost, currency)} per month · "
                 + (f"{money(outcome.capital_cost, currency)} to buy" if outcome.capital_cost else "rented"))
        if outcome.over_capacity:
            # A cost per case of a fleet that cannot serve the demand would undercut every one
            # that can: the card names what serving it takes instead.
            self.cost.display(
                translate("ResultsPanel", "Over capacity"),
                f"{self._serving_it(outcome, case)} · this fleet: {money(outcome.cost_per_case, currency)} for "
                f"each of the {quantity(outcome.served_cases_per_day)} a day it serves",
                "bad",
            )
        else:
            self.cost.display(
                money(outcome.cost_per_case, currency),
                _likely(outcome.cost_per_case_p10, outcome.cost_per_case_p90, lambda value: money(value, currency))
                + f"{fleet} · {money(outcome.cost_per_million_output_tokens, currency)} per million output tokens",
            )
        self.latency.title.set_text(f"Time per {case}")
        self.cases.title.set_text(f"{case.capitalize()}s per day")
        if not outcome.fits_in_memory:
            # Nothing runs: say so once per card instead of strings of dashes.
            self.latency.display(NO_FIGURE, translate("ResultsPanel", "the model does not fit: nothing runs"))
            self.throughput.display(NO_FIGURE, translate("ResultsPanel", "the model does not fit"))
            self.cases.display(NO_FIGURE, translate("ResultsPanel", "the model does not fit"))
            self.ttft.display(NO_FIGURE, translate("ResultsPanel", "the model does not fit"))
            self.tpot.display(NO_FIGURE, translate("ResultsPanel", "the model does not fit"))
        else:
            self._show_performance(outcome, scenario)
        self._show_memory(outcome)
        busy = ""
        if outcome.compute_utilization is not None and outcome.bandwidth_utilization is not None:
            # Useful FLOPs over peak: units padding small batches to their tiles are busy but not useful.
            busy = (f"useful compute {_share(outcome.compute_utilization)} of peak, memory bandwidth "
                    f"{_share(outcome.bandwidth_utilization)} · ")
        explanation = outcome.bottleneck_explanation
        if outcome.bottleneck == "compute" and (outcome.compute_utilization or 0.0) < PADDED_COMPUTE_SHARE:
            # Busy matrix units doing little useful work: small batches padded to their tiles.
            explanation = ("Compute bound, though little of it is useful: small batches are padded to the matrix "
                           "units' tiles, so larger batches or more FLOPS help more than faster memory.")
        self.bottleneck.display(outcome.bottleneck.capitalize(), busy + explanation)
        self.warnings.set_warnings(outcome.warnings)

    def _serving_it(self, outcome: Outcome, case: str) -> str:
        """What serving the demand takes: the smallest fleet of this kind that meets it, and
        its cost per case (from the fleet-size sweep the charts draw)."""
        overview = self.document.overview
        met = overview.demand_met_count
        if met is None or overview.by_gpu_count is None:
            return "no fleet of up to 512 serves it"
        index = int(np.flatnonzero(overview.gpu_counts == met)[0])
        cost = float(overview.by_gpu_count["cost_per_case"][index])
        return f"{met:,.0f} would serve it at {money(cost, outcome.currency)} per {case}"

    def _show_performance(self, outcome: Outcome, scenario: Scenario) -> None:
        workload = scenario.workload
        limit = workload.service_level.max_case_latency_s
        target = ""
        if outcome.meets_service_level is not None:
            target = (f" · target {duration(limit)} ✓" if limit and outcome.meets_service_level
                      else " · meets the service level" if outcome.meets_service_level
                      else " · misses the service level")
        point = {"auto": "at the peak hour", "max": "flat out", "fixed": "at the calls in flight set"}[
            outcome.operating_point]
        self.latency.display(
            duration(outcome.case_latency_s),
            _likely(outcome.case_latency_s_p10, outcome.case_latency_s_p90, duration)
            + f"{point}: {workload.calls_per_case} {'call' if workload.calls_per_case == 1 else 'calls'} × "
            f"{duration(outcome.call_latency_s)}{target}",
            "bad" if outcome.meets_service_level is False else "",
        )
        self.throughput.title.set_text(translate(
            "ResultsPanel", "Throughput") if outcome.operating_point != "auto" else "Throughput at the peak")
        self.throughput.display(
            quantity(outcome.output_tokens_per_s, "tokens/s"),
            f"{quantity(outcome.output_tokens_per_s_per_gpu, 'per accelerator')} · "
            f"{quantity(outcome.output_tokens_per_s_per_user, 'per user', 1)}",
        )
        need = outcome.accelerators_for_peak_demand
        if outcome.over_capacity:
            detail = (f"of {quantity(outcome.cases_per_day)} arriving: over capacity (peak hour at "
                      f"{percent(outcome.peak_utilization)})"
                      + (f"; {need:,} would serve it" if need is not None else ""))
        else:
            detail = (f"{percent(outcome.fleet_utilization)} busy (peak hour {percent(outcome.peak_utilization)}) · "
                      f"can serve {quantity(outcome.capacity_cases_per_day)}")
        flat = outcome.flat_out_cases_per_day
        if flat is not None and outcome.capacity_cases_per_day is not None and flat > outcome.capacity_cases_per_day:
            detail += f" · flat out: {quantity(flat)}"
        self.cases.display(
            quantity(outcome.served_cases_per_day), detail, "bad" if outcome.over_capacity else ""
        )
        self.ttft.display(
            duration(outcome.time_to_first_token_s),
            f"prefill of {workload.input_tokens_per_call:,} input tokens",
        )
        self.tpot.display(
            duration(outcome.time_per_output_token_s),
            f"{quantity(outcome.output_tokens_per_s_per_user, 'tokens/s', 1)} per user · "
            f"{quantity(outcome.concurrency)} calls in flight",
        )

    def _show_memory(self, outcome: Outcome) -> None:
        memory = outcome.memory_per_accelerator
        fleet_memory_gb = memory.total_gb * outcome.accelerator_count
        if not outcome.fits_in_memory:
            need = outcome.min_accelerators_to_fit
            self.memory.display(
                MEMORY_VERDICTS[0],
                f"weights need {gigabytes(memory.weights_gb)} per accelerator of {gigabytes(memory.total_gb)}; "
                + (f"needs at least {need} accelerators" if need else "no count fits"),
                "bad",
            )
            return
        tight = outcome.bottleneck == "memory capacity"
        self.memory.display(
            MEMORY_VERDICTS[2] if tight else MEMORY_VERDICTS[1],
            f"uses {percent(outcome.memory_used_fraction)} of {gigabytes(fleet_memory_gb)} · "
            f"TP {outcome.tensor_parallel_size} × {outcome.replicas} "
            f"{'replica' if outcome.replicas == 1 else 'replicas'} · up to {outcome.max_concurrency:,} calls",
            "tight" if tight else "good",
        )
