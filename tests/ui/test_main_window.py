"""The main window: panes, menus and shortcuts, undo, settings, demo data, background jobs."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QPushButton

from app.contacts import ContactQuery
from app.errors import UserError
from tests.ui.conftest import visible_names
from ui.application import Session, create_main_window
from ui.i18n import chosen_language, settings
from ui.jobs import PROGRESS_DELAY_MS, JobManager
from ui.main_window import batch_label_text


def menu_entries(menu):
    return [(a.text(), a.shortcut().toString()) for a in menu.actions() if not a.isSeparator()]


def test_title_status_bar_and_menus(window, people, db):
    window.update_count()
    assert window.windowTitle() == "Comptoir — test.db"
    assert window.path_label.text() == str(db.path)
    assert window.count_label.text().startswith("4 ")
    assert menu_entries(window.file_menu) == [
        ("New &contact…", ""),
        ("New c&ompany…", ""),
        ("New &deal…", ""),
        ("New &task…", "Ctrl+Shift+K"),
        ("&Log an interaction…", "Ctrl+L"),
        ("&Import…", "Ctrl+I"),
        ("Export &orders…", ""),
        ("&Accountant summary…", ""),
        ("&Settings…", "Ctrl+,"),
        ("C&ustom fields…", ""),
        ("&Quit", "Ctrl+Q"),
    ]
    edit = dict(menu_entries(window.edit_menu))
    assert edit["&Find in this list"] == "Ctrl+F"
    assert edit["&Search everything…"] == "Ctrl+K"
    assert edit["&Edit contact…"] == "Ctrl+E"
    assert edit["&Delete…"] == "Del"
    view = dict(menu_entries(window.view_menu))
    assert [view[title] for title in ("&Contacts", "C&ompanies", "&Pipeline", "&Tasks")] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    ]
    assert [view[title] for title in ("&Activity", "&Dashboard", "P&roducts", "D&uplicates")] == [
        "Ctrl+5",
        "Ctrl+6",
        "Ctrl+7",
        "Ctrl+8",
    ]
    assert view["&History…"] == "Ctrl+H"
    assert [
        item.text() for item in window.navigation.findItems("*", Qt.MatchFlag.MatchWildcard)
    ] == [
        "Contacts",
        "Companies",
        "Pipeline",
        "Tasks",
        "Activity",
        "Dashboard",
        "Products",
        "Duplicates",
    ]


def test_show_pane_knows_its_panes(window):
    with pytest.raises(ValueError, match="contacts, companies, pipeline"):
        window.show_pane("nonsense")


def test_enter_opens_the_contact_file_and_escape_comes_back(qtbot, people, shown):
    pane = shown.contacts
    pane.table.setFocus()
    row = pane.model.row_of(people["Martin"])
    pane.table.setCurrentIndex(pane.model.index(row, 0))
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert shown.current_pane() == "contact"
    assert shown.contact_view.current_id() == people["Martin"]
    # The Edit menu now holds the contact file's actions (no ambiguous shortcuts).
    assert shown.contact_view.edit_action in shown.edit_menu.actions()
    assert pane.action_edit not in shown.edit_menu.actions()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert shown.current_pane() == "contacts"
    assert pane.selected_ids() == [people["Martin"]]


def test_find_shortcut_focuses_the_search_field(qtbot, people, shown):
    shown.open_contact(people["Petit"])
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.current_pane() == "contacts"
    assert shown.contacts.search.hasFocus()


def test_ctrl_digits_go_through_the_navigation(qtbot, people, shown):
    shown.open_contact(people["Bernard"])
    shown.back()
    shown.action_show_contact.trigger()  # View ▸ Contact file: the last one shown
    assert shown.current_pane() == "contact"
    assert shown.contact_view.current_id() == people["Bernard"]
    for key, pane in (
        (Qt.Key.Key_2, "companies"),
        (Qt.Key.Key_3, "pipeline"),
        (Qt.Key.Key_4, "tasks"),
        (Qt.Key.Key_5, "activity"),
        (Qt.Key.Key_7, "products"),
        (Qt.Key.Key_8, "duplicates"),
        (Qt.Key.Key_1, "contacts"),
    ):
        qtbot.keyClick(shown, key, Qt.KeyboardModifier.ControlModifier)
        assert shown.current_pane() == pane
        assert shown.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == pane


def test_undo_after_a_delete_restores_the_contacts(qtbot, people, shown, service):
    pane = shown.contacts
    selection = pane.table.selectionModel()
    for name in ("Marc Martin", "Zoé Bernard"):
        row = visible_names(pane).index(name)
        selection.select(
            pane.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    box = pane.delete_selected()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert service.count(ContactQuery()) == 2
    assert shown.action_undo.isEnabled()
    assert shown.action_undo.text() == "&Undo Delete 2 contact(s)"
    assert shown.count_label.text().startswith("2 ")

    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.count(ContactQuery()) == 4
    assert sorted(visible_names(pane)) == [
        "Alain Petit",
        "Hélène Dupré",
        "Marc Martin",
        "Zoé Bernard",
    ]
    assert shown.statusBar().currentMessage() == "Undone: Delete 2 contact(s)"
    assert shown.count_label.text().startswith("4 ")
    # Now Redo deletes them again, and Undo goes on back through the history.
    assert shown.action_redo.text() == "&Redo Delete 2 contact(s)"
    assert shown.action_undo.text() == "&Undo New contact Alain Petit"
    shown.action_redo.trigger()
    assert service.count(ContactQuery()) == 2
    assert shown.action_undo.text() == "&Undo Delete 2 contact(s)"


def test_undo_of_a_creation_on_an_empty_history(window, add_contact, service):
    add_contact("Hélène", "Dupré")
    window.refresh_all()
    assert window.action_undo.text() == "&Undo New contact Hélène Dupré"
    window.action_undo.trigger()
    assert service.count(ContactQuery()) == 0
    assert visible_names(window.contacts) == []


def test_batch_labels_are_translated_pieces():
    assert batch_label_text("Tag 3 contact(s): vip") == "Tag 3 contact(s): vip"
    assert batch_label_text("Undo: New contact Zoé") == "Undo: New contact Zoé"
    assert batch_label_text("Something else") == "Something else"


def test_history_of_the_selected_contact(qtbot, people, window):
    window.contacts.select_ids([people["Dupré"]])
    dialog = window.show_history()
    qtbot.addWidget(dialog)
    assert dialog.contact_id == people["Dupré"]
    assert "Hélène Dupré" in dialog.windowTitle()


def test_settings_language_is_saved_and_the_window_is_made_again(qtbot, db, people):
    session = Session(db)
    window = session.window
    qtbot.addWidget(window)
    window.open_contact(people["Petit"])
    dialog = window.open_settings()
    assert dialog.path.text() == str(db.path)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    with qtbot.waitSignal(window.restartRequested):
        dialog.accept()
    assert chosen_language() == "fr"
    assert settings().value("language") == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    new = session.window
    qtbot.addWidget(new)
    assert new is not window
    assert new.file_menu.title() == "&Fichier"
    assert new.current_pane() == "contact"
    assert new.contact_view.current_id() == people["Petit"]
    session.close()


def test_opening_another_database_makes_the_window_again_on_it(qtbot, tmp_path, db):
    from app.workspace import open_workspace

    session = Session(db)
    qtbot.addWidget(session.window)
    old = session.window
    other = tmp_path / "other.db"
    open_workspace(other).dispose()
    dialog = old.open_settings()
    dialog.choose_database(other)
    qtbot.addWidget(session.window)
    assert session.window is not old
    assert session.window.windowTitle() == "Comptoir — other.db"
    assert session.db.path == other
    session.close()


def test_window_layout_is_remembered(qtbot, db):
    # The offscreen screen is 800×600: the sizes stay inside it.
    first = create_main_window(db, synchronous_jobs=True)
    qtbot.addWidget(first)
    first.resize(790, 560)
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([150, 636])
    assert first.splitter.sizes()[0] == 150
    first.close()
    second = create_main_window(db, synchronous_jobs=True)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (790, 560)
    assert second.splitter.sizes()[0] == 150


# -- first start --------------------------------------------------------------------------


def test_empty_database_offers_demo_data_or_nothing(qtbot, window, db):
    box = window.maybe_offer_demo_data()
    assert box is not None and box.isVisible()
    qtbot.mouseClick(window.empty_button, Qt.MouseButton.LeftButton)
    assert window.maybe_offer_demo_data() is None  # declined for this database


def test_demo_data_loads_in_the_background(qtbot, db, monkeypatch):
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "DEMO_CONTACTS", 12)
    monkeypatch.setattr(ui.main_window, "DEMO_YEARS", 1)
    main = create_main_window(db)  # real background jobs
    qtbot.addWidget(main)
    box = main.maybe_offer_demo_data()
    assert "12 customers" in box.informativeText()
    qtbot.mouseClick(main.demo_button, Qt.MouseButton.LeftButton)
    assert main.jobs.wait(60000)
    assert main.contacts.model.rowCount() == 12
    assert main.action_undo.text() == "&Undo Demo data"
    assert "12 contact" in main.statusBar().currentMessage()
    main.jobs.shutdown()


# -- background jobs ----------------------------------------------------------------------


@pytest.fixture
def jobs(qtbot):
    manager = JobManager()
    yield manager
    manager.shutdown()


def test_job_result_arrives_on_the_main_thread(qtbot, jobs):
    main = threading.get_ident()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        progress(1, 2)
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    job = jobs.run(work, label="Counting", on_success=done)
    with qtbot.waitSignal(job.finished):
        pass
    assert seen["result"] == 42
    assert seen["callback"] == main
    assert seen["worker"] != main


def test_slow_job_shows_progress_and_can_be_cancelled(qtbot, jobs):
    started = threading.Event()
    outcome = {}

    def work(progress, cancel):
        started.set()
        step = 0
        while not cancel():
            step += 1
            progress(step, 1000, "working")
            time.sleep(0.01)
        raise RuntimeError("stopped")  # a cancelled job's error is not shown

    job = jobs.run(
        work,
        label="Long work",
        on_success=lambda r: outcome.setdefault("success", r),
        on_failure=lambda e: outcome.setdefault("failure", e),
    )
    assert started.wait(5)
    qtbot.wait(PROGRESS_DELAY_MS // 2)
    assert jobs.progress_dialog is None  # not for short work
    qtbot.waitUntil(lambda: jobs.progress_dialog is not None and jobs.progress_dialog.isVisible())
    dialog = jobs.progress_dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.maximum() == 1000
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(job.finished, timeout=5000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.cancelled
    assert outcome == {}


def test_quick_job_shows_no_progress_dialog(qtbot, jobs):
    job = jobs.run(lambda progress, cancel: "fast", label="Quick")
    with qtbot.waitSignal(job.finished):
        pass
    qtbot.wait(PROGRESS_DELAY_MS + 100)
    assert jobs.progress_dialog is None


def test_database_writers_run_one_at_a_time(qtbot, jobs):
    running = []
    overlap = []
    order = []

    def writer(name):
        def work(progress, cancel):
            running.append(name)
            if len(running) > 1:
                overlap.append(tuple(running))
            time.sleep(0.05)
            order.append(name)
            running.remove(name)

        return work

    for name in ("a", "b", "c"):
        jobs.run(writer(name), label=name, writes=True, show_progress=False)
    assert jobs.wait(5000)
    assert overlap == []
    assert order == ["a", "b", "c"]


def test_failures_are_shown_as_one_sentence_or_an_apology(qtbot, jobs, data_dir):
    def world(progress, cancel):
        raise UserError("The file {name} cannot be read.", name="x.xlsx")

    def bug(progress, cancel):
        raise ZeroDivisionError("oops")

    jobs.run(world, show_progress=False)
    assert jobs.wait(5000)
    qtbot.waitUntil(lambda: _error_box() is not None)
    box = _error_box()
    assert box.text() == "The file x.xlsx cannot be read."
    box.close()
    jobs.run(bug, show_progress=False)
    assert jobs.wait(5000)
    qtbot.waitUntil(lambda: _error_box() is not None)
    box = _error_box()
    assert box.text().startswith("Sorry, something went wrong in Comptoir.")
    assert str(data_dir / "comptoir.log") in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    box.close()


def _error_box():
    from tests.ui.conftest import find_top_level

    return find_top_level(QMessageBox, "errorBox")


def test_synchronous_mode_runs_at_once():
    jobs = JobManager(synchronous=True)
    results = []
    job = jobs.run(lambda progress, cancel: 7, on_success=results.append)
    assert results == [7]
    assert job.done and job.result == 7
    # The finished job deletes itself later: let it, while its manager is alive.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- starting the application -------------------------------------------------------------


@pytest.fixture
def quiet_start(monkeypatch):
    """run_gui without blocking: exec returns at once; hooks and handlers are restored."""
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda *args: 0)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_run_gui_refuses_a_file_that_is_not_a_database(qtbot, quiet_start, tmp_path):
    from ui.application import run_gui

    bad = tmp_path / "notes.db"
    bad.write_text("not a database at all, just some text", encoding="utf-8")
    assert run_gui(bad) == 1
    assert bad.read_text(encoding="utf-8").startswith("not a database")


def test_run_gui_opens_the_window_and_offers_demo_data(qtbot, quiet_start, monkeypatch, tmp_path):
    import ui.application
    from tests.ui.conftest import find_top_level

    opened = []
    original = Session.__init__

    def spy(self, db):
        original(self, db)
        opened.append(self.window)

    monkeypatch.setattr(ui.application.Session, "__init__", spy)
    assert ui.application.run_gui(tmp_path / "new.db") == 0
    window = opened[0]
    qtbot.addWidget(window)
    assert window.windowTitle() == "Comptoir — new.db"
    welcome = find_top_level(QMessageBox, "welcomeBox")
    assert welcome is not None
    welcome.close()


def test_uncaught_errors_are_logged_and_apologised_for(qtbot, monkeypatch, caplog, data_dir):
    import sys

    from tests.ui.conftest import find_top_level
    from ui.errors import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise KeyError("missing")
    except KeyError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    box = find_top_level(QMessageBox, "errorBox")
    assert box is not None
    assert str(data_dir / "comptoir.log") in box.text()
    assert "KeyError" in caplog.text and "Traceback" in caplog.text
    box.close()


def test_file_menu_imports_into_the_list_shown_and_refreshes_it(qtbot, window, db):
    window.show_pane("companies")
    window.action_import.trigger()
    wizard = window.findChild(QDialog, "importWizard")
    assert wizard is not None and wizard.isVisible()
    assert wizard.kind == "companies"
    # An import (any batch) refreshes the lists and the count, as any write does.
    from app.contacts import ContactInput, ContactService

    ContactService(db).create(ContactInput(first_name="Inès", last_name="Import"))
    wizard.imported.emit("batch", "contacts")
    assert window.count_label.text().startswith("1 ")
    wizard.close()


def test_file_menu_exports_orders_and_the_accountant_summary(qtbot, window):
    window.action_export_orders.trigger()
    orders = window.findChild(QDialog, "exportDialog")
    assert orders is not None and orders.isVisible()
    orders.close()
    window.action_summary.trigger()
    summary = window.findChild(QDialog, "summaryDialog")
    assert summary is not None and summary.isVisible()
    summary.close()


def test_dashboard_pdf_actions_are_in_the_edit_menu(qtbot, window):
    window.show_pane("dashboard")
    edit = dict(menu_entries(window.edit_menu))
    assert edit[window.dashboard.pdf_action.text()] == "Ctrl+P"
    assert window.dashboard.calls_action.text() in edit


def test_ctrl_p_exports_the_page_shown(qtbot, shown, people, monkeypatch):
    calls = []
    monkeypatch.setattr(shown.contact_view, "export_pdf", lambda: calls.append("contact"))
    monkeypatch.setattr(shown.dashboard, "export_pdf", lambda: calls.append("dashboard"))
    # The actions were connected to the bound methods at build: reconnect to the fakes.
    shown.contact_view.pdf_action.triggered.disconnect()
    shown.contact_view.pdf_action.triggered.connect(shown.contact_view.export_pdf)
    shown.dashboard.ensure_built()
    shown.dashboard.pdf_action.triggered.disconnect()
    shown.dashboard.pdf_action.triggered.connect(shown.dashboard.export_pdf)
    shown.open_contact(next(iter(people.values())))
    qtbot.keyClick(shown, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    shown.show_pane("dashboard")
    qtbot.keyClick(shown, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["contact", "dashboard"]


def test_the_window_opens_without_loading_the_heavy_libraries(tmp_path):
    """Start-up stays quick: PDFs, spreadsheets and model fitting load when first used."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.workspace import open_workspace\n"
        "from ui.application import application, create_main_window\n"
        "app = application()\n"
        f"window = create_main_window(open_workspace(Path({str(tmp_path / 'w.db')!r})))\n"
        "window.show(); app.processEvents()\n"
        "print(sorted(m for m in ('reportlab', 'openpyxl', 'scipy', 'pandas') "
        "if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COMPTOIR_DATA_DIR": str(tmp_path)},
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
