"""Right-click Export (PNG, SVG, CSV) for the deciding views' charts: the compare bars and
waterfall, the tornadoes and the break-even chart, as the main charts have (gui.export).

The bar charts are plain widgets painted by `BarCanvas.draw(painter)`: the SVG is that same
drawing on a QSvgGenerator (vectors), the PNG the same at twice the resolution. The break-even
chart is a pyqtgraph view rendered the way the main charts' exports render theirs."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu, QWidget

from gui.export import PNG_SCALE, Exporter, popup, write_atomically
from gui.views.bar_plot import BarPlot

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.views.break_even_view import BreakEvenView

KINDS = ("png", "svg", "csv")


def tr(text: str) -> str:
    return QCoreApplication.translate("ViewExport", text)


# --- bar charts ----------------------------------------------------------------------------
def _bars_layout(plot: BarPlot) -> tuple[QSize, int, int]:
    """(size of the drawing, title height, note height)."""
    metrics = QFontMetrics(plot.canvas.font())
    # As on screen, but at least a readable size (a chart in a squeezed or hidden view is tiny).
    canvas = QSize(max(480, plot.canvas.width()), max(plot.canvas.height(), 60 + 24 * len(plot.canvas.names)))
    title = metrics.height() + 6
    note_rect = metrics.boundingRect(QRect(0, 0, canvas.width(), 10_000), int(Qt.TextFlag.TextWordWrap),
                                     plot.note.text()) if plot.note.text() else QRect()
    note = note_rect.height() + 6 if plot.note.text() else 0
    return QSize(canvas.width(), title + canvas.height() + note), title, note


def paint_bars(painter: QPainter, plot: BarPlot) -> None:
    """The title, the bars (BarCanvas.draw) and the note, on any painter."""
    size, title, _note = _bars_layout(plot)
    canvas = plot.canvas
    painter.setFont(canvas.font())
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(plot.colors["background"]))
    painter.setPen(QColor(plot.colors["foreground"]))
    painter.drawText(QRectF(4, 0, size.width() - 8, title), int(Qt.AlignmentFlag.AlignVCenter), plot.heading.text())
    painter.save()
    painter.translate(0, title)
    canvas_height = size.height() - title - _note
    on_screen = canvas.size()
    canvas.resize(size.width(), canvas_height)  # for the drawing only: its place on screen comes back
    try:
        canvas.draw(painter)
    finally:
        canvas.resize(on_screen)
    painter.restore()
    if plot.note.text():
        painter.setPen(QColor(plot.colors["foreground"]))
        painter.drawText(QRectF(4, title + canvas_height + 3, size.width() - 8, _note),
                         int(Qt.TextFlag.TextWordWrap), plot.note.text())


def bars_csv(plot: BarPlot) -> str:
    """One line per bar: its row's name, where it starts and ends, and its P10–P90 line if any."""
    canvas = plot.canvas
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    unit = f" ({canvas.x_title})" if canvas.x_title else ""
    writer.writerow(["row", f"start{unit}", f"end{unit}", f"p10{unit}", f"p90{unit}"])
    ranges = {row: (low, high) for row, low, high in canvas.ranges}
    for row, start, end, _color in canvas.segments:
        low, high = ranges.get(row, (None, None))
        writer.writerow([canvas.names[row], repr(start), repr(end),
                         "" if low is None else repr(low), "" if high is None else repr(high)])
    return out.getvalue()


# --- the break-even chart ------------------------------------------------------------------
def break_even_csv(view: BreakEvenView) -> str:
    lines = view.lines
    currency = view.document.scenario.pricing.currency
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["cases_per_month", f"buy_{currency}_per_month", f"rent_{currency}_per_month",
                     f"api_{currency}_per_month"])
    if lines is not None:
        for row in zip(lines.cases_per_month, lines.buy, lines.rent, lines.api, strict=True):
            writer.writerow([repr(float(value)) for value in row])
    return out.getvalue()


# --- writing -------------------------------------------------------------------------------
def _paint_to(kind: str, size: QSize, paint: Callable[[QPainter], None], title: str, path: str | Path) -> Path:
    if kind == "svg":
        def save_svg(temporary: str) -> None:
            generator = QSvgGenerator()
            generator.setFileName(temporary)
            generator.setSize(size)
            generator.setViewBox(QRect(QPoint(0, 0), size))
            generator.setTitle(title)
            _paint_on(generator, paint)

        return write_atomically(path, save_svg, ".svg")
    image = QImage(int(size.width() * PNG_SCALE), int(size.height() * PNG_SCALE), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))

    def scaled(painter: QPainter) -> None:
        painter.scale(PNG_SCALE, PNG_SCALE)
        paint(painter)

    _paint_on(image, scaled)

    def save_png(temporary: str) -> None:
        if not image.save(temporary, "PNG"):
            raise OSError(f"cannot write a PNG to {path}")

    return write_atomically(path, save_png, ".png")


def _paint_on(device: QPaintDevice, paint: Callable[[QPainter], None]) -> None:
    painter = QPainter(device)
    try:
        paint(painter)
    finally:
        painter.end()


def _write_text(path: str | Path, text: str) -> Path:
    def save(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    return write_atomically(path, save, ".csv")


def export_bars(plot: BarPlot, kind: str, path: str | Path) -> Path:
    if kind == "csv":
        return _write_text(path, bars_csv(plot))
    size, _title, _note = _bars_layout(plot)
    return _paint_to(kind, size, lambda painter: paint_bars(painter, plot), plot.heading.text(), path)


def export_break_even(view: BreakEvenView, kind: str, path: str | Path) -> Path:
    if kind == "csv":
        return _write_text(path, break_even_csv(view))
    chart = view.plot_widget
    size = chart.size() if chart.isVisible() and chart.width() > 50 and chart.height() > 50 else QSize(640, 360)
    if chart.size() != size:
        chart.resize(size)
    whole = QRect(QPoint(0, 0), size)
    return _paint_to(kind, size, lambda painter: chart.render(painter, QRectF(whole), whole),
                     QCoreApplication.translate("ViewExport", "Own, rent or pay an API"), path)


# --- the right-click menus -----------------------------------------------------------------
PATTERNS = {"png": QT_TRANSLATE_NOOP("ViewExport", "PNG image (*.png)"),
            "svg": QT_TRANSLATE_NOOP("ViewExport", "SVG drawing (*.svg)"),
            "csv": QT_TRANSLATE_NOOP("ViewExport", "CSV (*.csv)")}


def export_menu(exporter: Callable[[], Exporter], write: Callable[[str, str], Path], stem: str,
                parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    labels = (("png", QCoreApplication.translate("ViewExport", "Export chart as PNG…")),
              ("svg", QCoreApplication.translate("ViewExport", "Export chart as SVG…")),
              ("csv", QCoreApplication.translate("ViewExport", "Export chart data as CSV…")))
    for kind, label in labels:
        menu.addAction(label, lambda k=kind: _ask_and_write(exporter(), write, k, stem))
    return menu


def _ask_and_write(exporter: Exporter, write: Callable[[str, str], Path], kind: str, stem: str) -> None:
    exporter._run(lambda path: write(kind, path), QCoreApplication.translate("ViewExport", "Export chart"),
                  f"{exporter._stem()}-{stem}.{kind}", tr(PATTERNS[kind]))


def _attach(widget: QWidget, exporter: Callable[[], Exporter], write: Callable[[str, str], Path],
            stem: str) -> None:
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.customContextMenuRequested.connect(
        lambda point: popup(export_menu(exporter, write, stem, widget), widget.mapToGlobal(point)))


def attach_view_exports(window: MainWindow) -> None:
    """Right-click Export on every chart of the compare, sensitivity and break-even views."""
    def exporter() -> Exporter:
        return window.share.exporter  # looked up when clicked: the views may be made before the menus

    plots = ((window.compare.cost, "compare-cost"), (window.compare.latency, "compare-time"),
             (window.compare.waterfall_plot, "compare-waterfall"),
             (window.sensitivity.cost, "tornado-cost"), (window.sensitivity.latency, "tornado-time"))
    for plot, stem in plots:
        _attach(plot, exporter, lambda kind, path, p=plot: export_bars(p, kind, path), stem)
    view = window.break_even
    _attach(view.plot_widget, exporter, lambda kind, path: export_break_even(view, kind, path), "break-even")
