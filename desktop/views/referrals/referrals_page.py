"""The list of referrals: drafts first, then the newest sent; each with its outgoing number,
date, pupil, organisation and status with its date. A referral sent 30 days ago or more
without feedback is waiting: in red and counted (the navigation counts it too)."""

from datetime import date

from ...services.context import REFERRALS_WRITE
from ...services.filters import CLOSED, DRAFTS, OPEN, WAITING
from ..widgets.fmt import format_count, format_date
from ..widgets.form_widgets import pupil_line
from ..widgets.labels import label
from .organisations_dialog import ui_language
from ..widgets.paged_model import ALERT_STYLE, MUTED, Column, RowStyle
from ..record_actions import open_referral
from ..widgets.scoped_list_page import ScopedListPage

ALL = None  # the scope combo's "All"


class ReferralsPage(ScopedListPage):
    """ReferralsPage(services, parent=None). `late_changed(int)` with the number of referrals
    waiting for feedback whenever it may have changed; `changed` after one was saved from
    here. `new_record()` opens a new referral."""

    def sort_keys(self):
        return ["number", "date", "pupil", f"organisation_{ui_language()}", "status"]

    def columns(self):
        return [
            Column(lambda: self.tr("Number"), lambda r: r.number or self.tr("draft")),
            Column(lambda: self.tr("Date"), lambda r: format_date(r.sent_on or r.created_on),
                   tooltip=self._date_tip),
            Column(lambda: self.tr("Pupil"), lambda r: pupil_line(r.pupil_name, r.class_name)),
            Column(lambda: self.tr("Organisation"), lambda r: r.organisation(ui_language()),
                   tooltip=lambda r: label("organisation_kind", r.organisation_kind)),
            Column(lambda: self.tr("Status"), self.status_text),
        ]

    def _date_tip(self, row) -> str:
        if row.sent_on:
            return self.tr("Sent on {date}").format(date=format_date(row.sent_on))
        return self.tr("Written on {date}, not sent yet").format(date=format_date(row.created_on))

    def status_text(self, row) -> str:
        if row.waiting:
            return self.tr("Waiting for feedback: {days} days").format(
                days=format_count(row.waiting_days(self.services.ctx.today())))
        text = label("referral_status", row.status)
        if row.status_on is not None:
            text = self.tr("{status} on {date}").format(status=text,
                                                        date=format_date(row.status_on))
        if row.urgent:
            text = self.tr("{status}; urgent").format(status=text)
        return text

    def column_samples(self):
        return ["999/2025-26", format_date(date(2026, 12, 28)),
                "Жұмабаева Әйгерім Ерланқызы — 10Ә",
                "Медеу ауданының психологиялық қолдау орталығы", None]

    def row_style(self, row):
        if row.waiting:
            return ALERT_STYLE
        if row.status == "closed":
            return RowStyle(MUTED)
        if row.status == "draft":
            return RowStyle(italic=True)
        return None

    def count_rows(self, f) -> int:
        return self.services.referrals.count(f)

    def fetch_rows(self, f, offset, limit):
        return self.services.referrals.page(f, offset, limit)

    def search_placeholder(self) -> str:
        return self.tr("Find by a pupil's name or a number")

    def scopes(self):
        return [(OPEN, self.tr("Open")), (WAITING, self.tr("Waiting for feedback")),
                (DRAFTS, self.tr("Drafts")), (CLOSED, self.tr("Closed")), (ALL, self.tr("All"))]

    def scope_tooltip(self) -> str:
        return self.tr("Which referrals to show")

    def late_count(self) -> int:
        return self.services.referrals.waiting_count()

    def late_text(self, count: int) -> str:
        return self.tr("Waiting for feedback: {count}").format(count=format_count(count))

    def nothing_late_text(self) -> str:
        return self.tr("None waiting for feedback")

    def can_create(self) -> bool:
        return self.services.ctx.can(REFERRALS_WRITE)

    def new_button_text(self) -> str:
        return self.tr("New referral…")

    # --- actions ---------------------------------------------------------------------------------

    def new_record(self):
        if not self.can_create():
            return None
        return open_referral(self.services, self, on_saved=self.saved)

    def open_record(self, record_id):
        return open_referral(self.services, self, referral_id=record_id, on_saved=self.saved)
