"""Every cost assumption is visible and editable; a price entered per server keeps the chassis."""

from __future__ import annotations

import gui_test_support
import pytest

from core import evaluate

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_the_articles_server_price_rise_is_one_field(window):
    # "8×H20 servers rose from 1.0M to 1.1M RMB": typed per server, the dearer server costs more per claim.
    controls, document = window.controls, window.document
    assert controls.pricing_section.basis.currentData() == "server"
    dearer = document.outcome.cost_per_case
    controls.price.spin.setValue(1_000_000)
    controls.price.editFinished.emit()
    assert document.scenario.pricing.server_price == pytest.approx(1_000_000)
    assert document.outcome.cost_per_case < dearer
    assert document.outcome.capital_cost == pytest.approx(1_000_000)


def test_switching_the_price_basis_keeps_the_outlay(window):
    controls, document = window.controls, window.document
    before = document.outcome
    basis = controls.pricing_section.basis
    basis.setCurrentIndex(basis.findData("accelerator"))
    pricing = document.scenario.pricing
    assert pricing.server_price is None
    assert pricing.accelerator_price == pytest.approx((1_100_000 - 150_000) / 8)
    assert document.outcome.capital_cost == pytest.approx(before.capital_cost)
    assert document.outcome.cost_per_case == pytest.approx(before.cost_per_case)
    assert controls.pricing_section.chassis.isVisibleTo(window)  # the chassis is now its own field
    document.undo_stack.undo()
    assert document.scenario.pricing.server_price == pytest.approx(1_100_000)


def test_running_costs_are_editable_one_undo_step_each(window):
    controls, document = window.controls, window.document
    steps = document.undo_stack.count()
    for path, value, shown in (("pricing.electricity_price_per_kwh", 1.2, 1.2), ("pricing.pue", 1.6, 1.6),
                               ("pricing.hosting_per_server_year", 10_000 * 12, 10_000),
                               ("pricing.depreciation_years", 3.0, 3.0)):
        slider = controls.sliders[path]
        slider.spin.setValue(shown)
        slider.editFinished.emit()
        assert getattr(document.scenario.pricing, path.split(".")[1]) == pytest.approx(value)
    assert document.undo_stack.count() == steps + 4
    assert document.outcome.cost_per_case == pytest.approx(evaluate(document.scenario).cost_per_case)


def test_the_catalog_price_says_where_it_comes_from(window):
    controls = window.controls
    basis = controls.pricing_section.basis
    controls.catalog_price.click()  # catalog price per accelerator
    assert window.document.scenario.pricing.server_price is None
    assert basis.currentData() == "accelerator"
    tip = controls.catalog_price.toolTip()
    assert "Catalog:" in tip and "as of" in tip and "•" in tip


def test_each_article_claim_is_one_click_away_with_its_note(window):
    from core.scenario_io import builtin_scenario_names

    names = builtin_scenario_names("article")
    assert len(names) >= 6
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "E&xamples")
    article = next(action.menu() for action in menu.actions() if action.menu() is not None)
    assert len(article.actions()) == len(names)
    article.actions()[0].trigger()
    scenario = window.document.scenario
    assert scenario.name.startswith("Article:") and window.document.path is None
    assert window.note.isVisibleTo(window) and scenario.description[:40] in window.note.text()
    window.files.new()
    assert not window.note.isVisibleTo(window) or window.document.scenario.description


def test_money_is_never_in_scientific_notation_and_cpu_servers_are_called_so(window):
    from gui.formatting import money

    assert money(0.00273, "USD") == "$0.00273" and "e" not in money(1.234e-7, "CNY")
    window.files.open_example("r1-claims-cpu")
    assert window.controls.count_label.text() == "CPU servers"
    window.files.open_example("r1-claims-8xh20")
    assert window.controls.count_label.text() == "Accelerators"


def test_a_server_cheaper_than_its_chassis_is_not_silently_repriced(window):
    controls, document = window.controls, window.document
    document.request_change({"pricing.server_price": 1_000_000.0, "pricing.server_overhead_price": 2_000_000.0},
                            "set")
    document.end_gesture()
    outlay = document.outcome.capital_cost
    messages = []
    document.changeRejected.connect(messages.append)
    basis = controls.pricing_section.basis
    basis.setCurrentIndex(basis.findData("accelerator"))
    assert messages and "chassis" in messages[0]
    assert document.outcome.capital_cost == pytest.approx(outlay)
    assert basis.currentData() == "server"  # snapped back
    assert "-" not in controls.price_note.text()


def test_turning_the_catalog_price_off_keeps_the_exact_price(window):
    controls, document = window.controls, window.document
    document.request_change({"pricing.mode": "rent"}, "rent")
    document.end_gesture()
    assert controls.catalog_price.isChecked()
    before = document.outcome.cost_per_case
    controls.catalog_price.click()
    assert document.scenario.pricing.rental_price_per_accelerator_hour is not None
    assert document.outcome.cost_per_case == pytest.approx(before, rel=1e-12)


def test_controls_show_the_figures_a_file_holds_even_beyond_their_sliders(window):
    """A file the engine accepts may hold a rate, a hosting price or a write-off period beyond
    a slider's everyday span: the boxes show those figures (the ones the cards are computed
    with), never the slider's end."""
    document = window.document
    unusual = document.scenario.updated({"pricing.electricity_price_per_kwh": 3.0, "pricing.depreciation_years": 0.5,
                                         "pricing.hosting_per_server_year": 1_500_000})
    document.replace(unusual, None)
    sliders = window.controls.sliders
    assert sliders["pricing.electricity_price_per_kwh"].value() == pytest.approx(3.0)
    assert sliders["pricing.depreciation_years"].value() == pytest.approx(0.5)
    assert sliders["pricing.hosting_per_server_year"].value() == pytest.approx(125_000)  # a month
    assert document.scenario.pricing.electricity_price_per_kwh == 3.0  # and showing them changed nothing
