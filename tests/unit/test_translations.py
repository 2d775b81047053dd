"""Russian and Kazakh users must never meet an English string or a broken placeholder."""

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
