"""Hostile review (rev42) of the charts that wait out of view: what else reads a waiting chart."""

from __future__ import annotations

import gui_test_support
from PySide6.QtWidgets import QApplication, QMenu

from gui.charts.words import chart_title

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def _below_the_fold(window):
    window.resize(1100, 650)
    window.figures.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    waiting = [chart for chart in window.charts.charts if chart.visibleRegion().isEmpty()]
    assert waiting, "at this size some chart should be below the fold"
    return waiting


def test_the_export_menu_names_a_chart_below_the_fold_for_the_scenario_now(window):
    """A chart scrolled out of view keeps its old title until painted; File → Export listed it
    under that old title ("Cost per case …" for a scenario whose cases are tickets)."""
    waiting = _below_the_fold(window)
    window.document.request_change({"workload.case_name": "ticket"}, "case name")
    window.document.flush()
    QApplication.processEvents()
    named = [chart for chart in waiting if "{case}" in chart.title]
    assert named, "a chart below the fold should name the case in its title"
    menu = QMenu()
    window.share._fill_export_menu(menu)
    png = menu.actions()[2].menu()
    entries = [action.text() for action in png.actions()]
    for chart in named:
        assert chart_title(chart.title, window.document.scenario) in entries, entries


def _detail_labels(results):
    cards = (results.throughput, results.ttft, results.tpot, results.memory, results.parallel, results.busy)
    return [label for card in cards for label in (card.title, card.value, card.detail)]


def test_engineering_cards_fit_their_texts_at_the_width_they_show_at(window):
    """Hidden, the cards measure nothing; the window narrowed and a figure moved meanwhile, they
    must show with the lines their texts need at their new width."""
    results = window.results
    window.resize(1600, 900)
    results.show_engineering_detail(True)
    QApplication.processEvents()
    labels = _detail_labels(results)
    results.show_engineering_detail(False)
    QApplication.processEvents()
    window.resize(1000, 900)
    QApplication.processEvents()
    slider = window.controls.sliders["model.total_params_b"]
    slider.move_slider_to(slider.slider.value() + 200)
    window.document.flush()
    QApplication.processEvents()
    results.show_engineering_detail(True)
    for _ in range(3):
        QApplication.processEvents()
    assert [label.lines() for label in labels] == [max(label._min_lines, label.needed_lines()) for label in labels]
