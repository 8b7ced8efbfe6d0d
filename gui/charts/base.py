"""What every chart shares: a titled frame, a fast pyqtgraph plot, a note line, and a
cache key so a chart recomputes its sweep only when the settings it depends on change.

Speed rules (measured): antialiasing off, ≤ 64 points per curve, no grid, lean items
(gui.charts.items) updated in place, explicit axis ranges that hold still (a new range
means new tick labels), axes cached as pixmaps, and a fixed-height note so a new text
never resizes the plot.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QLabel, QVBoxLayout, QWidget

from core import Outcome, Scenario
from core.overview import Overview, part_key
from core.settings import settings_key
from gui.charts.axis import LeanAxis
from gui.charts.items import Series
from gui.charts.ranges import comfortably_inside, linear_ticks, padded, roomy, with_headroom
from gui.fixed_label import FixedLinesLabel
from gui.language import translate
from gui.plain_text import html_label, tooltip
from gui.theme import SurfaceFrame

pg.setConfigOptions(antialias=False, useNumba=False)

PALETTE = {
    "light": {
        "background": "#ffffff",
        "foreground": "#333333",
        "accent": "#1f6fd1",
        "second": "#e07b00",
        "third": "#2a9d55",
        "muted": "#a9b4c2",
        "highlight": "#d1343f",
        "free": "#dfe5ec",
    },
    "dark": {
        "background": "#1e2329",
        "foreground": "#d8dde3",
        "accent": "#5aa2ff",
        "second": "#ffa64d",
        "third": "#5fd08a",
        "muted": "#5d6875",
        "highlight": "#ff6b6b",
        "free": "#39424d",
    },
}


def cache_as_pixmaps(item: QGraphicsItem) -> None:
    """Keep an item and everything in it as device pixmaps: repainting them is a copy
    until they change (an item's own update() invalidates its pixmap)."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    for child in item.childItems():
        cache_as_pixmaps(child)


# A view's far end: this many times the cheapest figure (or just past yours). A far dearer
# chip or fleet runs off the edge instead of flattening everything else; notes name it.
OFF_SCALE_FACTOR = 6.0
LINEAR_TICK_ROOM_PX = {"bottom": 48, "top": 48, "left": 30, "right": 30}  # per label on a linear axis


def capped_top(cheapest: float, highest: float, mine: Iterable[float]) -> float:
    return min(highest, max([OFF_SCALE_FACTOR * cheapest, *(1.1 * value for value in mine)]))


def finite_range(*arrays: Any, floor: float | None = None) -> tuple[float, float] | None:
    """Smallest and largest finite values across arrays (for explicit axis ranges)."""
    values = np.concatenate([np.ravel(np.asarray(a, dtype=float)) for a in arrays]) if arrays else np.array([])
    values = values[np.isfinite(values)]
    if floor is not None:
        values = values[values > floor]
    if values.size == 0:
        return None
    return float(values.min()), float(values.max())


def lean_plot(colors: dict[str, str], min_height: int) -> tuple[Any, Any]:
    """A PlotWidget and its PlotItem set up for speed: no menu, no mouse, no auto range,
    axes in the theme's colours, cached as pixmaps and never shrinking mid-drag."""
    plot_widget = pg.PlotWidget(
        background=colors["background"], axisItems={"left": LeanAxis("left"), "bottom": LeanAxis("bottom")}
    )
    plot_widget.setMenuEnabled(False)
    plot_widget.setMouseEnabled(x=False, y=False)
    # A dozen items whose shapes change on every move: no spatial index to keep up to date.
    plot_widget.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    plot_widget.hideButtons()
    # A plain background is a fill; pyqtgraph's cached background is a viewport-sized image
    # blended on every repaint, which Qt splits across threads and waits for (measured: the
    # largest single cost of a chart's repaint here).
    plot_widget.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    plot_widget.setMinimumHeight(min_height)
    plot = plot_widget.getPlotItem()
    plot.vb.disableAutoRange()
    for side in ("top", "right"):
        # Hidden, but linked to the view: with SI prefixes on, every range change
        # re-lays out their (invisible) HTML labels (~0.5 ms a change, measured).
        plot.getAxis(side).enableAutoSIPrefix(False)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(pg.mkPen(colors["foreground"]))
        axis.setTextPen(pg.mkPen(colors["foreground"]))
        axis.enableAutoSIPrefix(False)
        # Room for tick labels grows to the widest seen and never shrinks back:
        # a narrower axis would re-lay out and fully repaint the plot mid-drag.
        axis.setStyle(autoReduceTextSpace=False)
        cache_as_pixmaps(axis)  # a full repaint of the plot copies the axes instead of redrawing them
    return plot_widget, plot


# A tick label's currency symbol or other non-digit prefix ("$", "¥", "US$").
_LEADING_DIGITS = re.compile(r"^[^0-9]+")


class Chart(SurfaceFrame):
    """Subclasses set `title`, build items in `build`, and draw in `redraw`."""

    title = ""
    part: str | None = None  # the overview part the chart draws (its key says when it changed)
    ignored_settings: tuple[str, ...] = ()  # for a chart without a part: settings it ignores
    note_lines = 1  # height of the note under the plot, fixed so the plot never resizes

    def __init__(self, theme: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.colors = PALETTE[theme]
        self._sweep_key: Any = None
        self._axis_titles: tuple[str, str] | None = None
        self._ranges: dict[str, tuple[float, float]] = {}
        self._ticks: dict[str, list[tuple[float, str]]] = {}
        self._log_tick_keys: dict[str, tuple[float, float, Callable[[float], str], int]] = {}
        self._log_tick_args: dict[str, tuple[float, float, Callable[[float], str]]] = {}
        self._linear_views: dict[str, tuple[float, float]] = {}
        self._marker_key: Any = None
        self.redraw_count = 0
        self.redrawing_sweep = True  # in redraw: the sweep is new (curves need new data)
        layout = self.frame_layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        # A title may name the case ("Cost per {case} vs fleet size"): its generic name until drawn.
        self.heading = QLabel(translate("Chart", self.title).format(case=translate("CaseName", "case")))
        self.heading.setObjectName("chartTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the case's name comes from a file
        self.heading.setWordWrap(True)  # a narrow chart wraps its title instead of widening the window
        layout.addWidget(self.heading)
        # A colour key under the title, outside the plot: new data never repaints it.
        self.key = FixedLinesLabel("", 1)
        self.key.setObjectName("chartNote")
        self.key.set_opaque()
        self.key.fit_lines()  # a narrow chart wraps its key: every entry stays in view
        self.key.hide()
        layout.addWidget(self.key)
        self.plot_widget, self.plot = lean_plot(self.colors, 170)
        # The view paints its whole background itself: nothing behind it needs painting first.
        viewport = self.plot_widget.viewport()
        viewport.setAutoFillBackground(False)
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        layout.addWidget(self.plot_widget, 1)
        self.plot.vb.sigResized.connect(self._resized)
        self.note = FixedLinesLabel("", self.note_lines)
        self.note.setObjectName("chartNote")
        self.note.set_opaque()
        self.note.fit_lines()  # wrapped, never cut, however narrow the chart
        layout.addWidget(self.note)
        self.build()

    def sizeHint(self) -> QSize:
        """No taller than it must be: in the scrolling figures column a chart's preferred height
        is its height when the window is short (a taller window stretches it)."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), self.minimumSizeHint().height()))

    def hasHeightForWidth(self) -> bool:
        return False  # a wrapped title costs the plot a line; it never asks the column for more

    def add(self, item: Any) -> Any:
        """Put an item in the plot (axis ranges are set explicitly, never from item bounds)."""
        self.plot.addItem(item, ignoreBounds=True)
        return item

    def marker_series(self, color: str, size: float = 11.0) -> Series:
        """The dot marking the current scenario."""
        fill = self.colors.get(color, color)
        return Series(None, dot_size=size, dot_color=fill, ring_color=self.colors["foreground"])

    def pen(self, color: str, width: float = 2.0) -> Any:
        return pg.mkPen(self.colors.get(color, color), width=width)

    def brush(self, color: str) -> Any:
        return pg.mkBrush(self.colors.get(color, color))

    def set_title(self, text: str) -> None:
        """The chart's title for this scenario (its case, its units); set only when it changes."""
        if text != self.heading.text():
            self.heading.setText(text)

    def set_axis_titles(self, bottom: str, left: str) -> None:
        if (bottom, left) == self._axis_titles:
            return  # setLabel re-lays out HTML: skip when nothing changed
        self._axis_titles = (bottom, left)
        style = {"color": self.colors["foreground"], "font-size": "9pt"}
        self.plot.setLabel("bottom", html_label(bottom), **style)  # case names come from files
        self.plot.setLabel("left", html_label(left), **style)

    def set_ticks(self, side: str, ticks: list[tuple[float, str]]) -> None:
        """Fixed tick labels; the axis is re-laid out only when they change."""
        if self._ticks.get(side) != ticks:
            self._ticks[side] = ticks
            self.plot.getAxis(side).setTicks([ticks, []])
            if side in ("left", "right"):  # room for every label, not only those a short axis draws
                self.reserve_tick_text(side, [label for _value, label in ticks])

    def reserve_tick_text(self, side: str, labels: list[str]) -> None:
        """Make room on an axis for the widest of `labels` now, not when it first appears."""
        axis = self.plot.getAxis(side)
        metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0) + 4
        if side in ("left", "right"):
            if widest <= axis.textWidth:
                return  # room enough already: no re-layout
            axis.textWidth = widest
            axis.setWidth(None)  # re-applies the automatic width with the new room
        else:
            axis.textHeight = max(axis.textHeight, metrics.height() + 2)
            axis.setHeight(None)

    def set_key(self, entries: tuple[tuple[str | None, str, bool], ...]) -> None:
        """Colour swatches naming the series, under the title (see FixedLinesLabel.set_legend)."""
        self.key.set_legend(entries)
        self.key.show()

    def set_legend_note(self, entries: tuple[tuple[str | None, str, bool], ...]) -> None:
        """A note of colour swatches and texts (see FixedLinesLabel.set_legend)."""
        self.note.set_legend(entries)
        text = tooltip(self.note.text())
        if text != self.note.toolTip():
            self.note.setToolTip(text)

    def set_note(self, text: str, full: str | None = None) -> None:
        """The note under the plot; `full` (e.g. an untruncated list) goes in its tooltip."""
        self.note.set_text(text)
        tip = tooltip(full) if full is not None else ""
        if tip != self.note.toolTip():
            self.note.setToolTip(tip)

    def set_ranges(
        self,
        x: tuple[float, float] | None,
        y: tuple[float, float] | None,
        log_x: bool = False,
        log_y: bool = False,
        follow_y: bool = False,
    ) -> None:
        """Axis ranges that hold still while the data stays comfortably inside them:
        a new range (and its costly tick layout) only when data leaves the view or
        shrinks to under 40% of it. `follow_y`: the y view is always the data's own rounded
        view (the same scenario draws the same picture, whatever was shown before); ticks are
        laid out again only when that rounded view changes."""
        for axis, span, log in (("x", x, log_x), ("y", y, log_y)):
            if span is None:
                continue
            wanted = padded(span, log)
            shown = self._ranges.get(axis)
            view = with_headroom(roomy(wanted, log))
            if shown is not None and (view == shown if follow_y and axis == "y" else comfortably_inside(wanted, shown)):
                continue
            self._ranges[axis] = view
            if axis == "x":
                self.plot.setXRange(*view, padding=0)
            else:
                self.plot.setYRange(*view, padding=0)
            if not log:  # log axes: the chart labels its decades itself
                side = "bottom" if axis == "x" else "left"
                self._linear_views[side] = view
                self.set_ticks(side, linear_ticks(*view, self._tick_target(side)))

    def _tick_target(self, side: str) -> int:
        """As many linear ticks as the axis has room for (labels never collide on a narrow chart)."""
        length = self.plot.vb.width() if side in ("bottom", "top") else self.plot.vb.height()
        room_px = LINEAR_TICK_ROOM_PX[side]
        return max(2, min(6, int(length // room_px))) if length > 0 else 6

    def clear_axes(self) -> None:
        """Nothing to show: no numbers on the axes (pyqtgraph's defaults would suggest a
        scale), and the next data sets ranges and ticks afresh."""
        self.set_ticks("left", [])
        self.set_ticks("bottom", [])
        self._ranges.clear()
        self._log_tick_keys.clear()
        self._linear_views.clear()

    def _resized(self, _view: object) -> None:
        """A new size may fit more or fewer ticks: lay them out again."""
        for side, view in list(self._linear_views.items()):
            self.set_ticks(side, linear_ticks(*view, self._tick_target(side)))
        for side, (low, high, label) in list(self._log_tick_args.items()):
            self.set_log_ticks(side, low, high, label)

    def set_log_ticks(self, side: str, low: float, high: float, label: Callable[[float], str]) -> None:
        """Ticks at 1-2-5 steps on a log axis, labelled in plain units (not 10^n); decades only
        when the axis is too short for them all (about 42 px a label)."""
        self._log_tick_args[side] = (low, high, label)
        width = self.plot.vb.width() if side in ("bottom", "top") else self.plot.vb.height()
        most = max(3, int(width // 42)) if width > 0 else 7
        key = (low, high, label, most)
        if self._log_tick_keys.get(side) == key:
            return
        self._log_tick_keys[side] = key
        ticks = []
        if low > 0 and high > 0:
            for exponent in range(math.floor(math.log10(low)) - 1, math.ceil(math.log10(high)) + 1):
                for mantissa in (1, 2, 5):
                    value = mantissa * 10.0**exponent
                    if low <= value <= high:
                        ticks.append((math.log10(value), label(value)))
        if len(ticks) > most:
            ticks = [tick for tick in ticks
                     if _LEADING_DIGITS.sub("", label(10 ** tick[0])).startswith(("1", "0.1"))] or ticks
        self.set_ticks(side, ticks)

    def sweep_key(self, scenario: Scenario, overview: Overview | None = None) -> Any:
        """Equal keys mean the chart's sweep is unchanged: for a part, the key its data was
        computed for (a part deferred during a drag keeps its earlier key until refreshed)."""
        if self.part is not None:
            if overview is not None and self.part in overview.keys:
                return overview.keys[self.part]
            return part_key(self.part, scenario)
        return settings_key(scenario, self.ignored_settings)

    def update_from(
        self, scenario: Scenario, outcome: Outcome, overview: Overview | None = None, sweep_key: Any = None
    ) -> bool:
        """Take the new sweep from `overview` if the settings it depends on changed, and
        redraw if anything shown changed; True when it redrew. `overview` must hold this
        chart's part whenever its sweep key changed (see ChartsPanel.show_outcome)."""
        sweep_key = self.sweep_key(scenario) if sweep_key is None else sweep_key
        marker_key = self.marker_key(scenario, outcome)
        if sweep_key == self._sweep_key and marker_key == self._marker_key:
            return False
        self.redrawing_sweep = sweep_key != self._sweep_key
        if self.redrawing_sweep:
            self.recompute(overview if overview is not None else Overview())
            self._sweep_key = sweep_key
        self._marker_key = marker_key
        self.redraw(scenario, outcome)
        # Apply a new range to the view now: left to the paint, it moves items mid-paint
        # and Qt paints the plot a second time.
        self.plot.vb.prepareForPaint()
        self.redraw_count += 1
        return True

    def settle(self) -> None:
        """Let the scene mark what changed now, not in a queued call: the window then paints
        every changed chart and label in one pass instead of one pass per chart."""
        QCoreApplication.sendPostedEvents(self.plot_widget.scene(), QEvent.Type.MetaCall)

    def recompute(self, overview: Overview) -> None:
        """Take the chart's sweep from the overview (default: nothing to sweep)."""

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> Any:
        """What moves the current-point marker without changing the sweep (default: nothing)."""
        return None

    def build(self) -> None:
        raise NotImplementedError

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        raise NotImplementedError
