"""The small forms of an accompaniment: a measure of the individual plan (a follow-up action:
what, who, by when) and a review (date, progress, a note, and for the psychologist a
confidential note, sealed as session notes are)."""

from datetime import timedelta

from PySide6.QtWidgets import QLineEdit, QWidget

from ...models.accompaniment import ReviewInput
from ...models.journal import FollowUpInput
from ...services.context import NOTES_READ
from ..widgets.fmt import from_qdate
from ..calendar.calendar_note import school_day_hint
from ..widgets.form_widgets import (
    add_under, code_combo, combo_value, date_edit, hint_label, text_box,
)
from ..widgets.record_dialog import RecordDialog


class MeasureDialog(RecordDialog):
    draft_kind, draft_id_attr = None, "accompaniment_id"

    def __init__(self, services, accompaniment, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.accompaniment = services, accompaniment
        self.setWindowTitle(self.tr("Measure of the plan: {name}").format(
            name=accompaniment.pupil.full_name))
        self.setMinimumSize(480, 300)
        self.what = self.add_field("what", self.tr("&Measure"), text_box(3))
        self.responsible = self.add_field("responsible", self.tr("&Responsible"), QLineEdit())
        self.responsible.setText(accompaniment.responsible)
        self.due_date = self.add_field("due_date", self.tr("&Due"), date_edit(
            services.calendar.school_day(services.ctx.today() + timedelta(days=7))))
        add_under(self.due_date, school_day_hint(services, self.due_date))
        self.form.addRow(hint_label(self.tr(
            "A measure is a follow-up action: it is in Follow-ups, the pupil's chronology and "
            "the dashboard until it is done.")))
        self.what.setFocus()

    def submit(self):
        saved = self.services.accompaniment.add_measure(self.accompaniment.id, FollowUpInput(
            what=self.what.toPlainText(), responsible=self.responsible.text(),
            due_date=from_qdate(self.due_date.date())))
        return saved.id


class ReviewDialog(RecordDialog):
    draft_kind, draft_id_attr = None, "accompaniment_id"

    def __init__(self, services, accompaniment, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.accompaniment = services, accompaniment
        self.setWindowTitle(self.tr("Review: {name}").format(name=accompaniment.pupil.full_name))
        self.setMinimumSize(480, 360)
        self.on_date = self.add_field("on_date", self.tr("&Date"),
                                      date_edit(services.ctx.today()))
        self.progress = self.add_field("progress", self.tr("&Progress"),
                                       code_combo("review_progress", empty=self.tr("— choose —")))
        self.note = self.add_field("note", self.tr("&Note"), text_box(3))
        self.confidential = None
        if services.ctx.can(NOTES_READ):
            self.confidential = self.add_field("confidential_note",
                                               self.tr("&Confidential note"), text_box(3))
            self.form.addRow(hint_label(self.tr(
                "Sealed with your notes key: only the psychologist reads it, and it is never "
                "printed.")))
        self.progress.setFocus()

    def submit(self):
        self.services.accompaniment.add_review(self.accompaniment.id, ReviewInput(
            on_date=from_qdate(self.on_date.date()), progress=combo_value(self.progress),
            note=self.note.toPlainText(),
            confidential_note=self.confidential.toPlainText() if self.confidential else ""))
        return self.accompaniment.id
