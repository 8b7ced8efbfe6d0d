"""Hostile review (rev42): a card changing state sets no palette; its opaque labels ask the card.
State changes before and after theme switches, in both themes."""

from __future__ import annotations

import gui_test_support
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from test_paint_path import _label_background_on_screen, _on_screen_equals_fresh_render

from gui.theme import colors

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def _check(window, card, theme, state):
    for _ in range(4):  # a card taller for a longer sentence: laid out, then painted
        QApplication.processEvents()
    expected = QColor(colors(theme)[state or "card"])
    assert card.surface_fill() == expected
    for label in (card.title, card.value, card.detail):
        assert _label_background_on_screen(window, label) == expected, (theme, state, label.objectName())
    assert _on_screen_equals_fresh_render(window, card, inset=8)


def test_a_card_state_across_theme_switches_paints_its_labels_in_the_colour_now(window):
    window.results.show_engineering_detail()
    memory = window.results.memory
    gpus = window.controls.gpu_count.spin
    gpus.setValue(1)
    window.document.flush()
    _check(window, memory, "light", "bad")
    window._set_theme("dark")
    _check(window, memory, "dark", "bad")
    gpus.setValue(8)
    window.document.flush()
    state = memory.property("state")
    assert state != "bad"
    _check(window, memory, "dark", state)
    gpus.setValue(1)
    window.document.flush()
    _check(window, memory, "dark", "bad")
    window._set_theme("light")
    gpus.setValue(8)
    window.document.flush()
    _check(window, memory, "light", memory.property("state"))


def test_a_card_title_follows_its_card_state_in_the_light_theme(window):
    """No theme switch: bad, then fits again; the title's text never changes, its background must."""
    window.results.show_engineering_detail()
    memory = window.results.memory
    gpus = window.controls.gpu_count.spin
    for count in (1, 8, 1, 8):
        gpus.setValue(count)
        window.document.flush()
        _check(window, memory, "light", memory.property("state"))


def test_a_chart_exported_in_the_dark_theme_is_the_light_chart_exported_in_the_light_theme(window, tmp_path):
    """An exported chart is always drawn light; in the dark theme its copy took the dark
    application palette's text colour: light text on the light chart (its title, and since the
    notes ask the chart's surface for their background, its note too: unreadable)."""
    from PySide6.QtGui import QImage

    from gui.export import export_chart_png

    memory = window.charts.memory
    export_chart_png(memory, window.document, tmp_path / "light.png")
    window._set_theme("dark")
    QApplication.processEvents()
    export_chart_png(window.charts.memory, window.document, tmp_path / "dark.png")
    window._set_theme("light")
    light, dark = QImage(str(tmp_path / "light.png")), QImage(str(tmp_path / "dark.png"))
    assert light.size() == dark.size()
    assert light == dark


def test_a_report_chart_made_in_the_dark_theme_draws_its_key_as_in_the_light_theme(window):
    """The PDF's charts are light: in the dark theme the latency chart's colour key was light text
    on the light chart."""
    from gui.report.charts import built_chart

    document = window.document
    data = (document.scenario, document.outcome, document.overview)
    light = built_chart("latency_vs_concurrency", data, 500, 300)
    light_image = light.grab().toImage()
    light.deleteLater()
    window._set_theme("dark")
    QApplication.processEvents()
    dark = built_chart("latency_vs_concurrency", data, 500, 300)
    dark_image = dark.grab().toImage()
    dark.deleteLater()
    window._set_theme("light")
    assert dark.key.isVisible() and dark.key.text()
    assert dark_image == light_image
