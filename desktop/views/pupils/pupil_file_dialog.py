"""Print the pupil file: choose the period and the language, then the PDF opens in the
preview (printing.preview_pdf), where printing and saving are recorded in the audit trail.
What it holds is what the signed-in role may see (services/pupil_file.py)."""

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout,
    QWidget,
)

from ...models.school_year import school_year_start
from ...services.pupil_file import pupil_file_data
from ..referrals.printing import _renderer, file_part, preview_pdf, show_printing_problem
from ..widgets.fmt import from_qdate
from ..widgets.form_widgets import date_edit, hint_label

LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"))  # each in its own language


class PupilFileDialog(QDialog):
    """PupilFileDialog(services, pupil): OK opens the file's preview (`preview`)."""

    def __init__(self, services, pupil, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.pupil = services, pupil
        self.preview = None
        self.setWindowTitle(self.tr("Pupil file: {name}").format(name=pupil.full_name))
        today = services.ctx.today()
        self.starts = date_edit(school_year_start(today))
        self.ends = date_edit(today)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        study = pupil.study_language if pupil.study_language in ("kk", "ru") else "ru"
        self.language.setCurrentIndex(self.language.findData(study))
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(QLabel("–"))
        period.addWidget(self.ends)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), period)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.starts)
        form.addRow(self.tr("&Language:"), self.language)
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.language)
        self.note = hint_label(self.tr(
            "The pupil's card and the chronology of the period, for a meeting about the pupil or a "
            "hand-over. Confidential session notes are never in it; other pupils' names in "
            "the records are replaced."))
        self.problem = QLabel()
        self.problem.setObjectName("fileProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pre&view…"))
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)

    def period(self) -> tuple[date, date]:
        return from_qdate(self.starts.date()), from_qdate(self.ends.date())

    def make(self):
        """The file's PDF in the preview; a wrong period is said beside the dates."""
        starts, ends = self.period()
        if ends < starts:
            self.problem.setText(self.tr("The last day cannot be before the first day."))
            self.problem.show()
            return None
        language = self.language.currentData()
        try:
            data = pupil_file_data(self.services, self.pupil.id, starts, ends, language)
            pdf = _renderer("render_pupil_file")(data)
            name = ("Оқушы ісі" if language == "kk" else "Дело обучающегося")
            self.preview = preview_pdf(
                self.services, self.parentWidget(), pdf,
                self.tr("Pupil file: {name}").format(name=self.pupil.full_name),
                f"{name} {file_part(self.pupil.full_name)}.pdf", "pupil", self.pupil.id,
                f"file,{language},{starts.isoformat()}..{ends.isoformat()}")
        except Exception as exc:  # noqa: BLE001 - a plain message, the log the stack
            show_printing_problem(self, exc)
            return None
        self.accept()
        return self.preview


__all__ = ["PupilFileDialog"]
