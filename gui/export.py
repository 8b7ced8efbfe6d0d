"""Export: a chart as PNG or SVG, the sweep behind it or the outcome as CSV, the PDF report,
and the summary on the clipboard. Files are written atomically (a temporary file renamed).

A chart is exported from a copy built off screen at the size it has in the window, in the
light theme, with pixmap caches off: the SVG is all vectors, the PNG is drawn at twice the
resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from core.export_tables import outcome_table, sweep_table
from core.report_data import ReportData, report_data
from gui.atomic_file import write_atomically
from gui.document import ScenarioDocument
from gui.language import translate
from gui.report.charts import built_chart, render_widget
from gui.report.texts import summary_text

if TYPE_CHECKING:
    from gui.charts.base import Chart

PNG_SCALE = 2.0

# The sweep table each chart draws (core.export_tables.SWEEP_TABLES), by chart class name.
CHART_TABLES = {
    "CostVsGpuCountChart": "cost_vs_fleet",
    "ThroughputInteractivityChart": "throughput_vs_speed",
    "LatencyVsConcurrencyChart": "latency_vs_concurrency",
    "AcceleratorComparisonChart": "accelerators",
    "MemoryBreakdownChart": "memory",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _copy_of(chart: Chart, document: ScenarioDocument) -> Chart:
    size = chart.size() if chart.width() > 50 and chart.height() > 50 else QSize(560, 360)
    return built_chart(type(chart), (document.scenario, document.outcome, document.overview), size.width(),
                       size.height(), for_page=False)


def export_chart_png(chart: Chart, document: ScenarioDocument, path: str | Path) -> Path:
    copy = _copy_of(chart, document)
    try:
        image = QImage(int(copy.width() * PNG_SCALE), int(copy.height() * PNG_SCALE), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(PNG_SCALE, PNG_SCALE)
        render_widget(painter, copy, QRectF(0, 0, copy.width(), copy.height()))
        painter.end()

        def save(temporary: str) -> None:
            if not image.save(temporary, "PNG"):
                raise OSError(f"cannot write a PNG to {path}")

        return write_atomically(path, save, ".png")
    finally:
        copy.deleteLater()


def export_chart_svg(chart: Chart, document: ScenarioDocument, path: str | Path) -> Path:
    copy = _copy_of(chart, document)
    try:
        def save(temporary: str) -> None:
            generator = QSvgGenerator()
            generator.setFileName(temporary)
            generator.setSize(copy.size())
            generator.setViewBox(QRect(QPoint(0, 0), copy.size()))
            generator.setTitle(copy.title)
            painter = QPainter(generator)
            render_widget(painter, copy, QRectF(0, 0, copy.width(), copy.height()))
            painter.end()

        return write_atomically(path, save, ".svg")
    finally:
        copy.deleteLater()


def _write_text(path: str | Path, text: str, suffix: str) -> Path:
    def save(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)

    return write_atomically(path, save, suffix)


def export_chart_csv(chart: Chart, document: ScenarioDocument, path: str | Path) -> Path:
    table = sweep_table(CHART_TABLES[type(chart).__name__], document.outcome, document.overview)
    return _write_text(path, table.csv_text(), ".csv")


def export_outcome_csv(document: ScenarioDocument, path: str | Path) -> Path:
    scenario = document.scenario
    extra = (("scenario", scenario.name), ("case_name", scenario.workload.case_name))
    return _write_text(path, outcome_table(document.outcome, extra).csv_text(), ".csv")


def document_report_data(document: ScenarioDocument) -> ReportData:
    """The report of the open scenario, with the scenarios pinned beside it."""
    pinned = [(item.name, item.scenario) for item in document.workspace.pinned]
    document.refresh_stale()
    return report_data(document.scenario, pinned, analysis=(document.outcome, document.overview))


def export_report_pdf(document: ScenarioDocument, path: str | Path) -> Path:
    from gui.report.pdf import write_report

    return write_report(document_report_data(document), path).path


def copy_summary(document: ScenarioDocument) -> str:
    """Put the plain-text summary (for an e-mail) on the clipboard; returns it."""
    text = summary_text(document_report_data(document))
    QGuiApplication.clipboard().setText(text)
    return text


# --- what the user clicks ----------------------------------------------------------------
class Exporter:
    """Asks where to save, writes, and reports in the status bar (or a sentence on failure)."""

    def __init__(self, window: QWidget, document: ScenarioDocument, say: Callable[[str], None]) -> None:
        self.window = window
        self.document = document
        self.say = say

    def _ask(self, title: str, name: str, pattern: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self.window, title, name, pattern)
        return path or None

    def _run(self, write: Callable[[str], Path], title: str, name: str, pattern: str) -> None:
        path = self._ask(title, name, pattern)
        if path is None:
            return
        try:
            written = write(path)
        except (OSError, ValueError) as error:
            self.say(translate("Export", "Could not write {path}: {error}").format(path=path, error=error))
            return
        self.say(translate("Export", "Saved {path}").format(path=written))

    def _stem(self) -> str:
        name = self.document.path.stem if self.document.path is not None else self.document.scenario.name
        return "".join(c if c.isalnum() or c in "-_ " else "-" for c in name).strip() or "scenario"

    def report(self) -> None:
        self._run(lambda p: export_report_pdf(self.document, p), translate("Export", "Export report"),
                  f"{self._stem()}.pdf", translate("Export", "PDF (*.pdf)"))

    def outcome_csv(self) -> None:
        self._run(lambda p: export_outcome_csv(self.document, p), translate("Export", "Export figures as CSV"),
                  f"{self._stem()}-figures.csv", translate("Export", "CSV (*.csv)"))

    def chart(self, chart: Chart, kind: str) -> None:
        writers = {"png": (export_chart_png, translate("Export", "PNG image (*.png)")),
                   "svg": (export_chart_svg, translate("Export", "SVG drawing (*.svg)")),
                   "csv": (export_chart_csv, translate("Export", "CSV (*.csv)"))}
        write, pattern = writers[kind]
        panel = getattr(self.window, "charts", None)
        if panel is not None:  # a chart scrolled out of view may have skipped the last moves
            panel.catch_up([chart])
        table = CHART_TABLES.get(type(chart).__name__, "chart")
        self._run(lambda p: write(chart, self.document, p), translate("Export", "Export chart"),
                  f"{self._stem()}-{table}.{kind}", pattern)

    def copy_summary(self) -> None:
        copy_summary(self.document)
        self.say(translate("Export", "Summary copied: paste it into an e-mail."))


def chart_menu(exporter: Exporter, chart: Chart, parent: QWidget | None = None) -> QMenu:
    menu = QMenu(parent)
    menu.addAction(translate("Export", "Export chart as PNG…"), lambda: exporter.chart(chart, "png"))
    menu.addAction(translate("Export", "Export chart as SVG…"), lambda: exporter.chart(chart, "svg"))
    menu.addAction(translate("Export", "Export chart data as CSV…"), lambda: exporter.chart(chart, "csv"))
    return menu


def attach_chart_menus(exporter: Exporter, charts: list[Chart]) -> None:
    """Right-click on a chart (its plot or its frame) offers the exports."""
    for chart in charts:
        for widget in (chart, chart.plot_widget):
            if widget.property("inferonomics_export_menu"):
                continue
            widget.setProperty("inferonomics_export_menu", True)
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda point, c=chart, w=widget: popup(chart_menu(exporter, c, w), w.mapToGlobal(point)))


def popup(menu: QMenu, where: QPoint) -> None:
    """Show a context menu (modal until chosen or dismissed)."""
    menu.exec(where)
