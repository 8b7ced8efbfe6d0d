"""The one exception the engine raises for anything a user typed or loaded."""

from __future__ import annotations


def _escape(char: str) -> str:
    if char == "\n":
        return "\\n"
    return f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"


def one_line(text: str) -> str:
    """The text with line breaks, other control characters and direction overrides shown as
    escapes: a value from a file (an id with a newline, say) cannot split or reorder a message."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


class ScenarioError(ValueError):
    """A scenario, a file or a setting that cannot be used, said in the user's terms
    (always one line: control characters from user data are escaped)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(one_line(str(message)))
