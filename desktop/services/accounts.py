"""Accounts: the records (name, role, active) here in the encrypted database; the keys each
account holds, granted to its identity in the keyring beside it (desktop/security). A role
is the set of keys an account holds: creating an account, changing its role or allowing it
to sign in again grants its role's keys from the signed-in psychologist's own; deactivating
takes them back. The record's role is what the psychologist chose; the keys are what holds.

A password changed or reset is recorded in the audit trail in the same transaction as the
keyring's rewrite: the entry (the account's id, never the password) is kept only if the new
wrap was written, and a failed write of the entry leaves the old password in place."""

import uuid
from dataclasses import replace

from sqlalchemy import func
from sqlmodel import Session, select

from ..db import Database
from ..models import Account
from ..models.account import AccountInput, AccountRead
from ..models.enums import StaffRole
from ..models.rules import check_account, check_password
from ..models.text import user_key
from ..models.validation import Checker, FieldError, ValidationError, clean
from ..models.audit import PASSWORD_CHANGE, PASSWORD_RESET
from ..models.base import utcnow
from ..models.sync import SyncLogin, SyncState
from ..security.server_login import login_secret, login_verifier
from ..security import BadCredentials, Keyring, NotUpgraded, TooSoon, UnknownAccount, role_of
from .audit import append_entries
from .common import get_live, stamp
from .context import ACCOUNTS_MANAGE, Context


def _read(a: Account) -> AccountRead:
    return AccountRead(a.id, a.user_name, a.display_name, a.role, a.active)


class AccountService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def _keyring(self):
        return Keyring.load(self.db.path.parent)

    def by_user_name(self, user_name: str) -> AccountRead | None:
        with self.db.session() as s:
            row = s.exec(select(Account).where(Account.user_name == user_key(user_name),
                                               Account.deleted_at.is_(None))).first()
            return None if row is None else _read(row)

    def list(self) -> list[AccountRead]:
        """Every account, each with the role its keys make (AccountRead.held_role)."""
        self.ctx.require(ACCOUNTS_MANAGE)
        keyring = self._keyring()
        with self.db.session() as s:
            rows = s.exec(select(Account).where(Account.deleted_at.is_(None))
                          .order_by(Account.user_name)).all()
            found = []
            for r in rows:
                granted = keyring.granted(r.user_name) or frozenset()
                found.append(replace(_read(r), held_role=role_of(granted),
                                     keys_match=granted == keyring.role_keys(r.role)))
            return found

    def create(self, data: AccountInput) -> AccountRead:
        """The record only: set-up writes the first account's keyring itself (vault.py)."""
        self.ctx.require(ACCOUNTS_MANAGE)
        checker = check_account(data, with_password=False)
        with self.db.session() as s:
            row = self._insert(s, data, checker)
            return _read(row)

    def add(self, data: AccountInput) -> AccountRead:
        """A colleague's account: the record and the password's wrap, both or neither."""
        self.ctx.require(ACCOUNTS_MANAGE)
        checker = check_account(data)
        with self.db.session() as s:
            row = self._insert(s, data, checker)
            # Inside the transaction: if the keyring cannot be written, the record is not kept.
            self._keyring().add_account(row.user_name, data.password, data.role, self.db.keys)
            _queue_login(s, row.user_name, data.password, own=False)
            return _read(row)

    def _insert(self, s: Session, data: AccountInput, checker: Checker) -> Account:
        if not checker.has("user_name") and s.exec(
                select(Account.id).where(Account.user_name == user_key(data.user_name))).first():
            checker.add("user_name", "user_name.taken")
        checker.raise_if_any()
        row = Account(user_name=user_key(data.user_name), display_name=clean(data.display_name),
                      role=data.role)
        stamp(row, self.ctx)
        s.add(row)
        s.flush()
        return row

    def set_active(self, account_id: uuid.UUID, active: bool) -> AccountRead:
        """Stop (or allow again) an account's signing in; the records it made stay."""
        self.ctx.require(ACCOUNTS_MANAGE)
        with self.db.session() as s:
            row = get_live(s, Account, account_id)
            if not active:
                if row.user_name == self.ctx.actor:
                    raise ValidationError([FieldError("active", "account.self")])
                if row.role == StaffRole.PSYCHOLOGIST.value and self._psychologists(s) <= 1:
                    raise ValidationError([FieldError("active", "account.last_psychologist")])
            row.active = active
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            # Inside the transaction: the record changes only if the keys did.
            if active:
                self._grant(row.user_name, row.role)
            else:
                self._keyring().revoke(row.user_name)
            _queue_login(s, row.user_name, None, own=False)
            return _read(row)

    def set_role(self, account_id: uuid.UUID, role: str) -> AccountRead:
        """Change an account's role: its record and its keys, both or neither. Setting the
        role it has gives an account from an earlier version its role's keys."""
        self.ctx.require(ACCOUNTS_MANAGE)
        if role not in {r.value for r in StaffRole}:
            raise ValidationError([FieldError("role", "invalid")])
        with self.db.session() as s:
            row = get_live(s, Account, account_id)
            if row.role == StaffRole.PSYCHOLOGIST.value and role != row.role and row.active \
                    and self._psychologists(s) <= 1:
                raise ValidationError([FieldError("role", "account.last_psychologist")])
            row.role = role
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            if row.active:
                self._grant(row.user_name, role)
            _queue_login(s, row.user_name, None, own=False)
            return _read(row)

    def held_role(self, user_name: str) -> str | None:
        """The role the account's keys make (None: it holds none), whatever its record says."""
        granted = self._keyring().granted(user_name)
        return None if granted is None else role_of(granted)

    def _grant(self, user_name: str, role: str) -> None:
        try:
            self._keyring().set_role(user_name, role, self.db.keys)
        except (NotUpgraded, UnknownAccount):  # no identity to grant to: a new password first
            raise ValidationError([FieldError("active", "account.needs_password")]) from None

    def _psychologists(self, s: Session) -> int:
        return s.exec(select(func.count()).select_from(Account).where(
            Account.role == StaffRole.PSYCHOLOGIST.value, Account.active.is_(True),
            Account.deleted_at.is_(None))).one()

    def reset_password(self, account_id: uuid.UUID, new_password: str) -> None:
        """A psychologist sets a colleague's new password (the data is never re-encrypted)."""
        self.ctx.require(ACCOUNTS_MANAGE)
        c = Checker()
        check_password(c, "password", new_password)
        c.raise_if_any()
        with self.db.session() as s:
            row = get_live(s, Account, account_id)
            append_entries(s, [(PASSWORD_RESET, "account", str(account_id), "")])
            keyring = self._keyring()
            # The keys it held stay; an account with no wrap at all (a head teacher's of an
            # earlier version, taken back) gets its role's, the psychologist's choice here.
            role = row.role if row.active and not keyring.has_account(row.user_name) else None
            # Inside the transaction: the entry is kept only if the keyring was written.
            keyring.reset_password(row.user_name, new_password, self.db.keys, role=role)
            _queue_login(s, row.user_name, new_password, own=False)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """Anyone signed in changes their own password, knowing the old one."""
        c = Checker()
        if not old_password:
            c.add("old_password", "required")
        check_password(c, "password", new_password)
        c.raise_if_any()
        try:
            with self.db.session() as s:
                own = s.exec(select(Account.id).where(Account.user_name == self.ctx.actor)
                             ).first()
                append_entries(s, [(PASSWORD_CHANGE, "account", str(own or ""), "")])
                # A wrong old password raises here and the entry is rolled back with it.
                self._keyring().change_password(self.ctx.actor, old_password, new_password)
                _queue_login(s, self.ctx.actor, new_password, own=True, old=old_password)
        except BadCredentials:
            raise ValidationError([FieldError("old_password", "password.wrong")]) from None
        except TooSoon as exc:
            raise ValidationError([FieldError("old_password", "password.wait",
                                              {"seconds": int(exc.seconds) + 1})]) from None


def _queue_login(s: Session, user_name: str, password: str | None, own: bool,
                 old: str | None = None) -> None:
    """On a journal joined to a school server, the account's changed keyring entry and (with
    a password) its new server login, for the next sync to send (models/sync.py, SyncLogin);
    nothing on a journal of its own."""
    joined = s.get(SyncState, 1)
    if joined is None:
        return
    row = s.get(SyncLogin, user_name) or SyncLogin(user_name=user_name, verifier="",
                                                   queued_at=utcnow())
    if old is not None and not row.previous:  # the oldest: what the server still knows
        row.previous = login_secret(joined.database, user_name, old)
    if password is not None:  # else a login already waiting stays
        row.verifier = login_verifier(joined.database, user_name, password)
    row.own = own
    row.queued_at = utcnow()
    s.add(row)
