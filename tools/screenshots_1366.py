"""Screenshots at a school laptop's size, 1366×768 (the window maximised, a 40-pixel task
bar): the pupil list, the pupil card, the concern and referral forms, the dashboard, the
sessions sorted by pupil in one class, the council's proposals, and the lock screen, in Kazakh and Russian, into
docs/*-1366-kk.png and docs/*-1366-ru.png.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_1366.py
The screen the windows ask about (desktop/views/widgets/record_dialog.py) is set to 1366×728, as
the size test does, so the dialogs open as they would on that laptop."""

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.demo.generator import generate_demo  # noqa: E402
from desktop.models.account import AccountInput  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.vault import set_up  # noqa: E402
from desktop.views.widgets import record_dialog as screen  # noqa: E402

WIDTH, HEIGHT = 1366, 768 - 40


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(out: Path = ROOT / "docs") -> int:
    from desktop.views.accounts.sign_in import SignInPanel
    from desktop.views.main_window import COUNCIL, DASHBOARD, SESSIONS, MainWindow
    from desktop.views.widgets.tasks import wait_journal_work
    from desktop.views.widgets.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv)
    screen.available = lambda _widget=None: QRect(0, 0, WIDTH, HEIGHT)
    folder = Path(tempfile.mkdtemp(prefix="senim-shots-"))
    services, _ = set_up(folder, AccountInput(
        user_name="aigerim", display_name="Сапарқызы Айгерім", password="Психолог-2026"))
    generate_demo(services.db, services.ctx, pupils=400, records=2000, seed=7)
    pupil = services.pupils.search("")[3]
    inner = (WIDTH, HEIGHT - screen.TITLE_BAR)
    for lang in ("kk", "ru"):
        install_language(app, lang)
        window = MainWindow(services, Settings(language=lang), folder)
        window.resize(*inner)
        window.show()
        window.show_page(DASHBOARD)
        settle(app)
        window.grab().save(str(out / f"dashboard-1366-{lang}.png"))
        window.show_page(COUNCIL)
        window.page(COUNCIL).tabs.setCurrentIndex(2)  # the proposals
        settle(app)
        window.grab().save(str(out / f"council-proposals-1366-{lang}.png"))
        window.show_page(SESSIONS)
        sessions = window.page(SESSIONS)
        sessions.class_combo.choose(pupil.class_name)
        sessions.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by pupil
        settle(app)
        window.grab().save(str(out / f"sessions-sorted-1366-{lang}.png"))
        window.show_pupil(pupil.id)
        settle(app)
        window.grab().save(str(out / f"pupil-card-1366-{lang}.png"))
        window.pupils_page.table.clearSelection()
        window.pupils_page.card.stack.setCurrentIndex(0)
        settle(app)
        window.grab().save(str(out / f"pupil-list-1366-{lang}.png"))
        window.show_pupil(pupil.id)
        for name, open_ in (("concern-form", window.new_concern),
                            ("referral-form", window.new_referral)):
            dialog = open_()
            settle(app)
            dialog.grab().save(str(out / f"{name}-1366-{lang}.png"))
            dialog._dirty = False
            dialog.reject()
        window.close()
        lock = MainWindow(None, Settings(language=lang), folder)
        lock.resize(*inner)
        panel = SignInPanel()
        panel.lock_to("aigerim")
        lock.show_opening(panel)
        lock.show()
        settle(app)
        lock.grab().save(str(out / f"lock-1366-{lang}.png"))
        lock.close()
    wait_journal_work()  # the journal's rule (db.py): its worker's reads end first
    services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
