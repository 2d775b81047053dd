"""A school with a server and laptops, for the sync tests: the first laptop founds the server,
the psychologist gives the others their server logins, and each laptop joins."""

from dataclasses import dataclass
from pathlib import Path

from desktop.security import Keyring
from desktop.server.founding import found_school
from desktop.server.joining import join
from desktop.server.sync import Login, sync_once
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in, sign_out
from school import COUNSELLOR, COUNSELLOR_PASSWORD, HEAD, HEAD_PASSWORD, first_laptop

PASSWORDS = {DEMO_USER: DEMO_PASSWORD, COUNSELLOR: COUNSELLOR_PASSWORD, HEAD: HEAD_PASSWORD}
ROLES = {DEMO_USER: "psychologist", COUNSELLOR: "counsellor", HEAD: "head"}


@dataclass
class Laptop:
    data: Path
    user: str
    url: str

    def open(self):
        return sign_in(self.data, self.user, PASSWORDS[self.user])

    def sync(self):
        services = self.open()
        try:
            return sync_once(services.db, self.login())
        finally:
            sign_out(services)

    def login(self) -> Login:
        return Login.of(self.url, self.user, PASSWORDS[self.user], ROLES[self.user])


def found(tmp_path, url, owner_password, **demo) -> Laptop:
    data = first_laptop(tmp_path / "laptop-1", **demo)
    services = sign_in(data, DEMO_USER, DEMO_PASSWORD)
    try:
        found_school(url, owner_password, services.db, Keyring.path(data).read_bytes(),
                     DEMO_USER, DEMO_PASSWORD)
    finally:
        sign_out(services)
    laptop = Laptop(data, DEMO_USER, url)
    # The psychologist gives the colleagues their server logins: a new password each (here
    # the same one), sent by the next sync.
    services = laptop.open()
    try:
        for account in services.accounts.list():
            if account.user_name in (COUNSELLOR, HEAD):
                services.accounts.reset_password(account.id, PASSWORDS[account.user_name])
    finally:
        sign_out(services)
    laptop.sync()
    return laptop


def joined(tmp_path, url, user: str, name: str) -> Laptop:
    join(url, tmp_path / name, user, PASSWORDS[user])
    return Laptop(tmp_path / name, user, url)
