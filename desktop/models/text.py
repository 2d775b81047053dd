"""Text as people type it: one folding for search, Latin look-alikes mended in names and
classes, and sorting in the order of the Kazakh alphabet.

search_form() is the ONE folding of text for search: the stored keys (a pupil's name, a
preventive activity's topic) and the words typed in every search box go through it, so
«асем», «АСЕМ» and «Әсем» are one word. It folds, character by character:
- NFC first (й and ё pasted from a PDF as и + U+0306, е + U+0308 are one letter), then case;
- Latin letters that look like Cyrillic ones (a c e o p x y, A B C E H I K M O P T X Y)
  become those Cyrillic letters, so «Aсем» typed with a Latin A matches «Асем»;
- each Kazakh letter becomes the letter a Russian keyboard types in its place
  (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и), and ё→е;
- apostrophes of every shape (' ’ ‘ ʼ ` ´) are dropped, so O’Brien, O'Brien and OBrien
  match: people type whichever their keyboard has, or none;
- runs of spaces become one.
Context-free on purpose: a key and a query fold the same character the same way, so a part
of a word typed in the box still matches the stored key. A search key is never shown.

mend_lookalikes() is for what is SAVED (names on entry and import, migration 0012): in a
word that has at least one Cyrillic letter, the Latin look-alikes become Cyrillic, keeping
their case. A word with no Cyrillic letter («John», «LIKE») is left as typed.
"""

import re
import unicodedata

# The Kazakh Cyrillic alphabet, which also orders every Russian letter; Latin comes after.
KAZAKH_ALPHABET = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
# Each letter (either case) becomes a character whose code follows the alphabet, so plain
# string comparison of the keys sorts 7А, 7Ә, 7Б and Әлібек before Бекзат. str.translate is
# C-fast: 2,000 names sort in about a millisecond.
_ORDER = {}
for _i, _letter in enumerate(KAZAKH_ALPHABET):
    _ORDER[ord(_letter)] = _ORDER[ord(_letter.lower())] = chr(0x4E00 + _i)

# Latin letters that look the same as a Cyrillic one (after Unicode's confusables.txt;
# only letters of the Kazakh and Russian alphabets). H is Н, but h is һ; Y is Ү, y is у.
LOOKALIKES = {
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
    "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "Ү",
    "a": "а", "c": "с", "e": "е", "h": "һ", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
}
_LOOKALIKE_TABLE = str.maketrans(LOOKALIKES)
# Kazakh letters and ё as the Russian keyboard types them (lower case: applied after casefold).
_RUSSIAN_KEYBOARD = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                     "һ": "х", "і": "и", "ё": "е"}
APOSTROPHES = "'’‘ʼ`´ʻ"
# After casefold: Latin look-alikes (either case, so «JOHN» and «John» fold alike: H and h
# both become н here, B and b both в) to Cyrillic, then Kazakh letters to their Russian
# stand-ins, apostrophes dropped.
_FOLD = {**{k: _RUSSIAN_KEYBOARD.get(v, v) for k, v in {
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "и", "k": "к", "m": "м", "o": "о",
    "p": "р", "t": "т", "x": "х", "y": "у"}.items()},
    **_RUSSIAN_KEYBOARD, **{a: None for a in APOSTROPHES}}
_FOLD_TABLE = str.maketrans(_FOLD)
_NO_APOSTROPHES = str.maketrans({a: None for a in APOSTROPHES})
_WORD = re.compile(r"[^\W\d_]+")


def collation_key(text: str) -> str:
    return (text or "").translate(_ORDER)


def nfc(text: str | None) -> str:
    """One code point per letter: й typed as и + U+0306 (a PDF's copy) becomes й."""
    return unicodedata.normalize("NFC", text or "")


def search_form(text: str) -> str:
    """The one folding for search: stored keys and typed queries (see the module's text)."""
    return " ".join(nfc(text).casefold().translate(_FOLD_TABLE).split())


def identity_form(text: str) -> str:
    """Two spellings of the SAME name, for telling whether a row of an imported list is a
    pupil already in the journal: like search_form, but Kazakh letters stay distinct from
    their Russian stand-ins (Асем and Әсем born the same day may be two girls; a search
    shows both, an import must not merge them)."""
    return " ".join(mend_lookalikes(text).casefold().replace("ё", "е")
                    .translate(_NO_APOSTROPHES).split())


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def mend_lookalikes(text: str | None) -> str:
    """Latin look-alike letters turned Cyrillic in each word that has a Cyrillic letter:
    «Aсем» (Latin A) → «Асем»; «John» stays. NFC first."""
    text = nfc(text)
    if not any(ch in LOOKALIKES for ch in text):
        return text
    return _WORD.sub(lambda m: m.group().translate(_LOOKALIKE_TABLE)
                     if any(is_cyrillic(ch) for ch in m.group()) else m.group(), text)


def user_key(name: str) -> str:
    """A user name as stored and compared: NFC (Ә typed either way is one letter), any case."""
    return nfc((name or "").strip()).casefold()


def full_name(surname: str, given_name: str, patronymic: str | None = None) -> str:
    """The parts given, in order, each once, with one space between."""
    # The usual case joined inline: lists name thousands of pupils at a time.
    if surname and given_name:
        return f"{surname} {given_name} {patronymic}" if patronymic else f"{surname} {given_name}"
    return " ".join(p for p in (surname, given_name, patronymic) if p)
