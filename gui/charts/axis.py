"""A lean pyqtgraph axis: the same look as AxisItem, laid out with less Python.

AxisItem measures every tick label with QPainter.boundingRect, asks for its own bounding
rect once per label, and records a QPicture it then replays. Our axes are cached as
pixmaps (the picture is never replayed without a re-layout), and their labels recur, so
LeanAxis measures each label text once, looks up its bounds once per layout and paints
straight into the axis pixmap.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QStaticText

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "top": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
    "bottom": Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
}


class LeanAxis(pg.AxisItem):
    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._text_sizes: dict[str, tuple[float, float]] = {}
        self._static_texts: dict[str, QStaticText] = {}
        self._labels: dict[str, tuple[QStaticText, float, float, float, float]] = {}

    # Qt asks every item for its bounds on each paint of the view; AxisItem works them
    # out in Python each time. They change only with the axis size or style: cache them.
    def boundingRect(self) -> QRectF:
        cached = getattr(self, "_bounds", None)
        if cached is None:
            cached = self._bounds = super().boundingRect()
        return cached

    def resizeEvent(self, ev: Any = None) -> None:
        self._bounds = None
        super().resizeEvent(ev)

    def setStyle(self, **kwargs: Any) -> None:
        self._bounds = None
        super().setStyle(**kwargs)

    def setGrid(self, grid: Any) -> None:
        self._bounds = None
        super().setGrid(grid)

    def setTickFont(self, font: Any) -> None:
        self._text_sizes.clear()
        self._static_texts.clear()
        self._labels.clear()
        super().setTickFont(font)

    def drawPicture(self, p: QPainter, axisSpec: Any, tickSpecs: Any, textSpecs: Any) -> None:
        """As AxisItem draws it, but each label from a QStaticText laid out once (a
        labelled axis repaints its twenty-odd names without shaping them again)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pen, start, end = axisSpec
        p.setPen(pen)
        p.drawLine(start, end)
        for pen, start, end in tickSpecs:
            p.setPen(pen)
            p.drawLine(start, end)
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        side = self.orientation
        for rect, _flags, text in textSpecs:
            static = self._static_text(p, text)
            size = static.size()
            if side == "left":
                corner = QPointF(rect.right() - size.width(), rect.center().y() - size.height() / 2)
            elif side == "right":
                corner = QPointF(rect.left(), rect.center().y() - size.height() / 2)
            elif side == "top":
                corner = QPointF(rect.center().x() - size.width() / 2, rect.bottom() - size.height())
            else:
                corner = QPointF(rect.center().x() - size.width() / 2, rect.top())
            p.drawStaticText(corner, static)

    def _static_text(self, p: QPainter, text: str) -> QStaticText:
        static = self._static_texts.get(text)
        if static is None:
            static = self._static_texts[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=p.font())
        return static

    def paint(self, p: QPainter, *_args: Any) -> None:
        p.save()
        try:
            if self.style["tickFont"]:
                p.setFont(self.style["tickFont"])
            if not self._paint_fixed_ticks(p):
                specs = self.generateDrawSpecs(p)
                if specs is not None:
                    self.drawPicture(p, *specs)
        finally:
            p.restore()
        self.picture = None

    def _paint_fixed_ticks(self, p: QPainter) -> bool:
        """Ticks set with setTicks (one level, no grid): the same picture as the generic
        path, computed straight from the axis size and range. A chart re-renders an axis
        whenever its range or labels change, and the generic path spends ~1 ms of Python
        per render in coordinate mapping."""
        levels = [level for level in self._tickLevels or [] if level]
        if self._tickLevels is None or len(levels) > 1 or self.grid is not False or not self.style["showValues"]:
            return False
        ticks = levels[0] if levels else []
        side = self.orientation
        vertical = side in ("left", "right")
        bounds = self.rect()
        width, height = bounds.width(), bounds.height()
        low, high = self.range
        dif = high - low
        if dif == 0:
            scale, offset = 1.0, 0.0
        elif vertical:
            scale = -height / dif
            offset = low * scale - height
        else:
            scale = width / dif
            offset = low * scale
        lo_px, hi_px = sorted((low * scale - offset, high * scale - offset))
        tick_length = self.style["tickLength"]
        gap = max(0, tick_length) + self.style["tickTextOffset"][0 if vertical else 1]
        if side == "left":
            edge, direction = bounds.right(), -1
            line = (QPointF(edge - 1, -1), QPointF(edge - 1, height + 1))
        elif side == "right":
            edge, direction = bounds.left(), 1
            line = (QPointF(edge + 1, -1), QPointF(edge + 1, height + 1))
        elif side == "top":
            edge, direction = bounds.bottom(), -1
            line = (QPointF(-1, edge - 1), QPointF(width + 1, edge - 1))
        else:
            edge, direction = bounds.top(), 1
            line = (QPointF(-1, edge + 1), QPointF(width + 1, edge + 1))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setPen(self.pen())
        p.drawLine(*line)
        stop = edge + tick_length * direction
        placed = [
            (position, text)
            for value, text in ticks
            if lo_px <= (position := value * scale - offset) <= hi_px
        ]
        if tick_length and placed:
            p.setPen(self.tickPen())
            p.drawLines(
                [QLineF(edge, position, stop, position) for position, _ in placed]
                if vertical
                else [QLineF(position, edge, position, stop) for position, _ in placed]
            )
        own = self.boundingRect()
        left, top, right, bottom = own.left(), own.top(), own.right(), own.bottom()
        p.setPen(self.textPen())
        p.setClipRect(own.toAlignedRect())
        thickness = 0.0
        for position, text in placed:
            static, text_width, text_height, static_width, static_height = self._label(p, text)
            # The label's box as AxisItem lays it out (height trimmed to 80%), and where the
            # static text's corner goes for the same alignment.
            if side == "left":
                x0, y0 = edge - gap - text_width, position - text_height / 2
                corner = (x0 + text_width - static_width, position - static_height / 2)
            elif side == "right":
                x0, y0 = edge + gap, position - text_height / 2
                corner = (x0, position - static_height / 2)
            elif side == "top":
                x0, y0 = position - text_width / 2, edge - gap - text_height
                corner = (position - static_width / 2, y0 + text_height - static_height)
            else:
                x0, y0 = position - text_width / 2, edge + gap
                corner = (position - static_width / 2, y0)
            thickness = max(thickness, text_width if vertical else text_height)
            if left <= x0 and top <= y0 and x0 + text_width <= right and y0 + text_height <= bottom:
                p.drawStaticText(QPointF(*corner), static)
        self._updateMaxTextSize(thickness)
        return True

    def _label(self, p: QPainter, text: str) -> tuple[QStaticText, float, float, float, float]:
        """A tick label's static text, its AxisItem box size and its own size (cached)."""
        label = self._labels.get(text)
        if label is None:
            static = self._static_text(p, text)
            size = static.size()
            label = self._labels[text] = (static, *self._text_size(p, text), size.width(), size.height())
        return label

    def _text_size(self, p: QPainter, text: str) -> tuple[float, float]:
        size = self._text_sizes.get(text)
        if size is None:
            rect = p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)
            size = self._text_sizes[text] = (rect.width(), rect.height() * 0.8)  # as AxisItem trims it
        return size

    def generateDrawSpecs(self, p: QPainter) -> Any:
        bounds = self.mapRectFromParent(self.geometry())
        view = self.linkedView()
        tick_bounds = bounds if view is None or self.grid is False else view.mapRectToItem(self, view.boundingRect())
        side = self.orientation
        vertical = side in ("left", "right")
        if side == "left":
            span = (bounds.topRight() + pg.Point(-1, -1), bounds.bottomRight() + pg.Point(-1, 1))
            tick_start, tick_stop, tick_dir = tick_bounds.right(), bounds.right(), -1
        elif side == "right":
            span = (bounds.topLeft() + pg.Point(1, -1), bounds.bottomLeft() + pg.Point(1, 1))
            tick_start, tick_stop, tick_dir = tick_bounds.left(), bounds.left(), 1
        elif side == "top":
            span = (bounds.bottomLeft() + pg.Point(-1, -1), bounds.bottomRight() + pg.Point(1, -1))
            tick_start, tick_stop, tick_dir = tick_bounds.bottom(), bounds.bottom(), -1
        else:
            span = (bounds.topLeft() + pg.Point(-1, 1), bounds.topRight() + pg.Point(1, 1))
            tick_start, tick_stop, tick_dir = tick_bounds.top(), bounds.top(), 1
        points = [self.mapToDevice(point) for point in span]
        if None in points:
            return None
        length = pg.Point(points[1] - points[0]).length()
        if length == 0:
            return None

        if self._tickLevels is None:
            levels = self.tickValues(self.range[0], self.range[1], length)
            strings: list[list[str]] | None = None
        else:
            levels = [(None, [value for value, _ in level]) for level in self._tickLevels]
            strings = [[text for _, text in level] for level in self._tickLevels]

        low, high = self.range
        dif = high - low
        if dif == 0:
            scale, offset = 1.0, 0.0
        elif vertical:
            scale = -bounds.height() / dif
            offset = low * scale - bounds.height()
        else:
            scale = bounds.width() / dif
            offset = low * scale
        ends = [low * scale - offset, high * scale - offset]
        lo_px, hi_px = min(ends), max(ends)

        tick_specs = []
        positions: list[list[float | None]] = []
        base_pen = self.tickPen()
        for i, (_spacing, values) in enumerate(levels):
            tick_length = self.style["tickLength"] / (i * 0.5 + 1.0)
            alpha = self.style["tickAlpha"]
            if alpha is None:
                alpha = 255 / (i + 1)
            elif isinstance(alpha, float):
                alpha = min(255, max(0, round(alpha * 255)))
            pen = base_pen
            if pen.brush().style() == Qt.BrushStyle.SolidPattern:
                pen = QPen(base_pen)
                color = QColor(pen.color())
                color.setAlpha(int(alpha))
                pen.setColor(color)
            level_positions: list[float | None] = []
            stop = tick_stop + (tick_length * tick_dir if self.grid is False else 0)
            for value in values:
                x = value * scale - offset
                if x < lo_px or x > hi_px:
                    level_positions.append(None)
                    continue
                level_positions.append(x)
                if vertical:
                    tick_specs.append((pen, pg.Point(tick_start, x), pg.Point(stop, x)))
                else:
                    tick_specs.append((pen, pg.Point(x, tick_start), pg.Point(x, stop)))
            positions.append(level_positions)

        axis_spec = (self.pen(), span[0], span[1])
        text_specs: list[tuple[QRectF, Any, str]] = []
        if not self.style["showValues"]:
            return axis_spec, tick_specs, text_specs

        own = self.boundingRect()
        flags = _ALIGN[side] | Qt.TextFlag.TextDontClip
        text_offset = self.style["tickTextOffset"][1 if not vertical else 0]
        gap = max(0, self.style["tickLength"]) + text_offset
        sizes_seen: list[tuple[float, float]] = []
        last_thickness = 0.0
        for i in range(min(len(levels), self.style["maxTextLevel"] + 1)):
            if strings is None:
                spacing, values = levels[i]
                texts = self.tickStrings(values, self.autoSIPrefixScale * self.scale, spacing)
            else:
                texts = strings[i]
            if not texts:
                continue
            level = [
                (x, text, self._text_size(p, text))
                for x, text in zip(positions[i], texts, strict=False)
                if x is not None
            ]
            sizes_seen += [size for _, _, size in level]
            if sizes_seen:
                along = sum(h if vertical else w for w, h in sizes_seen)
                thickness = max(w if vertical else h for w, h in sizes_seen)
            else:
                along = thickness = 0.0
            if i > 0:
                ratio = along / length
                if any(len(text_specs) >= n and ratio >= limit for n, limit in self.style["textFillLimits"]):
                    break
            last_thickness = thickness
            for x, text, (width, height) in level:
                if side == "left":
                    rect = QRectF(tick_stop - gap - width, x - height / 2, width, height)
                elif side == "right":
                    rect = QRectF(tick_stop + gap, x - height / 2, width, height)
                elif side == "top":
                    rect = QRectF(x - width / 2, tick_stop - gap - height, width, height)
                else:
                    rect = QRectF(x - width / 2, tick_stop + gap, width, height)
                if own & rect != rect:
                    continue
                text_specs.append((rect, flags, text))
        self._updateMaxTextSize(last_thickness)
        return axis_spec, tick_specs, text_specs
