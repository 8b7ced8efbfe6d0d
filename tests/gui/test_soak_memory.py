"""Issue 13, memory: a long slider drag and many undo steps keep the process's memory flat,
and File → New frees the history. (Before: ~6.7 MB per 1,000 drag steps, never freed: each
step's merged undo command stayed referenced.) Fails on the old code by tens of MB."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import gui_test_support
import pytest

from gui.commands import ChangeScenarioCommand
from gui.document import UNDO_LIMIT

window = gui_test_support.window
dialogs = gui_test_support.dialogs

STATM = Path("/proc/self/statm")
MARGIN_MB = 12.0  # allocator noise and caches; the old leak was ~27 MB over the drag below


def _rss_mb() -> float:
    return int(STATM.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _commands(document) -> int:
    """Undo commands of `document` still alive in Python (other tests' windows may linger)."""
    gc.collect()
    return sum(1 for item in gc.get_objects()
               if isinstance(item, ChangeScenarioCommand) and item._document is document)


def _drag(window, steps: int, start: int = 0) -> None:
    document = window.document
    for step in range(start, start + steps):
        document.request_change(
            {"workload.output_tokens_per_call": 1000 + (step * 7) % 900 + 1}, "Output tokens", merge_key="out"
        )
        document.flush()
        if step % 50 == 0:
            window.charts.ensure_built()


@pytest.mark.skipif(not STATM.exists(), reason="reads RSS from /proc")
def test_a_long_drag_and_many_steps_keep_memory_flat(window, dialogs):
    _drag(window, 500)  # warm up: charts, caches, allocator pools
    window.document.end_gesture()
    gc.collect()
    before = _rss_mb()
    _drag(window, 4_000, start=500)  # one long drag
    window.document.end_gesture()
    gc.collect()
    after_drag = _rss_mb()
    assert after_drag - before < MARGIN_MB, f"{before:.1f} -> {after_drag:.1f} MB over a 4,000-step drag"
    assert window.document.undo_stack.count() <= 2 and _commands(window.document) <= 2  # one drag, one step

    for step in range(UNDO_LIMIT + 300):  # many separate steps: history is bounded
        window.document.request_change({"hardware.accelerator_count": 1 + step % 64}, "GPUs", merge_key="gpus")
        window.document.flush()
        window.document.end_gesture()
    assert window.document.undo_stack.count() <= UNDO_LIMIT
    assert _commands(window.document) <= UNDO_LIMIT
    gc.collect()
    assert _rss_mb() - before < MARGIN_MB

    dialogs.answer = dialogs.answer.Discard
    assert window.files.new()  # File → New frees the history
    assert window.document.undo_stack.count() == 0 and _commands(window.document) == 0
