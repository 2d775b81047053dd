"""The main window: navigation on the left (Dashboard, Pupils, Concerns, Cases, Referrals,
Sessions, Observations, Follow-ups, Preventive work, Term summary, Prevention council; what is late shows its count
there), the page on the right, menus for every action, and the number of pupils and the data
folder in the status bar. The head teacher sees the term summary and today's counts only."""

import importlib
import logging
import warnings
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
    QVBoxLayout, QWidget,
)

from ..logs import describe_exception

from .accounts.lock import BLANK_SHORTCUT, LOCK_SHORTCUT
from .first_window import Qt, centred
from .widgets.colors import ALERT
from .widgets.fmt import format_count, format_date
from .widgets.messages import message
from .server.team_status import TeamStatusLabel
from .record_actions import (
    open_case, open_concern, open_follow_up, open_observation, open_prevention, open_pupil,
    open_referral, open_school, open_session, show_dialog,
)

DASHBOARD, PUPILS, CONCERNS, CASES, REFERRALS, SESSIONS, OBSERVATIONS, FOLLOWUPS = range(8)
PREVENTION, SUMMARY, COUNCIL = 8, 9, 10
PAGE_KEYS = ("dashboard", "pupils", "concerns", "cases", "referrals", "sessions",
             "observations", "followups", "prevention", "summary", "council")
PAGE_MODULES = (("dashboard.attention_page", "AttentionPage"),
                ("pupils.pupils_page", "PupilsPage"), ("concerns.concerns_page", "ConcernsPage"),
                ("cases.cases_page", "CasesPage"),
                ("referrals.referrals_page", "ReferralsPage"),
                ("sessions.sessions_page", "SessionsPage"),
                ("observations.observations_page", "ObservationsPage"),
                ("followups.followups_page", "FollowUpsPage"),
                ("prevention.prevention_page", "PreventionPage"),
                ("reports.term_summary_page", "TermSummaryPage"),
                ("council.council_page", "CouncilPage"))
log = logging.getLogger(__name__)
@cache
def page_shows() -> tuple[frozenset[str], ...]:
    """What each page shows, by kind of record (table names, models/changes.py): a save
    refreshes the pages it touches, and those hidden only when next shown. "*": every kind
    (the warnings, the pupil card's chronology and the summary read them all)."""
    # lazy: models/changes.py loads uuid (and platform); saves come after the first window
    # (start-up)
    from ..models.changes import PEOPLE

    return (
        frozenset({"*"}),  # DASHBOARD
        frozenset({"*"}),  # PUPILS: the list and the card's chronology
        frozenset(PEOPLE | {"concern", "concern_pupil", "concern_response",
                             "holiday_correction", "academic_year"}),
        frozenset(PEOPLE | {"bullying_case", "case_pupil", "case_stage", "observation",
                             "follow_up"}),
        frozenset(PEOPLE | {"referral", "referral_amendment", "organisation"}),
        frozenset(PEOPLE | {"counselling_session", "session_pupil"}),
        frozenset(PEOPLE | {"observation", "observation_pupil", "observation_form",
                             "bullying_case"}),
        frozenset(PEOPLE | {"follow_up", "holiday_correction", "academic_year"}),
        frozenset({"preventive_activity"}),
        frozenset({"*"}),  # SUMMARY
        frozenset(PEOPLE | {"council_member", "council_meeting", "council_attendance",
                             "council_item", "council_proposal", "accompaniment",
                             "accompaniment_review", "accompaniment_ground", "follow_up",
                             "observation", "concern", "counselling_session",
                             "warning_dismissal"}),
    )


@cache
def counted() -> frozenset[str]:
    """What the navigation's late counts and the pupil count read."""
    # lazy: as in page_shows()
    from ..models.changes import PEOPLE

    return frozenset(PEOPLE | {"follow_up", "concern", "concern_response", "bullying_case",
                               "case_stage", "referral", "holiday_correction",
                               "academic_year", "accompaniment", "accompaniment_review"})


# The pages whose navigation item counts what is late (ScopedListPage.late_changed).
LATE_PAGES = (CONCERNS, CASES, REFERRALS, FOLLOWUPS, COUNCIL)


def page_class(index: int):
    """The page's class, imported when the page is first built: the window shows sooner."""
    module, name = PAGE_MODULES[index]
    return getattr(importlib.import_module(f"{__package__}.{module}"), name)

# Language names are written in their own language, as every language menu does.
LANGUAGE_NAMES = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))


def _two_lines(text: str) -> list[str]:
    """A page's name and, on a line of its own, what is late: "Concerns", "(3 overdue)"."""
    name, bracket, rest = text.partition(" (")
    return [name, bracket.strip() + rest] if bracket else [text]


class MainWindow(QMainWindow):
    """MainWindow(services, settings, data_dir, on_language_change): `on_language_change(code)`
    is called with "system", "en", "ru" or "kk" when the user picks another language; the
    application then builds a new window and hands it `current_state()`.

    At start-up `services` is None: the window shows at once, saying the journal is opening,
    while the database opens in the background; attach(services) then fills it."""

    # Locking is the application's (it drops the key and rebuilds this window): see lock.py.
    lock_requested = Signal()
    sign_out_requested = Signal()  # File → Sign out: the journal closes for anyone to sign in
    # What a save changed (models/changes.py), from any thread; applied on the GUI thread.
    records_changed = Signal(object)
    # Settings → Accounts → "Change all keys…", confirmed: the app closes the journal,
    # changes the keys (desktop/key_rotation.py) and asks to sign in again.
    rotate_keys_requested = Signal()
    blank_requested = Signal()
    lock_after_requested = Signal()
    school_server_requested = Signal()  # Settings → School server (desktop/app/team_sync.py)
    team_conflicts_requested = Signal()  # the status bar's «2 conflicts»
    password_changed = Signal(str)  # the signed-in user's new password (app/team_sync.py)
    restore_requested = Signal(object)  # Settings → Backups → Restore now: the backup's path

    def __init__(self, services, settings, data_dir: Path, on_language_change=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.data_dir = Path(data_dir)
        self.on_language_change = on_language_change
        self._late: dict[int, int] = {}  # page -> what its navigation item counts
        # Pages are built when first shown: the window opens with the pupil list only.
        self._pages: list[QWidget | None] = [None] * len(PAGE_MODULES)
        # Pages whose records changed while they were hidden: read again when next looked at.
        self._stale_pages: set[int] = set()
        self._counts_refresher = None  # the navigation's counts read off the GUI thread
        self.records_changed.connect(self._apply_changes)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        for index in range(len(PAGE_MODULES)):
            QListWidgetItem(self._nav_text(index), self.nav)
        self.stack = QStackedWidget()
        for _ in PAGE_MODULES:
            self.stack.addWidget(QWidget())  # a stand-in until the page is first shown
        self.opening_label = QLabel(self.tr("Opening the journal…"))
        self.opening_label.setObjectName("openingNotice")
        self.opening = centred(self.opening_label)
        self.stack.addWidget(self.opening)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self._fit_nav()
        self._pending_state: dict | None = None
        if services is None:
            self.stack.setCurrentWidget(self.opening)
            self._set_ready(False)
            self.setWindowTitle("Senim")
        else:
            self.attach(services)
        self.resize(1200, 760)
        self.setMinimumSize(900, 560)

    # --- opening --------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self.services is not None

    def show_opening(self, widget: QWidget) -> None:
        """Before the journal is open: show this (the sign-in panel) in the page area."""
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        widget.setFocus()

    def attach(self, services) -> None:
        """The database is open: show the pupil list (or the state handed over before)."""
        self.services = services
        self._set_ready(True)
        if self.counts_only:
            self._attach_counts_only()
            return
        # lazy: the services' package loads after the first window (start-up)
        from ..services.context import (
            ACCOUNTS_MANAGE, AUDIT_READ, CASES_WRITE, CONCERNS_WRITE, PREVENTION_WRITE,
            PUPILS_WRITE, REFERRALS_WRITE, SCHOOL_WRITE, SESSIONS_WRITE,
        )

        services.db.on_change(self._announce_changes)
        self.new_session_action.setEnabled(services.ctx.can(SESSIONS_WRITE))
        self.school_action.setEnabled(services.ctx.can(SCHOOL_WRITE))
        self.accounts_action.setEnabled(services.ctx.can(ACCOUNTS_MANAGE))
        self.audit_action.setEnabled(services.ctx.can(AUDIT_READ))
        # Restoring replaces everyone's records: the psychologist's, like the accounts.
        self.backups_action.setEnabled(services.ctx.can(ACCOUNTS_MANAGE))
        self.import_action.setEnabled(services.ctx.can(PUPILS_WRITE))
        self.new_concern_action.setEnabled(services.ctx.can(CONCERNS_WRITE))
        self.new_case_action.setEnabled(services.ctx.can(CASES_WRITE))
        self.new_referral_action.setEnabled(services.ctx.can(REFERRALS_WRITE))
        self.new_prevention_action.setEnabled(services.ctx.can(PREVENTION_WRITE))
        self.organisations_action.setEnabled(services.ctx.can(REFERRALS_WRITE))
        self.publish_action.setEnabled(services.db.keys is not None
                                       and services.db.keys.summaries is not None)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(DASHBOARD)
        self._page_changed(DASHBOARD)
        self._update_counts()
        self.update_title()
        if self._pending_state is not None:
            state, self._pending_state = self._pending_state, None
            self.restore_state(state)

    @property
    def counts_only(self) -> bool:
        """A head teacher: counts, never names (the services refuse the rest anyway)."""
        if self.services is None:
            return False
        # lazy: the services' package loads after the first window (start-up)
        from ..services.context import PUPILS_READ

        return not self.services.ctx.can(PUPILS_READ)

    def _attach_counts_only(self) -> None:
        """The term summary, and today's counts on a second tab."""
        self.school_server_action.setEnabled(False)  # `senim sync` brings the counts
        # lazy: loads when first opened, not before the first window (start-up)
        from PySide6.QtWidgets import QTabWidget

        from .dashboard.dashboard_page import DashboardPage
        from .reports.term_summary_page import TermSummaryPage

        self.summary_page = TermSummaryPage(self.services)
        self.dashboard_page = DashboardPage(self.services)
        self.counts_tabs = QTabWidget()
        self.counts_tabs.setDocumentMode(True)
        self.counts_tabs.addTab(self.summary_page, self.tr("Term summary"))
        self.counts_tabs.addTab(self.dashboard_page, self.tr("Today"))
        self.nav.hide()
        for action in (self.new_pupil_action, self.new_session_action,
                       self.new_observation_action, self.new_follow_up_action,
                       self.new_concern_action, self.new_case_action,
                       self.new_referral_action, self.new_prevention_action,
                       self.organisations_action, self.find_action,
                       self.school_action, self.calendar_action, self.warning_settings_action,
                       self.holidays_action, self.accounts_action, self.audit_action, self.backups_action,
                       self.export_action, self.publish_action,
                       self.import_action, *self.page_actions):
            action.setEnabled(False)
            action.setVisible(False)
        shown = self.counts_tabs
        if getattr(self.services, "published", False):
            shown = QWidget()
            lay = QVBoxLayout(shown)
            lay.setContentsMargins(0, 0, 0, 0)
            made = self.services.made_at
            self.published_label = QLabel(self.tr(
                "Counts as published on {date} at {time}; they are published again when the "
                "psychologist or a counsellor closes the journal after changes.").format(
                    date=format_date(made.date()), time=made.strftime("%H:%M")))
            self.published_label.setWordWrap(True)
            self.published_label.setContentsMargins(8, 6, 8, 6)
            lay.addWidget(self.published_label)
            lay.addWidget(self.counts_tabs, 1)
        self.stack.addWidget(shown)
        self.stack.setCurrentWidget(shown)
        self._update_counts()
        self.update_title()

    def _set_ready(self, ready: bool) -> None:
        """Until the database is open, nothing that needs it can be used."""
        self.nav.setEnabled(ready)
        for action in self.actions():
            if action not in (self.quit_action, self.about_action):
                action.setEnabled(ready)
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None:
                for action in menu.actions():
                    if action not in (self.quit_action, self.about_action) and not action.menu():
                        action.setEnabled(ready)
        self.language_menu.setEnabled(ready and self.on_language_change is not None)

    # --- building --------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, status_tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # As setShortcut() does: setShortcut() itself looks up Qt's namespace to choose
            # among its overloads, before the first window (views/first_window.py).
            action.setShortcuts([QKeySequence(shortcut)])
        if status_tip:
            action.setStatusTip(status_tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        self.new_pupil_action = self._action(self.tr("New &pupil…"), self.new_pupil, "Ctrl+Shift+N")
        self.new_session_action = self._action(
            self.tr("New &session…"), self.new_session, QKeySequence.StandardKey.New,
            self.tr("A new counselling session; for the pupil on the card, if one is open"))
        self.new_observation_action = self._action(
            self.tr("New &observation…"), self.new_observation, "Ctrl+Shift+O",
            self.tr("A new observation of bullying; for the pupil on the card, if one is open"))
        self.new_follow_up_action = self._action(
            self.tr("New &follow-up…"), self.new_follow_up, "Ctrl+Shift+F",
            self.tr("A new follow-up action; for the pupil on the card, if one is open"))
        self.new_concern_action = self._action(
            self.tr("New &concern…"), self.new_concern, "Ctrl+Shift+C",
            self.tr("A concern from a parent, pupil, teacher or the 111 line, with its response "
                    "clock; about the pupil on the card, if one is open"))
        self.new_case_action = self._action(
            self.tr("New &bullying case…"), self.new_case, "Ctrl+Shift+B",
            self.tr("A bullying case through the ДосболLIKE stages; for the pupil on the card, "
                    "if one is open"))
        self.new_referral_action = self._action(
            self.tr("New &referral…"), self.new_referral, "Ctrl+Shift+R",
            self.tr("A referral to a psychological support centre, the ПМПК or another "
                    "organisation; for the pupil on the card, if one is open"))
        self.new_prevention_action = self._action(
            self.tr("New pre&ventive activity…"), self.new_prevention, None,
            self.tr("A lesson, ДосболLIKE session, training, meeting with parents or class "
                    "hour for the preventive work log"))
        self.find_action = self._action(self.tr("Fi&nd…"), self.focus_search,
                                        QKeySequence.StandardKey.Find,
                                        self.tr("Search the list on this page"))
        self.export_action = self._action(
            self.tr("&Export all data…"), self.export_all_data, None,
            self.tr("Every record you may see as CSV files and an Excel workbook"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.page_group = QActionGroup(self)
        self.page_actions = []
        for i, text in enumerate((self.tr("&Dashboard"), self.tr("&Pupils"),
                                  self.tr("Co&ncerns"), self.tr("Bullying c&ases"),
                                  self.tr("&Referrals"), self.tr("&Sessions"), self.tr("&Observations"),
                                  self.tr("&Follow-ups"), self.tr("Pre&ventive work"),
                                  self.tr("&Term summary"), self.tr("Prevention coun&cil"))):
            action = self._action(text, lambda _checked=False, i=i: self.show_page(i),
                                  f"Ctrl+{(i + 1) % 10}" if i < 10 else None)  # tenth: Ctrl+0
            action.setCheckable(True)
            self.page_group.addAction(action)
            self.page_actions.append(action)

        self.school_action = self._action(self.tr("&School profile…"), self.edit_school)
        self.school_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.calendar_action = self._action(
            self.tr("School &year…"), self.edit_calendar,
            status_tip=self.tr("The school years, their quarters and breaks, which the term "
                               "summary counts by"))
        self.warning_settings_action = self._action(
            self.tr("&Early warning…"), self.edit_warning_settings,
            status_tip=self.tr("When pupils are raised on the dashboard, concern deadlines "
                               "and crisis contacts"))
        self.holidays_action = self._action(
            self.tr("&Holidays…"), self.edit_holidays,
            status_tip=self.tr("The days off by law and your school's changes, which the "
                               "working-day deadlines skip"))
        self.organisations_action = self._action(
            self.tr("&Organisations…"), self.edit_organisations,
            status_tip=self.tr("Where pupils are referred: support centres, the ПМПК, the "
                               "juvenile police, the КДНиЗП, health organisations"))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("system", self.tr("System language")), *LANGUAGE_NAMES):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.about_action = self._action(self.tr("&About Senim"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.new_pupil_action, self.new_concern_action, self.new_case_action,
                  self.new_referral_action, self.new_session_action, self.new_observation_action,
                  self.new_follow_up_action, self.new_prevention_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        self._add_import_action(file_menu)
        file_menu.addAction(self.export_action)
        self.publish_action = self._action(
            self.tr("Publish the &counts for the head teacher"), self.publish_counts,
            status_tip=self.tr("The head teacher reads the term summaries and today's counts "
                               "as published; they are published when the journal closes "
                               "or locks after changes, or now"))
        file_menu.addAction(self.publish_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for a in self.page_actions:
            view_menu.addAction(a)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.school_action)
        settings_menu.addAction(self.calendar_action)
        settings_menu.addAction(self.warning_settings_action)
        settings_menu.addAction(self.holidays_action)
        settings_menu.addAction(self.organisations_action)
        self._add_account_actions(settings_menu)
        self.school_server_action = QAction(self.tr("School &server…"), self)
        self.school_server_action.triggered.connect(self.school_server_requested)
        settings_menu.addAction(self.school_server_action)
        self._add_lock_actions(file_menu, view_menu, settings_menu)
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.language_menu.setEnabled(self.on_language_change is not None)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _add_lock_actions(self, file_menu, view_menu, settings_menu) -> None:
        """File → Lock (Ctrl+L), View → Blank screen (F12), Settings → Lock after…. The
        application also takes both keys from any window (see IdleWatch in lock.py)."""
        self.lock_action = self._action(
            self.tr("&Lock"), self.lock_requested, LOCK_SHORTCUT,
            self.tr("Close the journal until you sign in again; open forms are kept"))
        self.blank_action = self._action(
            self.tr("&Blank screen"), self.blank_requested, BLANK_SHORTCUT,
            self.tr("Hide everything at once; Esc brings it back"))
        self.lock_after_action = self._action(self.tr("Loc&k after…"), self.lock_after_requested)
        self.sign_out_action = self._action(
            self.tr("Sign &out"), self.sign_out_requested, status_tip=self.tr(
                "Close the journal so that someone else can sign in; unsaved forms are "
                "asked about"))
        file_menu.insertAction(self.quit_action, self.lock_action)
        file_menu.insertAction(self.quit_action, self.sign_out_action)
        file_menu.insertSeparator(self.quit_action)
        view_menu.addSeparator()
        view_menu.addAction(self.blank_action)
        settings_menu.addAction(self.lock_after_action)

    def adopt_dialog(self, dialog) -> None:
        """A record form kept over a lock comes back into this window: saving it refreshes
        the pages here (the ones it was opened from are gone)."""
        # lazy: loads when first opened, not before the first window (start-up)
        from .pupils.pupil_form import PupilDialog
        from .referrals.school_form import SchoolDialog

        if dialog.parentWidget() is not self:
            dialog.setParent(self, dialog.windowFlags())
        with warnings.catch_warnings():  # PySide warns when nothing is left connected
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                dialog.saved.disconnect()
            except (RuntimeError, TypeError):
                pass
        if isinstance(dialog, PupilDialog):
            dialog.saved.connect(self._pupil_saved)
        elif isinstance(dialog, SchoolDialog):
            dialog.saved.connect(lambda _id=None: self.update_title())
        else:
            dialog.saved.connect(self._record_saved)

    def _add_account_actions(self, menu) -> None:
        """Accounts (the psychologist's) and one's own password (everyone's)."""
        self.accounts_action = self._action(self.tr("&Accounts…"), self.manage_accounts)
        self.password_action = self._action(self.tr("Change my &password…"), self.change_password)
        self.audit_action = self._action(self.tr("Audit &trail…"), self.show_audit)
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        menu.addAction(self.accounts_action)
        menu.addAction(self.password_action)
        menu.addAction(self.audit_action)
        menu.addAction(self.backups_action)

    def publish_counts(self) -> None:
        """File → Publish the counts for the head teacher: now, whatever changed."""
        # lazy: the journal's modules load after the first window (start-up)
        from ..services.published import publish

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            publish(self.services)
        except Exception as exc:  # noqa: BLE001 - said in the status bar, details in the log
            log.error("publishing the counts failed: %s", describe_exception(exc))
            self.statusBar().showMessage(message("unexpected"), 10000)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("The counts are published for the head teacher."),
                                     10000)

    def manage_accounts(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .accounts.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.services, self, on_rotate=self.rotate_keys_requested.emit)
        dialog.open()
        return dialog

    def _add_import_action(self, file_menu) -> None:
        """File → Import pupils… (roles that may change pupils)."""
        self.import_action = self._action(
            self.tr("&Import pupils…"), self.import_pupils, None,
            self.tr("Add and update pupils from an Excel workbook or a CSV list"))
        file_menu.addAction(self.import_action)

    def import_pupils(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .storage.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._pupils_imported)
        wizard.open()
        return wizard

    def _pupils_imported(self, summary) -> None:
        self._data_changed(None)
        self.statusBar().showMessage(self.tr(
            "Pupils imported: {added} added, {updated} updated, {left} marked as having "
            "left.").format(added=format_count(summary.added),
                            updated=format_count(summary.updated),
                            left=format_count(summary.marked_left)), 15000)

    def export_all_data(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .storage.export_dialog import ExportDialog

        return show_dialog(ExportDialog(self.services, self))

    def show_audit(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .accounts.audit_dialog import AuditDialog

        dialog = AuditDialog(self.services, self)
        dialog.open()
        return dialog

    def show_backups(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .storage.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.services, self.settings, self.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.open()
        return dialog

    def change_password(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .accounts.accounts_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, self)
        dialog.password_changed.connect(self.password_changed)
        return show_dialog(dialog)

    def _build_status_bar(self) -> None:
        self.pupil_count_label = QLabel()
        self.pupil_count_label.setObjectName("pupilCount")
        self.data_dir_label = QLabel(self.tr("Data folder: {path}").format(path=self.data_dir))
        self.data_dir_label.setObjectName("dataFolder")
        # Selectable by the mouse, set by name: no enum of Qt's namespace before the first
        # window (views/first_window.py).
        self.data_dir_label.setStyleSheet("qproperty-textInteractionFlags: TextSelectableByMouse;")
        self.team_status = TeamStatusLabel()
        self.team_status.conflicts_clicked.connect(self.team_conflicts_requested)
        status = self.statusBar()
        status.addWidget(self.pupil_count_label)
        status.addPermanentWidget(self.team_status)
        status.addPermanentWidget(self.data_dir_label)

    def show_team_status(self, status, syncing: bool = False) -> None:
        """Where sync with the school's server stands (hidden on a journal of its own)."""
        self.team_status.show_status(status, syncing)

    def _fit_nav(self) -> None:
        fm = self.nav.fontMetrics()
        font = self.nav.font()
        font.setBold(True)
        bold = QFontMetrics(font)
        texts = [self._nav_text(i) for i in range(self.nav.count())]
        # As wide as the pages' names; a late count goes on a second line below its name
        # rather than widening the navigation (which a 1024-pixel screen cannot spare).
        samples = [line for i in LATE_PAGES for line in _two_lines(self._nav_text(i, 88))]
        widest = max([fm.horizontalAdvance(t) for t in texts]
                     + [bold.horizontalAdvance(t) for t in samples])
        self.nav.setFixedWidth(widest + 32)
        # No horizontal scroll bar, set by name as the data folder's label is selectable.
        self.nav.setStyleSheet(
            "QListWidget#navigation { qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }"
            " QListWidget#navigation::item { padding: 6px 8px; }")

    # --- pages -----------------------------------------------------------------------------------

    def page(self, index: int) -> QWidget:
        """The page at `index`, built on first use, read again first if its records changed
        while it was hidden."""
        page = self._pages[index]
        if page is not None and index in self._stale_pages:
            self._stale_pages.discard(index)
            page.refresh()
        if page is None:
            page = page_class(index)(self.services)
            # The window's Find action owns Ctrl+F; two owners of one key would cancel out.
            page.find_shortcut.setEnabled(False)
            page.changed.connect(lambda p=page: self._data_changed(p))
            if index in LATE_PAGES:
                page.late_changed.connect(lambda count, i=index: self._set_late(i, count))
            if index == DASHBOARD:
                page.open_pupil.connect(self.show_pupil)
            current = self.stack.currentIndex()
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self._pages[index] = page
        return page

    @property
    def pages(self) -> list[QWidget]:
        """The pages built so far."""
        return [p for p in self._pages if p is not None]

    @property
    def pupils_page(self):
        return self.page(PUPILS)

    @property
    def sessions_page(self):
        return self.page(SESSIONS)

    @property
    def observations_page(self):
        return self.page(OBSERVATIONS)

    @property
    def followups_page(self):
        return self.page(FOLLOWUPS)

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _page_changed(self, index: int) -> None:
        if not 0 <= index < len(PAGE_MODULES):
            return
        self.page(index)
        self.stack.setCurrentIndex(index)
        self.page_actions[index].setChecked(True)
        if index in LATE_PAGES:
            self._update_counts()

    def focus_search(self) -> None:
        self.page(self.current_page()).focus_search()

    # --- records ---------------------------------------------------------------------------------

    def _card_pupil_id(self):
        """The pupil on the card, when the Pupils page is showing one: new records are for them."""
        return self.pupils_page.current_pupil_id() if self.current_page() == PUPILS else None

    def new_pupil(self):
        return open_pupil(self.services, self, on_saved=self._pupil_saved)

    def new_session(self):
        pupil_id = self._card_pupil_id()
        return open_session(self.services, self, pupil_ids=[pupil_id] if pupil_id else [],
                            on_saved=self._record_saved)

    def new_observation(self):
        pupil_id = self._card_pupil_id()
        return open_observation(self.services, self, pupil_ids=[pupil_id] if pupil_id else [],
                                on_saved=self._record_saved)

    def new_follow_up(self):
        return open_follow_up(self.services, self, pupil_id=self._card_pupil_id(),
                              on_saved=self._record_saved)

    def new_concern(self):
        pupil_id = self._card_pupil_id()
        return open_concern(self.services, self, pupil_ids=[pupil_id] if pupil_id else [],
                            on_saved=self._record_saved)

    def new_case(self):
        pupil_id = self._card_pupil_id()
        return open_case(self.services, self, pupil_ids=[pupil_id] if pupil_id else [],
                         on_saved=self._record_saved)

    def new_referral(self):
        pupil_id = self._card_pupil_id()
        return open_referral(self.services, self, pupil_ids=[pupil_id] if pupil_id else [],
                             on_saved=self._record_saved)

    def new_prevention(self):
        return open_prevention(self.services, self, on_saved=self._record_saved)

    def _pupil_saved(self, pupil_id) -> None:
        self._data_changed(None)
        self.show_pupil(pupil_id)

    def show_pupil(self, pupil_id) -> None:
        """The pupil's card on the Pupils page."""
        self.show_page(PUPILS)
        self.pupils_page.select_pupil(pupil_id)

    def _record_saved(self, _record_id=None) -> None:
        """A form saved: its changes came through the journal's change feed already."""

    def _data_changed(self, source) -> None:
        """A page says it changed what others show (besides the change feed): the others
        read again, the one on screen now and hidden ones when next shown."""
        # lazy: as in page_shows()
        from ..models.changes import EVERYTHING

        self._apply_changes(EVERYTHING, source)

    def _announce_changes(self, changes) -> None:
        """The journal's listener (db.Database.on_change), on whatever thread committed: the
        signal carries the changes to the GUI thread (at once when already on it)."""
        try:
            self.records_changed.emit(changes)
        except RuntimeError:  # this window is gone (rebuilt for another language)
            pass

    def _apply_changes(self, changes, source=None) -> None:
        """Refresh the page on screen if it shows what changed; mark the others to read again
        when next looked at (models/changes.py, page_shows()); the counts if they are touched."""
        if self.services is None or getattr(self.services, "db", None) is None:
            return
        shown = self.stack.currentIndex()
        for index, page in enumerate(self._pages):
            if page is None or page is source or not changes.touches(page_shows()[index]):
                continue
            if index == shown and self.isVisible():
                self._stale_pages.discard(index)
                # Read off the GUI thread where the page can (a save on a large journal),
                # and only what the page shows of the changes where it can tell.
                if hasattr(page, "refresh_later"):
                    page.refresh_later(changes)
                else:
                    page.refresh()
            else:
                self._stale_pages.add(index)
        if changes.touches(counted()):
            self._update_counts_later()

    def _update_counts(self) -> None:
        self._show_counts(self._read_counts(self.services, self.counts_only))

    def _update_counts_later(self) -> None:
        """The counts after a save, read on the journal's worker (five counts on a large
        journal take longer than a frame)."""
        if self._counts_refresher is None:
            # lazy: loads at the first save, not before the first window (start-up)
            from .widgets.tasks import Refresher

            self._counts_refresher = Refresher(self, self._read_counts, self._show_counts,
                                               name="navigation counts")
        self._counts_refresher.request(self.services, self.counts_only)

    @staticmethod
    def _read_counts(services, counts_only: bool) -> tuple[dict, object]:
        late = {} if counts_only else {
            FOLLOWUPS: services.followups.overdue_count(),
            CONCERNS: services.concerns.overdue_count(),
            CASES: services.cases.review_due_count(),
            REFERRALS: services.referrals.waiting_count(),
            COUNCIL: services.accompaniment.review_overdue_count()}
        return late, services.pupils.count(studying_only=True)

    def _show_counts(self, read) -> None:
        # lazy: the summary's models load after the first window (start-up)
        from ..models.term_summary import shown

        late, count = read
        for index, n in late.items():
            self._set_late(index, n)
        self.pupil_count_label.setText(self.tr("Pupils: {count}").format(
            count=format_count(count) if isinstance(count, int) else shown(count)))

    def _nav_text(self, index: int, late: int = 0) -> str:
        if late and index == FOLLOWUPS:
            return self.tr("Follow-ups ({count} overdue)").format(count=format_count(late))
        if late and index == CONCERNS:
            return self.tr("Concerns ({count} overdue)").format(count=format_count(late))
        if late and index == CASES:
            return self.tr("Cases ({count} to review)").format(count=format_count(late))
        if late and index == REFERRALS:
            return self.tr("Referrals ({count} waiting)").format(count=format_count(late))
        if late and index == COUNCIL:
            return self.tr("Council ({count} to review)").format(count=format_count(late))
        return (self.tr("Dashboard"), self.tr("Pupils"), self.tr("Concerns"), self.tr("Cases"),
                self.tr("Referrals"), self.tr("Sessions"), self.tr("Observations"),
                self.tr("Follow-ups"), self.tr("Preventive work"),
                self.tr("Term summary"), self.tr("Prevention council"))[index]

    def _set_late(self, index: int, count: int) -> None:
        """The navigation item counts what is late on its page, in bold red."""
        self._late[index] = count
        item = self.nav.item(index)
        item.setText("\n".join(_two_lines(self._nav_text(index, count))))
        font = item.font()
        font.setBold(bool(count))
        item.setFont(font)
        if count:
            item.setForeground(QBrush(ALERT))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    # --- settings and help ----------------------------------------------------------------------

    def edit_school(self):
        return open_school(self.services, self, on_saved=lambda _id=None: self.update_title())

    def edit_calendar(self):
        """Settings → School year: the quarters the term summary counts by."""
        # lazy: loads when first opened, not before the first window (start-up)
        from .calendar.school_calendar_dialog import SchoolCalendarDialog

        dialog = SchoolCalendarDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._record_saved())
        dialog.open()
        return dialog

    def edit_organisations(self):
        """Settings → Organisations: the directory; the lists read again after a change."""
        # lazy: loads when first opened, not before the first window (start-up)
        from .referrals.organisations_dialog import OrganisationsDialog

        dialog = OrganisationsDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda: self._record_saved())
        dialog.open()
        return dialog

    def edit_warning_settings(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .dashboard.warning_settings_form import WarningSettingsDialog

        return show_dialog(WarningSettingsDialog(self.services, self), self._record_saved)

    def edit_holidays(self):
        """Settings → Holidays: the law's days off and the school's changes."""
        # lazy: loads when first opened, not before the first window (start-up)
        from .calendar.holidays_dialog import HolidaysDialog

        return show_dialog(HolidaysDialog(self.services, self), self._record_saved)

    def school_name(self) -> str:
        school = self.services.school.get()
        if school is None:
            return ""
        kazakh = QLocale().language() == QLocale.Language.Kazakh
        if kazakh:
            return school.name_kk or school.name_ru
        return school.name_ru or school.name_kk

    def update_title(self) -> None:
        name = self.school_name()
        self.setWindowTitle(f"Senim — {name}" if name else "Senim")

    def change_language(self, code: str) -> None:
        if self.on_language_change is None or code == self.settings.language:
            return
        self.on_language_change(code)

    def show_about(self):
        # lazy: loads when first opened, not before the first window (start-up)
        from .about_dialog import AboutDialog

        box = AboutDialog(self.data_dir, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()
        return box

    # --- state across a rebuild (language change) ----------------------------------------------

    def current_state(self) -> dict:
        if not self.ready:
            return self._pending_state or {}
        if self.counts_only:
            return {}
        return {
            "page": self.current_page(),
            "pupil_id": self.pupils_page.current_pupil_id(),
            "search": self.pupils_page.search.text(),
            "pages": {key: page.state() for key, page in zip(PAGE_KEYS, self._pages)
                      if page is not None},
        }

    def restore_state(self, state: dict) -> None:
        if not self.ready:
            self._pending_state = state
            return
        if self.counts_only or not state:
            return
        pages = state.get("pages", {})
        for index, key in enumerate(PAGE_KEYS):
            if key in pages:
                self.page(index).restore_state(pages[key])
        if "search" in state and "pupils" not in pages:
            self.pupils_page.search.setText(state["search"])
        if state.get("pupil_id") is not None:
            self.pupils_page.select_pupil(state["pupil_id"])
        self.show_page(int(state.get("page", DASHBOARD)))

    def closeEvent(self, event) -> None:
        # A record dialog with unsaved text gets its say first (it may ask to save).
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                if not dialog.close():
                    event.ignore()
                    return
        super().closeEvent(event)
