"""The Chinese interface: every visible string is translatable and translated, the shipped .qm
is compiled from the shipped .ts, and a window built under a pseudo-locale shows no text that
went around the translator."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import gui_test_support
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableWidget,
    QWidget,
)

from core.api_prices import load_api_prices
from core.catalog import load_catalog
from core.scenario_io import builtin_scenario, builtin_scenario_names
from gui import language
from gui.fixed_label import FixedLinesLabel
from gui.main_window import MainWindow
from gui.theme import Section

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "inferonomics_zh_CN.ts"
QM = TS.with_suffix(".qm")
SCRIPTS = Path(sys.executable).parent
OPEN, CLOSE = "⟦", "⟧"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(SCRIPTS)) or shutil.which(name)
    assert found, f"{name} ships with PySide6-Essentials and should be next to {sys.executable}"
    return found


def _messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]  # type: ignore[misc]


def test_every_marked_string_has_a_finished_translation(tmp_path: Path) -> None:
    """lupdate over core and gui into a copy of the shipped .ts: nothing new, nothing unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
                    "core", "gui", "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    messages = _messages(copy)
    assert len(messages) > 400  # the extraction found the interface, not an empty tree
    missing = [(context, source) for context, source, translation in messages
               if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
               or not (translation.text or "").strip()]
    assert not missing, f"{len(missing)} strings have no zh_CN translation (run ./dev translations), e.g. {missing[:5]}"
    assert {(c, s) for c, s, _ in messages} == {(c, s) for c, s, _ in _messages(TS)}, (
        "the shipped .ts is not what lupdate extracts from the code: run ./dev translations")


def test_translations_keep_every_placeholder() -> None:
    """A translation may drop a parameter but never name one the code does not pass."""
    for context, source, translation in _messages(TS):
        assert translation is not None
        wanted = set(re.findall(r"\{[A-Za-z_]*\}", translation.text or ""))
        assert wanted <= set(re.findall(r"\{[A-Za-z_]*\}", source)), (context, source, translation.text)


def test_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "resources/translations/*.qm is stale: run ./dev translations"


class PseudoTranslator(QTranslator):
    """Wraps every string the app asks Qt to translate in ⟦…⟧, so text that never went
    through the translator stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    saved = language.current()
    language._state["locale"] = "zh_CN"  # numbers, units and case names in Chinese: no English through them
    try:
        yield
    finally:
        language._state["locale"] = saved
        qapp.removeTranslator(translator)


def _data_words() -> set[str]:
    """Words that come from data, not from the interface: names of chips, models, API providers
    (the examples' names and notes are translated: resources/translations/scenarios_zh_CN.json)."""
    catalog = load_catalog()
    texts = [spec.name for spec in catalog.accelerators.values()] + [spec.name for spec in catalog.models.values()]
    texts += list(catalog.accelerators) + list(catalog.models)
    words = {word.lower() for text in texts for word in re.findall(r"[A-Za-z]+", text)}
    # Units, acronyms and product names every language writes the same way.
    words |= {"gb", "tb", "pue", "api", "token", "tokens", "utc", "flops", "kv", "cny", "usd", "cpu", "gpu",
              "npu", "tp", "fp", "bf", "int", "vllm", "sglang", "tensorrt", "llm", "json", "csv", "us", "inferonomics",
              "moe", "english"}  # a language's own name
    words |= {word.lower() for price in load_api_prices() for word in re.findall(r"[A-Za-z]+", price.provider)}
    return words


def _visible_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip()
        if isinstance(widget, QLabel | FixedLinesLabel):
            yield where, widget.text()
        if isinstance(widget, QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, Section):  # paints its own title
            yield where + " section", widget.title
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QDockWidget):
            yield where, widget.windowTitle()
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where + " tab", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where + " item", widget.itemText(index)
        if isinstance(widget, QTableWidget):
            for index in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(index)
                if item is not None:
                    yield where + " header", item.text()
        if isinstance(widget, QMenu):
            yield where, widget.title()
            for action in widget.actions():
                yield where + " action", action.text()
        for side in ("left", "bottom"):
            axis = getattr(getattr(widget, "plot", None), "getAxis", None)
            if callable(axis):
                yield where + f" axis {side}", str(axis(side).labelText or "")
    for action in window.menuBar().actions():
        yield "menu bar", action.text()
    yield "window title", window.windowTitle()


def _untranslated(text: str, allowed: set[str]) -> list[str]:
    outside = text.split("\n•")[0]  # a catalog figure's sources (titles of web pages) follow as bullets
    innermost = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while innermost.search(outside):  # translated templates nest: "⟦… ⟦per month⟧ …⟧"
        outside = innermost.sub(" ", outside)
    outside = re.sub(r"<[^>]+>|https?://\S+|\S+/\S+", " ", outside)  # markup of rich-text tooltips, links, paths
    elided = "…" in outside  # an elided name keeps part of a word
    return [word for word in re.findall(r"[A-Za-z]{2,}", outside) if word.lower() not in allowed
            and not (elided and any(word.lower() in known for known in allowed if len(known) > 3))]


def test_pseudo_locale_window_shows_no_untranslated_text(pseudo_locale, window: MainWindow) -> None:
    window.charts.ensure_built()
    for dock in (window.planner_dock, window.compare_dock, window.sensitivity_dock, window.break_even_dock):
        dock.show()
    window.compare.pin_builtin(builtin_scenario_names()[0])
    for _ in range(5):
        QApplication.processEvents()
    window.document.flush()
    allowed = _data_words()
    texts = list(_visible_texts(window))
    assert sum(OPEN in text for _, text in texts) > 150  # the walk reached the interface's texts
    found = {(where, text[:90]): words for where, text in texts if (words := _untranslated(text, allowed))}
    assert not found, "texts that bypass translate():\n" + "\n".join(
        f"{where}: {text!r} {words}" for (where, text), words in list(found.items())[:25])


def test_every_example_has_a_chinese_name_and_note() -> None:
    from core.translations import data_catalog

    table = data_catalog("zh_CN")
    for folder in ("", "article"):
        for name in builtin_scenario_names(folder) if folder else builtin_scenario_names():
            scenario = builtin_scenario(name)
            for text in (scenario.name, scenario.description):
                assert table.get(text, "").strip(), f"{name}: no zh_CN text for {text[:60]!r}"
                assert re.search("[\u4e00-\u9fff]", table[text])
