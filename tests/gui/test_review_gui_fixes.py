"""A hostile review of the GUI: typed numbers outside a range say so (and are not truncated
keystroke by keystroke), the two exchange-rate controls agree, and the views it found
unreadable or missing read right."""

from __future__ import annotations

import gui_test_support
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.main_window import MainWindow

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def _type_into(window: MainWindow, slider, text: str) -> list[str]:
    messages: list[str] = []
    slider.notice.connect(messages.append)
    spin = slider.spin
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)
    settle(window)
    return messages


@pytest.mark.parametrize(("where", "typed", "expected", "word"), [
    ("gpu_count", "100000", 512, "above"),
    ("cases_per_day", "-5", 1, "below"),
    ("input_tokens", "999999999", 200_000, "above"),
])
def test_typed_numbers_outside_the_range_are_not_cut_short_silently(window: MainWindow, where, typed, expected,
                                                                   word):
    controls = window.controls
    slider = getattr(controls, where, None) or getattr(controls.workload_section, where)
    messages = _type_into(window, slider, typed)
    assert slider.value() == pytest.approx(expected)
    assert messages and f"is {word} the range allowed" in messages[-1]
    assert typed.lstrip("-") in messages[-1].replace(",", "")


def test_hosting_beyond_its_range_is_said(window: MainWindow):
    slider = window.controls.running_costs.sliders["pricing.hosting_per_server_year"]
    messages = _type_into(window, slider, "250000")
    assert messages and "above the range allowed" in messages[-1] and messages[-1].startswith("Hosting per server")
    assert slider.value() == pytest.approx(100_000)


def test_electricity_takes_a_tenth_of_a_cent(window: MainWindow):
    slider = window.controls.running_costs.sliders["pricing.electricity_price_per_kwh"]
    _type_into(window, slider, "0.085")
    assert window.document.scenario.pricing.electricity_price_per_kwh == pytest.approx(0.085)


def test_notices_name_the_control_as_labelled_and_show_small_numbers(window: MainWindow):
    pue = window.controls.running_costs.sliders["pricing.pue"]
    messages = _type_into(window, pue, "7")
    assert messages and messages[-1].startswith("PUE 7.00 is above the range allowed")
    size = window.controls.model_size
    messages = _type_into(window, size, "0.001")
    assert messages and messages[-1].startswith("Model size 0.001 B is below the range allowed; using 0.1 B")


@pytest.mark.parametrize("rate", [25.0, 0.5, 999.0])
def test_both_exchange_rate_controls_show_the_same_rate(window: MainWindow, rate: float):
    bar = window.share.currency_bar
    running = window.controls.running_costs.sliders["pricing.cny_per_usd"]
    bar.rate.setValue(rate)
    settle(window)
    assert window.document.scenario.pricing.cny_per_usd == pytest.approx(rate)
    assert running.value() == pytest.approx(rate)
    _type_into(window, running, "12.5")
    assert window.document.scenario.pricing.cny_per_usd == pytest.approx(12.5)
    assert bar.rate.value() == pytest.approx(12.5)


def test_the_rate_date_must_be_a_real_day(window: MainWindow):
    bar = window.share.currency_bar
    before = window.document.scenario.pricing.cny_per_usd_date
    bar.date.setText("2025-13-45")
    bar.date.editingFinished.emit()
    settle(window)
    assert window.document.scenario.pricing.cny_per_usd_date == before
    assert "year and month" in window.statusBar().currentMessage()


def test_a_nearly_full_memory_is_amber_and_says_why(window: MainWindow):
    outcome = window.document.outcome  # the default example: the H20's memory nearly full
    assert outcome.fits_in_memory and outcome.memory_used_fraction > 0.95
    card = window.results.memory
    assert card.property("state") == "tight" and card.detail.text().startswith("almost full")
    window.document.request_change({"hardware.accelerator_count": 64}, "more memory")
    settle(window)
    assert window.document.outcome.memory_used_fraction < 0.95
    assert card.property("state") == "good" and "almost full" not in card.detail.text()


def test_the_memory_chart_runs_to_the_chips_memory_and_names_its_row(window: MainWindow):
    chart = window.charts.memory
    settle(window)
    total_gb = window.document.outcome.memory_per_accelerator.total_gb  # 96 GB on the H20
    low, high = chart.plot.vb.viewRange()[0]
    assert low == pytest.approx(0.0) and total_gb <= high <= total_gb * 1.1
    labels = [text for ticks in chart.plot.getAxis("left")._tickLevels or [] for _value, text in ticks]
    assert "per accelerator" in labels and "one" not in labels


def test_how_to_read_this_explains_every_card_and_view(window: MainWindow):
    from gui.help_dialogs import how_to_read_html

    html = how_to_read_html()
    for title in ("Servers needed", "What limits it", "Compare scenarios", "Which input matters",
                  "Own, rent or pay an API", "spec sheet"):
        assert f"<h3>{title}" in html or f"{title} (View menu)</h3>" in html, title
    for dock in (window.compare_dock, window.sensitivity_dock, window.break_even_dock):
        assert dock.windowTitle().split(" (")[0] in html


def test_the_spec_sheet_prices_in_the_scenarios_currency_with_every_ratio(window: MainWindow):
    from core.catalog import load_catalog
    from gui.formatting import money

    window.spec_sheet_dock.show()
    settle(window)
    view = window.spec_sheet
    view.refresh(force=True)
    pricing = window.document.scenario.pricing
    assert pricing.currency == "CNY"
    table = view.table
    rows = {table.item(row, 0).text(): [table.item(row, c).text() for c in (1, 2, 3)]
            for row in range(table.rowCount())}
    h20 = load_catalog().accelerators["h20"]
    assert rows["Price to buy"][0].startswith(money(h20.purchase_price_usd * pricing.cny_per_usd, "CNY"))
    assert "$" not in rows["Price to buy"][0] + rows["Price to buy"][1]
    assert f"{pricing.cny_per_usd:g} CNY per USD" in view.sources.text()
    assert rows["Idle power"][2].endswith("×") and rows["Scale-up domain"][2].endswith("×")
    window.share.currency_bar.switch_to("USD")
    settle(window)
    view.refresh()
    price_row = next(row for row in range(table.rowCount()) if table.item(row, 0).text() == "Price to buy")
    assert table.item(price_row, 1).text().startswith(money(h20.purchase_price_usd, "USD"))


def _compare_with_three_pins(window: MainWindow, qapp, size: tuple[int, int]):
    from core.scenario_io import builtin_scenario_names

    window.resize(*size)
    view = window.compare
    view.pin_builtin(builtin_scenario_names("article")[0])
    view.pin_builtin("r1-claims-8xb200")
    view.pin_builtin(builtin_scenario_names()[0])
    window.compare_dock.show()
    window.compare_dock.raise_()
    for _ in range(4):
        qapp.processEvents()
    return view


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800)])
def test_the_compare_table_is_readable_with_three_pins(window: MainWindow, qapp, size):
    view = _compare_with_three_pins(window, qapp, size)
    table = view.table
    assert table.columnCount() == 4
    metrics = table.fontMetrics()
    for column in range(table.columnCount()):  # no cell and no header is elided
        header = table.horizontalHeaderItem(column)
        assert table.columnWidth(column) >= metrics.horizontalAdvance(header.text())
        assert header.toolTip()  # the full name
        for row in range(table.rowCount()):
            assert table.columnWidth(column) >= metrics.horizontalAdvance(table.item(row, column).text())
    # Every column (the open one too) is in view without scrolling sideways.
    assert view.table_width_needed() <= table.width() + 2


def test_the_compare_table_speaks_in_labels_and_names_and_flags_over_capacity(window: MainWindow, qapp):
    view = _compare_with_three_pins(window, qapp, (1280, 800))
    window.document.request_change({"pricing.server_overhead_power_w": 2100.0, "pricing.cny_per_usd": 7.0,
                                    "workload.cases_per_day": 1e6}, "differ")
    settle(window)
    view.refresh(force=True)
    table = view.table
    labels = [table.verticalHeaderItem(row).text() for row in range(table.rowCount())]
    assert "Server power (W)" in labels and "Exchange rate (CNY per USD)" in labels and "Accelerator" in labels
    assert not any("_" in label or label.islower() for label in labels)
    cells = {label: [table.item(row, c).text() for c in range(table.columnCount())]
             for row, label in enumerate(labels)}
    assert "B200" in cells["Accelerator"] and "HGX H20" in cells["Accelerator"]
    assert not any(text in ("b200", "h20", "catalog") for row in cells.values() for text in row)
    assert window.document.outcome.over_capacity
    assert cells["Serves the demand"][-1] == "no: over capacity"


def test_pin_an_example_offers_the_articles_scenarios(window: MainWindow):
    from core.scenario_io import builtin_scenario, builtin_scenario_names

    menu = window.compare.pin_example.menu()
    titles = []
    for action in menu.actions():
        titles.append(action.text())
        if action.menu() is not None:
            titles += [sub.text() for sub in action.menu().actions()]
    for name in builtin_scenario_names("article"):
        assert builtin_scenario(name).name.removeprefix("Article: ") in titles


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)])
def test_the_break_even_chart_is_whole_when_docked(window: MainWindow, qapp, size):
    window.resize(*size)
    window.break_even_dock.show()
    window.break_even_dock.raise_()
    for _ in range(4):
        qapp.processEvents()
    view = window.break_even
    scroll = window.break_even_dock.widget()
    assert view.height() <= scroll.viewport().height()  # nothing to scroll to: the x-axis is in view
    chart = view.plot_widget
    assert chart.geometry().bottom() <= view.height() and chart.height() >= 150


def test_the_deciding_views_charts_export_png_svg_and_csv(window: MainWindow, qapp, tmp_path):
    from PySide6.QtGui import QImage

    from gui.views.view_export import export_bars, export_break_even

    view = _compare_with_three_pins(window, qapp, (1280, 800))
    window.sensitivity_dock.show()
    window.break_even_dock.show()
    for _ in range(4):
        qapp.processEvents()
    window.sensitivity.refresh(force=True)
    window.break_even.refresh(force=True)
    plots = {"cost": view.cost, "waterfall": view.waterfall_plot, "tornado": window.sensitivity.cost}
    for name, plot in plots.items():
        assert plot.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        svg = export_bars(plot, "svg", tmp_path / f"{name}.svg").read_text(encoding="utf-8")
        assert "<svg" in svg and "<image" not in svg  # drawn as vectors, not a picture
        assert plot.canvas.names[-1] in svg  # the row names as text
        png = QImage(str(export_bars(plot, "png", tmp_path / f"{name}.png")))
        assert png.width() >= 2 * plot.canvas.width() - 2
        rows = export_bars(plot, "csv", tmp_path / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        assert rows[0].startswith("row,start") and len(rows) == 1 + len(plot.canvas.segments)
    break_even = window.break_even
    assert break_even.plot_widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert "<svg" in export_break_even(break_even, "svg", tmp_path / "b.svg").read_text(encoding="utf-8")
    assert not QImage(str(export_break_even(break_even, "png", tmp_path / "b.png"))).isNull()
    lines = export_break_even(break_even, "csv", tmp_path / "b.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "cases_per_month,buy_CNY_per_month,rent_CNY_per_month,api_CNY_per_month"
    assert len(lines) == 1 + len(break_even.lines.cases_per_month)


def test_a_typed_number_is_read_in_the_boxs_locale(qapp):
    from PySide6.QtCore import QLocale

    from gui.slider_spin import SliderSpin

    slider = SliderSpin(0, 2, decimals=3, suffix=" /kWh")
    slider.spin.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    messages: list[str] = []
    slider.notice.connect(messages.append)
    slider.spin.lineEdit().setText("2,5")  # 2.5 in German: above the range
    slider.spin.interpretText()
    assert slider.value() == pytest.approx(2.0) and messages and "above the range allowed" in messages[-1]
    slider.spin.lineEdit().setText("0,085")
    slider.spin.interpretText()
    assert slider.value() == pytest.approx(0.085)


@pytest.mark.parametrize(("room_px", "mode"), [(150, "narrow"), (400, "medium"), (800, "wide")])
def test_the_compare_bars_stay_in_sight_of_the_table(window: MainWindow, qapp, room_px, mode):
    """The room beside the table decides: everything side by side, the cost and time bars beside
    the table with the waterfall under both, or all the charts under the table. (Before, three
    pins at 1280 × 800 put every chart under the table, out of view, the room beside it blank.)"""
    view = _compare_with_three_pins(window, qapp, (1280, 800))
    dock = window.compare_dock
    dock.setFloating(True)
    for _ in range(2):  # the table's own width may change with the layout: settle on it
        dock.resize(view.table_width_needed() + room_px + (dock.width() - view.width()), 700)
        for _ in range(4):
            qapp.processEvents()
    table, plots, waterfall = view.table.geometry(), view.plots.geometry(), view.waterfall_plot.geometry()
    assert view.layout_mode == mode
    if mode == "narrow":
        assert plots.top() >= table.bottom() and waterfall.top() >= table.bottom()
    else:
        assert plots.left() > table.right() and plots.top() < table.bottom()  # beside the table
        if mode == "medium":
            assert waterfall.top() >= max(table.bottom(), plots.bottom())
        else:
            assert waterfall.left() > plots.right()
    for widget in (view.table, view.plots, view.waterfall_plot):
        assert widget.width() >= widget.minimumSizeHint().width()
    if mode != "narrow":
        from gui.views.compare_layout import BARS_MIN_PX

        assert view.plots.width() >= BARS_MIN_PX


def test_a_compare_layout_holds_while_a_drag_widens_the_table_a_little():
    from gui.views.compare_layout import (
        BARS_MIN_PX,
        CHARTS_MIN_WIDTH_PX,
        PLOTS_MIN_WIDTH_PX,
        SLACK_PX,
        layout_mode,
    )

    table = 800
    wide_edge = table + SLACK_PX + CHARTS_MIN_WIDTH_PX
    # A new row widens the table by ~30 px: the side-by-side layout holds, the medium one too.
    assert layout_mode(wide_edge - 30, table, "wide") == "wide"
    assert layout_mode(wide_edge - 30, table, "medium") == "medium"
    assert layout_mode(wide_edge, table, "medium") == "wide"
    medium_edge = table + SLACK_PX + PLOTS_MIN_WIDTH_PX
    assert layout_mode(medium_edge - 30, table, "medium") == "medium"
    assert layout_mode(medium_edge - 30, table, "narrow") == "narrow"
    assert layout_mode(medium_edge, table, "narrow") == "medium"
    assert layout_mode(medium_edge, table) == "medium" and layout_mode(wide_edge, table) == "wide"
    # A held layout never squeezes its charts under BARS_MIN_PX (the first review found 215 px bars).
    for width in range(table, table + 1200, 7):
        for current in ("wide", "medium", "narrow", None):
            room = width - table - SLACK_PX
            mode = layout_mode(width, table, current)
            assert mode == "narrow" or room >= (2 if mode == "wide" else 1) * BARS_MIN_PX
