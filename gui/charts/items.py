"""Lean plot items: a polyline with optional dots, a shaded band, and horizontal bars.

pyqtgraph's PlotDataItem/ScatterPlotItem/BarGraphItem re-derive bounds, symbols and
pictures in Python on every update and paint; these items keep what Qt needs ready
(polylines and points as QPolygonF filled in place, rectangles) and paint in a handful of C++ calls. Their
bounding rect is the visible view (the ViewBox clips children), so nothing in Python
runs per item when Qt asks for bounds. Log axes: pass log10 values, as the axis shows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

_EMPTY = np.array([], dtype=float)


SMOOTH_DOT_PX = 6  # dots this size and up (the markers) are smooth discs; smaller ones are squares


def _dot_pen(color: Any, size: float) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(size)
    pen.setCosmetic(True)  # size in pixels, whatever the axis scales
    # A wide round-capped point is a disc; small dots are drawn as squares without
    # antialiasing (48 smooth discs cost ~0.2 ms a paint, squares ~0.04 ms; measured).
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if size >= SMOOTH_DOT_PX else Qt.PenCapStyle.SquareCap)
    return pen


class _InView(pg.GraphicsObject):
    """Bounds = the visible part of the view, kept until the view's range or size changes
    (Qt asks for them several times a paint; working them out costs ~20 µs of Python)."""

    _bounds: QRectF | None = None

    def boundingRect(self) -> QRectF:
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = QRectF(self.viewRect() or QRectF())
        return bounds

    def viewTransformChanged(self) -> None:  # a new range or size of the view
        super().viewTransformChanged()
        self.prepareGeometryChange()
        self._bounds = None

    def viewRangeChanged(self) -> None:
        super().viewRangeChanged()
        self._bounds = None


class Series(_InView):
    """A line through (x, y), broken at non-finite values, and/or dots at each finite point.

    `pen` draws the line (None: dots only); `dot_size` > 0 draws discs of that many pixels
    in `dot_color`, ringed by `ring_color` when given.
    """

    def __init__(
        self,
        pen: Any = None,
        dot_size: float = 0.0,
        dot_color: Any = None,
        ring_color: Any = None,
    ) -> None:
        super().__init__()
        self.opts = {"pen": pen}  # LegendItem samples draw the line from opts["pen"]
        self._pen = pen
        self._dot_pens: list[QPen] = []
        self._smooth = dot_size >= SMOOTH_DOT_PX
        if dot_size > 0:
            if ring_color is not None:
                self._dot_pens.append(_dot_pen(ring_color, dot_size + 2))
            self._dot_pens.append(_dot_pen(dot_color, dot_size))
        self._x = _EMPTY
        self._y = _EMPTY
        self._lines: list[QPolygonF] = []
        self._points = QPolygonF()

    def setData(self, x: Any, y: Any) -> None:
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if x.shape != y.shape:
            raise ValueError(f"x and y differ in shape: {x.shape} vs {y.shape}")
        self._x, self._y = x, y
        finite = np.isfinite(x) & np.isfinite(y)
        if self._pen is not None:
            self._lines = _finite_runs(x, y, finite)
        if self._dot_pens:
            if self._lines and len(self._lines) == 1 and self._lines[0].size() == x.size:
                self._points = self._lines[0]  # every point finite: the line's polygon is the dots'
            else:
                self._points = _polygon(x[finite], y[finite])
        self.update()

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x, self._y

    def paint(self, painter: QPainter, *_args: Any) -> None:
        if self._pen is not None and self._lines:
            painter.setPen(self._pen)
            for line in self._lines:
                painter.drawPolyline(line)
        if self._dot_pens and not self._points.isEmpty():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._smooth)
            for pen in self._dot_pens:
                painter.setPen(pen)
                painter.drawPoints(self._points)


def _polygon(x: np.ndarray, y: np.ndarray) -> QPolygonF:
    """A QPolygonF filled from arrays in place (no QPointF per point)."""
    polygon = pg.functions.create_qpolygonf(x.size)
    if x.size:
        memory = pg.functions.ndarray_from_qpolygonf(polygon)
        memory[:, 0] = x
        memory[:, 1] = y
    return polygon


def _finite_runs(x: np.ndarray, y: np.ndarray, finite: np.ndarray | None = None) -> list[QPolygonF]:
    """The polyline through (x, y), broken where a value is not finite (e.g. no fit);
    `finite` may say where they are when the caller knows."""
    if finite is None:
        finite = np.isfinite(x) & np.isfinite(y)
    if finite.all():
        return [_polygon(x, y)] if x.size > 1 else []
    edges = np.flatnonzero(np.diff(np.concatenate(([False], finite, [False])).astype(np.int8)))
    runs = zip(edges[::2], edges[1::2], strict=True)
    return [_polygon(x[start:stop], y[start:stop]) for start, stop in runs if stop - start > 1]


_BRUSHES: dict[str, QBrush] = {}


def _brush(color: Any) -> QBrush:
    key = str(color)
    brush = _BRUSHES.get(key)
    if brush is None:
        brush = _BRUSHES[key] = QBrush(QColor(color))
    return brush


class Band(_InView):
    """The area between a lower and an upper curve over x (e.g. a P10-P90 range), filled
    in one translucent colour, without an outline; broken where a value is not finite."""

    def __init__(self, color: Any, background: Any = None, alpha: int = 48) -> None:
        super().__init__()
        fill = QColor(color)
        if background is None:
            fill.setAlpha(alpha)
        else:  # the same tint mixed in advance, opaque: no blending on every paint (~2x faster)
            under, share = QColor(background), alpha / 255.0
            fill = QColor.fromRgbF(*(share * a + (1 - share) * b for a, b in (
                (fill.redF(), under.redF()), (fill.greenF(), under.greenF()), (fill.blueF(), under.blueF()))))
        self._brush = QBrush(fill)
        self._areas: list[QPolygonF] = []

    def setData(self, x: Any, low: Any, high: Any) -> None:
        x = np.asarray(x, dtype=float)
        low = np.asarray(low, dtype=float)
        high = np.asarray(high, dtype=float)
        finite = np.isfinite(x) & np.isfinite(low) & np.isfinite(high)
        self._areas = []
        if x.size and finite.any():
            edges = np.flatnonzero(np.diff(np.concatenate(([False], finite, [False])).astype(np.int8)))
            for start, stop in zip(edges[::2], edges[1::2], strict=True):
                if stop - start > 1:
                    xs = np.concatenate((x[start:stop], x[start:stop][::-1]))
                    ys = np.concatenate((low[start:stop], high[start:stop][::-1]))
                    self._areas.append(_polygon(xs, ys))
        self.update()

    def clear(self) -> None:
        self._areas = []
        self.update()

    def paint(self, painter: QPainter, *_args: Any) -> None:
        if not self._areas:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        for area in self._areas:
            painter.drawPolygon(area)


def likely_factors(value: float | None, p10: float | None, p90: float | None) -> tuple[float, float] | None:
    """(P10/value, P90/value): the likely range relative to a figure, or None without one."""
    if not value or p10 is None or p90 is None or not (value > 0 and p10 > 0 and p90 > 0):
        return None
    return p10 / value, p90 / value


class Bars(_InView):
    """Horizontal bars: left edge x0, centre y, length width, thickness height, one colour each."""

    def __init__(self) -> None:
        super().__init__()
        self.widths = _EMPTY
        self._bars: list[tuple[QRectF, QBrush]] = []

    def set_bars(self, x0: Any, y: Any, width: Any, height: float, colors: list[Any]) -> None:
        self.widths = np.asarray(width, dtype=float)
        self._bars = [
            (QRectF(left, centre - height / 2, length, height), _brush(color))
            for left, centre, length, color in zip(
                np.asarray(x0, dtype=float).tolist(),
                np.asarray(y, dtype=float).tolist(),
                self.widths.tolist(),
                colors,
                strict=True,
            )
        ]
        self.update()

    def paint(self, painter: QPainter, *_args: Any) -> None:
        for rect, brush in self._bars:
            painter.fillRect(rect, brush)
