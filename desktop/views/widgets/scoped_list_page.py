"""A long list with a scope (Open / Overdue / … / All) and, beside it, how many of its
records are late: follow-ups and concerns overdue, cases whose review is due. The count
shows in bold red and goes out with `late_changed(int)` (the navigation counts it too)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from ...services.filters import OPEN, ListFilter
from .colors import ALERT
from .list_page import RecordListPage


class ScopedListPage(RecordListPage):
    late_changed = Signal(int)

    # --- for subclasses ------------------------------------------------------------------------

    def scopes(self) -> list[tuple[str | None, str]]:
        """(filter kind, label) for the scope combo; the first is the default."""
        raise NotImplementedError

    def scope_tooltip(self) -> str:
        raise NotImplementedError

    def late_count(self) -> int:
        raise NotImplementedError

    def late_text(self, count: int) -> str:
        """"Overdue: 3"; "" when nothing is late gives nothing_late_text()."""
        raise NotImplementedError

    def nothing_late_text(self) -> str:
        raise NotImplementedError

    # --- RecordListPage ------------------------------------------------------------------------

    def current_filter_default(self):
        return ListFilter(kind=OPEN)

    def current_filter(self):
        return ListFilter(text=self.search.text(), kind=self.scope_combo.currentData())

    def filter_widgets(self):
        self.scope_combo = QComboBox()
        for code, text in self.scopes():
            self.scope_combo.addItem(text, code)
        self.scope_combo.setToolTip(self.scope_tooltip())
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.currentIndexChanged.connect(self.apply_filter)
        self.late_label = QLabel()
        self.late_label.setObjectName("lateLabel")
        self.late_label.setTextFormat(Qt.TextFormat.PlainText)
        return [self.scope_combo, self.late_label]

    def _update_count(self) -> None:
        super()._update_count()
        n = self.late_count()
        if n:
            self.late_label.setText(self.late_text(n))
            self.late_label.setStyleSheet(f"color: {ALERT.name()}; font-weight: bold;")
        else:
            self.late_label.setText(self.nothing_late_text())
            self.late_label.setStyleSheet("")
        self.late_changed.emit(n)

    def state(self) -> dict:
        return {**super().state(), "scope": self.scope_combo.currentData()}

    def restore_state(self, state: dict) -> None:
        i = self.scope_combo.findData(state.get("scope", self.scopes()[0][0]))
        self.scope_combo.setCurrentIndex(max(i, 0))
        super().restore_state(state)
