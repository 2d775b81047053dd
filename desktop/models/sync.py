"""The team journal's bookkeeping on a laptop (desktop/server/ says how sync works). Not
records: never exported, never synced themselves, and empty on a journal that has not joined a
school server.

- SyncState: the one row saying which server and school this replica belongs to, which
  device it is, how far it has pulled, and when sync last worked or failed.
- SyncOutbox: records changed here since they were last pushed, filled by triggers on every
  synced table (desktop/server/records.py), so no write path can forget it. `gen` grows with
  each change, so a change made while a push runs is not taken as pushed.
- SyncBase: each record as the server last had it: the common ancestor of a three-way merge.
- SyncLogin: an account changed here, for the next sync to send: its keyring entry (a new
  password, new grants) and, when a password was typed (a new account, a new password), its
  new server login (its SCRAM verifier: security/server_login.py; "" for none). A
  psychologist's laptop sends anyone's, anyone's their own.
- SyncConflict: the same field changed here and on the server; the server's value was kept and
  this laptop's is here until someone looks at both and decides.
"""

from datetime import datetime

from sqlmodel import Field, SQLModel


class SyncState(SQLModel, table=True):
    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    server_url: str = Field(max_length=500)  # without a password, never with one
    database: str = Field(max_length=63)  # its database's name (an account's login needs it)
    school_id: str = Field(max_length=36)
    device_id: str = Field(max_length=36)
    user_name: str = Field(max_length=60)
    joined_at: datetime
    last_pulled: int = Field(default=0)  # the server's change sequence
    audit_pushed: int = Field(default=0)  # this journal's audit entries the server has
    last_success_at: datetime | None = None
    last_attempt_at: datetime | None = None
    offline_since: datetime | None = None
    last_error: str = Field(default="", max_length=300)  # a fault's name, never personal data
    applying: int = Field(default=0)  # 1 inside a pull: the triggers leave the outbox alone


class SyncOutbox(SQLModel, table=True):
    __tablename__ = "sync_outbox"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: str = Field(primary_key=True, max_length=64)
    gen: int = Field(default=1)


class SyncBase(SQLModel, table=True):
    __tablename__ = "sync_base"

    kind: str = Field(primary_key=True, max_length=40)
    record_id: str = Field(primary_key=True, max_length=64)
    seq: int
    body: str  # JSON, as records.read_record gives it
    secret: str = Field(default="")  # JSON of the confidential fields (ciphertext), or ""


class SyncConflict(SQLModel, table=True):
    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True, max_length=36)
    kind: str = Field(max_length=40, index=True)
    record_id: str = Field(max_length=64)
    field: str = Field(max_length=60)
    mine: str  # JSON: this laptop's value
    theirs: str  # JSON: the server's value, the one kept
    found_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str = Field(default="", max_length=60)


class SyncLogin(SQLModel, table=True):
    __tablename__ = "sync_login"

    user_name: str = Field(primary_key=True, max_length=60)
    verifier: str = Field(max_length=300)  # "" when only the keyring entry changed
    own: bool = Field(default=False)  # set by the account itself (a password change)
    # The login secret of the password it replaced (own changes only), to log in once more
    # and send the new one: the server knows only the old password until then. Gone when sent.
    previous: str = Field(default="", max_length=100)
    queued_at: datetime
