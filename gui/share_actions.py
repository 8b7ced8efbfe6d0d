"""The menu entries for sharing (File → Export report…, File → Export, Edit → Copy summary),
the Help menu, the currency toolbar and the charts' right-click menus. MainWindow only
calls these to place them; the work is in gui.export, gui.currency_bar and gui.help_dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from gui.currency_bar import CurrencyBar
from gui.export import Exporter, attach_chart_menus
from gui.help_dialogs import about_dialog, how_to_read_dialog
from gui.language import translate

if TYPE_CHECKING:
    from gui.main_window import MainWindow

# Ctrl+Shift+C already shows the compare view (issue 15): the summary takes Ctrl+Alt+C.
COPY_SUMMARY_SHORTCUT = "Ctrl+Alt+C"


def tr(text: str) -> str:
    return QCoreApplication.translate("ShareActions", text)


class ShareActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.exporter = Exporter(window, window.document, lambda text: window.statusBar().showMessage(text, 8000))
        self.currency_bar = CurrencyBar(window.document, window)

    def add_file_actions(self, menu: QMenu) -> None:
        self.report_action = menu.addAction(translate("ShareActions", "Export &report…"), self.exporter.report)
        self.report_action.setShortcut(QKeySequence("Ctrl+E"))
        export = menu.addMenu(translate("ShareActions", "&Export"))
        self.export_menu = export
        export.aboutToShow.connect(lambda: self._fill_export_menu(export))

    def _fill_export_menu(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(translate("ShareActions", "Report as PDF…"), self.exporter.report)
        menu.addAction(translate("ShareActions", "Figures as CSV…"), self.exporter.outcome_csv)
        charts = self.window.charts
        charts.ensure_built()
        charts.catch_up()  # a chart scrolled out of view may still carry an old title (another case's name)
        for kind, label in (("png", translate("ShareActions", "Chart as PNG")), ("svg", translate("ShareActions",
            "Chart as SVG")), ("csv", translate("ShareActions", "Chart data as CSV"))):
            sub = menu.addMenu(label)
            for chart in charts.charts:
                sub.addAction(chart.heading.text() or chart.title,
                              lambda _checked=False, c=chart, k=kind: self.exporter.chart(c, k))

    def add_edit_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        self.copy_summary_action = menu.addAction(translate(
            "ShareActions", "Copy &summary"), self.exporter.copy_summary)
        self.copy_summary_action.setShortcut(QKeySequence(COPY_SUMMARY_SHORTCUT))
        self.copy_summary_action.setToolTip(translate(
            "ShareActions", "The question, the answer and the key figures as plain text, for "
                                               "an e-mail."))

    def add_help_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(translate("ShareActions", "&Help"))
        self.how_to_read_action = menu.addAction(translate("ShareActions", "&How to read this"), self.show_how_to_read)
        self.how_to_read_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action = menu.addAction(translate("ShareActions", "&About Inferonomics"), self.show_about)

    def add_toolbar(self) -> None:
        """The currency row at the right end of the menu bar."""
        self.window.menuBar().setCornerWidget(self.currency_bar, Qt.Corner.TopRightCorner)

    def charts_replaced(self) -> None:
        """New charts (start-up, a new theme): give them the export menu."""
        attach_chart_menus(self.exporter, self.window.charts.charts)
        self.window.charts.chartsBuilt.connect(
            lambda: attach_chart_menus(self.exporter, self.window.charts.charts))

    def show_about(self) -> None:
        self.about = about_dialog(self.window)
        self.about.show()

    def show_how_to_read(self) -> None:
        self.how_to_read = how_to_read_dialog(self.window)
        self.how_to_read.show()
