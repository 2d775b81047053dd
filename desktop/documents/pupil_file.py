"""The pupil file as a PDF (A4, Kazakh or Russian): the card (name, date of birth, class,
address, guardians, the parents' consent to psychological work) and the chronology of the
chosen period as a table (date, what, the record's words), then who made it and when. For a
case conference or a hand-over; what a role may not see is not in it (models/pupil_file.py).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from ..models.pupil_file import PupilFileData
from .layout import GREY, TEXT_WIDTH, Decorations, build_pdf, escape, serialised, styles, table_style
from .wording import date_text, relation_word

TEXTS = {
    "ru": {
        "title": "Сведения об обучающемся и хронология работы",
        "period": "Период: {start} – {end}",
        "pupil": "ФИО обучающегося", "birth_date": "Дата рождения", "class": "Класс",
        "address": "Адрес проживания", "guardians": "Законные представители",
        "consent": "Согласие на психологическую работу", "chronology": "Хронология",
        "date": "Дата", "what": "Что", "details": "Запись",
        "none": "За этот период записей нет.", "empty": "—",
        "not_included": "Конфиденциальные записи консультаций в документ не входят; имена "
                        "других обучающихся заменены словами «другой ученик».",
        "made": "Составил(а): {who}, {date}",
        "confidential": "Конфиденциально: содержит персональные данные несовершеннолетнего",
        "page": "{page} / {pages}",
    },
    "kk": {
        "title": "Білім алушы туралы мәлімет және жұмыс хронологиясы",
        "period": "Кезең: {start} – {end}",
        "pupil": "Білім алушының аты-жөні", "birth_date": "Туған күні", "class": "Сынып",
        "address": "Тұрғылықты мекенжайы", "guardians": "Заңды өкілдері",
        "consent": "Психологиялық жұмысқа келісім", "chronology": "Хронология",
        "date": "Күні", "what": "Не", "details": "Жазба",
        "none": "Бұл кезеңде жазба жоқ.", "empty": "—",
        "not_included": "Кеңестердің құпия жазбалары құжатқа кірмейді; басқа білім "
                        "алушылардың есімдері «басқа оқушы» деп ауыстырылған.",
        "made": "Құрастырған: {who}, {date}",
        "confidential": "Құпия: кәмелетке толмағанның дербес деректері бар",
        "page": "{page} / {pages}",
    },
}


@serialised
def render_pupil_file(data: PupilFileData) -> bytes:
    """The pupil file as PDF bytes; the same data always gives the same bytes."""
    t = TEXTS[data.language]
    st = styles()
    lang = data.language
    story = [Paragraph(escape(data.school_name), st["school"]),
             Paragraph(escape(t["title"]), st["title"]),
             Paragraph(escape(t["period"].format(start=date_text(data.starts_on, lang),
                                                 end=date_text(data.ends_on, lang))),
                       st["school_line"]),
             Spacer(1, 4 * mm), _card(data, t, st),
             Paragraph(escape(t["chronology"]), st["heading"])]
    if data.entries:
        story.append(_chronology(data, t, st))
    else:
        story.append(Paragraph(escape(t["none"]), st["body"]))
    story += [Spacer(1, 4 * mm), Paragraph(escape(t["not_included"]), st["hint_left"]),
              Spacer(1, 2 * mm),
              Paragraph(escape(t["made"].format(who=data.made_by,
                                                date=date_text(data.made_on, lang))),
                        st["body"])]
    decorations = Decorations(t["confidential"], t["page"], running_head=data.pupil_name,
                              first_page_head=False)
    return build_pdf(story, decorations, title=f"{t['title']}: {data.pupil_name}",
                     author=data.school_name, lang=lang, created=data.made_on)


def _card(data: PupilFileData, t, st) -> Table:
    guardians = "<br/>".join(
        escape(f"{g.name} ({relation_word(g.relation, data.language)})"
               + (f", {g.phone}" if g.phone else "")) for g in data.guardians)
    rows = [(t["pupil"], f"<b>{escape(data.pupil_name)}</b>"),
            (t["birth_date"], escape(date_text(data.birth_date, data.language))),
            (t["class"], escape(data.class_name)),
            (t["address"], escape(data.address or t["empty"])),
            (t["guardians"], guardians or escape(t["empty"])),
            (t["consent"], escape(data.consent or t["empty"]))]
    table = Table([[Paragraph(escape(label), st["label"]), Paragraph(text, st["cell"])]
                   for label, text in rows], colWidths=[0.3 * TEXT_WIDTH, 0.7 * TEXT_WIDTH])
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, GREY),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _chronology(data: PupilFileData, t, st) -> Table:
    rows = [[Paragraph(f"<b>{escape(x)}</b>", st["cell"])
             for x in (t["date"], t["what"], t["details"])]]
    for e in data.entries:
        what = e.what + (f" ({e.status})" if e.status else "")
        rows.append([Paragraph(escape(date_text(e.when, data.language)), st["cell"]),
                     Paragraph(escape(what), st["cell"]),
                     Paragraph(escape(e.text or t["empty"]), st["cell"])])
    table = Table(rows, colWidths=[0.15 * TEXT_WIDTH, 0.3 * TEXT_WIDTH, 0.55 * TEXT_WIDTH],
                  repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, GREY),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
