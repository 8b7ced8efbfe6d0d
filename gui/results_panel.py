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
from core.messages import Message, case_name, render
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.document import ScenarioDocument
from gui.fixed_label import FixedLinesLabel
from gui.formatting import NO_FIGURE, count_of, duration, gigabytes, money, number, percent, quantity
from gui.language import translate
from gui.plain_text import tooltip
from gui.theme import RADIUS, Surface, SurfaceFrame, colors

PADDED_COMPUTE_SHARE = 0.3  # compute-bound below this useful share: the units are padding small batches
MEMORY_VERDICTS = (
    QT_TRANSLATE_NOOP("ResultsPanel", "Does not fit"),
    QT_TRANSLATE_NOOP("ResultsPanel", "Fits"),
    QT_TRANSLATE_NOOP("ResultsPanel", "Fits, memory-bound"),
)


def _share(fraction: float) -> str:
    """A busy share: one decimal below 10% (a 0.4%-busy chip is not "0%")."""
    return percent(fraction, 1 if fraction < 0.1 else 0)


def _likely(low: float | None, high: float | None, show: Callable[[float], str]) -> str:
    """"likely ¥0.25–0.56 · ": the P10–P90 range from the engine's cross-validated error."""
    if low is None or high is None:
        return ""
    low_text, high_text = show(low), show(high)
    symbol = next((s for s in ("¥", "$") if low_text.startswith(s)), "")
    return translate("ResultsPanel", "likely {low}–{high} · ").format(low=low_text, high=high_text.removeprefix(symbol))


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
    ABOUT = QT_TRANSLATE_NOOP("ResultsPanel", "Things about this scenario you should know before trusting the figures.")
    NONE = QT_TRANSLATE_NOOP("ResultsPanel",
                             "✓ No warnings: the model fits and nothing in this scenario looks out of range.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ResultsPanel", self.NONE), self.LINES, parent=parent)
        self.setObjectName("warnings")
        self.setContentsMargins(10, 6, 10, 6)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(translate("ResultsPanel", self.ABOUT))
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
        self.setToolTip(tooltip("\n".join([translate(
            "ResultsPanel", self.ABOUT), "", *(f"⚠ {warning}" for warning in self._warnings)])))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        lines = [f"⚠ {warning}" for warning in self._warnings] or [translate("ResultsPanel", self.NONE)]
        if len(lines) > self.LINES:
            hidden = len(lines) - self.LINES + 1
            lines = [*lines[: self.LINES - 1], translate(
                "ResultsPanel", "… and {count} more warnings (point here to read them all)").format(count=hidden)]
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
            translate("ResultsPanel", "What one business case costs: the fleet's cost per day (depreciation, power "
                      "and hosting, or rent) divided by the cases it serves per day at the load set."),
        )
        self.latency = Card(
            translate("ResultsPanel", "Case latency"),
            translate("ResultsPanel", "Wall-clock time for one case at the peak hour's load: its model calls run one "
                      "after another, each = time to first token + output tokens × time per output token."),
        )
        self.throughput = Card(
            translate("ResultsPanel", "Throughput"),
            translate("ResultsPanel", "Output tokens per second the whole fleet generates at the chosen concurrency "
                "(all replicas together)."),
        )
        self.cases = Card(
            translate("ResultsPanel", "Cases per day"),
            translate("ResultsPanel", "The load: cases served per day, how busy that keeps the fleet on average and "
                      "at the peak hour, and what the fleet can serve within the service level."),
        )
        self.ttft = Card(
            translate("ResultsPanel", "Time to first token"),
            translate("ResultsPanel", "How long a call waits before its first token: prefill of the "
                      "input tokens plus queueing/scheduling overhead."),
        )
        self.tpot = Card(
            translate("ResultsPanel", "Time per output token"),
            translate("ResultsPanel", "Time between output tokens for one call while decoding; 1 ÷ this = tokens per "
                "second each user sees."),
        )
        self.memory = Card(
            translate("ResultsPanel", "Memory fit"),
            translate("ResultsPanel", "Whether the model's weights plus at least one call's KV cache fit in "
                      "the accelerators' memory, and how full memory is at this concurrency."),
            values=tuple(translate("ResultsPanel", verdict) for verdict in MEMORY_VERDICTS),
        )
        cards = [self.cost, self.latency, self.throughput, self.cases, self.ttft, self.tpot, self.memory]
        for index, card in enumerate(cards):
            grid.addWidget(card, 0 if index < 4 else 1, index % 4)
        self.bottleneck = Card(
            translate("ResultsPanel", "Bottleneck"),
            translate("ResultsPanel", "What limits speed right now, from the engine's step-time breakdown "
                      "(memory bandwidth, compute, communication, memory capacity, overhead)."),
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
        case = case_name(workload.case_name, language.current())
        currency = outcome.currency
        self.cost.title.set_text(translate("ResultsPanel", "Cost per {case}").format(case=case))
        fleet = (translate("ResultsPanel", "{money} per month · ").format(money=money(outcome.monthly_cost, currency))
                 + (translate("ResultsPanel", "{money} to buy").format(money=money(outcome.capital_cost, currency))
                    if outcome.capital_cost else translate("ResultsPanel", "rented")))
        if outcome.over_capacity:
            # A cost per case of a fleet that cannot serve the demand would undercut every one
            # that can: the card names what serving it takes instead.
            self.cost.display(
                translate("ResultsPanel", "Over capacity"),
                translate("ResultsPanel", "{serving} · this fleet: {cost} for each of the {served} a day it serves")
                .format(serving=self._serving_it(outcome, case), cost=money(outcome.cost_per_case, currency),
                        served=quantity(outcome.served_cases_per_day)),
                "bad",
            )
        else:
            self.cost.display(
                money(outcome.cost_per_case, currency),
                _likely(outcome.cost_per_case_p10, outcome.cost_per_case_p90, lambda value: money(value, currency))
                + translate("ResultsPanel", "{fleet} · {cost} per million output tokens").format(
                    fleet=fleet, cost=money(outcome.cost_per_million_output_tokens, currency)),
            )
        self.latency.title.set_text(translate("ResultsPanel", "Time per {case}").format(case=case))
        cases = case_name(workload.case_name, language.current(), plural=True)
        self.cases.title.set_text(translate(
            "ResultsPanel", "{Cases} per day").format(Cases=cases[:1].upper() + cases[1:]))
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
            busy = translate(
                "ResultsPanel", "useful compute {compute} of peak, memory bandwidth {bandwidth} · ").format(
                compute=_share(outcome.compute_utilization), bandwidth=_share(outcome.bandwidth_utilization))
        explanation = render(Message(code=outcome.bottleneck), language.current())
        if outcome.bottleneck == "compute" and (outcome.compute_utilization or 0.0) < PADDED_COMPUTE_SHARE:
            # Busy matrix units doing little useful work: small batches padded to their tiles.
            explanation = translate("ResultsPanel", "Compute bound, though little of it is useful: small batches are "
                                    "padded to the matrix units' tiles, so larger batches or more FLOPS help more "
                                    "than faster memory.")
        name = translate("Bottleneck", outcome.bottleneck)
        self.bottleneck.display(name[:1].upper() + name[1:], busy + explanation)
        self.warnings.set_warnings(
            [render(message, language.current()) for message in outcome.warning_messages] or list(outcome.warnings))

    def _serving_it(self, outcome: Outcome, case: str) -> str:
        """What serving the demand takes: the smallest fleet of this kind that meets it, and
        its cost per case (from the fleet-size sweep the charts draw)."""
        overview = self.document.overview
        met = overview.demand_met_count
        if met is None or overview.by_gpu_count is None:
            return translate("ResultsPanel", "no fleet of up to 512 serves it")
        index = int(np.flatnonzero(overview.gpu_counts == met)[0])
        cost = float(overview.by_gpu_count["cost_per_case"][index])
        return translate("ResultsPanel", "{count} would serve it at {cost} per {case}").format(
            count=number(met), cost=money(cost, outcome.currency), case=case)

    def _show_performance(self, outcome: Outcome, scenario: Scenario) -> None:
        workload = scenario.workload
        limit = workload.service_level.max_case_latency_s
        target = ""
        if outcome.meets_service_level is not None:
            target = (translate("ResultsPanel", " · target {limit} ✓").format(limit=duration(limit))
                      if limit and outcome.meets_service_level
                      else translate("ResultsPanel", " · meets the service level") if outcome.meets_service_level
                      else translate("ResultsPanel", " · misses the service level"))
        point = {"auto": translate("ResultsPanel", "at the peak hour"), "max": translate("ResultsPanel", "flat out"),
                 "fixed": translate("ResultsPanel", "at the calls in flight set")}[outcome.operating_point]
        self.latency.display(
            duration(outcome.case_latency_s),
            _likely(outcome.case_latency_s_p10, outcome.case_latency_s_p90, duration)
            + translate("ResultsPanel", "{point}: {calls} × {each}{target}").format(
                point=point, calls=count_of(workload.calls_per_case, "call"), each=duration(outcome.call_latency_s),
                target=target),
            "bad" if outcome.meets_service_level is False else "",
        )
        self.throughput.title.set_text(translate("ResultsPanel", "Throughput") if outcome.operating_point != "auto"
                                       else translate("ResultsPanel", "Throughput at the peak"))
        self.throughput.display(
            quantity(outcome.output_tokens_per_s, "tokens/s"),
            translate("ResultsPanel", "{per_accelerator} per accelerator · {per_user} per user").format(
                per_accelerator=quantity(outcome.output_tokens_per_s_per_gpu),
                per_user=quantity(outcome.output_tokens_per_s_per_user, "", 1)),
        )
        need = outcome.accelerators_for_peak_demand
        if outcome.over_capacity:
            detail = (translate("ResultsPanel", "of {arriving} arriving: over capacity (peak hour at {peak})").format(
                arriving=quantity(outcome.cases_per_day), peak=percent(outcome.peak_utilization))
                + (translate("ResultsPanel", "; {count} would serve it").format(count=number(need))
                   if need is not None else ""))
        else:
            detail = translate("ResultsPanel", "{busy} busy (peak hour {peak}) · can serve {capacity}").format(
                busy=percent(outcome.fleet_utilization), peak=percent(outcome.peak_utilization),
                capacity=quantity(outcome.capacity_cases_per_day))
        flat = outcome.flat_out_cases_per_day
        if flat is not None and outcome.capacity_cases_per_day is not None and flat > outcome.capacity_cases_per_day:
            detail += translate("ResultsPanel", " · flat out: {count}").format(count=quantity(flat))
        self.cases.display(
            quantity(outcome.served_cases_per_day), detail, "bad" if outcome.over_capacity else ""
        )
        self.ttft.display(
            duration(outcome.time_to_first_token_s),
            translate("ResultsPanel", "prefill of {count} input tokens").format(
                count=number(workload.input_tokens_per_call)),
        )
        self.tpot.display(
            duration(outcome.time_per_output_token_s),
            translate("ResultsPanel", "{rate} per user · {count} calls in flight").format(
                rate=quantity(outcome.output_tokens_per_s_per_user, "tokens/s", 1),
                count=quantity(outcome.concurrency)),
        )

    def _show_memory(self, outcome: Outcome) -> None:
        memory = outcome.memory_per_accelerator
        fleet_memory_gb = memory.total_gb * outcome.accelerator_count
        if not outcome.fits_in_memory:
            need = outcome.min_accelerators_to_fit
            self.memory.display(
                translate("ResultsPanel", MEMORY_VERDICTS[0]),
                translate("ResultsPanel", "weights need {weights} per accelerator of {total}; ").format(
                    weights=gigabytes(memory.weights_gb), total=gigabytes(memory.total_gb))
                + (translate("ResultsPanel", "needs at least {count} accelerators").format(count=number(need))
                   if need else translate("ResultsPanel", "no count fits")),
                "bad",
            )
            return
        tight = outcome.bottleneck == "memory capacity"
        self.memory.display(
            translate("ResultsPanel", MEMORY_VERDICTS[2] if tight else MEMORY_VERDICTS[1]),
            translate("ResultsPanel", "uses {share} of {total} · TP {tp} × {replicas} · up to {calls}").format(
                share=percent(outcome.memory_used_fraction), total=gigabytes(fleet_memory_gb),
                tp=outcome.tensor_parallel_size, replicas=count_of(outcome.replicas, "replica"),
                calls=count_of(outcome.max_concurrency, "call")),
            "tight" if tight else "good",
        )
