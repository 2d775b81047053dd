"""Screenshots of the prevention council's page and forms on demo data, in Kazakh and
Russian, at the two laptop sizes Senim must fit (1366×768 and 1024×700):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/council_screenshots.py [--out DIR]

Writes DIR/council-*.png (default /tmp/council-shots); the README's pictures are copied
from there into docs/ by hand after a look.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import cli  # noqa: E402
from desktop.app import start  # noqa: E402
from desktop.vault import DEMO_PASSWORD, DEMO_USER  # noqa: E402
from desktop.views.main_window import COUNCIL  # noqa: E402

SIZES = ((1366, 768), (1024, 700))


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shots(app: QApplication, data_dir: Path, lang: str, out: Path) -> None:
    from desktop.views.council.accompaniment_form import AccompanimentDialog
    from desktop.views.council.decision_form import DecisionDialog
    from desktop.services.filters import ListFilter
    from desktop.views.council.meeting_form import MeetingDialog

    senim = start(app, data_dir, lang=lang)
    panel = senim.sign_in_panel
    panel.user.setText(DEMO_USER)
    panel.password.setText(DEMO_PASSWORD)
    panel.button.click()
    while not senim.window.ready:
        settle(app, 0.1)
    window, services = senim.window, senim.window.services
    for width, height in SIZES:
        size = f"{width}x{height}"
        window.resize(width, height)
        window.show()
        window.show_page(COUNCIL)
        page = window.page(COUNCIL)
        for index, name in ((0, "accompaniments"), (1, "meetings"), (2, "proposals")):
            page.tabs.setCurrentIndex(index)
            settle(app)
            window.grab().save(str(out / f"council-{name}-{lang}-{size}.png"))
        held = [m for m in services.council.meetings() if m.present]
        dialogs = []
        meeting = MeetingDialog(services, held[0].id, window)
        dialogs.append(("meeting", meeting))
        rows = services.accompaniment.page(ListFilter(), 0, 50)
        with_reviews = next(r for r in rows if services.accompaniment.get(r.id).reviews)
        dialogs.append(("accompaniment", AccompanimentDialog(services, with_reviews.id, window)))
        coming = [m for m in services.council.meetings() if not m.present]
        if coming:
            read = services.council.get_meeting(coming[0].id)
            if read.items:
                decision = DecisionDialog(services, read, read.items[0], window)
                decision.decision.setCurrentIndex(decision.decision.findData("start"))
                dialogs.append(("decision", decision))
        for name, dialog in dialogs:
            dialog.resize(min(dialog.width(), width - 40), min(dialog.height(), height - 60))
            dialog.show()
            settle(app)
            dialog.grab().save(str(out / f"council-{name}-{lang}-{size}.png"))
            dialog.discard()
    window.close()
    senim.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/council-shots"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp(prefix="senim-council-"))
    assert cli.main(["--data-dir", str(data_dir), "demo", "--pupils", "300",
                     "--records", "800"]) == 0
    app = QApplication.instance() or QApplication([])
    for lang in ("kk", "ru"):
        shots(app, data_dir, lang, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
