"""The app's charts drawn into a report as vectors.

A chart is built off screen at the size it takes on the page, fed the same sweeps the
window shows, and rendered with the painter of the PDF. Pixmap caches are switched off
first (the axes are cached as pixmaps on screen, and the view caches its background):
with them on, a chart lands in the PDF as raster images.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QWidget

from core import Outcome, Scenario
from core.overview import Overview
from core.report_data import ReportData
from gui.theme import apply_theme

if TYPE_CHECKING:
    from gui.charts.base import Chart


def chart_classes() -> dict[str, type[Chart]]:
    """The charts a report can show, by code (imports pyqtgraph: on demand)."""
    from gui.charts.cost_vs_gpus import CostVsGpuCountChart
    from gui.charts.latency_vs_concurrency import LatencyVsConcurrencyChart

    return {"cost_vs_fleet": CostVsGpuCountChart, "latency_vs_concurrency": LatencyVsConcurrencyChart}


def without_pixmap_caches(chart: Chart) -> None:
    """Every item painted afresh into the painter it is given: vectors in a PDF or SVG."""
    chart.plot_widget.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    for item in chart.plot_widget.scene().items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)


def render_widget(painter: QPainter, widget: QWidget, rect: QRectF) -> None:
    """Paint `widget` (laid out at rect's size) into `rect` of the painter's device."""
    painter.save()
    painter.translate(rect.topLeft())
    widget.render(painter, QPoint(0, 0), renderFlags=QWidget.RenderFlag.DrawChildren)
    painter.restore()


def built_chart(
    code_or_class: str | type[Chart],
    data: ReportData | tuple[Scenario, Outcome, Overview],
    width: int,
    height: int,
    font: QFont | None = None,
    for_page: bool = True,
) -> Chart:
    """A chart showing the scenario, laid out at width × height, pixmap caches off. For a page
    its heading and note are hidden (the report writes its own caption, and the note wrapped in
    full: a chart's one-line note would cut a long one off at a page's narrower width)."""
    scenario, outcome, overview = (data.scenario, data.outcome, data.overview) if isinstance(data, ReportData) else data
    chart_class = chart_classes()[code_or_class] if isinstance(code_or_class, str) else code_or_class
    chart = chart_class("light")
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # The light theme's colours and fonts, as on screen: a window of its own, it otherwise takes the
    # application's palette, and in the dark theme drew light text (its key, title, note) on the light chart.
    apply_theme(chart, "light")
    if font is not None:
        chart.setFont(font)
    if for_page:
        chart.heading.hide()
        chart.note.hide()
    chart.resize(width, height)
    chart.show()
    chart.update_from(scenario, outcome, overview)
    settle_at(chart, width, height)
    return chart


def settle_at(chart: Chart, width: int, height: int) -> None:
    """Lay the chart out at width × height as it will be painted, caches off. Axes size themselves
    to their tick labels while painting: paint once off the page and lay out again, so the page
    gets the settled layout (titles clear of the tick labels)."""
    chart.resize(width, height)
    layout = chart.layout()
    if layout is not None:
        layout.activate()
    for _attempt in range(2):
        chart.grab()
        QApplication.sendPostedEvents()
        if layout is not None:
            layout.activate()
    chart.plot.vb.prepareForPaint()
    without_pixmap_caches(chart)


def draw_chart(painter: QPainter, chart: Chart, rect: QRectF) -> None:
    """Render a built chart into `rect`, then let it go."""
    try:
        render_widget(painter, chart, rect)
    finally:
        chart.hide()
        chart.deleteLater()


def chart_note(chart: Chart) -> str:
    """The chart's note (what its dashed line or gap means), as plain text."""
    return chart.note.text()
