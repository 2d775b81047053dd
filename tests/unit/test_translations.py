"""Russian and Kazakh users must never meet an English string or a broken placeholder."""

import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = {lang: ROOT / "resources" / "translations" / f"senim_{lang}.ts" for lang in ("ru", "kk")}
KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def messages(path: Path):
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.find("name").text, msg.find("source").text, msg.find("translation")


def texts(translation) -> list[str]:
    """A plural message keeps its forms in <numerusform>; others in the element itself."""
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("lang", TS)
def test_every_string_is_translated(lang):
    unfinished = [(c, s) for c, s, t in messages(TS[lang])
                  if t.get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(x.strip() for x in texts(t))]
    assert unfinished == []


@pytest.mark.parametrize("lang", TS)
def test_placeholders_survive_translation(lang):
    broken = []
    for ctx, src, tr in messages(TS[lang]):
        for text in texts(tr):
            for pattern in (r"\{\w+\}", r"%\d", r"%n"):
                if sorted(re.findall(pattern, src)) != sorted(re.findall(pattern, text)):
                    broken.append((ctx, src, text))
    assert broken == []


def test_kazakh_translation_uses_kazakh_letters():
    kazakh = "".join(x for _c, _s, t in messages(TS["kk"]) for x in texts(t))
    assert KAZAKH_ONLY & set(kazakh), "the Kazakh file reads like Russian"


def test_ts_files_hold_every_string_in_the_sources(tmp_path):
    """A string added to the code without `make lupdate` would show in English."""
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True)
    wanted = {(c, s) for c, s, _t in messages(fresh)}
    for lang, path in TS.items():
        have = {(c, s) for c, s, _t in messages(path)}
        assert wanted - have == set(), f"senim_{lang}.ts is missing strings: run make lupdate"


# --- one word for one thing (resources/translations/glossary.tsv) -------------------------------

GLOSSARY = ROOT / "resources" / "translations" / "glossary.tsv"


def _alternatives(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _stems(cell: str) -> list[str]:
    return [s.strip().lower() for s in cell.split(",") if s.strip()]


def load_glossary(path: Path = GLOSSARY) -> dict[str, dict[str, str]]:
    """The glossary by its first English spelling. Columns: english (alternatives joined by
    "|"), russian, kazakh, ru_stems, kk_stems (what every translation of the term contains),
    never (other terms whose words must not stand in for this one), skip_sources (a regex
    of English texts where the word has another sense), notes."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {_alternatives(r["english"])[0]: r for r in rows}


def _english(term_row: dict[str, str]) -> re.Pattern:
    """The English term as a word (or words, joined by a space or a hyphen), with a plural
    "s"/"es", case-insensitive."""
    parts = [re.escape(a).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") + "(?:s|es)?"
             for a in _alternatives(term_row["english"])]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


def glossary_problems(pairs, lang: str, glossary=None) -> list[tuple[str, str, str, str]]:
    """(term, problem, English, translation) for each pair whose translation names a
    glossary term otherwise than the glossary does: it lacks the term's word (every stem
    is missing), or it uses the word of a term the glossary says is another thing (and
    the English does not name that other thing too). "&" accelerators and {placeholders}
    are left out before comparing."""
    glossary = glossary or load_glossary()
    english = {key: _english(row) for key, row in glossary.items()}
    problems = []
    for source, translation in pairs:
        src = re.sub(r"\{\w+\}", "", source.replace("&", ""))
        text = translation.replace("&", "").lower()
        for key, row in glossary.items():
            if not english[key].search(src):
                continue
            if row["skip_sources"] and re.search(row["skip_sources"], src, re.I):
                continue
            if not any(stem in text for stem in _stems(row[f"{lang}_stems"])):
                problems.append((key, "missing", source, translation))
            for other in _alternatives(row["never"]):
                if english[other].search(src):
                    continue  # the English names both: both words belong
                if any(stem in text for stem in _stems(glossary[other][f"{lang}_stems"])):
                    problems.append((key, f"the word for {other}", source, translation))
    return problems


def test_the_glossary_is_well_formed():
    glossary = load_glossary()
    assert {"incident", "case", "observation", "follow-up", "preventive activity", "break",
            "public holiday", "day off", "term summary"} <= glossary.keys()
    for key, row in glossary.items():
        assert row["russian"] and row["kazakh"] and row["notes"], key
        assert _stems(row["ru_stems"]) and _stems(row["kk_stems"]), key
        assert all(other in glossary for other in _alternatives(row["never"])), key
        if row["skip_sources"]:
            re.compile(row["skip_sources"])


@pytest.mark.parametrize("lang", TS)
def test_every_glossary_term_is_translated_one_way(lang):
    pairs = [(s, " ".join(texts(t))) for _c, s, t in messages(TS[lang])]
    assert glossary_problems(pairs, lang) == []


BAD_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Test</name>
    <message>
        <source>New &amp;incident…</source>
        <translation>Жаңа &amp;жағдай…</translation>
    </message>
    <message>
        <source>Follow-ups ({count} overdue)</source>
        <translation>Іс-шаралар (мерзімі өткен: {count})</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Демалыстар</translation>
    </message>
    <message>
        <source>Start a bullying case from this incident</source>
        <translation>Осы оқиға бойынша буллинг жағдайын бастау</translation>
    </message>
    <message>
        <source>In case of doubt, ask</source>
        <translation>Күмән болса, сұраңыз</translation>
    </message>
</context>
</TS>
"""


def test_the_glossary_check_catches_a_word_used_for_another_thing(tmp_path):
    bad = tmp_path / "bad_kk.ts"
    bad.write_text(BAD_TS, encoding="utf-8")
    pairs = [(s, " ".join(texts(t))) for _c, s, t in messages(bad)]
    found = {(term, problem, source) for term, problem, source, _t in
             glossary_problems(pairs, "kk")}
    assert found == {
        ("incident", "missing", "New &incident…"),
        ("incident", "the word for case", "New &incident…"),
        ("follow-up", "missing", "Follow-ups ({count} overdue)"),
        ("follow-up", "the word for preventive activity", "Follow-ups ({count} overdue)"),
        ("break", "missing", "&Breaks"),
        ("break", "the word for day off", "&Breaks"),
    }  # the case begun from an incident names both; "in case of" is not a bullying case
    assert glossary_problems([("Follow-ups ({count} overdue)", "Мероприятия (просрочено: "
                               "{count})")], "ru")[0][:2] == ("follow-up", "missing")


def _document_pairs(lang: str):
    """(English, translation) of the term summary documents' texts (not Qt: the PDF, .xlsx
    and .csv are written in their own language, desktop/documents/summary_wording.py)."""
    from desktop.documents import summary_wording as w

    def walk(en, other):
        if isinstance(en, dict):
            for key, value in en.items():
                yield from walk(value, other[key])
        elif isinstance(en, tuple):
            yield from zip(en, other)
        else:
            yield en, other

    for table in (w.TEXTS, w.HEADS, w.TABLE_TITLES, w.CHART_TITLES, w.ROW_LABELS):
        yield from walk(table["en"], table[lang])


@pytest.mark.parametrize("lang", TS)
def test_the_summary_documents_use_the_glossary_words_too(lang):
    pairs = list(_document_pairs(lang))
    assert len(pairs) > 100
    assert glossary_problems(pairs, lang) == []
