"""Observations: newest first, filtered by pupil and status, severity shown and coloured."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop.views.observations.observations_page import ObservationsPage
from desktop.views.widgets.paged_model import ALERT


@pytest.fixture
def observations(make_pupil, records):
    asem = make_pupil()
    arman = make_pupil("Серіков", "Арман", sex="male")
    darya = make_pupil("Ёлкина", "Дарья", class_name="6А")
    return [
        records.observation([(asem.id, "target"), (arman.id, "aggressor")],
                            occurred_at=datetime(2026, 11, 5, 12, 30), severity=2,
                            description="Дразнили в столовой", status="resolved"),
        records.observation([(darya.id, "target")], occurred_at=datetime(2026, 11, 19, 15, 10),
                            severity=4, place="online", forms=["cyber"],
                            description="Фото в чате класса\nс оскорблениями"),
        records.observation([(arman.id, "target")], occurred_at=datetime(2026, 11, 12, 9, 0),
                            severity=3, place="corridor", description="Толкнули", status="monitoring"),
    ]


@pytest.fixture
def page(services, observations, qtbot):
    p = ObservationsPage(services)
    qtbot.addWidget(p)
    p.resize(1100, 600)
    p.show()
    return p


def col(page, c):
    m = page.model
    return [m.data(m.index(r, c)) for r in range(m.rowCount())]


def test_newest_first_with_severity_place_and_status(page):
    assert col(page, 0) == ["19/11/2026 15:10", "12/11/2026 09:00", "05/11/2026 12:30"]
    assert col(page, 2) == ["4 — Critical", "3 — Serious", "2 — Moderate"]
    assert col(page, 3) == ["Online", "Corridor", "Canteen"]
    assert col(page, 4) == ["Open", "Monitoring", "Resolved"]
    assert col(page, 5)[0] == "Фото в чате класса"
    assert col(page, 1)[2] == "Нұрланова Әсем, Серіков Арман"
    m = page.model
    critical = m.index(0, 2)
    assert m.data(critical, Qt.ItemDataRole.ForegroundRole).color() == ALERT
    assert m.data(critical, Qt.ItemDataRole.FontRole).bold()
    assert "refer" in m.data(critical, Qt.ItemDataRole.ToolTipRole)


def test_filter_by_pupil_and_status(page, type_text):
    type_text(page.search, "серіков")
    page.flush_search()
    assert col(page, 5) == ["Толкнули", "Дразнили в столовой"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("monitoring"))
    assert col(page, 5) == ["Толкнули"]
    page.search.clear()
    page.flush_search()
    page.status_combo.setCurrentIndex(page.status_combo.findData("open"))
    assert col(page, 5) == ["Фото в чате класса"]
    assert page.count_label.text() == "Found: 1"


def test_double_click_opens_the_observation(page, observations, fake_dialogs, qtbot):
    view = page.table
    rect = view.visualRect(page.model.index(1, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fake_dialogs[-1].name == "ObservationDialog"
    assert fake_dialogs[-1].kwargs == {"observation_id": observations[2].id, "pupil_ids": []}
    page.new_button.click()
    assert fake_dialogs[-1].kwargs == {"observation_id": None, "pupil_ids": []}
