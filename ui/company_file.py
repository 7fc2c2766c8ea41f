"""The company file: one B2B account on one screen.

Who the company is (name, legal name, sector, size, SIREN/SIRET/VAT number, tags), how to
reach it (contact details, head office and delivery addresses), the people who work there
(a compact table: a click opens the contact's file), what the account buys (revenue tiles
and the latest orders), the open deals (a click opens the deal), the open tasks, and the
combined timeline of the company and its people. The data comes from
``app.company_file.load_company_file`` as plain values; this widget only lays it out.

Signals (from ``RecordFileView``): ``editRequested(id)``, ``historyRequested(id)``,
``backRequested()``, ``changed()`` after a write made here (an interaction logged, a
task created, the company restored), ``openRequested(kind, id)`` ("contact", "deal"),
``message(str)``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.companies import CompanyService
from app.company_file import ORDERS_PAGE, CompanyFile, PersonSummary, load_company_file
from app.identifiers import format_siren, format_siret, format_vat_number
from models.database import Database
from models.enums import Channel, OrderKind
from ui import formatting as fmt
from ui.company_table_model import size_label
from ui.record_file import (
    DANGER,
    INFO_COLORS,
    NEUTRAL_COLORS,
    TAG_COLORS,
    FlowLayout,
    RecordFileView,
    address_text,
    custom_value_text,
    icon_or_blank,
    make_badge,
    make_card,
    make_label,
    make_link,
    make_muted,
    make_tile,
    native_shortcut,
)
from ui.timeline import TIMELINE_PAGE, TimelineActions, TimelineCard

if TYPE_CHECKING:
    from ui.interaction_dialog import InteractionDialog
    from ui.jobs import JobManager
    from ui.task_dialog import TaskDialog

LOG_SHORTCUT = "Ctrl+Shift+L"
TASK_SHORTCUT = "Ctrl+T"
#: Orders shown at first, and added by "Show more orders".
ORDERS_SHOWN = 8
#: People rows visible before the table scrolls.
PEOPLE_ROWS = 8
#: Interactions shown at first (each is a rich widget: the page opens fast with a few),
#: then "Show older interactions" adds ``TIMELINE_PAGE`` at a time.
FIRST_TIMELINE_PAGE = 10
#: Open tasks and open deals listed before "… and N more".
TASKS_SHOWN = 8
DEALS_SHOWN = 10
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """The people of the company, for the compact table of the file (read-only)."""

    COLUMNS = ("name", "job_title", "email", "phone", "last_interaction")

    def __init__(self, people: tuple[PersonSummary, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def person_id(self, row: int) -> str:
        return self.people[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "last_interaction":
                return fmt.date_text(person.last_interaction)
            return getattr(person, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "last_interaction" and person.last_interaction is not None:
                return fmt.relative_day(person.last_interaction)
            if key == "name":
                return self.tr("Open the file of %1").replace("%1", person.name)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "name": self.tr("Name"),
            "job_title": self.tr("Job title"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "last_interaction": self.tr("Last interaction"),
        }[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class CompanyFileView(RecordFileView):
    """One company's file. ``show_company(id)`` loads it; ``refresh()`` reloads it."""

    record_kind = "company"
    object_name = "companyFile"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        jobs: JobManager | None = None,
    ) -> None:
        self.db = db
        self.jobs = jobs
        self._dialog: InteractionDialog | TaskDialog | None = None
        self._timeline_shown = FIRST_TIMELINE_PAGE
        self._orders_shown = ORDERS_SHOWN
        super().__init__(parent)
        self.timeline_actions = TimelineActions(db, self)
        self.timeline_actions.changed.connect(self._written)
        self.timeline_actions.openRequested.connect(self.openRequested)
        self.timeline_actions.message.connect(self.message)

    # -- public API -------------------------------------------------------------------

    def company_file(self) -> CompanyFile | None:
        """The data shown (None when no company is shown)."""
        data = self.record_data()
        return data if isinstance(data, CompanyFile) else None

    def show_company(self, company_id: str) -> None:
        if company_id != self.current_id():
            self._timeline_shown = FIRST_TIMELINE_PAGE
            self._orders_shown = ORDERS_SHOWN
        self.show_record(company_id)

    def quick_actions(self) -> list[QAction]:
        """The file's own actions (log an interaction, new task), for a menu."""
        return self.file_actions()

    @property
    def dialog(self) -> QWidget | None:
        """The interaction or task form opened last, while it is open."""
        return self._dialog

    @Slot()
    def log_interaction(self) -> InteractionDialog | None:
        """Open the interaction form for the company (never blocks)."""
        from ui.interaction_dialog import InteractionDialog

        data = self.company_file()
        if data is None or data.deleted_at is not None:
            return None
        dialog = InteractionDialog(self.db, None, Channel.PHONE.value, self, company_id=data.id)
        dialog.saved.connect(lambda _id: self._written())
        self._opened(dialog)
        dialog.open()
        return dialog

    @Slot()
    def new_task(self) -> TaskDialog | None:
        """Open the task form linked to the company (never blocks)."""
        from ui.task_dialog import TaskDialog

        data = self.company_file()
        if data is None or data.deleted_at is not None:
            return None
        dialog = TaskDialog(self.db, self, company_id=data.id)
        dialog.saved.connect(lambda _id: self._written())
        self._opened(dialog)
        dialog.open()
        return dialog

    # -- RecordFileView ----------------------------------------------------------------

    def build_actions(self) -> None:
        self.log_action = QAction(icon_or_blank("new"), self.tr("Log interaction"), self)
        self.log_action.setObjectName("logCompanyInteraction")
        self.log_action.setShortcut(QKeySequence(LOG_SHORTCUT))
        self.log_action.setToolTip(
            self.tr("Log a call, an e-mail, a meeting… with this company (%1)").replace(
                "%1", native_shortcut(LOG_SHORTCUT)
            )
        )
        self.log_action.triggered.connect(self.log_interaction)
        self.task_action = QAction(icon_or_blank("task-new"), self.tr("New task"), self)
        self.task_action.setObjectName("newCompanyTask")
        self.task_action.setShortcut(QKeySequence(TASK_SHORTCUT))
        self.task_action.setToolTip(
            self.tr("Plan a task for this company (%1)").replace(
                "%1", native_shortcut(TASK_SHORTCUT)
            )
        )
        self.task_action.triggered.connect(self.new_task)
        for action in (self.log_action, self.task_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        from ui.pdf_actions import PDF_SHORTCUT, PdfExporter

        self.pdf = PdfExporter(self.db, self, jobs=self.jobs)
        self.pdf_action = self.pdf.make_action(
            self.tr("Export PDF"),
            "exportCompanyPdf",
            PDF_SHORTCUT,
            self.tr("The company file as a PDF, to print or send"),
        )
        self.pdf_action.triggered.connect(self.export_pdf)

    def file_actions(self) -> list[QAction]:
        return [self.log_action, self.task_action, self.pdf_action]

    def export_pdf(self) -> object:
        """Ask where to save the company file as a PDF, write it, open it."""
        data = self.company_file()
        if data is None:
            return None
        from app.documents.customer import company_file_pdf

        company_id = data.id
        return self.pdf.export(
            data.name,
            self.tr("Company file %1").replace("%1", data.name),
            lambda options, path: company_file_pdf(self.db, company_id, path, options),
        )

    def empty_text(self) -> str:
        return self.tr("No company selected.")

    def load_data(self, record_id: str) -> CompanyFile:
        return load_company_file(
            self.db,
            record_id,
            timeline_limit=self._timeline_shown,
            order_limit=max(self._orders_shown, ORDERS_PAGE),
        )

    def deleted_text(self, data: Any) -> str:
        return self.tr(
            "This company was deleted on {when}. It no longer appears in lists."
        ).replace("{when}", fmt.datetime_text(data.deleted_at))

    def restore_record(self, record_id: str) -> None:
        CompanyService(self.db).restore([record_id])

    def build_page(self, data: Any, page: QWidget, layout: QVBoxLayout) -> None:
        assert isinstance(data, CompanyFile)
        layout.addWidget(self._header(data, page))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self._details_card(data, page))
        if data.custom:
            left.addWidget(self._custom_card(data, page))
        left.addWidget(self._tasks_card(data, page))
        left.addWidget(self._notes_card(data, page))
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(14)
        right.addWidget(self._people_card(data, page))
        right.addWidget(self._sales_card(data, page))
        right.addWidget(self._deals_card(data, page))
        right.addWidget(self._timeline_card(data, page))
        right.addStretch(1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)

    # -- WHO --------------------------------------------------------------------------

    def _header(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("card")
        card.setProperty("section", "header")
        row = QHBoxLayout(card)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(18)
        initials = "".join(word[:1] for word in data.name.split()[:2]).upper() or "?"
        avatar = QLabel(initials, card)
        avatar.setObjectName("avatar")
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        avatar.setFixedSize(64, 64)
        avatar.setStyleSheet(
            f"background: {INFO_COLORS[0]}; color: {INFO_COLORS[1]}; border-radius: 12px;"
            " font-size: 22px; font-weight: 700;"
        )
        row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(make_label(data.name, card, scale=1.75, bold=True, name="nameLabel"))
        if data.legal_name and data.legal_name != data.name:
            column.addWidget(make_label(data.legal_name, card, muted=True, name="legalName"))
        badges = FlowLayout(spacing=6)
        if data.sector:
            badges.addWidget(make_badge(data.sector, INFO_COLORS, card, "sectorBadge"))
        if data.size:
            badges.addWidget(make_badge(size_label(data.size), NEUTRAL_COLORS, card, "sizeBadge"))
        for tag in data.tags:
            chip = QLabel(f"# {tag}", card)
            chip.setObjectName("tagChip")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setStyleSheet(
                f"background: {TAG_COLORS[0]}; color: {TAG_COLORS[1]}; border: 1px solid #cbd5e1;"
                " border-radius: 9px; padding: 1px 8px;"
            )
            badges.addWidget(chip)
        if badges.count():
            holder = QWidget(card)
            holder.setLayout(badges)
            column.addSpacing(4)
            column.addWidget(holder)
        row.addLayout(column, 1)
        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(3)
        identifiers = [
            (self.tr("SIREN"), format_siren(data.siren), "siren"),
            (self.tr("SIRET"), format_siret(data.siret), "siret"),
            (self.tr("VAT"), format_vat_number(data.vat_number), "vatNumber"),
        ]
        line = 0
        for caption, value, name in identifiers:
            if not value:
                continue
            facts.addWidget(make_label(caption, card, muted=True, wrap=False), line, 0)
            facts.addWidget(make_label(value, card, bold=True, wrap=False, name=name), line, 1)
            line += 1
        since = self.tr("In the file since {date}").replace(
            "{date}", fmt.date_text(data.created_at)
        )
        right = QVBoxLayout()
        right.setSpacing(3)
        aligned = QHBoxLayout()
        aligned.addStretch(1)
        aligned.addLayout(facts)
        right.addLayout(aligned)
        right.addWidget(
            make_label(since, card, muted=True, wrap=False), 0, Qt.AlignmentFlag.AlignRight
        )
        right.addStretch(1)
        row.addLayout(right)
        return card

    def _details_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Contact details"), parent, "details")
        rows: list[tuple[str, str, bool]] = []
        if data.email:
            email = html.escape(data.email)
            rows.append(
                (
                    self.tr("E-mail"),
                    f'<a href="mailto:{html.escape(data.email, True)}">{email}</a>',
                    True,
                )
            )
        if data.phone:
            target = data.phone_e164 or "".join(c for c in data.phone if c.isdigit() or c == "+")
            rows.append(
                (
                    self.tr("Phone"),
                    f'<a href="tel:{html.escape(target, True)}">{html.escape(data.phone)}</a>',
                    True,
                )
            )
        if data.website:
            shown = data.website.split("://", 1)[-1].rstrip("/")
            rows.append(
                (
                    self.tr("Website"),
                    f'<a href="{html.escape(data.website, True)}">{html.escape(shown)}</a>',
                    True,
                )
            )
        head = address_text(
            data.address_line1, data.address_line2, data.postcode, data.city, data.country
        )
        if head:
            rows.append((self.tr("Head office"), head, False))
        if data.has_delivery_address:
            delivery = address_text(
                data.delivery_address_line1,
                data.delivery_address_line2,
                data.delivery_postcode,
                data.delivery_city,
                data.delivery_country,
            )
            rows.append((self.tr("Delivery"), delivery, False))
        elif head:
            rows.append((self.tr("Delivery"), self.tr("Same as the head office"), False))
        if data.owner:
            rows.append((self.tr("Owner"), data.owner, False))
        if data.external_ref:
            rows.append((self.tr("External ref."), data.external_ref, False))
        if not rows:
            layout.addWidget(make_muted(self.tr("No contact details yet."), card))
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(7)
        grid.setColumnStretch(1, 1)
        for index, (caption, value, rich) in enumerate(rows):
            grid.addWidget(
                make_label(caption, card, muted=True, wrap=False),
                index,
                0,
                Qt.AlignmentFlag.AlignTop,
            )
            label = make_label(value, card, rich=rich, name=f"detail{index}")
            if caption == self.tr("Delivery") and not data.has_delivery_address:
                label.setProperty("muted", True)
            grid.addWidget(label, index, 1)
        layout.addLayout(grid)
        return card

    def _custom_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Other information"), parent, "custom")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for row, value in enumerate(data.custom):
            grid.addWidget(make_label(value.label, card, muted=True, wrap=False), row, 0)
            shown = custom_value_text(value.field_type, value.value)
            grid.addWidget(make_label(shown or "—", card, muted=not shown), row, 1)
        layout.addLayout(grid)
        return card

    def _notes_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Notes"), parent, "notes")
        if data.notes:
            layout.addWidget(make_label(data.notes, card, name="notesLabel"))
        else:
            layout.addWidget(make_muted(self.tr("No notes."), card))
        return card

    # -- PEOPLE -----------------------------------------------------------------------

    def _people_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        title = self.tr("People")
        if data.people:
            title = f"{title} ({fmt.number(len(data.people))})"
        card, layout = make_card(title, parent, "people")
        if not data.people:
            layout.addWidget(
                make_muted(
                    self.tr("Nobody yet. Give a contact this company in their form."),
                    card,
                    "noPeople",
                )
            )
            return card
        table = QTableView(card)
        table.setObjectName("peopleTable")
        self.people_model = PeopleModel(data.people, table)
        table.setModel(self.people_model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setCursor(Qt.CursorShape.PointingHandCursor)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        widths = {1: 140, 3: 110, 4: 110}
        for column, width in widths.items():
            header.resizeSection(column, width)
        shown = min(len(data.people), PEOPLE_ROWS)
        table.setFixedHeight(
            header.sizeHint().height() + shown * rows.defaultSectionSize() + 2 * table.frameWidth()
        )
        table.clicked.connect(self._person_clicked)
        table.activated.connect(self._person_clicked)
        layout.addWidget(table)
        self.people_table = table
        return card

    @Slot(QModelIndex)
    def _person_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit("contact", self.people_model.person_id(index.row()))

    # -- WHAT THE ACCOUNT BUYS -----------------------------------------------------------

    def _sales_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Sales"), parent, "sales")
        if not data.orders and data.order_count == 0:
            layout.addWidget(make_muted(self.tr("No orders yet."), card, "noOrders"))
            return card
        currency = data.currency
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        last = fmt.relative_day(data.last_order) if data.last_order else ""
        for name, caption, value, sub in (
            (
                "figureThisYear",
                self.tr("This year"),
                fmt.money(data.revenue_this_year_cents, currency),
                "",
            ),
            (
                "figureLastYear",
                self.tr("Last year"),
                fmt.money(data.revenue_last_year_cents, currency),
                "",
            ),
            (
                "figureTotal",
                self.tr("All time"),
                fmt.money(data.revenue_total_cents, currency),
                self.tr("since {date}").replace("{date}", fmt.date_text(data.first_order))
                if data.first_order
                else "",
            ),
            (
                "figureAverage",
                self.tr("Average basket"),
                fmt.money(data.average_basket_cents, currency),
                "",
            ),
            ("figureOrders", self.tr("Orders"), fmt.number(data.order_count), last),
        ):
            tiles.addWidget(make_tile(caption, value, sub, card, name), 1)
        layout.addLayout(tiles)
        layout.addWidget(self._orders_table(data, card))
        total = data.order_count + data.credit_note_count
        if total > self._orders_shown:
            more = make_link(
                self.tr("Show more orders ({count} in all)").replace("{count}", fmt.number(total)),
                card,
                "moreOrders",
            )
            more.clicked.connect(self._more_orders)
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _orders_table(self, data: CompanyFile, parent: QWidget) -> QTableView:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        orders = data.orders[: self._orders_shown]
        model = QStandardItemModel(len(orders), 5, parent)
        for column, text in enumerate(
            (
                self.tr("Date"),
                self.tr("Number"),
                self.tr("Person"),
                self.tr("Lines"),
                self.tr("Total"),
            )
        ):
            model.setHorizontalHeaderItem(column, QStandardItem(text))
        for column in (3, 4):
            heading = model.horizontalHeaderItem(column)
            heading.setTextAlignment(_RIGHT)
        for row, order in enumerate(orders):
            credit = order.kind == OrderKind.CREDIT_NOTE.value
            number = order.number or "—"
            if credit:
                number = f"{number} — {fmt.order_kind_label(order.kind)}"
            cells = [
                QStandardItem(fmt.date_text(order.ordered_at)),
                QStandardItem(number),
                QStandardItem(order.contact_name),
                QStandardItem(fmt.number(order.lines)),
                QStandardItem(fmt.money(order.total_cents, order.currency)),
            ]
            cells[0].setToolTip(fmt.datetime_text(order.ordered_at))
            cells[3].setTextAlignment(_RIGHT)
            cells[4].setTextAlignment(_RIGHT)
            for column, item in enumerate(cells):
                item.setEditable(False)
                if credit:
                    item.setForeground(QColor(DANGER))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                model.setItem(row, column, item)
        table = QTableView(parent)
        table.setObjectName("ordersTable")
        table.setModel(model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(
            header.sizeHint().height()
            + len(orders) * rows.defaultSectionSize()
            + 2 * table.frameWidth()
        )
        return table

    # -- WHAT HAPPENS NEXT ---------------------------------------------------------------

    def _deals_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Deals"), parent, "deals")
        summary = []
        if data.open_deals:
            summary.append(
                self.tr("Open: {amount} in %n deal(s)", "", len(data.open_deals)).replace(
                    "{amount}", fmt.money(data.open_deals_cents, data.currency)
                )
            )
        if data.won_deals_count:
            summary.append(
                self.tr("Won: {amount} in %n deal(s)", "", data.won_deals_count).replace(
                    "{amount}", fmt.money(data.won_deals_cents, data.currency)
                )
            )
        if summary:
            layout.addWidget(make_label(" · ".join(summary), card, muted=True, name="dealsSummary"))
        if not data.open_deals:
            layout.addWidget(make_muted(self.tr("No open deal."), card, "noDeal"))
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        for row, deal in enumerate(data.open_deals[:DEALS_SHOWN]):
            link = make_link(deal.title, card, "dealLink")
            link.setProperty("dealId", deal.id)
            link.setToolTip(self.tr("Open the deal"))
            link.clicked.connect(lambda _=False, d=deal.id: self.openRequested.emit("deal", d))
            grid.addWidget(link, row, 0, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(make_badge(deal.stage, NEUTRAL_COLORS, card, "dealStage"), row, 1)
            who = deal.contact_name
            grid.addWidget(make_label(who, card, muted=True, wrap=False), row, 2)
            grid.addWidget(
                make_label(
                    fmt.money(deal.amount_cents, deal.currency), card, bold=True, wrap=False
                ),
                row,
                3,
                _RIGHT,
            )
            close = fmt.date_text(deal.expected_close_date) if deal.expected_close_date else ""
            grid.addWidget(make_label(close, card, muted=True, wrap=False), row, 4, _RIGHT)
        layout.addLayout(grid)
        hidden = len(data.open_deals) - DEALS_SHOWN
        if hidden > 0:
            layout.addWidget(
                make_muted(self.tr("… and %n more open deal(s)", "", hidden), card, "moreDeals")
            )
        return card

    def _tasks_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        card, layout = make_card(self.tr("Open tasks"), parent, "tasks")
        if not data.open_tasks:
            hint = self.tr("No open task. Plan one with {keys}.").replace(
                "{keys}", native_shortcut(TASK_SHORTCUT)
            )
            layout.addWidget(make_muted(hint, card, "noTask"))
            return card
        for task in data.open_tasks[:TASKS_SHOWN]:
            line = QHBoxLayout()
            line.setSpacing(8)
            title = make_label(task.title, card, name="taskTitle")
            if task.priority == "high":
                title.setStyleSheet("font-weight: 600;")
            if task.contact_name:
                title.setToolTip(task.contact_name)
            line.addWidget(title, 1)
            if task.due_at is not None:
                overdue = fmt.is_past(task.due_at)
                due = fmt.date_text(task.due_at)
                if overdue:
                    due = self.tr("overdue since {date}").replace("{date}", due)
                due_label = make_label(due, card, wrap=False, name="taskDue")
                if overdue:
                    due_label.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
                line.addWidget(due_label, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(line)
        hidden = len(data.open_tasks) - TASKS_SHOWN
        if hidden > 0:
            layout.addWidget(
                make_muted(self.tr("… and %n more open task(s)", "", hidden), card, "moreTasks")
            )
        return card

    def _timeline_card(self, data: CompanyFile, parent: QWidget) -> QFrame:
        hint = self.tr("No interaction yet. Log one with {keys}.").replace(
            "{keys}", native_shortcut(LOG_SHORTCUT)
        )
        card = TimelineCard(
            data.interactions,
            data.interaction_count,
            parent,
            context="company",
            empty_hint=hint,
            editable=data.deleted_at is None,
        )
        card.moreRequested.connect(self._more_timeline)
        self.timeline_actions.attach(card)
        return card

    # -- slots ------------------------------------------------------------------------

    def _opened(self, dialog: InteractionDialog | TaskDialog) -> None:
        if self._dialog is not None:
            self._dialog.close()
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

    @Slot()
    def _more_orders(self) -> None:
        self._orders_shown += ORDERS_PAGE
        self.refresh()


__all__ = [
    "FIRST_TIMELINE_PAGE",
    "LOG_SHORTCUT",
    "TASK_SHORTCUT",
    "CompanyFileView",
    "PeopleModel",
]
