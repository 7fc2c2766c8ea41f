"""The Tasks pane: views with counts, completing by the check box (and undo), search,
owner filter, links, delete, export, remembered state."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QStyle, QStyleOptionViewItem
from sqlalchemy import select

from app import tasks
from app.contacts import ContactInput, ContactService
from app.history import last_undoable_batch, undo_batch
from app.tasks import SYSTEM_CLOCK, TaskInput, TaskQuery
from models import Task, User, utcnow
from models.database import Database
from models.enums import BatchKind
from ui.jobs import JobManager
from ui.task_dialog import TaskDialog
from ui.task_table_model import COLUMNS, OVERDUE_COLOR, TaskTableModel
from ui.tasks_pane import MINE, ExportDialog, TasksPane


@pytest.fixture
def jobs():
    manager = JobManager(synchronous=True)
    yield manager
    manager.shutdown()


@pytest.fixture
def pane(qtbot, db: Database, jobs: JobManager) -> TasksPane:
    widget = TasksPane(db, jobs)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.activate()
    return widget


@pytest.fixture
def helene(db: Database) -> str:
    return ContactService(db).create(
        ContactInput(first_name="Hélène", last_name="Dupré", company_name="Boulangerie Dupré")
    )


@pytest.fixture
def sample(db: Database, helene: str) -> dict[str, str]:
    """One task of each kind: due today (all day), overdue, upcoming, someday, done."""
    today = SYSTEM_CLOCK.today()
    ids = {
        "today": tasks.create_task(
            db,
            TaskInput(
                title="Rappeler Hélène",
                due_at=tasks.all_day(today),
                contact_id=helene,
                priority="high",
            ),
        ),
        "overdue": tasks.create_task(
            db, TaskInput(title="Envoyer le devis", due_at=utcnow() - timedelta(days=3))
        ),
        "upcoming": tasks.create_task(
            db, TaskInput(title="Préparer la commande", due_at=tasks.all_day(today + timedelta(5)))
        ),
        "someday": tasks.create_task(db, TaskInput(title="Ranger la réserve")),
        "done": tasks.create_task(
            db, TaskInput(title="Livrer", due_at=utcnow() - timedelta(days=10))
        ),
    }
    tasks.complete_task(db, ids["done"])
    return ids


def titles(pane: TasksPane) -> list[str]:
    column = COLUMNS.index("title")
    return [pane.model.index(row, column).data() for row in range(pane.model.rowCount())]


def done_at(db: Database, task_id: str):
    with db.read() as session:
        return session.scalar(select(Task.done_at).where(Task.id == task_id))


def check_box_center(pane: TasksPane, row: int) -> QPoint:
    """Where the done check box of a row is drawn."""
    index = pane.model.index(row, COLUMNS.index("done"))
    option = QStyleOptionViewItem()
    option.rect = pane.table.visualRect(index)
    pane.table.itemDelegateForIndex(index).initStyleOption(option, index)
    style = pane.table.style()
    return style.subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, pane.table
    ).center()


def double_click(qtbot, pane: TasksPane, row: int, key: str) -> None:
    """Press then double-click a cell, as a mouse does."""
    point = pane.table.visualRect(pane.model.index(row, COLUMNS.index(key))).center()
    viewport = pane.table.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)


# -- the model ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 40])
def test_model_passes_the_model_tester(qtmodeltester, db: Database, count: int) -> None:
    for i in range(count):
        tasks.create_task(
            db, TaskInput(title=f"Tâche {i:02d}", priority="high" if i % 3 else "low")
        )
    model = TaskTableModel(db, page_size=10, max_pages=2)
    model.set_query(TaskQuery(view="all"))
    qtmodeltester.check(model)
    assert model.rowCount() == count
    model.sort(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    if count:
        assert model.index(0, COLUMNS.index("title")).data() == f"Tâche {count - 1:02d}"


# -- completing by the check box ----------------------------------------------------------


def test_clicking_the_check_box_completes_the_task_and_undo_reopens_it(
    qtbot, db: Database, pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.set_view("today")
    assert titles(pane) == ["Rappeler Hélène"]
    assert pane.tabs.tabText(0) == "Today (1)"
    box = pane.model.index(0, COLUMNS.index("done"))
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    messages: list[str] = []
    pane.message.connect(messages.append)
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(
            pane.table.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(pane, 0)
        )
    # The database holds the completion, in one undoable batch.
    assert done_at(db, sample["today"]) is not None
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Complete task Rappeler Hélène"
    assert messages and messages[-1] == "1 task(s) completed — Ctrl+Z to undo"
    # The task stays in Today, ticked and struck through; the tab counts open tasks.
    assert titles(pane) == ["Rappeler Hélène"]
    box = pane.model.index(0, COLUMNS.index("done"))
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert pane.model.index(0, COLUMNS.index("title")).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert pane.tabs.tabText(0) == "Today (0)"
    assert pane.tabs.tabText(3) == "Done (2)"

    undo_batch(db, batch.id)
    pane.refresh()
    assert done_at(db, sample["today"]) is None
    box = pane.model.index(0, COLUMNS.index("done"))
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert pane.tabs.tabText(0) == "Today (1)"


def test_space_and_ctrl_d_complete_and_reopen_the_selection(
    qtbot, db: Database, pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.set_view("all")
    row = pane.model.row_of(sample["overdue"])
    assert row is not None
    pane.table.setFocus()
    pane.table.selectRow(row)
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    assert done_at(db, sample["overdue"]) is not None
    assert pane.action_toggle.text() == "Mark as not &done"
    pane.action_toggle.trigger()  # Ctrl+D
    assert done_at(db, sample["overdue"]) is None
    assert pane.action_toggle.shortcut().toString() == "Ctrl+D"


def test_completing_an_overdue_task_takes_it_out_of_the_overdue_view(
    qtbot, db: Database, pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.set_view("overdue")
    assert titles(pane) == ["Envoyer le devis"]
    pane.table.selectRow(0)
    pane.toggle_selected()
    assert titles(pane) == []
    assert pane.empty_label.isVisible()
    assert pane.empty_label.text() == "Nothing overdue. Well done!"
    assert done_at(db, sample["overdue"]) is not None


# -- views, marks, search, owner ---------------------------------------------------------


def test_views_list_their_tasks_with_counts_and_overdue_marks(
    pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.refresh()
    texts = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert texts == ["Today (1)", "Overdue (1)", "Upcoming (2)", "Done (1)", "All (5)"]
    assert pane.tabs.tabTextColor(1) == QColor(OVERDUE_COLOR)
    pane.set_view("upcoming")
    assert titles(pane) == ["Préparer la commande", "Ranger la réserve"]  # no date: last
    assert pane.model.index(0, COLUMNS.index("due")).data() == "in 5 day(s)"
    pane.set_view("done")
    assert titles(pane) == ["Livrer"]
    pane.set_view("overdue")
    due = pane.model.index(0, COLUMNS.index("due"))
    assert due.data() == "3 day(s) ago"
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE_COLOR)
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Overdue" in due.data(Qt.ItemDataRole.ToolTipRole)
    pane.set_view("today")
    assert pane.model.index(0, COLUMNS.index("due")).data() == "today"
    high = pane.model.index(0, COLUMNS.index("priority"))
    assert high.data() == "High" and high.data(Qt.ItemDataRole.DecorationRole) is not None
    assert pane.model.index(0, COLUMNS.index("contact")).data() == "Hélène Dupré"
    assert pane.model.index(0, COLUMNS.index("company")).data() == "Boulangerie Dupré"


def test_empty_views_say_so(pane: TasksPane) -> None:
    pane.set_view("today")
    assert pane.empty_label.isVisible()
    assert pane.empty_label.text().startswith("Nothing due today.")
    assert "Ctrl+T" in pane.empty_label.text()
    pane.set_view("all")
    assert pane.empty_label.text().startswith("No tasks yet.")


def test_search_and_owner_filter(
    qtbot, db: Database, pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.set_view("all")
    qtbot.keyClicks(pane.search, "helene")
    qtbot.waitUntil(lambda: titles(pane) == ["Rappeler Hélène"])
    assert pane.tabs.tabText(4) == "All (1)"
    pane.search.clear()
    qtbot.keyClicks(pane.search, "zzz")
    qtbot.waitUntil(lambda: titles(pane) == [])
    assert pane.empty_label.text() == "No tasks match “zzz”."
    pane.search.clear()
    pane.apply_filters()
    with db.write(BatchKind.CREATE, "colleague") as session:
        colleague = User(name="Zoé Martin", login="zoe")
        session.add(colleague)
    theirs = tasks.create_task(db, TaskInput(title="Tâche de Zoé", owner_id=colleague.id))
    pane.refresh()
    assert len(titles(pane)) == 6
    pane.owner_filter.setCurrentIndex(pane.owner_filter.findData(MINE))
    assert "Tâche de Zoé" not in titles(pane) and len(titles(pane)) == 5
    pane.owner_filter.setCurrentIndex(pane.owner_filter.findData(colleague.id))
    assert pane.model.ids() == [theirs]
    assert pane.model.index(0, COLUMNS.index("owner")).data() == "Zoé Martin"


# -- opening, editing, deleting -----------------------------------------------------------


def test_double_click_on_a_contact_opens_it_and_elsewhere_edits_the_task(
    qtbot, pane: TasksPane, sample: dict[str, str], helene: str
) -> None:
    pane.set_view("today")
    with qtbot.waitSignal(pane.openRequested) as opened:
        double_click(qtbot, pane, 0, "contact")
    assert opened.args == ["contact", helene]
    assert pane.dialog is None
    double_click(qtbot, pane, 0, "title")
    assert isinstance(pane.dialog, TaskDialog) and pane.dialog.isVisible()
    assert pane.dialog.task_id == sample["today"]
    assert pane.dialog.title_edit.text() == "Rappeler Hélène"
    pane.dialog.title_edit.setText("Rappeler Hélène Dupré")
    with qtbot.waitSignal(pane.changed):
        pane.dialog.save_button.click()
    assert titles(pane) == ["Rappeler Hélène Dupré"]


def test_open_actions_follow_the_current_task(
    qtbot, pane: TasksPane, sample: dict[str, str], helene: str
) -> None:
    pane.set_view("today")
    pane.table.selectRow(0)
    assert pane.action_open_contact.isEnabled() and pane.action_open_company.isEnabled()
    assert not pane.action_open_deal.isEnabled()
    with qtbot.waitSignal(pane.openRequested) as opened:
        pane.action_open_contact.trigger()
    assert opened.args == ["contact", helene]


def test_enter_edits_and_ctrl_t_creates(qtbot, pane: TasksPane, sample: dict[str, str]) -> None:
    pane.set_view("overdue")
    pane.table.setFocus()
    pane.table.selectRow(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert isinstance(pane.dialog, TaskDialog) and pane.dialog.task_id == sample["overdue"]
    pane.dialog.reject()
    assert pane.action_new.shortcut().toString() == "Ctrl+T"
    pane.action_new.trigger()
    assert isinstance(pane.dialog, TaskDialog) and pane.dialog.task_id is None
    pane.dialog.title_edit.setText("Appeler le fournisseur")
    messages: list[str] = []
    pane.message.connect(messages.append)
    with qtbot.waitSignal(pane.changed):
        pane.dialog.save_button.click()
    # Due today by default: not overdue, so not in this view.
    assert messages == ["Task created. It is not in this view."]
    assert "Appeler le fournisseur" not in titles(pane)
    pane.set_view("today")
    pane.action_new.trigger()
    pane.dialog.title_edit.setText("Appeler le fournisseur")
    with qtbot.waitSignal(pane.dialog.saved) as saved:
        pane.dialog.save_button.click()
    assert titles(pane).count("Appeler le fournisseur") == 2
    assert pane.selected_ids() == [saved.args[0]]  # the new task is selected


def test_delete_removes_the_selection_and_undo_brings_it_back(
    qtbot, db: Database, pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.set_view("all")
    pane.table.selectRow(pane.model.row_of(sample["someday"]))
    messages: list[str] = []
    pane.message.connect(messages.append)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert sample["someday"] not in pane.model.ids()
    assert messages[-1] == "1 task(s) deleted — Ctrl+Z to undo"
    with db.read() as session:
        assert session.get(Task, sample["someday"]).deleted_at is not None
    batch = last_undoable_batch(db)
    assert batch is not None and batch.label == "Delete task Ranger la réserve"
    undo_batch(db, batch.id)
    pane.refresh()
    assert sample["someday"] in pane.model.ids()


def test_context_menu_lists_the_actions(pane: TasksPane, sample: dict[str, str]) -> None:
    pane.set_view("today")
    rect = pane.table.visualRect(pane.model.index(0, 1))
    menu = pane._context_menu(rect.center())
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Mark &done" in texts and "Open &contact" in texts and "Open de&al" not in texts
    menu.close()


# -- export, state ------------------------------------------------------------------------


def test_export_writes_the_view_as_events(
    qtbot, pane: TasksPane, sample: dict[str, str], tmp_path: Path
) -> None:
    pane.set_view("all")
    dialog = pane.export_dialog()
    assert isinstance(dialog, ExportDialog)
    assert dialog.events_radio.isChecked() and dialog.all_radio.isChecked()
    assert not dialog.selected_radio.isEnabled()
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.accept()
    assert chosen.args == [False, True]
    chooser = pane.findChild(QFileDialog, "exportFileDialog")
    assert chooser is not None and chooser.isVisible()
    messages: list[str] = []
    pane.message.connect(messages.append)
    path = tmp_path / "tâches.ics"
    chooser.fileSelected.emit(str(path))
    chooser.close()
    cal = Calendar.from_ical(path.read_bytes())
    summaries = sorted(str(e["summary"]) for e in cal.walk("VEVENT"))
    assert summaries == sorted(
        ["Rappeler Hélène", "Envoyer le devis", "Préparer la commande", "\u2713 Livrer"]
    )
    assert messages == [
        "4 task(s) exported to tâches.ics. "
        "1 task(s) without a due date left out (a calendar event needs a date)."
    ]


def test_the_view_and_the_columns_are_remembered(
    qtbot, db: Database, jobs: JobManager, pane: TasksPane, sample: dict[str, str]
) -> None:
    pane.set_view("upcoming")
    pane.table.horizontalHeader().resizeSection(COLUMNS.index("title"), 333)
    pane.owner_filter.setCurrentIndex(pane.owner_filter.findData(MINE))
    pane.save_state()
    again = TasksPane(db, jobs)
    qtbot.addWidget(again)
    assert again.view() == "upcoming"
    assert again.table.horizontalHeader().sectionSize(COLUMNS.index("title")) == 333
    assert again.owner_filter.currentData() == MINE
    assert again.current_query().owner_id == db.user_id
    # Nothing is read until the pane is shown.
    assert again.model.rowCount() == 0
    again.activate()
    assert again.model.ids() == [sample["upcoming"], sample["someday"]]
    assert again.tabs.tabText(2) == "Upcoming (2)"


def test_menu_actions_have_shortcuts(pane: TasksPane) -> None:
    actions = [a for a in pane.menu_actions() if a is not None]
    assert all(not a.shortcut().isEmpty() for a in actions)
    assert {a.shortcut().toString() for a in actions} >= {"Ctrl+T", "F2", "Ctrl+D", "Del"}
    assert [a.text() for a in pane.view_actions() if a is not None][:5] == [
        "Today",
        "Overdue",
        "Upcoming",
        "Done",
        "All",
    ]
