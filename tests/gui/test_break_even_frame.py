# ruff: noqa  (review 37's repro tests, kept as written)
"""The break-even chart never cuts a tick label at its frame nor lets a line touch it (review 37)."""
from __future__ import annotations
import gui_test_support
import numpy as np

window = gui_test_support.window
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_lines_touch_the_frame_after_a_drag(window, qapp):
    view = window.break_even
    window.break_even_dock.show(); window.break_even_dock.raise_(); qapp.processEvents()
    doc = window.document
    for count in range(8, 41):  # dragging the accelerator slider from 8 to 40
        doc.request_change({"hardware.accelerator_count": count}, "drag", merge_key="d")
        settle(window); qapp.processEvents()
    doc.end_gesture(); qapp.processEvents(); qapp.processEvents()
    (x0, x1), (y0, y1) = view.plot.vb.viewRange()
    ys = np.concatenate([c.getData()[1] for c in view.curves.values()])
    ys = ys[np.isfinite(ys)]
    view.grab().save("/tmp/r37_touch_held.png")
    held = (y0, y1, ys.max())
    # The same scenario drawn by a fresh view (no held axes): margin of 2%.
    view._views.clear(); view.refresh(force=True); qapp.processEvents()
    view.grab().save("/tmp/r37_touch_fresh.png")
    (_, _), (f0, f1) = view.plot.vb.viewRange()
    print("\nheld y view", held, "fresh y view", (f0, f1))
    gap_px = (y1 - ys.max()) / (y1 - y0) * view.plot.vb.height()
    assert gap_px >= 1.0, f"top line {gap_px:.2f} px from the frame"


def test_no_tick_label_sits_on_the_plots_top_edge(window, qapp):
    """16×H20 (the default example with 16 accelerators), drawn fresh: the y view snaps to
    (1.0, 7.0) and the ¥10M tick sits on the top edge, its label cut in half."""
    view = window.break_even
    window.break_even_dock.show(); window.break_even_dock.raise_(); qapp.processEvents()
    window.document.request_change({"hardware.accelerator_count": 16}, "t"); settle(window); qapp.processEvents()
    view._views.clear(); view.refresh(force=True); qapp.processEvents()
    (_, _), (y0, y1) = view.plot.vb.viewRange()
    ticks = [value for value, _ in view._ticks_shown["left"]]
    assert y1 not in ticks, f"y view {(y0, y1)}, ticks {ticks}: the top tick's label is clipped"
