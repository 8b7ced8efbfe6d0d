"""A titled chart of horizontal bars, one row per name (top to bottom), for the compare,
sensitivity and break-even views. Segments, ranges (thin lines) and a reference line;
clicking a row emits its index.

Painted with one QPainter pass in a plain widget rather than a pyqtgraph scene: the compare
bars follow every slider move, and a scene (view, plot item, view box, axes) cost about 1 ms
of painting per move for two of them. A new figure repaints only the rows whose bars moved,
while the axis holds; a plain widget also prints as vectors (PDF, SVG) as it paints."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QStaticText,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from gui.charts.base import PALETTE
from gui.fixed_label import FixedLinesLabel
from gui.views.round_numbers import nice_ticks, padded_range, plain_number

ROW_THICKNESS = 0.62
TICK_SPACING_PX = 60  # a first guess; fewer when the labels need more room
PAD = 6
NAME_WIDTH_HELD = 0.9  # the name column keeps its width while the widest name needs at least this share of it
RANGE_STEPS = 8  # a new value range ends on round values about an eighth of it apart (room to move before the next)


class BarCanvas(QWidget):
    """The bars, their names (left) and a value axis (bottom)."""

    rowClicked = Signal(int)

    def __init__(self, colors: dict[str, str], min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self._base_min_height = min_height
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.names: list[str] = []
        self.segments: list[tuple[int, float, float, str]] = []
        self.ranges: list[tuple[int, float, float]] = []
        self.reference: float | None = None
        self.x_range = (0.0, 1.0)
        self.x_title = ""
        self.tick_format: Callable[[float], str] | None = None
        self.paint_count = 0
        self._name_width = 0
        self._layout_key: object = None
        self._tick_key: object = None
        self._tick_cache: list[tuple[float, int, str]] = []
        # Each text laid out once (QStaticText): drawText lays a text out on every call, and a
        # tornado draws some fifteen of them on every move of a slider.
        self._laid_out: dict[str, tuple[QStaticText, float, float]] = {}  # text -> layout, width, height
        self._laid_out_font = self.font()
        self._advances: dict[str, int] = {}  # widths in the widget's font (cleared when it changes)

    # --- geometry ------------------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        bottom = metrics.height() * (2 if self.x_title else 1) + 6
        left = self.name_column_width() + 2 * PAD
        return QRectF(left, PAD, max(1.0, self.width() - left - PAD - metrics.horizontalAdvance("0000") / 2),
                      max(1.0, self.height() - PAD - bottom))

    def name_column_width(self) -> int:
        """Names take what they need, up to 45% of the width (longer ones are elided; hover shows them)."""
        return min(self._name_width, int(self.width() * 0.45))

    def row_rect(self, row: int, plot: QRectF | None = None) -> QRectF:
        """The band of row `row` (0 = top), across the whole width (names included)."""
        plot = plot or self.plot_rect()
        height = plot.height() / max(len(self.names), 1)
        return QRectF(0, plot.top() + row * height, self.width(), height)

    # --- data ----------------------------------------------------------------------------
    def set_data(self, names: list[str], segments: list[tuple[int, float, float, str]],
                 ranges: list[tuple[int, float, float]], reference: float | None, x_range: tuple[float, float],
                 x_title: str, tick_format: Callable[[float], str] | None) -> None:
        layout_key = (names, x_range, x_title, reference is None, tick_format is None)
        if layout_key != self._layout_key or reference != self.reference:
            self._layout_key = layout_key
            metrics = self.fontMetrics()
            before = (self.names, self.name_column_width(), self.x_range, self.x_title, self.tick_format)
            if names != self.names:
                self._name_width = self._held_name_width(names, metrics)
            if before[0] and len(before[0]) == len(names) and before[1:] == (
                    self.name_column_width(), x_range, x_title, tick_format):
                # The same geometry and axis (most moves of a slider: the base and one input's range
                # in its name change): repaint the bars and the names that changed, not the axis
                # and every name.
                self.names, self.segments, self.ranges, self.reference = names, segments, ranges, reference
                plot = self.plot_rect()
                self.update(QRectF(plot.left(), plot.top(), self.width() - plot.left(),
                                   plot.height()).toAlignedRect())
                for row, (name, was) in enumerate(zip(names, before[0], strict=True)):
                    if name != was:
                        self.update(self.row_rect(row, plot).toAlignedRect())
                return
            self._fit_height(len(names), bool(x_title))
            self.names, self.segments, self.ranges = names, segments, ranges
            self.reference, self.x_range, self.x_title, self.tick_format = reference, x_range, x_title, tick_format
            self.update()
            return
        # Same axis, same rows: repaint only the rows whose bars or ranges moved.
        old = {row: ([s for s in self.segments if s[0] == row], [r for r in self.ranges if r[0] == row])
               for row in range(len(names))}
        self.segments, self.ranges = segments, ranges
        plot = self.plot_rect()
        for row in range(len(names)):
            now = ([s for s in segments if s[0] == row], [r for r in ranges if r[0] == row])
            if now != old[row]:
                self.update(self.row_rect(row, plot).toAlignedRect())

    def _held_name_width(self, names: list[str], metrics: QFontMetrics) -> int:
        """The widest name's width, or the column's width now while the names stay a little narrower:
        a tornado's names carry the moving input's range, and a digit more or less would otherwise
        move the axis and repaint every row on that move."""
        needed = max((self._advance(name, metrics) for name in names), default=0)
        return self._name_width if NAME_WIDTH_HELD * self._name_width <= needed <= self._name_width else needed

    def _fit_height(self, rows: int, titled: bool) -> None:
        """Every name a line of its own (plot_rect's margins around them): a short view scrolls
        rather than overlap them."""
        metrics = self.fontMetrics()
        needed = rows * metrics.lineSpacing() + PAD + metrics.height() * (2 if titled else 1) + 6
        if max(self._base_min_height, needed) != self.minimumHeight():
            self.setMinimumHeight(max(self._base_min_height, needed))

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(self.colors["background"]))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.draw(painter, event.rect(), event.region())
        painter.end()

    def draw(self, painter: QPainter, clip: QRect | None = None, region: QRegion | None = None) -> None:
        """Everything (or what meets `clip`, within `region` if given) on `painter`; also used to
        print the chart."""
        if not self.names:
            return  # nothing to show: no axis suggesting a scale either (the note says why)
        plot = self.plot_rect()
        foreground = QColor(self.colors["foreground"])
        metrics = QFontMetrics(painter.font())
        # The rows' and the value axis's geometry worked out once per paint (a tornado
        # repaints twenty bars on every move of a slider).
        top, band, left, plot_width = plot.top(), plot.height() / len(self.names), plot.left(), plot.width()
        low, high = self.x_range
        per_unit = plot_width / (high - low or 1.0)
        thickness = band * ROW_THICKNESS
        column = self.name_column_width()
        painter.setPen(foreground)
        right_aligned = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Which rows' names to paint, in plain numbers (a rectangle object per row and test cost
        # more than the names' drawing on a move that repaints the bars alone).
        width = self.width()
        spans = None if region is None else [(r.left(), r.right(), r.top(), r.bottom()) for r in region]
        names_left, names_right = PAD, math.ceil(PAD + column) - 1  # as QRectF.toAlignedRect() would
        for row, name in enumerate(self.names):
            row_top = top + row * band
            row_first, row_last = math.floor(row_top), math.ceil(row_top + band) - 1
            if clip is not None and (row_last < clip.top() or row_first > clip.bottom() or width <= clip.left()):
                continue
            if spans is not None and not any(
                    x0 <= names_right and names_left <= x1 and y0 <= row_last and row_first <= y1
                    for x0, x1, y0, y1 in spans):
                continue  # only the bars to repaint on this row
            shown = name if column >= self._name_width else metrics.elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                                               column)
            self._text(painter, QRectF(PAD, row_top, column + PAD, band), right_aligned, shown)
        painter.setPen(Qt.PenStyle.NoPen)
        # One brush change and one call per colour and layer: a row's second bar (a tornado's high
        # end) is drawn over its first wherever they overlap, whatever colour other rows begin with.
        by_layer: dict[tuple[int, str], list[QRectF]] = {}
        layers: dict[int, int] = {}
        for row, start, end, color in self.segments:
            a, b = left + (start - low) * per_unit, left + (end - low) * per_unit
            if b < a:
                a, b = b, a
            layer = layers[row] = layers.get(row, -1) + 1
            by_layer.setdefault((layer, color), []).append(
                QRectF(a, top + (row + 0.5) * band - thickness / 2, max(b - a, 1.0), thickness))
        for (_layer, color), rects in sorted(by_layer.items(), key=lambda item: item[0][0]):
            painter.setBrush(QColor(self.colors.get(color, color)))
            painter.drawRects(rects)
        painter.setPen(QPen(foreground, 2))
        for row, range_low, range_high in self.ranges:
            y = top + (row + 0.5) * band
            painter.drawLine(QPointF(left + (range_low - low) * per_unit, y),
                             QPointF(left + (range_high - low) * per_unit, y))
        if self.reference is not None:
            x = left + (self.reference - low) * per_unit
            painter.setPen(QPen(foreground, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if clip is not None and clip.bottom() < plot.bottom():
            return
        painter.setPen(QPen(foreground, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for x, width, text in self._tick_labels(plot_width, metrics):
            x += left
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            self._text(painter, QRectF(x - width / 2 - 2, plot.bottom() + 4, width + 4, metrics.height()),
                       int(Qt.AlignmentFlag.AlignCenter), text)
        if self.x_title:
            self._text(painter, QRectF(plot.left(), plot.bottom() + 4 + metrics.height(), plot.width(),
                                       metrics.height()), int(Qt.AlignmentFlag.AlignCenter), self.x_title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._advances = {}
            self._name_width = max((self._advance(name, self.fontMetrics()) for name in self.names), default=0)
            if self.names:  # the lines' height too: set_data's partial path does not ask again
                self._fit_height(len(self.names), bool(self.x_title))
            self.update()
        super().changeEvent(event)

    def _advance(self, text: str, metrics: QFontMetrics) -> int:
        """A name's width in the widget's font, kept (shaping a text is the costly part; a tornado's
        names come back as the same few inputs with new ranges)."""
        if len(self._advances) > 512:
            self._advances = {}
        width = self._advances.get(text)
        if width is None:
            width = self._advances[text] = metrics.horizontalAdvance(text)
        return width

    def _text(self, painter: QPainter, rect: QRectF, flags: int, text: str) -> None:
        """drawText(rect, flags, text) for one line aligned right or centred; on screen from a
        layout kept per text. Printing (another device) draws it as it is."""
        if painter.device() is not self or "\n" in text:
            painter.drawText(rect, flags, text)
            return
        if painter.font() != self._laid_out_font or len(self._laid_out) > 512:
            self._laid_out, self._laid_out_font = {}, QFont(painter.font())
        kept = self._laid_out.get(text)
        if kept is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(painter.transform(), painter.font())
            # The height drawText centres (the line's own, fractional): QStaticText's size is
            # rounded up to whole pixels, which put a text a pixel higher in some fonts.
            metrics = QFontMetricsF(painter.font())
            height = metrics.boundingRect(QRectF(), int(Qt.AlignmentFlag.AlignLeft), text).height()
            kept = self._laid_out[text] = (static, static.size().width(), height)
        static, width, height = kept
        right = flags & int(Qt.AlignmentFlag.AlignRight)
        x = rect.right() - width if right else rect.left() + (rect.width() - width) / 2
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - height) / 2), static)

    def _tick_labels(self, width: float, metrics: QFontMetrics) -> list[tuple[float, int, str]]:
        """Each tick's offset from the plot's left, its label's width and its label: kept while
        the axis holds (most moves of a slider redraw the bars on the same axis)."""
        key = (width, self.x_range, self.tick_format, metrics.height(), metrics.averageCharWidth())
        if key != self._tick_key:
            ticks, label = self._ticks(width, metrics)
            low, high = self.x_range
            per_unit = width / (high - low or 1.0)
            texts = [label(value) for value in ticks]
            self._tick_key, self._tick_cache = key, [
                ((value - low) * per_unit, metrics.horizontalAdvance(text), text) for value, text in zip(ticks, texts,
                                                                                                        strict=True)]
        return self._tick_cache

    def _ticks(self, width: float, metrics: QFontMetrics) -> tuple[list[float], Callable[[float], str]]:
        """As many round ticks as fit with their labels a gap apart (never colliding)."""
        most = max(2, int(width // TICK_SPACING_PX))
        while True:
            ticks = nice_ticks(*self.x_range, most)
            label = self.tick_format or plain_number(ticks[1] - ticks[0] if len(ticks) > 1 else 1.0)
            if len(ticks) < 2 or most == 1:
                return ticks, label
            step_px = width * (ticks[1] - ticks[0]) / (self.x_range[1] - self.x_range[0] or 1.0)
            if max(metrics.horizontalAdvance(label(value)) for value in ticks) + 12 <= step_px:
                return ticks, label
            most -= 1

    def row_at(self, y: float) -> int | None:
        plot = self.plot_rect()
        if not self.names or not plot.top() <= y <= plot.bottom():
            return None
        return min(len(self.names) - 1, int((y - plot.top()) / (plot.height() / len(self.names))))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the full name of an elided row
            row = self.row_at(event.pos().y())  # type: ignore[attr-defined]
            if row is not None:
                QToolTip.showText(event.globalPos(), self.names[row], self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if row is not None:
            self.rowClicked.emit(row)
        super().mousePressEvent(event)


class ChartNote(FixedLinesLabel):
    """A fixed number of lines; the whole text is also its tooltip (a long one is cut)."""

    def setText(self, text: str) -> None:
        if text != self.text():
            self.setToolTip(text)
        super().setText(text)


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
        self.canvas = BarCanvas(self.colors, min_height)
        self.canvas.rowClicked.connect(self.rowClicked)
        layout.addWidget(self.canvas, 1)
        self._range: tuple[float, float] | None = None
        # A new note (every slider move in the compare view) repaints the note alone: a QLabel
        # would ask the view to lay out again, repainting the table and bars beside it.
        self.note = ChartNote("", note_lines)
        self.note.setObjectName("chartNote")
        self.note.set_opaque()
        layout.addWidget(self.note)

    def set_title(self, title: str) -> None:
        """A new title (e.g. the case's name): set only when it changes (a new text re-lays out)."""
        if self.heading.text() != title:
            self.heading.setText(title)

    @property
    def rows(self) -> list[str]:
        return self.canvas.names

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
        tick_format: Callable[[float], str] | None = None,
    ) -> None:
        """Rows `names` (top first); segments (row, start, end, colour key); ranges (row, low, high)."""
        drawn = [(row, a, b, color) for row, a, b, color in segments if math.isfinite(a) and math.isfinite(b)]
        shown = [(row, low, high) for row, low, high in ranges if math.isfinite(low) and math.isfinite(high)]
        values = [v for _, a, b, _ in drawn for v in (a, b)] + [v for _, low, high in shown for v in (low, high)]
        if reference is not None and not math.isfinite(reference):
            reference = None
        if reference is not None:
            values.append(reference)
        if include_zero:
            values.append(0.0)
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        self.canvas.set_data(list(names), drawn, shown, reference, self._hold_range(low, high), x_title, tick_format)

    def _hold_range(self, low: float, high: float) -> tuple[float, float]:
        """Hold the range while the data fills most of it (a new range means new tick labels)."""
        current = self._range
        if current is not None:
            span = current[1] - current[0]
            if current[0] <= low and high <= current[1] and (high - low) >= 0.5 * span:
                return current
        self._range = padded_range(low, high, RANGE_STEPS)
        return self._range
