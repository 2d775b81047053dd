"""Other children stay out of letters: in text composed from records for a letter about one
pupil, the names of other pupils (the aggressor's, a witness's, a classmate's) are replaced
by «another pupil» in the letter's language, and what was replaced is said.

A name is found by its stem at the start of a capitalised word, so its case endings go too
(«Ерасылды», «Жұмабековке»); a run of such words («Жұмабеков Ерасыл») becomes one phrase.
Stems shorter than three letters are not looked for, nor those of the referred pupil's own
name (a classmate may share her given name: her own stays).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ANOTHER_PUPIL = {"kk": "басқа оқушы", "ru": "другой ученик", "en": "another pupil"}
MIN_STEM = 3
_TOKEN = re.compile(r"(\w+)", re.UNICODE)


@dataclass(frozen=True)
class Replaced:
    text: str
    names: tuple[str, ...]  # the words replaced, in order of first appearance


def _stems(names: Iterable[tuple[str, str, str]]) -> set[str]:
    stems = set()
    for parts in names:
        for part in parts:
            for word in (part or "").split():
                word = word.strip("-'")
                if len(word) >= MIN_STEM:
                    stems.add(word)
    return stems


def replace_other_pupils(text: str, others: Iterable[tuple[str, str, str]],
                         own: tuple[str, str, str], language: str) -> Replaced:
    """`text` with the names of `others` ((surname, given name, patronymic) each) replaced
    by «another pupil»; `own` is the referred pupil's, never replaced."""
    keep = _stems([own])
    stems = sorted(_stems(others) - keep, key=len, reverse=True)
    if not text or not stems:
        return Replaced(text, ())
    pattern = re.compile(r"^(?:" + "|".join(re.escape(s) for s in stems) + r")\w*$")
    phrase = ANOTHER_PUPIL.get(language, ANOTHER_PUPIL["ru"])
    pieces = _TOKEN.split(text)  # words at odd places, what lies between at even ones
    found: list[str] = []
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if i % 2 == 1 and piece[:1].isupper() and pattern.match(piece) \
                and not any(piece.startswith(k) for k in keep):
            run = [piece]
            j = i
            # the next word too, when only spaces lie between and it is a name as well
            while (j + 2 < len(pieces) and pieces[j + 1].strip() == ""
                   and pieces[j + 2][:1].isupper() and pattern.match(pieces[j + 2])):
                j += 2
                run.append(pieces[j])
            name = " ".join(run)
            if name not in found:
                found.append(name)
            before = "".join(out).rstrip()
            starts = not before or before[-1] in ".!?\n"
            out.append(phrase[:1].upper() + phrase[1:] if starts else phrase)
            i = j + 1
            continue
        out.append(piece)
        i += 1
    return Replaced("".join(out), tuple(found))
