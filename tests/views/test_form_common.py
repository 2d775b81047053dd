"""What every form shares: it can be worked from the keyboard (no two Alt+letter shortcuts
in one dialog collide, so none is unreachable; long text boxes pass Tab on), and a form
that was only opened closes without asking about unsaved changes."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QPlainTextEdit

from desktop.views.followups.followup_form import FollowUpDialog
from desktop.views.observations.observation_form import ObservationDialog
from desktop.views.referrals.organisations_dialog import OrganisationDialog
from desktop.views.pupils.pupil_form import PupilDialog
from desktop.views.pupils.pupil_picker import PupilPickerDialog
from desktop.views.referrals.referral_form import ReferralDialog
from desktop.views.referrals.school_form import SchoolDialog
from desktop.views.sessions.session_form import SessionDialog

DIALOGS = [PupilDialog, SessionDialog, ObservationDialog, FollowUpDialog, SchoolDialog,
           ReferralDialog, OrganisationDialog, PupilPickerDialog]


def mnemonics(dialog):
    keys: dict[str, list[str]] = {}
    for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        text = w.text().replace("&&", "")
        at = text.find("&")
        if 0 <= at < len(text) - 1:
            keys.setdefault(text[at + 1].lower(), []).append(text)
    return keys


@pytest.mark.parametrize("cls", DIALOGS, ids=lambda c: c.__name__)
def test_no_two_shortcut_letters_collide(qtbot, services, cls):
    d = cls(services)
    qtbot.addWidget(d)
    keys = mnemonics(d)
    assert keys
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


@pytest.mark.parametrize("cls", DIALOGS, ids=lambda c: c.__name__)
def test_tab_leaves_text_boxes_and_forms_are_large_enough(qtbot, services, cls):
    d = cls(services)
    qtbot.addWidget(d)
    assert all(box.tabChangesFocus() for box in d.findChildren(QPlainTextEdit))
    assert d.minimumWidth() >= 520 and d.minimumHeight() >= 400


@pytest.mark.parametrize("cls", DIALOGS[:-1], ids=lambda c: c.__name__)
def test_a_form_only_opened_closes_without_asking(qtbot, monkeypatch, services, make_pupil, cls):
    make_pupil()
    d = cls(services)
    qtbot.addWidget(d)
    d.show()
    assert not d.dirty
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked about changes"))
    d.reject()
    assert not d.isVisible()
