"""The long lists' order and class filter in SQL (services/listing.py), and the dashboard's
grouping by pupil (models/attention_groups.py)."""

import uuid
from datetime import date, timedelta

from desktop.models.attention_groups import group_by_pupil
from desktop.models.warnings import Warning
from desktop.services.filters import ListFilter
from desktop.services.listing import ordered


def test_classes_sort_naturally_with_kazakh_letters_in_their_place(services, make_pupil,
                                                                   make_session):
    for surname, cls in (("Бекова", "10Б"), ("Әлиева", "5Ә"), ("Серіков", "5А"),
                         ("Жұмабаев", "11А"), ("Омаров", "5Я"), ("Ұлан", "1А")):
        p = make_pupil(surname=surname, class_name=cls)
        services.followups.create(_follow_up(p.id))
    up = [r.class_name for r in services.followups.page(ListFilter(sort="class"), 0, 50)]
    assert up == ["1А", "5А", "5Ә", "5Я", "10Б", "11А"]
    down = services.followups.page(ListFilter(sort="class", descending=True), 0, 50)
    assert [r.class_name for r in down] == up[::-1]


def test_an_unknown_sort_key_keeps_the_usual_order_and_never_reaches_the_sql(services, pupil):
    for days in (3, 1, 2):
        services.followups.create(_follow_up(pupil.id, days))
    usual = services.followups.page(ListFilter(), 0, 50)
    hostile = services.followups.page(ListFilter(sort="due_date; DROP TABLE pupil"), 0, 50)
    assert [r.id for r in hostile] == [r.id for r in usual]
    assert services.pupils.count() == 1


def test_ties_go_by_id_so_pages_never_repeat_a_row(services, pupil):
    for _ in range(7):
        services.followups.create(_follow_up(pupil.id))  # the same due date, the same text
    f = ListFilter(sort="what")
    paged = [r.id for offset in range(0, 7, 2) for r in services.followups.page(f, offset, 2)]
    assert len(set(paged)) == 7


def test_ordered_reverses_every_term_and_the_tie_break():
    from desktop.models import FollowUp

    terms = ordered(ListFilter(sort="due", descending=True), {"due": (FollowUp.due_date,)},
                    (FollowUp.id,), FollowUp.id)
    assert [str(t) for t in terms] == ["follow_up.due_date DESC", "follow_up.id DESC"]
    assert ordered(ListFilter(), {"due": (FollowUp.due_date,)}, (FollowUp.id,), FollowUp.id) \
        == [FollowUp.id]


def test_a_class_typed_or_chosen_narrows_a_list(services, make_pupil, make_session):
    five = make_pupil(surname="Әлиева", class_name="5Ә")
    other = make_pupil(surname="Бекова", class_name="5А")
    make_session([five.id])
    make_session([other.id])
    assert services.sessions.count(ListFilter(grade="5Ә")) == 1
    assert services.sessions.count(ListFilter(text="5ә")) == 1
    assert services.sessions.count(ListFilter(text="5ә бек")) == 0
    [row] = services.sessions.page(ListFilter(grade="5Ә"), 0, 10)
    assert row.pupils.startswith("Әлиева")
    assert [r.full_name.split()[0] for r in services.pupils.search("5Ә")] == ["Әлиева"]


def _follow_up(pupil_id, days=1):
    from desktop.models.journal import FollowUpInput

    return FollowUpInput(pupil_id=pupil_id, what="Позвонить маме",
                         due_date=date(2026, 11, 20) + timedelta(days=days), responsible="Психолог")


# --- the dashboard's grouping -----------------------------------------------------------------

def _w(pupil, rule, since, count=1):
    return Warning(pupil, f"Name {pupil.hex[:4]}", "5Ә", rule, since, f"s-{rule}", count)


def test_group_by_pupil_keeps_the_first_order_and_puts_the_gravest_rule_first():
    a, b = uuid.uuid4(), uuid.uuid4()
    day = date(2026, 11, 1)
    warnings = [_w(a, "self_harm_risk", day), _w(b, "severe_incident", day),
                _w(b, "action_overdue", day + timedelta(days=5), 2),
                _w(a, "repeated_target", day + timedelta(days=3), 3)]
    groups = group_by_pupil(warnings)
    assert [g.pupil_id for g in groups] == [a, b]
    assert [w.rule for w in groups[0].warnings] == ["self_harm_risk", "repeated_target"]
    assert groups[0].self_harm and not groups[1].self_harm
    assert groups[1].latest == day + timedelta(days=5)
    assert (groups[0].rank, groups[1].rank) == (0, 1)  # self-harm, then a serious incident
    assert sum(len(g.warnings) for g in groups) == len(warnings)


def test_group_by_pupil_of_the_services_warnings_keeps_the_gravest_first(services, make_pupil,
                                                                       make_session):
    from desktop.models.warnings import RULE_ORDER

    p = make_pupil()
    make_session([p.id], self_harm_risk=True)
    groups = group_by_pupil(services.attention.warnings())
    assert [g.pupil_id for g in groups] == [p.id]
    ranks = [RULE_ORDER.index(w.rule) for w in groups[0].warnings]
    assert ranks == sorted(ranks) and groups[0].self_harm
    assert group_by_pupil([]) == []
