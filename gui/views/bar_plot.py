"""A titled plot of horizontal bars, one row per name (top to bottom), for the compare,
sensitivity and break-even views. Segments, ranges (thin lines) and a reference line;
clicking a row emits its index."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.charts.base import PALETTE, lean_plot
from gui.charts.items import Bars, Series

ROW_THICKNESS = 0.62


class BarPlot(QWidget):
    rowClicked = Signal(int)  # row index, 0 = top

    def __init__(self, title: str, theme: str = "light", parent: QWidget | None = None, note_lines: int = 2,
                 min_height: int = 90) -> None:
        super().__init__(parent)
        self.colors = PALETTE[theme]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = QLabel(title)
        self.heading.setObjectName("chartTitle")
        layout.addWidget(self.heading)
        self.plot_widget, self.plot = lean_plot(self.colors, min_height)
        self._range: tuple[float, float] | None = None
        self._x_title = ""
        self.bars = Bars()
        self.plot.addItem(self.bars, ignoreBounds=True)
        self.ranges = Series(pg.mkPen(self.colors["foreground"], width=2))
        self.plot.addItem(self.ranges, ignoreBounds=True)
        self.reference = pg.InfiniteLine(angle=90, pen=pg.mkPen(self.colors["foreground"], width=1,
                                                                 style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.reference, ignoreBounds=True)
        self.reference.hide()
        layout.addWidget(self.plot_widget, 1)
        self.note = QLabel("")
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * note_lines + 4)  # new text never re-lays out
        layout.addWidget(self.note)
        self.rows: list[str] = []
        self.plot_widget.scene().sigMouseClicked.connect(self._clicked)

    def color(self, key: str) -> str:
        return self.colors.get(key, key)

    def show_rows(
        self,
        names: Sequence[str],
        segments: Sequence[tuple[int, float, float, str]],
        ranges: Sequence[tuple[int, float, float]] = (),
        reference: float | None = None,
        x_title: str = "",
        include_zero: bool = True,
    ) -> None:
        """Rows `names` (top first); segments (row, start, end, colour key); ranges (row, low, high)."""
        self.rows = list(names)
        n = len(names)
        y_of = [n - 1 - i for i in range(n)]
        drawn = [(row, min(a, b), abs(b - a), color) for row, a, b, color in segments
                 if math.isfinite(a) and math.isfinite(b)]
        self.bars.set_bars([left for _, left, _, _ in drawn], [y_of[row] for row, _, _, _ in drawn],
                           [max(width, 0.0) for _, _, width, _ in drawn], ROW_THICKNESS,
                           [self.color(color) for _, _, _, color in drawn])
        xs: list[float] = []
        ys: list[float] = []
        for row, low, high in ranges:
            if math.isfinite(low) and math.isfinite(high):
                xs += [low, high, math.nan]
                ys += [y_of[row], y_of[row], math.nan]
        self.ranges.setData(np.array(xs), np.array(ys))
        values = [v for _, a, w, _ in drawn for v in (a, a + w)] + [v for v in xs if math.isfinite(v)]
        if reference is not None and math.isfinite(reference):
            values.append(reference)
            self.reference.setValue(reference)
            self.reference.show()
        else:
            self.reference.hide()
        if include_zero:
            values.append(0.0)
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        self._set_x_range(low, high)
        if names != getattr(self, "_names", None):  # new ticks re-lay out the axis: only when they change
            self._names = list(names)
            self.plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
            self.plot.getAxis("left").setTicks([[(y_of[i], name) for i, name in enumerate(names)]])
        if x_title != self._x_title:
            self._x_title = x_title
            self.plot.setLabel("bottom", x_title)

    def _set_x_range(self, low: float, high: float) -> None:
        """Hold the range while the data fills most of it (a new range means new tick labels)."""
        current = self._range
        if current is not None:
            span = current[1] - current[0]
            if current[0] <= low and high <= current[1] and (high - low) >= 0.5 * span:
                return
        pad = (high - low) * 0.08 or abs(high) * 0.1 or 1.0
        self._range = (low - pad, high + pad)
        self.plot.setXRange(*self._range, padding=0)

    def _clicked(self, event: object) -> None:
        position = event.scenePos()  # type: ignore[attr-defined]
        if not self.plot.vb.sceneBoundingRect().contains(position) and not self._on_axis(position):
            return
        y = self.plot.vb.mapSceneToView(position).y()
        index = len(self.rows) - 1 - round(y)
        if 0 <= index < len(self.rows):
            self.rowClicked.emit(index)

    def _on_axis(self, position: object) -> bool:
        return bool(self.plot.getAxis("left").sceneBoundingRect().contains(position))  # type: ignore[arg-type]
