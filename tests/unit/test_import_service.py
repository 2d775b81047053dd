"""Importing pupil lists into the journal: matching pupils already there, marking those who
left, and one transaction that a cancel or an error leaves untouched."""

from datetime import date

import pytest
from import_files import HEADER_RU, KAZAKH, iin_for, many_rows, rows_ru, write_csv, write_xlsx
from sqlmodel import func, select
from unit_factories import TODAY, pupil_input

from desktop.importing.headers import guess
from desktop.importing.readers import read_table
from desktop.models.tables import AuditEntry, Guardian, Pupil
from desktop.services import pupil_import
from desktop.services.context import Context, NotAllowed
from desktop.services.pupil_import import ImportCancelled, PlanOutdated


def plan_file(services, path, **kw):
    table = read_table(path)
    return services.pupil_import.plan(table, guess(table.header, table.rows, table.merged), **kw)


def import_file(services, path, mark_left=False):
    plan = plan_file(services, path)
    return plan, services.pupil_import.apply(plan, mark_left=mark_left)


def studying(services) -> dict[str, str]:
    """{full name: class} of the pupils studying now."""
    return {r.full_name: r.class_name for r in services.pupils.search()}


def import_entries(db) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.exec(select(AuditEntry).where(AuditEntry.action == "import")))


def count_rows(db, model) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_a_list_is_added_and_the_audit_trail_gets_counts_only(services, db, tmp_path):
    path = write_xlsx(tmp_path / "7.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    plan, summary = import_file(services, path)
    assert (summary.added, summary.updated, summary.marked_left, summary.rejected) == (5, 0, 0, 0)
    assert studying(services) == {
        "Нұрланова Әсем Серікқызы": "7Ә", "Қасымов Ерасыл Болатұлы": "8Б",
        "Өтепова Ұлжан": "6Ғ", "Жұмабаев Нұрсұлтан Қайратұлы": "10Қ",
        "Һашимова Інжу Үмбетқызы": "5Ң"}
    pupil = services.pupils.get(services.pupils.search("Қасымов")[0].id)
    assert (pupil.sex, pupil.birth_date, pupil.consent_status, pupil.study_language) == (
        "male", date(2012, 3, 15), "not_asked", "kk")
    [entry] = import_entries(db)
    assert (entry.entity, entry.detail) == ("pupil", "added=5,updated=0,left=0,rejected=0")
    with db.session() as s:  # one entry for the import, none per pupil, no names anywhere
        details = " ".join(s.exec(select(AuditEntry.detail)).all())
        assert s.exec(select(func.count()).select_from(AuditEntry)
                      .where(AuditEntry.entity == "pupil")).one() == 1
    assert "Нұрланова" not in details and "Әсем" not in details
    assert services.audit.verify().ok


def test_reimporting_an_updated_list_updates_the_same_pupils(services, tmp_path, make_pupil):
    path = write_xlsx(tmp_path / "v1.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    import_file(services, path)
    rows = rows_ru(KAZAKH)
    rows[1][6] = "9Б"  # Қасымов moved up a class
    rows[0][1] = "Нұрланова-Әлиева"  # a corrected surname, same IIN
    path = write_xlsx(tmp_path / "v2.xlsx", [HEADER_RU] + rows)
    plan, summary = import_file(services, path)
    assert [(r.action, r.changes) for r in plan.rows] == [
        ("update", ("surname",)), ("update", ("class_name",)), ("unchanged", ()),
        ("unchanged", ()), ("unchanged", ())]
    assert plan.rows[1].old_class == "8Б" and plan.rows[1].class_name == "9Б"
    assert (summary.added, summary.updated) == (0, 2)
    assert services.pupils.count() == 5
    assert studying(services)["Қасымов Ерасыл Болатұлы"] == "9Б"
    assert "Нұрланова-Әлиева Әсем Серікқызы" in studying(services)


def test_a_pupil_without_iin_is_matched_by_name_and_birth_date(services, tmp_path, make_pupil):
    pupil = make_pupil(surname="Сәрсенбаева", given_name="Ақбота", patronymic="Ержанқызы",
                       sex="female", birth_date=date(2012, 6, 1), iin="", class_name="8А")
    iin = iin_for(date(2012, 6, 1), "female", 77)
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "ИИН", "Дата рождения", "Класс"],
                                         ["САРСЕНБАЕВА", "АҚБОТА", iin, "01.06.2012", "9А"]])
    # Different case and spelling in the file; blank cells (the patronymic) change nothing.
    path.write_text(path.read_text("utf-8").replace("САРСЕНБАЕВА", "СӘРСЕНБАЕВА"), "utf-8")
    plan, summary = import_file(services, path)
    [row] = plan.rows
    assert (row.action, row.pupil_id, set(row.changes)) == (
        "update", pupil.id, {"iin", "class_name", "surname", "given_name"})
    after = services.pupils.get(pupil.id)
    assert (after.iin, after.class_name, after.patronymic) == (iin, "9А", "Ержанқызы")
    assert after.consent_status == "given" and len(after.guardians) == 1  # kept as they were


def test_blank_cells_and_missing_columns_change_nothing(services, tmp_path, make_pupil):
    pupil = make_pupil()  # Әлібеков Нұрғали Қуанышұлы, 7Ә, with an IIN
    path = write_csv(tmp_path / "iin.csv", [["Фамилия", "Имя", "ИИН", "Класс"],
                                           ["Әлібеков", "Нұрғали", pupil.iin, ""]])
    plan = plan_file(services, path)
    assert [r.action for r in plan.rows] == ["unchanged"]
    assert not plan.has_work()


def test_two_pupils_with_one_name_and_birth_date_need_the_iin(services, tmp_path, make_pupil):
    for given_class in ("7А", "7Б"):
        make_pupil(iin="", class_name=given_class)
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "Дата рождения", "Класс"],
                                         ["Әлібеков", "Нұрғали", "14.05.2013", "8А"]])
    [row] = plan_file(services, path).rows
    assert row.action == "reject" and "match.ambiguous" in [p.code for p in row.problems]


def test_the_same_name_and_birth_date_with_another_iin_is_questioned(services, tmp_path,
                                                                    make_pupil):
    pupil = make_pupil()
    other = iin_for(date(2013, 5, 14), "male", 4321)
    assert other != pupil.iin
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "ИИН", "Класс"],
                                         ["Әлібеков", "Нұрғали", other, "7Ә"]])
    [row] = plan_file(services, path).rows
    assert row.action == "reject" and [p.code for p in row.problems] == ["iin.conflict"]
    assert row.pupil_id == pupil.id


def test_pupils_missing_from_the_list_can_be_marked_as_left(services, tmp_path, make_pupil):
    gone = make_pupil(surname="Ысқақов", given_name="Дәулет", patronymic="")
    on_list = make_pupil(surname="Оспанов", given_name="Айбек", patronymic="")
    left_long_ago = make_pupil(surname="Тоқтаров", given_name="Ілияс", patronymic="",
                               active=False, left_date=date(2025, 5, 25))
    rows = [["Фамилия", "Имя", "ИИН", "Класс"], ["Оспанов", "Айбек", on_list.iin, "7Ә"],
            ["Нұрланова", "Әсем", iin_for(date(2013, 5, 4), "female"), "7Ә"]]
    path = write_csv(tmp_path / "l.csv", rows)
    plan = plan_file(services, path)
    assert [p.id for p in plan.missing] == [gone.id]
    # Without the choice nobody is marked.
    services.pupil_import.apply(plan)
    assert services.pupils.get(gone.id).active
    plan = plan_file(services, path)
    summary = services.pupil_import.apply(plan, mark_left=True)
    assert summary.marked_left == 1
    after = services.pupils.get(gone.id)
    assert (after.active, after.left_date) == (False, TODAY)
    assert services.pupils.get(left_long_ago.id).left_date == date(2025, 5, 25)
    assert services.pupils.get(on_list.id).active


def test_a_rejected_row_still_keeps_its_pupil_from_being_marked_as_left(services, tmp_path,
                                                                       make_pupil):
    pupil = make_pupil()
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "ИИН", "Класс"],
                                         ["Әлібеков", "Нұрғали", pupil.iin, "13Ә"]])
    plan = plan_file(services, path)
    assert plan.rows[0].action == "reject" and plan.missing == []


def test_a_pupil_who_had_left_and_is_on_the_list_again_is_back(services, tmp_path, make_pupil):
    pupil = make_pupil(active=False, left_date=date(2026, 5, 25))
    path = write_csv(tmp_path / "l.csv", [["Фамилия", "Имя", "ИИН", "Класс"],
                                         ["Әлібеков", "Нұрғали", pupil.iin, "8Ә"]])
    plan, _summary = import_file(services, path)
    assert plan.rows[0].returns and "active" in plan.rows[0].changes
    after = services.pupils.get(pupil.id)
    assert (after.active, after.left_date, after.class_name) == (True, None, "8Ә")


def test_rejected_rows_are_never_written(services, tmp_path):
    rows = rows_ru(KAZAKH)
    rows[2][6] = "13Ғ"
    plan, summary = import_file(services, write_xlsx(tmp_path / "l.xlsx", [HEADER_RU] + rows))
    assert (summary.added, summary.rejected) == (4, 1)
    assert "Өтепова Ұлжан" not in studying(services)


@pytest.fixture
def big_plan(services, tmp_path):
    """A list of 1,200 new pupils: three batches of inserts."""
    return plan_file(services, write_xlsx(tmp_path / "big.xlsx", [HEADER_RU] + many_rows(1200)))


def test_cancel_half_way_writes_nothing(services, db, big_plan):
    seen = []
    with pytest.raises(ImportCancelled):
        services.pupil_import.apply(big_plan, progress=lambda done, total: seen.append(done),
                                    cancelled=lambda: len(seen) >= 2)
    assert seen[-1] == pupil_import.BATCH  # the first batch had been inserted ...
    assert services.pupils.count() == 0  # ... and was rolled back
    assert import_entries(db) == []


def test_an_error_half_way_writes_nothing(services, db, big_plan, make_pupil):
    existing = make_pupil()

    def fail(done, total):
        if done > pupil_import.BATCH:
            raise RuntimeError("the disk is full")

    plan = big_plan
    with pytest.raises(RuntimeError):
        services.pupil_import.apply(plan, progress=fail)
    assert services.pupils.count() == 1 and count_rows(db, Pupil) == 1
    assert services.pupils.get(existing.id).active
    assert import_entries(db) == []
    assert count_rows(db, Guardian) == 1


def test_a_journal_changed_after_the_preview_is_not_overwritten(services, tmp_path, make_pupil):
    pupil = make_pupil()
    rows = [["Фамилия", "Имя", "ИИН", "Класс"], ["Әлібеков", "Нұрғали", pupil.iin, "8Ә"],
            ["Нұрланова", "Әсем", iin_for(date(2013, 5, 4), "female"), "7Ә"]]
    plan = plan_file(services, write_csv(tmp_path / "l.csv", rows))
    services.pupils.update(pupil.id, pupil_input(iin=pupil.iin, class_name="7Б"))
    with pytest.raises(PlanOutdated):
        services.pupil_import.apply(plan)
    assert services.pupils.get(pupil.id).class_name == "7Б" and services.pupils.count() == 1
    plan = plan_file(services, write_csv(tmp_path / "l.csv", rows))
    services.pupils.create(pupil_input(surname="Нұрланова", given_name="Әсем", sex="female",
                                       birth_date=date(2013, 5, 4), iin=rows[2][2]))
    with pytest.raises(PlanOutdated):
        services.pupil_import.apply(plan)


def test_only_roles_that_change_pupils_may_import(services, db, tmp_path):
    path = write_xlsx(tmp_path / "l.xlsx", [HEADER_RU] + rows_ru(KAZAKH))
    plan = plan_file(services, path)
    from desktop.services import Services

    head = Services.build(db, Context(actor="head", role="head"))
    table = read_table(path)
    with pytest.raises(NotAllowed):
        head.pupil_import.plan(table, guess(table.header, table.rows))
    with pytest.raises(NotAllowed):
        head.pupil_import.apply(plan)
    counsellor = Services.build(db, Context(actor="c", role="counsellor"))
    assert counsellor.pupil_import.apply(plan).added == 5


def test_the_language_of_study_comes_from_the_file_or_the_choice(services, tmp_path):
    path = write_csv(tmp_path / "l.csv", [
        ["Фамилия", "Имя", "ИИН", "Класс", "Язык обучения"],
        ["Иванова", "Мария", iin_for(date(2011, 7, 9), "female"), "9А", "русский"],
        ["Қасымов", "Ерасыл", iin_for(date(2012, 3, 15), "male"), "8Б", ""]])
    plan = plan_file(services, path, default_language="ru")
    assert [r.values["study_language"] for r in plan.rows] == ["ru", "ru"]
    plan = plan_file(services, path, default_language="kk")
    assert [r.values["study_language"] for r in plan.rows] == ["ru", "kk"]


def test_latin_lookalikes_in_a_list_are_imported_cyrillic_with_a_note(services, tmp_path):
    """A list typed half on an English keyboard: «Aсем» with a Latin A, «Kасымов» with a
    Latin K, the class «7A»: imported Cyrillic, each change said beside its row."""
    rows = rows_ru(KAZAKH[:2])
    rows[0][2], rows[0][6] = "Aсем", "7A"  # Latin A twice
    rows[1][1] = "Kасымов"  # Latin K
    path = write_csv(tmp_path / "l.csv", [HEADER_RU] + rows)
    plan = plan_file(services, path)
    assert [r.action for r in plan.rows] == ["add", "add"]
    first, second = plan.rows
    assert (first.given_name, first.class_name, second.surname) == ("Асем", "7А", "Касымов")
    assert [(n.code, n.params) for n in first.notes] == [
        ("note.latin_letters", {"value": "Aсем", "fixed": "Асем"}),
        ("note.latin_letters", {"value": "7A", "fixed": "7А"})]
    from desktop.importing.problems import describe

    assert describe(first.notes[0].code, first.notes[0].params) == (
        "“Aсем” has Latin letters that look like Cyrillic ones; imported as “Асем”.")
    assert first.problems == () and second.problems == ()
    services.pupil_import.apply(plan)
    assert studying(services) == {"Нұрланова Асем Серікқызы": "7А",
                                  "Касымов Ерасыл Болатұлы": "8Б"}
    # Found as any other pupil: with a Cyrillic query, in the class 7А however it is typed.
    assert [r.full_name for r in services.pupils.search("асем", class_name="7A")] == [
        "Нұрланова Асем Серікқызы"]


def test_a_list_without_lookalikes_has_no_notes(services, tmp_path):
    path = write_csv(tmp_path / "l.csv", [HEADER_RU] + rows_ru(KAZAKH))
    plan = plan_file(services, path)
    assert all(r.notes == () for r in plan.rows)


def test_asem_on_a_russian_keyboard_is_not_merged_with_esem(services, make_pupil, tmp_path):
    """A search folds Ә to А; telling whether a row is a pupil already there does not: two
    girls born the same day, Әсем and Асем, stay two."""
    make_pupil(surname="Нұрланова", given_name="Әсем", patronymic="Серікқызы", sex="female",
               birth_date=KAZAKH[0][4], class_name="7Ә", iin="")
    rows = rows_ru(KAZAKH[:1], with_iin=False)
    rows[0][2] = "Асем"
    plan = plan_file(services, write_csv(tmp_path / "l.csv", [HEADER_RU] + rows))
    assert [r.action for r in plan.rows] == ["add"]


# --- the IIN as the law has it: a mismatch is a warning, the import its acceptance -----------


def _mismatched_rows():
    rows = rows_ru(KAZAKH)
    rows[1][4] = iin_for(date(2012, 3, 16), "male", 9)  # Қасымов, born 15.03.2012
    return rows


def _stored(db, surname):
    with db.session() as s:
        return s.exec(select(Pupil).where(Pupil.surname == surname)).one()


def test_an_iin_for_another_birth_date_is_imported_with_a_warning(services, db, tmp_path):
    path = write_xlsx(tmp_path / "7.xlsx", [HEADER_RU] + _mismatched_rows())
    plan = plan_file(services, path)
    row = plan.rows[1]
    assert (row.action, row.problems) == ("add", ())
    assert [w.code for w in row.warnings] == ["iin.birth_date_mismatch"]
    summary = services.pupil_import.apply(plan)
    assert (summary.added, summary.rejected) == (5, 0)
    kasymov = _stored(db, "Қасымов")
    assert kasymov.birth_date == date(2012, 3, 15)  # the file's date is kept
    assert kasymov.iin == row.iin
    assert kasymov.iin_mismatch_accepted_at is not None  # the import is the acceptance
    assert kasymov.iin_mismatch_accepted_by == services.ctx.actor
    assert _stored(db, "Нұрланова").iin_mismatch_accepted_at is None

    # the same list again: nothing to change, the acceptance keeps its stamp
    again = plan_file(services, path)
    assert again.rows[1].action == "unchanged"
    assert [w.code for w in again.rows[1].warnings] == ["iin.birth_date_mismatch"]

    # a list with the birth date corrected: the difference is gone, and so is the acceptance
    fixed = _mismatched_rows()
    fixed[1][5] = date(2012, 3, 16)
    plan = plan_file(services, write_xlsx(tmp_path / "8.xlsx", [HEADER_RU] + fixed))
    assert plan.rows[1].action == "update" and plan.rows[1].warnings == ()
    services.pupil_import.apply(plan)
    kasymov = _stored(db, "Қасымов")
    assert kasymov.birth_date == date(2012, 3, 16)
    assert (kasymov.iin_mismatch_accepted_at, kasymov.iin_mismatch_accepted_by) == (None, "")
