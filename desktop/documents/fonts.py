"""The fonts of the documents: DejaVu Serif from resources/fonts (every Kazakh letter),
registered with reportlab once, on first use, and embedded as subsets in each PDF."""

import threading

from ..resources import resource_path

REGULAR = "SenimSerif"
BOLD = "SenimSerif-Bold"
ITALIC = "SenimSerif-Italic"
FAMILY = REGULAR

_FILES = {REGULAR: "DejaVuSerif.ttf", BOLD: "DejaVuSerif-Bold.ttf",
          ITALIC: "DejaVuSerif-Italic.ttf"}
_lock = threading.Lock()
_done = False


def ensure_fonts() -> None:
    """Register the fonts with reportlab (a process-wide registry) the first time; later
    calls return at once. Safe to call from several threads."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        # lazy: reportlab loads only when a document is made (start-up)
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        # <b> and <i> in a paragraph pick these; there is no bold italic.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _done = True
