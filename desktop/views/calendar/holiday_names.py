"""The law's holidays by name in the interface's language: the package (python-holidays)
names them in Kazakh and English; for the other languages its English names go through Qt's
translation (the finite set below, context "Holidays"), with the "(observed)" and
"(estimated)" suffixes and the decree's "Day off (substituted from …)" translated apart."""

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ...models.holidays import DayOff
from ..widgets.fmt import format_date

NAMES = {
    "New Year's Day": QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    "Orthodox Christmas": QT_TRANSLATE_NOOP("Holidays", "Orthodox Christmas"),
    "International Women's Day": QT_TRANSLATE_NOOP("Holidays", "International Women's Day"),
    "Nowruz Holiday": QT_TRANSLATE_NOOP("Holidays", "Nowruz Holiday"),
    "Kazakhstan's People Solidarity Holiday": QT_TRANSLATE_NOOP(
        "Holidays", "Kazakhstan's People Solidarity Holiday"),
    "Defender of the Fatherland Day": QT_TRANSLATE_NOOP(
        "Holidays", "Defender of the Fatherland Day"),
    "Victory Day": QT_TRANSLATE_NOOP("Holidays", "Victory Day"),
    "Capital Day": QT_TRANSLATE_NOOP("Holidays", "Capital Day"),
    "Constitution Day": QT_TRANSLATE_NOOP("Holidays", "Constitution Day"),
    "Republic Day": QT_TRANSLATE_NOOP("Holidays", "Republic Day"),
    "Independence Day": QT_TRANSLATE_NOOP("Holidays", "Independence Day"),
    "First President Day": QT_TRANSLATE_NOOP("Holidays", "First President Day"),
    "Eid al-Adha": QT_TRANSLATE_NOOP("Holidays", "Eid al-Adha (Kurban Ait)"),
}
OBSERVED = QT_TRANSLATE_NOOP("Holidays", "{name} (day off moved from the weekend)")
ESTIMATED = QT_TRANSLATE_NOOP("Holidays", "{name} (estimated date)")
SUBSTITUTED = QT_TRANSLATE_NOOP("Holidays", "Day off (moved from {date} by decree)")
SCHOOL_DAY_OFF = QT_TRANSLATE_NOOP("Holidays", "Day off (added by the school)")

_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Holidays", text)


def english_name(name_en: str) -> str:
    """One English name of the package in the interface's language (the English name itself
    when it is not one of the known ones)."""
    parts = []
    for part in name_en.split("; "):
        moved = _SUBSTITUTED.match(part)
        if moved:
            month, day, year = map(int, moved.groups())
            parts.append(_tr(SUBSTITUTED).format(date=format_date(date(year, month, day))))
            continue
        suffix = None
        for ending, template in ((" (observed)", OBSERVED), (" (estimated)", ESTIMATED)):
            if part.endswith(ending):
                part, suffix = part[: -len(ending)], template
        base = _tr(NAMES[part]) if part in NAMES else part
        parts.append(_tr(suffix).format(name=base) if suffix else base)
    return "; ".join(parts)


def holiday_name(d: DayOff) -> str:
    """The day's name as the interface shows it: Kazakh in a Kazakh interface, else the
    English name translated. A school's own day keeps the name it was given."""
    if d.school:
        return d.name_kk or _tr(SCHOOL_DAY_OFF)
    if QLocale().language() == QLocale.Language.Kazakh:
        return d.name_kk
    return english_name(d.name_en)
