"""Export (charts, sweeps, figures, report), Copy summary, the currency switch, Help."""

from __future__ import annotations

import csv
import io
import math
import xml.etree.ElementTree as ET

import gui_test_support
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

import gui.export
from core.scenario_io import builtin_scenario
from gui.export import CHART_TABLES, chart_menu, export_chart_csv, export_chart_png, export_chart_svg

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_every_chart_exports_to_png_svg_and_csv(window, tmp_path) -> None:
    document = window.document
    for chart in window.charts.charts:
        name = CHART_TABLES[type(chart).__name__]
        png = export_chart_png(chart, document, tmp_path / f"{name}.png")
        image = QImage(str(png))
        assert image.width() == 2 * chart.width() and image.height() == 2 * chart.height()
        assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}) > 2  # drawn
        svg = export_chart_svg(chart, document, tmp_path / f"{name}.svg")
        root = ET.parse(svg).getroot()
        tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
        assert "image" not in tags, f"{name}: a raster image in the SVG"
        assert {"path", "text"} <= tags or {"polyline", "text"} <= tags
        rows = list(csv.reader(io.StringIO((export_chart_csv(chart, document, tmp_path / f"{name}.csv"))
                                           .read_text(encoding="utf-8"))))
        assert len(rows) > 2 or name == "memory"
    assert not list(tmp_path.glob(".export-*"))  # no temporary files left


def test_cost_chart_csv_holds_the_cost_of_the_open_scenario(window, tmp_path) -> None:
    path = export_chart_csv(window.charts.cost_vs_gpus, window.document, tmp_path / "cost.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    own = next(r for r in rows if int(r["accelerator_count"]) == window.document.scenario.hardware.accelerator_count)
    assert float(own["cost_per_case_CNY"]) == pytest.approx(window.document.outcome.cost_per_case, rel=1e-9)


def test_chart_context_menu_offers_the_exports(window, qapp, monkeypatch, tmp_path) -> None:
    chart = window.charts.latency
    assert chart.plot_widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = chart_menu(window.share.exporter, chart)
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Export chart as PNG…", "Export chart as SVG…", "Export chart data as CSV…"]
    target = tmp_path / "latency.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    menu.actions()[1].trigger()
    assert target.exists() and "Saved" in window.statusBar().currentMessage()
    shown: list[QPoint] = []
    monkeypatch.setattr(gui.export, "popup", lambda menu, point: shown.append(point))
    chart.plot_widget.customContextMenuRequested.emit(QPoint(5, 5))
    assert len(shown) == 1


def test_file_menu_exports_report_and_figures(window, monkeypatch, tmp_path) -> None:
    files = iter([tmp_path / "report.pdf", tmp_path / "figures.csv"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(next(files)), ""))
    window.share.report_action.trigger()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    export = window.share.export_menu
    export.aboutToShow.emit()
    labels = [action.text() for action in export.actions()]
    assert labels[:2] == ["Report as PDF…", "Figures as CSV…"]
    assert {"Chart as PNG", "Chart as SVG", "Chart data as CSV"} <= set(labels)
    export.actions()[1].trigger()
    rows = {r["figure"]: r["value"] for r in csv.DictReader(io.StringIO(
        (tmp_path / "figures.csv").read_text(encoding="utf-8")))}
    assert float(rows["cost_per_case"]) == window.document.outcome.cost_per_case
    chart_png = next(a for a in export.actions() if a.text() == "Chart as PNG").menu().actions()
    assert len(chart_png) == len(window.charts.charts)


def test_a_file_that_cannot_be_written_gets_a_sentence(window, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "no" / "r.pdf"), ""))
    window.share.report_action.trigger()
    assert window.statusBar().currentMessage().startswith("Could not write")


def test_copy_summary_puts_plain_text_on_the_clipboard(window) -> None:
    action = window.share.copy_summary_action
    assert action.shortcut().toString() == "Ctrl+Alt+C"
    action.trigger()
    text = QGuiApplication.clipboard().text()
    outcome = window.document.outcome
    assert text.startswith(window.document.scenario.name)
    cost = f"¥{outcome.cost_per_case:.3f}"  # the engine's figure (it moves with the calibration)
    assert f"At 3,000 claims a day, 8×HGX H20 costs {cost} per claim" in text
    assert f"Cost per claim: {cost}" in text and "<" not in text
    assert f"{outcome.cost_per_case_p10:.3f}" in text


def test_currency_switch_converts_once_and_back_exactly(window, qapp) -> None:
    document, bar = window.document, window.share.currency_bar
    start = document.scenario
    steps = document.undo_stack.count()
    bar.currency.setCurrentIndex(0)
    bar.currency.activated.emit(0)  # USD
    qapp.processEvents()
    usd = document.scenario
    assert usd.pricing.currency == "USD" and document.undo_stack.count() == steps + 1
    assert usd.pricing.server_price == pytest.approx(1_100_000 / 7.2, rel=1e-15)
    assert document.outcome.currency == "USD"
    assert document.outcome.cost_per_case == pytest.approx(evaluate_cost(start) / 7.2, rel=1e-9)
    bar.switch_to("CNY")
    assert document.scenario == start  # the same numbers, not a rounding away
    bar.switch_to("USD")
    assert document.scenario == usd
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.scenario.pricing.currency == "USD" and document.scenario == usd
    document.undo_stack.undo()
    assert document.scenario == start  # one undo step per switch
    assert bar.currency.currentText() == "CNY"


def evaluate_cost(scenario) -> float:
    from core import evaluate

    cost = evaluate(scenario).cost_per_case
    assert cost is not None and math.isfinite(cost)
    return cost


def test_exchange_rate_and_its_date_are_editable(window, qapp) -> None:
    document, bar = window.document, window.share.currency_bar
    bar.rate.setValue(7.1)
    assert document.scenario.pricing.cny_per_usd == 7.1
    assert document.scenario.pricing.cny_per_usd_date == "2025-02"  # the example's
    bar.date.setText("2026-11-30")
    bar.date.editingFinished.emit()
    assert document.scenario.pricing.cny_per_usd_date == "2026-11-30"
    bar.date.setText("2025-")
    bar.date.editingFinished.emit()
    assert document.scenario.pricing.cny_per_usd_date == "2026-11-30"
    assert "year and month" in window.statusBar().currentMessage()
    document.undo_stack.undo()
    assert document.scenario.pricing.cny_per_usd_date == "2025-02" and bar.date.text() == "2025-02"
    document.replace(builtin_scenario("r1-claims-8xb200"), None)  # a newly opened file
    assert bar.rate.value() == builtin_scenario("r1-claims-8xb200").pricing.cny_per_usd


def test_help_about_and_how_to_read(window) -> None:
    window.share.about_action.trigger()
    about = window.share.about.browser.toPlainText()
    assert "Inferonomics 0." in about and "Licence" in about and "Sources" in about
    assert "134 published benchmarks" in about
    window.share.how_to_read_action.trigger()
    guide = window.share.how_to_read.browser.toPlainText()
    for heading in ("Cost per case", "Time per case", "Chart: cost per case vs fleet size",
                    "Chart: latency vs concurrency", "Shading and ranges"):
        assert heading in guide
    window.share.about.close()
    window.share.how_to_read.close()
