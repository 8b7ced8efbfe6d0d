"""Cost per case on every catalog accelerator for the same workload and GPU count,
each at its catalog price; sorted, the current chip highlighted."""

from __future__ import annotations

import numpy as np

from core import Outcome, Scenario
from core.catalog import load_catalog
from core.overview import ACCELERATOR, Overview, accelerator_ids
from gui.catalog_labels import short_accelerator_name
from gui.charts.base import Chart
from gui.charts.items import Bars
from gui.formatting import currency_symbol, money

NO_FIT_NAMES = 8  # the note has three lines: longer lists are cut, the tooltip has them all
CATALOG_PRICED = (
    "hardware.accelerator_id",
    "pricing.accelerator_price",
    "pricing.server_price",
    "pricing.rental_price_per_accelerator_hour",
    "name",
    "description",
)


class AcceleratorComparisonChart(Chart):
    title = "Cost per case on every accelerator (catalog prices)"
    ignored_settings = CATALOG_PRICED
    note_lines = 3

    def build(self) -> None:
        self.catalog = load_catalog()
        self.ids = accelerator_ids()  # the overview's order
        self.bars = self.add(Bars())
        self.plot.getAxis("left").setStyle(tickLength=0)
        self.names = [self._name(accelerator_id) for accelerator_id in self.ids]
        self.reserve_tick_text("left", self.names)
        self.plot.invertY(True)
        self.costs = np.full(self.ids.shape, np.nan)
        self.failure = ""
        self.setToolTip(
            "The same workload and GPU count on every accelerator in the catalog, each at its "
            "catalog price, cheapest first. Chips the model does not fit on are listed below "
            "the chart. Your accelerator is highlighted."
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return scenario.hardware.accelerator_id

    def recompute(self, overview: Overview) -> None:
        sweep = overview.by_accelerator
        self.costs = sweep["cost_per_case"] if sweep is not None else np.full(self.ids.shape, np.nan)
        self.failure = overview.failures.get(ACCELERATOR, "")

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        currency = scenario.pricing.currency
        symbol = currency_symbol(currency).strip()
        # The GPU count goes in the note, not the axis title: a new title re-lays out the axis.
        self.set_axis_titles(f"{symbol} per {scenario.workload.case_name}", "")
        fits = np.isfinite(self.costs)
        order = [int(i) for i in np.argsort(self.costs) if fits[i]]
        current = scenario.hardware.accelerator_id
        names = [self.names[i] for i in order]
        colors = [self.colors["highlight" if self.ids[i] == current else "accent"] for i in order]
        self.bars.set_bars(np.zeros(len(order)), np.arange(len(order)), self.costs[order], 0.7, colors)
        self.set_ticks("left", list(enumerate(names)))
        high = float(self.costs[order].max()) if order else 1.0
        self.set_ranges((0.0, high), None)
        if self._ranges.get("bars") != (len(order), 0.0):
            self._ranges["bars"] = (len(order), 0.0)
            self.plot.setYRange(-0.6, max(len(order), 1) - 0.4, padding=0)
        no_fit = [self.names[i] for i in range(len(self.ids)) if not fits[i]]
        lines = []
        if self.failure:
            lines.append(self.failure)
        if order:
            best = order[0]
            lines.append(
                f"{scenario.hardware.accelerator_count} GPUs each. "
                f"Cheapest: {names[0]} at {money(float(self.costs[best]), currency)}."
            )
        if current in self.ids and not fits[list(self.ids).index(current)]:
            lines.append("Your accelerator does not fit this model at this GPU count.")
        full = lines.copy()
        if no_fit:
            count = scenario.hardware.accelerator_count
            full.append(f"Does not fit on {count}: {', '.join(no_fit)}.")
            room = NO_FIT_NAMES if len(lines) < 2 else NO_FIT_NAMES // 4  # a longer note before: fewer names
            shown = no_fit if len(no_fit) <= room + 1 else no_fit[:room]
            more = f" and {len(no_fit) - len(shown)} more (hover for all)" if len(shown) < len(no_fit) else ""
            lines.append(f"Does not fit on {count}: {', '.join(shown)}{more}.")
        self.set_note(" ".join(lines), " ".join(full) if full != lines else None)

    def _name(self, accelerator_id: str) -> str:
        return short_accelerator_name(self.catalog.accelerators[accelerator_id])
