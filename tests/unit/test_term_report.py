"""The term summary as a PDF (desktop/documents/term_report.py) and its wording: read back
with pypdf and poppler as a reader's program would. Summaries are built from figures only."""

import io
import re
import shutil
import subprocess
from datetime import date

import pypdf
import pytest
from summary_factories import YEAR, YEAR_BEFORE, full_summary, suppressed_summary, with_rows

from desktop.documents import summary_wording as w
from desktop.documents.term_report import render_term_report
from desktop.models.school import SchoolRead
from desktop.documents.term_report import NOT_PRINTED
from desktop.models.term_summary import HEADLINE, HEADLINE_ROWS, TABLES, Row

SCHOOL = SchoolRead(name_kk="«№ 999 жалпы білім беретін мектеп» КММ",
                    name_ru="КГУ «Школа № 999»", address="ул. Примерная, 1")
PSYCHOLOGIST = "Жұмабаева Мөлдір Қайратқызы"
SIGNED_ON = date(2025, 12, 29)

poppler = pytest.mark.skipif(shutil.which("pdffonts") is None or shutil.which("pdftotext") is None,
                             reason="poppler-utils is not installed")


def render(summary=None, language="ru", school=SCHOOL):
    return render_term_report(summary or full_summary(), school, language, PSYCHOLOGIST,
                              SIGNED_ON)


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("language, title", [
    ("ru", "Отчёт о работе педагога-психолога за 2 четверть 2025-2026 учебного года"),
    ("kk", "2025-2026 оқу жылының 2-тоқсанындағы педагог-психолог жұмысы туралы есеп"),
    ("en", "Report on the school psychologist's work for term 2 of the 2025-2026 school year"),
])
def test_the_report_has_its_title_period_school_and_sign_off(language, title):
    text = flat(" ".join(pages(render(language=language))))
    assert title in text
    assert "03.11.2025 – 28.12.2025" in text
    assert ("«№ 999 жалпы білім беретін мектеп» КММ" if language == "kk"
            else "КГУ «Школа № 999»") in text
    assert PSYCHOLOGIST in text and "29.12.2025" in text
    assert w.texts(language)["psychologist"] in text


def test_kazakh_letters_print_and_every_label_is_there():
    text = flat(" ".join(pages(render(language="kk"))))
    for letter in "әғқңөұүі":  # each in one case or the other; «һ» is in no label
        assert letter in text.lower(), letter
    assert "Мектеп әкімшілігі" in text and "Жыныстық қудалау" in text  # row labels
    for key in TABLES:  # every breakdown is printed with its title (but those left off)
        if key not in NOT_PRINTED:
            assert flat(w.table_title(key, "kk")) in text, key


@poppler
def test_kazakh_letters_read_back_through_poppler_and_every_font_is_embedded():
    pdf = render(language="kk")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode()
    for letter in "әғқңөұүі":
        assert letter in text.lower(), letter
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode().splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "DejaVu" in line and line.split()[-5] == "yes", line  # emb column


def test_the_kazakh_h_and_dotted_i_are_in_the_font():
    # «Һ» is in no label today: a school's name with it must still print.
    school = SchoolRead(name_kk="Һ және І мектебі", name_ru="")
    assert "Һ және І мектебі" in pages(render(language="kk", school=school))[0]


def test_suppressed_figures_print_as_marks_not_as_numbers():
    text = flat(" ".join(pages(render(suppressed_summary()))))
    assert "Индивидуальная консультация <5 12" in text
    assert "Групповое занятие × 7" in text
    assert "Всего 11 19 15" in text


def test_a_suppressed_figure_has_no_bar_only_its_mark():
    from desktop.documents.term_report import _chart
    from reportlab.graphics.shapes import Rect, String

    table = suppressed_summary().table("sessions_by_kind")
    drawing = _chart(table, "ru", 150, ("a", "b", "c"))
    bars = [s for s in drawing.contents if isinstance(s, Rect)]
    texts = [s.text for s in drawing.contents if isinstance(s, String)]
    # two legend swatches, then bars only for the real figures: 12 and 7 (previous term)
    assert len(bars) == 2 + 2
    assert texts.count("<5") == 1 and texts.count("×") == 1


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_one_or_two_pages_even_with_every_table_full_and_big_figures(language):
    pdf = render(full_summary(big=9000), language)
    text = pages(pdf)
    assert 1 <= len(text) <= 2
    assert "2 / 2" in text[-1] or "1 / 1" in text[-1]
    assert PSYCHOLOGIST in flat(text[-1])  # the sign-off ends the report


def test_a_school_year_shows_the_year_before_once():
    summary = full_summary(periods=(YEAR, YEAR_BEFORE, YEAR_BEFORE))
    text = flat(" ".join(pages(render(summary))))
    assert "Отчёт о работе педагога-психолога за 2025-2026 учебный год" in text
    assert "Год назад" not in text  # no third column: it would repeat the previous year
    assert text.count("предыдущий учебный год — 2024-2025 учебный год") == 1


def test_the_report_holds_figures_and_labels_only():
    """Nothing in a summary can carry a name: every word printed is fixed wording, the
    school's profile or the signatory."""
    text = flat(" ".join(pages(render())))
    words = set(re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{3,}", text))
    known = " ".join([*w.TEXTS["ru"].values(), *w.TABLE_TITLES["ru"].values(),
                      *w.CHART_TITLES["ru"].values(), *w.HEADS["ru"]["term"],
                      *w.HEADS["ru"]["term_short"], w.compared_line(full_summary(), "ru"),
                      *(v for g in w.ROW_LABELS["ru"].values() for v in g.values()),
                      SCHOOL.name_ru, SCHOOL.address, PSYCHOLOGIST])
    assert {x for x in words if x not in known} == set()


def test_the_same_summary_gives_the_same_bytes():
    assert render() == render()


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        render(language="de")


def test_the_report_renders_without_a_school_profile():
    assert "КГУ" not in flat(" ".join(pages(render(school=None))))


# --- the wording --------------------------------------------------------------------------


@pytest.mark.parametrize("language", w.LANGUAGES)
def test_every_table_and_row_key_has_a_label_in_every_language(language):
    for key in HEADLINE_ROWS:
        assert w.row_label(HEADLINE, key, language) != key, key
    assert w.table_title(HEADLINE, language) != HEADLINE
    for table, (rows, _) in TABLES.items():
        assert w.table_title(table, language) != table, table
        for key in rows:
            label = w.row_label(table, key, language)
            assert label and label != key, (table, key)


def test_every_language_has_every_text_and_head():
    for table in (w.TEXTS, w.HEADS, w.TABLE_TITLES, w.CHART_TITLES):
        keys = {frozenset(table[lang]) for lang in w.LANGUAGES}
        assert len(keys) == 1
    for lang in w.LANGUAGES:
        assert {g: set(v) for g, v in w.ROW_LABELS[lang].items()} == \
               {g: set(v) for g, v in w.ROW_LABELS["ru"].items()}


def test_grades_and_a_row_the_version_does_not_know():
    assert w.row_label("incidents_by_grade", "0", "ru") == "0 класс"
    assert w.row_label("incidents_by_grade", "11", "kk") == "11 сынып"
    assert w.row_label("incidents_by_grade", "12", "en") == "Grade 12"  # in some schools
    assert w.row_label("sessions_by_kind", "future_kind", "ru") == "future_kind"


def test_with_rows_keeps_other_tables():
    summary = with_rows(full_summary(), "sessions_by_kind", Row("crisis", (1, 2, 3)))
    assert summary.table("sessions_by_kind").rows == (Row("crisis", (1, 2, 3)),)
    assert summary.table("incidents_by_form") == full_summary().table("incidents_by_form")


# --- an official document: approval, stamp, number, "as of" ---------------------------------

@pytest.mark.parametrize("language, approve, stamp, outgoing", [
    ("ru", "УТВЕРЖДАЮ", "М.П.", "Исх. № 15/2025-26 от 29.12.2025"),
    ("kk", "БЕКІТЕМІН", "М.О.", "Шығыс № 15/2025-26, 29.12.2025"),
])
def test_the_director_approves_it_with_the_stamp_and_its_outgoing_number(
        language, approve, stamp, outgoing):
    school = SchoolRead(name_ru="КГУ «Школа № 999»", name_kk="№ 999 мектеп",
                        director="Сәрсенбаева Гүлнар Қайратқызы")
    pdf = render_term_report(full_summary(), school, language, PSYCHOLOGIST, SIGNED_ON,
                             number="15/2025-26")
    first = flat(pages(pdf)[0])
    assert approve in first and stamp in first and "Сәрсенбаева Гүлнар Қайратқызы" in first
    assert outgoing in first
    assert PSYCHOLOGIST in flat(pages(pdf)[-1])  # and the psychologist signs at the end
    unnumbered = flat(pages(render(language=language))[0])
    assert outgoing not in unnumbered and approve in unnumbered


def test_a_quarter_still_running_says_so_and_as_of_when():
    from desktop.models.term_summary import TermSummary

    whole = full_summary()
    running = TermSummary(whole.periods, whole.headline, whole.tables, date(2025, 12, 1))
    text = flat(pages(render(running))[0])
    assert "Данные по состоянию на 01.12.2025." in text
    assert "Четверть ещё не закончилась: данные неполные." in text
    kk = flat(pages(render(running, "kk"))[0])
    assert "Деректер 01.12.2025 жағдай бойынша." in kk and "Тоқсан әлі аяқталған жоқ" in kk
    ended = flat(pages(render())[0])  # made the day after the quarter ended
    assert "по состоянию" not in ended and "не закончилась" not in ended


def test_a_kazakh_report_has_the_schools_address_and_director_in_kazakh():
    school = SchoolRead(name_kk="№ 999 мектеп", name_ru="Школа № 999",
                        address="г. Алматы, ул. Абая, 1", address_kk="Алматы қ., Абай к-сі, 1",
                        director="Сәрсенбаева Г. К.", director_kk="Сәрсенбаева Г. Қ.")
    kk = flat(pages(render_term_report(full_summary(), school, "kk", PSYCHOLOGIST,
                                       SIGNED_ON))[0])
    assert "Абай к-сі" in kk and "ул. Абая" not in kk and "Сәрсенбаева Г. Қ." in kk
    ru = flat(pages(render_term_report(full_summary(), school, "ru", PSYCHOLOGIST,
                                       SIGNED_ON))[0])
    assert "ул. Абая" in ru and "Сәрсенбаева Г. К." in ru
