"""A meeting of the prevention council: its date, the chair and the secretary, who was
present, and the agenda (pupils and other items, each with what was heard). Once the
meeting is saved and held, «Decide…» records an item's decision (decision_form.py), and
«Minutes» prints the протокол / хаттама in Kazakh or Russian. The form scrolls inside, so it
fits a 1024×700 screen in every language."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QListWidget, QListWidgetItem, QMenu, QPushButton,
    QTableWidget, QTableWidgetItem, QWidget,
)

from ...models.council import ItemInput, MeetingInput, MeetingRead
from ...models.validation import ValidationError
from ...services.context import COUNCIL_WRITE
from ..widgets.fmt import from_qdate, to_qdate
from ..widgets.form_widgets import (
    add_under, button_row, commit_table_edit, date_edit, hint_label, ignore_wheel_unless_focused, rows_high,
    setup_table,
)
from ..widgets.labels import label
from ..widgets.record_dialog import RecordDialog

ID_ROLE = Qt.ItemDataRole.UserRole
SUBJECT, HEARD, DECISION = range(3)


class MeetingDialog(RecordDialog):
    draft_kind, draft_id_attr = None, "meeting_id"

    def __init__(self, services, meeting_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self._meeting: MeetingRead | None = None
        self.setWindowTitle(self.tr("New council meeting") if meeting_id is None
                            else self.tr("Council meeting"))
        self.setMinimumSize(640, 480)
        self.resize(860, 640)

        self.held_on = self.add_field("held_on", self.tr("&Date"),
                                      date_edit(services.ctx.today()))
        members = services.council.members()
        self.chair = self.add_field("chair_id", self.tr("&Chair"), self._member_combo(members))
        self.secretary = self.add_field("secretary_id", self.tr("&Secretary"),
                                        self._member_combo(members))
        self.present = QListWidget()
        for m in members:
            item = QListWidgetItem(f"{m.name}, {m.position}" if m.position else m.name)
            item.setData(ID_ROLE, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.present.addItem(item)
        rows_high(self.present, min(max(len(members), 3), 6))
        self.add_field("present", self.tr("&Present"), self.present)
        if not members:
            add_under(self.present, hint_label(self.tr(
                "Add the council's members first: Prevention council → Members.")))

        self.items = QTableWidget(0, 3)
        setup_table(self.items)
        self.items.setHorizontalHeaderLabels([self.tr("Pupil or item"), self.tr("Heard"),
                                              self.tr("Decision")])
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.horizontalHeader().setStretchLastSection(False)
        self.items.setColumnWidth(SUBJECT, 230)
        self.items.setColumnWidth(HEARD, 330)
        self.items.setMinimumHeight(150)
        self.add_field("items", self.tr("&Agenda"), self.items)
        self.add_pupils_button = QPushButton(self.tr("Add &pupils…"))
        self.add_pupils_button.clicked.connect(self.add_pupils)
        self.add_item_button = QPushButton(self.tr("Add another &item"))
        self.add_item_button.clicked.connect(lambda: self.add_item())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        self.decide_button = QPushButton(self.tr("De&cide…"))
        self.decide_button.clicked.connect(self.decide)
        self.minutes_button = QPushButton(self.tr("&Minutes"))
        menu = QMenu(self.minutes_button)
        menu.addAction(self.tr("In Kazakh…"), lambda: self.print_minutes("kk"))
        menu.addAction(self.tr("In Russian…"), lambda: self.print_minutes("ru"))
        self.minutes_button.setMenu(menu)
        add_under(self.items, button_row(self.add_pupils_button, self.add_item_button,
                                         self.remove_button, self.decide_button,
                                         self.minutes_button))
        self.watch(self.present, self.items)
        self.items.itemSelectionChanged.connect(self._update_buttons)

        with self.quietly():
            if meeting_id is not None:
                self.load(services.council.get_meeting, meeting_id)
        if not services.ctx.can(COUNCIL_WRITE):
            self.read_only(self.tr("Your role may read the council's meetings but not change "
                                   "them."))
        self._update_buttons()

    def _member_combo(self, members) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("— choose —"), None)
        for m in members:
            box.addItem(m.name, m.id)
        ignore_wheel_unless_focused(box)
        return box

    # --- filling ------------------------------------------------------------------------------

    def fill(self, m: MeetingRead) -> None:
        self._meeting = m
        self.setWindowTitle(self.tr("Council meeting No. {number} ({year})").format(
            number=m.number, year=m.school_year))
        self.held_on.setDate(to_qdate(m.held_on))
        for box, member in ((self.chair, m.chair), (self.secretary, m.secretary)):
            box.setCurrentIndex(max(box.findData(member.id if member else None), 0))
        present = {p.id for p in m.present}
        for row in range(self.present.count()):
            item = self.present.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in present
                               else Qt.CheckState.Unchecked)
        self.items.setRowCount(0)
        for i in m.items:
            self.add_item(i.id, i.pupil_id, i.subject if i.pupil_id else i.title, i.heard,
                          i.decision)

    def add_item(self, item_id=None, pupil_id=None, subject: str = "", heard: str = "",
                 decision: str = "") -> int:
        row = self.items.rowCount()
        self.items.insertRow(row)
        first = QTableWidgetItem(subject)
        first.setData(ID_ROLE, (item_id, pupil_id))
        if pupil_id is not None or decision:
            first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.items.setItem(row, SUBJECT, first)
        self.items.setItem(row, HEARD, QTableWidgetItem(heard))
        shown = QTableWidgetItem(label("council_decision", decision) if decision
                                 else self.tr("not decided"))
        shown.setData(ID_ROLE, decision)
        shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.items.setItem(row, DECISION, shown)
        if item_id is None and pupil_id is None:
            self.items.setCurrentCell(row, SUBJECT)
            self.items.editItem(first)
        self.mark_dirty()
        return row

    def add_pupils(self) -> None:
        # lazy: loads when first used, not with the form
        from ..pupils.pupil_picker import pick_pupils

        on_agenda = {self.items.item(r, SUBJECT).data(ID_ROLE)[1]
                     for r in range(self.items.rowCount())}
        for pupil_id in pick_pupils(self.services, self, multi=True, exclude=on_agenda - {None}):
            p = self.services.pupils.get(pupil_id)
            self.add_item(None, pupil_id, f"{p.full_name}, {p.class_name}")

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0 and not self.items.item(row, DECISION).data(ID_ROLE):
            self.items.removeRow(row)
            self.mark_dirty()

    def _update_buttons(self) -> None:
        row = self.items.currentRow()
        decided = row >= 0 and bool(self.items.item(row, DECISION).data(ID_ROLE))
        writable = self.services.ctx.can(COUNCIL_WRITE)
        for b in (self.add_pupils_button, self.add_item_button):
            b.setEnabled(writable)
        self.remove_button.setEnabled(writable and row >= 0 and not decided)
        self.decide_button.setEnabled(writable and row >= 0 and not decided)
        self.minutes_button.setEnabled(self.meeting_id is not None)

    # --- saving ---------------------------------------------------------------------------------

    def collect(self) -> MeetingInput:
        commit_table_edit(self.items)
        present = [self.present.item(r).data(ID_ROLE) for r in range(self.present.count())
                   if self.present.item(r).checkState() == Qt.CheckState.Checked]
        items = []
        for r in range(self.items.rowCount()):
            item_id, pupil_id = self.items.item(r, SUBJECT).data(ID_ROLE)
            items.append(ItemInput(pupil_id=pupil_id,
                                   title="" if pupil_id else self.items.item(r, SUBJECT).text(),
                                   heard=self.items.item(r, HEARD).text(), id=item_id))
        return MeetingInput(held_on=from_qdate(self.held_on.date()),
                            chair_id=self.chair.currentData(),
                            secretary_id=self.secretary.currentData(), present=present,
                            items=items)

    def submit(self) -> uuid.UUID:
        data = self.collect()
        if self.meeting_id is None:
            saved = self.services.council.create_meeting(data)
            self.meeting_id = saved.id
        else:
            saved = self.services.council.update_meeting(self.meeting_id, data)
        self._meeting = saved
        return saved.id

    def save_here(self) -> bool:
        """Save and stay: a decision or the minutes need the meeting as saved."""
        self.clear_errors()
        ok, _ = self.fields.attempt(self.submit, "saving a council meeting")
        if ok:
            self._dirty = False
            self.saved.emit(self.meeting_id)
            with self.quietly():
                self.fill(self._meeting)
            self._update_buttons()
        return ok

    def decide(self) -> None:
        row = self.items.currentRow()
        if row < 0 or not self.save_here():
            return
        item = self._meeting.items[row]
        from .decision_form import DecisionDialog  # lazy: opened rarely: loaded when first used

        dialog = DecisionDialog(self.services, self._meeting, item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._decided)
        dialog.open()
        self.decision_dialog = dialog

    def _decided(self, _meeting_id=None) -> None:
        with self.quietly():
            self.load(self.services.council.get_meeting, self.meeting_id)
        self._update_buttons()
        self.saved.emit(self.meeting_id)

    def print_minutes(self, language: str) -> None:
        if (self._dirty or self.meeting_id is None) and not self.save_here():
            return
        # lazy: loads when first used, not with the form
        from .council_printing import preview_minutes

        try:
            preview_minutes(self.services, self, self.meeting_id, language)
        except ValidationError as exc:
            self.show_errors(exc)


__all__ = ["MeetingDialog", "ValidationError"]
