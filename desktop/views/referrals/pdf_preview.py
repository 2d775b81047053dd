"""A PDF made by Senim (a referral letter, a consent form) shown before it leaves the
journal: preview, print, save as.

The PDF stays in memory the whole time: QtPdf reads it from a QBuffer, printing paints the
rendered pages straight onto the printer, and only "Save as…" writes a file, where the
user chose. So no copy of a letter is left in a temporary folder after a preview or a print.

The caller records the audit entries (PRINT, PDF) through `on_printed()` and
`on_saved(path)`, called after a print job was sent and after the file was written.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal,
)
from PySide6.QtGui import QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from ...logs import describe_exception
from ..storage.file_dialogs import PDF, ask_save_path
from ..widgets.record_dialog import fit_to_screen

log = logging.getLogger(__name__)

PRINT_DPI_MAX = 300  # enough for text; 600 dpi would need ~140 MB per A4 page image
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


class PdfPreviewDialog(QDialog):
    printed = Signal()
    saved = Signal(str)  # the path written

    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None, on_printed: Callable[[], None] | None = None,
                 on_saved: Callable[[Path], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf_bytes = bytes(pdf_bytes)
        self.title = title
        self.suggested_name = suggested_name
        self._on_printed = on_printed
        self._on_saved = on_saved

        # The document reads from memory; the buffer must live as long as the document.
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)

        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("Fit &width"))
        self.fit_button.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_button.clicked.connect(self.fit_width)
        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageLabel")
        tools = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            widget.setAutoDefault(False)
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.page_label)

        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 820, 960)

        if self.document.status() != QPdfDocument.Status.Ready or not self.page_count:
            log.warning("a PDF could not be shown: status %s", self.document.status().name)
            self.print_button.setEnabled(False)
            self.page_label.setText(self.tr("This document cannot be shown, but it can "
                                            "still be saved."))
        else:
            self._update_page_label()
        self.view.setFocus()

    # --- what is shown -----------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _update_page_label(self, *_args) -> None:
        if self.page_count:
            page = self.view.pageNavigator().currentPage() + 1
            self.page_label.setText(self.tr("Page {page} of {count}").format(
                page=page, count=self.page_count))

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- print -------------------------------------------------------------------------------

    def print_document(self) -> bool:
        """The system print dialog, then the pages painted onto the printer. True if sent."""
        if not self.page_count:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF has its own margins: print it at its real size
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            ok = self.paint_pages(printer)
        except Exception as exc:  # noqa: BLE001 - a printer failure is shown, not a crash
            log.warning("printing a PDF failed: %s", describe_exception(exc))
            ok = False
        if not ok:
            self._error(self.tr("The document could not be printed. Check that the printer "
                                "is switched on and connected, then try again."))
            return False
        self.printed.emit()
        if self._on_printed is not None:
            self._on_printed()
        return True

    def paint_pages(self, printer: QPrinter) -> bool:
        """Render each page chosen in the dialog at the printer's resolution (at most
        PRINT_DPI_MAX) and paint it over the whole sheet. No file is written."""
        first, last = 0, self.page_count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(printer.toPage(), self.page_count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = min(printer.resolution(), PRINT_DPI_MAX)
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            for number in range(first, last + 1):
                if number > first and not printer.newPage():
                    return False
                size = self.document.pagePointSize(number)
                image = self.document.render(number, QSize(round(size.width() / 72 * dpi),
                                                           round(size.height() / 72 * dpi)))
                if image.isNull():
                    return False
                painter.drawImage(_fit(sheet, image.size()), image)
            return True
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()

    # --- save --------------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        """Ask where, then write the bytes there. The path written, or None."""
        chosen = ask_save_path(self, PDF, self.tr("Save the PDF"), self.suggested_name,
                               self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            # No path in the log: the file name may carry a pupil's name.
            log.warning("saving a PDF failed: %s", describe_exception(exc))
            self._error(self.tr("The PDF could not be saved there. Choose another folder, "
                                "or check that the disk is not full or read-only."))
            return None
        self.saved.emit(str(path))
        if self._on_saved is not None:
            self._on_saved(path)
        return path

    def _error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text,
                          QMessageBox.StandardButton.Ok, self)
        box.exec()


def _fit(area: QRect, size: QSize) -> QRect:
    """The largest rectangle of `size`'s proportions centred in `area`."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.x() + (area.width() - scaled.width()) // 2,
                 area.y() + (area.height() - scaled.height()) // 2,
                 scaled.width(), scaled.height())
