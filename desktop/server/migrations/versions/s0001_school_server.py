"""the school server: records, their change sequence, accounts, devices, the keyring, published
summaries and each device's audit chain (desktop/server/__init__.py says how they are used)

The group roles and their rights depend on the database's name, so desktop/server/roles.py
grants them after each upgrade; here are the tables and the functions.

Revision ID: s0001
Revises:
Create Date: 2026-12-07
"""

from alembic import op

revision = 's0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
    CREATE TABLE senim.school (
        id uuid PRIMARY KEY,
        one boolean NOT NULL DEFAULT true UNIQUE CHECK (one),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL DEFAULT current_user
    );
    CREATE SEQUENCE senim.change_seq;
    -- One row per record: its body (the columns, as a laptop's journal has them) and, apart,
    -- its confidential fields, ciphertext sealed with the psychologists' notes key.
    CREATE TABLE senim.record (
        school_id uuid NOT NULL REFERENCES senim.school (id),
        kind text NOT NULL,
        id text NOT NULL,
        seq bigint NOT NULL,
        body jsonb,               -- NULL: the record was removed
        secret jsonb,
        device uuid NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (kind, id)
    );
    CREATE UNIQUE INDEX record_by_seq ON senim.record (seq);
    -- Every change takes the next number, and the numbers are committed in order: the lock
    -- is held until the writing transaction ends, so a reader that has seen number n has
    -- seen every number below it (pulls never skip a change committed late).
    CREATE FUNCTION senim.number_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, senim AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(7351001);
        NEW.seq := nextval('senim.change_seq');
        NEW.changed_by := session_user;
        NEW.changed_at := now();
        RETURN NEW;
    END $$;
    CREATE TRIGGER record_numbered BEFORE INSERT OR UPDATE ON senim.record
        FOR EACH ROW EXECUTE FUNCTION senim.number_change();

    CREATE TABLE senim.account (
        user_name text PRIMARY KEY,
        login text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('psychologist', 'counsellor', 'head')),
        display_name text NOT NULL DEFAULT '',
        can_log_in boolean NOT NULL DEFAULT false,
        revoked_at timestamptz,
        revoked_by text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE senim.device (
        id uuid PRIMARY KEY,
        login text NOT NULL DEFAULT session_user,
        registered_at timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now()
    );
    -- The school's keys.json: identities wrapped with passwords and keys sealed to them
    -- (desktop/security/keyring.py); nothing in it opens without a password.
    CREATE TABLE senim.keyring (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        version bigint NOT NULL,
        body text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL DEFAULT session_user
    );
    -- Each account's entry of that keyring as it is now (a new password, new grants): written
    -- by the account itself or a psychologist; a laptop takes one only if its lookup is its
    -- user name's (desktop/security/keyring.py, take_entries).
    CREATE TABLE senim.keyring_entry (
        user_name text PRIMARY KEY REFERENCES senim.account (user_name),
        lookup text NOT NULL,
        body jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL DEFAULT session_user
    );
    -- Counts published for the head teacher, sealed with the summaries key.
    CREATE TABLE senim.published (
        seq bigserial PRIMARY KEY,
        school_id uuid NOT NULL REFERENCES senim.school (id),
        body bytea NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL DEFAULT session_user
    );
    -- Each device's audit trail, a hash chain of its own.
    CREATE TABLE senim.audit (
        school_id uuid NOT NULL REFERENCES senim.school (id),
        device uuid NOT NULL REFERENCES senim.device (id),
        seq bigint NOT NULL,
        body jsonb NOT NULL,
        PRIMARY KEY (device, seq)
    );
    """)


def downgrade() -> None:
    op.execute("""
    DROP TABLE senim.audit; DROP TABLE senim.published; DROP TABLE senim.keyring;
    DROP TABLE senim.device; DROP TABLE senim.keyring_entry; DROP TABLE senim.account; DROP TABLE senim.record;
    DROP FUNCTION senim.number_change(); DROP SEQUENCE senim.change_seq; DROP TABLE senim.school;
    """)
