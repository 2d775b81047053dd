"""Who may do what on the school server, enforced by PostgreSQL itself: a connection as a
counsellor cannot select a confidential note or write a session even with a hand-written query.

- Three group roles per school database, `<db>_psychologist`, `<db>_counsellor`, `<db>_head`,
  and one login role per account (`s_` and 24 hex digits, from the database's and the user's
  names: records.login_role), a member of its group. A password never reaches the server: the
  login's secret is derived from it (login.py) and the server keeps SCRAM's verifier of that.
- senim.record: psychologists read and write everything; counsellors read all but the
  `secret` column (column privileges) and write, by row-level security, only the kinds of
  record their role may write in the app (WRITE_RIGHT, services/context.RIGHTS); head teachers
  have no right on it at all. They get senim.published.
- Accounts are made and revoked only through SECURITY DEFINER functions a psychologist may
  call; everyone may set their own login's verifier (a password change).
"""

from __future__ import annotations

from ..services.context import KIND_WRITE_RIGHT as WRITE_RIGHT, RIGHTS

ROLES = ("psychologist", "counsellor", "head")

def writable_kinds(role: str) -> list[str]:
    return sorted(k for k, right in WRITE_RIGHT.items() if right in RIGHTS[role])


def group(dbname: str, role: str) -> str:
    return f"{dbname[:40]}_{role}"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def grant_statements(dbname: str) -> list[str]:
    """Idempotent: run after every upgrade of the server's schema."""
    psy, cou, head = (_q(group(dbname, r)) for r in ROLES)
    everyone = f"{psy}, {cou}, {head}"
    kinds = "ARRAY[" + ", ".join(_lit(k) for k in writable_kinds("counsellor")) + "]::text[]"
    out = [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {_lit(group(dbname, r))}) THEN
                CREATE ROLE {_q(group(dbname, r))} NOLOGIN;
            END IF; END $$""" for r in ROLES
    ]
    out += [
        f"REVOKE ALL ON DATABASE {_q(dbname)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {_q(dbname)} TO {everyone}",
        "REVOKE ALL ON SCHEMA senim FROM PUBLIC",
        "REVOKE ALL ON ALL TABLES IN SCHEMA senim FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA senim TO {everyone}",
        f"GRANT SELECT ON senim.school, senim.account, senim.keyring, senim.alembic_version "
        f"TO {everyone}",
        # records
        f"GRANT SELECT, INSERT, UPDATE ON senim.record TO {psy}",
        f"GRANT SELECT (school_id, kind, id, seq, body, device, changed_by, changed_at) "
        f"ON senim.record TO {cou}",
        f"GRANT INSERT (school_id, kind, id, body, device), UPDATE (body, device) "
        f"ON senim.record TO {cou}",
        "ALTER TABLE senim.record ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS psychologist_all ON senim.record",
        f"CREATE POLICY psychologist_all ON senim.record TO {psy} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS counsellor_read ON senim.record",
        f"CREATE POLICY counsellor_read ON senim.record FOR SELECT TO {cou} USING (true)",
        "DROP POLICY IF EXISTS counsellor_insert ON senim.record",
        f"CREATE POLICY counsellor_insert ON senim.record FOR INSERT TO {cou} "
        f"WITH CHECK (kind = ANY({kinds}) AND secret IS NULL)",
        "DROP POLICY IF EXISTS counsellor_update ON senim.record",
        f"CREATE POLICY counsellor_update ON senim.record FOR UPDATE TO {cou} "
        f"USING (kind = ANY({kinds})) WITH CHECK (kind = ANY({kinds}))",
        # devices: everyone sees the school's (a laptop may be shared by two accounts); each
        # login registers and stamps only its own
        f"GRANT SELECT, INSERT, UPDATE (last_seen) ON senim.device TO {everyone}",
        "ALTER TABLE senim.device ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS own_device ON senim.device",
        "DROP POLICY IF EXISTS see_devices ON senim.device",
        f"CREATE POLICY see_devices ON senim.device FOR SELECT TO {everyone} USING (true)",
        "DROP POLICY IF EXISTS register_device ON senim.device",
        f"CREATE POLICY register_device ON senim.device FOR INSERT TO {everyone} "
        f"WITH CHECK (login = session_user)",
        "DROP POLICY IF EXISTS stamp_device ON senim.device",
        f"CREATE POLICY stamp_device ON senim.device FOR UPDATE TO {everyone} "
        f"USING (login = session_user)",
        # published counts: written by those who hold the summaries key and the records
        f"GRANT SELECT ON senim.published TO {everyone}",
        f"GRANT INSERT (school_id, body) ON senim.published TO {psy}, {cou}",
        f"GRANT USAGE ON SEQUENCE senim.published_seq_seq TO {psy}, {cou}",
        # each device's audit chain: only ever appended (no UPDATE or DELETE for anyone but
        # the owner), read whole by psychologists; a laptop reads its own chain's end
        f"GRANT SELECT, INSERT ON senim.audit TO {psy}",
        f"GRANT INSERT ON senim.audit TO {cou}",
        "ALTER TABLE senim.audit ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS audit_read ON senim.audit",
        f"CREATE POLICY audit_read ON senim.audit FOR SELECT TO {psy} USING (true)",
        "DROP POLICY IF EXISTS audit_append ON senim.audit",
        f"CREATE POLICY audit_append ON senim.audit FOR INSERT TO {psy}, {cou} WITH CHECK "
        f"(device IN (SELECT id FROM senim.device))",
        # the keyring: psychologists replace it; each account's entry is written by the
        # account itself (a new password) or a psychologist (a new account, password, role)
        f"GRANT UPDATE ON senim.keyring TO {psy}",
        f"GRANT SELECT, INSERT, UPDATE ON senim.keyring_entry TO {everyone}",
        "ALTER TABLE senim.keyring_entry ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS entries_read ON senim.keyring_entry",
        f"CREATE POLICY entries_read ON senim.keyring_entry FOR SELECT TO {everyone} "
        f"USING (true)",
        "DROP POLICY IF EXISTS entries_psychologist ON senim.keyring_entry",
        f"CREATE POLICY entries_psychologist ON senim.keyring_entry TO {psy} "
        f"USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS entry_own_insert ON senim.keyring_entry",
        f"CREATE POLICY entry_own_insert ON senim.keyring_entry FOR INSERT TO {cou}, {head} "
        f"WITH CHECK (user_name IN (SELECT user_name FROM senim.account "
        f"WHERE login = session_user AND revoked_at IS NULL))",
        "DROP POLICY IF EXISTS entry_own_update ON senim.keyring_entry",
        f"CREATE POLICY entry_own_update ON senim.keyring_entry FOR UPDATE TO {cou}, {head} "
        f"USING (user_name IN (SELECT user_name FROM senim.account "
        f"WHERE login = session_user AND revoked_at IS NULL))",
    ]
    out += _functions(dbname)
    out += [
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA senim FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION senim.add_account(text, text, text, text, text) TO {psy}",
        f"GRANT EXECUTE ON FUNCTION senim.revoke_account(text) TO {psy}",
        f"GRANT EXECUTE ON FUNCTION senim.set_own_verifier(text) TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION senim.set_verifier(text, text) TO {psy}",
        f"GRANT EXECUTE ON FUNCTION senim.chain_end(uuid) TO {psy}, {cou}",
    ]
    return out


def _functions(dbname: str) -> list[str]:
    groups = {r: _lit(group(dbname, r)) for r in ROLES}
    return [
        f"""CREATE OR REPLACE FUNCTION senim.add_account(p_user text, p_login text, p_role text,
                p_display text, p_verifier text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, senim AS $$
            DECLARE grp text;
            BEGIN
                IF p_login !~ '^s_[0-9a-f]{{24}}$' THEN RAISE EXCEPTION 'bad login name'; END IF;
                grp := CASE p_role WHEN 'psychologist' THEN {groups['psychologist']}
                                   WHEN 'counsellor' THEN {groups['counsellor']}
                                   WHEN 'head' THEN {groups['head']} END;
                IF grp IS NULL THEN RAISE EXCEPTION 'bad role'; END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
                END IF;
                -- one group only: a role changed leaves the old group
                EXECUTE format('REVOKE %I, %I, %I FROM %I', {groups['psychologist']},
                               {groups['counsellor']}, {groups['head']}, p_login);
                EXECUTE format('GRANT %I TO %I', grp, p_login);
                IF p_verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
                END IF;
                INSERT INTO senim.account (user_name, login, role, display_name, can_log_in)
                VALUES (p_user, p_login, p_role, p_display, p_verifier IS NOT NULL)
                ON CONFLICT (user_name) DO UPDATE SET role = excluded.role,
                    display_name = excluded.display_name,
                    can_log_in = senim.account.can_log_in OR excluded.can_log_in,
                    revoked_at = NULL, revoked_by = '';
                IF p_verifier IS NULL AND EXISTS (SELECT FROM senim.account
                        WHERE user_name = p_user AND can_log_in) THEN
                    EXECUTE format('ALTER ROLE %I LOGIN', p_login);
                END IF;
            END $$""",
        """CREATE OR REPLACE FUNCTION senim.revoke_account(p_user text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, senim AS $$
            DECLARE who text;
            BEGIN
                SELECT login INTO who FROM senim.account WHERE user_name = p_user;
                IF who IS NULL THEN RAISE EXCEPTION 'no such account'; END IF;
                EXECUTE format('ALTER ROLE %I NOLOGIN', who);
                UPDATE senim.account SET revoked_at = now(), revoked_by = session_user
                    WHERE user_name = p_user;
                PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = who;
            END $$""",
        """CREATE OR REPLACE FUNCTION senim.set_verifier(p_user text, p_verifier text)
            RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, senim AS $$
            DECLARE who text;
            BEGIN
                SELECT login INTO who FROM senim.account
                    WHERE user_name = p_user AND revoked_at IS NULL;
                IF who IS NULL THEN RAISE EXCEPTION 'no such account'; END IF;
                IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN RAISE EXCEPTION 'bad verifier'; END IF;
                EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', who, p_verifier);
                UPDATE senim.account SET can_log_in = true WHERE user_name = p_user;
            END $$""",
        """CREATE OR REPLACE FUNCTION senim.chain_end(p_device uuid)
            RETURNS TABLE (seq bigint, hash text)
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, senim AS $$
                SELECT a.seq, a.body->>'hash' FROM senim.audit a WHERE a.device = p_device
                ORDER BY a.seq DESC LIMIT 1
            $$""",
        """CREATE OR REPLACE FUNCTION senim.set_own_verifier(p_verifier text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, senim AS $$
            BEGIN
                IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN RAISE EXCEPTION 'bad verifier'; END IF;
                IF NOT EXISTS (SELECT FROM senim.account WHERE login = session_user
                               AND revoked_at IS NULL) THEN
                    RAISE EXCEPTION 'not an account of this school';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
            END $$""",
    ]
