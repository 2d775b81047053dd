"""How the council's pages name things: a ground by the interface's language (the school's
own Kazakh or Russian name; the law's grounds in English too), the warning rules behind a
proposal, and the language the council's papers are printed in by default."""

from PySide6.QtCore import QLocale

from ...models.accompaniment import GroundRead
from ..dashboard.warning_text import reason
from ..widgets.labels import label


def ui_language() -> str:
    """"kk", "ru" or "en": the interface's language, from the locale it set."""
    name = QLocale().name()
    return "kk" if name.startswith("kk") else "ru" if name.startswith("ru") else "en"


def paper_language() -> str:
    """The council's papers in the interface's language; Russian for English."""
    return "kk" if ui_language() == "kk" else "ru"


def ground_name(ground: GroundRead) -> str:
    language = ui_language()
    if language == "en":
        shown = label("accompaniment_ground", ground.code)
        return shown if shown != ground.code else ground.name("ru")
    return ground.name(language)


def ground_names(codes, grounds: list[GroundRead]) -> str:
    by_code = {g.code: g for g in grounds}
    return "; ".join(ground_name(by_code[c]) if c in by_code else c for c in codes)


def reasons(proposal, thresholds) -> str:
    """The warnings behind a proposal, in words (as the attention page says them)."""
    return "; ".join(reason(w, thresholds) for w in proposal.warnings)
