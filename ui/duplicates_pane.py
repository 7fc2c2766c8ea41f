"""The duplicates pane: scan the base for likely duplicates, merge them or set them aside.

A Contacts / Companies switch, a "Scan" button that runs ``app.duplicates.scan`` in the
background (progress bar and Cancel in the pane itself), then the candidate pairs, highest
score first: the score as a bar, both records, why they look alike, where they live and
their e-mails. On a pair: "Merge…" opens :class:`ui.merge_dialog.MergeDialog`, "Not
duplicates" remembers the pair (it is left out of later scans), "Open A"/"Open B" ask the
window for the record's file. After a merge the pair leaves the list, and the other pairs
of the merged record now point at the one kept.

The table holds the pairs (plain tuples of ids and scores); the names, e-mails and places
of the records are fetched page by page as rows are shown.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib import resources
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.duplicates import (
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    REASON_SIREN,
    REASON_VAT,
    DuplicatePair,
    RecordSummary,
    ScanCancelled,
    ignore_pairs,
    pair_key,
    scan,
    summaries,
)
from app.errors import UserError
from models.database import Database
from ui import icons
from ui.errors import show_error
from ui.i18n import settings
from ui.jobs import CancelFlag, Job, JobManager, Progress
from ui.merge_dialog import MergeDialog
from ui.panes import Pane

HEADER_KEY = "duplicates/header"
KIND_KEY = "duplicates/kind"
#: The pair of a row (a DuplicatePair).
PairRole = Qt.ItemDataRole.UserRole + 1
#: The score of a row (0–100), for the bar.
ScoreRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("score", "a", "b", "reasons", "place", "emails")
DEFAULT_WIDTHS = {"score": 90, "a": 180, "b": 180, "reasons": 270, "place": 180}
HIGH_SCORE, MEDIUM_SCORE = 95, 85
#: Records whose details are kept (the rest are fetched again when shown).
MAX_DETAILS = 8000


def _icon(name: str) -> QIcon:
    """An icon of resources/icons (through ui.icons once it lists the name)."""
    try:
        return icons.icon(name)
    except KeyError:
        data = (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()
        renderer = QSvgRenderer(QByteArray(data))
        result = QIcon()
        for size in icons.SIZES:
            pixmap = QPixmap(QSize(size, size))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap)
        return result


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class DuplicatePairModel(QAbstractTableModel):
    """The candidate pairs; the records' details are fetched by page when shown."""

    def __init__(self, db: Database, parent: QObject | None = None, page_size: int = 200):
        super().__init__(parent)
        self.db = db
        self.kind = "contact"
        self.page_size = page_size
        self._pairs: list[DuplicatePair] = []
        self._details: OrderedDict[str, RecordSummary] = OrderedDict()
        #: Ids asked for and not found (never asked again).
        self._missing: set[str] = set()
        #: Pages fetched (for tests).
        self.fetches = 0

    # -- content --------------------------------------------------------------------------

    def set_pairs(self, kind: str, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.kind = kind
        self._pairs = list(pairs)
        self._details.clear()
        self._missing.clear()
        self.endResetModel()

    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def pair(self, row: int) -> DuplicatePair | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def row_of(self, key: tuple[str, str]) -> int | None:
        for row, pair in enumerate(self._pairs):
            if pair.key == key:
                return row
        return None

    def remove_keys(self, keys: Iterable[tuple[str, str]]) -> int:
        """Take these pairs out of the list; returns how many were."""
        gone = set(keys)
        kept = [pair for pair in self._pairs if pair.key not in gone]
        removed = len(self._pairs) - len(kept)
        if removed:
            self._replace(kept)
        return removed

    def apply_merge(self, survivor_id: str, other_id: str) -> None:
        """The other record was merged into the survivor: its pairs now name the survivor
        (one pair per couple of records, the best score kept); the pair itself goes."""
        kept: list[DuplicatePair] = []
        seen: set[tuple[str, str]] = set()
        for pair in self._pairs:
            if pair.involves(other_id):
                partner = pair.other(other_id)
                if partner == survivor_id:
                    continue
                pair = replace(pair, a_id=survivor_id, b_id=partner)
            if pair.key in seen:
                continue  # the list is by score: the first one is the best
            seen.add(pair.key)
            kept.append(pair)
        self._details.pop(survivor_id, None)
        self._details.pop(other_id, None)
        self._replace(kept)

    def forget_details(self) -> None:
        """Fetch the records' details again (they were changed elsewhere)."""
        self._details.clear()
        self._missing.clear()
        if self._pairs:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._pairs) - 1, len(COLUMNS) - 1)
            )

    def _replace(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = pairs
        self.endResetModel()

    def details(self, record_id: str) -> RecordSummary | None:
        return self._details.get(record_id)

    def _ensure(self, row: int) -> None:
        """Fetch the details of the row's page if the row's records are not known."""
        pair = self._pairs[row]
        known = self._details.keys() | self._missing
        if pair.a_id in known and pair.b_id in known:
            return
        start = row // self.page_size * self.page_size
        page = self._pairs[start : start + self.page_size]
        wanted = {i for p in page for i in (p.a_id, p.b_id)} - known
        found = summaries(self.db, self.kind, wanted)
        self._details.update(found)
        self._missing.update(wanted - found.keys())
        self.fetches += 1
        while len(self._details) > MAX_DETAILS:
            self._details.popitem(last=False)

    # -- text -----------------------------------------------------------------------------

    def reasons_text(self, pair: DuplicatePair) -> str:
        labels = {
            REASON_SIREN: self.tr("same SIREN"),
            REASON_VAT: self.tr("same VAT number"),
            REASON_EMAIL: self.tr("same e-mail"),
            REASON_PHONE: self.tr("same phone"),
        }
        parts = [labels[reason] for reason in pair.reasons if reason in labels]
        if REASON_NAME in pair.reasons and pair.name_score is not None:
            parts.append(self.tr("similar name (%1 %)").replace("%1", str(pair.name_score)))
        elif REASON_NAME in pair.reasons:
            parts.append(self.tr("similar name"))
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    @staticmethod
    def _place(summary: RecordSummary | None) -> str:
        if summary is None:
            return ""
        return " ".join(part for part in (summary.postcode, summary.city) if part)

    def _both(self, left: str, right: str) -> str:
        if left == right:
            return left
        return " / ".join(part or "—" for part in (left, right))

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        pair = self._pairs[index.row()]
        key = COLUMNS[index.column()]
        if role == PairRole:
            return pair
        if role == ScoreRole:
            return pair.score
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "score":
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        if key == "score":
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("%1 %").replace("%1", str(pair.score))
            return None
        if key == "reasons":
            return self.reasons_text(pair) if role != Qt.ItemDataRole.FontRole else None
        self._ensure(index.row())
        a, b = self._details.get(pair.a_id), self._details.get(pair.b_id)
        if key in ("a", "b"):
            summary = a if key == "a" else b
            if summary is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                if summary.deleted:
                    font = QFont()
                    font.setStrikeOut(True)
                    return font
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                if summary.deleted:
                    return QColor("#8a94a0")
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [
                    summary.name,
                    summary.detail,
                    summary.email,
                    summary.phone,
                    self._place(summary),
                ]
                if summary.deleted:
                    lines.append(self.tr("Deleted or merged since the scan"))
                return "\n".join(line for line in lines if line)
            return summary.name or "—"
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole of both, one per line
            if key == "place":
                return "\n".join(p for p in (self._place(a), self._place(b)) if p) or None
            return "\n".join(e for e in (a.email if a else "", b.email if b else "") if e) or None
        if key == "place":
            return self._both(self._place(a), self._place(b))
        if key == "emails":
            return self._both(a.email if a else "", b.email if b else "")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "score": self.tr("Score"),
                "a": self.tr("Record A"),
                "b": self.tr("Record B"),
                "reasons": self.tr("Why"),
                "place": self.tr("Place"),
                "emails": self.tr("E-mails"),
            }[COLUMNS[section]]
        return None


class ScoreDelegate(QStyledItemDelegate):
    """The score as a small bar with its percentage."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        score = index.data(ScoreRole)
        if score is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(6, 0, -6, 0)
        bar_width = max(20, rect.width() - option.fontMetrics.horizontalAdvance("100 %") - 8)
        bar = QRect(rect.left(), rect.center().y() - 3, bar_width, 7)
        color = QColor(
            "#1f8a4c" if score >= HIGH_SCORE else "#c98a06" if score >= MEDIUM_SCORE else "#8a94a0"
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e7ec"))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(max(3, bar.width() * int(score) // 100))
        painter.setBrush(color)
        painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()


class DuplicatesPane(Pane):
    """Looks for duplicates over the whole base and merges them."""

    def __init__(self, db: Database, jobs: JobManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPane")
        self.db = db
        self.jobs = jobs
        self.model = DuplicatePairModel(db, self)
        #: The scan under way (None when there is none, or when jobs run at once).
        self.job: Job | None = None
        self._scanning = False
        self._cancel_requested = False
        self._scan_succeeded = False
        #: Per kind: the last scan's pairs and its status text (switching kinds keeps them).
        self._results: dict[str, tuple[list[DuplicatePair], str]] = {}
        self._started = 0.0
        self._scanned_kind = "contact"
        self.dialog: MergeDialog | None = None
        self._build_actions()
        self._build()
        self._restore_state()
        self._show_results()
        self._update_actions()

    # -- building -------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        short: str,
        icon_name: str | None,
        slot: Callable[[], Any],
        shortcut: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(_icon(icon_name))
        action.setObjectName(name)
        action.setIconText(short)
        tip = text.replace("&", "").replace("…", "")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys})"
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_scan = self._action(
            "scanDuplicates",
            self.tr("&Scan for duplicates"),
            self.tr("Scan"),
            "duplicates",
            self.start_scan,
            "F5",
        )
        self.action_cancel = self._action(
            "cancelScan",
            self.tr("&Cancel the scan"),
            self.tr("Cancel"),
            None,
            self.cancel_scan,
            "Esc",
        )
        self.action_merge = self._action(
            "mergeDuplicates",
            self.tr("&Merge…"),
            self.tr("Merge…"),
            "merge",
            self.merge_current,
            "Ctrl+M",
        )
        self.action_ignore = self._action(
            "ignoreDuplicates",
            self.tr("&Not duplicates"),
            self.tr("Not duplicates"),
            "delete",
            self.ignore_selected,
            "Del",
        )
        self.action_open_a = self._action(
            "openRecordA",
            self.tr("Open record &A"),
            self.tr("Open A"),
            "open",
            lambda: self.open_record(0),
            "Ctrl+O",
        )
        self.action_open_b = self._action(
            "openRecordB",
            self.tr("Open record &B"),
            self.tr("Open B"),
            None,
            lambda: self.open_record(1),
            "Ctrl+Shift+O",
        )
        for action in (self.action_ignore, self.action_cancel):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_ignore.setToolTip(
            self.tr("Set the pair aside: it will not be proposed again")
            + " ("
            + _keys(self.action_ignore)
            + ")"
        )

    def _build(self) -> None:
        self.kind_group = QButtonGroup(self)
        self.kind_contacts = QRadioButton(self.tr("Co&ntacts"), self)
        self.kind_contacts.setObjectName("kindContacts")
        self.kind_companies = QRadioButton(self.tr("Com&panies"), self)
        self.kind_companies.setObjectName("kindCompanies")
        self.kind_group.addButton(self.kind_contacts, 0)
        self.kind_group.addButton(self.kind_companies, 1)
        self.kind_contacts.setChecked(True)
        self.kind_group.idToggled.connect(self._kind_toggled)

        self.toolbar = QToolBar(self.tr("Duplicates"), self)
        self.toolbar.setObjectName("duplicatesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_scan)
        self.toolbar.addSeparator()
        for action in (
            self.action_merge,
            self.action_ignore,
            self.action_open_a,
            self.action_open_b,
        ):
            self.toolbar.addAction(action)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("scanProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelScanButton")
        self.cancel_button.setToolTip(
            self.tr("Stop the scan") + " (" + _keys(self.action_cancel) + ")"
        )
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.cancel_button.hide()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.kind_contacts)
        top.addWidget(self.kind_companies)
        top.addSpacing(12)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)

        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView(self)
        self.table.setObjectName("duplicatesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("score"), ScoreDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for key, width in DEFAULT_WIDTHS.items():
            header.resizeSection(COLUMNS.index(key), width)
        self.table.activated.connect(lambda _index: self.merge_current())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # The shortcuts work in the pane on its own, and through the window's menus.
        self.addActions([a for a in self.menu_actions() if a is not None])

        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 13pt; padding: 24px;")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.empty_label.setGeometry(self.table.viewport().rect())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.empty_label.setGeometry(self.table.viewport().rect())

    # -- the kind -------------------------------------------------------------------------

    def kind(self) -> str:
        """ "contact" or "company": what the pane looks at."""
        return "company" if self.kind_companies.isChecked() else "contact"

    def set_kind(self, kind: str) -> None:
        (self.kind_companies if kind == "company" else self.kind_contacts).setChecked(True)

    @Slot(int, bool)
    def _kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_results()
            self._update_actions()

    def _show_results(self) -> None:
        kind = self.kind()
        pairs, status = self._results.get(kind, ([], ""))
        self.model.set_pairs(kind, pairs)
        if not status:
            status = (
                self.tr("Press Scan (F5) to look for contacts that may be the same person.")
                if kind == "contact"
                else self.tr("Press Scan (F5) to look for companies that may be the same firm.")
            )
        self.status.setText(status)
        self._update_empty()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_empty(self) -> None:
        kind = self.kind()
        if self.model.rowCount():
            self.empty_label.hide()
            return
        if self._scanning:
            text = self.tr("Looking for duplicates…")
        elif kind in self._results:
            text = self.tr("No possible duplicates.")
        else:
            text = self.tr("No scan yet.")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.show()

    # -- scanning -------------------------------------------------------------------------

    @Slot()
    def start_scan(self) -> None:
        """Scan the whole base in the background (progress and Cancel in the pane)."""
        if self._scanning:
            return
        kind = self.kind()
        db = self.db

        def work(progress: Progress, cancel: CancelFlag) -> list[DuplicatePair]:
            def report(done: int, total: int, message: str) -> None:
                progress(done, total, QCoreApplication.translate("duplicates", message))

            return scan(db, kind, report, cancel)

        self._scanned_kind = kind
        self._started = time.monotonic()
        self._cancel_requested = False
        self._scan_succeeded = False
        self._scanning = True
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Looking for duplicates…"))
        self._update_actions()
        job = self.jobs.run(
            work,
            label=self.tr("Looking for duplicates"),
            show_progress=False,
            on_success=self._scan_done,
            on_failure=self._scan_failed,
            on_finished=self._scan_finished,
        )
        if job.done:  # run at once (synchronous jobs): already finished
            return
        self.job = job
        job.progressed.connect(self._scan_progressed)
        self._update_empty()

    @Slot()
    def cancel_scan(self) -> None:
        if self.job is None or self.job.done:
            return
        self._cancel_requested = True
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping the scan…"))

    def is_scanning(self) -> bool:
        return self._scanning

    @Slot(int, int, str)
    def _scan_progressed(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if message:
            self.status.setText(message)

    def _scan_done(self, pairs: list[DuplicatePair]) -> None:
        self._scan_succeeded = True
        seconds = time.monotonic() - self._started
        count = len(pairs)
        if count:
            text = self.tr("%n possible duplicate(s) found in %1 s", "", count)
        else:
            text = self.tr("No possible duplicates found (%1 s).")
        text = text.replace("%1", f"{seconds:.1f}".replace(".", self.locale().decimalPoint()))
        self._results[self._scanned_kind] = (pairs, text)
        if self._scanned_kind == self.kind():
            self._show_results()
        self.message.emit(text)

    def _scan_failed(self, error: BaseException) -> None:
        if isinstance(error, ScanCancelled):
            return
        show_error(self, error)

    def _scan_finished(self) -> None:
        self.job = None
        self._scanning = False
        self.progress.hide()
        self.cancel_button.hide()
        if self._cancel_requested and not self._scan_succeeded:
            previous = self._results.get(self._scanned_kind)
            text = self.tr("The scan was cancelled.")
            if previous is not None and self._scanned_kind == self.kind():
                text = previous[1] + " " + text
            self.status.setText(text)
        self._update_actions()
        self._update_empty()

    # -- the pairs ------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def current_pair(self) -> DuplicatePair | None:
        index = self.table.currentIndex()
        rows = self.selected_rows()
        row = index.row() if index.isValid() and index.row() in rows else (rows[0] if rows else -1)
        return self.model.pair(row)

    @Slot()
    def merge_current(self) -> None:
        """Open the side-by-side merge of the current pair."""
        pair = self.current_pair()
        if pair is None or self._scanning:
            return
        try:
            dialog = MergeDialog.for_records(self.db, self.kind(), pair.a_id, pair.b_id, self)
        except UserError as error:
            show_error(self, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = pair.key
        dialog.merged.connect(lambda survivor, batch: self._merged(key, survivor, batch))
        dialog.destroyed.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None

    def _merged(self, key: tuple[str, str], survivor_id: str, batch_id: str) -> None:
        other_id = key[1] if key[0] == survivor_id else key[0]
        row = self.model.row_of(key)
        self.model.apply_merge(survivor_id, other_id)
        self._remember()
        if self.model.rowCount():
            self.table.selectRow(min(row or 0, self.model.rowCount() - 1))
        self._update_empty()
        self.message.emit(self.tr("The two records were merged (Ctrl+Z to undo)."))
        self.changed.emit()

    @Slot()
    def ignore_selected(self) -> None:
        """Remember the selected pairs as "not duplicates" (one batch, undoable)."""
        rows = self.selected_rows()
        if not rows or self._scanning:
            return
        keys = [pair_key(p.a_id, p.b_id) for p in (self.model.pair(r) for r in rows) if p]
        try:
            ignore_pairs(self.db, self.kind(), keys)
        except UserError as error:
            show_error(self, error)
            return
        self.model.remove_keys(keys)
        self._remember()
        if self.model.rowCount():
            self.table.selectRow(min(rows[0], self.model.rowCount() - 1))
        self._update_empty()
        self.message.emit(self.tr("%n pair(s) set aside as not duplicates.", "", len(keys)))
        self.changed.emit()

    def open_record(self, side: int) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        self.openRequested.emit(self.kind(), pair.a_id if side == 0 else pair.b_id)

    def _remember(self) -> None:
        """Keep the list as it now is for this kind (with a status that says so)."""
        kind = self.kind()
        count = self.model.rowCount()
        text = self.tr("%n possible duplicate(s) left", "", count)
        self._results[kind] = (self.model.pairs(), text)
        self.status.setText(text)

    @Slot()
    def _update_actions(self) -> None:
        scanning = self._scanning
        has_pair = self.current_pair() is not None
        self.action_scan.setEnabled(not scanning)
        self.action_cancel.setEnabled(scanning)
        for action in (self.action_merge, self.action_open_a, self.action_open_b):
            action.setEnabled(has_pair and not scanning)
        self.action_ignore.setEnabled(bool(self.selected_rows()) and not scanning)
        self.kind_contacts.setEnabled(not scanning)
        self.kind_companies.setEnabled(not scanning)

    # -- Pane -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Data changed elsewhere: show the records as they now are (deleted ones struck
        out); the pairs stay until the next scan."""
        self.model.forget_details()

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.action_scan,
            self.action_cancel,
            None,
            self.action_merge,
            self.action_ignore,
            None,
            self.action_open_a,
            self.action_open_b,
        ]

    def save_state(self) -> None:
        store = settings()
        store.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        store.setValue(KIND_KEY, self.kind())

    def _restore_state(self) -> None:
        store = settings()
        state = store.value(HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        if store.value(KIND_KEY) == "company":
            self.kind_companies.setChecked(True)

    def shutdown(self) -> None:
        """Stop a scan under way (the window closes)."""
        self.cancel_scan()


__all__ = ["COLUMNS", "DuplicatePairModel", "DuplicatesPane", "PairRole", "ScoreDelegate"]
