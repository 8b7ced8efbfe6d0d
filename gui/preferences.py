"""User preferences kept in QSettings (organization "Inferonomics"): currency for new
scenarios, theme, interface language, window geometry, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Inferonomics"
APPLICATION = "Inferonomics"
CURRENCIES = ("CNY", "USD")
THEMES = ("light", "dark")
LANGUAGE_CODES = ("en", "zh_CN")
MAX_RECENT_FILES = 8


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(ORGANIZATION, APPLICATION)

    @property
    def currency(self) -> str:
        value = str(self.settings.value("new_scenario/currency", "CNY"))
        return value if value in CURRENCIES else "CNY"

    @currency.setter
    def currency(self, value: str) -> None:
        if value in CURRENCIES:
            self.settings.setValue("new_scenario/currency", value)

    @property
    def theme(self) -> str:
        value = str(self.settings.value("appearance/theme", "light"))
        return value if value in THEMES else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        if value in THEMES:
            self.settings.setValue("appearance/theme", value)

    @property
    def language(self) -> str:
        """The interface language, "en" or "zh_CN" (takes effect at the next start)."""
        value = str(self.settings.value("appearance/language", "en"))
        return value if value in LANGUAGE_CODES else "en"

    @language.setter
    def language(self, value: str) -> None:
        if value in LANGUAGE_CODES:
            self.settings.setValue("appearance/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.settings.setValue("window/geometry", value)

    @property
    def recent_files(self) -> list[Path]:
        value = self.settings.value("files/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(str(item)) for item in items if str(item)]

    def add_recent_file(self, path: Path) -> None:
        resolved = path.resolve()
        files = [resolved, *(p for p in self.recent_files if p != resolved)][:MAX_RECENT_FILES]
        self.settings.setValue("files/recent", [str(p) for p in files])

    def sync(self) -> None:
        self.settings.sync()
