"""Loading the interface language for headless uses (the report command).

Translations are compiled `.qm` files under resources/ named with the locale
(e.g. `inferonomics_zh_CN.qm`); every one found for the language is installed.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("en", "zh_CN")


def translation_files(language: str) -> list[str]:
    """Paths of the compiled translations for `language` shipped under resources/."""
    found: list[str] = []
    root = resources.files("inferonomics_resources")
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                stack.append(child)
            elif child.name.endswith(f"{language}.qm"):
                found.append(str(child))
    return sorted(found)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` on `app` (kept alive by the caller); [] for English
    or when none is shipped."""
    if language == "en":
        return []
    QLocale.setDefault(QLocale(language))
    installed = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
