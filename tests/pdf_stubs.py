"""The PDF renderer and preview for tests of the code that uses them (referrals, the consent
form): the real renderer (desktop/documents) when it is installed, spied on, else a stand-in
that returns a PDF-looking byte string; and a stand-in for the preview dialog that remembers
how it was opened, so a test can "print" or "save" through its callbacks."""

import importlib
import sys
import types


def spy_renderer(monkeypatch, name: str) -> list:
    """What desktop.documents.<name> was called with, in order; it still returns bytes."""
    seen = []
    try:
        documents = importlib.import_module("desktop.documents")
        real = getattr(documents, name)
    except ImportError:
        documents = types.ModuleType("desktop.documents")
        monkeypatch.setitem(sys.modules, "desktop.documents", documents)
        import desktop

        monkeypatch.setattr(desktop, "documents", documents, raising=False)

        def real(data):
            return b"%PDF-1.4 stand-in\n" + repr(data).encode()

    def spy(data):
        seen.append(data)
        return real(data)

    monkeypatch.setattr(documents, name, spy, raising=False)
    return seen


def fake_preview(monkeypatch) -> list:
    """Replace PdfPreviewDialog with a stand-in; returns the opened stand-ins, newest last.
    Each has pdf_bytes, title, suggested_name, on_printed and on_saved."""
    from PySide6.QtWidgets import QDialog

    opened = []

    class FakePreview(QDialog):
        def __init__(self, pdf_bytes, title, suggested_name, parent=None, on_printed=None,
                      on_saved=None):
            super().__init__(parent)
            self.pdf_bytes, self.title, self.suggested_name = pdf_bytes, title, suggested_name
            self.on_printed, self.on_saved = on_printed, on_saved
            opened.append(self)

    try:
        module = importlib.import_module("desktop.views.referrals.pdf_preview")
    except ImportError:
        module = types.ModuleType("desktop.views.referrals.pdf_preview")
        monkeypatch.setitem(sys.modules, "desktop.views.referrals.pdf_preview", module)
    monkeypatch.setattr(module, "PdfPreviewDialog", FakePreview, raising=False)
    return opened
