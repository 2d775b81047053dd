"""bullying tally: a new incident link adds to its pupil's figures instead of counting them
afresh

0020's trigger on a new link of observation_pupil counted the pupil's year again from all of
their links: one lookup of an incident per link the pupil has. That is nothing for one save,
but a journal filled in bulk (a pull from the school's server, the demo's million records)
paid it for every link: the bench's 1,000,000-record journal took over half an hour to build.
A new link now adds one to `targeted` or `aggressor` and widens the first and newest dates:
the same figures as the recount (tests/unit/test_tallies.py checks them against a full
recount after random writes, links written before their incident among them). Deleting or
changing a link, and changing or deleting an incident, still count afresh (0020): only a
recount knows the oldest and newest left.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

ACTORS = "('target', 'aggressor')"


def _school_year(column: str) -> str:
    """As 0020's: the year 1 September falls in."""
    return f"(CAST(substr({column}, 1, 4) AS INTEGER) - (substr({column}, 6, 2) < '09'))"


def _earlier(column: str) -> str:
    """The earlier of the row's and the new link's (either may be NULL: no target yet)."""
    return f"coalesce(min({column}, excluded.{column}), {column}, excluded.{column})"


def _later(column: str) -> str:
    return f"coalesce(max({column}, excluded.{column}), {column}, excluded.{column})"


# A link to an incident not yet written (a sync's order) adds nothing here: the incident's own
# insert trigger (0020) counts its pupils when it comes. The WHERE also keeps SQLite's
# upsert parser from reading ON CONFLICT as a join's constraint.
LINK_INSERT = f"""CREATE TRIGGER tally_bullying_link_insert AFTER INSERT ON observation_pupil
FOR EACH ROW WHEN NEW.role IN {ACTORS} BEGIN
INSERT INTO tally_bullying (school_year, pupil_id, targeted, aggressor, first_target,
    last_target, first_actor, last_actor)
SELECT {_school_year('o.occurred_at')}, NEW.pupil_id, NEW.role = 'target',
    NEW.role = 'aggressor',
    CASE WHEN NEW.role = 'target' THEN o.occurred_at END,
    CASE WHEN NEW.role = 'target' THEN o.occurred_at END,
    o.occurred_at, o.occurred_at
FROM observation o WHERE o.id = NEW.observation_id AND o.deleted_at IS NULL
ON CONFLICT (school_year, pupil_id) DO UPDATE SET
    targeted = targeted + excluded.targeted, aggressor = aggressor + excluded.aggressor,
    first_target = {_earlier('first_target')}, last_target = {_later('last_target')},
    first_actor = {_earlier('first_actor')}, last_actor = {_later('last_actor')};
END"""


def _recount_trigger() -> str:
    """0020's trigger, as that revision makes it (for the downgrade)."""
    # lazy: the revisions' files, read by Alembic only when going back
    from alembic.script import ScriptDirectory

    from desktop.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return script.get_revision("0020").module.TRIGGERS["tally_bullying_link_insert"]


def upgrade() -> None:
    op.execute("DROP TRIGGER tally_bullying_link_insert")
    op.execute(LINK_INSERT)


def downgrade() -> None:
    op.execute("DROP TRIGGER tally_bullying_link_insert")
    op.execute(_recount_trigger())
