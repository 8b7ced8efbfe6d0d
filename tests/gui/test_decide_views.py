"""Compare, sensitivity and own/rent/API views (issue 15): each renders, follows the open
scenario, and shows what core computes."""

from __future__ import annotations

import math

import gui_test_support
import pytest

from core import evaluate
from core.api_prices import api_cost_per_case, break_even, default_price, given_price
from core.scenario_io import builtin_scenario
from core.sensitivity import tornado
from gui.formatting import money

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def crossing_price(scenario):
    """An API price at which the API costs twice the busy fleet's cost per case (as in tests/core)."""
    probe = break_even(scenario, given_price(1.0, 1.0, scenario.pricing.currency))
    full = (probe.idle_cost_per_day + probe.cost_per_extra_case * probe.capacity_cases_per_day) / (
        probe.capacity_cases_per_day)
    factor = 2 * full / probe.api_cost_per_case
    return given_price(factor, factor, scenario.pricing.currency)


def _show(window, dock, qapp):
    dock.show()
    dock.raise_()
    qapp.processEvents()


def _side_by_side(window, qapp):
    """The tornado and the break-even both in view: the break-even moved to the bottom dock area."""
    from PySide6.QtCore import Qt

    for dock in (window.sensitivity_dock, window.break_even_dock):
        _show(window, dock, qapp)
    window.removeDockWidget(window.break_even_dock)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.break_even_dock)
    window.break_even_dock.show()
    window.sensitivity_dock.raise_()
    qapp.processEvents()
    assert window.document.views_in_view() == 2


def test_compare_view_pins_and_follows_the_open_scenario(window, qapp, tmp_path):
    view, document = window.compare, window.document
    _show(window, window.compare_dock, qapp)
    assert view.isVisible()
    assert view.table.columnCount() == 1 and view.fall is None  # nothing pinned yet
    view.pin_builtin("r1-claims-8xb200")
    qapp.processEvents()
    assert len(document.workspace.pinned) == 1
    assert view.table.columnCount() == 2
    fall = view.fall
    assert fall is not None and fall.cost_per_case_change is not None
    assert math.isclose(sum(item.cost_per_case_change for item in fall.attribution), fall.cost_per_case_change,
                        rel_tol=1e-9)
    b200 = evaluate(builtin_scenario("r1-claims-8xb200")).cost_per_case
    assert fall.base_cost_per_case == pytest.approx(b200, rel=1e-9)
    # A move of the open scenario updates the live column and (once settled) the waterfall.
    before = view.table.item(0, 1).text()
    window.controls.gpu_count.spin.setValue(16)
    settle(window)
    document.end_gesture()
    view.refresh(force=True)
    assert view.table.item(0, 1).text() != before
    assert view.fall is not None and view.fall.other_cost_per_case == pytest.approx(
        document.outcome.cost_per_case, rel=1e-9)
    # Pinning the open scenario, then undo: the workspace and the table follow.
    view.pin_open.click()
    qapp.processEvents()
    assert view.table.columnCount() == 3
    document.undo_stack.undo()
    qapp.processEvents()
    assert view.table.columnCount() == 2
    view.unpin.click()
    qapp.processEvents()
    assert document.workspace.pinned == () and view.table.columnCount() == 1
    assert not view.grab().isNull()


def test_compare_view_pins_the_planners_choice(window, qapp):
    _show(window, window.compare_dock, qapp)
    window.compare.pin_plan.click()
    qapp.processEvents()
    pinned = window.document.workspace.pinned
    assert len(pinned) == 1 and pinned[0].source == "plan" and pinned[0].name.startswith("Plan:")


def test_sensitivity_view_matches_core_and_selects_controls(window, qapp):
    view = window.sensitivity
    _show(window, window.sensitivity_dock, qapp)
    assert view.result is not None
    expected = tornado(window.document.scenario, 0.2)
    assert [bar.setting for bar in view.bars("cost_per_case")] == [
        bar.setting for bar in expected.bars["cost_per_case"][: len(view.bars("cost_per_case"))]]
    count = view.refresh_count
    window.controls.calls_per_case.spin.setValue(5)
    settle(window)
    window.document.end_gesture()
    qapp.processEvents()
    view.refresh()  # no-op if the move already refreshed it
    assert view.refresh_count > count
    assert view.result.base["cost_per_case"] == pytest.approx(window.document.outcome.cost_per_case, rel=1e-9)
    bars = view.bars("cost_per_case")
    with_control = [i for i, bar in enumerate(bars) if bar.setting in window.controls.sliders
                    or bar.setting in ("pricing.server_price", "hardware.accelerator_id")]
    assert with_control and view.select_bar("cost_per_case", with_control[0])
    assert not view.select_bar("cost_per_case", 99)
    assert not view.grab().isNull()


def test_break_even_view_marks_the_crossing_core_computes(window, qapp):
    view = window.break_even
    _show(window, window.break_even_dock, qapp)
    scenario = window.document.scenario
    price = default_price(scenario)
    assert price is not None and view.price().id == price.id
    assert "Through the API" in view.summary.text() and view.lines is not None
    # A price of your own, at which the API costs twice the busy fleet's cost per case: they cross.
    wanted = crossing_price(scenario)
    view.choice.setCurrentIndex(view.choice.count() - 1)
    view.price_in.setValue(wanted.input_per_million)
    view.price_out.setValue(wanted.output_per_million)
    qapp.processEvents()
    used = view.price()
    assert used.kind == "custom" and used.input_per_million == pytest.approx(wanted.input_per_million, abs=1e-3)
    expected = break_even(scenario, used).break_even_cases_per_day
    assert expected is not None and view.lines is not None
    assert view.lines.crossings["buy"] == pytest.approx(expected * 365.0 / 12.0, rel=1e-9)
    assert "Break-even" in view.summary.text()
    assert not view.grab().isNull()


def test_views_compute_nothing_while_hidden(window, qapp):
    counts = (window.sensitivity.refresh_count, window.break_even.refresh_count, window.compare.waterfall_count)
    window.controls.gpu_count.spin.setValue(16)
    settle(window)
    qapp.processEvents()
    assert (window.sensitivity.refresh_count, window.break_even.refresh_count,
            window.compare.waterfall_count) == counts


def test_clicking_a_tornado_bar_selects_its_control(window, qapp, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.sensitivity
    _show(window, window.sensitivity_dock, qapp)
    window.sensitivity_dock.setFloating(True)
    window.sensitivity_dock.resize(1400, 600)
    qapp.processEvents()
    asked: list[str] = []
    monkeypatch.setattr(view, "focus_setting", lambda setting: asked.append(setting) or True)
    plot = view.cost
    bars = view.bars("cost_per_case")
    row = 1
    assert plot.rows == [name for name in plot.rows] and len(plot.rows) == len(bars)
    QTest.mouseClick(plot.canvas, Qt.MouseButton.LeftButton, pos=plot.canvas.row_rect(row).center().toPoint())
    qapp.processEvents()
    assert asked == [bars[row].setting]


def test_a_new_theme_gets_new_views_that_still_follow(window, qapp):
    window.compare.pin_builtin("r1-claims-8xb200")
    _show(window, window.compare_dock, qapp)
    old = window.compare
    window._set_theme("dark")
    qapp.processEvents()
    assert window.compare is not old and window.compare_dock.widget().widget() is window.compare
    assert window.compare.table.columnCount() == 2  # the pin lives in the document
    window.controls.gpu_count.spin.setValue(16)
    settle(window)
    window.document.end_gesture()
    qapp.processEvents()
    window.compare.refresh(force=True)
    assert window.compare.fall is not None
    assert window.compare.fall.other_cost_per_case == pytest.approx(window.document.outcome.cost_per_case, rel=1e-9)


def test_compare_view_pins_a_file_and_says_why_a_bad_one_is_not_pinned(window, qapp, tmp_path):
    from core import save_scenario

    _show(window, window.compare_dock, qapp)
    good = tmp_path / "b200.json"
    save_scenario(builtin_scenario("r1-claims-8xb200"), good)
    window.compare.pin_path(good)
    qapp.processEvents()
    assert [item.source for item in window.document.workspace.pinned] == ["file"]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    window.compare.pin_path(bad)
    assert window.compare.message.text().startswith("Not pinned:")
    assert len(window.document.workspace.pinned) == 1
    for _ in range(3):
        window.compare.pin_builtin("r1-claims-cpu")
    qapp.processEvents()
    assert len(window.document.workspace.pinned) == 4
    window.compare.pin_builtin("r1-claims-cpu")  # a fifth: refused in words
    assert "at most 4" in window.compare.message.text()
    assert not window.compare.pin_open.isEnabled()


def test_the_deciding_view_in_front_follows_every_move_of_a_drag(window, qapp, monkeypatch):
    """Tabbed (one in front), the tornado or the break-even is rows of the document's own pass:
    every step of a drag that never pauses redraws it, matching core at that step."""
    import time

    monkeypatch.setattr("gui.document.DRAG_PAUSE_S", 60.0)  # the drag never counts as over
    for dock, view in ((window.sensitivity_dock, window.sensitivity), (window.break_even_dock, window.break_even)):
        _show(window, dock, qapp)
        dock.raise_()
        qapp.processEvents()
        assert window.document.views_in_view() == 1
        slider = window.controls.sliders["workload.cases_per_day"]
        position = slider.slider.value()
        for _ in range(8):
            position = position + 7 if position < 900 else 100
            before = view.refresh_count
            slider.move_slider_to(position)
            qapp.processEvents()
            qapp.processEvents()
            assert window.document.dragging and window.document.live_views()
            assert view.refresh_count > before
            outcome = window.document.outcome
            if view is window.sensitivity:
                assert view.result is not None
                assert view.result.base["cost_per_case"] == pytest.approx(outcome.cost_per_case, rel=1e-12)
            else:
                assert view.lines is not None and "Through the API" in view.summary.text()
                assert view.document.overview.break_even is not None
            time.sleep(0.005)
        window.document.end_gesture()


def test_costly_views_stay_live_in_a_drag_that_never_pauses(window, qapp, monkeypatch):
    """Side by side (all in view), the deciding views take turns in a drag whose steps come
    faster than the pause they wait for: one at a time, each in turn (DRAG_REFRESH_EVERY_MS
    apart), not only once it pauses."""
    import time

    from gui.views.refresh import DRAG_REFRESH_EVERY_MS
    from gui.views.sensitivity_view import SENSITIVITY_DELAY_MS

    window.document.pin(builtin_scenario("r1-claims-8xb200"), "", "example")
    for dock in (window.sensitivity_dock, window.break_even_dock, window.compare_dock):
        _show(window, dock, qapp)
        dock.setFloating(True)  # all three in view (tabbed, only the front one is)
    qapp.processEvents()

    def counts() -> list[int]:
        return [window.sensitivity.refresh_count, window.break_even.refresh_count, window.compare.waterfall_count]

    # Only the in-drag refreshes are under test: a step delayed past the pause by a busy machine
    # must not refresh the views through their pause timers instead, nor end the drag.
    monkeypatch.setattr("gui.document.DRAG_PAUSE_S", 60.0)
    for schedule in (window.sensitivity.refresher.schedule, window.break_even.refresher.schedule,
                     window.compare._waterfall_schedule):
        schedule.timer.setInterval(60_000)
    before = counts()
    slider = window.controls.sliders["workload.cases_per_day"]
    step_s = SENSITIVITY_DELAY_MS / 1000 / 3  # well under the pause the views wait for
    start = time.monotonic()
    position = slider.slider.value()
    most_per_step = 0
    while time.monotonic() - start < 5 * DRAG_REFRESH_EVERY_MS / 1000:
        position = position + 7 if position < 900 else 100
        ahead = counts()
        slider.move_slider_to(position)
        qapp.processEvents()
        most_per_step = max(most_per_step, sum(now - then for now, then in zip(counts(), ahead, strict=True)))
        time.sleep(step_s)
    elapsed_s = time.monotonic() - start
    assert window.document.dragging  # the drag has not paused or ended
    assert window.document.views_in_view() == 2 and not window.document.live_views()  # they take turns
    after = counts()
    assert all(now > then for now, then in zip(after, before, strict=True)), (before, after)  # each in turn
    assert most_per_step == 1  # one view at a time: no step carries two refreshes
    assert sum(after) - sum(before) <= elapsed_s * 1000 / DRAG_REFRESH_EVERY_MS + 1


def test_a_view_behind_another_docks_tab_waits_until_brought_forward(window, qapp):
    """Tabbed docks behind the front one stay "visible" to Qt (moved out of the window): they
    compute nothing on a change, and catch up when their tab is brought forward."""
    for dock in (window.sensitivity_dock, window.break_even_dock):
        _show(window, dock, qapp)
    assert window.break_even_dock.visibleRegion().isEmpty() is False  # in front: raised last
    behind = window.sensitivity
    before = (behind.refresh_count, window.break_even.refresh_count)
    window.document.request_change({"workload.calls_per_case": 6}, "test")
    settle(window)
    qapp.processEvents()
    assert behind.refresh_count == before[0]  # behind the tab: nothing computed
    assert window.break_even.refresh_count > before[1]  # in front: refreshed
    window.sensitivity_dock.raise_()
    qapp.processEvents()
    qapp.processEvents()
    assert behind.refresh_count > before[0]
    assert behind.result is not None and behind.result.base["cost_per_case"] == pytest.approx(
        window.document.outcome.cost_per_case, rel=1e-9)


def test_a_theme_switch_keeps_the_deciding_views_choices(window, qapp):
    window.document.pin(builtin_scenario("r1-claims-8xb200"), "", "example")
    window.document.pin(builtin_scenario("r1-claims-cpu"), "", "example")
    for dock in (window.compare_dock, window.sensitivity_dock, window.break_even_dock):
        _show(window, dock, qapp)
    window.compare.baseline.setCurrentIndex(1)
    window.sensitivity.swing.setValue(35)
    view = window.break_even
    view.choice.setCurrentIndex(view.choice.count() - 1)  # your own price
    view.price_in.setValue(1.0)
    view.price_out.setValue(2.0)
    qapp.processEvents()
    window._set_theme("dark")
    qapp.processEvents()
    assert window.compare.baseline.currentIndex() == 1
    assert window.sensitivity.swing.value() == 35
    used = window.break_even.price()
    assert used.kind == "custom" and (used.input_per_million, used.output_per_million) == (1.0, 2.0)


def test_your_own_api_price_is_the_same_money_in_a_new_currency(window, qapp):
    _show(window, window.break_even_dock, qapp)
    view = window.break_even
    view.choice.setCurrentIndex(view.choice.count() - 1)
    view.price_in.setValue(7.2)
    view.price_out.setValue(14.4)
    qapp.processEvents()
    scenario = window.document.scenario
    before = api_cost_per_case(scenario, view.price())
    rate = scenario.pricing.cny_per_usd
    window.share.currency_bar.switch_to("USD")  # every price converted, as the menu does
    settle(window)
    qapp.processEvents()
    usd = window.document.scenario
    assert usd.pricing.currency == "USD" and view.price().currency == "USD"
    assert view.price_in.value() == pytest.approx(7.2 / rate, abs=1e-3)
    assert api_cost_per_case(usd, view.price()) == pytest.approx(before / rate, rel=1e-3)
    assert view.price_in.prefix() == "$"
    # And back: the price as typed, not drifted by the boxes' rounding in dollars (7.2 -> 7.199).
    window.share.currency_bar.switch_to("CNY")
    settle(window)
    qapp.processEvents()
    assert (view.price_in.value(), view.price_out.value()) == (7.2, 14.4)
    assert "()" not in view.note.text()


def test_showing_a_view_from_the_menu_brings_its_dock_forward(window, qapp):
    _show(window, window.compare_dock, qapp)
    window.sensitivity_dock.toggleViewAction().trigger()
    qapp.processEvents()
    assert not window.sensitivity.visibleRegion().isEmpty()


def test_the_compare_table_catches_up_when_its_tab_comes_forward(window, qapp):
    window.document.pin(builtin_scenario("r1-claims-8xb200"), "", "example")
    _show(window, window.compare_dock, qapp)
    _show(window, window.sensitivity_dock, qapp)  # in front of compare
    window.document.request_change({"workload.calls_per_case": 7}, "test")
    settle(window)
    qapp.processEvents()
    open_column = window.compare.table.columnCount() - 1
    cost_row = 0
    assert window.compare.table.item(cost_row, open_column).text() != money(
        window.document.outcome.cost_per_case, "CNY")  # behind the tab: not redrawn
    window.compare_dock.raise_()
    qapp.processEvents()
    assert window.compare.table.item(cost_row, open_column).text() == money(
        window.document.outcome.cost_per_case, "CNY")


def test_time_bars_read_in_the_unit_the_cards_use(window, qapp):
    """A case of minutes is drawn on a minutes axis (228 s is 3.8 on it), in compare and tornado."""
    _show(window, window.compare_dock, qapp)
    _show(window, window.sensitivity_dock, qapp)
    window.sensitivity.refresh(force=True)
    latency_s = window.document.outcome.case_latency_s
    assert 120 < latency_s < 7200  # the default example takes minutes
    canvas = window.compare.latency.canvas
    assert canvas.x_title == "minutes"
    [(_row, start, end, _color)] = canvas.segments
    assert start == 0.0 and end == pytest.approx(latency_s / 60, rel=1e-12)
    tornado_canvas = window.sensitivity.latency.canvas
    assert tornado_canvas.x_title == "minutes per claim"
    assert tornado_canvas.reference == pytest.approx(latency_s / 60, rel=1e-12)
    bar = window.sensitivity.bars("case_latency_s")[0]
    assert any(end == pytest.approx(bar.high / 60, rel=1e-12) for *_, end, _ in tornado_canvas.segments)
    # Seconds stay seconds: one call a case, a short answer.
    window.document.request_change({"workload.calls_per_case": 1.0, "workload.output_tokens_per_call": 100.0}, "short")
    settle(window)
    window.compare.refresh(force=True)
    assert window.document.outcome.case_latency_s < 120
    assert canvas.x_title == "seconds"
    # Nothing fits (one accelerator): no figure to read, no made-up unit.
    window.document.request_change({"hardware.accelerator_count": 1}, "one")
    settle(window)
    window.compare.refresh(force=True)
    window.sensitivity.refresh(force=True)
    assert window.document.outcome.case_latency_s is None
    assert canvas.x_title == "seconds" and tornado_canvas.x_title.startswith("seconds")


def test_the_time_axis_follows_the_card_not_the_whiskers():
    from gui.formatting import time_axis

    assert time_axis(227.3) == (1 / 60, "minutes")  # 3 min 47 s
    assert time_axis(56.5) == (1.0, "seconds")
    assert time_axis(0.42) == (1000.0, "milliseconds")
    assert time_axis(3 * 3600.0) == (1 / 3600, "hours")
    assert time_axis(None) == (1.0, "seconds") and time_axis(0.0) == (1.0, "seconds")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_disabled_controls_look_disabled_in_both_themes(window, qapp, theme):
    from PySide6.QtGui import QPalette

    from gui.theme import apply_theme

    apply_theme(window, theme)
    palette = window.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        assert palette.color(QPalette.ColorGroup.Disabled, role) != palette.color(QPalette.ColorGroup.Active, role)
    # The validation view is a window of its own: it takes the theme too, plot included.
    window._set_theme(theme)
    window.show_validation()
    dialog = window.validation_dialog
    assert dialog.palette().color(QPalette.ColorRole.Window) == window.palette().color(QPalette.ColorRole.Window)
    assert dialog.theme == theme
    dialog.close()
    # Other dialogs and message boxes too: the application's palette carries the theme.
    from PySide6.QtWidgets import QApplication, QDialog

    assert QApplication.palette().color(QPalette.ColorRole.Window) == window.palette().color(QPalette.ColorRole.Window)
    other = QDialog(window)
    assert other.palette().color(QPalette.ColorRole.Window) == window.palette().color(QPalette.ColorRole.Window)
    other.deleteLater()


def test_over_capacity_the_break_even_view_gives_no_fleet_cost_per_case_the_cards_do_not(window, qapp):
    """At 10,000 claims a day on one 8xH20 server the cards say 'Over capacity'; the view said
    'your fleet: ¥0.147 at 6,943 claims a day' beside 'even as busy as it can be … ¥0.286'."""
    _show(window, window.break_even_dock, qapp)
    # Dearer power: over capacity this fleet's figure would otherwise round to the API's ¥0.144.
    window.document.request_change({"workload.cases_per_day": 10_000.0, "pricing.electricity_price_per_kwh": 1.5},
                                   "over capacity")
    window.document.flush()
    window.break_even.refresh(force=True)
    qapp.processEvents()
    outcome = window.document.outcome
    assert outcome.over_capacity
    fleet_figure = money(outcome.cost_per_case, "CNY")
    api_figure = money(api_cost_per_case(window.document.scenario, window.break_even.price()), "CNY")
    assert fleet_figure != api_figure
    summary = window.break_even.summary.text()
    assert "over capacity" in summary and fleet_figure not in summary


def test_a_new_swing_redraws_the_tornado_shown_or_hidden(window, qapp):
    """The swing is part of what the tornado is computed for: the bars follow it at once, and a
    hidden view shows the new swing when it comes back (as the CLI's --swing gives it)."""
    view = window.sensitivity
    _show(window, window.sensitivity_dock, qapp)
    view.swing.setValue(35)
    qapp.processEvents()
    expected = tornado(window.document.scenario, 0.35)
    assert view.result is not None and view.result.swing == 0.35
    assert view.result.as_json() == expected.as_json()
    assert "±35%" in view.summary.text()
    window.sensitivity_dock.hide()
    qapp.processEvents()
    view.swing.setValue(10)
    _show(window, window.sensitivity_dock, qapp)
    qapp.processEvents()
    assert view.result is not None and view.result.as_json() == tornado(window.document.scenario, 0.1).as_json()


def test_charts_catch_up_after_a_drag_with_both_deciding_views_in_view(window, qapp):
    """With the tornado and the break-even side by side, their own small passes during a drag
    keep the per-accelerator chart's deferred part deferred: it catches up (and is redrawn) once
    the drag pauses, not silently computed and never drawn."""
    import time

    import numpy as np

    from core.overview import analyze
    from gui.charts.accelerator_comparison import AcceleratorComparisonChart

    _side_by_side(window, qapp)
    chart = next(iter(window.charts.findChildren(AcceleratorComparisonChart)))

    def wait(ms: float) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.005)

    for cases in (3500, 4000, 5000, 6000, 8000):
        window.document.request_change({"workload.cases_per_day": float(cases)}, "drag", merge_key="drag")
        wait(30)
    wait(600)  # a pause: the views' turns, then the document's refresh of what waited
    window.document.end_gesture()
    wait(300)
    _, fresh = analyze(window.document.scenario)
    np.testing.assert_allclose(chart.costs, np.asarray(fresh.by_accelerator["cost_per_case"]), equal_nan=True)


def test_a_part_that_cannot_be_computed_says_why_once_a_move(window, qapp):
    """A chip of your own without a rental price has no renting line: the break-even says why,
    and a move tries the part once (in the window's pass), not again for the view."""
    from core import default_scenario
    from core.catalog import load_catalog
    from core.scenario import scenario_from_dict

    data = default_scenario().model_dump(mode="json")
    chip = load_catalog().accelerator("h20").model_dump(mode="json")
    chip.update(id="mychip", name="My chip", purchase_price_usd=None, rental_price_usd_per_hour=None)
    data["hardware"]["custom_accelerator"], data["hardware"]["accelerator_id"] = chip, "mychip"
    loaded = scenario_from_dict(data)
    scenario = loaded[0] if isinstance(loaded, tuple) else loaded
    window.document.replace(scenario, None)
    _show(window, window.break_even_dock, qapp)
    assert "break_even" in window.document.overview.failures
    assert "No comparison" in window.break_even.summary.text()
    passes = []
    analysis = window.document._analysis
    window.document._analysis = lambda *args, **kwargs: passes.append(1) or analysis(*args, **kwargs)
    window.document.request_change({"workload.cases_per_day": 2500.0}, "test")
    window.document.flush()
    qapp.processEvents()
    qapp.processEvents()
    assert len(passes) == 1 and "No comparison" in window.break_even.summary.text()


def test_side_by_side_a_pause_computes_each_deciding_part_once(window, qapp, monkeypatch):
    """Both deciding views in view, one step of a slider (a key press) and a pause: the tornado's
    and the break-even's rows are each evaluated once, not once per view's turn and again when
    the deferred chart catches up."""
    import time

    import core.overview

    counts = {"tornado": 0, "break_even": 0}
    tornado_request, break_even_request = core.overview.tornado_request, core.overview.break_even_request

    def counted_tornado(*args, **kwargs):
        counts["tornado"] += 1
        return tornado_request(*args, **kwargs)

    def counted_break_even(*args, **kwargs):
        counts["break_even"] += 1
        return break_even_request(*args, **kwargs)

    _side_by_side(window, qapp)
    monkeypatch.setattr(core.overview, "tornado_request", counted_tornado)
    monkeypatch.setattr(core.overview, "break_even_request", counted_break_even)
    window.document.request_change({"workload.output_tokens_per_call": 1600}, "key", merge_key="key")
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.005)
    assert counts == {"tornado": 1, "break_even": 1}
    assert window.sensitivity.result is not None and window.sensitivity.result.as_json() == tornado(
        window.document.scenario, window.document.swing).as_json()


def test_a_fleet_that_serves_nothing_draws_and_exports_no_lines(window, qapp):
    """After a scenario whose fleet serves nothing, the break-even holds no lines (its CSV export
    has none of the scenario before)."""
    from gui.views.view_export import break_even_csv

    _show(window, window.break_even_dock, qapp)
    assert window.break_even.lines is not None
    window.document.replace(builtin_scenario("r1-claims-8xh100"), None)  # R1 does not fit 8 H100s
    qapp.processEvents()
    qapp.processEvents()
    assert window.break_even.lines is None
    assert len(break_even_csv(window.break_even).splitlines()) == 1  # the header only


def test_a_hidden_break_even_computes_nothing_when_its_price_is_restored(window, qapp):
    view = window.break_even
    _show(window, window.break_even_dock, qapp)
    state = view.state()
    window.break_even_dock.hide()
    qapp.processEvents()
    count = view.refresh_count
    view.restore(state)
    assert view.refresh_count == count
    _show(window, window.break_even_dock, qapp)
    assert view.refresh_count > count and view.lines is not None
