"""The prevention council's papers as PDFs (A4, Kazakh or Russian): the minutes of a meeting
(протокол / хаттама: number, date, the chair, the secretary and those present, the agenda,
each item's "heard / decided", the chair's and secretary's signature lines), a pupil's
individual prevention plan (the card, the plan's measures, the reviews, the end), and the
notice to the parents. None carries a confidential note (models/council_documents.py).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from ..models.council_documents import MinutesData, NoticeData, PlanData
from .layout import GREY, TEXT_WIDTH, Decorations, build_pdf, escape, paragraphs, serialised, \
    styles, table_style
from .wording import date_text

LAW = {"ru": "Закон Республики Казахстан «О профилактике правонарушений» от 30.12.2025 "
             "№ 245-VIII",
       "kk": "Қазақстан Республикасының 2025 жылғы 30 желтоқсандағы № 245-VIII «Құқық "
             "бұзушылықтың алдын алу туралы» Заңы"}

TEXTS = {
    "ru": {
        "confidential": "Конфиденциально: содержит персональные данные несовершеннолетнего",
        "page": "{page} / {pages}", "empty": "—", "signature": "(подпись)",
        # The minutes.
        "minutes": "ПРОТОКОЛ № {number}",
        "council": "заседания Совета по профилактике правонарушений",
        "held": "от {date}, {year} учебный год",
        "chair": "Председатель", "secretary": "Секретарь", "present": "Присутствовали",
        "agenda": "Повестка дня", "heard": "СЛУШАЛИ", "decided": "ПОСТАНОВИЛИ",
        "grounds": "Основания", "responsible": "Ответственный", "outcome": "Итог",
        "organisation": "Куда", "undecided": "Решение не принято.",
        "start": "Назначить индивидуальное педагогическое сопровождение.",
        "change_plan": "Внести изменения в индивидуальный план профилактики.",
        "end": "Завершить индивидуальное педагогическое сопровождение.",
        "refer": "Направить обучающегося.",
        "no_measure": "Принять к сведению.",
        # The plan.
        "plan": "ИНДИВИДУАЛЬНЫЙ ПЛАН ПРОФИЛАКТИКИ",
        "plan_sub": "индивидуального педагогического сопровождения обучающегося",
        "pupil": "ФИО обучающегося", "birth_date": "Дата рождения", "class": "Класс",
        "decision": "Решение Совета", "started": "Начало сопровождения",
        "informed": "Родители проинформированы", "not_informed": "не проинформированы",
        "period": "Периодичность рассмотрения", "every": "каждые {days} дн.",
        "measures": "Мероприятия плана", "no": "№", "what": "Мероприятие", "due": "Срок",
        "done": "Выполнено", "reviews": "Рассмотрение хода сопровождения", "date": "Дата",
        "progress": "Динамика", "note": "Примечание", "none": "Пока нет.",
        "ended": "Сопровождение завершено {date}. Итог: {outcome}",
        "made": "Составил(а): {who}, {date}", "psychologist": "Педагог-психолог",
        "in_person": "лично", "phone": "по телефону", "letter": "письменным уведомлением",
        "messenger": "через мессенджер",
        "better": "улучшение", "same": "без изменений", "worse": "ухудшение",
        # The notice.
        "notice": "УВЕДОМЛЕНИЕ",
        "dear": "Уважаемые родители (законные представители){names}!",
        "notice_text": "Сообщаем, что решением Совета по профилактике правонарушений школы "
                       "({decision}) обучающемуся {pupil}, {class_name} класс, с {date} "
                       "назначено индивидуальное педагогическое сопровождение ({law}).",
        "notice_grounds": "Основания: {grounds}.",
        "notice_responsible": "Ответственный педагог: {name}.",
        "notice_period": "Ход сопровождения рассматривается каждые {days} дн. Приглашаем вас "
                         "к сотрудничеству: с вопросами обращайтесь к ответственному педагогу "
                         "или к педагогу-психологу школы.",
        "director": "Директор школы",
        "acquainted": "С уведомлением ознакомлен(а): ____________________ (подпись)   "
                      "______________ (дата)",
    },
    "kk": {
        "confidential": "Құпия: кәмелетке толмағанның дербес деректері бар",
        "page": "{page} / {pages}", "empty": "—", "signature": "(қолы)",
        "minutes": "№ {number} ХАТТАМАСЫ",
        "council": "Құқық бұзушылықтың алдын алу жөніндегі кеңес отырысының",
        "held": "{date}, {year} оқу жылы",
        "chair": "Төраға", "secretary": "Хатшы", "present": "Қатысқандар",
        "agenda": "Күн тәртібі", "heard": "ТЫҢДАЛДЫ", "decided": "ҚАУЛЫ ЕТІЛДІ",
        "grounds": "Негіздері", "responsible": "Жауапты", "outcome": "Нәтижесі",
        "organisation": "Қайда", "undecided": "Шешім қабылданбады.",
        "start": "Жеке педагогикалық сүйемелдеу тағайындалсын.",
        "change_plan": "Жеке алдын алу жоспарына өзгерістер енгізілсін.",
        "end": "Жеке педагогикалық сүйемелдеу аяқталсын.",
        "refer": "Білім алушы жолдансын.",
        "no_measure": "Назарға алынсын.",
        "plan": "ЖЕКЕ АЛДЫН АЛУ ЖОСПАРЫ",
        "plan_sub": "білім алушыны жеке педагогикалық сүйемелдеу",
        "pupil": "Білім алушының аты-жөні", "birth_date": "Туған күні", "class": "Сынып",
        "decision": "Кеңес шешімі", "started": "Сүйемелдеудің басталуы",
        "informed": "Ата-анасына хабарланды", "not_informed": "хабарланбаған",
        "period": "Қарау кезеңділігі", "every": "әр {days} күн сайын",
        "measures": "Жоспар іс-шаралары", "no": "№", "what": "Іс-шара", "due": "Мерзімі",
        "done": "Орындалды", "reviews": "Сүйемелдеу барысын қарау", "date": "Күні",
        "progress": "Динамика", "note": "Ескертпе", "none": "Әзірге жоқ.",
        "ended": "Сүйемелдеу {date} аяқталды. Нәтижесі: {outcome}",
        "made": "Құрастырған: {who}, {date}", "psychologist": "Педагог-психолог",
        "in_person": "жеке", "phone": "телефон арқылы", "letter": "жазбаша хабарламамен",
        "messenger": "мессенджер арқылы",
        "better": "жақсарды", "same": "өзгеріссіз", "worse": "нашарлады",
        "notice": "ХАБАРЛАМА",
        "dear": "Құрметті ата-ана (заңды өкіл){names}!",
        "notice_text": "Мектептің құқық бұзушылықтың алдын алу жөніндегі кеңесінің шешімімен "
                       "({decision}) {class_name} сынып білім алушысы {pupil} {date} бастап "
                       "жеке педагогикалық сүйемелдеуге алынғанын хабарлаймыз ({law}).",
        "notice_grounds": "Негіздері: {grounds}.",
        "notice_responsible": "Жауапты педагог: {name}.",
        "notice_period": "Сүйемелдеу барысы әр {days} күн сайын қаралады. Сізді бірлесіп жұмыс "
                         "істеуге шақырамыз: сұрақтарыңыз болса, жауапты педагогке немесе "
                         "мектептің педагог-психологына хабарласыңыз.",
        "director": "Мектеп директоры",
        "acquainted": "Хабарламамен таныстым: ____________________ (қолы)   "
                      "______________ (күні)",
    },
}


def _grid(rows, widths, header: bool = False) -> Table:
    table = Table(rows, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=1 if header else 0)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, GREY),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _person(p) -> str:
    return f"{p.name}, {p.position}" if p and p.position else (p.name if p else "")


def _sign(label: str, name: str, t, st) -> Table:
    rows = [[Paragraph(escape(label), st["sign"]),
             Paragraph("____________________", st["sign"]),
             Paragraph(escape(name), st["sign"])],
            ["", Paragraph(escape(t["signature"]), st["hint"]), ""]]
    table = Table(rows, colWidths=[0.24 * TEXT_WIDTH, 0.3 * TEXT_WIDTH, 0.46 * TEXT_WIDTH])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


@serialised
def render_minutes(data: MinutesData) -> bytes:
    """The minutes of a meeting as PDF bytes; the same data always gives the same bytes."""
    t, st, lang = TEXTS[data.language], styles(), data.language
    title = t["minutes"].format(number=data.number)
    heading = [Paragraph(escape(title), st["title"]),
               Paragraph(escape(t["council"]), st["form_title"])]
    if lang == "kk":  # «… кеңес отырысының № 3 ХАТТАМАСЫ»: the genitive comes first
        heading.reverse()
    story = [Paragraph(escape(data.school_name), st["school"]), *heading,
             Paragraph(escape(t["held"].format(date=date_text(data.held_on, lang),
                                               year=data.school_year)), st["school_line"]),
             Spacer(1, 5 * mm)]
    for label, person in ((t["chair"], data.chair), (t["secretary"], data.secretary)):
        story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(_person(person) or t['empty'])}",
                               st["left"]))
    story.append(Paragraph(f"<b>{escape(t['present'])} ({len(data.present)}):</b> "
                           + escape("; ".join(_person(p) for p in data.present)), st["body"]))
    story.append(Paragraph(escape(t["agenda"]) + ":", st["heading"]))
    for n, item in enumerate(data.items, start=1):
        story.append(Paragraph(escape(f"{n}. {item.subject}"), st["left"]))
    for n, item in enumerate(data.items, start=1):
        block = [Paragraph(escape(f"{n}. {item.subject}"), st["heading"]),
                 Paragraph(f"<b>{escape(t['heard'])}:</b> {escape(item.heard or t['empty'])}",
                           st["body"])]
        said = t.get(item.decision, t["undecided"]) if item.decision else t["undecided"]
        if item.decision == "no_measure" and item.decided:
            said = ""  # «принять к сведению» is what the council wrote, in its own words
        details = []
        if item.grounds:
            details.append(f"{t['grounds']}: {'; '.join(item.grounds)}")
        if item.responsible:
            details.append(f"{t['responsible']}: {item.responsible}")
        if item.organisation:
            details.append(f"{t['organisation']}: {item.organisation}")
        if item.outcome:
            details.append(f"{t['outcome']}: {item.outcome}")
        text = " ".join(_sentence(x) for x in (said, item.decided, *details) if x)
        block.append(Paragraph(f"<b>{escape(t['decided'])}:</b> {escape(text)}", st["body"]))
        story.append(KeepTogether(block))
    story += [Spacer(1, 10 * mm),
              KeepTogether([_sign(t["chair"], data.chair.name if data.chair else "", t, st),
                            Spacer(1, 6 * mm),
                            _sign(t["secretary"], data.secretary.name if data.secretary else "",
                                  t, st)])]
    decorations = Decorations(t["confidential"], t["page"], running_head=title,
                              first_page_head=False)
    return build_pdf(story, decorations, title=f"{title} ({data.school_year})",
                     author=data.school_name, lang=lang, created=data.held_on)


@serialised
def render_plan(data: PlanData) -> bytes:
    """A pupil's individual prevention plan as PDF bytes."""
    t, st, lang = TEXTS[data.language], styles(), data.language
    informed = t["not_informed"]
    if data.parents_informed_on:
        informed = date_text(data.parents_informed_on, lang)
        if data.parents_informed_how:
            informed += ", " + t.get(data.parents_informed_how, data.parents_informed_how)
    card = [(t["pupil"], f"<b>{escape(data.pupil_name)}</b>"),
            (t["birth_date"], escape(date_text(data.birth_date, lang))),
            (t["class"], escape(data.class_name)),
            (t["grounds"], escape("; ".join(data.grounds) or t["empty"])),
            (t["decision"], escape(data.decision or t["empty"])),
            (t["started"], escape(date_text(data.started_on, lang))),
            (t["responsible"], escape(data.responsible)),
            (t["informed"], escape(informed)),
            (t["period"], escape(t["every"].format(days=data.review_days)))]
    story = [Paragraph(escape(data.school_name), st["school"]),
             Paragraph(escape(t["plan"]), st["title"]),
             Paragraph(escape(t["plan_sub"]), st["form_title"]), Spacer(1, 3 * mm),
             _grid([[Paragraph(escape(a), st["label"]), Paragraph(b, st["cell"])]
                    for a, b in card], (0.32, 0.68)),
             Paragraph(escape(t["measures"]), st["heading"])]
    cell = st["cell"]
    if data.measures:
        rows = [[Paragraph(f"<b>{escape(x)}</b>", cell)
                 for x in (t["no"], t["what"], t["responsible"], t["due"], t["done"])]]
        rows += [[Paragraph(str(n), cell), Paragraph(escape(m.what), cell),
                  Paragraph(escape(m.responsible), cell),
                  Paragraph(escape(date_text(m.due_date, lang)), cell),
                  Paragraph(escape(date_text(m.done_date, lang)), cell)]
                 for n, m in enumerate(data.measures, start=1)]
        story.append(_grid(rows, (0.05, 0.34, 0.23, 0.18, 0.20), header=True))
    else:
        story.append(Paragraph(escape(t["none"]), st["body"]))
    story.append(Paragraph(escape(t["reviews"]), st["heading"]))
    if data.reviews:
        rows = [[Paragraph(f"<b>{escape(x)}</b>", cell)
                 for x in (t["date"], t["progress"], t["note"])]]
        rows += [[Paragraph(escape(date_text(r.on_date, lang)), cell),
                  Paragraph(escape(t.get(r.progress, r.progress)), cell),
                  Paragraph(escape(r.note or t["empty"]), cell)] for r in data.reviews]
        story.append(_grid(rows, (0.16, 0.2, 0.64), header=True))
    else:
        story.append(Paragraph(escape(t["none"]), st["body"]))
    if data.ended_on:
        story += [Spacer(1, 3 * mm)] + paragraphs(
            t["ended"].format(date=date_text(data.ended_on, lang), outcome=data.outcome),
            st["body"])
    story += [Spacer(1, 8 * mm),
              KeepTogether([_sign(t["responsible"], data.responsible, t, st), Spacer(1, 4 * mm),
                            _sign(t["psychologist"], data.made_by, t, st), Spacer(1, 3 * mm),
                            Paragraph(escape(t["made"].format(
                                who=data.made_by or t["empty"],
                                date=date_text(data.made_on, lang))), st["hint_left"])])]
    decorations = Decorations(t["confidential"], t["page"], running_head=data.pupil_name,
                              first_page_head=False)
    return build_pdf(story, decorations, title=f"{t['plan']}: {data.pupil_name}",
                     author=data.school_name, lang=lang, created=data.made_on)


@serialised
def render_notice(data: NoticeData) -> bytes:
    """The notice to the parents, on one page."""
    t, st, lang = TEXTS[data.language], styles(), data.language
    names = f", {', '.join(data.guardians)}" if data.guardians else ""
    story = [Paragraph(escape(data.school_name), st["school"])]
    if data.school_address:
        story.append(Paragraph(escape(data.school_address), st["school_line"]))
    story += [Paragraph(escape(t["notice"]), st["title"]), Spacer(1, 3 * mm),
              Paragraph(escape(t["dear"].format(names=names)), st["body"]),
              Paragraph(escape(t["notice_text"].format(
                  decision=data.decision, pupil=data.pupil_name, class_name=data.class_name,
                  date=date_text(data.started_on, lang), law=LAW[lang])), st["body"]),
              Paragraph(escape(t["notice_grounds"].format(grounds="; ".join(data.grounds))),
                        st["body"]),
              Paragraph(escape(t["notice_responsible"].format(name=data.responsible)),
                        st["body"]),
              Paragraph(escape(t["notice_period"].format(days=data.review_days)), st["body"]),
              Spacer(1, 10 * mm), _sign(t["director"], data.director, t, st),
              Spacer(1, 6 * mm), _sign(t["psychologist"], data.psychologist, t, st),
              Spacer(1, 12 * mm), Paragraph(escape(t["acquainted"]), st["body"]),
              Spacer(1, 3 * mm),
              Paragraph(escape(date_text(data.made_on, lang)), st["hint_left"])]
    decorations = Decorations(t["confidential"], t["page"])
    return build_pdf(story, decorations, title=f"{t['notice']}: {data.pupil_name}",
                     author=data.school_name, lang=lang, created=data.made_on)
