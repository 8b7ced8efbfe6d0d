"""The live charts in a grid; each redraws only when what it shows changed.

Start-up: importing pyqtgraph and building five plots takes about half a second, so a
normal start (`gui.app.main`) sets DEFER_CHARTS: the window first shows light
placeholders (controls and result cards need only the engine) and the charts are
built right after the first paint. Everything else (tests, --screenshot, the
selftest) builds them at once; `ensure_built()` builds them on demand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from core import Outcome
from core.translations import QT_TRANSLATE_NOOP
from gui.charts.words import chart_title
from gui.document import ScenarioDocument
from gui.theme import SurfaceFrame

if TYPE_CHECKING:
    from gui.charts.base import Chart

DEFER_CHARTS = False  # gui.app.main sets it for an interactive start

# (title, row, column, row span) of each chart, in the order of ChartsPanel.charts
LAYOUT = (
    (QT_TRANSLATE_NOOP("Chart", "Cost per {case} vs fleet size"), 0, 0, 1),
    (QT_TRANSLATE_NOOP("Chart", "Throughput per accelerator vs speed per user"), 0, 1, 1),
    (QT_TRANSLATE_NOOP("Chart", "Latency vs concurrency"), 1, 0, 1),
    (QT_TRANSLATE_NOOP("Chart", "Cost per {case} on every accelerator, sized for the same demand"), 0, 2, 2),
    (QT_TRANSLATE_NOOP("Chart", "Memory per accelerator"), 1, 1, 1),
)
# Narrower windows: (row, column, row span, column span) per chart for 2 and for 1 column.
REFLOWED = {
    3: tuple((row, column, rows, 1) for _title, row, column, rows in LAYOUT),
    2: ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (2, 0, 1, 2), (1, 1, 1, 1)),
    1: ((0, 0, 1, 1), (1, 0, 1, 1), (2, 0, 1, 1), (4, 0, 1, 1), (3, 0, 1, 1)),
}
# Three columns: the per-accelerator chart (names and bars side by side) gets half as much again.
COLUMN_STRETCH = {3: (2, 2, 3), 2: (1, 1, 0), 1: (1, 0, 0)}
MIN_CHART_WIDTH_PX = 240  # narrower than this per column: one column fewer
THREE_COLUMNS_FROM_PX = 1100  # narrower: the per-accelerator chart goes full width under the others
MIN_CHART_HEIGHT_PX = 280  # a chart keeps its legend, ticks and note readable above this


def _placeholder(title: str) -> QFrame:  # the chart's title once drawn
    frame = SurfaceFrame()
    frame.setObjectName("chart")  # styled like a chart: same frame, same title
    column = QVBoxLayout(frame)
    column.setContentsMargins(6, 4, 6, 4)
    heading = QLabel(title)
    heading.setObjectName("chartTitle")
    column.addWidget(heading)
    column.addStretch(1)
    frame.setMinimumHeight(200)
    return frame


class ChartsPanel(QWidget):
    chartsBuilt = Signal()

    def __init__(self, document: ScenarioDocument, theme: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.theme = theme
        self.charts: list[Chart] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        for column in range(3):
            self.grid.setColumnStretch(column, 1)
        self._placeholders: list[QFrame] = []
        # Charts scrolled out of view (or behind a dock) skip the moves they miss and catch up
        # as they come back into view (see show_outcome).
        self._waiting: set[Chart] = set()
        self._coming_into_view = _ComingIntoView(self)
        if DEFER_CHARTS:
            for title, row, column, rows in LAYOUT:
                placeholder = _placeholder(chart_title(title, document.scenario))
                self.grid.addWidget(placeholder, row, column, rows, 1)
                self._placeholders.append(placeholder)
            self._first_paint = _FirstPaint(self)
            self._placeholders[0].installEventFilter(self._first_paint)
        else:
            self.ensure_built()

    @property
    def built(self) -> bool:
        return bool(self.charts)

    def ensure_built(self) -> None:
        """Build the charts now (no-op once built)."""
        if self.charts:
            return
        from gui.charts.accelerator_comparison import AcceleratorComparisonChart
        from gui.charts.cost_vs_gpus import CostVsGpuCountChart
        from gui.charts.latency_vs_concurrency import LatencyVsConcurrencyChart
        from gui.charts.memory_breakdown import MemoryBreakdownChart
        from gui.charts.throughput_interactivity import ThroughputInteractivityChart

        self.setUpdatesEnabled(False)
        self.cost_vs_gpus = CostVsGpuCountChart(self.theme)
        self.throughput = ThroughputInteractivityChart(self.theme)
        self.latency = LatencyVsConcurrencyChart(self.theme)
        self.accelerators = AcceleratorComparisonChart(self.theme)
        self.memory = MemoryBreakdownChart(self.theme)
        self.charts = [self.cost_vs_gpus, self.throughput, self.latency, self.accelerators, self.memory]
        for chart in self.charts:  # any part of it about to be painted (the frame may not be: its plot is opaque)
            for widget in (chart, *chart.findChildren(QWidget)):
                widget.installEventFilter(self._coming_into_view)
        for placeholder in self._placeholders:
            self.grid.removeWidget(placeholder)
            placeholder.deleteLater()
        self._placeholders = []
        self.columns = 0
        self._place(self.columns_for(self.width()))
        self.document.outcomeChanged.connect(self.show_outcome)
        self.show_outcome(self.document.outcome)
        self.setUpdatesEnabled(True)
        self.chartsBuilt.emit()

    def columns_for(self, width: int) -> int:
        """Three columns only when the per-accelerator chart (names + bars) has room beside two others."""
        if width >= THREE_COLUMNS_FROM_PX:
            return 3
        return 2 if width >= 2 * MIN_CHART_WIDTH_PX + 8 else 1

    def _place(self, columns: int) -> None:
        """Lay the charts out in `columns` columns (only when that changes: a resize)."""
        if columns == getattr(self, "columns", 0) or not self.charts:
            return
        for chart in self.charts:
            self.grid.removeWidget(chart)
            # At least readable (the accelerator chart: a line per name), in the fonts now applied.
            chart.setMinimumHeight(max(MIN_CHART_HEIGHT_PX, chart.minimumSizeHint().height()))
        for column, stretch in enumerate(COLUMN_STRETCH[columns]):
            self.grid.setColumnStretch(column, stretch)
        used = {row + extra for row, _column, rows, _spanned in REFLOWED[columns] for extra in range(rows)}
        for row in range(5):
            self.grid.setRowStretch(row, 1 if row in used else 0)
        for chart, (row, column, rows, spanned) in zip(self.charts, REFLOWED[columns], strict=True):
            self.grid.addWidget(chart, row, column, rows, spanned)
        self.columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(MIN_CHART_WIDTH_PX, hint.height())

    def show_outcome(self, outcome: Outcome) -> list[Chart]:
        """Update every chart in view whose inputs changed; returns the ones that redrew. The
        sweeps come with the outcome (the document computes both in one pass). A chart out of
        view waits: nobody sees its moves, and it catches up before it is next painted."""
        shown = [chart for chart in self.charts if self._in_view(chart)]
        self._waiting.update(chart for chart in self.charts if chart not in shown)
        self._waiting.difference_update(shown)
        return self._update(shown, outcome)

    def catch_up(self, charts: list[Chart] | None = None) -> list[Chart]:
        """Bring the waiting charts (or those of `charts` that wait) up to date, in view or not:
        before one is painted, exported or read."""
        waiting = [chart for chart in (self.charts if charts is None else charts) if chart in self._waiting]
        self._waiting.difference_update(waiting)
        return self._update(waiting, self.document.outcome) if waiting else []

    def _in_view(self, chart: Chart) -> bool:
        # Before the window is shown (tests, a screenshot being prepared) every chart counts as in view.
        return not self.isVisible() or not chart.visibleRegion().isEmpty()

    def _update(self, charts: list[Chart], outcome: Outcome) -> list[Chart]:
        scenario = self.document.scenario
        sweeps = self.document.overview
        redrawn = [chart for chart in charts if chart.update_from(scenario, outcome, sweeps,
                                                                  chart.sweep_key(scenario, sweeps))]
        if redrawn:
            with _HeldUpdateRequests(self.window()):
                for chart in redrawn:
                    chart.settle()
        return redrawn


class _HeldUpdateRequests(QObject):
    """While the charts settle, hold the window's repaints and ask for one afterwards.

    A QGraphicsScene that processes changed items delivers the window's pending repaint
    at once (QGraphicsViewPrivate::dispatchPendingUpdateRequests), so five changed charts
    would paint the window in five passes; held, everything changed paints in one."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.target = window
        self.held = False

    def __enter__(self) -> _HeldUpdateRequests:
        self.target.installEventFilter(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.target.removeEventFilter(self)
        if self.held:  # Qt still counts a request as sent: send the one that paints it all
            request = QEvent(QEvent.Type.UpdateRequest)
            QCoreApplication.postEvent(self.target, request, Qt.EventPriority.LowEventPriority.value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.UpdateRequest:
            self.held = True
            return True
        return False


class _ComingIntoView(QObject):
    """A waiting chart's plot about to be painted (scrolled into view, a dock closed, the window
    grown): it catches up first, so what shows is never an old figure."""

    def __init__(self, panel: ChartsPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.panel._waiting and isinstance(watched, QWidget):
            charts = self.panel.charts
            self.panel.catch_up([chart for chart in charts if chart is watched or chart.isAncestorOf(watched)])
        return False


class _FirstPaint(QObject):
    """Builds the charts on the turn of the event loop after the placeholders first paint."""

    def __init__(self, panel: ChartsPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.panel.ensure_built)
        return False
