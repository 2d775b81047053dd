"""The README's pictures of the printed documents: a referral letter in Kazakh and in Russian
(each with a summary long enough for two pages) and the parental consent form, rendered by
desktop/documents and turned into PNG with poppler's `pdftoppm -r 80 -png`.

    .venv/bin/python tools/document_samples.py            # writes docs/*.png
    .venv/bin/python tools/document_samples.py --pdf DIR  # also keeps the PDFs in DIR

Everything here is invented: the school, the pupil, the people, the addresses (plainly fake:
«ул. Примерная, 1»). bench/pdf_bench.py renders the same letters.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.models.referral import ConsentFormData, LetterGuardian, ReferralLetter  # noqa: E402

SCHOOL = {
    "kk": dict(school_name="«№ 999 жалпы білім беретін мектеп» КММ (үлгі)",
               school_address="Алматы қ., Үлгі көшесі, 1", director="Серікова Айгүл Маратқызы",
               psychologist="Жұмабаева Мөлдір Қайратқызы"),
    "ru": dict(school_name="КГУ «Общеобразовательная школа № 999» (пример)",
               school_address="г. Алматы, ул. Примерная, 1", director="Серикова Айгуль Маратовна",
               psychologist="Жумабаева Молдир Кайратовна"),
}
ADDRESSEE = {
    "kk": dict(addressee="Алматы қаласы Алатау ауданының психологиялық қолдау орталығы",
               addressee_head="А. Б. Ахметоваға", addressee_address="Алматы қ., Үлгі көшесі, 2"),
    "ru": dict(addressee="Центр психологической поддержки Алатауского района города Алматы",
               addressee_head="Ахметовой А. Б.", addressee_address="г. Алматы, ул. Примерная, 2"),
}
PUPIL = {
    "kk": dict(pupil_address="Алматы қ., Үлгі көшесі, 5, 12-пәтер"),
    "ru": dict(pupil_address="г. Алматы, ул. Примерная, 5, кв. 12"),
}
GUARDIANS = (LetterGuardian("Әлібекова Гүлжан Серікқызы", "mother", "+7 700 000 00 01"),
             LetterGuardian("Әлібеков Қуаныш Маратұлы", "father", "+7 700 000 00 02"))

TEXT = {
    "kk": dict(
        reason="Сыныптастары тарапынан жүйелі буллинг (екі реттен артық), оқушының "
               "эмоционалдық жағдайының нашарлауы, мектепке барудан бас тарту.",
        paragraphs=[
            "Нұрғали 2025 жылдың қыркүйегінен бастап 7Ә сыныбында оқиды. Сынып жетекшісінің "
            "айтуынша, алғашқы тоқсанда ол белсенді, сабаққа жақсы дайындалатын, "
            "сыныптастарымен тіл табыса білетін оқушы болған.",
            "Қараша айынан бастап сынып жетекшісі мен пән мұғалімдері оның тұйықталып "
            "қалғанын байқады: үзілістерде жалғыз жүреді, асханаға бармайды, сабақта сөйлеуден "
            "бас тартады. Анасы баласының мектепке барғысы келмейтінін, түнде нашар "
            "ұйықтайтынын айтып, мектепке өтініш білдірді.",
            "Педагог-психолог оқушымен үш рет жеке кеңес өткізді. Әңгіме барысында оқушы екі "
            "сыныптасы оны бірнеше апта бойы мазақ етіп, әлеуметтік желідегі сынып чатында оның "
            "суреттерін келеке ететін жазбалармен таратқанын айтты. Оқиғалар мектеп "
            "журналында 10.11.2026, 14.11.2026 және 18.11.2026 күндері тіркелген.",
            "Диагностика нәтижелері (мазасыздық шкаласы, өзін-өзі бағалау әдістемесі) "
            "мазасыздықтың жоғары деңгейін және өзін-өзі бағалаудың төмендегенін көрсетті. "
            "Өзіне зиян келтіру белгілері анықталған жоқ, алайда оқушының көңіл-күйі "
            "тұрақсыз, ол болашаққа қатысты үмітсіздік сөздерін айтады.",
            "Мектептің буллингке қарсы тобы ДосболLIKE бағдарламасы бойынша жағдайды талдап, "
            "көмек жоспарын құрды. Агрессия көрсеткен оқушылардың ата-аналарымен кездесулер "
            "өтті, сынып сағаттары ұйымдастырылды. Дегенмен жағдай толық шешілген жоқ, "
            "оқушыға мамандандырылған ұзақ мерзімді психологиялық көмек қажет.",
            "Оқушыға жеке психологиялық кеңес пен психотерапиялық қолдау көрсетуді, сондай-ақ "
            "отбасымен жұмыс жүргізуді сұраймыз. Мектеп педагог-психологы орталық "
            "мамандарымен бірлесіп жұмыс істеуге және қажетті ақпаратты беруге дайын. "
            "Орталықтың ұсынымдарын мектепте орындау жоспарланған.",
            "Қосымша ақпарат: оқушы спорт секциясына (волейбол) барады, жаттықтырушысымен "
            "жақсы қарым-қатынаста. Сыныптағы екі оқушымен достық қарым-қатынасты сақтап "
            "отыр, олар оны қолдайды. Бұл ресурстарды түзету жұмысында пайдалану ұсынылады.",
        ],
        measures="Үш жеке кеңес (12.11.2026, 16.11.2026, 19.11.2026); мазасыздық пен "
                 "өзін-өзі бағалау диагностикасы; ата-аналармен кездесу; 7Ә сыныбында "
                 "буллинг тақырыбына сынып сағаты; сынып жетекшісіне ұсынымдар.",
    ),
    "ru": dict(
        reason="Систематический буллинг со стороны одноклассников (более двух раз), "
               "ухудшение эмоционального состояния, отказ посещать школу.",
        paragraphs=[
            "Нұрғали обучается в 7Ә классе с сентября 2025 года. По словам классного "
            "руководителя, в первой четверти он был активным, хорошо готовился к урокам, "
            "легко находил общий язык с одноклассниками.",
            "С ноября классный руководитель и учителя-предметники заметили, что он замкнулся: "
            "на переменах держится один, не ходит в столовую, отказывается отвечать на уроках. "
            "Мать обратилась в школу и сообщила, что сын не хочет идти в школу и плохо спит по "
            "ночам.",
            "Педагогом-психологом проведены три индивидуальные консультации. В беседе "
            "обучающийся рассказал, что двое одноклассников несколько недель высмеивали его и "
            "распространяли в классном чате в социальной сети его фотографии с обидными "
            "подписями. Случаи зарегистрированы в журнале школы 10.11.2026, 14.11.2026 и "
            "18.11.2026.",
            "Результаты диагностики (шкала тревожности, методика самооценки) показали "
            "высокий уровень тревожности и сниженную самооценку. Признаков самоповреждения не "
            "выявлено, однако настроение обучающегося неустойчиво, он высказывает мысли о "
            "безнадёжности.",
            "Антибуллинговая команда школы разобрала ситуацию по программе ДосболLIKE и "
            "составила план помощи. Проведены встречи с родителями обучающихся, проявивших "
            "агрессию, организованы классные часы. Тем не менее ситуация полностью не "
            "разрешена, обучающемуся требуется специализированная длительная "
            "психологическая помощь.",
            "Просим оказать обучающемуся индивидуальную психологическую консультацию и "
            "психотерапевтическую поддержку, а также провести работу с семьёй. Педагог-"
            "психолог школы готов работать совместно со специалистами центра и предоставить "
            "необходимую информацию. Рекомендации центра будут выполняться в школе.",
            "Дополнительно: обучающийся посещает спортивную секцию (волейбол), у него хорошие "
            "отношения с тренером. Он сохраняет дружеские отношения с двумя одноклассниками, "
            "которые его поддерживают. Эти ресурсы рекомендуется использовать в "
            "коррекционной работе.",
        ],
        measures="Три индивидуальные консультации (12.11.2026, 16.11.2026, 19.11.2026); "
                 "диагностика тревожности и самооценки; встреча с родителями; классный час "
                 "о буллинге в 7Ә классе; рекомендации классному руководителю.",
    ),
}


def sample_letter(language: str, *, pages: int = 2, number: str = "15/2025-26",
                  urgent: bool = False) -> ReferralLetter:
    """An invented letter; `pages=1` keeps the summary short enough for one page."""
    text = TEXT[language]
    paras = text["paragraphs"] if pages > 1 else text["paragraphs"][:2]
    return ReferralLetter(
        language=language, **SCHOOL[language], school_phone="+7 700 000 00 00",
        **ADDRESSEE[language], pupil_name="Әлібеков Нұрғали Қуанышұлы",
        birth_date=date(2013, 3, 14), class_name="7Ә", **PUPIL[language], guardians=GUARDIANS,
        reason=text["reason"], summary="\n\n".join(paras), measures=text["measures"],
        urgent=urgent, consent_by=GUARDIANS[0].name, consent_date=date(2026, 11, 19),
        consent_how="written", number=number, letter_date=date(2026, 11, 21) if number else None)


def sample_consent(language: str, *, filled: bool = True) -> ConsentFormData:
    school = SCHOOL[language]
    pupil = dict(pupil_name="Әлібеков Нұрғали Қуанышұлы", class_name="7Ә",
                 birth_date=date(2013, 3, 14), guardian_name=GUARDIANS[0].name) if filled else {}
    return ConsentFormData(language=language, **school, **pupil)


def sample_summary():
    """An invented term summary (2nd quarter of 2025-2026) with plausible counts, figures of
    1-4 shown as «<5» and, where a column of a table with a total has one such mark, one
    more figure hidden as «×», as the counting service does."""
    import random

    from desktop.models.term_summary import (
        HEADLINE, HEADLINE_ROWS, HIDDEN, LESS_THAN_5, TABLES, Period, Row, Table, TermSummary,
    )

    rnd = random.Random(7)

    def mark(n):
        return LESS_THAN_5 if 1 <= n <= 4 else n

    def table(key, rows, adds_up):
        counts = [[rnd.choice((0, 2, 3, 5, 6, 7, 9, 11, 14, 18)) for _ in range(3)] for _ in rows]
        figures = [[mark(n) for n in row] for row in counts]
        for c in range(3):
            marked = [r for r in figures if r[c] is LESS_THAN_5]
            if adds_up and len(marked) == 1:
                hide = next((r for r in figures if isinstance(r[c], int)), None)
                if hide:
                    hide[c] = HIDDEN
        total = Row("total", tuple(sum(r[c] for r in counts) for c in range(3))) \
            if adds_up else None
        return Table(key, tuple(Row(k, tuple(f)) for k, f in zip(rows, figures)), total)

    headline_counts = (37, 64, 18, 12, 9, 3, 6, 4, 5, 14, 412, 8, 3, 2, 1)
    headline = Table(HEADLINE, tuple(
        Row(k, (mark(n), mark(max(n - 7 + i % 5, 0)), mark(max(n - 3 - i % 4, 0))))
        for i, (k, n) in enumerate(zip(HEADLINE_ROWS, headline_counts))))
    periods = (Period(date(2025, 11, 3), date(2025, 12, 28), "2025-2026", 2),
               Period(date(2025, 9, 1), date(2025, 10, 26), "2025-2026", 1),
               Period(date(2024, 11, 4), date(2024, 12, 29), "2024-2025", 2))
    tables = tuple(table(k, rows, adds_up) for k, (rows, adds_up) in TABLES.items())
    return TermSummary(periods, headline, tables, date(2025, 12, 29))


def sample_school(language: str):
    from desktop.models.school import SchoolRead

    return SchoolRead(name_kk=SCHOOL["kk"]["school_name"], name_ru=SCHOOL["ru"]["school_name"],
                      address=SCHOOL[language]["school_address"], phone="+7 700 000 00 00",
                      psychologist=SCHOOL[language]["psychologist"])


COUNCIL = {  # invented members: (name, position) in each language
    "kk": (("Серікова Айгүл Маратқызы", "директор, кеңес төрағасы"),
           ("Жұмабаева Мөлдір Қайратқызы", "педагог-психолог, кеңес хатшысы"),
           ("Тоқтаров Ерлан Асқарұлы", "директордың тәрбие ісі жөніндегі орынбасары"),
           ("Бекова Сәуле Нұрланқызы", "әлеуметтік педагог"),
           ("Ахметов Дәурен Серікұлы", "кәмелетке толмағандар істері жөніндегі инспектор")),
    "ru": (("Серикова Айгуль Маратовна", "директор, председатель совета"),
           ("Жумабаева Молдир Кайратовна", "педагог-психолог, секретарь совета"),
           ("Токтаров Ерлан Аскарович", "заместитель директора по воспитательной работе"),
           ("Бекова Сауле Нурлановна", "социальный педагог"),
           ("Ахметов Даурен Серикович", "инспектор по делам несовершеннолетних")),
}
COUNCIL_TEXT = {
    "kk": dict(
        heard1="Сынып жетекшісі Бекова С.Н.: қазан-қараша айларында оқушы сыныптастары "
               "тарапынан екі рет қорлауға ұшыраған, 11 сабаққа дәлелсіз себеппен қатыспаған.",
        decided1="Жауапты педагог бір апта ішінде ата-анасымен кездесіп, жоспарды келіссін.",
        heard2="Педагог-психолог Жұмабаева М.Қ.: 7Б сыныбының оқушысы бір ай бойы "
               "сүйемелдеуде, қақтығыстар қайталанбады, сабаққа тұрақты қатысады.",
        outcome2="Мінез-құлқы тұрақталды, жоспар толық орындалды.",
        item3="2026-2027 оқу жылының II тоқсанындағы алдын алу жұмысы туралы",
        heard3="Тоқтаров Е.А.: 14 алдын алу сабағы өткізілді, 386 оқушы қатысты.",
        decided3="Ақпарат назарға алынсын; «Жеке қауіпсіздік» сабақтары 5-сыныптарда жалғассын.",
        grounds=("Буллингке ұшырау", "Сабаққа дәлелсіз себеппен қатыспау"),
        measures=(("Ата-анасымен кездесу, жоспарды таныстыру", "Бекова С.Н."),
                  ("Жеке кеңестер, аптасына бір рет", "Жұмабаева М.Қ."),
                  ("Сынып сағаты: «Достық пен құрмет»", "Сынып жетекшісі"),
                  ("Сабаққа қатысуды күнделікті қадағалау", "Тоқтаров Е.А.")),
        reviews=(("better", "Сабаққа қатысуы жақсарды, 2 рет қана кешікті."),
                 ("same", "Сыныптастарымен қарым-қатынасы әлі де шиеленісті.")),
        guardians=("Әлібекова Гүлжан Серікқызы",)),
    "ru": dict(
        heard1="Классный руководитель Бекова С.Н.: в октябре-ноябре ученик дважды подвергся "
               "унижениям со стороны одноклассников, пропустил 11 уроков без уважительной "
               "причины.",
        decided1="Ответственному педагогу в течение недели встретиться с родителями и "
                 "согласовать план.",
        heard2="Педагог-психолог Жумабаева М.К.: ученица 7Б класса на сопровождении с сентября, "
               "конфликты не повторялись, посещает уроки регулярно.",
        outcome2="Поведение стабилизировалось, план выполнен полностью.",
        item3="О профилактической работе во II четверти 2026-2027 учебного года",
        heard3="Токтаров Е.А.: проведено 14 профилактических занятий, охвачено 386 учащихся.",
        decided3="Информацию принять к сведению; занятия «Личная безопасность» продолжить в "
                 "5-х классах.",
        grounds=("Пережитый буллинг", "Пропуски занятий без уважительной причины"),
        measures=(("Встреча с родителями, ознакомление с планом", "Бекова С.Н."),
                  ("Индивидуальные консультации, раз в неделю", "Жумабаева М.К."),
                  ("Классный час «Дружба и уважение»", "Классный руководитель"),
                  ("Ежедневный контроль посещаемости", "Токтаров Е.А.")),
        reviews=(("better", "Посещаемость улучшилась, опоздал только 2 раза."),
                 ("same", "Отношения с одноклассниками остаются напряжёнными.")),
        guardians=("Алибекова Гульжан Сериковна",)),
}


def sample_minutes(language: str):
    from desktop.models.council_documents import MinutesData, MinutesItem, Person

    t, people = COUNCIL_TEXT[language], [Person(*m) for m in COUNCIL[language]]
    pupil1 = "Әлібеков Нұрғали Қуанышұлы, 7Ә"
    pupil2 = "Құдайбергенова Әйгерім Ерланқызы, 7Б"
    return MinutesData(
        language=language, school_name=SCHOOL[language]["school_name"], number=3,
        school_year="2026-2027", held_on=date(2026, 11, 20), chair=people[0],
        secretary=people[1], present=tuple(people),
        items=(MinutesItem(pupil1, t["heard1"], "start", t["decided1"], grounds=t["grounds"],
                           responsible=people[3].name),
               MinutesItem(pupil2, t["heard2"], "end", "", outcome=t["outcome2"]),
               MinutesItem(t["item3"], t["heard3"], "no_measure", t["decided3"])))


def sample_plan(language: str):
    from desktop.models.council_documents import PlanData, PlanMeasure, PlanReview

    t = COUNCIL_TEXT[language]
    decision = ("20.11.2026 № 3 хаттама" if language == "kk" else "протокол № 3 от 20.11.2026")
    measures = tuple(PlanMeasure(what, who, date(2026, 11, 27 + n) if n < 3 else date(2026, 12, 25),
                                 date(2026, 11, 26) if n == 0 else None)
                     for n, (what, who) in enumerate(t["measures"]))
    reviews = (PlanReview(date(2026, 12, 18), *t["reviews"][0]),
               PlanReview(date(2027, 1, 17), *t["reviews"][1]))
    return PlanData(
        language=language, school_name=SCHOOL[language]["school_name"],
        pupil_name="Әлібеков Нұрғали Қуанышұлы", birth_date=date(2013, 5, 14), class_name="7Ә",
        grounds=t["grounds"], started_on=date(2026, 11, 20), decision=decision,
        responsible=COUNCIL[language][3][0], parents_informed_on=date(2026, 11, 23),
        parents_informed_how="letter", review_days=30, measures=measures, reviews=reviews,
        ended_on=None, outcome="", made_by=SCHOOL[language]["psychologist"],
        made_on=date(2027, 1, 18))


def sample_notice(language: str):
    from desktop.models.council_documents import NoticeData

    t = COUNCIL_TEXT[language]
    return NoticeData(
        language=language, school_name=SCHOOL[language]["school_name"],
        school_address=SCHOOL[language]["school_address"], director=SCHOOL[language]["director"],
        psychologist=SCHOOL[language]["psychologist"], pupil_name="Әлібеков Нұрғали Қуанышұлы",
        class_name="7Ә", guardians=t["guardians"], started_on=date(2026, 11, 20),
        decision=("20.11.2026 № 3 хаттама" if language == "kk" else "протокол № 3 от 20.11.2026"),
        grounds=t["grounds"], responsible=COUNCIL[language][3][0], review_days=30,
        made_on=date(2026, 11, 23))


def main(argv: list[str] | None = None) -> int:
    from desktop.documents import render_consent_form, render_referral
    from desktop.documents.council_papers import render_minutes, render_notice, render_plan
    from desktop.documents.term_report import render_term_report

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", type=Path, help="also keep the PDFs in this folder")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where the PNGs go")
    parser.add_argument("--only", default="", metavar="PREFIX",
                        help="only the documents whose name starts so, e.g. council")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: apt-get install poppler-utils")
        return 2
    documents = {}
    for lang in ("kk", "ru"):
        documents[f"referral-letter-{lang}"] = (render_referral(sample_letter(lang)), None)
        documents[f"consent-form-{lang}"] = (render_consent_form(sample_consent(lang)), 1)
        documents[f"term-report-{lang}"] = (render_term_report(
            sample_summary(), sample_school(lang), lang, SCHOOL[lang]["psychologist"],
            date(2025, 12, 29)), None)
        documents[f"council-minutes-{lang}"] = (render_minutes(sample_minutes(lang)), None)
        documents[f"council-plan-{lang}"] = (render_plan(sample_plan(lang)), None)
        documents[f"council-notice-{lang}"] = (render_notice(sample_notice(lang)), 1)
    documents = {k: v for k, v in documents.items() if k.startswith(args.only)}
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pdf, last) in documents.items():
            source = Path(tmp) / f"{name}.pdf"
            source.write_bytes(pdf)
            if args.pdf:
                args.pdf.mkdir(parents=True, exist_ok=True)
                (args.pdf / source.name).write_bytes(pdf)
            pages = ["-l", str(last)] if last else []
            prefix = Path(tmp) / name
            subprocess.run(["pdftoppm", "-r", "80", "-png", *pages, str(source), str(prefix)],
                           check=True)
            made = sorted(Path(tmp).glob(f"{name}-*.png"))
            for i, png in enumerate(made, start=1):
                target = args.out / (f"{name}.png" if last == 1 else f"{name}-{i}.png")
                shutil.copyfile(png, target)
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
