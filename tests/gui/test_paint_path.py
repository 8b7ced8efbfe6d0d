"""The fast paint path stays correct: every changed chart and label is painted by the
event loop (repaints are held while charts settle, then asked for once), themes colour
self-painted panels, and explicit ticks cover the view."""

from __future__ import annotations

import itertools
import math
import random

import gui_test_support
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QWidget

from gui.charts.ranges import linear_ticks
from gui.fixed_label import FixedLinesLabel
from gui.formatting import duration
from gui.slider_spin import SLIDER_STEPS
from gui.theme import Section, apply_theme, colors

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


class PaintLog(QObject):
    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.painted: set[int] = set()
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(watched))
        return False


def test_every_changed_chart_and_label_is_painted_by_the_event_loop(window):
    QApplication.processEvents()
    charts = window.charts.charts
    viewports = [chart.plot_widget.viewport() for chart in charts]
    labels = [
        *window.results.findChildren(FixedLinesLabel),
        *window.charts.findChildren(FixedLinesLabel),
        window.charts.accelerators.name_column,
    ]
    log = PaintLog([*viewports, *labels])
    sliders = list(window.controls.sliders.values())
    rng = random.Random(3)
    checked_charts = checked_labels = 0
    for move in range(72):
        if move == 36:  # the second half with the engineering detail in view
            window.results.show_engineering_detail()
            QApplication.processEvents()
        slider = sliders[move % len(sliders)]
        step = min(SLIDER_STEPS, max(0, slider.slider.value() + rng.choice((-1, 1)) * rng.randint(5, 60)))
        redraws = [chart.redraw_count for chart in charts]
        texts = [label.text() for label in labels]
        log.painted.clear()
        slider.move_slider_to(step)
        settle(window)
        QApplication.processEvents()
        for chart, viewport, count in zip(charts, viewports, redraws, strict=True):
            if chart.redraw_count > count:
                checked_charts += 1
                assert id(viewport) in log.painted, f"{type(chart).__name__} redrew but was not painted"
        for label, text in zip(labels, texts, strict=True):
            if label.text() != text and label.isVisible():
                checked_labels += 1
                assert id(label) in log.painted, f"{label.objectName()} changed but was not painted"
    assert checked_charts > 72 and checked_labels > 54  # the moves did change things


def _label_background_on_screen(window, label) -> QColor:
    """The colour on screen at a label's right end, past its text."""
    point = label.mapTo(window, QPoint(label.width() - 2, label.height() // 2))
    return window.screen().grabWindow(window.winId()).toImage().pixelColor(point)


def _on_screen_equals_fresh_render(window, widget, inset: int = 0) -> bool:
    """What the offscreen backing store shows of `widget` equals a full fresh render of it
    (`inset` pixels in from its edges: a rounded panel's corners show what is behind it
    on screen, but its own colour in a render of it alone)."""
    # Only the part in view: a short window scrolls the figures, hiding the rest.
    visible = widget.visibleRegion().boundingRect().intersected(widget.rect().adjusted(inset, inset, -inset, -inset))
    top_left = widget.mapTo(window, visible.topLeft())
    width, height = visible.width(), visible.height()
    on_screen = window.screen().grabWindow(window.winId()).toImage()
    shown = on_screen.copy(top_left.x(), top_left.y(), width, height)
    fresh = widget.grab().toImage().copy(visible.x(), visible.y(), width, height)
    return shown == fresh.convertToFormat(shown.format())


def test_partly_repainted_widgets_on_screen_match_a_full_repaint(window):
    """The name column repaints only rows that changed and the warnings strip only its
    text: what is on screen must still equal a full fresh render of each."""
    column = window.charts.accelerators.name_column
    strip = window.results.warnings
    rng = random.Random(5)
    texts = set()
    for _ in range(12):
        for slider in (window.controls.gpu_count, window.controls.model_size, window.controls.output_tokens):
            slider.move_slider_to(rng.randint(0, SLIDER_STEPS))
            settle(window)
            QApplication.processEvents()
            texts.add(strip.text())
    assert column.names and len(texts) > 3  # names to compare; the strip changed text and colour
    assert _on_screen_equals_fresh_render(window, column)
    assert _on_screen_equals_fresh_render(window, strip)
    # Names taller than their rows (a large font, many bars): repainting a changed row
    # must clear the old name's glyphs that reached into its neighbours.
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() + 10)
    window.setFont(font)
    window.resize(1600, 700)
    QApplication.processEvents()
    window.figures.ensureWidgetVisible(column, 0, 0)  # a short window scrolls the figures: bring it in view
    QApplication.processEvents()
    assert column.visibleRegion().boundingRect().height() > column.height() // 2
    for _ in range(20):
        for slider in (window.controls.model_size, window.controls.gpu_count, window.controls.output_tokens):
            slider.move_slider_to(rng.randint(0, 600))
            settle(window)
            QApplication.processEvents()
        assert _on_screen_equals_fresh_render(window, column)


def test_accelerator_names_sit_level_with_their_bars(window):
    chart = window.charts.accelerators
    column = chart.name_column
    bottom_axis_heights = set()
    for change in ({"model.total_params_b": 300.0}, {"workload.case_name": "案例"}, {"model.total_params_b": 900.0},
                   {"workload.case_name": "claim"}):
        # Other orders and counts of bars; a title in another script makes the bottom axis
        # taller, moving the view inside the plot while the bars stay as they are.
        window.document.request_change(change, "Change")
        settle(window)
        for _ in range(3):
            QApplication.processEvents()
        bottom_axis_heights.add(round(chart.plot.getAxis("bottom").height()))
        order = [int(i) for i in np.argsort(chart.costs) if np.isfinite(chart.costs[i])]
        assert column.names == [f"{int(chart.counts[i])} × {chart.names[i]} · {duration(float(chart.latencies[i]))}"
                                for i in order]
        mine = window.document.scenario.hardware.accelerator_id
        current = [row for row, i in enumerate(order) if chart.ids[i] == mine]
        assert column.current == (current[0] if current else -1)
        viewport = chart.plot_widget.viewport()
        for row, centre in enumerate(column.name_centres_px()):
            # The bar's centre through the plot's own data-to-pixel mapping.
            scene = chart.plot.vb.mapViewToScene(QPointF(0.0, float(row)))
            in_viewport = chart.plot_widget.viewportTransform().map(scene)
            offset = column.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()
            assert abs(in_viewport.y() + offset - centre) <= 0.5
    assert len(bottom_axis_heights) > 1  # the case that moved the view inside the plot was met


def test_dark_theme_recolours_panels_and_cards(window):
    apply_theme(window, "dark")
    dark = colors("dark")
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(dark["window"])
    card = window.results.cost
    assert card.surface_colors()[0] == QColor(dark["card"])
    # Opaque labels paint their card's colour: the card's palette carries it.
    assert card.palette().color(QPalette.ColorRole.Window) == QColor(dark["card"])
    sections = window.controls.findChildren(Section)
    assert sections and all(section.surface_theme == "dark" for section in sections)
    image = window.grab().toImage()
    centre = window.results.cost.mapTo(window, window.results.cost.rect().center())
    assert image.pixelColor(centre).lightness() < 100  # a dark card, not a white one
    # An unchecked check box still shows its box: some pixel stands out from the panel.
    box = window.controls.catalog_price
    box.setChecked(False)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = window.grab().toImage()
    corner = box.mapTo(window, indicator.topLeft())
    panel = QColor(dark["card"]).lightness()
    lightness = [
        image.pixelColor(corner.x() + x, corner.y() + y).lightness()
        for x in range(indicator.width())
        for y in range(indicator.height())
    ]
    assert max(abs(value - panel) for value in lightness) > 50
    apply_theme(window, "light")
    assert card.surface_colors()[0] == QColor(colors("light")["card"])


def test_card_state_colours_follow_the_outcome(window):
    window.results.show_engineering_detail()  # the memory card is there
    window.controls.gpu_count.spin.setValue(1)  # R1 does not fit on one H20
    settle(window)
    memory = window.results.memory
    assert memory.property("state") == "bad"
    assert memory.surface_colors()[0] == QColor(colors("light")["bad"])
    # Its opaque labels paint what the card says is inside it now (no new palette: cheaper mid-drag).
    assert memory.surface_fill() == QColor(colors("light")["bad"])
    # Its labels paint their background themselves (kept between paints): on screen they
    # must show the new colour, as a fresh render of the card does.
    QApplication.processEvents()
    assert _on_screen_equals_fresh_render(window, memory, inset=8)
    assert _label_background_on_screen(window, memory.value) == memory.surface_colors()[0]
    window.controls.gpu_count.spin.setValue(8)  # fits again
    settle(window)
    QApplication.processEvents()
    assert memory.property("state") != "bad"
    assert _on_screen_equals_fresh_render(window, memory, inset=8)
    assert _label_background_on_screen(window, memory.value) == memory.surface_colors()[0]
    window.results.show_engineering_detail(False)  # the cost card is on the first tab
    apply_theme(window, "dark")
    QApplication.processEvents()
    assert _on_screen_equals_fresh_render(window, window.results.cost, inset=8)
    apply_theme(window, "light")


def test_memory_note_says_so_first_when_nothing_fits(window):
    window.controls.gpu_count.spin.setValue(1)
    settle(window)
    note = window.charts.memory.note.text()
    assert note.startswith("Does not fit")
    assert "Weights" in note and "GB" in note


@pytest.mark.parametrize(("low", "high"), [(0.0, 0.52), (0.0, 208.0), (0.0, 1040.0), (-0.1, 0.05), (3.0, 7.5)])
def test_linear_ticks_are_round_and_cover_the_view(low, high):
    ticks = linear_ticks(low, high)
    values = [value for value, _ in ticks]
    assert 3 <= len(values) <= 8
    assert all(low - 1e-9 <= value <= high + 1e-9 for value in values)
    steps = {round(b - a, 12) for a, b in itertools.pairwise(values)}
    assert len(steps) == 1  # evenly spaced
    step = steps.pop()
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 9) in (1.0, 2.0, 2.5, 5.0)
    assert values[-1] + step > high  # the last tick is the top one that fits


def test_linear_ticks_on_an_empty_or_broken_range():
    assert linear_ticks(1.0, 1.0) == []
    assert linear_ticks(0.0, float("nan")) == []


def test_charts_without_data_show_no_numbers_and_get_them_back(window):
    window.controls.gpu_count.spin.setValue(1)  # nothing fits: no concurrency curves
    settle(window)
    for chart in (window.charts.latency, window.charts.throughput):
        assert chart._ticks["left"] == [] and chart._ticks["bottom"] == []
    window.controls.gpu_count.spin.setValue(8)
    settle(window)
    for chart in (window.charts.latency, window.charts.throughput):
        assert len(chart._ticks["left"]) >= 2 and len(chart._ticks["bottom"]) >= 2


def test_theme_change_rebuilds_the_charts_in_its_colours(window):
    from gui.charts.base import PALETTE

    window._set_theme("dark")
    assert window.charts.charts[0].colors == PALETTE["dark"]
    QApplication.processEvents()
    counts = [chart.redraw_count for chart in window.charts.charts]
    window.controls.gpu_count.spin.setValue(16)
    settle(window)
    assert all(chart.redraw_count >= count for chart, count in zip(window.charts.charts, counts, strict=True))
    assert window.charts.cost_vs_gpus.redraw_count > counts[0]  # the new charts follow the document
    window._set_theme("light")
    assert window.charts.charts[0].colors == PALETTE["light"]
    assert window.charts.isVisible()


def test_curves_break_where_there_is_no_figure(qapp):
    import numpy as np

    from gui.charts.items import _finite_runs

    nan = float("nan")
    x = np.arange(9.0)
    y = np.array([nan, 1.0, 2.0, nan, 4.0, nan, 6.0, 7.0, 8.0])
    runs = _finite_runs(x, y)
    # Three finite runs; the lone point at 4 draws no line.
    assert [run.size() for run in runs] == [2, 3]
    assert [(run.at(0).x(), run.at(run.size() - 1).x()) for run in runs] == [(1.0, 2.0), (6.0, 8.0)]
    assert len(_finite_runs(x, x)) == 1 and _finite_runs(x, x)[0].size() == 9
    assert _finite_runs(np.array([]), np.array([])) == []


def test_time_ticks_are_spread_out():
    """Latency axis ticks sit at least half a decade apart, so their labels never touch."""
    from gui.charts.latency_vs_concurrency import time_ticks

    positions = [position for position, _label in time_ticks(1e-4, 1e6)]
    assert len(positions) >= 8
    assert min(np.diff(positions)) >= 0.5


class LayoutLog(QObject):
    """Counts the layout requests the controls panel's widgets receive."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.requests = 0
        for widget in [root, *root.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.requests += 1
        return False


def test_moving_price_and_load_sliders_does_not_re_lay_out_the_controls(window):
    """The price note's figures and the load labels ("Utilization (over capacity)") change on
    these moves: they repaint themselves; the controls panel is not laid out again."""
    QApplication.processEvents()
    controls = window.controls
    texts = {
        "price note": controls.pricing_section.price_note.text,
        "load labels": lambda: tuple(label.text() for label in controls.workload_section.load_labels.values()),
    }
    seen: dict[str, set[object]] = {name: {read()} for name, read in texts.items()}
    log = LayoutLog(controls.widget())
    rng = random.Random(5)
    cases = controls.sliders["workload.cases_per_day"]
    for move in range(40):
        slider = controls.sliders[("pricing.price", "hardware.accelerator_count", "pricing.server_overhead_price",
                                   "workload.cases_per_day")[move % 4]]
        step = slider.slider.value() + rng.choice((-1, 1)) * 40
        if slider is cases:  # in turn far over this fleet's capacity and back: the utilization label flips
            step = SLIDER_STEPS if move % 8 == 3 else SLIDER_STEPS // 3
        slider.move_slider_to(min(SLIDER_STEPS, max(0, step)))
        window.document.flush()
        QApplication.processEvents()
        for name, read in texts.items():
            seen[name].add(read())
    assert all(len(texts_seen) > 1 for texts_seen in seen.values()), seen  # both would have re-laid it out
    assert log.requests == 0
