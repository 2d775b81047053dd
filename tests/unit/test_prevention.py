"""The preventive work log: what an activity needs, the list's filters, soft delete with its
audit entry, and who may read and write it."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from desktop.models.audit import CREATE, DELETE, UPDATE
from desktop.models.prevention import ActivityFilter, ActivityInput, check_activity
from desktop.models.tables import AuditEntry
from desktop.services import Services
from desktop.services.context import Context, NotAllowed
from desktop.services.errors import NotFound, ValidationError
from unit_factories import TODAY


def lesson(**overrides) -> ActivityInput:
    data = ActivityInput(held_on=TODAY - timedelta(days=3), programme="personal_safety",
                         topic="Жеке қауіпсіздік: интернеттегі қауіптер", audience="pupils",
                         class_name="7Ә", participants=24, led_by="Сейітова Г. М.")
    return replace(data, **overrides)


def as_role(services, role):
    return Services.build(services.db, Context(actor=role, role=role, clock=services.ctx.clock))


def codes(data: ActivityInput) -> dict[str, str]:
    return {e.field: e.code for e in check_activity(data, TODAY).errors}


@pytest.mark.parametrize("overrides, field, code", [
    ({"held_on": None}, "held_on", "required"),
    ({"held_on": TODAY + timedelta(days=1)}, "held_on", "date.future"),
    ({"held_on": date(1999, 12, 31)}, "held_on", "date.too_old"),
    ({"programme": None}, "programme", "required"),
    ({"programme": "lecture"}, "programme", "invalid_choice"),
    ({"audience": "pupils_and_dogs"}, "audience", "invalid_choice"),
    ({"topic": "   "}, "topic", "required"),
    ({"topic": "Т" * 301}, "topic", "too_long"),
    ({"class_name": "7 класс"}, "class_name", "class.invalid"),
    ({"class_name": "", "group_name": ""}, "class_name", "prevention.class_or_group"),
    ({"group_name": "Г" * 151, "class_name": ""}, "group_name", "too_long"),
    ({"participants": None}, "participants", "required"),
    ({"participants": 0}, "participants", "out_of_range"),
    ({"participants": 2001}, "participants", "out_of_range"),
    ({"led_by": "Л" * 151}, "led_by", "too_long"),
])
def test_what_an_activity_needs(overrides, field, code):
    assert codes(lesson(**overrides)) == {field: code}


def test_a_meeting_of_parents_or_teachers_may_name_no_class_or_group():
    assert codes(lesson(programme="parent_meeting", audience="parents", class_name="",
                        participants=45)) == {}
    assert codes(lesson(programme="teacher_training", audience="teachers", class_name="")) == {}
    assert codes(lesson(class_name="", group_name="7-е классы", participants=2000)) == {}
    assert codes(lesson(held_on=TODAY, participants=1)) == {}


def test_create_reads_back_cleaned(services):
    saved = services.prevention.create(lesson(class_name=" 7ә ", topic="  Қауіпсіз интернет ",
                                              led_by=" Сейітова Г. М. "))
    assert saved.class_name == "7Ә" and saved.topic == "Қауіпсіз интернет"
    assert saved.led_by == "Сейітова Г. М." and saved.participants == 24
    assert services.prevention.get(saved.id) == saved
    assert saved.class_or_group == "7Ә"


def test_nothing_is_saved_from_a_bad_form(services):
    with pytest.raises(ValidationError) as exc:
        services.prevention.create(lesson(topic="", participants=0))
    assert exc.value.codes() == {"topic": "required", "participants": "out_of_range"}
    assert services.prevention.count(ActivityFilter()) == 0


def test_update_changes_the_record_and_the_audit_trail_says_so(services):
    saved = services.prevention.create(lesson())
    changed = services.prevention.update(saved.id, lesson(participants=27, class_name="",
                                                          group_name="7-е классы"))
    assert changed.id == saved.id and changed.participants == 27
    assert changed.class_name == "" and changed.class_or_group == "7-е классы"
    services.prevention.remove(saved.id)
    with services.db.session() as s:
        actions = s.exec(select(AuditEntry.action).where(
            AuditEntry.entity == "preventive_activity", AuditEntry.entity_id == str(saved.id))
            .order_by(AuditEntry.seq)).all()
    assert actions == [CREATE, UPDATE, DELETE]


def test_a_removed_activity_is_gone_from_the_log(services):
    saved = services.prevention.create(lesson())
    kept = services.prevention.create(lesson(topic="ДосболLIKE: достық сабағы",
                                             programme="dosbol_like"))
    services.prevention.remove(saved.id)
    assert [a.id for a in services.prevention.page(ActivityFilter(), 0, 50)] == [kept.id]
    with pytest.raises(NotFound):
        services.prevention.get(saved.id)
    with pytest.raises(NotFound):
        services.prevention.update(saved.id, lesson())


def test_the_list_filters_by_period_programme_and_words(services):
    old = services.prevention.create(lesson(held_on=date(2026, 3, 4), topic="Личная безопасность: дорога в школу"))
    meeting = services.prevention.create(lesson(
        held_on=date(2026, 10, 1), programme="parent_meeting", audience="parents",
        class_name="", group_name="Родители 5-х классов", participants=64,
        topic="Как распознать травлю"))
    recent = services.prevention.create(lesson(held_on=date(2026, 11, 16),
                                               topic="ЁЛКА и безопасность"))
    svc = services.prevention

    def ids(**kw):
        f = ActivityFilter(**kw)
        rows = svc.page(f, 0, 100)
        assert svc.count(f) == len(rows)
        return [r.id for r in rows]

    assert ids() == [recent.id, meeting.id, old.id]  # newest first
    assert ids(date_from=date(2026, 9, 1)) == [recent.id, meeting.id]
    assert ids(date_to=date(2026, 10, 1)) == [meeting.id, old.id]
    assert ids(programme="parent_meeting") == [meeting.id]
    assert ids(text="родители 5") == [meeting.id]  # the group, any case
    assert ids(text="елка") == [recent.id]  # ё = е
    assert ids(text="безопасность") == [recent.id, old.id]
    assert ids(text="7ә") == [recent.id, old.id]  # the class too
    assert ids(text="безопасность", date_from=date(2026, 9, 1)) == [recent.id]
    assert [r.id for r in svc.page(ActivityFilter(), 1, 1)] == [meeting.id]


def test_the_counsellor_may_write_the_log(services):
    counsellor = as_role(services, "counsellor")
    saved = counsellor.prevention.create(lesson())
    counsellor.prevention.update(saved.id, lesson(participants=30))
    assert counsellor.prevention.count(ActivityFilter()) == 1
    counsellor.prevention.remove(saved.id)
    assert counsellor.prevention.count(ActivityFilter()) == 0


def test_the_head_teacher_is_refused(services):
    saved = services.prevention.create(lesson())
    head = as_role(services, "head")
    for call in (lambda: head.prevention.create(lesson()),
                 lambda: head.prevention.update(saved.id, lesson()),
                 lambda: head.prevention.remove(saved.id),
                 lambda: head.prevention.get(saved.id),
                 lambda: head.prevention.count(ActivityFilter()),
                 lambda: head.prevention.page(ActivityFilter(), 0, 10)):
        with pytest.raises(NotAllowed):
            call()
    assert services.prevention.get(saved.id).participants == 24  # nothing changed


def test_the_list_search_folds_as_the_pupil_search_does(services):
    """Kazakh letters typed on a Russian keyboard, a Latin look-alike, any apostrophe."""
    kazakh = services.prevention.create(lesson(topic="Өзін-өзі тану: қауіпсіз интернет"))
    other = services.prevention.create(lesson(topic="Ойын: кім ол?", class_name="5Б"))
    svc = services.prevention

    def ids(text):
        return [r.id for r in svc.page(ActivityFilter(text=text), 0, 100)]

    assert ids("озин-ози тану") == [kazakh.id]
    assert ids("ҚАУІПСІЗ") == ids("кауипсиз") == ids("кауiпсiз") == [kazakh.id]
    assert ids("ойын") == ids("кім") == ids("ким") == [other.id]


def test_a_class_typed_with_a_latin_letter_is_the_cyrillic_class(services):
    saved = services.prevention.create(lesson(class_name="7a"))
    assert saved.class_name == "7А"
    twelfth = services.prevention.create(lesson(class_name="12Ә"))
    assert twelfth.class_name == "12Ә"
