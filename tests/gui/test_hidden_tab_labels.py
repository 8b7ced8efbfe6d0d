"""The engineering cards, on a tab not shown, do not measure their texts on every move; they
take the lines their texts need as the tab shows."""

from __future__ import annotations

import gui_test_support
from PySide6.QtWidgets import QApplication

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def _detail_labels(results):
    cards = (results.throughput, results.ttft, results.tpot, results.memory, results.parallel, results.busy)
    return [label for card in cards for label in (card.title, card.value, card.detail)]


def test_engineering_cards_fit_their_texts_when_their_tab_shows(window):
    results = window.results
    window.resize(1100, 900)  # cards narrow enough that their sentences wrap
    results.show_engineering_detail(True)
    QApplication.processEvents()
    labels = _detail_labels(results)
    results.show_engineering_detail(False)
    QApplication.processEvents()
    assert not any(label.isVisible() for label in labels)
    before = [label.lines() for label in labels]
    # A move while the tab is hidden: shorter sentences (a smaller model).
    slider = window.controls.sliders["model.total_params_b"]
    slider.move_slider_to(slider.slider.value() - 300)
    window.document.flush()
    QApplication.processEvents()
    assert [label.lines() for label in labels] == before  # nothing measured while hidden
    results.show_engineering_detail(True)
    QApplication.processEvents()
    fitted = [label.lines() for label in labels]
    assert fitted != before  # fewer lines for the shorter sentences, as the tab shows
    assert fitted == [max(label._min_lines, label.needed_lines()) for label in labels]
