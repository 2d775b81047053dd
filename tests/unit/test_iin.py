"""The IIN (ИИН) as the law has it (DOMAIN.md): only the length, the digits and the
two-pass check digit make a number invalid. Since Decree No. 853 (2013) digits 1-7 need not
be a birth date, century and sex: when they are, they are read; when not, the number is
still an IIN. A 5th digit 4, 5 or 6 names a business number (BIN).

Expected values are computed here by hand from DOMAIN.md (unit_factories.iin_check_digit),
never with desktop.models.iin.check_digit, so a wrong algorithm in the module fails.
"""

from datetime import date

import pytest
from unit_factories import iin_check_digit

from desktop.models.iin import IinInfo, InvalidIin, mask_iin, normalize_iin, parse_iin

W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def weighted(first_eleven: str, weights) -> int:
    return sum(int(d) * w for d, w in zip(first_eleven, weights)) % 11


def with_check(first_eleven: str) -> str:
    digit = iin_check_digit(first_eleven)
    assert digit is not None, first_eleven
    return first_eleven + str(digit)


def first_pass_ok(prefix7: str) -> str:
    """A full valid IIN with this date+marker whose check digit comes from the first pass."""
    for serial in range(10000):
        first = f"{prefix7}{serial:04d}"
        if weighted(first, W1) != 10:
            return first + str(weighted(first, W1))
    raise AssertionError  # pragma: no cover


def test_hand_computed_example():
    # 1·1+2·3+3·0+4·5+5·1+6·4+7·5+8·0+9·0+10·0+11·7 = 168; 168 mod 11 = 3
    assert weighted("13051450007", W1) == 3
    info = parse_iin("130514500073")
    assert info == IinInfo("130514500073", birth_date=date(2013, 5, 14), sex="male")
    assert not info.is_bin


@pytest.mark.parametrize(
    "marker, born, sex",
    [
        (1, date(1899, 12, 31), "male"),
        (2, date(1875, 2, 3), "female"),
        (3, date(1985, 3, 7), "male"),
        (4, date(1990, 11, 30), "female"),
        (5, date(2013, 5, 14), "male"),
        (6, date(2016, 2, 29), "female"),
    ],
)
def test_century_and_sex_markers(marker, born, sex):
    iin = first_pass_ok(f"{born:%y%m%d}{marker}")
    assert parse_iin(iin) == IinInfo(iin, birth_date=born, sex=sex)


def test_second_weights_used_when_first_pass_gives_ten():
    prefix = next(
        p
        for p in (f"1305145{s:04d}" for s in range(10000))
        if weighted(p, W1) == 10 and weighted(p, W2) != 10
    )
    iin = prefix + str(weighted(prefix, W2))
    assert parse_iin(iin).birth_date == date(2013, 5, 14)
    # the first pass's remainder, 10, cannot be the digit; any other digit is wrong
    for wrong in set("0123456789") - {iin[-1]}:
        with pytest.raises(InvalidIin) as err:
            parse_iin(prefix + wrong)
        assert err.value.code == "checksum"


def test_number_where_both_passes_give_ten_is_invalid():
    prefix = next(
        p
        for p in (f"0807156{s:04d}" for s in range(10000))
        if weighted(p, W1) == 10 and weighted(p, W2) == 10
    )
    for last in "0123456789":
        with pytest.raises(InvalidIin) as err:
            parse_iin(prefix + last)
        assert err.value.code == "checksum"


def test_wrong_check_digit():
    good = with_check("13051450007")
    bad = good[:11] + str((int(good[11]) + 1) % 10)
    with pytest.raises(InvalidIin) as err:
        parse_iin(bad)
    assert err.value.code == "checksum"
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    "text",
    [
        "13051450007",  # 11 digits
        "1305145000770",  # 13 digits
        "13051450007A",  # a letter
        "1305I4500077",  # a Latin I for a 1
        "1305-14500077",  # a hyphen is not a space
        "",
        "   ",
        "\u200b\ufeff",  # nothing but invisible characters
    ],
)
def test_bad_format(text):
    with pytest.raises(InvalidIin) as err:
        parse_iin(text)
    assert err.value.code == "format"


@pytest.mark.parametrize(
    "pasted",
    [
        "  {iin}\t",  # spaces around
        "\ufeff{iin}",  # a byte-order mark from a CSV or a web form
        "{a}\u200b{b}",  # zero-width space
        "{a}\u200c{b}\u200d",  # zero-width non-joiner and joiner
        "\u2060{iin}",  # word joiner
        "\u00a0{iin}\u00a0",  # non-breaking spaces
        "{a} {b}",  # a space inside
        "{g1} {g2} {g3} {g4}",  # digit groups as people write them: 130514 5 0007 3
        "{g1}\u00a0{g2}\u202f{g3} {g4}",  # groups with non-breaking and narrow spaces
    ],
)
def test_pasted_number_is_cleaned(pasted):
    iin = with_check("13051450007")
    text = pasted.format(iin=iin, a=iin[:5], b=iin[5:], g1=iin[:6], g2=iin[6], g3=iin[7:11],
                         g4=iin[11])
    info = parse_iin(text)
    assert info.iin == iin
    assert info.birth_date == date(2013, 5, 14)
    assert normalize_iin(text) == iin


def test_full_width_and_arabic_indic_digits_are_read():
    iin = with_check("13051450007")
    full_width = "".join(chr(0xFF10 + int(d)) for d in iin)
    arabic_indic = "".join(chr(0x0660 + int(d)) for d in iin)
    assert parse_iin(full_width).iin == iin
    assert parse_iin(arabic_indic).iin == iin


@pytest.mark.parametrize("yymmdd", ["130230", "131301", "130000", "130431", "150229", "991399"])
def test_digits_that_are_no_date_are_still_an_iin(yymmdd):
    # Since 2013 digits 1-6 need not be the birth date: a right check digit is enough.
    iin = with_check(f"{yymmdd}50007")
    info = parse_iin(iin)
    assert info.iin == iin
    assert info.birth_date is None
    assert info.sex is None  # not formed from a birth date: the 7th digit says nothing either
    assert not info.is_bin


@pytest.mark.parametrize("marker", [0, 7, 8, 9])
def test_seventh_digit_outside_one_to_six_is_still_an_iin(marker):
    iin = with_check(f"130514{marker}0007")
    info = parse_iin(iin)
    assert info.sex is None
    assert info.birth_date is None  # no century to read the date with
    assert not info.is_bin


@pytest.mark.parametrize("fifth", "456")
def test_business_number_is_named(fifth):
    # A BIN: YYMM of registration, then 4 (resident legal entity), 5 (non-resident) or 6
    # (an individual entrepreneur's joint venture), the rest a serial and the check digit.
    bin_ = with_check(f"1305{fifth}001234")
    info = parse_iin(bin_)
    assert info.is_bin
    assert info.birth_date is None and info.sex is None


def test_business_number_with_a_wrong_check_digit_is_refused():
    good = with_check("13054001234")
    with pytest.raises(InvalidIin) as err:
        parse_iin(good[:11] + str((int(good[11]) + 1) % 10))
    assert err.value.code == "checksum"


def test_mask_shows_only_last_four_digits():
    iin = with_check("13051450007")
    masked = mask_iin(iin)
    assert masked.endswith(iin[-4:])
    assert not any(ch.isdigit() for ch in masked[:-4])
    assert len(masked) == 12
    assert mask_iin(None) == ""
    assert mask_iin("") == ""
