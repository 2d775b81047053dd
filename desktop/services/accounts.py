"""Account records (name, role, active). Passwords are the keyring's business (vault.py)."""

from sqlmodel import select

from ..db import Database
from ..models import Account
from ..models.account import AccountInput, AccountRead
from ..models.rules import check_account
from ..models.text import user_key
from ..models.validation import clean
from .common import stamp
from .context import Context


def _read(a: Account) -> AccountRead:
    return AccountRead(a.id, a.user_name, a.display_name, a.role, a.active)


class AccountService:
    def __init__(self, db: Database, ctx: Context):
        self.db, self.ctx = db, ctx

    def by_user_name(self, user_name: str) -> AccountRead | None:
        with self.db.session() as s:
            row = s.exec(select(Account).where(Account.user_name == user_key(user_name),
                                               Account.deleted_at.is_(None))).first()
            return None if row is None else _read(row)

    def create(self, data: AccountInput) -> AccountRead:
        """The record only; the caller adds the password to the keyring in the same step."""
        checker = check_account(data, with_password=False)
        with self.db.session() as s:
            if not checker.has("user_name") and s.exec(
                    select(Account.id).where(Account.user_name == user_key(data.user_name))).first():
                checker.add("user_name", "user_name.taken")
            checker.raise_if_any()
            row = Account(user_name=user_key(data.user_name), display_name=clean(data.display_name),
                          role=data.role)
            stamp(row, self.ctx)
            s.add(row)
            s.flush()
            return _read(row)
