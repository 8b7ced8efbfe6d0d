"""Any window size (issue 14): the window shrinks to 1024×700 and nothing visible is cut at
1024×700, 1280×800 or 1920×1080; executives' words first, engineering detail one tab away;
the spec sheet view; card colours agree with the warnings; typed values say what they did."""

from __future__ import annotations

import gui_test_support
import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from core.catalog import load_catalog
from core.scenario_io import builtin_scenario, builtin_scenario_names
from gui.fixed_label import FixedLinesLabel
from gui.formatting import gigabytes
from gui.views.spec_sheet_view import ratio_text

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle

SIZES = ((1024, 700), (1280, 800), (1920, 1080))


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible() and widget.width() > 0


def _cut_widgets(window: QWidget) -> list[str]:
    """Every visible label or button whose text needs more room than it is given."""
    cut: list[str] = []
    for label in window.findChildren(FixedLinesLabel):
        if _shown(label, window) and label.text() and label.needed_lines() > label.lines():
            cut.append(f"{label.objectName()}: {label.text()[:60]!r} needs {label.needed_lines()} lines")
        if _shown(label, window) and not label.wordWrap() and label.text():
            needed = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0])
            if needed > label.contentsRect().width():
                cut.append(f"{label.objectName()}: {label.text()[:60]!r} {needed}px in {label.contentsRect().width()}")
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or not label.text():
            continue
        area = label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                cut.append(f"QLabel {label.text()[:60]!r}: needs {label.heightForWidth(label.width())}px high")
        elif label.sizeHint().width() > label.width() + 1 and "\n" not in label.text():
            cut.append(f"QLabel {label.text()[:60]!r}: {label.sizeHint().width()}px in {area.width()}")
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window) and button.text() and button.minimumSizeHint().width() > button.width() + 1:
            cut.append(f"button {button.text()!r}: {button.minimumSizeHint().width()}px in {button.width()}")
    controls = window.controls
    if controls.widget().width() > controls.viewport().width():
        cut.append(f"controls {controls.widget().width()}px wide in {controls.viewport().width()}")
    return cut


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("tab", [0, 1], ids=["executive", "engineering"])
def test_nothing_is_cut_at_any_size(window, size, tab):
    window.results.tabs.setCurrentIndex(tab)
    window.resize(*size)
    for _ in range(4):
        QApplication.processEvents()
    assert (window.width(), window.height()) == size
    assert _cut_widgets(window) == []
    # The charts reflow into fewer columns instead of widening the window.
    assert window.charts.columns == (3 if size[0] >= 1600 else 2)
    assert all(chart.width() >= 200 for chart in window.charts.charts)


def test_examples_are_not_cut_at_the_smallest_size(window):
    window.resize(1024, 700)
    for name in [*builtin_scenario_names(), *builtin_scenario_names("article")]:
        window.document.replace(builtin_scenario(name), None)
        for _ in range(3):
            QApplication.processEvents()
        assert _cut_widgets(window) == [], name


def test_executives_first_engineering_one_click_away(window):
    results = window.results
    assert results.tabs.currentIndex() == 0
    summary = results.tabs.widget(0)
    for card in (results.cost, results.latency, results.cases, results.servers, results.bottleneck):
        assert card.parent() is summary and card.isVisible()
    for card in (results.throughput, results.ttft, results.tpot, results.memory, results.parallel):
        assert not card.isVisible()
    outcome = window.document.outcome
    assert results.servers.value.text() == "1 server"
    assert "8 GPUs" in results.servers.detail.text()
    assert results.cases.value.text().startswith("3,000 / ")
    results.tabs.setCurrentIndex(1)
    assert results.ttft.isVisible() and results.parallel.value.text().startswith(f"TP {outcome.tensor_parallel_size}")
    assert results.busy.detail.text().startswith("useful compute ")


def test_more_demand_than_the_fleet_serves_asks_for_more_servers(window):
    outcome = window.document.outcome
    window.document.request_change({"workload.cases_per_day": outcome.capacity_cases_per_day * 3}, "demand")
    settle(window)
    servers = window.results.servers
    assert servers.property("state") == "bad"
    assert int(servers.value.text().split()[0]) > 1


def test_card_colours_agree_with_the_warnings(window):
    results = window.results
    cards = [results.cost, results.latency, results.cases, results.servers, results.bottleneck,
             results.throughput, results.ttft, results.tpot, results.memory, results.parallel, results.busy]
    for name in [*builtin_scenario_names(), *builtin_scenario_names("article")]:
        window.document.replace(builtin_scenario(name), None)
        alarmed = [card.title.text() for card in cards if card.property("state") in ("tight", "bad")
                   and not card.detail.text().startswith("almost full")]  # the card itself says why
        assert not alarmed or window.document.outcome.warnings, (name, alarmed)
    seen_alarms = 0
    for count, cases, limit in ((1, 3000.0, None), (8, 200_000.0, None), (64, 100.0, 60.0), (16, 20_000.0, 600.0)):
        window.document.request_change({"hardware.accelerator_count": count, "workload.cases_per_day": cases,
                                        "workload.service_level.max_case_latency_s": limit}, "variant")
        settle(window)
        alarmed = [card.title.text() for card in cards if card.property("state") in ("tight", "bad")]
        seen_alarms += bool(alarmed)
        assert not alarmed or window.document.outcome.warnings, (count, cases, limit, alarmed)
    assert seen_alarms >= 2  # the variants did raise alarms to check


def test_spec_sheet_view_sets_the_chip_beside_another(window):
    window.spec_sheet_dock.show()
    QApplication.processEvents()
    view = window.spec_sheet
    catalog = load_catalog().accelerators
    assert view.reference_id() == "h100-sxm"
    assert view.ratios is not None and view.ratios.flops == pytest.approx(
        catalog["h20"].dense_tflops.fp8 / catalog["h100-sxm"].dense_tflops.fp8)
    assert "FLOPS 0.15× (FP8)" in view.headline.text() and "memory 1.2×" in view.headline.text()
    cells = {view.table.item(row, 0).text(): view.table.item(row, 1).text() for row in range(view.table.rowCount())}
    assert cells["Memory"] == gigabytes(96) and cells["Dense FP8 TFLOPS"] == "296"
    assert "2024-02" in cells["Price to buy"]
    compute = window.document.outcome.compute_utilization
    assert f"{compute * 100:.1f}%" in view.busy.text()
    view.set_reference("b200")
    assert view.ratios.reference.accelerator_id == "b200" and "B200" in view.headline.text()
    window.document.request_change({"hardware.accelerator_id": "mi300x"}, "chip")
    settle(window)
    QApplication.processEvents()  # views refresh in the event loop's next turn
    assert view.sheet.accelerator_id == "mi300x"
    assert view.table.item(1, 1).text() == gigabytes(load_catalog().accelerators["mi300x"].memory_gb)


def test_ratios_read_as_people_write_them():
    assert ratio_text(296 / 1978.9) == "0.15×"
    assert ratio_text(4.0 / 3.35) == "1.2×"
    assert ratio_text(6.68) == "6.7×"
    assert ratio_text(12.4) == "12×"
    assert ratio_text(0.004) == "0.004×"
    assert ratio_text(None) == "—"


def test_typed_values_beyond_the_slider_are_used_and_said(window):
    size = window.controls.model_size
    messages: list[str] = []
    size.notice.connect(messages.append)
    size.spin.lineEdit().setText("0.2")  # below the slider's range (a tenth of 671B)
    size.spin.interpretText()
    settle(window)
    assert window.document.scenario.model.total_params_b == pytest.approx(0.2)
    assert messages and "beyond the slider's range" in messages[-1] and messages[-1].startswith("Model size 0.2")
    size.spin.lineEdit().setText("0.01")  # below the least the box takes: moved to it, and said
    size.spin.interpretText()
    settle(window)
    assert messages[-1] == "Model size 0.01 B is below the range allowed; using 0.1 B."
    assert window.document.scenario.model.total_params_b == pytest.approx(0.1)
