"""Memory of one accelerator: weights, KV cache in use, reserve, free (stacked bar)."""

from __future__ import annotations

import numpy as np

from core import Outcome, Scenario
from core.translations import QT_TRANSLATE_NOOP
from gui.charts.base import Chart
from gui.charts.items import Bars
from gui.charts.ranges import linear_ticks
from gui.charts.words import chart_title, counts_cpu_servers
from gui.formatting import gigabytes
from gui.language import translate

SEGMENTS = (
    ("weights_gb", QT_TRANSLATE_NOOP("MemoryBreakdown", "Weights"), "accent"),
    ("kv_cache_gb", QT_TRANSLATE_NOOP("MemoryBreakdown", "KV cache"), "second"),
    ("reserve_gb", QT_TRANSLATE_NOOP("MemoryBreakdown", "Reserve"), "muted"),
    ("free_gb", QT_TRANSLATE_NOOP("MemoryBreakdown", "Free"), "free"),
)


MEMORY_HEADROOM = 1.06  # the axis ends this far past the chip's memory


class MemoryBreakdownChart(Chart):
    title = QT_TRANSLATE_NOOP("Chart", "Memory per accelerator")
    ignored_settings = ("name", "description", "hardware", "pricing", "model", "workload", "serving")
    note_lines = 3  # the legend, or why nothing fits, in full at any width

    def build(self) -> None:
        self.bars = self.add(Bars())
        self.plot.getAxis("left").setStyle(tickLength=0)
        self.plot.setYRange(-0.6, 0.6, padding=0)
        self.widths = np.zeros(len(SEGMENTS))
        self.setToolTip(
            translate("MemoryBreakdown", "How one accelerator's memory is used: the model's weights (its share under "
                "tensor "
            "parallelism), the KV cache of the calls in flight, the serving stack's reserve, "
            "and what is left free.")
        )

    def marker_key(self, scenario: Scenario, outcome: Outcome) -> object:
        return outcome.memory_per_accelerator, outcome.fits_in_memory, counts_cpu_servers(scenario)

    def redraw(self, scenario: Scenario, outcome: Outcome) -> None:
        cpu = counts_cpu_servers(scenario)
        self.set_title(chart_title(self.title, scenario))
        self.set_ticks("left", [(0, translate("MemoryBreakdown", "per CPU server") if cpu
                                 else translate("MemoryBreakdown", "per accelerator"))])
        self.set_axis_titles(translate("MemoryBreakdown", "GB per CPU server") if cpu
                             else translate("MemoryBreakdown", "GB per accelerator"), "")
        memory = outcome.memory_per_accelerator
        self.widths = np.array([getattr(memory, field) for field, _l, _c in SEGMENTS])
        starts = np.concatenate([[0.0], np.cumsum(self.widths)[:-1]])
        colors = [self.colors[color] for _f, _l, color in SEGMENTS]
        if not outcome.fits_in_memory:
            colors[0] = self.colors["highlight"]
        self.bars.set_bars(starts, np.zeros(len(SEGMENTS)), self.widths, 0.6, colors)
        right = max(memory.total_gb, float(self.widths.sum()))
        self._show_up_to(right)
        swatches = [self.colors.get(color, color) for _f, _l, color in SEGMENTS]
        entries: list[tuple[str | None, str, bool]] = []
        if not outcome.fits_in_memory:
            swatches[0] = self.colors["highlight"]
            entries.append((None, translate("MemoryBreakdown", "Does not fit: the weights alone exceed one CPU "
                                            "server.") if cpu else translate(
                "MemoryBreakdown", "Does not fit: the weights alone exceed one accelerator."), True))
        entries += [
            (swatch, f"{translate('MemoryBreakdown', label)} {gigabytes(width)}", False)
            for (_field, label, _color), swatch, width in zip(SEGMENTS, swatches, self.widths, strict=True)
            if outcome.fits_in_memory or width > 0
        ]
        entries.append((None, translate(
            "MemoryBreakdown", "of {total}").format(total=gigabytes(memory.total_gb)), False))
        self.set_legend_note(tuple(entries))

    def _show_up_to(self, right_gb: float) -> None:
        """The axis runs to the chip's memory with a little headroom (a 96 GB chip is not drawn
        on a 200 GB axis, as rounding to a 1-2-5 top would)."""
        view = (0.0, right_gb * MEMORY_HEADROOM)
        if self._ranges.get("x") == view:
            return
        self._ranges["x"] = view
        self.plot.setXRange(*view, padding=0)
        # Ticks within the memory itself: steps chosen for the headroom too would skip round ones.
        self._linear_views["bottom"] = (0.0, right_gb)
        self.set_ticks("bottom", linear_ticks(0.0, right_gb, self._tick_target("bottom")))
