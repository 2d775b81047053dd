"""Help → About Senim: the version, where the journal is kept (with a button to open the
folder), and the licences of what Senim ships: its fonts and the libraries in every copy."""

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..licences import COMPONENTS, component_version
from ..resources import resource_path
from .widgets.record_dialog import fit_to_screen

FONT_LICENCE = ("fonts", "LICENSE-DejaVu.txt")


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("About Senim"))

        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "senim-64.png"))))
        self.heading = QLabel(self.tr(
            "<b>Senim</b> {version}<br>An offline journal for school psychologists.").format(
                version=__version__))
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)

        self.folder = QLabel(self.tr("Data folder: {folder}").format(folder=self.data_dir))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open data folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder_button)

        self.licences = QTextBrowser()
        self.licences.setOpenLinks(False)
        self.licences.setHtml(self._licences_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(folder_row)
        layout.addWidget(QLabel(self.tr("Licences of what Senim includes:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 560)

    def text(self) -> str:
        """What the top of the dialog says, as plain text: the version and the data folder."""
        return f"{self.heading.text()}\n{self.folder.text()}"

    def open_folder(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def _licences_html(self) -> str:
        libraries, fonts = self.tr("Libraries"), self.tr("Fonts: DejaVu Serif (documents)")
        heads = [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        lgpl = self.tr("Qt and PySide6 are used under the LGPL version 3: their libraries are "
                       "separate files in Senim's folder and can be replaced with compatible "
                       "builds.")
        try:
            font_licence = resource_path(*FONT_LICENCE).read_text("utf-8")
        except OSError:
            font_licence = self.tr("The fonts' licence file is missing from this copy.")
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(component_version(dist))}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, dist, licence in COMPONENTS)
        return (f"<h4>{html.escape(libraries)}</h4>"
                f"<table cellpadding='2'><tr>{head}</tr>{rows}</table>"
                f"<p>{html.escape(lgpl)}</p>"
                f"<h4>{html.escape(fonts)}</h4>"
                f"<pre>{html.escape(font_licence)}</pre>")
