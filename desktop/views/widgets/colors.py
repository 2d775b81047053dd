"""The few colours that carry meaning: red for what needs attention, amber, grey."""

from PySide6.QtGui import QColor

ALERT = QColor("#b00020")  # overdue, consent refused: the same red as form errors
WARN = QColor("#9a5b00")  # consent not asked: a dark amber that reads on white
MUTED = QColor("#6b6b6b")  # pupils who left
# A form's error under its field, and a warning one may accept (widgets/field_form.py).
ERROR_STYLE = f"color: {ALERT.name()};"
WARNING_STYLE = f"color: {WARN.name()}; font-weight: bold;"
