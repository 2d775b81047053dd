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


def test_the_trail_is_in_words_in_kazakh_and_russian(qtbot, qapp, services, make_pupil):
    """Every action, kind of record and changed field is shown in the user's language, never
    as a stored code (term_summary, case_id, acknowledged_on)."""
    import inspect

    from desktop.models import audit, tables
    from desktop.models.base import Tracked
    from desktop.services.audit import RECORDABLE
    from desktop.views.widgets.i18n import install_language
    from desktop.views.widgets.labels import label

    tracked = [t for t in vars(tables).values()
               if inspect.isclass(t) and issubclass(t, Tracked) and t is not Tracked
               and hasattr(t, "__table__")]
    # Entries written by hand (append_entries): the settings, the holidays, the keys.
    by_hand = {"warning_settings", "holiday_correction", "keyring"}
    entities = {t.__tablename__ for t in tracked} | {e for _a, e in RECORDABLE if e} | by_hand
    columns = {c.name for t in (*tracked, tables.WarningSettings) for c in t.__table__.columns}
    actions = {v for k, v in vars(audit).items() if k.isupper() and isinstance(v, str)
               and v.isidentifier() and v.islower()}
    try:
        for language, sample in (("kk", "Тегі"), ("ru", "Фамилия")):
            install_language(qapp, language)
            assert label("audit_field", "surname") == sample
            for group, codes in (("audit_action", actions), ("audit_entity", entities),
                                 ("audit_field", columns)):
                raw = sorted(c for c in codes if label(group, c) in (c, ""))
                assert raw == [], f"{language} {group} shown as codes: {raw}"
                english = sorted(c for c in codes if not any("Ѐ" <= ch <= "ӿ"
                                                             for ch in label(group, c)))
                assert english == [], f"{language} {group} not translated: {english}"
        services.db.actor = "aigerim"
        pupil = make_pupil()
        data = pupil.to_input()
        data.class_name, data.consent_by = "8Ә", "Нұрланова Гүлнар Маратқызы"
        services.pupils.update(pupil.id, data)
        dialog = AuditDialog(services)
        qtbot.addWidget(dialog)
        row = next(r for r in range(dialog.model.rowCount())
                   if dialog.model.index(r, 2).data() == "Изменено")
        assert dialog.model.index(row, 3).data() == "Ученик"
        assert dialog.model.index(row, 4).data() == "Класс, Согласие дал(а), Параллель"
    finally:
        install_language(qapp, "en")
