"""Screenshots for the README: the real app on demo data, in Kazakh and Russian.

Run under a virtual screen:  xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py
Writes docs/*.png (sign-in, dashboard, pupil list, pupil card with chronology, observation
form) per language, the import preview, the backups and the damaged-journal screen in
Russian and the first-run wizard's pages in
Kazakh; every page of the window goes to /tmp/shot-*.png for a look.
"""

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
from desktop.views.main_window import PAGE_KEYS, PREVENTION, PUPILS, SUMMARY  # noqa: E402


def settle(app: QApplication, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wizard_pages(app: QApplication, out: Path) -> None:
    """The set-up wizard on a new folder, filled in Kazakh as a psychologist would."""
    from desktop.views.widgets.i18n import install_language
    from desktop.views.accounts.setup_wizard import SetupWizard

    install_language(app, "kk")
    wizard = SetupWizard(Path(tempfile.mkdtemp(prefix="senim-setup-")))
    wizard.resize(720, 560)
    page = wizard.school_page
    page.name_kk.setText("№ 47 жалпы білім беретін мектеп")
    page.name_ru.setText("Общеобразовательная школа № 47")
    page.address.setText("Алматы, Әуезов ауданы, Жандосов к-сі, 12")
    page.phone.setText("+7 727 123 45 67")
    page.director.setText("Өмірзақова Гүлнар Сәкенқызы")
    page.psychologist.setText("Нұрланова Әсел Бағдатқызы")
    wizard.show()
    settle(app)
    wizard.grab().save(str(out / "setup-school-kk.png"))
    wizard.next()
    account = wizard.account_page
    account.user_name.setText("asel.n")
    account.display_name.setText("Нұрланова Әсел Бағдатқызы")
    account.password.setText("Сенім-2026-құпия")
    account.repeat.setText("Сенім-2026-құпия")
    settle(app)
    wizard.grab().save(str(out / "setup-account-kk.png"))
    wizard.next()
    settle(app)
    wizard.grab().save(str(out / "setup-recovery-kk.png"))
    wizard.services.db.dispose()
    wizard.hide()


def import_preview(app: QApplication, window, services, out: Path, lang: str = "ru") -> None:
    """File → Import pupils…: the preview of a class list with the problems of its rows
    shown (a typo in an IIN, an unknown class, no surname, a pupil twice)."""
    from datetime import date

    from openpyxl import Workbook

    from desktop.models.iin import make_iin
    from desktop.models.school_class import parse_class
    from desktop.views.storage.import_wizard import ImportWizard

    def iin(born, sex, serial):
        return next(i for s in range(serial, serial + 50) if (i := make_iin(born, sex, s)))

    known = [services.pupils.get(r.id) for r in services.pupils.search("")
             if r.iin and r.class_name.startswith("7")][:8]
    wb = Workbook()
    ws = wb.active
    ws.append(["Список обучающихся 7 «Ә» класса"])
    ws.append(["№", "Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Класс"])
    rows = []
    for i, p in enumerate(known):
        grade, _letter = parse_class(p.class_name)
        moved = f"{grade}Ә" if i % 3 == 0 else p.class_name  # the school merged two classes
        rows.append([p.surname, p.given_name, p.patronymic, p.iin, p.birth_date, moved])
    bad_iin = iin(date(2013, 4, 17), "male", 311)
    rows[3:3] = [
        ["Сәрсенбаева", "Ақбота", "Ержанқызы", iin(date(2013, 2, 9), "female", 120),
         date(2013, 2, 9), "7Ә"],
        ["Құдайбергенов", "Әлихан", "Серікұлы", bad_iin[:11] + str((int(bad_iin[11]) + 3) % 10),
         date(2013, 4, 17), "7Ә"],
        ["Өмірзақова", "Ұлжан", "Қанатқызы", iin(date(2012, 12, 1), "female", 77),
         date(2012, 12, 1), "7Ү"],
        [None, "Аружан", "Ерланқызы", iin(date(2013, 6, 30), "female", 45), date(2013, 6, 30),
         "7Ә"],
        ["Сәрсенбаева", "Ақбота", "Ержанқызы", iin(date(2013, 2, 9), "female", 120),
         date(2013, 2, 9), "7Ә"],
        ["Ғабдуллин", "Нұрислам", "Маратұлы", iin(date(2013, 8, 22), "male", 9),
         date(2013, 8, 22), "14Ә"],
    ]
    for n, row in enumerate(rows, start=1):
        ws.append([n, *row])
    path = Path(tempfile.mkdtemp(prefix="senim-import-")) / "7Ә.xlsx"
    wb.save(path)
    wizard = ImportWizard(services, window)
    wizard.resize(1180, 720)
    wizard.show()
    wizard.load(path)
    while wizard.busy:
        settle(app, 0.05)
    wizard.next()
    settle(app)
    wizard.grab().save(f"/tmp/shot-import-columns-{lang}.png")
    wizard.next()
    while wizard.busy:
        settle(app, 0.05)
    preview = wizard.preview_page
    model = preview.model
    first_bad = next(r for r in range(model.rowCount()) if model.row_object(r).problems)
    preview.table.selectRow(first_bad)
    settle(app)
    wizard.grab().save(str(out / f"import-preview-{lang}.png"))
    wizard.reject()


def backup_screens(app: QApplication, senim, out: Path, lang: str = "ru") -> None:
    """Settings → Backups… with a week of backups (one of them failed), and the
    damaged-journal screen as it shows over the sign-in panel."""
    from datetime import datetime, timedelta

    from desktop.backups import backup_folder, make_backup
    from desktop.views.storage.damaged_dialog import DamagedDialog

    services, window = senim.services, senim.window
    folder = backup_folder(senim.data_dir)
    now = datetime.now().replace(second=0, microsecond=0)
    for days, hour in ((6, 17), (5, 16), (3, 18), (2, 16), (1, 17)):
        make_backup(services.db, senim.data_dir, folder,
                    (now - timedelta(days=days)).replace(hour=hour, minute=days * 7))
    failed = make_backup(services.db, senim.data_dir, folder, now - timedelta(hours=3))
    failed.path.unlink()  # a backup whose file went missing shows as failed
    dialog = window.show_backups()
    dialog.resize(900, 480)
    settle(app)
    dialog.grab().save(str(out / f"backups-{lang}.png"))
    dialog.reject()
    screen = DamagedDialog(senim.data_dir, senim.settings.backup_dir,
                           lambda _path: None, window)
    screen.show()
    settle(app)
    screen.grab().save(str(out / f"damaged-journal-{lang}.png"))
    screen.hide()
    screen.deleteLater()


def main(out: Path = ROOT / "docs") -> int:
    out.mkdir(exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="senim-shots-"))
    cli.main(["--data-dir", str(data), "demo", "--pupils", "400", "--records", "3000", "--seed", "1"])
    app = QApplication.instance() or QApplication(sys.argv)
    for lang in ("kk", "ru"):
        senim = start(app, data, lang=lang)
        window = senim.window
        window.resize(1366, 768)  # the usual school laptop's screen
        senim.sign_in_panel.user.setText(DEMO_USER)
        senim.sign_in_panel.password.setText(DEMO_PASSWORD)
        settle(app)
        window.grab().save(str(out / f"sign-in-{lang}.png"))
        senim.sign_in_panel.submit()
        while not window.ready:
            settle(app, 0.05)
        services = senim.services
        settle(app)
        window.grab().save(str(out / f"dashboard-{lang}.png"))
        window.show_page(PUPILS)
        # A pupil with a long history, a Kazakh name and a bullying incident.
        rows = [r for r in services.pupils.search("") if set("ӘҒҚҢӨҰҮІ") & set(r.full_name)]
        pupil = max(rows[:150], key=lambda r: len(services.chronology.for_pupil(r.id)))
        page = window.pupils_page
        page.search.setText(pupil.full_name.split()[0][:3].lower())
        settle(app)
        page.table.clearSelection()
        window.grab().save(str(out / f"pupils-{lang}.png"))
        page.select_pupil(pupil.id)
        settle(app)
        window.grab().save(str(out / f"pupil-card-{lang}.png"))

        from desktop.views.record_actions import open_observation

        obs = next(e for e in services.chronology.for_pupil(pupil.id) if e.kind == "observation")
        dialog = open_observation(services, window, observation_id=obs.id)
        dialog.resize(820, 900)
        settle(app)
        dialog.grab().save(str(out / f"observation-form-{lang}.png"))
        dialog.reject()
        window.show_page(SUMMARY)  # the current quarter of the demo's school year
        settle(app, 0.8)
        window.grab().save(str(out / f"term-summary-{lang}.png"))
        window.show_page(PREVENTION)
        settle(app)
        window.grab().save(str(out / f"prevention-{lang}.png"))
        calendar = window.edit_calendar()  # at the size it opens with
        settle(app)
        calendar.grab().save(str(out / f"school-year-{lang}.png"))
        calendar.reject()
        holidays = window.edit_holidays()
        settle(app)
        holidays.grab().save(str(out / f"holidays-{lang}.png"))
        holidays.reject()
        for i, name in enumerate(PAGE_KEYS):
            window.show_page(i)
            settle(app)
            window.grab().save(f"/tmp/shot-{name}-{lang}.png")
        if lang == "ru":
            import_preview(app, window, services, out)
            backup_screens(app, senim, out)
        window.close()
        senim.close()
        settle(app)
    wizard_pages(app, out)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
