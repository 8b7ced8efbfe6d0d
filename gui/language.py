"""The interface language: Qt translators for the app's strings (and Qt's own dialogs), and the
locale every number is formatted in (core/number_format.py through gui/formatting.py).

Translations: resources/translations/inferonomics_<locale>.ts, compiled to .qm beside it
(`./dev translations` runs pyside6-lupdate then pyside6-lrelease). Chosen in Preferences
(applies on restart) or with `inferonomics --lang zh_CN`.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from core.number_format import DEFAULT_LOCALE, normal_locale

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
# Fonts that carry Simplified Chinese, best first (Linux, Windows, macOS). The interface font is
# set to one of them in Chinese: Latin-only fonts would leave Chinese to a fallback font with
# taller lines than the labels were sized for.
CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")
_state = {"locale": DEFAULT_LOCALE}
_installed: list[QTranslator] = []
_font_before_cjk: list[QFont] = []  # the application font a CJK one replaced (restored for English)


def current() -> str:
    """The interface language ("en" or "zh_CN"): numbers and words follow it."""
    return _state["locale"]


def qm_path(locale: str) -> str:
    folder = resources.files("inferonomics_resources") / "translations"
    return str(folder / f"inferonomics_{normal_locale(locale)}.qm")


def install(locale: str) -> bool:
    """Use `locale` for the interface from now on; False when its translation could not be loaded
    (the interface then stays English). Widgets made before this keep their texts."""
    app = QCoreApplication.instance()
    name = normal_locale(locale)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _state["locale"] = DEFAULT_LOCALE
    if _font_before_cjk and isinstance(app, QGuiApplication):
        QGuiApplication.setFont(_font_before_cjk.pop())
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if name == DEFAULT_LOCALE:
        return True
    own = QTranslator()
    if app is None or not own.load(qm_path(name)):
        return False
    app.installTranslator(own)
    _installed.append(own)
    qt_own = QTranslator()  # Qt's standard dialogs and buttons (OK, Cancel, ...)
    if qt_own.load(f"qtbase_{name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _state["locale"] = name
    _use_cjk_font()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                               QLocale.Country.China))
    return True


def _use_cjk_font() -> None:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    available = set(QFontDatabase.families())
    family = next((name for name in CJK_FONTS if name in available), None)
    if family is not None:
        font = QGuiApplication.font()
        if not _font_before_cjk:
            _font_before_cjk.append(QFont(font))
        font.setFamily(family)
        QGuiApplication.setFont(font)


def tr(context: str, text: str) -> str:
    """`QCoreApplication.translate` (a short name for code that is not a widget)."""
    return QCoreApplication.translate(context, text)


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate(context, text)`; pyside6-lupdate finds calls by this name."""
    return QCoreApplication.translate(context, text)
