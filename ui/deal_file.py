"""The deal file: one deal on one screen.

Where it stands (stage path, status, amount excluding VAT, probability, weighted amount,
expected close), who it is with (links to the contact's and the company's files), what
it is made of (product lines with their totals excluding VAT, VAT, including VAT), what
happens next (its tasks) and what happened (its interactions, newest first).

Toolbar: Back, Log interaction, New task, Next stage, Won, Lost…, Reopen, Edit, History.
The data comes from ``app.pipeline.load_deal_file`` and ``app.interactions.timeline``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import pipeline as pl
from app.errors import UserError, ValidationError
from app.interactions import TimelineEntry, timeline
from app.pipeline import DealFile
from models.database import Database, DatabaseError
from models.enums import Channel
from ui import formatting as fmt
from ui.errors import show_error, translate_template
from ui.kanban import LostReasonDialog
from ui.product_dialog import app_icon, percent_text, vat_label
from ui.record_file import (
    BAD_COLORS,
    DANGER,
    GOOD_COLORS,
    INFO_COLORS,
    NEUTRAL_COLORS,
    RecordFileView,
    custom_value_text,
    make_badge,
    make_card,
    make_label,
    make_link,
    make_muted,
    make_tile,
    native_shortcut,
)
from ui.timeline import TIMELINE_PAGE, TimelineActions, TimelineCard

LOG_SHORTCUT = "Ctrl+Shift+L"
TASK_SHORTCUT = "Ctrl+T"
NEXT_STAGE_SHORTCUT = "Ctrl+Right"
WON_SHORTCUT = "Ctrl+Alt+W"
LOST_SHORTCUT = "Ctrl+Alt+L"
REOPEN_SHORTCUT = "Ctrl+Alt+R"
FIRST_TIMELINE_PAGE = 10
TASKS_SHOWN = 8


@dataclass(frozen=True)
class DealFileData:
    """What the file shows: the deal, and the interactions shown of its timeline."""

    deal: DealFile
    interactions: tuple[TimelineEntry, ...]

    @property
    def deleted_at(self) -> datetime | None:
        return self.deal.deleted_at


class DealFileView(RecordFileView):
    """One deal's file. ``show_deal(id)`` loads it; ``refresh()`` reloads it."""

    record_kind = "deal"
    object_name = "dealFile"

    def __init__(self, db: Database, parent: QWidget | None = None, *, jobs: Any = None) -> None:
        self.db = db
        self.jobs = jobs
        self._dialog: Any = None
        self._timeline_shown = FIRST_TIMELINE_PAGE
        super().__init__(parent)
        self.timeline_actions = TimelineActions(db, self)
        self.timeline_actions.changed.connect(self._written)
        self.timeline_actions.openRequested.connect(self.openRequested)
        self.timeline_actions.message.connect(self.message)

    # -- public API -----------------------------------------------------------------------

    def deal_file(self) -> DealFile | None:
        data = self.record_data()
        return data.deal if isinstance(data, DealFileData) else None

    def show_deal(self, deal_id: str) -> None:
        if deal_id != self.current_id():
            self._timeline_shown = FIRST_TIMELINE_PAGE
        self.show_record(deal_id)

    @property
    def dialog(self) -> Any:
        """The form or prompt opened last, while it is open."""
        return self._dialog

    def quick_actions(self) -> list[QAction]:
        return self.file_actions()

    # -- RecordFileView -------------------------------------------------------------------

    def _make_action(
        self, name: str, text: str, icon_name: str, tip: str, shortcut: str, slot: Any
    ) -> QAction:
        action = QAction(app_icon(icon_name), text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({native_shortcut(shortcut)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def build_actions(self) -> None:
        self.log_action = self._make_action(
            "logDealInteraction",
            self.tr("Log interaction"),
            "new",
            self.tr("Log a call, an e-mail, a meeting… about this deal"),
            LOG_SHORTCUT,
            self.log_interaction,
        )
        self.task_action = self._make_action(
            "newDealTask",
            self.tr("New task"),
            "task-new",
            self.tr("Plan a task for this deal"),
            TASK_SHORTCUT,
            self.new_task,
        )
        self.next_stage_action = self._make_action(
            "nextStage",
            self.tr("Next stage"),
            "pipeline",
            self.tr("Move the deal to the next stage"),
            NEXT_STAGE_SHORTCUT,
            self.move_to_next_stage,
        )
        self.won_action = self._make_action(
            "markWon",
            self.tr("Won"),
            "won",
            self.tr("Mark the deal as won"),
            WON_SHORTCUT,
            self.mark_won,
        )
        self.lost_action = self._make_action(
            "markLost",
            self.tr("Lost…"),
            "lost",
            self.tr("Mark the deal as lost, saying why"),
            LOST_SHORTCUT,
            self.mark_lost,
        )
        self.reopen_action = self._make_action(
            "reopenDeal",
            self.tr("Reopen"),
            "restore",
            self.tr("Open the deal again"),
            REOPEN_SHORTCUT,
            self.reopen,
        )
        from ui.pdf_actions import PDF_SHORTCUT, PdfExporter

        self.pdf = PdfExporter(self.db, self, jobs=self.jobs)
        self.quote_action = self.pdf.make_action(
            self.tr("Quote PDF"),
            "exportQuotePdf",
            PDF_SHORTCUT,
            self.tr("The quote of this deal's lines as a PDF (numbered when first issued)"),
        )
        self.quote_action.triggered.connect(self.export_quote)

    def file_actions(self) -> list[QAction]:
        return [
            self.log_action,
            self.task_action,
            self.next_stage_action,
            self.won_action,
            self.lost_action,
            self.reopen_action,
            self.quote_action,
        ]

    def export_quote(self) -> object:
        """Ask where to save the deal's quote, issue or print it again, open it."""
        data = self.deal_file()
        if data is None:
            return None
        from app.documents.quote import issue_quote

        deal_id = data.id
        return self.pdf.export(
            data.title,
            self.tr("Quote %1").replace("%1", data.title),
            lambda options, path: issue_quote(self.db, deal_id, path, options),
            writes=True,
        )

    def actions_enabled(self, enabled: bool) -> None:
        super().actions_enabled(enabled)
        deal = self.deal_file()
        if deal is None or not enabled:
            return
        is_open = deal.status == "open"
        self.next_stage_action.setEnabled(deal.next_stage is not None)
        self.won_action.setEnabled(deal.status != "won")
        self.lost_action.setEnabled(deal.status != "lost")
        self.reopen_action.setEnabled(not is_open)
        for name, visible in (("reopenDeal", not is_open), ("nextStage", is_open)):
            button = self.file_buttons.get(name) if hasattr(self, "file_buttons") else None
            if button is not None:
                button.setVisible(visible)

    def empty_text(self) -> str:
        return self.tr("No deal selected.")

    def load_data(self, record_id: str) -> DealFileData:
        deal = pl.load_deal_file(self.db, record_id)
        entries = timeline(self.db, deal_id=record_id, limit=self._timeline_shown)
        return DealFileData(deal, tuple(entries))

    def deleted_at(self, data: Any) -> datetime | None:
        return data.deleted_at if isinstance(data, DealFileData) else None

    def deleted_text(self, data: Any) -> str:
        return self.tr("This deal was deleted on {when}. It no longer appears in lists.").replace(
            "{when}", fmt.datetime_text(self.deleted_at(data))
        )

    def restore_record(self, record_id: str) -> None:
        pl.restore_deals(self.db, [record_id])

    def build_page(self, data: Any, page: QWidget, layout: QVBoxLayout) -> None:
        assert isinstance(data, DealFileData)
        deal = data.deal
        layout.addWidget(self._header(deal, page))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._customer_card(deal, page))
        if deal.custom:
            left.addWidget(self._custom_card(deal, page))
        left.addWidget(self._tasks_card(deal, page))
        left.addWidget(self._notes_card(deal, page))
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self._lines_card(deal, page))
        right.addWidget(self._timeline_card(data, page))
        right.addStretch(1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)

    # -- the header -----------------------------------------------------------------------

    def _status_text(self, deal: DealFile) -> str:
        return {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}.get(
            deal.status, deal.status
        )

    def _header(self, deal: DealFile, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("card")
        card.setProperty("section", "header")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(8)
        title = make_label(deal.title, card, scale=1.5, bold=True, name="dealTitle")
        top.addWidget(title, 1)
        colors = {"won": GOOD_COLORS, "lost": BAD_COLORS}.get(deal.status, INFO_COLORS)
        top.addWidget(
            make_badge(deal.stage_name, colors, card, "stageBadge"), 0, Qt.AlignmentFlag.AlignTop
        )
        if deal.status != "open":
            top.addWidget(
                make_badge(self._status_text(deal), colors, card, "statusBadge"),
                0,
                Qt.AlignmentFlag.AlignTop,
            )
        layout.addLayout(top)
        layout.addLayout(self._stage_path(deal, card))

        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        default = self.tr("stage default") if deal.default_probability else self.tr("set by hand")
        tiles.addWidget(
            make_tile(
                self.tr("Amount excl. VAT"),
                fmt.money(deal.amount_cents, deal.currency),
                self.tr("incl. VAT %1").replace("%1", fmt.money(self._ttc(deal), deal.currency)),
                card,
                "amountValue",
            )
        )
        tiles.addWidget(
            make_tile(
                self.tr("Probability"),
                percent_text(deal.probability * 100),
                default,
                card,
                "probabilityValue",
            )
        )
        tiles.addWidget(
            make_tile(
                self.tr("Weighted amount"),
                fmt.money(deal.weighted_cents, deal.currency),
                self.tr("amount × probability"),
                card,
                "weightedValue",
            )
        )
        if deal.status == "open":
            close = fmt.date_text(deal.expected_close_date) or self.tr("not set")
            sub = fmt.relative_day(deal.expected_close_date) if deal.expected_close_date else ""
            tile = make_tile(self.tr("Expected close"), close, sub, card, "closeValue")
            if deal.overdue:
                value = tile.findChild(QLabel, "closeValue")
                if value is not None:
                    value.setStyleSheet(f"color: {DANGER};")
                    value.setToolTip(self.tr("The expected close date is past"))
        else:
            tile = make_tile(
                self.tr("Closed"),
                fmt.date_text(deal.closed_at),
                deal.close_reason,
                card,
                "closeValue",
            )
        tiles.addWidget(tile)
        layout.addLayout(tiles)
        return card

    def _ttc(self, deal: DealFile) -> int:
        if deal.lines:
            return deal.totals.ttc_cents
        return deal.amount_cents  # no lines: no VAT known

    def _stage_path(self, deal: DealFile, parent: QWidget) -> QHBoxLayout:
        """The stages of the pipeline as a path, the deal's stage highlighted."""
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(
            make_label(
                self.tr("%1:").replace("%1", deal.pipeline_name), parent, muted=True, wrap=False
            )
        )
        passed = True
        for stage in deal.stages:
            current = stage.id == deal.stage_id
            if current:
                colors = {"won": GOOD_COLORS, "lost": BAD_COLORS}.get(stage.kind, INFO_COLORS)
                passed = False
            elif passed and stage.is_open:
                colors = ("#e0f2fe", "#075985")
            else:
                colors = NEUTRAL_COLORS
            chip = make_badge(stage.name, colors, parent, "stageChip")
            chip.setToolTip(
                self.tr("%1 — default probability %2")
                .replace("%1", stage.name)
                .replace("%2", percent_text(stage.probability * 100))
            )
            if current:
                font = chip.font()
                font.setBold(True)
                chip.setFont(font)
            row.addWidget(chip)
        row.addStretch(1)
        return row

    # -- who, notes, custom fields --------------------------------------------------------

    def _customer_card(self, deal: DealFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Customer"), parent, "customer")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        row = 0

        def add(caption: str, widget: QWidget) -> None:
            nonlocal row
            grid.addWidget(make_label(caption, card, muted=True, wrap=False), row, 0)
            grid.addWidget(widget, row, 1)
            row += 1

        if deal.contact_name:
            if deal.contact_id:
                link = make_link(deal.contact_name, card, "contactLink")
                link.setToolTip(self.tr("Open the contact's file"))
                link.clicked.connect(
                    lambda: self.openRequested.emit("contact", deal.contact_id or "")
                )
                add(self.tr("Contact"), link)
            else:
                add(self.tr("Contact"), make_label(deal.contact_name, card))
        if deal.company_name:
            if deal.company_id:
                link = make_link(deal.company_name, card, "companyLink")
                link.setToolTip(self.tr("Open the company's file"))
                link.clicked.connect(
                    lambda: self.openRequested.emit("company", deal.company_id or "")
                )
                add(self.tr("Company"), link)
            else:
                add(self.tr("Company"), make_label(deal.company_name, card))
        if not deal.contact_name and not deal.company_name:
            add(self.tr("Contact"), make_muted(self.tr("Nobody linked yet."), card, "noCustomer"))
        add(self.tr("Owner"), make_label(deal.owner_name or "—", card, name="ownerValue"))
        add(self.tr("Pipeline"), make_label(deal.pipeline_name, card))
        add(self.tr("Created"), make_label(fmt.date_text(deal.created_at), card))
        if deal.status != "open" and deal.close_reason:
            caption = self.tr("Why it was won") if deal.status == "won" else self.tr("Why lost")
            add(caption, make_label(deal.close_reason, card, name="closeReason"))
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return card

    def _notes_card(self, deal: DealFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Notes"), parent, "notes")
        if deal.notes:
            layout.addWidget(make_label(deal.notes, card, name="notesText"))
        else:
            layout.addWidget(make_muted(self.tr("No notes."), card, "noNotes"))
        return card

    def _custom_card(self, deal: DealFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Other information"), parent, "custom")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, value in enumerate(deal.custom):
            grid.addWidget(make_label(value.label, card, muted=True, wrap=False), row, 0)
            text = custom_value_text(value.field_type, value.value) or "—"
            grid.addWidget(make_label(text, card), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return card

    # -- lines ----------------------------------------------------------------------------

    def _lines_card(self, deal: DealFile, parent: QWidget) -> QFrame:
        title = self.tr("Products")
        if deal.lines:
            title = f"{title} ({fmt.number(len(deal.lines))})"
        card, layout = make_card(title, parent, "lines")
        if not deal.lines:
            layout.addWidget(
                make_muted(
                    self.tr("No product lines: the amount was typed. Add lines with Edit."),
                    card,
                    "noLines",
                )
            )
            return card
        table = QTableWidget(len(deal.lines), 6, card)
        table.setObjectName("linesTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("VAT"),
                self.tr("Total excl. VAT"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(deal.lines):
            values = (
                line.description,
                fmt.number(line.quantity, 0 if float(line.quantity).is_integer() else 3),
                fmt.money(line.unit_price_cents, deal.currency),
                percent_text(line.discount_bp) if line.discount_bp else "",
                vat_label(line.vat_rate_bp),
                fmt.money(line.total_cents, deal.currency),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                if column == 0 and line.reference:
                    item.setToolTip(f"{line.reference} — {line.description}")
                table.setItem(row, column, item)
        height = table.horizontalHeader().sizeHint().height()
        height += sum(table.rowHeight(r) for r in range(table.rowCount())) + 4
        table.setFixedHeight(height)
        layout.addWidget(table)

        totals = QGridLayout()
        totals.setHorizontalSpacing(16)
        totals.setColumnStretch(0, 1)
        lines = [(self.tr("Total excl. VAT"), deal.totals.ht_cents, "totalHt", True)]
        for rate, _base, vat in deal.totals.by_rate:
            lines.append((self.tr("VAT %1").replace("%1", vat_label(rate)), vat, "", False))
        lines.append((self.tr("Total incl. VAT"), deal.totals.ttc_cents, "totalTtc", True))
        for row, (caption, cents, name, bold) in enumerate(lines):
            label = make_label(caption, card, muted=not bold, bold=bold, wrap=False)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            value = make_label(
                fmt.money(cents, deal.currency), card, bold=bold, wrap=False, name=name
            )
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            totals.addWidget(label, row, 1)
            totals.addWidget(value, row, 2)
        layout.addLayout(totals)
        return card

    # -- tasks and timeline ---------------------------------------------------------------

    def _tasks_card(self, deal: DealFile, parent: QWidget) -> QFrame:
        open_tasks = [t for t in deal.tasks if t.done_at is None]
        card, layout = make_card(self.tr("Tasks"), parent, "tasks")
        if not deal.tasks:
            layout.addWidget(make_muted(self.tr("No task."), card, "noTask"))
        for task in deal.tasks[:TASKS_SHOWN]:
            line = QHBoxLayout()
            done = task.done_at is not None
            text = ("✓ " if done else "• ") + task.title
            label = make_label(text, card, muted=done, name="taskTitle")
            if task.owner:
                label.setToolTip(task.owner)
            line.addWidget(label, 1)
            if task.due_at is not None and not done:
                due = fmt.date_text(task.due_at)
                overdue = fmt.is_past(task.due_at)
                if overdue:
                    due = self.tr("overdue since {date}").replace("{date}", due)
                due_label = make_label(due, card, wrap=False, name="taskDue")
                if overdue:
                    due_label.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
                line.addWidget(due_label, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(line)
        hidden = len(deal.tasks) - TASKS_SHOWN
        if hidden > 0:
            layout.addWidget(
                make_muted(self.tr("… and %n more task(s)", "", hidden), card, "moreTasks")
            )
        if deal.deleted_at is None:
            link = make_link(
                self.tr("New task (%1)").replace("%1", native_shortcut(TASK_SHORTCUT)),
                card,
                "newTaskLink",
            )
            link.clicked.connect(self.new_task)
            layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        card.setProperty("openTasks", len(open_tasks))
        return card

    def _timeline_card(self, data: DealFileData, parent: QWidget) -> QFrame:
        hint = self.tr("No interaction yet. Log one with {keys}.").replace(
            "{keys}", native_shortcut(LOG_SHORTCUT)
        )
        card = TimelineCard(
            data.interactions,
            data.deal.interaction_count,
            parent,
            context="deal",
            empty_hint=hint,
            editable=data.deal.deleted_at is None,
        )
        card.moreRequested.connect(self._more_timeline)
        self.timeline_actions.attach(card)
        return card

    # -- actions --------------------------------------------------------------------------

    def _live_deal(self) -> DealFile | None:
        deal = self.deal_file()
        return deal if deal is not None and deal.deleted_at is None else None

    @Slot()
    def log_interaction(self) -> Any:
        """Open the interaction form about this deal (never blocks)."""
        from ui.interaction_dialog import InteractionDialog

        deal = self._live_deal()
        if deal is None:
            return None
        dialog = InteractionDialog(
            self.db,
            deal.contact_id,
            Channel.PHONE.value,
            self,
            contact_name=deal.contact_name,
            company_id=deal.company_id,
            deal_id=deal.id,
        )
        dialog.saved.connect(lambda _id: self._written())
        self._opened(dialog)
        dialog.open()
        return dialog

    @Slot()
    def new_task(self) -> Any:
        """Open the task form linked to this deal (never blocks)."""
        from ui.task_dialog import TaskDialog

        deal = self._live_deal()
        if deal is None:
            return None
        dialog = TaskDialog(
            self.db, self, deal_id=deal.id, contact_id=deal.contact_id, company_id=deal.company_id
        )
        dialog.saved.connect(lambda _id: self._written())
        self._opened(dialog)
        dialog.open()
        return dialog

    def _run(self, work: Any, message: str) -> bool:
        try:
            work()
        except ValidationError as error:
            self.message.emit(translate_template(next(iter(error.fields.values()))))
            return False
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            return False
        self._written()
        self.message.emit(message)
        return True

    @Slot()
    def move_to_next_stage(self) -> None:
        deal = self._live_deal()
        if deal is None or deal.next_stage is None:
            return
        stage = deal.next_stage
        self._run(
            lambda: pl.move_deal(self.db, deal.id, stage.id, 0),
            self.tr("Moved to %1.").replace("%1", stage.name),
        )

    @Slot()
    def mark_won(self) -> None:
        deal = self._live_deal()
        if deal is not None and deal.status != "won":
            self._run(lambda: pl.mark_won(self.db, deal.id), self.tr("Deal marked as won."))

    @Slot()
    def mark_lost(self) -> LostReasonDialog | None:
        """Ask why (without blocking), then close the deal as lost."""
        deal = self._live_deal()
        if deal is None or deal.status == "lost":
            return None
        dialog = LostReasonDialog(self.db, deal.title, self)
        dialog.textValueSelected.connect(
            lambda reason: self._run(
                lambda: pl.mark_lost(self.db, deal.id, reason), self.tr("Deal marked as lost.")
            )
        )
        self._opened(dialog)
        dialog.open()
        return dialog

    @Slot()
    def reopen(self) -> None:
        deal = self._live_deal()
        if deal is not None and deal.status != "open":
            self._run(lambda: pl.reopen(self.db, deal.id), self.tr("Deal reopened."))

    def _opened(self, dialog: Any) -> None:
        if self._dialog is not None:
            try:
                self._dialog.close()
            except RuntimeError:  # already deleted by Qt
                pass
        self._dialog = dialog
        dialog.destroyed.connect(self._dialog_destroyed)

    @Slot()
    def _dialog_destroyed(self) -> None:
        self._dialog = None

    @Slot()
    def _written(self) -> None:
        self.refresh()
        self.changed.emit()

    @Slot()
    def _more_timeline(self) -> None:
        self._timeline_shown += TIMELINE_PAGE
        self.refresh()


__all__ = ["DealFileData", "DealFileView", "FIRST_TIMELINE_PAGE", "LOG_SHORTCUT"]
