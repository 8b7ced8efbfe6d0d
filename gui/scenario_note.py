"""The scenario's own note (its description), above the figures: what an example shows, what
the article claimed and why the app's answer differs. Hidden when there is none; wrapped in
full (the figures scroll when it is long)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core import Scenario
from core.translations import data_text
from gui import language
from gui.document import ScenarioDocument
from gui.language import translate


class ScenarioNote(QLabel):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioNote")
        self.setTextFormat(Qt.TextFormat.PlainText)  # text from a file: never rich text
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # a long note is cut at the end
        self.setContentsMargins(10, 4, 10, 4)
        self._shown = ""
        document.scenarioChanged.connect(self.show_scenario)
        self.show_scenario(document.scenario)

    def show_scenario(self, scenario: Scenario) -> None:
        text = data_text(scenario.description.strip(), language.current())
        if text == self._shown:
            return  # a slider move: nothing to lay out again
        self._shown = text
        self.setToolTip(text)
        self.setText(translate("ScenarioNote", "About this scenario: {text}").format(text=text))
        self.setVisible(bool(text))
