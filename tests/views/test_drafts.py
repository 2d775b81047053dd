"""Drafts (issue 8): text typed into a form is kept while it is typed, offered back at the
next sign-in after a crash, and gone once the form is saved or discarded."""

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from ui_helpers import choose, never_block, type_text

from desktop.services import Services
from desktop.services.context import Context
from desktop.views.widgets import drafting
from desktop.views.storage.drafts_dialog import DraftsDialog, offer_drafts
from desktop.views.sessions.session_form import SessionDialog

NOW = datetime(2026, 11, 20, 10, 0)
WORDS = "Әсем said the older girls take her phone at the break; Қайрат saw it twice"


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    never_block(monkeypatch)


class Window(QWidget):
    """What offer_drafts needs of the main window."""

    adopted: list

    def adopt_dialog(self, dialog):
        self.adopted = [*getattr(self, "adopted", []), dialog]


def typed_session(qtbot, services, text=WORDS):
    dialog = SessionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.notes, text)
    return dialog


def test_the_text_is_kept_every_few_seconds_while_typing(qtbot, services, monkeypatch):
    monkeypatch.setattr(drafting, "INTERVAL_MS", 50)
    dialog = typed_session(qtbot, services)
    qtbot.waitUntil(lambda: bool(services.drafts.mine()), timeout=3000)
    (draft,) = services.drafts.mine()
    assert dialog.draft_id == draft.id
    assert draft.kind == "session" and draft.record_id is None
    assert draft.fields["notes"] == WORDS


def test_a_field_losing_focus_keeps_the_text_at_once(qtbot, services):
    dialog = typed_session(qtbot, services)
    dialog.activateWindow()
    dialog.notes.setFocus()
    qtbot.waitUntil(dialog.notes.hasFocus, timeout=2000)
    dialog.reason.setFocus()
    qtbot.waitUntil(lambda: bool(services.drafts.mine()), timeout=2000)
    assert services.drafts.mine()[0].fields["notes"] == WORDS


def test_after_a_crash_the_next_sign_in_offers_the_text_back(qtbot, services):
    dialog = typed_session(qtbot, services)
    dialog.keep_draft()
    dialog.hide()  # the process died: no save, no cancel
    qtbot.wait(10)

    window = Window()
    qtbot.addWidget(window)
    offer = offer_drafts(window, services)
    assert isinstance(offer, DraftsDialog)
    assert "Session, not saved yet" in offer.list.item(0).text()
    assert "older girls" in offer.list.item(0).text()
    offer.open_current()
    (form,) = window.findChildren(SessionDialog)
    assert window.adopted == [form]  # saving it refreshes the window's pages
    assert form.notes.toPlainText() == WORDS
    assert form.dirty  # closing it now asks before the text goes


def test_saving_the_form_deletes_its_draft(qtbot, services, make_pupil):
    pupil = make_pupil()
    dialog = SessionDialog(services, pupil_ids=[pupil.id])
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.initiator, "teacher")
    type_text(dialog.reason, "Conflict with classmates")
    type_text(dialog.notes, WORDS)
    dialog.keep_draft()
    assert services.drafts.mine()
    assert dialog.save(), dialog.banner.text()
    assert services.drafts.mine() == []


def test_discarding_the_form_deletes_its_draft_but_locking_keeps_it(qtbot, services, monkeypatch):
    dialog = typed_session(qtbot, services)
    dialog.keep_draft()
    dialog.discard()  # locking or signing out: the user did not decide
    assert len(services.drafts.mine()) == 1

    other = typed_session(qtbot, services, "Another text")
    other.keep_draft()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    other.reject()  # Cancel, then Discard: the user chose to lose it
    assert [d.fields["notes"] for d in services.drafts.mine()] == [WORDS]


def test_only_the_account_that_typed_it_is_offered_the_draft(qtbot, services):
    dialog = typed_session(qtbot, services)
    dialog.keep_draft()
    counsellor = Services.build(services.db, Context(actor="Counsellor", role="counsellor",
                                                     clock=lambda: NOW))
    assert counsellor.drafts.mine() == []
    window = Window()
    qtbot.addWidget(window)
    assert offer_drafts(window, counsellor) is None


def test_a_read_only_form_keeps_no_draft(qtbot, services):
    dialog = typed_session(qtbot, services)
    assert dialog.draft_id is not None
    readonly = SessionDialog(services)
    qtbot.addWidget(readonly)
    readonly.read_only("You may look but not change")
    readonly.show()
    assert readonly.draft_id is None
    assert not readonly.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_discard_in_the_offer_asks_and_deletes(qtbot, services, monkeypatch):
    dialog = typed_session(qtbot, services)
    dialog.keep_draft()
    dialog.hide()
    window = Window()
    qtbot.addWidget(window)
    offer = offer_drafts(window, services)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    offer.discard_current()
    assert len(services.drafts.mine()) == 1
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    offer.discard_current()
    assert services.drafts.mine() == []


def test_the_smaller_forms_with_text_keep_drafts_too(qtbot, services):
    """A case's stage note, an organisation, the school profile: reopened from their drafts."""
    from desktop.views.referrals.organisations_dialog import OrganisationDialog
    from desktop.views.referrals.school_form import SchoolDialog

    window = Window()
    qtbot.addWidget(window)
    for make, kind in ((lambda: OrganisationDialog(services), "organisation"),
                       (lambda: SchoolDialog(services), "school")):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        box = next(iter(dialog.draft_fields().values()))  # the name: a line of text
        type_text(box, "Қостанай облысы, Әулиекөл")
        dialog.keep_draft()
        dialog.hide()
        [draft] = [d for d in services.drafts.mine() if d.kind == kind]
        offer = offer_drafts(window, services)
        offer.list.setCurrentRow(offer.drafts.index(draft))
        offer.open_current()
        reopened = window.adopted[-1]
        assert type(reopened) is type(dialog)
        assert next(iter(reopened.draft_fields().values())).text().endswith(
            "Қостанай облысы, Әулиекөл")
        reopened.discard()
        services.drafts.forget(draft.id)
