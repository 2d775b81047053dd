"""A district office's calendar file for tests: the school year 2027-2028, which the seeded
calendar lacks, in the format of docs/calendar-file.md."""

GOOD = """# Senim school calendar 1
year;2027-2028
lessons;2027-09-01;2028-05-25
quarter;1;2027-09-01;2027-10-24
quarter;2;2027-11-01;2027-12-26
quarter;3;2028-01-10;2028-03-17
quarter;4;2028-03-27;2028-05-25
break;2027-10-25;2027-10-31
break;2028-02-07;2028-02-13;grade1
"""
