"""The pipeline pane: a pipeline's deals as a board, a list, or a forecast.

At the top: the actions on deals, the pipeline chooser, the owner filter, the search
field and the three views (Board Alt+1, List Alt+2, Forecast Alt+3). The list has its own
filters (stage, status, expected close between two dates, deleted deals). Amounts are
excluding VAT everywhere. Writes go through ``app.pipeline`` (each one an undoable batch)
and are announced with ``changed``; ``openRequested("deal", id)`` asks for a deal's file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import pipeline as pl
from app.errors import UserError
from app.pipeline import BoardFilter, DealQuery
from models.database import Database, DatabaseError
from ui import formatting as fmt
from ui.contact_dialog import OptionalDate
from ui.deal_dialog import DealDialog
from ui.deal_table_model import COLUMNS, DealTableModel
from ui.errors import ask, show_error
from ui.export_dialog import add_export_action, table_spec
from ui.i18n import settings
from ui.jobs import JobManager
from ui.kanban import KanbanBoard, LostReasonDialog, PipelineCombo
from ui.panes import Pane
from ui.pipelines_dialog import PipelinesDialog
from ui.product_dialog import app_icon

if TYPE_CHECKING:
    from ui.forecast_view import ForecastView

VIEWS = ("board", "list", "forecast")
SEARCH_DELAY_MS = 200
VIEW_KEY = "pipeline/view"
PIPELINE_KEY = "pipeline/pipeline"
HEADER_KEY = "pipeline/header"
COLLAPSED_KEY = "pipeline/collapsed"
DEFAULT_WIDTHS = {
    "title": 220,
    "contact": 130,
    "company": 130,
    "stage": 100,
    "status": 65,
    "owner": 110,
    "amount": 110,
    "probability": 75,
    "weighted": 100,
}


class PipelinePane(Pane):
    """Deals of a pipeline: Board, List and Forecast views."""

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinePane")
        self.db = db
        self.jobs = jobs
        self._dialog: Any = None
        #: Set while several filters are changed at once (they are applied after).
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self._build_actions()
        self._build()
        self._restore_state()
        self._update_actions()

    # -- building -------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        short: str,
        icon_name: str | None,
        slot: Callable[[], Any],
        shortcut: str,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(app_icon(icon_name))
        action.setObjectName(name)
        action.setIconText(short)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '').replace('…', '')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_new = self._action(
            "newDeal", self.tr("&New deal…"), self.tr("New deal"), "new", self.new_deal, "Ctrl+N"
        )
        self.action_open = self._action(
            "openDeal", self.tr("&Open deal"), self.tr("Open"), "open", self.open_current, "Ctrl+O"
        )
        self.action_edit = self._action(
            "editDeal", self.tr("&Edit deal…"), self.tr("Edit"), "edit", self.edit_current, "Ctrl+E"
        )
        self.action_won = self._action(
            "markWon",
            self.tr("Mark as &won"),
            self.tr("Won"),
            "won",
            self.mark_won,
            "Ctrl+Alt+W",
        )
        self.action_lost = self._action(
            "markLost",
            self.tr("Mark as &lost…"),
            self.tr("Lost"),
            "lost",
            self.mark_lost,
            "Ctrl+Alt+L",
        )
        self.action_reopen = self._action(
            "reopenDeal",
            self.tr("Re&open deal"),
            self.tr("Reopen"),
            "restore",
            self.reopen,
            "Ctrl+Alt+R",
        )
        self.action_delete = self._action(
            "deleteDeals",
            self.tr("&Delete…"),
            self.tr("Delete"),
            "delete",
            self.delete_selected,
            "Del",
        )
        self.action_restore = self._action(
            "restoreDeals",
            self.tr("&Restore"),
            self.tr("Restore"),
            "restore",
            self.restore_selected,
            "Ctrl+Shift+R",
        )
        self.action_pipelines = self._action(
            "editPipelines",
            self.tr("Edit &pipelines and stages…"),
            self.tr("Pipelines"),
            "pipeline",
            self.edit_pipelines,
            "Ctrl+Alt+P",
        )
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self.view_actions_by_name: dict[str, QAction] = {}
        for number, (name, text, icon_name) in enumerate(
            (
                ("board", self.tr("&Board"), "pipeline"),
                ("list", self.tr("&List"), "contacts"),
                ("forecast", self.tr("&Forecast"), "forecast"),
            ),
            start=1,
        ):
            action = self._action(
                f"view_{name}",
                text,
                text.replace("&", ""),
                icon_name,
                lambda _checked=False, view=name: self.show_view(view),  # type: ignore[misc]
                f"Alt+{number}",
            )
            action.setCheckable(True)
            self.view_group.addAction(action)
            self.view_actions_by_name[name] = action

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.action_new,
            self.action_open,
            self.action_edit,
            self.board.action_quick_edit,
            None,
            self.board.action_previous_stage,
            self.board.action_next_stage,
            self.action_won,
            self.action_lost,
            self.action_reopen,
            None,
            self.action_delete,
            self.action_restore,
            None,
            self.action_pipelines,
            None,
            self.action_export_list,
        ]

    def view_actions(self) -> list[QAction | None]:
        return list(self.view_actions_by_name.values())

    def _build(self) -> None:
        self.toolbar = QToolBar(self.tr("Pipeline"), self)
        self.toolbar.setObjectName("pipelineToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_new)
        self.toolbar.addSeparator()
        for action in (self.action_open, self.action_edit, self.action_won, self.action_lost):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.action_delete)
        self.toolbar.addAction(self.action_restore)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_pipelines)
        # Export the list as shown (ui/export_dialog.py).
        self.action_export_list = add_export_action(
            self,
            self.db,
            self.jobs,
            "deals",
            lambda: table_spec("deals", self.table, self.tr("Deals")),
        )
        self.toolbar.addAction(self.action_export_list)
        self.summary = QLabel(self)
        self.summary.setObjectName("pipelineSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.summary)

        self.pipeline_combo = PipelineCombo(self)
        self.pipeline_combo.setToolTip(self.tr("The pipeline shown"))
        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self._pipeline_changed())
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search title, contact, company…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(app_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for name in VIEWS:
            action = self.view_actions_by_name[name]
            button = QToolButton(self)
            button.setObjectName(f"viewButton_{name}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            switch.addWidget(button)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.pipeline_combo)
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.search, 1)
        filters.addLayout(switch)

        self.list_filters = self._build_list_filters()

        self.board = KanbanBoard(self.db, self)
        self.board.openRequested.connect(lambda deal_id: self.openRequested.emit("deal", deal_id))
        self.board.changed.connect(self._written)
        self.board.message.connect(self.message)
        self.board.currentChanged.connect(lambda _id: self._update_actions())
        self.board.loaded.connect(self._update_summary)

        self.model = DealTableModel(self.db, self)
        self.table = QTableView(self)
        self.table.setObjectName("dealsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMNS.index(key), width)
        header.setSortIndicator(COLUMNS.index("close"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

        # The forecast (and matplotlib with it) is built when first shown, not at start-up.
        self._forecast: ForecastView | None = None
        self._today: date | None = None
        self._forecast_page = QWidget(self)
        QVBoxLayout(self._forecast_page).setContentsMargins(0, 0, 0, 0)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pipelineViews")
        self.stack.addWidget(self.board)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_filters)
        list_layout.addWidget(self.table, 1)
        self.stack.addWidget(list_page)
        self.stack.addWidget(self._forecast_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

    def _build_list_filters(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.stage_filter = QComboBox(bar)
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_filter = QComboBox(bar)
        self.status_filter.setObjectName("statusFilter")
        for code, text in (
            (None, self.tr("All statuses")),
            ("open", self.tr("Open")),
            ("won", self.tr("Won")),
            ("lost", self.tr("Lost")),
        ):
            self.status_filter.addItem(text, code)
        self.status_filter.setCurrentIndex(1)  # the open deals, first to close first
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.close_from = OptionalDate(self.tr("Any"), bar)
        self.close_from.setObjectName("closeFrom")
        self.close_to = OptionalDate(self.tr("Any"), bar)
        self.close_to.setObjectName("closeTo")
        for editor in (self.close_from, self.close_to):
            editor.edit.dateChanged.connect(lambda _d: self._timer.start())
            editor.none.toggled.connect(lambda _on: self.apply_filters())
        self.show_deleted = QCheckBox(self.tr("Deleted"), bar)
        self.show_deleted.setObjectName("showDeleted")
        self.show_deleted.setToolTip(self.tr("Show the deleted deals, to restore them"))
        self.show_deleted.toggled.connect(lambda _on: self.apply_filters())
        row.addWidget(self.stage_filter)
        row.addWidget(self.status_filter)
        row.addWidget(QLabel(self.tr("Expected close from"), bar))
        row.addWidget(self.close_from)
        row.addWidget(QLabel(self.tr("to"), bar))
        row.addWidget(self.close_to)
        row.addWidget(self.show_deleted)
        row.addStretch(1)
        return bar

    # -- state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        store = settings()
        view = str(store.value(VIEW_KEY, "board"))
        self._wanted_pipeline = store.value(PIPELINE_KEY)
        state = store.value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        collapsed = store.value(COLLAPSED_KEY)
        if isinstance(collapsed, str):
            collapsed = [collapsed]
        if isinstance(collapsed, list):
            self.board.set_collapsed_stages([str(s) for s in collapsed])
        self._set_view(view if view in VIEWS else "board", load=False)

    def save_state(self) -> None:
        store = settings()
        store.setValue(VIEW_KEY, self.current_view())
        store.setValue(PIPELINE_KEY, self.pipeline_combo.pipeline_id() or "")
        store.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        store.setValue(COLLAPSED_KEY, self.board.collapsed_stages())

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the pipelines, owners and the current view again."""
        wanted = self.pipeline_combo.pipeline_id() or self._wanted_pipeline
        self.infos = pl.pipelines(self.db)
        self.pipeline_combo.set_pipelines(self.infos, str(wanted) if wanted else None)
        owner = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        for user in pl.users(self.db):
            self.owner_filter.addItem(user.name, user.id)
        found = self.owner_filter.findData(owner) if owner else 0
        self.owner_filter.setCurrentIndex(max(found, 0))
        self.owner_filter.blockSignals(False)
        self._fill_stage_filter()
        self._load_view()

    def _fill_stage_filter(self) -> None:
        stage_id = self.stage_filter.currentData()
        info = self.current_pipeline()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in info.stages if info else ():
            self.stage_filter.addItem(stage.name, stage.id)
        found = self.stage_filter.findData(stage_id) if stage_id else 0
        self.stage_filter.setCurrentIndex(max(found, 0))
        self.stage_filter.blockSignals(False)

    def current_pipeline(self) -> pl.PipelineInfo | None:
        pipeline_id = self.pipeline_combo.pipeline_id()
        return next((p for p in getattr(self, "infos", []) if p.id == pipeline_id), None)

    def _pipeline_changed(self) -> None:
        self._fill_stage_filter()
        self._load_view()

    def board_filter(self) -> BoardFilter:
        return BoardFilter(owner_id=self.owner_filter.currentData(), text=self.search.text())

    def deal_query(self) -> DealQuery:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        return DealQuery(
            pipeline_id=self.pipeline_combo.pipeline_id(),
            stage_id=self.stage_filter.currentData(),
            status=self.status_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
            text=self.search.text().strip(),
            close_from=self.close_from.value(),
            close_to=self.close_to.value(),
            deleted=self.show_deleted.isChecked(),
            sort=COLUMNS[section] if 0 <= section < len(COLUMNS) else "close",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        if not self._quiet:
            self._load_view()

    def _load_view(self) -> None:
        view = self.current_view()
        pipeline_id = self.pipeline_combo.pipeline_id()
        if view == "board":
            self.board.pipeline_id = pipeline_id
            self.board.filters = self.board_filter()
            self.board.reload()
        elif view == "list":
            selected = set(self.selected_ids())
            self.model.set_query(self.deal_query())
            self._reselect(selected)
        else:
            self.forecast.set_scope(pipeline_id, self.owner_filter.currentData())
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        view = self.current_view()
        if view == "board" and self.board.board is not None:
            board = self.board.board
            self.summary.setText(
                self.tr("%n open deal(s)", "", board.open_count)
                + " · "
                + fmt.money(board.open_amount_cents, board.currency)
                + " · "
                + self.tr("weighted %1").replace(
                    "%1", fmt.money(board.open_weighted_cents, board.currency)
                )
            )
        elif view == "list":
            count = self.model.rowCount()
            if self.show_deleted.isChecked():
                self.summary.setText(self.tr("%n deleted deal(s)", "", count))
            else:
                self.summary.setText(self.tr("%n deal(s)", "", count))
        else:
            self.summary.setText("")

    # -- views ----------------------------------------------------------------------------

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def show_view(self, view: str) -> None:
        """Show the board, the list or the forecast."""
        if not getattr(self, "_switching", False):
            self._set_view(view, load=True)

    def _set_view(self, view: str, *, load: bool) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}; the views are: {', '.join(VIEWS)}")
        self.stack.setCurrentIndex(VIEWS.index(view))
        self._switching = True
        self.view_actions_by_name[view].setChecked(True)
        self._switching = False
        if load:
            self._load_view()
        if view == "board":
            self.board.focus_board()
        elif view == "list":
            self.table.setFocus()

    def list_bucket(self, key: str) -> None:
        """List the open deals of a forecast bucket (a month, overdue, later)."""
        span = self.forecast.bucket_range(key)
        if span is None:
            return
        start, end = span
        self._quiet = True
        try:
            self.close_from.set_value(start)
            self.close_to.set_value(end)
            self.status_filter.setCurrentIndex(max(self.status_filter.findData("open"), 0))
            self.stage_filter.setCurrentIndex(0)
            self.show_deleted.setChecked(False)
        finally:
            self._quiet = False
        self.show_view("list")

    # -- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        if self.current_view() == "board":
            deal_id = self.board.current_deal_id()
            return [deal_id] if deal_id else []
        if self.current_view() != "list":
            return []
        selection = self.table.selectionModel()
        rows = sorted(index.row() for index in selection.selectedRows())
        return [self.model.deal_id(row) for row in rows if row < self.model.rowCount()]

    def current_deal_id(self) -> str | None:
        ids = self.selected_ids()
        if self.current_view() == "list":
            index = self.table.currentIndex()
            if index.isValid() and self.model.deal_id(index.row()) in ids:
                return self.model.deal_id(index.row())
        return ids[0] if ids else None

    def select_deal(self, deal_id: str) -> None:
        if self.current_view() == "board":
            self.board.select_deal(deal_id)
        elif self.current_view() == "list":
            self.table.clearSelection()
            self._reselect({deal_id})

    def _reselect(self, ids: set[str]) -> None:
        first = None
        for deal_id in ids:
            row = self.model.row_of(deal_id)
            if row is None:
                continue
            self.table.selectRow(row)
            first = row if first is None else min(first, row)
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit("deal", self.model.deal_id(index.row()))

    def _deleted_view(self) -> bool:
        return self.current_view() == "list" and self.show_deleted.isChecked()

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        deleted = self._deleted_view()
        one = len(ids) == 1 and not deleted
        status = None
        if one:
            card = self.board.current_card() if self.current_view() == "board" else None
            if card is not None:
                status = card.status
            elif self.current_view() == "list":
                row = self.model.row_of(ids[0])
                record = self.model.record(row) if row is not None else None
                status = record.status if record is not None else None
        self.action_open.setEnabled(len(ids) == 1)
        self.action_edit.setEnabled(one)
        self.action_won.setEnabled(one and status != "won")
        self.action_lost.setEnabled(one and status != "lost")
        self.action_reopen.setEnabled(one and status in ("won", "lost"))
        self.action_delete.setEnabled(bool(ids) and not deleted)
        self.action_restore.setEnabled(bool(ids) and deleted)
        board = self.current_view() == "board"
        for action in (
            self.board.action_quick_edit,
            self.board.action_previous_stage,
            self.board.action_next_stage,
        ):
            action.setEnabled(board and one)

    # -- actions --------------------------------------------------------------------------

    def new_deal(self) -> DealDialog:
        dialog = DealDialog(self.db, None, self, pipeline_id=self.pipeline_combo.pipeline_id())
        return self._open_dialog(dialog)

    def edit_current(self) -> DealDialog | None:
        deal_id = self.current_deal_id()
        if deal_id is None or self._deleted_view():
            return None
        return self.edit_deal(deal_id)

    def edit_deal(self, deal_id: str) -> DealDialog | None:
        try:
            dialog = DealDialog(self.db, deal_id, self)
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return None
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog: DealDialog) -> DealDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, deal_id: str) -> None:
        self._written()
        self.select_deal(deal_id)
        self.message.emit(self.tr("Deal saved."))

    def open_current(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id:
            self.openRequested.emit("deal", deal_id)

    def _run(self, work: Callable[[], Any], message: str) -> bool:
        try:
            work()
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return False
        self._written()
        self.message.emit(message)
        return True

    def _written(self) -> None:
        """After a write here: show the database as it is now, tell the window."""
        self._load_view()
        self.changed.emit()

    def mark_won(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id and not self._deleted_view():
            if self._run(lambda: pl.mark_won(self.db, deal_id), self.tr("Deal marked as won.")):
                self.select_deal(deal_id)

    def mark_lost(self) -> LostReasonDialog | None:
        """Ask why the deal was lost (without blocking), then close it as lost."""
        deal_id = self.current_deal_id()
        if not deal_id or self._deleted_view():
            return None
        title = pl.load_deal_file(self.db, deal_id).title
        dialog = LostReasonDialog(self.db, title, self)
        dialog.textValueSelected.connect(lambda reason: self._lost(deal_id, reason))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _lost(self, deal_id: str, reason: str) -> None:
        if self._run(
            lambda: pl.mark_lost(self.db, deal_id, reason), self.tr("Deal marked as lost.")
        ):
            self.select_deal(deal_id)

    def reopen(self) -> None:
        deal_id = self.current_deal_id()
        if deal_id and not self._deleted_view():
            if self._run(lambda: pl.reopen(self.db, deal_id), self.tr("Deal reopened.")):
                self.select_deal(deal_id)

    def delete_selected(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids or self._deleted_view():
            return None
        box = ask(
            self,
            self.tr("Delete %n deal(s)?", "", len(ids)),
            self.tr("You can undo this with Edit ▸ Undo, or restore them from the deleted deals."),
            self.tr("Delete"),
            lambda: self._run(
                lambda: pl.delete_deals(self.db, ids),
                self.tr("%n deal(s) deleted.", "", len(ids)),
            ),
            name="confirmDelete",
        )
        self._dialog = box
        return box

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._deleted_view():
            self._run(
                lambda: pl.restore_deals(self.db, ids),
                self.tr("%n deal(s) restored.", "", len(ids)),
            )

    def edit_pipelines(self) -> PipelinesDialog:
        dialog = PipelinesDialog(self.db, self, pipeline_id=self.pipeline_combo.pipeline_id())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._pipelines_changed)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _pipelines_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @property
    def forecast(self) -> ForecastView:
        """The forecast view, built the first time it is asked for."""
        if self._forecast is None:
            from ui.forecast_view import ForecastView

            self._forecast = ForecastView(self.db, self._forecast_page)
            self._forecast.bucketChosen.connect(self.list_bucket)
            if self._today is not None:
                self._forecast.today = self._today
            layout = self._forecast_page.layout()
            assert layout is not None
            layout.addWidget(self._forecast)
        return self._forecast

    def set_today(self, today: date) -> None:
        """Pretend it is ``today`` (overdue flags, forecast buckets): tests and screenshots."""
        self._today = today
        if self._forecast is not None:
            self._forecast.today = today


__all__ = ["VIEWS", "PipelinePane"]
