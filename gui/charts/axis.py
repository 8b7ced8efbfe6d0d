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
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

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

    def setTickFont(self, font: Any) -> None:
        self._text_sizes.clear()
        super().setTickFont(font)

    def paint(self, p: QPainter, *_args: Any) -> None:
        p.save()
        try:
            if self.style["tickFont"]:
                p.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(p)
            if specs is not None:
                self.drawPicture(p, *specs)
        finally:
            p.restore()
        self.picture = None

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
