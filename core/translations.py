"""Translations without Qt: the app's Qt Linguist file read with the standard library.

One file, resources/translations/inferonomics_<locale>.ts, serves both the app (compiled to .qm
and loaded by QTranslator) and the CLI (read here). Strings are marked where they are written
with `QT_TRANSLATE_NOOP("Context", "text")` (core) or `QCoreApplication.translate(...)` (gui), so
`pyside6-lupdate` finds both.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from functools import lru_cache
from importlib import resources

from core.number_format import DEFAULT_LOCALE, normal_locale

TRANSLATIONS_FOLDER = "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; returns it unchanged (English)."""
    return text


def ts_file_name(locale: str) -> str:
    return f"inferonomics_{normal_locale(locale)}.ts"


@lru_cache(maxsize=4)
def catalog(locale: str) -> dict[tuple[str, str], str]:
    """(context, English) → translation for `locale`; empty for English or a missing file.
    Unfinished and obsolete entries are left out, as Qt's lrelease leaves them out."""
    name = normal_locale(locale)
    if name == DEFAULT_LOCALE:
        return {}
    source = resources.files("inferonomics_resources") / TRANSLATIONS_FOLDER / ts_file_name(name)
    try:
        root = ElementTree.fromstring(source.read_bytes())
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = translation.text or ""
            if text:
                table[(context_name, message.findtext("source") or "")] = text
    return table


def translate(context: str, text: str, locale: str = DEFAULT_LOCALE) -> str:
    """`text` in `locale`, or `text` itself when there is no translation."""
    return catalog(locale).get((context, text), text)


@lru_cache(maxsize=4)
def data_catalog(locale: str) -> dict[str, str]:
    """English → `locale` for texts that come with the app's data (the examples' names and
    notes): resources/translations/scenarios_<locale>.json."""
    name = normal_locale(locale)
    if name == DEFAULT_LOCALE:
        return {}
    source = resources.files("inferonomics_resources") / TRANSLATIONS_FOLDER / f"scenarios_{name}.json"
    try:
        table = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(key): str(value) for key, value in table.items()} if isinstance(table, dict) else {}


def data_text(text: str, locale: str = DEFAULT_LOCALE) -> str:
    """A text from the app's data in `locale` when it has a translation (a user's own text
    is shown as typed)."""
    return data_catalog(locale).get(text, text)
