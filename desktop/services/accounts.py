"""Accounts: the records (name, role, active) here in the encrypted database, the
passwords as wraps of the data key in the keyring beside it (desktop/security).

A password changed or reset is recorded in the audit trail in the same transaction as the
keyring's rewrite: the entry (the account's id, never the password) is kept only if the new
wrap was written, and a failed write of the entry leaves the old password in place."""

import uuid

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
from .audit import append_entries
from .common import get_live, stamp
from .context import ACCOUNTS_MANAGE, Context


def _read(a: Account) -> AccountRead:
    return AccountRead(a.id, a.user_name, a.display_name, a.role, a.active)


class AccountService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def _keyring(self):
        from ..security import Keyring

        return Keyring.load(self.db.path.parent)

    def by_user_name(self, user_name: str) -> AccountRead | None:
        with self.db.session() as s:
            row = s.exec(select(Account).where(Account.user_name == user_key(user_name),
                                               Account.deleted_at.is_(None))).first()
            return None if row is None else _read(row)

    def list(self) -> list[AccountRead]:
        self.ctx.require(ACCOUNTS_MANAGE)
        with self.db.session() as s:
            rows = s.exec(select(Account).where(Account.deleted_at.is_(None))
                          .order_by(Account.user_name)).all()
            return [_read(r) for r in rows]

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
            self._keyring().add_account(row.user_name, data.password, self.db.key)
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
            return _read(row)

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
            user = get_live(s, Account, account_id).user_name
            append_entries(s, [(PASSWORD_RESET, "account", str(account_id), "")])
            # Inside the transaction: the entry is kept only if the keyring was written.
            self._keyring().reset_password(user, new_password, self.db.key)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        """Anyone signed in changes their own password, knowing the old one."""
        from ..security import BadCredentials, TooSoon

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
        except BadCredentials:
            raise ValidationError([FieldError("old_password", "password.wrong")]) from None
        except TooSoon as exc:
            raise ValidationError([FieldError("old_password", "password.wait",
                                              {"seconds": int(exc.seconds) + 1})]) from None
