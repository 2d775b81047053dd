"""The council's papers on screen, to print or save: the minutes of a meeting, a pupil's plan
and the notice to the parents (desktop/documents/council_papers.py), through the referral
letters' preview, which records printing and saving in the audit trail."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..referrals.printing import file_part, preview_pdf, show_printing_problem


def _render(name: str, data) -> bytes:
    from ...documents import council_papers  # lazy: reportlab, loaded when first printed

    return getattr(council_papers, name)(data)


def preview_minutes(services, parent: QWidget | None, meeting_id, language: str):
    """Raises ValidationError when no one is marked present (the form shows it)."""
    data = services.council.minutes(meeting_id, language)
    try:
        pdf = _render("render_minutes", data)
    except Exception as exc:  # noqa: BLE001 - a plain message, the log has the details
        show_printing_problem(parent, exc)
        return None
    word = "Хаттама" if language == "kk" else "Протокол"
    title = QCoreApplication.translate("CouncilPrinting", "Minutes No. {number}").format(
        number=data.number)
    return preview_pdf(services, parent, pdf, title,
                       f"{word}-{data.number}-{file_part(data.school_year)}.pdf",
                       "council_meeting", meeting_id, f"minutes,{language}")


def preview_plan(services, parent: QWidget | None, accompaniment_id, language: str,
                 notice: bool = False):
    """The pupil's plan, or (notice=True) the notice to the parents."""
    try:
        if notice:
            data = services.council.notice(accompaniment_id, language)
            pdf = _render("render_notice", data)
        else:
            data = services.council.plan(accompaniment_id, language)
            pdf = _render("render_plan", data)
    except Exception as exc:  # noqa: BLE001 - a plain message, the log has the details
        show_printing_problem(parent, exc)
        return None
    if notice:
        title = QCoreApplication.translate("CouncilPrinting", "Notice to the parents: {name}")
        word = "Хабарлама" if language == "kk" else "Уведомление"
    else:
        title = QCoreApplication.translate("CouncilPrinting", "Individual plan: {name}")
        word = "Жоспар" if language == "kk" else "План"
    return preview_pdf(services, parent, pdf, title.format(name=data.pupil_name),
                       f"{word}-{file_part(data.pupil_name)}.pdf", "accompaniment",
                       accompaniment_id, f"{'notice' if notice else 'plan'},{language}")
