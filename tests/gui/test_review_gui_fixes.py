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
