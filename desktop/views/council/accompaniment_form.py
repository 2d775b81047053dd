"""A pupil's individual pedagogical accompaniment: the council's decisions it rests on, its
grounds, the responsible member of staff, the parents informed (when, how; the notice
printed), the review period, the plan's measures (follow-ups) and the reviews, and the
pupil's plan printed in Kazakh or Russian. It begins and ends by a council decision only."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QMenu, QPushButton, QTableWidget, QTableWidgetItem, QWidget,
)

from ...models.accompaniment import AccompanimentInput, AccompanimentRead
from ...services.context import COUNCIL_WRITE, FOLLOWUPS_WRITE, NOTES_READ
from ..widgets.fmt import format_date
from ..widgets.form_widgets import (
    OptionalDateEdit, add_under, button_row, code_combo, combo_value, set_combo, setup_table,
)
from ..widgets.labels import label
from ..record_actions import show_dialog
from ..widgets.record_dialog import RecordDialog
from .decision_form import checked_codes, ground_list, review_days_box

ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str], rows: int = 4) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    setup_table(table)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setHorizontalHeaderLabels(headers)
    table.setMinimumHeight(table.fontMetrics().lineSpacing() * (rows + 2) + 16)
    return table


def _fill(table: QTableWidget, rows: list[tuple], ids: list | None = None) -> None:
    table.setRowCount(0)
    for r, values in enumerate(rows):
        table.insertRow(r)
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if ids is not None and c == 0:
                item.setData(ID_ROLE, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class AccompanimentDialog(RecordDialog):
    draft_kind, draft_id_attr = None, "accompaniment_id"

    def __init__(self, services, accompaniment_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.accompaniment_id = accompaniment_id
        self.current: AccompanimentRead | None = None
        self.setWindowTitle(self.tr("Individual accompaniment"))
        self.setMinimumSize(640, 480)
        self.resize(880, 680)

        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.about)
        self._grounds = services.accompaniment.grounds(include_inactive=True)
        self.grounds = self.add_field("grounds", self.tr("&Grounds"), ground_list(
            [g for g in self._grounds if g.active]))
        self.responsible = self.add_field("responsible", self.tr("&Responsible"), QLineEdit())
        self.informed_on = self.add_field("parents_informed_on", self.tr("Parents &informed"),
                                          OptionalDateEdit(services.ctx.today(),
                                                           self.tr("not yet")))
        self.informed_how = self.add_field("parents_informed_how", self.tr("&How"), code_combo(
            "informed_how", empty=self.tr("— choose —")))
        self.review_days = self.add_field("review_days", self.tr("Review &every (days)"),
                                          review_days_box())
        self.notice_button = QPushButton(self.tr("&Notice to the parents"))
        self.notice_button.setMenu(self._language_menu(notice=True))
        add_under(self.informed_how, button_row(self.notice_button))

        self.measures = _table([self.tr("Measure"), self.tr("Responsible"), self.tr("Due"),
                                self.tr("Done")])
        self.add_field("measures", self.tr("The &plan"), self.measures)
        self.add_measure_button = QPushButton(self.tr("Add a &measure…"))
        self.add_measure_button.clicked.connect(self.add_measure)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(self.mark_done)
        self.plan_button = QPushButton(self.tr("Print the p&lan"))
        self.plan_button.setMenu(self._language_menu(notice=False))
        add_under(self.measures, button_row(self.add_measure_button, self.done_button,
                                            self.plan_button))
        columns = [self.tr("Date"), self.tr("Progress"), self.tr("Note")]
        if services.ctx.can(NOTES_READ):
            columns.append(self.tr("Confidential note"))
        self.reviews = _table(columns, rows=3)
        self.add_field("reviews", self.tr("Re&views"), self.reviews)
        self.add_review_button = QPushButton(self.tr("Add a re&view…"))
        self.add_review_button.clicked.connect(self.add_review)
        add_under(self.reviews, button_row(self.add_review_button))

        with self.quietly():
            self.load(services.accompaniment.get, accompaniment_id)
        if not services.ctx.can(COUNCIL_WRITE):
            self.read_only(self.tr("Your role may read accompaniments but not change them."))
        self.measures.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _language_menu(self, notice: bool) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("In Kazakh…"), lambda: self.print_paper("kk", notice))
        menu.addAction(self.tr("In Russian…"), lambda: self.print_paper("ru", notice))
        return menu

    # --- filling ------------------------------------------------------------------------------

    def fill(self, a: AccompanimentRead) -> None:
        self.current = a
        steps = "<br/>".join(
            self.tr("{decision}: meeting No. {number} of {date}").format(
                decision=label("council_decision", s.decision), number=s.number,
                date=format_date(s.held_on)) for s in a.steps)
        state = (self.tr("Accompanied since {date}").format(date=format_date(a.started_on))
                 if a.open else self.tr("Ended on {date}: {outcome}").format(
                     date=format_date(a.ended_on), outcome=a.outcome))
        review = ""
        if a.next_review is not None:
            review = (self.tr("Review overdue since {date}") if a.review_overdue
                      else self.tr("Next review by {date}")).format(
                date=format_date(a.next_review))
        color = " style='color:#b00020'" if a.review_overdue else ""
        self.about.setText(f"<b>{a.pupil.full_name}, {a.pupil.class_name}</b><br/>{state}"
                           f"<br/><span{color}>{review}</span><br/>{steps}")
        chosen = set(a.grounds)
        known = {self.grounds.item(r).data(ID_ROLE) for r in range(self.grounds.count())}
        for g in self._grounds:  # a ground switched off since stays shown where it is chosen
            if g.code in chosen and g.code not in known:
                self.grounds.addItem(ground_list([g]).takeItem(0))
        for r in range(self.grounds.count()):
            item = self.grounds.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in chosen
                               else Qt.CheckState.Unchecked)
        self.responsible.setText(a.responsible)
        self.informed_on.set_value(a.parents_informed_on)
        set_combo(self.informed_how, a.parents_informed_how or None)
        self.review_days.setValue(a.review_days)
        _fill(self.measures, [(m.what, m.responsible, format_date(m.due_date),
                               format_date(m.done_date) if m.done_date else "")
                              for m in a.measures], [m.id for m in a.measures])
        _fill(self.reviews, [(format_date(r.on_date), label("review_progress", r.progress),
                              r.note, r.confidential_note)[:self.reviews.columnCount()]
                             for r in a.reviews])
        self.setWindowTitle(self.tr("Individual accompaniment: {name}").format(
            name=a.pupil.full_name))

    def reload(self, *_args) -> None:
        dirty = self._dirty
        with self.quietly():
            if dirty:  # keep what is typed above; read the plan and the reviews again
                typed = self.collect()
                self.load(self.services.accompaniment.get, self.accompaniment_id)
                self._put(typed)
            else:
                self.load(self.services.accompaniment.get, self.accompaniment_id)
        self._update_buttons()
        self.saved_elsewhere()

    def _put(self, data: AccompanimentInput) -> None:
        for r in range(self.grounds.count()):
            item = self.grounds.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in data.grounds
                               else Qt.CheckState.Unchecked)
        self.responsible.setText(data.responsible)
        self.informed_on.set_value(data.parents_informed_on)
        set_combo(self.informed_how, data.parents_informed_how)
        self.review_days.setValue(data.review_days or 0)

    def saved_elsewhere(self) -> None:
        """A measure or a review was saved: the lists behind this form change too."""
        self.saved.emit(self.accompaniment_id)

    def _update_buttons(self, *_args) -> None:
        a = self.current
        writable = a is not None and a.open and self.services.ctx.can(COUNCIL_WRITE)
        self.add_measure_button.setEnabled(writable)
        self.add_review_button.setEnabled(a is not None and self.services.ctx.can(COUNCIL_WRITE))
        row = self.measures.currentRow()
        self.done_button.setEnabled(
            writable and row >= 0 and self.services.ctx.can(FOLLOWUPS_WRITE)
            and not a.measures[row].done_date)
        self.plan_button.setEnabled(a is not None)
        self.notice_button.setEnabled(a is not None)

    # --- the plan and the reviews ---------------------------------------------------------------

    def add_measure(self) -> None:
        from .accompaniment_parts import MeasureDialog  # lazy: small forms, loaded when first used

        self.measure_dialog = show_dialog(MeasureDialog(self.services, self.current, self),
                                             self.reload)

    def add_review(self) -> None:
        from .accompaniment_parts import ReviewDialog  # lazy: small forms, loaded when first used

        self.review_dialog = show_dialog(ReviewDialog(self.services, self.current, self),
                                            self.reload)

    def mark_done(self) -> None:
        row = self.measures.currentRow()
        if row < 0:
            return
        ok, _ = self.fields.attempt(
            lambda: self.services.followups.mark_done(self.current.measures[row].id),
            "marking a measure done")
        if ok:
            self.reload()

    def print_paper(self, language: str, notice: bool) -> None:
        # lazy: loads when first used, not with the form
        from .council_printing import preview_plan

        preview_plan(self.services, self, self.accompaniment_id, language, notice=notice)

    # --- saving ---------------------------------------------------------------------------------

    def collect(self) -> AccompanimentInput:
        informed = self.informed_on.value()
        return AccompanimentInput(
            grounds=checked_codes(self.grounds), responsible=self.responsible.text(),
            parents_informed_on=informed,
            parents_informed_how=combo_value(self.informed_how),
            review_days=self.review_days.value() or None)

    def submit(self):
        return self.services.accompaniment.update(self.accompaniment_id, self.collect()).id


__all__ = ["AccompanimentDialog"]
