""""Which input matters": a tornado of cost per case and of time per case for ±swing of each
numeric input and the neighbouring choice of each categorical one (core.sensitivity).

Computed only while in view: then the tornado's evaluations are rows of the document's one
vectorized pass (core.overview's SENSITIVITY part), so it follows every move of a slider, in a
drag too (with other deciding views in view beside it, they take turns during a drag:
ScenarioDocument.live_views). Clicking a bar selects that control.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.messages import case_input_name, case_name
from core.overview import SENSITIVITY
from core.sensitivity import Bar, Tornado
from gui import language
from gui.catalog_labels import choice_label
from gui.document import ScenarioDocument
from gui.fixed_label import FixedLinesLabel
from gui.formatting import duration, error_words, listing, money, quantity, time_axis
from gui.language import translate
from gui.views.bar_plot import BarPlot
from gui.views.refresh import ViewRefresher

BARS_SHOWN = 10
# In a drag with other deciding views in view too (they take turns), the pause it waits for.
SENSITIVITY_DELAY_MS = 80


class SensitivityView(QWidget):
    def __init__(self, document: ScenarioDocument, focus_setting: Callable[[str], bool] | None = None,
                 theme: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.focus_setting = focus_setting
        self.result: Tornado | None = None
        self.refresh_count = 0
        self._computed_for: object = object()  # the tornado drawn (none yet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        # Its figures change with every move: a label whose size does not follow its text (a
        # QLabel would re-lay out the view at every step; this one grows only when a text needs it).
        self.summary = FixedLinesLabel(lines=2)
        self.summary.fit_lines()
        row.addWidget(self.summary, 1)
        row.addWidget(QLabel(translate("SensitivityView", "Swing ±")))
        self.swing = QDoubleSpinBox()
        self.swing.setRange(1, 90)
        self.swing.setValue(20)
        self.swing.setSuffix(" %")
        self.swing.setDecimals(0)
        self.swing.setToolTip(translate(
            "SensitivityView", "How far each number moves either way (categorical inputs: the neighbouring choice)."))
        self.swing.valueChanged.connect(self._swing_changed)
        row.addWidget(self.swing)
        layout.addLayout(row)
        charts = QHBoxLayout()
        self.cost = BarPlot(translate("SensitivityView", "Cost per case"), theme, note_lines=4)
        self.latency = BarPlot(translate("SensitivityView", "Time per case"), theme, note_lines=4)
        for plot, figure in ((self.cost, "cost_per_case"), (self.latency, "case_latency_s")):
            plot.rowClicked.connect(lambda index, f=figure: self.select_bar(f, index))
            charts.addWidget(plot, 1)
        layout.addLayout(charts, 1)
        self.key = QLabel(translate(
            "SensitivityView", "Blue: the input at its low value (or the previous choice); orange: at its high value "
                          "(or the next choice). Click a bar to select that control.") + " " + translate(
            "SensitivityView", "Whole numbers move by at least one, a fleet of full servers by whole servers.")
            + " " + translate(
            "SensitivityView", "⚠: at one end this fleet cannot serve the demand within the service level; "
                               "the bar shows what the fleet alone gives, the note how many accelerators it takes."))
        self.key.setObjectName("note")
        self.key.setWordWrap(True)
        layout.addWidget(self.key)
        self.refresher = ViewRefresher(self, document, self.refresh, SENSITIVITY_DELAY_MS, live=document.live_views,
                                       ready=lambda: document.holds_part(SENSITIVITY))
        document.declare_part(SENSITIVITY, self, self.refresher.in_view.in_view)

    def _swing_changed(self, percent: float) -> None:
        self.document.set_swing(percent / 100)
        if self.refresher.in_view.in_view():
            self.refresh(force=True)  # hidden: computed at the new swing when shown

    def bars(self, figure: str) -> tuple[Bar, ...]:
        return () if self.result is None else self.result.bars[figure][:BARS_SHOWN]

    def refresh(self, force: bool = False) -> None:
        self.document.ensure_part(SENSITIVITY)  # computed with every move while in view; now, if not yet
        overview = self.document.overview
        if self._computed_for is overview.tornado and not force:
            return
        self._computed_for = overview.tornado
        self.refresh_count += 1
        scenario = self.document.scenario
        self.result = overview.tornado
        if self.result is None:
            self.summary.setText(translate("SensitivityView", "No tornado: {error}").format(
                error=error_words(overview.failures.get(SENSITIVITY, ""))))
            return
        currency = scenario.pricing.currency
        base_cost = self.result.base["cost_per_case"]
        base_time = self.result.base["case_latency_s"]
        case = case_name(scenario.workload.case_name, language.current())
        self.cost.set_title(translate("SensitivityView", "Cost per {case}").format(case=case))
        self.latency.set_title(translate("SensitivityView", "Time per {case}").format(case=case))
        self.summary.setText(
            translate("SensitivityView", "Which input matters: each number ±{swing}% and each choice to its "
                      "neighbour, everything else held. Now {cost} and {time} per {case}; largest swing first.").format(
                swing=f"{self.swing.value():g}", cost=money(base_cost, currency), time=duration(base_time), case=case))
        self._draw(self.cost, "cost_per_case", base_cost, lambda v: money(v, currency),
                   translate("SensitivityView", "{currency} per {case}").format(currency=currency, case=case))
        per_second, unit = time_axis(base_time)  # the unit the card reads in, as the compare view's
        self._draw(self.latency, "case_latency_s", base_time, duration,
                   translate("SensitivityView", "{unit} per {case}").format(unit=unit, case=case), per_second)

    def _draw(self, plot: BarPlot, figure: str, base: float | None, show: Callable[[float | None], str],
              unit: str, scale: float = 1.0) -> None:
        """`scale`: the axis's units per unit of the figure (minutes per second for a minutes axis)."""
        bars = self.bars(figure)
        base_over = bool(self.document.outcome.over_capacity)
        names = [("⚠ " if bar.over_capacity and not base_over else "") + f"{self._name(bar)} "
                 f"({_value(bar.setting, bar.low_value)}…{_value(bar.setting, bar.high_value)})" for bar in bars]
        segments = []
        for row, bar in enumerate(bars):
            if base is None:
                continue
            if bar.low is not None:
                segments.append((row, base * scale, bar.low * scale, "accent"))
            if bar.high is not None:
                segments.append((row, base * scale, bar.high * scale, "second"))
        plot.show_rows(names, segments, reference=None if base is None else base * scale, x_title=unit,
                       include_zero=False)
        missing = [self._name(bar) for bar in bars if bar.low is None or bar.high is None]
        # Over capacity already, the note says so instead of naming each end's fleet.
        beyond = [] if base_over else [
            _beyond(end, self._name(bar), getattr(bar, f"{end}_accelerators_needed"), language.current())
            for bar in bars for end in ("low", "high") if getattr(bar, f"{end}_over_capacity")]
        plot.note.setText(translate("SensitivityView", "Base {value}.").format(value=show(base))
                          + (translate("SensitivityView", " No figure at one end of: {names}.").format(
                              names=listing(missing)) if missing else "")
                          + (translate("SensitivityView", " ⚠ Over capacity already: every figure is this fleet's "
                                       "alone, which cannot serve the demand.") if base_over
                             else translate("SensitivityView", " ⚠ Accelerators needed: {items}.").format(
                                 items=listing(beyond)) if beyond else ""))

    def _name(self, bar: Bar) -> str:
        """The input's name, with the scenario's case where it holds one ("calls per claim")."""
        return _input_name(bar.setting, bar.input, self.document.scenario.workload.case_name, language.current())

    def select_bar(self, figure: str, index: int) -> bool:
        """Select the control of the bar at `index` (0 = top); False when it has none."""
        bars = self.bars(figure)
        if not 0 <= index < len(bars) or self.focus_setting is None:
            return False
        return self.focus_setting(bars[index].setting)


@functools.lru_cache(maxsize=256)
def _input_name(setting: str, name: str, case: str, locale: str) -> str:
    """case_input_name, kept: a tornado names its twenty bars on every move of a slider."""
    return case_input_name(setting, name, case, locale)


@functools.lru_cache(maxsize=256)
def _beyond(end: str, name: str, count: int | None, locale: str) -> str:
    """"calls per claim: 16 at the high end" (or that no fleet size serves that end). Kept
    (`locale`: the words' language): a tornado notes up to twenty ends on every move."""
    if count:
        return (translate("SensitivityView", "{input}: {count} at the low end") if end == "low" else translate(
            "SensitivityView", "{input}: {count} at the high end")).format(input=name, count=quantity(count))
    return (translate("SensitivityView", "{input}: no fleet size serves the low end") if end == "low" else translate(
        "SensitivityView", "{input}: no fleet size serves the high end")).format(input=name)


def _value(setting: str, value: object) -> str:
    if isinstance(value, str):
        return choice_label(setting, value)
    if isinstance(value, int):
        return f"{value:,}"
    number = float(value)  # type: ignore[arg-type]
    return f"{number:,.0f}" if abs(number) >= 100 else f"{number:.3g}"
