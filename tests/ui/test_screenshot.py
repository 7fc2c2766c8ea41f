"""Screenshots of the real window, rendered offscreen to PNG."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.errors import UserError
from ui.i18n import settings
from ui.screenshot import render_screenshot


def test_contacts_pane_is_rendered_to_a_png_of_the_size_asked(tmp_path, db_path, people):
    out = tmp_path / "shots" / "contacts.png"
    render_screenshot(db_path, out, "contacts", None, (1024, 640))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    # Not a blank picture: the table's rows put many colours in it.
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 640, 16)}
    assert len(colours) > 8


def test_contact_pane_shows_the_contact_asked_or_the_first(tmp_path, db_path, people):
    out = tmp_path / "contact.png"
    render_screenshot(db_path, out, "contact", people["Martin"], (900, 700))
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (900, 700)
    first = tmp_path / "first.png"
    render_screenshot(db_path, first, "contact", None, (900, 700))
    assert QImage(str(first)).width() == 900


def test_unknown_pane_names_the_panes(tmp_path, db_path):
    with pytest.raises(ValueError, match="contacts, companies, pipeline"):
        render_screenshot(db_path, tmp_path / "x.png", "nonsense", None, (800, 600))
    assert not (tmp_path / "x.png").exists()


def test_contact_pane_of_an_empty_database_is_a_clear_error(tmp_path, db_path, db):
    with pytest.raises(UserError, match="no contact"):
        render_screenshot(db_path, tmp_path / "x.png", "contact", None, (800, 600))


def test_screenshots_leave_the_window_layout_alone(tmp_path, db_path, people):
    render_screenshot(db_path, tmp_path / "a.png", "contacts", None, (1000, 700))
    assert settings().value("main_window/geometry") is None


def test_a_size_below_the_window_minimum_is_refused(tmp_path, db_path):
    with pytest.raises(ValueError, match="too small"):
        render_screenshot(db_path, tmp_path / "a.png", "contacts", None, (300, 200))
