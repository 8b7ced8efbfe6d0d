"""The deciding views (compare, sensitivity, own/rent/API) as docks tabbed with the planner,
hidden until chosen in the View menu (computed only while shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMenu, QScrollArea, QWidget

from core import Scenario
from core.catalog import load_catalog
from core.planner import plan_scenario
from gui.catalog_labels import short_accelerator_name
from gui.language import translate
from gui.views.break_even_view import BreakEvenView
from gui.views.compare_view import CompareView
from gui.views.focus import focus_setting
from gui.views.sensitivity_view import SensitivityView
from gui.views.view_export import attach_view_exports

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def planner_choice(window: MainWindow) -> tuple[Scenario, str] | None:
    """The scenario of the setup selected in the planner view, and a name for it."""
    planner = window.planner
    planner.refresh()  # for the open scenario (a no-op when it already is)
    rows = planner.table.selectionModel().selectedRows()
    if not planner.plans:
        return None
    chosen = planner.plans[rows[0].row() if rows else 0]
    scenario = plan_scenario(window.document.scenario, chosen)
    return scenario, translate("DecideDocks", "Plan: {count} × {accelerator} {precision}").format(
        count=chosen.accelerator_count, precision=chosen.weight_precision.upper(),
        accelerator=short_accelerator_name(load_catalog().accelerator(chosen.accelerator)))  # as the planner lists it


def _make_views(window: MainWindow, theme: str) -> None:
    document = window.document
    window.compare = CompareView(document, lambda: planner_choice(window), theme)
    window.sensitivity = SensitivityView(document, lambda path: focus_setting(window.controls, path), theme)
    window.break_even = BreakEvenView(document, theme)
    attach_view_exports(window)  # right-click Export, as on the main charts


def retheme_decide_views(window: MainWindow, theme: str) -> None:
    """Plots take their colours when made: a new theme gets new views (pins live in the document),
    which keep the old ones' choices: the baseline, the swing, the API price."""
    baseline, swing = window.compare.baseline.currentIndex(), window.sensitivity.swing.value()
    price = window.break_even.state()
    _make_views(window, theme)
    for dock, view in zip((window.compare_dock, window.sensitivity_dock, window.break_even_dock),
                          shown_views(window), strict=True):
        _scrolled(dock).setWidget(view)  # the scroll area deletes the view it held
    window.compare.refresh(force=True)  # its baselines listed, then the one chosen before
    if 0 <= baseline < window.compare.baseline.count():
        window.compare.baseline.setCurrentIndex(baseline)
    window.sensitivity.swing.setValue(swing)
    window.break_even.restore(price)


def add_decide_views(window: MainWindow, view_menu: QMenu) -> None:
    _make_views(window, window.preferences.theme)
    docks = []
    for view, title, name, shortcut in (
        (window.compare, translate("DecideDocks", "Compare scenarios"), "compareDock", "Ctrl+Shift+C"),
        (window.sensitivity, translate("DecideDocks", "Which input matters"), "sensitivityDock", "Ctrl+Shift+S"),
        (window.break_even, translate("DecideDocks", "Own, rent or pay an API"), "breakEvenDock", "Ctrl+Shift+B"),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        # In a scroll area: a small window (or a short dock) scrolls the view instead of growing.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(view)
        dock.setWidget(scroll)
        dock.visibilityChanged.connect(lambda shown, d=dock: _give_room(window, d) if shown else None)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.tabifyDockWidget(window.planner_dock, dock)
        dock.hide()
        action = dock.toggleViewAction()
        # Shown from the menu, a dock tabbed with others comes to the front (not behind the one in view).
        action.triggered.connect(lambda checked, d=dock: d.raise_() if checked else None)
        action.setShortcut(QKeySequence(shortcut))
        view_menu.addAction(action)
        docks.append(dock)
    window.compare_dock, window.sensitivity_dock, window.break_even_dock = docks


DOCK_HEIGHT = 420  # px a deciding view gets when shown (the user may drag it)


def _give_room(window: MainWindow, dock: QDockWidget) -> None:
    room = min(DOCK_HEIGHT, window.height() // 2)  # a short window keeps half for the figures
    if not dock.isFloating() and dock.height() < room:
        window.resizeDocks([dock], [room], Qt.Orientation.Vertical)


def _scrolled(dock: QDockWidget) -> QScrollArea:
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea)
    return scroll


def shown_views(window: MainWindow) -> list[QWidget]:
    return [window.compare, window.sensitivity, window.break_even]
