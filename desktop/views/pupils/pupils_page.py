"""Pupils: an instant search, the class filter and the list on the left, the card on the right."""

from datetime import date
from operator import attrgetter

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from ...models.changes import PEOPLE
from ...models.iin import mask_iin
from ...models.school_class import class_sort_key
from ...models.pupil import PupilRow
from ..widgets.list_page import (
    ClassCombo, FlowLayout, SearchField, make_table, restore_sort, select_row, set_column_widths,
    sort_state,
)
from ..widgets.fmt import format_date
from ..widgets.tasks import Refresher
from ..widgets.fmt import format_count
from ..widgets.paged_model import ALERT, MUTED, WARN, Column, ListTableModel, RowStyle
from .pupil_card import PupilCard
from ..record_actions import open_pupil

_FULL_NAME = attrgetter("full_name")


class PupilTableModel(ListTableModel):
    """PupilRow objects: name, class, birth date, IIN (masked), consent."""

    def __init__(self, parent=None):
        super().__init__([
            Column(lambda: self.tr("Name"), lambda p: p.full_name, tooltip=self.name_tooltip),
            Column(lambda: self.tr("Class"), lambda p: p.class_name,
                   key=lambda p: class_sort_key(p.class_name)),
            Column(lambda: self.tr("Born"), lambda p: format_date(p.birth_date),
                   key=lambda p: p.birth_date),
            Column(lambda: self.tr("IIN"), lambda p: mask_iin(p.iin), key=lambda p: p.iin or ""),
            Column(lambda: self.tr("Consent"), self.consent_text, style=self.consent_style),
        ], row_style=lambda p: None if p.active else RowStyle(MUTED, italic=True), parent=parent)

    def consent_text(self, p) -> str:
        return {"given": self.tr("Given"), "refused": self.tr("Refused"),
                "not_asked": self.tr("Not asked")}.get(p.consent_status, p.consent_status)

    @staticmethod
    def consent_style(p):
        if p.consent_status == "refused":
            return RowStyle(ALERT)
        if p.consent_status == "not_asked":
            return RowStyle(WARN)
        return None

    def name_tooltip(self, p) -> str:
        return p.full_name if p.active else self.tr("{name} has left the school").format(
            name=p.full_name)


class PupilsPage(QWidget):
    """PupilsPage(services, parent=None). `changed` fires after a pupil or a record was saved
    from this page."""

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._stale = False

        self.model = PupilTableModel(self)
        self.table = make_table(self.model, sortable=True)
        self.table.setObjectName("pupilTable")
        self.search = SearchField(self.table)
        self.search.setObjectName("pupilSearch")
        self.search.setPlaceholderText(self.tr("Find a pupil: part of a name or IIN"))
        self.class_combo = ClassCombo()
        self.show_left = QCheckBox(self.tr("Show pupils who &left"))
        self.new_button = QPushButton(self.tr("New pupil…"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # The window's change feed reads the card again after a save (refresh_later).
        self.card = PupilCard(services, reads_after_save=False)
        self._widest: tuple[tuple, int] | None = None  # (class, left shown), its minimum
        self._name_widths: dict[str, int] = {}  # a full name: its surname and given name's width
        self._list_refresher = Refresher(self, self._read_list, self._show_list,
                                         name="pupil list")

        filters = FlowLayout()  # wraps in a narrow list rather than cutting words
        filters.addWidget(self.class_combo)
        filters.addWidget(self.show_left)
        filters.addWidget(self.new_button)

        self.list_pane = left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.search)
        left_lay.addLayout(filters)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.count_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        # A wider window widens the card; the list keeps its width unless the user drags.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([490, 610])
        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter)

        # The name takes what the other columns leave: no sideways scrolling in a narrow pane.
        fm = self.table.fontMetrics()
        widest_consent = max((self.model.consent_text(PupilRow(None, "", "", date.today(), None,
                                                               code, True))
                              for code in ("given", "refused", "not_asked")),
                             key=fm.horizontalAdvance)
        set_column_widths(self.table, [None, "10Ә", format_date(date(2013, 12, 28)),
                                       mask_iin("130504600123"), widest_consent])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setTabOrder(self.search, self.class_combo)
        self.setTabOrder(self.class_combo, self.show_left)
        self.setTabOrder(self.show_left, self.new_button)
        self.setTabOrder(self.new_button, self.table)

        self.search.textChanged.connect(self.apply_filter)
        self.class_combo.currentIndexChanged.connect(self.apply_filter)
        self.show_left.toggled.connect(self.apply_filter)
        self.new_button.clicked.connect(self.new_pupil)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self.card.changed.connect(self._card_changed)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._fill_classes()
        self.apply_filter()

    # --- filtering -------------------------------------------------------------------------------

    def _fill_classes(self, names: list[str] | None = None) -> None:
        self.class_combo.fill(self.services.pupils.classes() if names is None else names)

    def apply_filter(self, *_args) -> None:
        """Search again; the card stays, and so does the selection if the pupil is still listed."""
        self._show_rows(self.services.pupils.search(*self._query()))

    def _query(self) -> tuple:
        return self.search.text(), self.class_combo.currentData(), self.show_left.isChecked()

    def _show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        fit = self.table.column_fit
        fit.minimum_widths[0] = self._name_minimum(rows)
        self.list_pane.setMinimumWidth(fit.minimum_width())
        fit.fit()
        self._arrange()
        self._select_card_pupil()
        self.count_label.setText(
            self.tr("Pupils found: {count}").format(count=format_count(len(rows))))

    def _name_minimum(self, rows) -> int:
        """Names are never cut below surname and given name: the name column is at least as
        wide as the widest of them among the pupils the list shows with nothing typed (in the
        class chosen, with or without those who left). The same while typing, so the list
        keeps its width: a minimum taken from each result relaid the page and painted the
        list twice on a third of the keystrokes."""
        text, class_name, include_left = self._query()
        scope = (class_name, include_left)
        if self._widest is None or self._widest[0] != scope:
            # Thousands of names after each save that touches a pupil: each is measured once
            # (_name_widths), and the loops over them run in C (map, set). `rows` are the
            # scope's whole list when nothing is typed.
            listed = rows if not text.strip() else self.services.pupils.search("", *scope)
            names = list(map(_FULL_NAME, listed))
            widths = self._name_widths
            try:
                widest = max(map(widths.__getitem__, names), default=0)
            except KeyError:  # names not measured yet
                fm = self.table.fontMetrics()
                for name in set(names).difference(widths):
                    widths[name] = fm.horizontalAdvance(" ".join(name.split()[:2]))
                widest = max(map(widths.__getitem__, names), default=0)
            self._widest = (scope, widest + 16)
        return self._widest[1]

    def _select_card_pupil(self) -> None:
        pupil_id = self.card.pupil_id
        row = self.model.find_row(pupil_id) if pupil_id is not None else -1
        if row >= 0:
            select_row(self.table, row)  # the card already shows this pupil: no re-read

    def refresh(self) -> None:
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._widest = None  # the pupils may have changed: measured again
        self._fill_classes()
        self.apply_filter()
        self.card.refresh()

    def refresh_later(self, changes=None) -> None:
        """As refresh(), with the reading on the journal's worker (a save's refresh on a large
        journal): the card first, then the list; each shown when read. Given what a save
        changed (models/changes.py), the list only if it shows it: pupils and guardians."""
        if self.window().isVisible() and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.card.refresh_later()
        if changes is None or changes.touches(PEOPLE):
            self._list_refresher.request(self._query())

    def _read_list(self, query):
        return query, self.services.pupils.classes(), self.services.pupils.search(*query)

    def _show_list(self, read) -> None:
        query, classes, rows = read
        self._widest = None  # the pupils may have changed: measured again
        self._fill_classes(classes)
        if query == self._query():  # else the user has searched meanwhile: that search stands
            self._show_rows(rows)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._arrange()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The card beside the list when both fit whole, else below it (a 1024-pixel screen
        at 125%): no column header, name or button is cut either way."""
        list_min = self.list_pane.minimumWidth()
        card_min = self.card.minimumSizeHint().width()
        # The narrowest is one above the other; side by side is chosen here, not forced.
        self.splitter.setMinimumWidth(max(list_min, card_min))
        side_by_side = self.splitter.width() >= list_min + card_min + self.splitter.handleWidth()
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    # --- choosing a pupil ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_pupil_id(self):
        return self.card.pupil_id

    def select_pupil(self, pupil_id) -> bool:
        """Select the pupil in the list (if listed) and show the card; False if not found."""
        row = self.model.find_row(pupil_id)
        if row >= 0:
            select_row(self.table, row)
        self.card.show_pupil(pupil_id)
        self._arrange()
        return self.card.pupil_id == pupil_id

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.card.show_pupil(self.model.row_id(current.row()))
            self._arrange()

    def _activated(self, index) -> None:
        self.card.show_pupil(self.model.row_id(index.row()))
        self.card.focus_chronology()

    # --- saving ----------------------------------------------------------------------------------

    def new_pupil(self):
        return open_pupil(self.services, self, on_saved=self._pupil_saved)

    def _pupil_saved(self, pupil_id) -> None:
        self._fill_classes()
        self.apply_filter()
        if pupil_id is not None:
            self.select_pupil(pupil_id)
        self.card.refresh()
        self.changed.emit()

    def _card_changed(self) -> None:
        """A record saved from the card: the other pages read again. This list reads again
        through the journal's change feed (refresh_later), and only if the save touched what
        it shows: re-reading 12,000 pupils after each session saved from a card held back the
        card's own chronology at a million records."""
        self.changed.emit()

    # --- state -----------------------------------------------------------------------------------

    def state(self) -> dict:
        return {"search": self.search.text(), "class": self.class_combo.currentData(),
                "show_left": self.show_left.isChecked(), "pupil_id": self.card.pupil_id,
                "splitter": self.splitter.sizes(), **sort_state(self.table)}

    def restore_state(self, state: dict) -> None:
        with QSignalBlocker(self.search), QSignalBlocker(self.class_combo), \
                QSignalBlocker(self.show_left):
            self.search.setText(state.get("search", ""))
            self.class_combo.setCurrentIndex(max(self.class_combo.findData(state.get("class")), 0))
            self.show_left.setChecked(bool(state.get("show_left")))
        restore_sort(self.table, state)
        self.apply_filter()
        if state.get("pupil_id") is not None:
            self.select_pupil(state["pupil_id"])
        if state.get("splitter"):
            self.splitter.setSizes(state["splitter"])
