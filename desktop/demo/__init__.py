"""Invented demo data (`senim demo`, `make run`, the benchmarks and tests): a school, pupils
and a journal's worth of records, all made up. Not a use case: nothing in the app calls it.
No Qt here."""
