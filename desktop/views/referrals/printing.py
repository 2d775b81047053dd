"""Letters and forms on paper: render the PDF (desktop/documents) and open the preview
(pdf_preview.PdfPreviewDialog), where the user prints it or saves it. Printing and saving
are recorded in the audit trail (PRINT, PDF) with the record's id and a short code, never a
name. The renderer and the preview are imported when first used: the window starts without
them, and a build without them says so instead of failing.
"""

import importlib
import logging
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...logs import describe_exception
from ...models.audit import PDF, PRINT
from ...models.text_language import letter_language_problems

log = logging.getLogger(__name__)


class PrintingUnavailable(RuntimeError):
    """The PDF renderer or the preview is missing from this installation."""


def preview_pdf(services, parent: QWidget | None, pdf_bytes: bytes, title: str,
                suggested_name: str, entity: str, entity_id, detail: str = ""):
    """The preview of `pdf_bytes`, window-modal; printing it or saving it is recorded."""
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
    problems = letter_language_problems(letter)
    if problems:  # asked first; the preview opens on «Print anyway»
        return confirm_mixed_language(
            parent, language_warning(problems, letter.language),
            lambda: _preview_letter(services, parent, referral_id, letter, amended))
    return _preview_letter(services, parent, referral_id, letter, amended)


def _preview_letter(services, parent, referral_id, letter, amended: bool):
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


_PARTS = {
    "reason": QT_TRANSLATE_NOOP("Printing", "the reason"),
    "summary": QT_TRANSLATE_NOOP("Printing", "the summary"),
    "measures": QT_TRANSLATE_NOOP("Printing", "the measures taken"),
    "amendments": QT_TRANSLATE_NOOP("Printing", "an amendment"),
    "school_address": QT_TRANSLATE_NOOP("Printing", "the school's address"),
    "director": QT_TRANSLATE_NOOP("Printing", "the director's name"),
    "addressee": QT_TRANSLATE_NOOP("Printing", "the organisation's name"),
    "addressee_head": QT_TRANSLATE_NOOP("Printing", "the head's name"),
    "addressee_address": QT_TRANSLATE_NOOP("Printing", "the organisation's address"),
}
_FREE_TEXT = ("reason", "summary", "measures", "amendments")


def language_warning(problems: list[str], language: str) -> str:
    """What is not in the letter's language, in a sentence or two."""
    def part(name: str) -> str:
        return QCoreApplication.translate("Printing", _PARTS[name])

    written = ", ".join(part(p) for p in problems if p in _FREE_TEXT)
    borrowed = ", ".join(part(p) for p in problems if p not in _FREE_TEXT)
    lines = []
    if written and language == "kk":
        lines.append(QCoreApplication.translate(
            "Printing", "The letter is in Kazakh, but these seem to be written in Russian: "
            "{parts}.").format(parts=written))
    elif written:
        lines.append(QCoreApplication.translate(
            "Printing", "The letter is in Russian, but these seem to be written in Kazakh: "
            "{parts}.").format(parts=written))
    if borrowed and language == "kk":
        lines.append(QCoreApplication.translate(
            "Printing", "The school profile or the directory has these only in Russian, and "
            "they will be printed so: {parts}.").format(parts=borrowed))
    elif borrowed:
        lines.append(QCoreApplication.translate(
            "Printing", "The school profile or the directory has these only in Kazakh, and "
            "they will be printed so: {parts}.").format(parts=borrowed))
    lines.append(QCoreApplication.translate(
        "Printing", "A letter is read in one language: correct the texts or the details "
        "first, or print it as it is."))
    return "\n\n".join(lines)


def confirm_mixed_language(parent: QWidget | None, text: str, go):
    """The warning, window-modal: «Print anyway» calls `go` (the preview), Cancel nothing.
    Returns the box."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Printing", "One letter, one language"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("mixedLanguage")
    box.anyway = box.addButton(QCoreApplication.translate("Printing", "Print &anyway"),
                               QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result) -> None:
        if box.clickedButton() is not box.anyway:
            return
        try:
            go()
        except Exception as exc:  # noqa: BLE001 - a plain message, the log the stack
            show_printing_problem(parent, exc)

    box.finished.connect(finished)
    box.open()
    return box


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
