"""Per-machine settings and the user interface language.

Settings are kept with QSettings in an INI file in the data folder
(``app.workspace.data_dir()``), so that tests, which get a data folder of their own, never
touch the user's real configuration, and a portable install keeps everything together.

The language is the setting ``language``: ``"system"`` (the default: the system locale
decides), ``"fr"`` or ``"en"``. :func:`install_translators` loads Comptoir's own
``comptoir_<lang>.qm`` (from the ``resources/translations`` package folder, through
importlib.resources) and Qt's ``qtbase_<lang>.qm`` (standard buttons, dialogs), and sets
the default QLocale so numbers and dates follow the language.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.workspace import data_dir

ORGANIZATION = "Comptoir"
APPLICATION = "Comptoir"
#: The languages the user can choose; "system" follows the system locale.
LANGUAGES = ("system", "fr", "en")
#: The languages Comptoir is translated into (English is the source language).
TRANSLATED = ("fr", "en")
LANGUAGE_KEY = "language"

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
#: QTranslator.load(bytes) does not copy the data: it is kept alive here.
_data: list[bytes] = []


def settings() -> QSettings:
    """The per-machine settings (window layout, language…), in the data folder."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir() / "settings")
    )
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def settings_file() -> Path:
    return Path(settings().fileName())


def chosen_language() -> str:
    """The language setting: "system", "fr" or "en"."""
    value = str(settings().value(LANGUAGE_KEY, "system") or "system")
    return value if value in LANGUAGES else "system"


def set_chosen_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    store = settings()
    store.setValue(LANGUAGE_KEY, language)
    store.sync()


def resolve_language(language: str) -> str:
    """The language really used for a setting: "system" becomes "fr" or "en"."""
    if language in TRANSLATED:
        return language
    system = QLocale.system()
    if system.language() == QLocale.Language.French:
        return "fr"
    return "en"


def locale_for(language: str) -> QLocale:
    """The locale for numbers and dates: the system's when it speaks the language."""
    system = QLocale.system()
    if language == "fr":
        if system.language() == QLocale.Language.French:
            return system
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _load(data: bytes) -> QTranslator | None:
    translator = QTranslator()
    if not translator.load(data):
        return None
    _data.append(data)
    return translator


def _our_catalogue(language: str) -> bytes | None:
    resource = resources.files("resources") / "translations" / f"comptoir_{language}.qm"
    try:
        return resource.read_bytes()
    except (FileNotFoundError, OSError):
        return None


def _qt_catalogue(language: str) -> bytes | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    try:
        return (folder / f"qtbase_{language}.qm").read_bytes()
    except OSError:
        return None


def remove_translators() -> None:
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _data.clear()


def install_translators(language: str | None = None) -> str:
    """Install the translations for ``language`` (default: the setting); returns "fr"/"en".

    Translators installed before are removed first, so this can switch language at run
    time (Qt then sends a LanguageChange event to every widget).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    resolved = resolve_language(language or chosen_language())
    remove_translators()
    QLocale.setDefault(locale_for(resolved))
    catalogues = [("Qt", _qt_catalogue(resolved)), ("Comptoir", _our_catalogue(resolved))]
    for name, data in catalogues:
        if data is None:
            if name == "Comptoir" or resolved != "en":
                log.info("no %s translation for %s", name, resolved)
            continue
        translator = _load(data)
        if translator is None:
            log.warning("the %s translation for %s could not be loaded", name, resolved)
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    return resolved


__all__ = [
    "LANGUAGES",
    "chosen_language",
    "install_translators",
    "locale_for",
    "remove_translators",
    "resolve_language",
    "set_chosen_language",
    "settings",
    "settings_file",
]
