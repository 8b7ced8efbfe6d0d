"""The one exception the engine raises for anything a user typed or loaded."""

from __future__ import annotations

from typing import Any

from core.messages import Message


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
    (always one line: control characters from user data are escaped).

    `str(error)` is the English sentence. Errors a user meets also carry what they say as
    codes (`said`: one Message, or several joined as one sentence), which the app and the CLI
    render in the interface's language (core/error_words.error_text)."""

    def __init__(self, message: object = "", *said: Message) -> None:
        super().__init__(one_line(str(message)))
        self.said: tuple[Message, ...] = said

    @classmethod
    def coded(cls, english: object, code: str, **params: Any) -> ScenarioError:
        """The error with its English sentence and one Message(code, params)."""
        return cls(english, Message(code=code, params={k: _param(v) for k, v in params.items()}))


class Notice(str):
    """A sentence the user should see (not an error), in English like any str, carrying what it
    says as codes (`said`) for the interface's language, as ScenarioError does."""

    said: tuple[Message, ...] = ()

    @classmethod
    def coded(cls, english: str, *said: tuple[str, dict[str, Any]]) -> Notice:
        """The notice with its English sentence and one Message per (code, params)."""
        notice = cls(english)
        notice.said = tuple(Message(code=code, params={k: _param(v) for k, v in params.items()})
                            for code, params in said)
        return notice


def _param(value: Any) -> str | float | int:
    if isinstance(value, bool) or not isinstance(value, str | float | int):
        return one_line(str(value))
    return one_line(value) if isinstance(value, str) else value
