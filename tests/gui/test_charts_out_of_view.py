"""A chart scrolled out of view skips the moves nobody sees and catches up before it shows
again or is exported: never an old figure on screen or in a file."""

from __future__ import annotations

import csv

import gui_test_support
from PySide6.QtWidgets import QApplication, QFileDialog

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def _up_to_date(chart, document) -> bool:
    return (chart._sweep_key == chart.sweep_key(document.scenario, document.overview)
            and chart._marker_key == chart.marker_key(document.scenario, document.outcome))


def _below_the_fold(window):
    """A short window scrolled to the top, and a setting moved that changes every chart."""
    window.resize(1100, 650)
    window.figures.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    panel = window.charts
    waiting = [chart for chart in panel.charts if chart.visibleRegion().isEmpty()]
    assert waiting, "at this size some chart should be below the fold"
    counts = {chart: chart.redraw_count for chart in panel.charts}
    slider = window.controls.sliders["model.total_params_b"]
    slider.move_slider_to(slider.slider.value() - 120)
    window.document.flush()
    QApplication.processEvents()
    return waiting, counts


def test_a_chart_below_the_fold_waits_and_catches_up_as_it_scrolls_into_view(window):
    waiting, counts = _below_the_fold(window)
    document, panel = window.document, window.charts
    in_view = [chart for chart in panel.charts if chart not in waiting]
    assert any(chart.redraw_count > counts[chart] for chart in in_view)  # those in view followed the move
    assert all(chart.redraw_count == counts[chart] for chart in waiting)  # the others waited
    chart = waiting[-1]
    assert not _up_to_date(chart, document), type(chart).__name__
    plot = chart.plot_widget
    painted_up_to_date: list[bool] = []
    paint = plot.paintEvent

    def recording_paint(event):
        painted_up_to_date.append(_up_to_date(chart, document))
        paint(event)

    plot.paintEvent = recording_paint
    window.figures.ensureWidgetVisible(chart, 0, 0)
    QApplication.processEvents()
    QApplication.processEvents()
    assert not chart.visibleRegion().isEmpty()
    assert chart.redraw_count == counts[chart] + 1 and _up_to_date(chart, document)
    # Its first paint in view already drew the current figures, and the screen shows them.
    assert painted_up_to_date and painted_up_to_date[0]
    assert gui_test_support.on_screen_equals_fresh_render(window, plot.viewport())


def test_exporting_a_chart_below_the_fold_writes_the_current_figures(window, tmp_path, monkeypatch):
    waiting, _counts = _below_the_fold(window)
    chart = waiting[-1]
    target = tmp_path / "chart.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))
    window.share.exporter.chart(chart, "csv")
    assert _up_to_date(chart, window.document)
    written = list(csv.reader(target.open(encoding="utf-8")))
    # The same export from the chart now (it is up to date) gives the same rows.
    again = tmp_path / "again.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(again), ""))
    window.share.exporter.chart(chart, "csv")
    assert written and written == list(csv.reader(again.open(encoding="utf-8")))
