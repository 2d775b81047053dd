"""A school's first laptop for the team-journal tests: a small demo journal made through the
real `senim demo`, with a counsellor and a head teacher added by the psychologist."""

import os
from pathlib import Path

from desktop import cli
from desktop.models.account import AccountInput
from desktop.vault import DEMO_PASSWORD, DEMO_USER, sign_in, sign_out

COUNSELLOR, COUNSELLOR_PASSWORD = "aigerim", "counsellor-pass-1"
HEAD, HEAD_PASSWORD = "head", "head-teacher-pass-1"


def first_laptop(path: Path, pupils: int = 20, records: int = 150) -> Path:
    os.environ["SENIM_USER"], os.environ["SENIM_PASSWORD"] = DEMO_USER, DEMO_PASSWORD
    try:
        assert cli.main(["--data-dir", str(path), "--lang", "en", "demo", "--pupils",
                         str(pupils), "--records", str(records), "--seed", "3"]) == 0
    finally:
        for name in ("SENIM_USER", "SENIM_PASSWORD"):
            os.environ.pop(name, None)
    services = sign_in(path, DEMO_USER, DEMO_PASSWORD)
    try:
        services.accounts.add(AccountInput(COUNSELLOR, "Әйгерім Сәрсенова (invented)",
                                           "counsellor", COUNSELLOR_PASSWORD))
        services.accounts.add(AccountInput(HEAD, "Head Teacher (invented)", "head",
                                           HEAD_PASSWORD))
    finally:
        sign_out(services)
    return path
