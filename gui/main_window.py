"""The main window: assembles panels, menus and the status bar; owns no logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.scenario_io import builtin_scenario, builtin_scenario_names
from core.translations import data_text
from gui import language
from gui.autosave import Autosaver, offer_crash_recovery
from gui.charts_panel import ChartsPanel
from gui.controls_panel import ControlsPanel
from gui.document import ScenarioDocument
from gui.file_actions import FileActions
from gui.language import LANGUAGES, translate
from gui.preferences import CURRENCIES, THEMES, Preferences
from gui.results_panel import ResultsPanel
from gui.scenario_note import ScenarioNote
from gui.share_actions import ShareActions
from gui.theme import apply_theme
from gui.views.decide_docks import add_decide_views, retheme_decide_views
from gui.views.planner_view import PlannerView
from gui.views.spec_sheet_view import add_spec_sheet_view

APP_NAME = "Inferonomics"


class MainWindow(QMainWindow):
    def __init__(self, document: ScenarioDocument, preferences: Preferences) -> None:
        super().__init__()
        self.document = document
        self.preferences = preferences
        self.files = FileActions(self, document, preferences)
        self.autosaver = Autosaver(document, self)
        theme = preferences.theme
        self.controls = ControlsPanel(document)
        self.results = ResultsPanel(document)
        self.charts = ChartsPanel(document, theme)
        right = QWidget()
        self._right_column = column = QVBoxLayout(right)
        column.setContentsMargins(4, 8, 8, 8)
        column.setSpacing(8)
        self.note = ScenarioNote(document)
        column.addWidget(self.note)
        column.addWidget(self.results)
        column.addWidget(self.charts, 1)
        # A short window scrolls the figures and charts instead of refusing to shrink.
        self.figures = QScrollArea()
        self.figures.setObjectName("figures")
        self.figures.setWidgetResizable(True)
        self.figures.setFrameShape(QFrame.Shape.NoFrame)
        self.figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures.setWidget(right)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls)
        splitter.addWidget(self.figures)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)
        self.planner = PlannerView(document)
        self.planner_dock = QDockWidget(translate("MainWindow", "Cheapest setups for this demand"), self)
        self.planner_dock.setObjectName("plannerDock")
        self.planner_dock.setWidget(self.planner)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.planner_dock)
        self.planner_dock.hide()
        apply_theme(self, theme)
        self.charts.chartsBuilt.connect(lambda: apply_theme(self, self.preferences.theme))
        self.setAcceptDrops(True)
        self._build_menus()
        document.pathChanged.connect(lambda _path: self._update_title())
        document.scenarioChanged.connect(lambda _s: self._update_title())
        document.modifiedChanged.connect(self.setWindowModified)
        document.changeRejected.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.controls.notice.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self._update_title()
        self.statusBar().showMessage(translate(
            "MainWindow", "Drag a slider: every figure and chart follows. Ctrl+Z undoes."), 6000)
        if preferences.geometry is not None:
            self.restoreGeometry(preferences.geometry)
        else:
            self.resize(1600, 1000)

    def _update_title(self) -> None:
        self.setWindowTitle(translate(
            "MainWindow", "{app} — {name}[*]").format(app=APP_NAME, name=self.document.display_name()))
        self.setWindowModified(self.document.modified)

    # --- menus ----------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self._action(file_menu, translate("MainWindow", "&New"), self.files.new, QKeySequence.StandardKey.New)
        self._action(file_menu, translate("MainWindow", "&Open…"), self.files.open, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.files.recentFilesChanged.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Save"), self.files.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, translate(
            "MainWindow", "Save &As…"), self.files.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self.share = ShareActions(self)  # export, copy summary, currency bar, help (issue 16)
        self.share.add_file_actions(file_menu)
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        undo = self.document.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.share.add_edit_actions(edit_menu)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        planner_action = self.planner_dock.toggleViewAction()
        planner_action.setText(translate("MainWindow", "&Cheapest setups for this demand"))
        planner_action.setShortcut(QKeySequence("Ctrl+P"))
        planner_action.triggered.connect(lambda checked: self.planner_dock.raise_() if checked else None)
        view_menu.addAction(planner_action)
        self.planner_action = planner_action
        add_decide_views(self, view_menu)  # compare, sensitivity, own/rent/API (issue 15)
        add_spec_sheet_view(self, view_menu)  # the chip's spec sheet (issue 14)

        examples = bar.addMenu(translate("MainWindow", "E&xamples"))
        for name in builtin_scenario_names():
            title = data_text(builtin_scenario(name).name, language.current())
            action = examples.addAction(title)
            action.triggered.connect(lambda _checked=False, n=name: self.files.open_example(n))
        article = examples.addMenu(translate("MainWindow", "The &article's claims"))
        article.setToolTip(translate(
            "MainWindow", "One scenario per claim of the article the app grew from, each with a note."))
        for name in builtin_scenario_names("article"):
            title = data_text(builtin_scenario(name).name, language.current())
            action = article.addAction(title.removeprefix("Article: ").removeprefix("文章："))
            action.triggered.connect(lambda _checked=False, n=name: self.files.open_example(n))

        validation_menu = bar.addMenu(translate("MainWindow", "&Validation"))
        self._action(validation_menu, translate("MainWindow", "Predicted vs &measured…"), self.show_validation)

        preferences_menu = bar.addMenu(translate("MainWindow", "&Preferences"))
        currency_menu = preferences_menu.addMenu(translate("MainWindow", "Currency for new scenarios"))
        self._choice_group(
            currency_menu,
            CURRENCIES,
            self.preferences.currency,
            lambda value: setattr(self.preferences, "currency", value),
        )
        theme_menu = preferences_menu.addMenu(translate("MainWindow", "Theme"))
        theme_names = {"light": translate("MainWindow", "Light"), "dark": translate("MainWindow", "Dark")}
        self._choice_group(theme_menu, THEMES, self.preferences.theme, self._set_theme, theme_names)
        language_menu = preferences_menu.addMenu(translate("MainWindow", "Language (applies at the next start)"))
        self.language_menu = language_menu
        self._choice_group(language_menu, tuple(LANGUAGES), self.preferences.language, self._set_language, LANGUAGES)
        self.share.add_help_menu(bar)
        self.share.add_toolbar()
        self.share.charts_replaced()

    def show_validation(self) -> None:
        """The validation view (non-modal; made on first use)."""
        from gui.validation_dialog import ValidationDialog  # built on demand: it predicts 134 rows

        if getattr(self, "validation_dialog", None) is None:
            self.validation_dialog = ValidationDialog(self, self.document)
        self.validation_dialog.set_theme(self.preferences.theme)
        apply_theme(self.validation_dialog, self.preferences.theme)  # a window: it does not inherit the palette
        self.validation_dialog.show()
        self.validation_dialog.raise_()

    def _choice_group(self, menu: QMenu, choices: tuple[str, ...], current: str, apply: object,
                      names: dict[str, str] | None = None) -> None:
        group = QActionGroup(menu)
        for choice in choices:
            action = menu.addAction((names or {}).get(choice, choice))
            action.setCheckable(True)
            action.setChecked(choice == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, value=choice: apply(value))  # type: ignore[operator]

    def _set_language(self, language: str) -> None:
        """Kept for the next start: widgets already made keep the texts they were made with."""
        self.preferences.language = language
        self.statusBar().showMessage(
            translate("MainWindow", "The interface will be in {language} from the next start.").format(
                language=LANGUAGES[language]), 8000)

    def _set_theme(self, theme: str) -> None:
        self.preferences.theme = theme
        self._replace_charts(theme)
        retheme_decide_views(self, theme)
        apply_theme(self, theme)
        if getattr(self, "validation_dialog", None) is not None:  # a window of its own: not reached by the above
            self.validation_dialog.set_theme(theme)
            apply_theme(self.validation_dialog, theme)

    def _replace_charts(self, theme: str) -> None:
        """Charts take their colours when their items are made: a new theme gets new charts."""
        old = self.charts
        if old.built:
            self.document.outcomeChanged.disconnect(old.show_outcome)
        self.charts = ChartsPanel(self.document, theme)
        self.charts.chartsBuilt.connect(lambda: apply_theme(self, self.preferences.theme))
        self._right_column.replaceWidget(old, self.charts)
        old.hide()
        old.deleteLater()
        self.charts.show()  # a child added to a shown window stays hidden until shown
        self.share.charts_replaced()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.preferences.recent_files
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    # --- window events --------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """At the first show (styles applied): the controls as narrow as they allow, the figures the rest."""
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            total = sum(self.splitter.sizes())
            controls = self.controls.sizeHint().width()
            self.splitter.setSizes([controls, max(1, total - controls)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files.open_path(Path(files[0]))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard_changes():
            event.ignore()
            return
        self.preferences.geometry = self.saveGeometry()
        self.preferences.sync()
        self.autosaver.stop()
        event.accept()

    def offer_crash_recovery(self) -> bool:
        """Called once at start-up by the app (not by screenshots or tests)."""
        return offer_crash_recovery(self, self.document)


def running_app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
