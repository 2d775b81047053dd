"""The fixed texts of the printed documents, in Kazakh and in Russian.

Not Qt translations: a document is written in the language chosen for it (the referral's
`language`), whatever language the interface is in, and must read the same on every
computer. Dates are written the official numeric way, «21.11.2026», in both languages (the
form both Kazakh and Russian office work use in letters and forms).

Laws and orders named here are only the two in the domain notes: Order No. 377 of 25.08.2022
(the school psychological service: written parental consent) and Law No. 94-V of 21.05.2013
(personal data).
"""

from datetime import date

from ..models.enums import ConsentHow, GuardianRelation, LetterLanguage

LANGUAGES = tuple(x.value for x in LetterLanguage)

# One dictionary per language; every key is in both (tests check it).
TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        # Every page.
        "confidential": "Конфиденциально: содержит персональные данные несовершеннолетнего",
        "draft_mark": "ПРОЕКТ",
        "draft_note": "Проект: не отправлен, номер и дата не присвоены",
        "page": "{page} / {pages}",
        "phone": "тел. {phone}",
        # The referral letter.
        "letter_title": "Направление",
        "amended_title": "Направление (с изменениями)",
        "amends": "к исх. № {number} от {date}",
        "number": "Исх. № {number} от {date}",
        "number_blank": "Исх. № ____________ от ______________",
        "to_head": "Руководителю",
        "urgent": "СРОЧНО",
        "intro": "Направляем обучающегося для рассмотрения и оказания помощи в пределах "
                 "вашей компетенции.",
        "pupil_name": "ФИО обучающегося",
        "birth_date": "Дата рождения",
        "class": "Класс",
        "address": "Адрес проживания",
        "guardians": "Законные представители",
        "reason": "Причина направления",
        "summary": "Краткое описание ситуации",
        "measures": "Меры, принятые школой",
        "consent": "Согласие законного представителя: {details}.",
        "consent_blank": "Согласие законного представителя: "
                         "________________________________________",
        "no_consent": "Направление срочное, без согласия законного представителя: {reason}",
        "consent_not_required_juvenile_police": "Согласие законного представителя для "
                                                "сообщения инспектору по делам "
                                                "несовершеннолетних не требуется.",
        "consent_not_required_kdn": "Согласие законного представителя для сообщения в "
                                    "Комиссию по делам несовершеннолетних и защите их прав "
                                    "не требуется.",
        "amendments": "Дополнения и изменения",
        "psychologist": "Педагог-психолог",
        "director": "Директор школы",
        "stamp": "М.П.",
        "signature": "(подпись)",
        "full_name": "(ФИО)",
        "date_hint": "(дата)",
        "empty": "—",
        # The consent form.
        "consent_title": "Информированное согласие законного представителя "
                         "на психолого-педагогическое сопровождение обучающегося",
        "guardian_name": "Законный представитель (ФИО)",
        "guardian_phone": "Контактный телефон",
        "form_pupil": "Обучающийся (ФИО)",
        "form_consent": "Я, законный представитель указанного обучающегося, даю согласие на "
                        "его психолого-педагогическое сопровождение педагогом-психологом "
                        "школы в соответствии с правилами деятельности психологической "
                        "службы в организациях среднего образования "
                        "(приказ № 377 от 25.08.2022).",
        "form_includes": "Психолого-педагогическое сопровождение включает:",
        "form_work": "психологическую диагностику (наблюдение, беседы, тесты и опросники)\n"
                     "индивидуальные и групповые консультации\n"
                     "коррекционно-развивающие занятия\n"
                     "тренинги и профилактические занятия",
        "form_informed": "Мне разъяснено, что:",
        "form_rights": "участие добровольное; я вправе в любой момент отозвать согласие, "
                       "подав письменное заявление педагогу-психологу или директору школы; "
                       "отзыв согласия не влияет на обучение ребёнка\n"
                       "результаты диагностики и содержание бесед конфиденциальны: они "
                       "сообщаются мне, а педагогам при необходимости только в виде "
                       "рекомендаций, без раскрытия содержания бесед; исключение составляют "
                       "угроза жизни или здоровью ребёнка или других людей и случаи, "
                       "предусмотренные законом\n"
                       "я вправе знакомиться с результатами и получать по ним консультацию",
        "form_personal_data": "В соответствии с Законом Республики Казахстан от 21 мая 2013 "
                              "года № 94-V «О персональных данных и их защите» даю согласие "
                              "на сбор и обработку персональных данных моего ребёнка и моих "
                              "(ФИО, дата рождения, класс, контактные данные, результаты "
                              "психологической работы) в целях психолого-педагогического "
                              "сопровождения. Данные хранятся в школе, на территории "
                              "Республики Казахстан, и не передаются третьим лицам без моего "
                              "согласия, кроме случаев, предусмотренных законом.",
        "form_term": "Согласие действует в течение всего времени обучения ребёнка в школе или "
                     "до его письменного отзыва.",
        "form_guardian_sign": "Законный представитель",
    },
    "kk": {
        "confidential": "Құпия: кәмелетке толмағанның дербес деректері бар",
        "draft_mark": "ЖОБА",
        "draft_note": "Жоба: жіберілмеген, нөмірі мен күні берілмеген",
        "page": "{page} / {pages}",
        "phone": "тел. {phone}",
        "letter_title": "Жолдама",
        "amended_title": "Жолдама (өзгерістермен)",
        "amends": "{date} № {number} шығыс хатқа қосымша",
        "number": "Шығ. № {number}, {date}",
        "number_blank": "Шығ. № ____________, ______________",
        "to_head": "басшысына",
        "urgent": "ШҰҒЫЛ",
        "intro": "Білім алушыны өз құзыретіңіз шегінде қарау және көмек көрсету үшін "
                 "жолдаймыз.",
        "pupil_name": "Білім алушының аты-жөні",
        "birth_date": "Туған күні",
        "class": "Сынып",
        "address": "Тұрғылықты мекенжайы",
        "guardians": "Заңды өкілдері",
        "reason": "Жолдау себебі",
        "summary": "Жағдайдың қысқаша сипаттамасы",
        "measures": "Мектеп қабылдаған шаралар",
        "consent": "Заңды өкілдің келісімі: {details}.",
        "consent_blank": "Заңды өкілдің келісімі: "
                         "________________________________________",
        "no_consent": "Жолдама шұғыл, заңды өкілдің келісімінсіз: {reason}",
        "consent_not_required_juvenile_police": "Кәмелетке толмағандардың істері жөніндегі "
                                                "инспекторға хабарлау үшін заңды өкілдің "
                                                "келісімі талап етілмейді.",
        "consent_not_required_kdn": "Кәмелетке толмағандардың істері және олардың "
                                    "құқықтарын қорғау жөніндегі комиссияға хабарлау үшін "
                                    "заңды өкілдің келісімі талап етілмейді.",
        "amendments": "Толықтырулар мен өзгерістер",
        "psychologist": "Педагог-психолог",
        "director": "Мектеп директоры",
        "stamp": "М.О.",
        "signature": "(қолы)",
        "full_name": "(аты-жөні)",
        "date_hint": "(күні)",
        "empty": "—",
        "consent_title": "Білім алушыны психологиялық-педагогикалық сүйемелдеуге заңды "
                         "өкілдің ақпараттандырылған келісімі",
        "guardian_name": "Заңды өкіл (аты-жөні)",
        "guardian_phone": "Байланыс телефоны",
        "form_pupil": "Білім алушы (аты-жөні)",
        "form_consent": "Мен, аталған білім алушының заңды өкілі, мектеп педагог-психологының "
                        "оны психологиялық-педагогикалық сүйемелдеуіне келісім беремін. Жұмыс "
                        "орта білім беру ұйымдарындағы психологиялық қызметтің "
                        "қызмет қағидаларына (2022 жылғы 25 тамыздағы № 377 бұйрық) сәйкес "
                        "жүргізіледі.",
        "form_includes": "Психологиялық-педагогикалық сүйемелдеу мыналарды қамтиды:",
        "form_work": "психологиялық диагностика (бақылау, әңгімелесу, тестілер мен "
                     "сауалнамалар)\n"
                     "жеке және топтық кеңестер\n"
                     "түзету-дамыту сабақтары\n"
                     "тренингтер мен профилактикалық сабақтар",
        "form_informed": "Маған мыналар түсіндірілді:",
        "form_rights": "қатысу ерікті; мен келісімді кез келген уақытта педагог-психологқа "
                       "немесе мектеп директорына жазбаша өтініш беріп кері қайтарып ала "
                       "аламын; келісімді кері қайтару баланың оқуына әсер етпейді\n"
                       "диагностика нәтижелері мен әңгімелердің мазмұны құпия: олар маған "
                       "хабарланады, ал педагогтерге қажет болғанда әңгімелердің мазмұнын "
                       "ашпай, тек ұсынымдар түрінде беріледі; баланың немесе басқа "
                       "адамдардың өміріне не денсаулығына қауіп төнген жағдайлар мен заңда "
                       "көзделген жағдайлар бұған жатпайды\n"
                       "мен нәтижелермен танысуға және олар бойынша кеңес алуға құқылымын",
        "form_personal_data": "«Дербес деректер және оларды қорғау туралы» Қазақстан "
                              "Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңына сәйкес "
                              "баламның және өзімнің дербес деректерімді (аты-жөні, туған "
                              "күні, сыныбы, байланыс деректері, психологиялық жұмыстың "
                              "нәтижелері) психологиялық-педагогикалық сүйемелдеу мақсатында "
                              "жинауға және өңдеуге келісім беремін. Деректер мектепте, "
                              "Қазақстан Республикасының аумағында сақталады және заңда "
                              "көзделген жағдайлардан басқа кезде менің келісімімсіз үшінші "
                              "тұлғаларға берілмейді.",
        "form_term": "Келісім баланың мектепте оқитын бүкіл кезеңінде немесе жазбаша кері "
                     "қайтарылғанға дейін жарамды.",
        "form_guardian_sign": "Заңды өкіл",
    },
}

RELATIONS = {
    "ru": {GuardianRelation.MOTHER: "мать", GuardianRelation.FATHER: "отец",
           GuardianRelation.GRANDMOTHER: "бабушка", GuardianRelation.GRANDFATHER: "дедушка",
           GuardianRelation.GUARDIAN: "опекун", GuardianRelation.OTHER: "законный представитель"},
    "kk": {GuardianRelation.MOTHER: "анасы", GuardianRelation.FATHER: "әкесі",
           GuardianRelation.GRANDMOTHER: "әжесі", GuardianRelation.GRANDFATHER: "атасы",
           GuardianRelation.GUARDIAN: "қамқоршысы", GuardianRelation.OTHER: "заңды өкілі"},
}

CONSENT_HOW = {
    "ru": {ConsentHow.WRITTEN: "письменное", ConsentHow.ORAL: "устное"},
    "kk": {ConsentHow.WRITTEN: "жазбаша", ConsentHow.ORAL: "ауызша"},
}


def texts(language: str) -> dict[str, str]:
    """The fixed texts of a document in `language` ("kk" or "ru")."""
    try:
        return TEXTS[language]
    except KeyError:
        raise ValueError(f"no document wording for language {language!r}") from None


def date_text(value: date | None, language: str) -> str:
    """A date the official numeric way, «21.11.2026»; "" for no date."""
    texts(language)  # the same in both languages today; an unknown one is still an error
    return value.strftime("%d.%m.%Y") if value else ""


def relation_word(code: str, language: str) -> str:
    """A GuardianRelation code in words ("mother" → «мать» / «анасы»); an unknown code (a
    letter stored by a later version) as the generic word."""
    texts(language)
    words = RELATIONS[language]
    try:
        return words[GuardianRelation(code)]
    except ValueError:
        return words[GuardianRelation.OTHER]


def consent_how_word(code: str, language: str) -> str:
    """A ConsentHow code in words ("written" → «письменное» / «жазбаша»); "" if unknown."""
    texts(language)
    words = CONSENT_HOW[language]
    try:
        return words[ConsentHow(code)]
    except ValueError:
        return ""
