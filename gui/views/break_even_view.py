""""Own, rent or pay an API": what the same cases cost through an API (a sourced, dated price
from resources/catalogs/api_prices.json, or one you type), and the break-even chart over
monthly volume (log axes) with the cost lines of buying, renting and the API, crossings marked.

Computed only while in view: then the lines' evaluations are rows of the document's one
vectorized pass (core.overview's BREAK_EVEN part), so they follow every move of a slider, in a
drag too (with other deciding views in view beside it, they take turns during a drag:
ScenarioDocument.live_views); another API price redraws them without evaluating anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core import Scenario
from core.api_prices import (
    DAYS_PER_MONTH,
    ApiPrice,
    CostLines,
    api_cost_per_case,
    default_price,
    given_price,
    is_current,
    price_rate,
    prices_for,
)
from core.messages import case_name, render
from core.overview import BREAK_EVEN
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.charts.base import PALETTE
from gui.charts.items import Series
from gui.document import ScenarioDocument
from gui.fixed_label import FixedLinesLabel
from gui.formatting import compact_count, currency_symbol, error_words, money, number, whole_capacity
from gui.language import translate
from gui.views.refresh import ViewRefresher

# What the chart asks for: the dock's scroll area sizes a view whose labels wrap by its
# preferred height, and pyqtgraph's 480 px would push the x-axis below a docked view's edge.
PLOT_PREFERRED_SIZE = QSize(480, 180)
# In a drag with other deciding views in view too (they take turns), the pause it waits for.
BREAK_EVEN_DELAY_MS = 80
CUSTOM = QT_TRANSLATE_NOOP("BreakEvenView", "Your own price…")


class BreakEvenView(QWidget):
    def __init__(self, document: ScenarioDocument, theme: str = "light", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.colors = PALETTE[theme]
        self.lines: CostLines | None = None
        self.refresh_count = 0
        self._computed_for: object = None
        self._prices: list[ApiPrice] = []
        self._ticks_shown: dict[str, list[tuple[float, str]]] = {}  # axis -> the ticks it shows
        self._views: dict[str, tuple[float, float]] = {}  # "x"/"y" -> the view shown (log10 units)
        self._custom_currency = document.scenario.pricing.currency  # what "your own price" was typed in
        self._typed: tuple[float, float, str] | None = None  # your own price as typed (in, out, currency)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("BreakEvenView", "API price:")))
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _i: self._chose_price())
        row.addWidget(self.choice, 1)
        self.price_in, self.price_out = QDoubleSpinBox(), QDoubleSpinBox()
        for spin, tip, text in (
            (self.price_in, translate("BreakEvenView", "Price per million input tokens, in the scenario's currency"),
             translate("BreakEvenView", "per M in")),
            (self.price_out, translate("BreakEvenView", "Price per million output tokens, in the scenario's currency"),
             translate("BreakEvenView", "per M out")),
        ):
            spin.setRange(0, 1_000_000)
            spin.setDecimals(3)
            spin.setToolTip(tip)
            spin.valueChanged.connect(lambda _v: self._typed_price())
            row.addWidget(QLabel(text))
            row.addWidget(spin)
        layout.addLayout(row)
        # Its figures change with every move: a label whose size does not follow its text (a
        # QLabel would re-lay out the view at every step; this one grows only when a text needs it).
        self.summary = FixedLinesLabel(lines=2)
        self.summary.fit_lines()
        layout.addWidget(self.summary)
        self.plot_widget = CompactPlotWidget(background=self.colors["background"])
        self.plot_widget.setMenuEnabled(False)
        self.plot_widget.setMouseEnabled(x=False, y=False)
        self.plot_widget.hideButtons()
        self.plot_widget.setMinimumHeight(120)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLogMode(x=True, y=True)
        self.plot.vb.disableAutoRange()
        self.plot.setLabel("bottom", translate("BreakEvenView", "{cases} per month").format(cases=case_name(
            document.scenario.workload.case_name, language.current(), plural=True)))
        self.plot.setLabel("left", translate("BreakEvenView", "cost per month"))
        # A backdrop: the cost lines may run under the key, and their names must stay readable.
        backdrop = QColor(self.colors["background"])
        backdrop.setAlpha(225)
        # Bottom right: the lines start low on the left and end high on the right, so that corner is free.
        legend = self.plot.addLegend(offset=(-10, -10), brush=pg.mkBrush(backdrop),
                                     pen=pg.mkPen(self.colors["muted"]))
        self.curves: dict[str, Series] = {}
        for name, label, color in (("buy", translate("BreakEvenView", "Buy (own)"), "accent"),
                                   ("rent", translate("BreakEvenView", "Rent"), "third"),
                                   ("api", translate("BreakEvenView", "API"), "second")):
            curve = Series(pg.mkPen(self.colors[color], width=2))
            self.plot.addItem(curve, ignoreBounds=True)
            legend.addItem(curve, label)
            self.curves[name] = curve
        self.crossings = Series(None, dot_size=10, dot_color=self.colors["highlight"],
                                ring_color=self.colors["foreground"])
        self.plot.addItem(self.crossings, ignoreBounds=True)
        self.now_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(self.colors["muted"], width=1,
                                                                style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.now_line, ignoreBounds=True)
        layout.addWidget(self.plot_widget, 1)
        self.note = FixedLinesLabel(lines=2)
        self.note.setObjectName("note")
        self.note.fit_lines()
        layout.addWidget(self.note)
        self.refresher = ViewRefresher(self, document, self.refresh, BREAK_EVEN_DELAY_MS, live=document.live_views,
                                       ready=lambda: document.holds_part(BREAK_EVEN))
        document.declare_part(BREAK_EVEN, self, self.refresher.in_view.in_view)

    # --- the price ---------------------------------------------------------------------
    def _fill_prices(self) -> None:
        prices = list(prices_for(self.document.scenario))
        if [p.id for p in prices] == [p.id for p in self._prices] and self.choice.count():
            return
        self._prices = prices
        self.choice.blockSignals(True)
        self.choice.clear()
        for price in prices:
            marks = {"maker": translate("BreakEvenView", "model maker's API"),
                     "host": translate("BreakEvenView", "hosted open model"),
                     "closed": translate("BreakEvenView", "closed model, not this one")}
            kind = (translate("BreakEvenView", "maker's successor model, not this one")
                    if price.kind == "maker" and not price.same_model else marks.get(price.kind, price.kind))
            checked = ("" if price.verified else translate("BreakEvenView", ", unverified")) + (
                "" if is_current(price) else translate("BreakEvenView", ", withdrawn {date}").format(
                    date=price.valid_until))
            self.choice.addItem(translate("BreakEvenView", "{provider} — {input}/{output} {currency} per M ({kind}, "
                                          "{date}{checked})").format(
                provider=price.provider, input=f"{price.input_per_million:g}", output=f"{price.output_per_million:g}",
                currency=price.currency, kind=kind,
                date=price.date if price.date != "unknown" else translate("BreakEvenView", "date unknown"),
                checked=checked))
            self.choice.setItemData(self.choice.count() - 1, price.source, Qt.ItemDataRole.ToolTipRole)
        self.choice.addItem(translate("BreakEvenView", CUSTOM))
        chosen = default_price(self.document.scenario)
        default = next((i for i, price in enumerate(prices) if chosen is not None and price.id == chosen.id),
                       len(prices))
        self.choice.setCurrentIndex(default)
        self.choice.blockSignals(False)
        self._sync_spins()

    def _sync_spins(self) -> None:
        """Own prices are typed only for "your own price"; a catalog price shows its figures there,
        in the scenario's currency (and they are where one starts from when switching to one's own)."""
        index = self.choice.currentIndex()
        custom = index >= len(self._prices)
        scenario = self.document.scenario
        for spin, field in ((self.price_in, "input_per_million"), (self.price_out, "output_per_million")):
            spin.setEnabled(custom)
            if not custom and index >= 0:
                price = self._prices[index]
                spin.blockSignals(True)
                spin.setValue(getattr(price, field) * price_rate(price, scenario))
                spin.blockSignals(False)

    def _follow_currency(self, scenario: Scenario) -> None:
        """Your own price is the same money in the scenario's new currency (as every other price
        the currency bar converts); the boxes show the currency's symbol."""
        currency = scenario.pricing.currency
        if currency != self._custom_currency:
            if self.choice.currentIndex() >= len(self._prices):
                # From the figures as typed, not as last shown (rounded to the boxes' decimals, a
                # round trip through another currency would drift: 8 -> 7.999).
                typed_in, typed_out, typed_currency = self._typed or (
                    self.price_in.value(), self.price_out.value(), self._custom_currency)
                rate = price_rate(given_price(1.0, 1.0, typed_currency), scenario)
                for spin, value in ((self.price_in, typed_in), (self.price_out, typed_out)):
                    spin.blockSignals(True)
                    spin.setValue(value * rate)
                    spin.blockSignals(False)
            self._custom_currency = currency
        symbol = currency_symbol(currency).strip()
        for spin in (self.price_in, self.price_out):
            if spin.prefix() != symbol:
                spin.setPrefix(symbol)

    def state(self) -> tuple[str | None, float, float, str]:
        """The price chosen (its id; None: your own), the figures in the boxes and their currency,
        to carry over to a new view."""
        index = self.choice.currentIndex()
        chosen = self._prices[index].id if 0 <= index < len(self._prices) else None
        return chosen, self.price_in.value(), self.price_out.value(), self._custom_currency

    def restore(self, state: tuple[str | None, float, float, str]) -> None:
        """Choose again what `state` held."""
        chosen, price_in, price_out, currency = state
        self._fill_prices()
        ids = [price.id for price in self._prices]
        self.choice.setCurrentIndex(ids.index(chosen) if chosen in ids else len(self._prices))
        if chosen is None:
            self._custom_currency = currency
            for spin, value in ((self.price_in, price_in), (self.price_out, price_out)):
                spin.setValue(value)
        self._redraw()

    def price(self) -> ApiPrice:
        index = self.choice.currentIndex()
        if 0 <= index < len(self._prices):
            return self._prices[index]
        return given_price(self.price_in.value(), self.price_out.value(), self.document.scenario.pricing.currency)

    def _chose_price(self) -> None:
        self._typed = None  # your own price starts from the figures shown
        self._price_changed()

    def _typed_price(self) -> None:
        """The user typed a price: remembered as typed, in the currency it was typed in."""
        self._typed = (self.price_in.value(), self.price_out.value(), self._custom_currency)
        self._price_changed()

    def _price_changed(self) -> None:
        self._sync_spins()
        self._redraw()

    def _redraw(self) -> None:
        """At once while in view; otherwise when it comes into view (nothing computed meanwhile)."""
        if self.refresher.in_view.in_view():
            self.refresh(force=True)
        else:
            self._computed_for = None

    # --- computing ---------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        self.document.ensure_part(BREAK_EVEN)  # computed with every move while in view; now, if not yet
        scenario, outcome = self.document.scenario, self.document.outcome
        if self._computed_for is outcome and not force:
            return
        self._computed_for = outcome
        self.refresh_count += 1
        self._follow_currency(scenario)
        self._fill_prices()
        currency = scenario.pricing.currency
        case = case_name(scenario.workload.case_name, language.current())
        cases = case_name(scenario.workload.case_name, language.current(), plural=True)
        x_title = translate("BreakEvenView", "{cases} per month").format(cases=cases)
        if self.plot.getAxis("bottom").labelText != x_title:
            self.plot.setLabel("bottom", x_title)
        evaluated = self.document.overview.break_even
        if evaluated is None:
            self.summary.setText(translate("BreakEvenView", "No comparison: {error}").format(
                error=error_words(self.document.overview.failures.get(BREAK_EVEN, ""))))
            self._clear_chart("")
            return
        price = self.price()
        result, lines = evaluated.at_price(scenario, price)  # no evaluation: the pass had it
        capacity = evaluated.capacity_cases_per_day
        volumes = evaluated.cases_per_month
        own = outcome.cost_per_case
        volume = result.break_even_cases_per_day
        said_note = render(result.note_message, language.current()) if result.note_message else result.note
        note = said_note[:1].upper() + said_note[1:]
        off_peak = (translate("BreakEvenView", " ({cost} off-peak, {hours} UTC)").format(
            cost=money(api_cost_per_case(scenario, price, off_peak=True), currency), hours=price.off_peak.hours_utc)
            if price.off_peak is not None else "")
        # Over capacity the cards show no cost per case (what it serves misses the service level);
        # the note's "as busy as it can be" is the fleet's figure. No cost: the note says why.
        fleet = (translate("BreakEvenView", "Through the API: {api} per {case}{off_peak}; your fleet is over capacity "
                           "at this load. ") if outcome.over_capacity and own is not None
                 else translate("BreakEvenView", "Through the API: {api} per {case}{off_peak}; your fleet: {own} at "
                                "{served} {cases} a day. ") if own is not None
                 else translate("BreakEvenView", "Through the API: {api} per {case}{off_peak}. "))
        self.summary.setText(
            fleet.format(api=money(result.api_cost_per_case, currency), case=case, off_peak=off_peak,
                         own=money(own, currency), served=number(outcome.served_cases_per_day or 0), cases=cases)
            + (translate("BreakEvenView", "Break-even at {volume} {cases} a day ({monthly} a month): ").format(
                volume=number(volume), cases=cases, monthly=number(volume * DAYS_PER_MONTH))
               + said_note if volume is not None else note) + ("。" if language.current().startswith("zh") else "."))
        if result.capacity_cases_per_day is None or capacity is None:
            self._clear_chart(translate("BreakEvenView", "No lines: the fleet serves nothing."))
            return
        monthly = whole_capacity(capacity * DAYS_PER_MONTH)  # rounded down, as every capacity
        self.lines = lines
        # From one case a month (a tiny fleet's thousandth of its capacity is less than one case).
        drawn = volumes >= 1.0 if np.count_nonzero(volumes >= 1.0) >= 2 else np.ones(volumes.shape, dtype=bool)
        logx = np.log10(volumes[drawn])
        with np.errstate(divide="ignore", invalid="ignore"):
            for name, values in (("buy", lines.buy), ("rent", lines.rent), ("api", lines.api)):
                self.curves[name].setData(logx, np.log10(values[drawn]))
        points = [(name, v) for name, v in lines.crossings.items() if v is not None]
        self.crossings.setData(np.log10([v for _, v in points]),
                               np.log10([price_at(lines.api, volumes, v) for _, v in points]))
        demand = (outcome.cases_per_day or 0) * DAYS_PER_MONTH  # the demand, even beyond this fleet's capacity
        self.now_line.setVisible(demand > 0)
        if demand > 0:
            self.now_line.setValue(math.log10(demand))
        finite = np.concatenate([lines.buy[drawn], lines.rent[drawn], lines.api[drawn]])
        finite = finite[np.isfinite(finite) & (finite > 0)]
        if finite.size:
            low, high = self._held_view("y", math.log10(finite.min()), math.log10(finite.max()))
            symbol = currency_symbol(currency).strip()  # one style on every tick: ¥1k, ¥100k, ¥1M
            self._set_ticks("left", decade_ticks(low, high, lambda v: symbol + compact_count(v)))
        low, high = self._held_view("x", float(logx[0]), float(logx[-1]))
        self._set_ticks("bottom", decade_ticks(low, high, compact_count))
        said = [(translate("BreakEvenView", "Buying meets the API at {volume} {cases} a month") if name == "buy"
                 else translate("BreakEvenView", "Renting meets the API at {volume} {cases} a month")).format(
                     volume=number(v), cases=cases) for name, v in points]
        self.note.setText(("; ".join(said) + ". " if said else translate(
            "BreakEvenView", "No crossing in this range. "))
                          + (translate("BreakEvenView", "Dashed: your load. Beyond {monthly} a month (this fleet's "
                                       "capacity) the fleet grows in whole servers. API price: {source}.")
                             if outcome.service_level_reachable is not False else translate(
                                 "BreakEvenView", "Dashed: your load. No fleet of this chip meets the service level: "
                                 "the fleet's lines are its cost at its best latency, one call at a time. API price: "
                                 "{source}.")).format(monthly=number(monthly), source=(
                                     translate("BreakEvenView", "yours") if price.kind == "custom" or not price.source
                                     else f"{price.source} ({price.date})" if price.date else price.source)))


    def _clear_chart(self, note: str) -> None:
        """No lines to draw: none shown, and none exported (the last scenario's are not this one's)."""
        self.lines = None
        self._views.clear()  # the next lines set their views afresh
        for curve in (*self.curves.values(), self.crossings):
            curve.setData([], [])
        for axis in ("left", "bottom"):  # no scale to read: pyqtgraph's default 0-1 range in logs (2…9) misled
            self._set_ticks(axis, [])
        self.now_line.setVisible(False)
        self.note.setText(note)

    def _held_view(self, axis: str, low: float, high: float) -> tuple[float, float]:
        """The axis's view (log10 units) for data from `low` to `high`: snapped out to half
        decades and held while the data stays inside it and fills at least half of it. A new
        view makes pyqtgraph lay its axis out again (about 1 ms); a slider's move mostly shifts
        the lines by less than that margin."""
        shown = self._views.get(axis)
        margin = 0.02 * (high - low) or 0.1  # the lines never touch the frame, held or new
        if shown is not None and shown[0] <= low - margin and high + margin <= shown[1] \
                and 2 * (high - low) >= shown[1] - shown[0]:
            return shown
        view = (math.floor((low - margin) * 2) / 2, math.ceil((high + margin) * 2) / 2)
        # A little room past the end ticks: a label on the frame would be cut in half.
        pad = 0.04 * (view[1] - view[0])
        view = (view[0] - pad, view[1] + pad)
        self._views[axis] = view
        (self.plot.setXRange if axis == "x" else self.plot.setYRange)(*view, padding=0)
        return view

    def _set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        """New ticks only when they differ: new ones make the axis lay out its labels again,
        and most moves of a slider keep the decades the chart spans."""
        if self._ticks_shown.get(axis) != ticks:
            self._ticks_shown[axis] = ticks
            self.plot.getAxis(axis).setTicks([ticks, []])


class CompactPlotWidget(pg.PlotWidget):  # type: ignore[misc]
    """A plot that fits the room it gets: it prefers PLOT_PREFERRED_SIZE and grows into more."""

    def sizeHint(self) -> QSize:
        return PLOT_PREFERRED_SIZE


def decade_ticks(low: float, high: float, label: Callable[[float], str]) -> list[tuple[float, str]]:
    """Ticks at whole powers of ten between log10 values `low` and `high`, labelled plainly."""
    return [(float(k), label(10.0**k)) for k in range(math.ceil(low), math.floor(high) + 1)]


def price_at(api: np.ndarray, volumes: np.ndarray, volume: float) -> float:
    """The API line's cost at `volume` (it is proportional to volume)."""
    return float(api[0] / volumes[0] * volume)
