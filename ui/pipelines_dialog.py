"""Editing the pipelines and their stages.

Pipelines on the left (new, rename, default, order, delete), the stages of the chosen one
on the right (name, default win probability, kind: open / won / lost; add, order,
delete). Every change is saved at once, as its own undoable batch, and ``changed`` is
emitted. Deleting a pipeline or a stage that still holds deals asks where they go.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import pipeline as pl
from app.errors import UserError
from app.pipeline import PipelineInfo, StageInput
from models.database import Database, DatabaseError
from ui.errors import ask, show_error
from ui.product_dialog import percent_text

Index = QModelIndex | QPersistentModelIndex
KIND_CODES = ("open", "won", "lost")


def stage_kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "open": QCoreApplication.translate("PipelinesDialog", "Open"),
        "won": QCoreApplication.translate("PipelinesDialog", "Won"),
        "lost": QCoreApplication.translate("PipelinesDialog", "Lost"),
    }.get(kind, kind)


def default_stages() -> list[StageInput]:
    """The stages of a new pipeline, named in the user's language."""
    from PySide6.QtCore import QCoreApplication

    return [
        StageInput(QCoreApplication.translate("PipelinesDialog", "New"), 10),
        StageInput(QCoreApplication.translate("PipelinesDialog", "Qualified"), 25),
        StageInput(QCoreApplication.translate("PipelinesDialog", "Proposal"), 50),
        StageInput(QCoreApplication.translate("PipelinesDialog", "Negotiation"), 75),
        StageInput(QCoreApplication.translate("PipelinesDialog", "Won"), 100, "won"),
        StageInput(QCoreApplication.translate("PipelinesDialog", "Lost"), 0, "lost"),
    ]


class _ProbabilityDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSuffix(" %")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.UserRole) or 0))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]
        model.setData(  # type: ignore[attr-defined]
            index, percent_text(editor.value() * 100), Qt.ItemDataRole.DisplayRole
        )


class PipelinesDialog(QDialog):
    """Edit pipelines and stages; ``changed`` after every saved change."""

    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, pipeline_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinesDialog")
        self.setWindowTitle(self.tr("Pipelines and stages"))
        self.db = db
        self.infos: list[PipelineInfo] = []
        self._prompt: QDialog | None = None
        self._loading = False
        self._build()
        self.reload(pipeline_id)

    # -- building -------------------------------------------------------------------------

    def _button(
        self, name: str, text: str, slot: Callable[[], object], tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.pipeline_list = QListWidget(self)
        self.pipeline_list.setObjectName("pipelineList")
        self.pipeline_list.currentRowChanged.connect(lambda _row: self._show_stages())
        self.new_pipeline_button = self._button("newPipeline", self.tr("&New…"), self.new_pipeline)
        self.rename_button = self._button(
            "renamePipeline", self.tr("Re&name…"), self.rename_pipeline
        )
        self.default_button = self._button(
            "defaultPipeline",
            self.tr("Make &default"),
            self.make_default,
            self.tr("The board opens on the default pipeline; new deals go to it"),
        )
        self.pipeline_up = self._button(
            "pipelineUp", self.tr("Up"), lambda: self._move_pipeline(-1)
        )
        self.pipeline_down = self._button(
            "pipelineDown", self.tr("Down"), lambda: self._move_pipeline(1)
        )
        self.delete_pipeline_button = self._button(
            "deletePipeline", self.tr("Delete…"), self.delete_pipeline
        )
        left_buttons = QVBoxLayout()
        for button in (
            self.new_pipeline_button,
            self.rename_button,
            self.default_button,
            self.pipeline_up,
            self.pipeline_down,
            self.delete_pipeline_button,
        ):
            left_buttons.addWidget(button)
        left_buttons.addStretch(1)
        pipelines_box = QGroupBox(self.tr("Pipelines"), self)
        left = QHBoxLayout(pipelines_box)
        left.addWidget(self.pipeline_list, 1)
        left.addLayout(left_buttons)

        self.stage_table = QTableWidget(0, 4, self)
        self.stage_table.setObjectName("stageTable")
        self.stage_table.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Probability"), self.tr("Kind"), self.tr("Deals")]
        )
        self.stage_table.verticalHeader().hide()
        self.stage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stage_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.stage_table.setItemDelegateForColumn(1, _ProbabilityDelegate(self.stage_table))
        header = self.stage_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 110), (3, 60)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.stage_table.itemChanged.connect(self._stage_item_changed)
        self.add_stage_button = self._button("addStage", self.tr("&Add stage"), self.add_stage)
        self.stage_up = self._button("stageUp", self.tr("Move &left"), lambda: self._move_stage(-1))
        self.stage_down = self._button(
            "stageDown", self.tr("Move &right"), lambda: self._move_stage(1)
        )
        self.delete_stage_button = self._button(
            "deleteStage", self.tr("&Delete stage…"), self.delete_stage
        )
        stage_buttons = QHBoxLayout()
        for button in (
            self.add_stage_button,
            self.stage_up,
            self.stage_down,
            self.delete_stage_button,
        ):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Double-click (or F2) a name or a probability to change it. A deal moved to a "
                "won or lost stage is closed."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.stages_box = QGroupBox(self.tr("Stages"), self)
        right = QVBoxLayout(self.stages_box)
        right.addWidget(self.stage_table, 1)
        right.addLayout(stage_buttons)
        right.addWidget(hint)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(pipelines_box, 2)
        body.addWidget(self.stages_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.delete_stage_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.resize(860, 440)

    # -- data -----------------------------------------------------------------------------

    def reload(self, pipeline_id: str | None = None, stage_id: str | None = None) -> None:
        """Read the pipelines again, keeping (or choosing) the current one."""
        pipeline_id = pipeline_id or self.current_pipeline_id()
        stage_id = stage_id or self.current_stage_id()
        self.infos = pl.pipelines(self.db)
        self._loading = True
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for info in self.infos:
            text = info.name
            if info.is_default:
                text = self.tr("%1 (default)").replace("%1", info.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(self.tr("%n deal(s)", "", info.deals))
            self.pipeline_list.addItem(item)
        row = next((i for i, p in enumerate(self.infos) if p.id == pipeline_id), 0)
        self.pipeline_list.setCurrentRow(row if self.infos else -1)
        self.pipeline_list.blockSignals(False)
        self._loading = False
        self._show_stages(stage_id)

    def current_pipeline(self) -> PipelineInfo | None:
        row = self.pipeline_list.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def current_pipeline_id(self) -> str | None:
        info = self.current_pipeline()
        return info.id if info else None

    def current_stage_id(self) -> str | None:
        info = self.current_pipeline()
        row = self.stage_table.currentRow()
        if info is None or not 0 <= row < len(info.stages):
            return None
        return info.stages[row].id

    def _show_stages(self, stage_id: str | None = None) -> None:
        info = self.current_pipeline()
        self._loading = True
        self.stage_table.blockSignals(True)
        self.stage_table.setRowCount(0)
        stages = info.stages if info else ()
        self.stage_table.setRowCount(len(stages))
        for row, stage in enumerate(stages):
            name = QTableWidgetItem(stage.name)
            name.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.stage_table.setItem(row, 0, name)
            probability = QTableWidgetItem(percent_text(stage.probability * 100))
            probability.setData(Qt.ItemDataRole.UserRole, stage.probability)
            probability.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.stage_table.setItem(row, 1, probability)
            kind = QComboBox(self.stage_table)
            kind.setObjectName(f"kind_{row}")
            for code in KIND_CODES:
                kind.addItem(stage_kind_label(code), code)
            kind.setCurrentIndex(KIND_CODES.index(stage.kind) if stage.kind in KIND_CODES else 0)
            kind.currentIndexChanged.connect(lambda _i, r=row: self._kind_changed(r))
            self.stage_table.setCellWidget(row, 2, kind)
            deals = QTableWidgetItem(str(stage.deals))
            deals.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            deals.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.stage_table.setItem(row, 3, deals)
        wanted = next((i for i, s in enumerate(stages) if s.id == stage_id), 0 if stages else -1)
        if wanted >= 0:
            self.stage_table.selectRow(wanted)
        self.stage_table.blockSignals(False)
        self._loading = False
        if info is not None:
            self.stages_box.setTitle(self.tr("Stages of %1").replace("%1", info.name))
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.current_pipeline()
        has = info is not None
        for button in (
            self.rename_button,
            self.default_button,
            self.pipeline_up,
            self.pipeline_down,
            self.delete_pipeline_button,
            self.add_stage_button,
            self.stage_up,
            self.stage_down,
            self.delete_stage_button,
        ):
            button.setEnabled(has)
        if info is not None:
            self.default_button.setEnabled(not info.is_default)
            self.delete_pipeline_button.setEnabled(len(self.infos) > 1)

    # -- writing --------------------------------------------------------------------------

    def _write(self, work: Callable[[], object], pipeline_id: str | None = None) -> bool:
        try:
            result = work()
        except (UserError, DatabaseError) as error:
            show_error(self, error)
            self.reload()
            return False
        if pipeline_id is None and isinstance(result, str):
            pipeline_id = result if any(p.id == result for p in pl.pipelines(self.db)) else None
        self.reload(pipeline_id)
        self.changed.emit()
        return True

    def _prompt_text(
        self, title: str, label: str, text: str, done: Callable[[str], None]
    ) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("namePrompt")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.textValueSelected.connect(done)
        self._prompt = dialog
        dialog.open()
        return dialog

    def new_pipeline(self) -> QInputDialog:
        return self._prompt_text(
            self.tr("New pipeline"),
            self.tr("Name of the new pipeline:"),
            "",
            lambda name: self._write(lambda: pl.create_pipeline(self.db, name, default_stages())),
        )

    def rename_pipeline(self) -> QInputDialog | None:
        info = self.current_pipeline()
        if info is None:
            return None
        return self._prompt_text(
            self.tr("Rename pipeline"),
            self.tr("New name of the pipeline:"),
            info.name,
            lambda name: self._write(lambda: pl.rename_pipeline(self.db, info.id, name), info.id),
        )

    def make_default(self) -> None:
        info = self.current_pipeline()
        if info is not None:
            self._write(lambda: pl.set_default_pipeline(self.db, info.id), info.id)

    def _move_pipeline(self, offset: int) -> None:
        info = self.current_pipeline()
        if info is not None:
            self._write(lambda: pl.move_pipeline(self.db, info.id, offset), info.id)

    def delete_pipeline(self) -> QDialog | None:
        """Delete the current pipeline: confirm, or ask where its deals go."""
        info = self.current_pipeline()
        if info is None:
            return None
        others = [p for p in self.infos if p.id != info.id]
        if not others:
            return None
        if not info.deals:
            box = ask(
                self,
                self.tr("Delete the pipeline “%1”?").replace("%1", info.name),
                self.tr("It holds no deals. You can undo this."),
                self.tr("Delete"),
                lambda: self._write(lambda: pl.delete_pipeline(self.db, info.id)),
                name="confirmDeletePipeline",
            )
            self._prompt = box
            return box
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("moveDealsPrompt")
        dialog.setWindowTitle(self.tr("Delete pipeline"))
        dialog.setLabelText(
            self.tr("“%1” holds %n deal(s). Move them to:", "", info.deals).replace("%1", info.name)
        )
        dialog.setComboBoxItems([p.name for p in others])
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText(self.tr("Move and delete"))
        dialog.setCancelButtonText(self.tr("Cancel"))

        def chosen(name: str) -> None:
            target = next((p for p in others if p.name == name), others[0])
            self._write(lambda: pl.delete_pipeline(self.db, info.id, move_to=target.id), target.id)

        dialog.textValueSelected.connect(chosen)
        self._prompt = dialog
        dialog.open()
        return dialog

    def add_stage(self) -> QInputDialog | None:
        info = self.current_pipeline()
        if info is None:
            return None

        def done(name: str) -> None:
            created: list[str] = []

            def work() -> None:
                created.append(pl.add_stage(self.db, info.id, StageInput(name, 50)))

            if self._write(work, info.id) and created:
                self.reload(info.id, created[0])

        return self._prompt_text(self.tr("New stage"), self.tr("Name of the new stage:"), "", done)

    def _stage_input(self, row: int) -> StageInput | None:
        info = self.current_pipeline()
        if info is None or not 0 <= row < len(info.stages):
            return None
        name = self.stage_table.item(row, 0)
        probability = self.stage_table.item(row, 1)
        kind = self.stage_table.cellWidget(row, 2)
        return StageInput(
            name.text() if name else info.stages[row].name,
            int(probability.data(Qt.ItemDataRole.UserRole)) if probability else 0,
            str(kind.currentData()) if isinstance(kind, QComboBox) else info.stages[row].kind,
        )

    def _save_stage(self, row: int) -> None:
        info = self.current_pipeline()
        data = self._stage_input(row)
        if info is None or data is None:
            return
        stage = info.stages[row]
        if (data.name, data.probability, data.kind) == (stage.name, stage.probability, stage.kind):
            return
        self._write(lambda: pl.update_stage(self.db, stage.id, data), info.id)
        self.reload(info.id, stage.id)

    def _stage_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() in (0, 1):
            self._save_stage(item.row())

    def _kind_changed(self, row: int) -> None:
        if not self._loading:
            self._save_stage(row)

    def _move_stage(self, offset: int) -> None:
        info = self.current_pipeline()
        stage_id = self.current_stage_id()
        if info is not None and stage_id is not None:
            self._write(lambda: pl.move_stage(self.db, stage_id, offset), info.id)
            self.reload(info.id, stage_id)

    def delete_stage(self) -> QDialog | None:
        """Delete the current stage: confirm, or ask which stage its deals go to."""
        info = self.current_pipeline()
        stage_id = self.current_stage_id()
        if info is None or stage_id is None:
            return None
        stage = info.stage(stage_id)
        assert stage is not None
        if not stage.deals:
            box = ask(
                self,
                self.tr("Delete the stage “%1”?").replace("%1", stage.name),
                self.tr("It holds no deals. You can undo this."),
                self.tr("Delete"),
                lambda: self._write(lambda: pl.delete_stage(self.db, stage.id), info.id),
                name="confirmDeleteStage",
            )
            self._prompt = box
            return box
        others = [s for s in info.stages if s.id != stage.id]
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("moveDealsPrompt")
        dialog.setWindowTitle(self.tr("Delete stage"))
        dialog.setLabelText(
            self.tr("“%1” holds %n deal(s). Move them to:", "", stage.deals).replace(
                "%1", stage.name
            )
        )
        dialog.setComboBoxItems([s.name for s in others])
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText(self.tr("Move and delete"))
        dialog.setCancelButtonText(self.tr("Cancel"))

        def chosen(name: str) -> None:
            target = next((s for s in others if s.name == name), others[0])
            self._write(lambda: pl.delete_stage(self.db, stage.id, move_to=target.id), info.id)

        dialog.textValueSelected.connect(chosen)
        self._prompt = dialog
        dialog.open()
        return dialog


__all__ = ["PipelinesDialog", "default_stages", "stage_kind_label"]
