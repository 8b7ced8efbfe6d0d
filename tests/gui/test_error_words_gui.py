"""The Chinese app says a file it cannot open, a note about a file and a typed value outside a
control's range in Chinese (one sentence each, the setting in the user's words)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import gui_test_support
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui import language
from gui.main_window import MainWindow

dialogs = gui_test_support.dialogs  # fixture
HAN = re.compile("[\u4e00-\u9fff]")
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b")
EXAMPLE = Path("resources/scenarios/r1-claims-8xh20.json")


@pytest.fixture
def chinese_window(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs) -> Iterator[MainWindow]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert language.install("zh_CN")
    window = gui_test_support.make_window(tmp_path)
    try:
        yield window
    finally:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        language.install("en")


def _file(tmp_path: Path, name: str, change) -> Path:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_file_out_of_range_is_said_in_chinese(chinese_window: MainWindow, tmp_path: Path, dialogs) -> None:
    bad = _file(tmp_path, "bad.json", lambda d: d["pricing"].update(pue=9))
    assert not chinese_window.files.open_path(bad, ask=False)
    said = dialogs.warnings[-1]
    assert said == "bad.json: PUE应在 1 到 5 之间（输入为 9）", said
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert not chinese_window.files.open_path(broken, ask=False)
    assert "不是有效的 JSON" in dialogs.warnings[-1] and not ENGLISH_RUN.search(dialogs.warnings[-1])


def test_a_note_about_an_old_file_is_said_in_chinese(chinese_window: MainWindow, dialogs) -> None:
    assert chinese_window.files.open_path(Path("tests/core/fixtures/schema-v1.json"), ask=False)
    note = dialogs.informations[-1]
    assert note.startswith("已从格式版本 1 升级到 2。") and not ENGLISH_RUN.search(note), note


def test_a_typed_value_outside_the_range_is_said_in_chinese(chinese_window: MainWindow) -> None:
    slider = chinese_window.controls.gpu_count
    messages: list[str] = []
    slider.notice.connect(messages.append)
    slider.spin.setFocus()
    slider.spin.selectAll()
    QTest.keyClicks(slider.spin, "100000")
    QTest.keyClick(slider.spin, Qt.Key.Key_Return)
    chinese_window.document.flush()
    assert messages and HAN.search(messages[-1]) and not ENGLISH_RUN.search(messages[-1]), messages
