"""Hand-made term summaries for the document tests: figures only (no pupil is ever in one)."""

from datetime import date

from desktop.models.term_summary import (
    HEADLINE, HEADLINE_ROWS, HIDDEN, LESS_THAN_5, TABLES, Period, Row, Table, TermSummary,
)

TERM_2 = Period(date(2025, 11, 3), date(2025, 12, 28), "2025-2026", 2)
TERM_1 = Period(date(2025, 9, 1), date(2025, 10, 26), "2025-2026", 1)
TERM_2_BEFORE = Period(date(2024, 11, 4), date(2024, 12, 29), "2024-2025", 2)
YEAR = Period(date(2025, 9, 1), date(2026, 5, 25), "2025-2026")
YEAR_BEFORE = Period(date(2024, 9, 2), date(2025, 5, 25), "2024-2025")


def full_summary(big: int = 0, periods=(TERM_2, TERM_1, TERM_2_BEFORE)) -> TermSummary:
    """Every table with every row filled: figures 10+big.., so every label is printed."""
    tables = []
    for n, (key, (rows, adds_up)) in enumerate(TABLES.items()):
        made = tuple(Row(k, (big + 10 + i, big + 20 + i, big + 30 + n)) for i, k in
                     enumerate(rows))
        total = (Row("total", tuple(sum(r.figures[c] for r in made) for c in range(3)))
                 if adds_up else None)
        tables.append(Table(key, made, total))
    headline = Table(HEADLINE, tuple(Row(k, (big + 100 + i, big + 200 + i, big + 300 + i))
                                     for i, k in enumerate(HEADLINE_ROWS)))
    return TermSummary(tuple(periods), headline, tuple(tables), date(2025, 12, 29))


def with_rows(summary: TermSummary, table_key: str, *rows: Row,
              total: Row | None = None) -> TermSummary:
    """The summary with one table's rows (and total) replaced."""
    tables = tuple(Table(t.key, rows, total) if t.key == table_key else t
                   for t in summary.tables)
    if table_key == HEADLINE:
        return TermSummary(summary.periods, Table(HEADLINE, rows), summary.tables,
                           summary.made_on)
    return TermSummary(summary.periods, summary.headline, tables, summary.made_on)


def suppressed_summary() -> TermSummary:
    """Sessions by kind: «individual» 1-4 this term (<5), «group» hidden (×) to protect it."""
    kinds = TABLES["sessions_by_kind"][0]
    rows = [Row(kinds[0], (LESS_THAN_5, 12, 9)), Row(kinds[1], (HIDDEN, 7, 6))]
    rows += [Row(k, (0, 0, 0)) for k in kinds[2:]]
    return with_rows(full_summary(), "sessions_by_kind", *rows,
                     total=Row("total", (11, 19, 15)))


__all__ = ["full_summary", "with_rows", "suppressed_summary", "TERM_2", "TERM_1",
           "TERM_2_BEFORE", "YEAR", "YEAR_BEFORE", "LESS_THAN_5", "HIDDEN"]
