"""Letters and forms on paper: render the PDF (desktop/documents) and open the preview
(pdf_preview.PdfPreviewDialog), where the user prints it or saves it. Printing and saving
are recorded in the audit trail (PRINT, PDF) with the record's id and a short code, never a
name. The renderer and the preview are imported when first used: the window starts without
them, and a build without them says so instead of failing.
"""

import logging
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ...logs import describe_exception
from ...models.audit import PDF, PRINT

log = logging.getLogger(__name__)


class PrintingUnavailable(RuntimeError):
    """The PDF renderer or the preview is missing from this installation."""


def preview_pdf(services, parent: QWidget | None, pdf_bytes: bytes, title: str,
                suggested_name: str, entity: str, entity_id, detail: str = ""):
    """The preview of `pdf_bytes`, window-modal; printing it or saving it is recorded."""
    import importlib

    try:
        PdfPreviewDialog = importlib.import_module("desktop.views.referrals.pdf_preview").PdfPreviewDialog
    except ImportError as exc:
        raise PrintingUnavailable(str(exc)) from exc

    def printed(*_args) -> None:
        services.audit.record(PRINT, entity, entity_id, detail)

    def saved(*_args) -> None:
        services.audit.record(PDF, entity, entity_id, detail)

    dialog = PdfPreviewDialog(pdf_bytes, title, suggested_name, parent=parent,
                              on_printed=printed, on_saved=saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _renderer(name: str):
    import importlib

    try:
        documents = importlib.import_module("desktop.documents")
    except ImportError as exc:
        raise PrintingUnavailable(str(exc)) from exc
    return getattr(documents, name)


def file_part(text: str) -> str:
    """A number or name made safe for a file name: "15/2025-26" → "15-2025-26"."""
    return re.sub(r"[\\/:*?\"<>|\s]+", "-", text).strip("-.") or "letter"


def preview_referral(services, parent: QWidget | None, referral_id, amended: bool = False,
                     language: str | None = None):
    """The referral letter: a draft as it would be now, a sent one exactly as sent (with
    `amended`, its amendments listed at the end)."""
    letter = services.referrals.letter(referral_id, language=language, amended=amended)
    pdf = _renderer("render_referral")(letter)
    word = "Жолдама" if letter.language == "kk" else "Направление"
    if letter.draft:
        title = QCoreApplication.translate("Printing", "Referral letter (draft)")
        name = f"{word} ({'жоба' if letter.language == 'kk' else 'проект'}).pdf"
        detail = f"draft,{letter.language}"
    else:
        title = QCoreApplication.translate("Printing", "Referral letter No. {number}").format(
            number=letter.number)
        name = f"{word} {file_part(letter.number)}.pdf"
        detail = f"{'amended' if amended else 'sent'},{letter.language}"
    return preview_pdf(services, parent, pdf, title, name, "referral", referral_id, detail)


def preview_consent_form(services, parent: QWidget | None, data, pupil_id=None):
    """The parental consent form (ConsentFormData), filled in for a pupil or blank."""
    pdf = _renderer("render_consent_form")(data)
    name = ("Келісім" if data.language == "kk" else "Согласие") + ".pdf"
    if data.pupil_name:
        title = QCoreApplication.translate("Printing", "Consent form: {name}").format(
            name=data.pupil_name)
    else:
        title = QCoreApplication.translate("Printing", "Consent form")
    return preview_pdf(services, parent, pdf, title, name, "pupil", pupil_id or "",
                       f"consent_form,{data.language}")


def show_printing_problem(parent: QWidget | None, exc: Exception) -> None:
    """A plain message instead of a traceback."""
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, PrintingUnavailable):
        text = QCoreApplication.translate(
            "Printing", "Printing is not available in this installation of Senim.")
    else:
        log.error("making a PDF failed: %s", describe_exception(exc))
        text = QCoreApplication.translate(
            "Printing", "The document could not be made. Nothing was printed or saved; the "
            "details were written to the log.")
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Printing", "Printing"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
