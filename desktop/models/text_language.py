"""Which language a text is written in, Kazakh or Russian, and what on a letter is not in
the letter's language: one letter, one language, or a clear warning before it is printed.

The test is plain and says "don't know" rather than guess: Kazakh has letters Russian does
not (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and short words of its own (және, мен, үшін …); Russian has its
short words (и, в, на, что …) and letters Kazakh words rarely need (ё ъ э щ ц). A text
needs a few such words, and clearly more of one kind, to be called one language.
"""

from __future__ import annotations

import re

from .referral import ReferralLetter

_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_RU_LETTERS = set("ёъэщцЁЪЭЩЦ")
_KK_WORDS = {"және", "мен", "бен", "пен", "бір", "бар", "жоқ", "үшін", "деп", "осы", "бұл",
             "ол", "оның", "оны", "кейін", "кезде", "туралы", "бойынша", "арқылы", "екі",
             "сияқты", "емес", "керек", "болды", "болып", "жасады", "айтты", "сынып",
             "сыныптағы", "оқушы", "ата", "анасы"}
_RU_WORDS = {"и", "в", "на", "с", "со", "по", "не", "что", "был", "была", "были", "для",
             "от", "к", "из", "это", "его", "её", "ее", "он", "она", "они", "у", "о", "об",
             "при", "после", "как", "но", "или", "за", "до", "ученик", "ученица", "класса",
             "беседа", "родителями", "проведена", "проведено"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 2  # marked words needed to call a text one language


def text_language(text: str) -> str | None:
    """"kk", "ru", or None when the text is too short or mixed to tell."""
    kk = ru = 0
    for word in _WORD.findall(text or ""):
        low = word.lower()
        if _KK_LETTERS & set(word) or low in _KK_WORDS:
            kk += 1
        elif _RU_LETTERS & set(word) or low in _RU_WORDS:
            ru += 1
    if max(kk, ru) < MIN_WORDS:
        return None
    if kk >= 2 * ru + 1:
        return "kk"
    if ru >= 2 * kk + 1:
        return "ru"
    return None


# The letter's parts the school writes as free text, and the details it takes from the
# school profile and the directory, by the name a warning gives them.
FREE_TEXT = ("reason", "summary", "measures")


def letter_language_problems(letter: ReferralLetter) -> list[str]:
    """What on the letter is not in its language: each free text written in the other
    language ("reason", "summary", "measures", "amendments"), and each detail printed in
    the other language because the profile or the directory lacks it in this one
    (`letter.not_in_language`: "school_address", "director", "addressee_head",
    "addressee_address", "addressee")."""
    found = [name for name in FREE_TEXT
             if text_language(getattr(letter, name)) not in (None, letter.language)]
    if any(text_language(text) not in (None, letter.language)
           for _day, text in letter.amendments):
        found.append("amendments")
    return found + list(letter.not_in_language)
