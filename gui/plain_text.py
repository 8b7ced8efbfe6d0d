"""Text from files and catalogs is shown as plain text, never as HTML.

Qt guesses: a QLabel, a message box or a tooltip whose text looks like markup is rendered
as rich text, so a scenario file could put a clickable external link in an error dialog
or make the app load a local image (`<img src=...>`). Everything that can show user data
goes through here: message boxes with Qt.PlainText, tooltips and pyqtgraph labels escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: Button, default: Button) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # no link activation
    if default != Button.NoButton:
        box.setDefaultButton(default)
    result = box.exec()
    return Button(result) if not isinstance(result, Button) else result


def ask(parent: QWidget | None, title: str, text: str, buttons: Button, default: Button) -> Button:
    return _box(parent, QMessageBox.Icon.Question, title, text, buttons, default)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, Button.Ok, Button.Ok)


def tooltip(text: str) -> str:
    """A tooltip showing `text` literally (tooltips have no plain-text mode: markup-looking
    text is escaped inside a rich-text paragraph that keeps its line breaks)."""
    if "<" not in text and "&" not in text:
        return text  # nothing Qt could take for markup
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def html_label(text: str) -> str:
    """Text for a pyqtgraph label (always laid out as HTML), shown literally."""
    return html.escape(text, quote=False)
