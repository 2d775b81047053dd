"""Browsing and checking the audit trail as the psychologist."""

from sqlalchemy import text

from desktop.views.accounts.audit_dialog import AuditDialog


def test_browse_filter_and_check(qtbot, services, make_pupil):
    services.db.actor = "aigerim"
    pupil = make_pupil()
    services.pupils.update(pupil.id, pupil.to_input())
    dialog = AuditDialog(services)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    actions = [r[2] for r in rows]
    assert "Created" in actions and "Changed" in actions
    assert all(pupil.surname not in " ".join(map(str, r)) for r in rows)  # never the content
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Created"}
    assert dialog.total.text() == f"Entries: {model.rowCount()}"

    dialog.check()
    assert dialog.verdict.text().startswith("The chain is intact")
    with services.db.engine.begin() as conn:  # what someone with the key and a SQL tool does
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET detail = 'x' WHERE seq = 1"))
    dialog.check()
    assert "broken at entry No. 1" in dialog.verdict.text()
