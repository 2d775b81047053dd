"""The concerns register: unanswered concerns on top, the nearest deadline first; overdue
ones in red and counted; a repeated concern (an earlier one about the same pupil was open)
marked in amber."""

from datetime import datetime


from ...services.context import CONCERNS_WRITE
from ...services.filters import ANSWERED, OPEN, OVERDUE
from .concern_clock import status_line, status_tip
from ..widgets.fmt import first_line, format_count, format_datetime
from ..widgets.labels import label
from ..widgets.paged_model import ALERT_STYLE, MUTED, WARN, Column, RowStyle
from ..record_actions import open_concern
from ..widgets.scoped_list_page import ScopedListPage

ALL = None  # the scope combo's "All"



class ConcernsPage(ScopedListPage):
    """ConcernsPage(services, parent=None). `late_changed(int)` fires with the number of
    overdue concerns (acknowledgement or written answer late) whenever it may have changed;
    `changed` after a concern was saved from here. `new_record()` opens a new concern."""

    def sort_keys(self):
        return ["received", "pupils", "from", "channel", "status", "summary"]

    def columns(self):
        return [
            Column(lambda: self.tr("Received"), lambda r: format_datetime(r.received_at)),
            Column(lambda: self.tr("Pupils"), self._pupils_text, tooltip=self._pupils_tip,
                   style=self._pupils_style),
            Column(lambda: self.tr("From"), self._from_text, tooltip=self._from_text),
            Column(lambda: self.tr("Channel"), lambda r: label("channel", r.channel)),
            Column(lambda: self.tr("Status"), lambda r: status_line(r)[0],
                   tooltip=self._clock_tip),
            Column(lambda: self.tr("What was said"), lambda r: first_line(r.summary),
                   tooltip=lambda r: r.summary),
        ]

    def _pupils_text(self, row) -> str:
        text = row.pupils or self.tr("No pupil named")
        # The mark first: a long list of names is cut off at the end.
        return self.tr("Repeated: {pupils}").format(pupils=text) if row.repeated else text

    def _pupils_tip(self, row) -> str:
        if row.repeated:
            return self.tr("Repeated: an earlier concern about this pupil was still open when "
                           "this one came.")
        return row.pupils

    def _pupils_style(self, row):
        if row.repeated and not row.overdue:
            return RowStyle(WARN, bold=True)
        return None

    def _from_text(self, row) -> str:
        source = label("concern_source", row.source)
        return f"{source}: {row.from_name}" if row.from_name else source

    def _clock_tip(self, row) -> str:
        return status_tip(row)

    def column_samples(self):
        return [format_datetime(datetime(2026, 12, 28, 23, 59)),
                "Нұрланова Әсем, Серіков Арман",
                f"{label('concern_source', 'teacher')}: Сейітова Гүлнар",
                label("channel", "messenger"),
                status_line(_SampleRow())[0], None]

    def row_style(self, row):
        if row.overdue:
            return ALERT_STYLE
        if row.answered_on:
            return RowStyle(MUTED)
        return None

    def count_rows(self, f) -> int:
        return self.services.concerns.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.concerns.page(f, offset, limit)

    def scopes(self):
        return [(OPEN, self.tr("Open")), (OVERDUE, self.tr("Overdue")),
                (ANSWERED, self.tr("Answered")), (ALL, self.tr("All"))]

    def scope_tooltip(self) -> str:
        return self.tr("Which concerns to show")

    def late_count(self) -> int:
        return self.services.concerns.overdue_count()

    def late_text(self, count: int) -> str:
        return self.tr("Overdue: {count}").format(count=format_count(count))

    def nothing_late_text(self) -> str:
        return self.tr("Nothing overdue")

    def can_create(self) -> bool:
        return self.services.ctx.can(CONCERNS_WRITE)

    def new_button_text(self) -> str:
        return self.tr("New concern…")

    # --- actions ---------------------------------------------------------------------------------

    def new_record(self):
        if not self.can_create():
            return None
        return open_concern(self.services, self, on_saved=self.saved)

    def open_record(self, record_id):
        return open_concern(self.services, self, concern_id=record_id, on_saved=self.saved)


class _SampleRow:
    """A long status, for sizing the column: "Acknowledge: 10 working days left"."""

    answered_on = None
    acknowledged_on = None
    ack_days_left = 10
    answer_days_left = 10
