"""Opening the record dialogs from the lists, the pupil card and the menus.

The dialogs are imported when first used, so the main window starts without loading them.
Each dialog is window-modal (`open()`, not a nested event loop), deletes itself when closed,
and calls `on_saved(record_id)` when a record is saved.
"""

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QDialog, QWidget

from .first_window import Qt

SESSION, OBSERVATION, FOLLOWUP = "session", "observation", "followup"
CASE = "case"
CONCERN = "concern"
REFERRAL = "referral"
PUPIL = "pupil"
PREVENTION = "prevention"
ACCOMPANIMENT = "accompaniment"
CASE_STAGE, ORGANISATION, SCHOOL = "case_stage", "organisation", "school"


def show_dialog(dialog: QDialog, on_saved: Callable | None = None) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


def open_pupil(services, parent: QWidget, pupil_id=None, on_saved: Callable | None = None):
    # lazy: the record forms load when first opened; they open one another through here
    from .pupils.pupil_form import PupilDialog

    return show_dialog(PupilDialog(services, pupil_id=pupil_id, parent=parent), on_saved)


def open_session(services, parent: QWidget, session_id=None, pupil_ids: Iterable = (),
                 on_saved: Callable | None = None):
    # lazy: the record forms load when first opened; they open one another through here
    from .sessions.session_form import SessionDialog

    return show_dialog(SessionDialog(services, session_id=session_id, pupil_ids=list(pupil_ids),
                                     parent=parent), on_saved)


def open_observation(services, parent: QWidget, observation_id=None, pupil_ids: Iterable = (),
                     on_saved: Callable | None = None):
    # lazy: the record forms load when first opened; they open one another through here
    from .observations.observation_form import ObservationDialog

    return show_dialog(ObservationDialog(services, observation_id=observation_id,
                                         pupil_ids=list(pupil_ids), parent=parent), on_saved)


def open_follow_up(services, parent: QWidget, follow_up_id=None, pupil_id=None, session_id=None,
                   observation_id=None, on_saved: Callable | None = None, case_id=None):
    # lazy: the record forms load when first opened; they open one another through here
    from .followups.followup_form import FollowUpDialog

    # A help-plan action; passed only when given, so other callers' dialogs keep their arguments.
    kw = {"case_id": case_id} if case_id is not None else {}
    return show_dialog(FollowUpDialog(services, follow_up_id=follow_up_id, pupil_id=pupil_id,
                                      session_id=session_id, observation_id=observation_id,
                                      parent=parent, **kw), on_saved)


def open_case(services, parent: QWidget, case_id=None, pupil_ids: Iterable = (),
              observation_id=None, on_saved: Callable | None = None):
    """A bullying case; a new one may start from pupils or from an incident (its pupils in
    their roles, linked to the new case)."""
    # lazy: the record forms load when first opened; they open one another through here
    from .cases.case_form import CaseDialog

    return show_dialog(CaseDialog(services, case_id=case_id, pupil_ids=list(pupil_ids),
                                  observation_id=observation_id, parent=parent), on_saved)


def open_concern(services, parent: QWidget, concern_id=None, pupil_ids: Iterable = (),
                 on_saved: Callable | None = None):
    # lazy: the record forms load when first opened; they open one another through here
    from .concerns.concern_form import ConcernDialog

    return show_dialog(ConcernDialog(services, concern_id=concern_id, pupil_ids=list(pupil_ids),
                                     parent=parent), on_saved)


def open_referral(services, parent: QWidget, referral_id=None, pupil_ids: Iterable = (),
                  on_saved: Callable | None = None):
    """A referral; a new one may be for a pupil (the one on the card)."""
    # lazy: the record forms load when first opened; they open one another through here
    from .referrals.referral_form import ReferralDialog

    return show_dialog(ReferralDialog(services, referral_id=referral_id,
                                      pupil_ids=list(pupil_ids), parent=parent), on_saved)


def open_prevention(services, parent: QWidget, activity_id=None,
                    on_saved: Callable | None = None):
    """An activity of the preventive work log (a lesson, a training, a meeting)."""
    # lazy: the record forms load when first opened; they open one another through here
    from .prevention.prevention_form import PreventionDialog

    return show_dialog(PreventionDialog(services, activity_id=activity_id, parent=parent),
                       on_saved)


def open_school(services, parent: QWidget, on_saved: Callable | None = None):
    # lazy: the record forms load when first opened; they open one another through here
    from .referrals.school_form import SchoolDialog

    return show_dialog(SchoolDialog(services, parent=parent), on_saved)


def open_accompaniment(services, parent: QWidget, accompaniment_id,
                       on_saved: Callable | None = None):
    """A pupil's individual accompaniment (begun and ended by the prevention council)."""
    # lazy: the record forms load when first opened
    from .council.accompaniment_form import AccompanimentDialog

    return show_dialog(AccompanimentDialog(services, accompaniment_id, parent), on_saved)


def open_record(services, parent: QWidget, kind: str, record_id, on_saved: Callable | None = None):
    """Open a chronology entry's own form (or a draft's): `kind` is "session",
    "observation", "followup", "case", "concern", "referral", "pupil", "prevention",
    "case_stage", "organisation" or "school"."""
    if kind == SESSION:
        return open_session(services, parent, session_id=record_id, on_saved=on_saved)
    if kind == OBSERVATION:
        return open_observation(services, parent, observation_id=record_id, on_saved=on_saved)
    if kind == FOLLOWUP:
        return open_follow_up(services, parent, follow_up_id=record_id, on_saved=on_saved)
    if kind == CASE:
        return open_case(services, parent, case_id=record_id, on_saved=on_saved)
    if kind == CONCERN:
        return open_concern(services, parent, concern_id=record_id, on_saved=on_saved)
    if kind == REFERRAL:
        return open_referral(services, parent, referral_id=record_id, on_saved=on_saved)
    if kind == PUPIL:
        return open_pupil(services, parent, pupil_id=record_id, on_saved=on_saved)
    if kind == PREVENTION:
        return open_prevention(services, parent, activity_id=record_id, on_saved=on_saved)
    if kind == ACCOMPANIMENT:
        return open_accompaniment(services, parent, record_id, on_saved=on_saved)
    return _open_setting(services, parent, kind, record_id, on_saved)


def _open_setting(services, parent: QWidget, kind: str, record_id, on_saved: Callable | None):
    """The smaller forms a draft can come from: a case's stage, an organisation, the school."""
    if kind == CASE_STAGE:
        # lazy: the record forms load when first opened; they open one another through here
        from .cases.case_form import StageDialog

        return show_dialog(StageDialog(services, services.cases.get(record_id), parent),
                           on_saved)
    if kind == ORGANISATION:
        # lazy: the record forms load when first opened; they open one another through here
        from .referrals.organisations_dialog import OrganisationDialog

        return show_dialog(OrganisationDialog(services, record_id, parent), on_saved)
    if kind == SCHOOL:
        return open_school(services, parent, on_saved)
    raise ValueError(f"unknown record kind {kind!r}")
