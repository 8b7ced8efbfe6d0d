"""Cost per case on every catalog accelerator, each sized for the same demand and service
level in whole servers (the scenario's price for its own chip, catalog prices for the
rest); sorted, the count beside each name, the current chip highlighted."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QStaticText
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core import Outcome, Scenario
from core.catalog import load_catalog
from core.messages import case_name
from core.overview import ACCELERATOR, Overview, accelerator_ids
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.catalog_labels import short_accelerator_name
from gui.charts.base import Chart, capped_top
from gui.charts.items import Bars
from gui.charts.words import chart_title
from gui.formatting import currency_symbol, duration, money
from gui.language import translate
from gui.plain_text import html_label

NO_FIT_NAMES = 8  # the note has three lines: longer lists are cut, the tooltip has them all
class AcceleratorComparisonChart(Chart):
    title = QT_TRANSLATE_NOOP("Chart", "Cost per {case} on every accelerator, sized for the same demand")
    part = ACCELERATOR
    note_lines = 3
    ROOM_BESIDE_NAMES_PX = 120  # title, axis and note around the rows of names

    def minimumSizeHint(self) -> QSize:
        """Tall enough that every name has its own line (names never overlap, however short the window)."""
        hint = super().minimumSizeHint()
        rows = len(self.ids) if hasattr(self, "ids") else 0
        note_px = self.note_lines * self.note.fontMetrics().lineSpacing()
        return QSize(hint.width(), max(hint.height(), rows * self.fontMetrics().height() + note_px
                                       + self.ROOM_BESIDE_NAMES_PX))

    def build(self) -> None:
        self.catalog = load_catalog()
        self.ids = accelerator_ids()  # the overview's order
        self.bars = self.add(Bars())
        self.names = [self._name(accelerator_id) for accelerator_id in self.ids]
        self.counts = np.full(self.ids.shape, np.nan)
        self.latencies = np.full(self.ids.shape, np.nan)
        self.reasons: dict[str, str] = {}
        # The names sit in a column beside the plot, not on its left axis: as tick labels
        # a new order re-rendered the axis (~1.4 ms a change, measured; the order changes
        # on most moves of the model size or tokens); the column repaints the rows that
        # changed (~0.4 ms a model-size move, measured).
        self.plot.hideAxis("left")
        self.name_column = NameColumn(self, [f"512 × {name} · {duration(3599.0)}" for name in self.names])
        index = self.frame_layout.indexOf(self.plot_widget)
        self.frame_layout.removeWidget(self.plot_widget)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.name_column)
        row.addWidget(self.plot_widget, 1)
        self.frame_layout.insertLayout(index, row, 1)
        self.plot.vb.sigResized.connect(lambda _view: self.name_column.update())
        self.plot.invertY(True)
        self.costs = np.full(self.ids.shape, np.nan)
        self.failure = ""
        self.setToolTip(
            translate("AcceleratorComparison", "Each accelerator in the catalog sized for the same demand and service "
                "level, in whole "
            "servers, at its cheapest setup: your price for your chip, catalog prices for the rest. "
            "Cheapest first; chips that cannot serve it are listed below with why. Yours is highlighted.")
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return scenario.hardware.accelerator_id

    def recompute(self, overview: Overview) -> None:
        sweep = overview.by_accelerator
        self.costs = sweep["cost_per_case"] if sweep is not None else np.full(self.ids.shape, np.nan)
        self.counts = sweep["accelerator_count"] if sweep is not None else np.full(self.ids.shape, np.nan)
        self.latencies = sweep["case_latency_s"] if sweep is not None else np.full(self.ids.shape, np.nan)
        self.reasons = dict(overview.accelerator_reasons)
        self.failure = overview.failures.get(ACCELERATOR, "")

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        currency = scenario.pricing.currency
        case = case_name(scenario.workload.case_name, language.current())
        symbol = currency_symbol(currency).strip()
        self.set_title(chart_title(self.title, scenario))
        # The GPU count goes in the note, not the axis title: a new title re-lays out the axis.
        self.set_axis_titles(translate(
            "AcceleratorComparison", "{symbol} per {case}").format(symbol=symbol, case=case), "")
        fits = np.isfinite(self.costs)
        order = [int(i) for i in np.argsort(self.costs) if fits[i]]
        # A custom chip is not in the catalog: no bar is yours then.
        current = scenario.hardware.accelerator_id if scenario.hardware.custom_accelerator is None else ""
        # Each chip sized for the demand: how many, and how long a case takes on them.
        names = [f"{int(self.counts[i])} × {self.names[i]} · {duration(float(self.latencies[i]))}" for i in order]
        colors = [self.colors["highlight" if self.ids[i] == current else "accent"] for i in order]
        self.bars.set_bars(np.zeros(len(order)), np.arange(len(order)), self.costs[order], 0.7, colors)
        current_row = next((row for row, index in enumerate(order) if self.ids[index] == current), -1)
        self.name_column.show_names(names, current_row)
        high = float(self.costs[order].max()) if order else 1.0
        if order:  # a far dearer chip (a CPU server) would flatten every other bar: it runs off the edge
            own = [float(self.costs[i]) for i in order if self.ids[i] == current]
            high = capped_top(float(self.costs[order[0]]), high, own)
        self.set_ranges((0.0, high), None)
        if self._ranges.get("bars") != (len(order), 0.0):
            self._ranges["bars"] = (len(order), 0.0)
            self.plot.setYRange(-0.6, max(len(order), 1) - 0.4, padding=0)
        no_fit = [self.names[i] for i in range(len(self.ids)) if not fits[i]]
        lines = []
        if self.failure:
            lines.append(self.failure)
        if not order and not self.reasons and not self.failure:
            lines.append(translate("AcceleratorComparison", "No {cases} a day to size the accelerators for.").format(
                cases=case_name(scenario.workload.case_name, language.current(), plural=True)))
        if order and outcome.operating_point != "auto":
            lines.append(translate("AcceleratorComparison", "Bars: each at the operating point that follows the load."))
        if order:
            best = order[0]
            lines.append(translate("AcceleratorComparison", "Cheapest: {name} at {cost} per {case}.").format(
                name=names[0], cost=money(float(self.costs[best]), currency), case=case))
            edge = self._ranges["x"][1]
            off = [f"{names[row]} {money(float(self.costs[i]), currency)}" for row, i in enumerate(order)
                   if self.costs[i] > edge]
            if off:
                lines.append(translate("AcceleratorComparison", "Off the scale: {names}.").format(names=", ".join(off)))
        if current in self.ids and not fits[list(self.ids).index(current)] and current in self.reasons:
            lines.append(translate("AcceleratorComparison", "Your accelerator cannot serve this demand: {why}.").format(
                why=self.reasons[current]))
        full = lines.copy()
        if no_fit:
            full += [f"{self.names[list(self.ids).index(i)]}: {why}." for i, why in self.reasons.items()]
            room = NO_FIT_NAMES if len(lines) < 2 else NO_FIT_NAMES // 4  # a longer note before: fewer names
            shown = no_fit if len(no_fit) <= room + 1 else no_fit[:room]
            more = translate("AcceleratorComparison", " and {count} more (hover for why)").format(
                count=len(no_fit) - len(shown)) if len(shown) < len(no_fit) else ""
            lines.append(translate("AcceleratorComparison", "Cannot serve it: {names}{more}.").format(
                names=", ".join(shown), more=more))
        self.set_note(" ".join(lines), "\n".join(full) if full != lines else None)

    def _name(self, accelerator_id: str) -> str:
        return short_accelerator_name(self.catalog.accelerators[accelerator_id])

    def set_axis_titles(self, bottom: str, left: str) -> None:
        if (bottom, left) != self._axis_titles:  # only the bottom: a left title would show the hidden axis
            self._axis_titles = (bottom, left)
            self.plot.setLabel("bottom", html_label(bottom), color=self.colors["foreground"], **{"font-size": "9pt"})


class NameColumn(QWidget):
    """Each bar's accelerator name, level with its bar (bar i is centred on y = i of a
    view showing -0.6 .. n - 0.4, top down), the current chip in bold. Painted in the
    plot's background colour so it reads as part of the plot."""

    MARGIN_PX = 6

    def __init__(self, chart: AcceleratorComparisonChart, all_names: list[str]) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.names: list[str] = []
        self.current = -1
        self._texts: dict[tuple[str, bool], tuple[QStaticText, float, float]] = {}
        self._all_names = all_names
        self._rows: tuple[float, float] = (0.0, 0.0)
        self._rows_key: object = None
        self._fonts: tuple[QFont, QFont] | None = None
        self._colors = (QColor(chart.colors["background"]), QColor(chart.colors["foreground"]))

    def text(self) -> str:
        """The names as shown, top down, the current chip starred (for checks and tests)."""
        return "\n".join(f"*{name}" if row == self.current else name for row, name in enumerate(self.names))

    def name_centres_px(self) -> list[float]:
        """Where each name is centred, in this column's coordinates: bar i is centred on
        y = i of the view (the mapping is linear, so two points give it; kept until the
        bar count or the plot's place changes: pyqtgraph's mapping costs ~0.1 ms)."""
        plot_widget = self.chart.plot_widget
        view = self.chart.plot.vb
        # The view's place inside the plot moves when an axis changes size (e.g. a title
        # in another script is taller): part of the key, or names drift off their bars.
        key = (len(self.names), view.sceneBoundingRect().getRect(), plot_widget.geometry().getRect(), self.y(),
               view.viewRange()[1])
        if key != self._rows_key:
            first, second = (self._row_px(row) for row in (0.0, 1.0))
            self._rows = (first, second - first)
            self._rows_key = key
        first, step = self._rows
        return [first + row * step for row in range(len(self.names))]

    def _row_px(self, row: float) -> float:
        plot_widget = self.chart.plot_widget
        scene = self.chart.plot.vb.mapViewToScene(QPointF(0.0, row))
        offset = plot_widget.viewport().y() + plot_widget.y() - self.y()
        return float(plot_widget.viewportTransform().map(scene).y() + offset)

    def show_names(self, names: list[str], current: int) -> None:
        if names == self.names and current == self.current:
            return
        before = self.text().split("\n") if self.names else []
        self.names, self.current = names, current
        after = self.text().split("\n") if names else []
        if len(before) != len(after):
            self.update()
            return
        # A new order mostly swaps a few neighbours: repaint only the rows that changed.
        centres = self.name_centres_px()
        step = centres[1] - centres[0] if len(centres) > 1 else self.height()
        band = max(step, self.fontMetrics().height())  # a name may be taller than its row
        for row, centre in enumerate(centres):
            if before[row] != after[row]:
                self.update(0, int(centre - band / 2) - 1, self.width(), int(band) + 3)

    def sizeHint(self) -> QSize:
        bold = QFont(self.font())
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(name) for name in self._all_names), default=0)
        return QSize(widest + 2 * self.MARGIN_PX, 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._texts.clear()  # lay the names out again
            self._fonts = None
        super().changeEvent(event)

    def _font(self, bold: bool) -> QFont:
        if self._fonts is None:
            bold_font = QFont(self.font())
            bold_font.setBold(True)
            self._fonts = (QFont(self.font()), bold_font)
        return self._fonts[bold]

    def _text(self, name: str, bold: bool) -> tuple[QStaticText, float, float]:
        """A name laid out once, with its width and height."""
        laid_out = self._texts.get((name, bold))
        if laid_out is None:
            text = QStaticText(name)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self._font(bold))
            size = text.size()
            laid_out = self._texts[(name, bold)] = (text, size.width(), size.height())
        return laid_out

    def paintEvent(self, event: QPaintEvent) -> None:
        background, foreground = self._colors
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, background)
        if self.names:
            painter.setPen(foreground)
            self.name_centres_px()  # brings the rows' places up to date
            first, step = self._rows
            right = self.width() - self.MARGIN_PX
            # Rows are evenly spaced: only those near the repainted area are drawn.
            count = len(self.names)
            reach = 1 + self.fontMetrics().height() / (2 * max(step, 1.0))
            low = max(0, int((area.top() - first) / step - reach)) if step > 0 else 0
            high = min(count, int((area.bottom() - first) / step + reach) + 1) if step > 0 else count
            weight: bool | None = None
            for row in range(low, high):
                bold = row == self.current
                text, width, height = self._text(self.names[row], bold)
                if bold is not weight:
                    painter.setFont(self._font(bold))
                    weight = bold
                painter.drawStaticText(QPointF(right - width, first + row * step - height / 2), text)
        painter.end()
