"""The French translation is complete, and the compiled .qm files match the .ts files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from models.database import DatabaseError

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "en")
PLACEHOLDER = re.compile(r"\{\w+\}|%L?n|%\d")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed to check the translations (it comes with PySide6)")
    return found


def messages(path: Path):
    """(context, source, numerus, translation element) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (
                name,
                message.findtext("source"),
                message.get("numerus") == "yes",
                message.find("translation"),
            )


def texts(numerus: bool, translation: ET.Element) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_french_message_is_translated():
    problems = []
    for context, source, numerus, translation in messages(TRANSLATIONS / "comptoir_fr.ts"):
        kind = translation.get("type")
        forms = texts(numerus, translation)
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert problems == []


def test_english_plural_forms_are_written():
    for context, source, numerus, translation in messages(TRANSLATIONS / "comptoir_en.ts"):
        if numerus:
            forms = texts(True, translation)
            assert len(forms) == 2 and all(forms), f"{context}: {source!r}"
            assert "(s)" not in " ".join(forms)


def test_every_string_of_the_sources_is_in_the_ts_files(tmp_path):
    """lupdate run again on ui/ and app/ finds nothing new to translate."""
    for language in LANGUAGES:
        copy = tmp_path / "resources" / "translations" / f"comptoir_{language}.ts"
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(TRANSLATIONS / copy.name, copy)
    sources = sorted(str(p) for folder in ("ui", "app") for p in (REPO / folder).rglob("*.py"))
    result = subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-ts",
            str(copy.with_name("comptoir_fr.ts")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    missing = [
        f"{context}: {source!r}"
        for context, source, _numerus, translation in messages(copy.with_name("comptoir_fr.ts"))
        if translation.get("type") == "unfinished"
    ]
    assert missing == [], "run `make translations` and translate these"


def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"comptoir_{language}.ts"
        qm = TRANSLATIONS / f"comptoir_{language}.qm"
        built = tmp_path / qm.name
        result = subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(built)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert qm.exists(), f"{qm.name} is missing: run `make translations`"
        assert qm.read_bytes() == built.read_bytes(), f"{qm.name} is stale: run `make translations`"


def test_database_errors_are_all_marked_for_translation():
    sources = {
        source
        for context, source, _n, _t in messages(TRANSLATIONS / "comptoir_fr.ts")
        if context == "errors"
    }

    def every(kind):
        yield kind
        for sub in kind.__subclasses__():
            yield from every(sub)

    assert {kind.template for kind in every(DatabaseError)} <= sources


def test_french_is_used_once_installed(qapp):
    from models.database import LockedDatabaseError
    from ui.errors import error_text
    from ui.i18n import install_translators

    assert install_translators("fr") == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QCoreApplication.translate("ContactsPane", "%Ln contact(s)", None, 1234) == (
        "1\u202f234 contacts"
    )
    assert QLocale().language() == QLocale.Language.French
    assert error_text(LockedDatabaseError("/tmp/x.db")) == (
        "La base de données /tmp/x.db est utilisée par un autre programme. Fermez-le et réessayez."
    )
    assert install_translators("en") == "en"
    assert QCoreApplication.translate("ContactsPane", "%Ln contact(s)", None, 1) == "1 contact"
