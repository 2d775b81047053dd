"""Invented demo data (`senim demo`, `make run`, the benchmarks and tests): a school, pupils
and a journal's worth of records, all made up. Not a use case: no view calls it. No Qt here.

generator.py  pupils, guardians, sessions, incidents, follow-ups; generate_demo() writes all
cases.py      bullying cases and concerns on the incidents the generator made
referrals.py  organisations and referrals with their letters
prevention.py preventive activities over two school years
council.py    the prevention council's year of meetings and the pupils it accompanies
common.py     what they share: the invented school and staff, UTC, school days, quarters
"""
