"""The compare table's input rows: they come at once, and go only once the figures are still
(a row set changing on every slider move re-laid out the whole view)."""

from __future__ import annotations

import gui_test_support

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def _rows(view) -> list[str]:
    return [view.table.verticalHeaderItem(row).text() for row in range(view.table.rowCount())]


def test_an_input_row_stays_while_moving_and_goes_when_still(window, qapp):
    view, document = window.compare, window.document
    window.compare_dock.show()
    qapp.processEvents()
    view.pin_open.click()  # the open scenario pinned: nothing differs yet
    qapp.processEvents()
    label = "PUE"
    assert label not in _rows(view)
    original = document.scenario.pricing.pue
    document.request_change({"pricing.pue": original + 0.2}, "test")
    settle(window)
    assert label in _rows(view)  # a differing input shows at once
    document.request_change({"pricing.pue": original}, "test")
    settle(window)
    assert label in _rows(view)  # equal again: kept for now, the table keeps its shape
    view._tidy_timer.timeout.emit()  # the figures have been still for a moment
    qapp.processEvents()
    assert label not in _rows(view)
    assert view.table.rowCount() == len(_rows(view))


def test_a_view_that_must_compute_refreshes_in_the_next_turn_of_the_event_loop(window, qapp, monkeypatch):
    """Not inside the change's signal when it has to compute: at the end of a drag each view gets
    its own turn, so a new slider grab is handled in between (all at once blocked the window ~60 ms)."""
    window.sensitivity_dock.show()
    qapp.processEvents()
    view = window.sensitivity
    monkeypatch.setattr(window.document, "holds_part", lambda part: False)  # its figures not in the pass
    before = view.refresh_count
    window.document.request_change({"pricing.pue": window.document.scenario.pricing.pue + 0.1}, "test")
    settle(window)
    assert view.refresh_count == before  # not yet: the signal only scheduled it
    qapp.processEvents()
    assert view.refresh_count == before + 1


def test_a_view_whose_figures_are_in_the_pass_draws_within_the_change(window, qapp):
    """The tornado in view is rows of the change's own pass: it draws at once, so its paints join
    the window's one paint pass instead of a pass of their own a turn later."""
    window.sensitivity_dock.show()
    qapp.processEvents()
    view = window.sensitivity
    before = view.refresh_count
    window.document.request_change({"pricing.pue": window.document.scenario.pricing.pue + 0.1}, "test")
    settle(window)
    assert view.refresh_count == before + 1
    assert view.result is window.document.overview.tornado
    assert view.result.base["cost_per_case"] == window.document.outcome.cost_per_case


def test_a_pinned_scenario_without_a_bar_says_why(window, qapp):
    """The open scenario pinned, then made too small for its model: its empty bar rows say so."""
    view, document = window.compare, window.document
    window.compare_dock.show()
    qapp.processEvents()
    view.pin_open.click()
    document.request_change({"hardware.accelerator_count": 1}, "test")  # R1 in FP8 on one H20: no fit
    settle(window)
    qapp.processEvents()
    assert not document.outcome.fits_in_memory
    for plot in (view.cost, view.latency):
        assert plot.canvas.names[-1].endswith("(does not fit)")
        assert not plot.canvas.names[0].endswith("(does not fit)")  # the pinned one fits: its bar shows


def test_a_change_that_moves_nothing_is_signed_as_such():
    from gui.views.compare_labels import signed_money

    assert signed_money(0.208, "CNY") == "+¥0.208"
    assert signed_money(-0.168, "CNY") == "−¥0.168"
    assert signed_money(0.0, "CNY") == "±¥0"


def test_the_service_level_row_reads_as_limits_in_words():
    """It read 'case latency s 188.7' (field names and raw seconds)."""
    from core import default_scenario
    from gui.views.compare_labels import setting_text

    scenario = default_scenario().updated({"workload.service_level.max_case_latency_s": 188.7,
                                           "workload.service_level.max_time_per_output_token_s": 0.1})
    assert setting_text(scenario, "workload.service_level") == "claim ≤ 3 min 09 s; per token ≤ 100 ms"
