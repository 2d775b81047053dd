"""The lazy model behind the long lists: right rows far apart, few pages in memory,
filters that reset, and a model Qt's own tester accepts."""

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.services.filters import ListFilter
from desktop.views.widgets.paged_model import ALERT, ID_ROLE, Column, PagedTableModel, RowStyle

N = 1200


@pytest.fixture
def many_sessions(services, make_pupil, records):
    pupil = make_pupil()
    ids = records.bulk_sessions(pupil.id, N)
    return pupil, ids


class Spy:
    """Wraps a fetch function and remembers which pages were asked for."""

    def __init__(self, fetch):
        self.fetch, self.calls = fetch, []

    def __call__(self, f, offset, limit):
        self.calls.append((offset, limit))
        return self.fetch(f, offset, limit)


def session_model(services, spy=None, **kw):
    columns = [
        Column(lambda: "When", lambda r: r.starts_at.strftime("%Y-%m-%d %H:%M")),
        Column(lambda: "Reason", lambda r: r.reason, tooltip=lambda r: f"Why: {r.reason}"),
        Column(lambda: "Status", lambda r: r.status, align=Qt.AlignmentFlag.AlignRight
               | Qt.AlignmentFlag.AlignVCenter),
    ]
    return PagedTableModel(columns, services.sessions.count, spy or services.sessions.page,
                           ListFilter(), row_style=lambda r: RowStyle(ALERT, bold=True)
                           if r.status == "planned" else None, **kw)


def test_rows_far_apart_are_the_right_records(services, many_sessions):
    _pupil, ids = many_sessions
    model = session_model(services)
    assert model.rowCount() == N
    for row in (0, 1, 199, 200, 611, 999, N - 1):
        assert model.data(model.index(row, 1)) == f"Reason {row:04d}"
        assert model.data(model.index(row, 0), ID_ROLE) == ids[row]
        assert model.row_id(row) == ids[row]
    assert model.data(model.index(N, 1)) is None
    assert model.row_id(N) is None


def test_only_the_needed_pages_are_fetched_and_few_are_kept(services, many_sessions):
    spy = Spy(services.sessions.page)
    model = session_model(services, spy, page_size=100, max_pages=3)
    assert spy.calls == []  # nothing is read until a row is shown
    model.data(model.index(5, 1))
    model.data(model.index(99, 1))
    model.data(model.index(57, 2))
    assert spy.calls == [(0, 100)]
    for row in (150, 450, 1150):
        model.data(model.index(row, 1))
    assert spy.calls[1:] == [(100, 100), (400, 100), (1100, 100)]
    assert model.cached_pages == [1, 4, 11]  # page 0 was the least recently used
    model.data(model.index(10, 1))  # so it is fetched again
    assert spy.calls[-1] == (0, 100)
    assert len(model.cached_pages) == 3


def test_filter_resets_the_model(services, many_sessions, qtbot):
    model = session_model(services)
    model.data(model.index(500, 1))
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(ListFilter(status="planned"))
    assert model.rowCount() == N // 10
    assert model.cached_pages == []
    assert model.data(model.index(0, 1)) == "Reason 0000"
    assert model.data(model.index(1, 1)) == "Reason 0010"
    model.set_filter(ListFilter(text="nobody like this"))
    assert model.rowCount() == 0
    assert model.data(model.index(0, 1)) is None


def test_refresh_sees_new_records(services, many_sessions, records):
    pupil, _ids = many_sessions
    model = session_model(services)
    assert model.data(model.index(0, 1)) == "Reason 0000"
    records.session([pupil.id], starts_at=datetime(2026, 11, 20, 9, 30), reason="The newest")
    assert model.rowCount() == N  # a passive model: nothing changes until it is told
    model.refresh()
    assert model.rowCount() == N + 1
    assert model.data(model.index(0, 1)) == "The newest"
    assert model.data(model.index(1, 1)) == "Reason 0000"


def test_roles_styles_and_headers(services, many_sessions):
    model = session_model(services)
    planned, held = model.index(0, 2), model.index(1, 2)
    assert model.data(planned) == "planned"
    assert model.data(planned, Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert model.data(planned, Qt.ItemDataRole.FontRole).bold()
    assert model.data(held, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(held, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(3, 1), Qt.ItemDataRole.ToolTipRole) == "Why: Reason 0003"
    align = model.data(planned, Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "When", "Reason", "Status"]
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children


def test_a_failing_fetch_says_the_rows_cannot_be_read_instead_of_raising(services,
                                                                         many_sessions, caplog):
    broken_now = [True]

    def fetch(f, offset, limit):
        if broken_now[0]:
            raise RuntimeError("disk gone")
        return services.sessions.page(f, offset, limit)

    model = PagedTableModel([Column(lambda: "Reason", lambda r: r.reason),
                             Column(lambda: "Status", lambda r: r.status)],
                            services.sessions.count, fetch, ListFilter())
    assert model.rowCount() == N
    assert model.data(model.index(3, 0)) == "Cannot be read"
    assert model.data(model.index(3, 1)) == ""
    assert "could not be read" in model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(3, 0), ID_ROLE) is None
    assert "fetching rows" in caplog.text
    broken_now[0] = False
    model.refresh()  # read again: the rows are there
    assert model.data(model.index(3, 0)) not in (None, "Cannot be read")


def test_qt_model_tester_accepts_it(services, many_sessions, qtmodeltester):
    model = session_model(services)
    qtmodeltester.check(model, force_py=False)
    model.set_filter(ListFilter(status="planned"))
    qtmodeltester.check(model, force_py=False)


def test_qt_model_tester_on_an_empty_list(services, qtmodeltester):
    model = session_model(services)
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount(QModelIndex()) == 0


def test_the_filter_property_and_bad_sizes(services):
    model = session_model(services)
    assert model.filter == ListFilter()
    with pytest.raises(ValueError):
        PagedTableModel([], lambda f: 0, lambda f, o, n: [], page_size=0)

