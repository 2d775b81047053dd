"""Strategies and the one property of the bad-input tests (test_property_inputs*.py).

Each strategy mixes values a form could really hand over with hostile ones: arbitrary
unicode (control characters, NUL, RTL marks; Python strs without lone surrogates, which no
widget produces), whitespace only, very long text, None, far dates (date.min / date.max),
negative and huge integers, codes of no enum, uuids of no record.

The property (saved_or_refused): a call either returns, or raises ValidationError (or
NotFound for an id of no record) and then every table holds exactly the rows it held
before: nothing half-written. Any other exception fails the test as it is.
A separate module with a unique name (not conftest) so test files can import it safely.
"""

import uuid
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, event, settings, strategies as st
from sqlalchemy import text

from desktop.models.validation import ValidationError, clean
from desktop.services.errors import NotFound
from unit_factories import NOW, TODAY

# Function-scoped fixtures (one database per test) are fine here: a refused call changes
# nothing and an accepted one only adds or changes its own rows, which every example allows.
PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

_HOSTILE = ["", " ", "\t\n", "\x00", "a\x00b", "\u200f\u202eАлма", "\u00a0\u2003",
            "\ufeff", "7\u0307Ә", "Ә" * 61, "x" * 5001, "\r\n" * 3, "'; DROP TABLE pupil; --",
            "%_\\", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀"]


def texts(*valid: str, max_len: int = 0) -> st.SearchStrategy[str]:
    """Arbitrary text, the `valid` examples, whitespace around them, and with max_len a
    string just over and just at the limit."""
    options = [
        st.text(max_size=40),
        st.sampled_from(_HOSTILE),
        st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003\u3000\u200b\u200f\u202e", max_size=6),
        st.builds(lambda ch, n: ch * n, st.characters(), st.integers(1, 25_000)),
    ]
    if valid:
        options.append(st.sampled_from(valid))
        options.append(st.builds(lambda v, pad: f"{pad}{v}{pad}", st.sampled_from(valid),
                                 st.sampled_from([" ", "\t", "\n ", "\u00a0"])))
    if max_len:
        options.append(st.sampled_from(["я" * max_len, " " + "я" * max_len + " ",
                                        "я" * (max_len + 1)]))
    return st.one_of(*options)


def fine_texts(*valid: str) -> st.SearchStrategy[str]:
    """Text a form accepts in a free-text field: the examples, padded, or any short text with
    a visible character (NUL, RTL marks and emoji included)."""
    return st.one_of(
        st.sampled_from(valid),
        st.builds(lambda v, pad: f"{pad}{v}{pad}", st.sampled_from(valid),
                  st.sampled_from([" ", "\t", "\n ", "\u00a0"])),
        st.text(min_size=1, max_size=30).filter(lambda t: t.strip()),
        st.sampled_from(["a\x00b", "\u200fقلب\u200e", "Ә😀\x07", "7\u0307Ә"]))


@st.composite
def mixed(draw, build, valid: dict, hostile: dict, max_spoiled: int = 2):
    """build(**fields): every field drawn from `valid` except up to max_spoiled of them,
    drawn from `hostile` (so most inputs are refused for one or two reasons, and some get
    through with odd but acceptable values)."""
    spoiled = draw(st.sets(st.sampled_from(sorted(hostile)), max_size=max_spoiled))
    return build(**{k: draw(hostile[k] if k in spoiled else v) for k, v in valid.items()})


def optional_texts(*valid: str, max_len: int = 0):
    """Text, or None where a form may hand over nothing."""
    return st.one_of(st.none(), texts(*valid, max_len=max_len))


def codes(*valid: str) -> st.SearchStrategy:
    """An enum code: mostly valid ones, else None, "", a near miss or anything."""
    return st.one_of(st.sampled_from(valid), st.sampled_from(valid), st.none(),
                     st.sampled_from(["", " ", valid[0].upper(), f" {valid[0]}", "\x00"]),
                     st.text(max_size=12))


def dates_near(day: date = TODAY, spread: int = 400) -> st.SearchStrategy[date]:
    return st.one_of(
        st.integers(-spread, spread).map(lambda n: day + timedelta(days=n)),
        st.sampled_from([date.min, date.max, date(1999, 12, 31), date(2000, 1, 1), day]),
        st.dates(),
    )


def optional_dates(day: date = TODAY, spread: int = 400):
    return st.one_of(st.none(), dates_near(day, spread))


def datetimes_near(moment: datetime = NOW) -> st.SearchStrategy[datetime]:
    return st.one_of(
        st.integers(-400 * 24 * 60, 60 * 24).map(lambda m: moment + timedelta(minutes=m)),
        st.sampled_from([datetime.min, datetime.max, datetime(1999, 12, 31, 23, 59), moment]),
        st.datetimes(),
        st.none(),
    )


def ints(*valid: int) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(valid), st.integers(-5, 5_000), st.integers(),
                     st.sampled_from([-(2**63), 2**63 - 1, 2**63, 2**64, 10**30]), st.none())


def ids(existing: list[uuid.UUID]) -> st.SearchStrategy:
    """One of the records there are, an id of no record, or None."""
    return st.one_of(st.sampled_from(existing), st.sampled_from(existing), st.uuids(), st.none())


# --- the property -----------------------------------------------------------------------------


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table (a handful per test), to compare before and after."""
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
        return {n: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{n}"')))) for n in names}


def saved_or_refused(db, call):
    """call()'s result, or None when it was refused with nothing written."""
    before = snapshot(db)
    try:
        result = call()
    except (ValidationError, NotFound) as e:
        event(f"refused: {sorted(e.codes()) if isinstance(e, ValidationError) else 'not found'}")
        after = snapshot(db)
        changed = [n for n in before if before[n] != after.get(n)]
        assert not changed, f"a refused call wrote to {changed}"
        return None
    event("saved")  # --hypothesis-show-statistics: how often the inputs get through
    return result


def fits(value: str | None, max_len: int, required: bool = True) -> bool:
    """What Checker.text accepts: the trimmed text within max_len, not empty if required."""
    value = clean(value)
    return (bool(value) or not required) and len(value) <= max_len
