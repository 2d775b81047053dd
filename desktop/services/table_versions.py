"""Each table's version (table_version): one more on every write to the table, kept by
triggers in the writing transaction (migrations 0017 and 0024), whoever writes: a service,
a team journal's round, a raw UPDATE. What was read from some tables is still right while
their versions are those it was read at; read the versions first, then the rows, so that
the rows are at least as new."""

from sqlalchemy import select

from ..models.tally import TableVersion


def read_versions(conn) -> dict[str, int]:
    """{table: version} of every versioned table (a dozen rows)."""
    return dict(conn.execute(select(TableVersion.name, TableVersion.version)).all())


class Kept:
    """A value read from `tables`, kept while their versions and the key it was read for are
    the same. The value is shared by every caller: give it out as a copy if callers may
    change it."""

    def __init__(self, *tables: str):
        self.tables = tables
        self._kept: tuple[tuple, object] | None = None  # (key and versions, value)

    def get(self, conn, key, read, versions: dict[str, int] | None = None):
        """The value kept for `key`, or `read()` (called after the versions are read, on
        the same connection's data) when a table has been written since. `versions`: those
        the caller has just read on `conn` (read_versions), else read here."""
        if versions is None:
            versions = read_versions(conn)
        read_at = tuple(versions.get(table) for table in self.tables)
        stamp = (key, read_at)
        kept = self._kept
        if kept is not None and kept[0] == stamp and None not in read_at:
            return kept[1]
        value = read()
        if None not in read_at:  # a table without a version (an older schema): never kept
            self._kept = (stamp, value)
        return value
