"""`senim referral ACTION`: referrals from the command line.

`senim referral list` prints one line per referral, starting with its id (the full UUID),
then its outgoing number ("-" for a draft), status (WAITING when it has waited 30 days or
more for feedback), the dates of its steps, the pupil and the organisation; tab-separated,
so a script can cut it. `--scope` narrows it (open, waiting, drafts, closed; default all).

`senim referral pdf ID --out FILE [--lang kk|ru] [--amended] [--force]` writes the letter as
a PDF: a draft in the language asked (default its own), with a "draft" mark and no number; a
sent one exactly as sent, in its own language only (another --lang is refused and says so);
--amended adds the amendments made since. FILE is never replaced without --force. The
audit trail gets a PDF entry.

Exit codes: 0 done; 1 the file could not be written; 2 could not start (no journal,
credentials, rights, no such referral, FILE exists).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .common import err, pdf_out_refused, sign_in_or_explain, signed_in_for, translated

NAME = "referral"
_SCOPES = ("all", "open", "waiting", "drafts", "closed")


def register(sub, common) -> None:
    p = sub.add_parser(NAME, parents=[common],
                       help="referrals: list them, or write a referral letter as a PDF")
    actions = p.add_subparsers(dest="referral_command", metavar="ACTION", required=True)
    ls = actions.add_parser("list", parents=[common],
                            help="one line per referral, starting with its id")
    ls.add_argument("--scope", choices=_SCOPES, default="all",
                    help="which referrals: all (default), open (not closed), waiting (30 days "
                         "or more without feedback), drafts, closed")
    pdf = actions.add_parser(
        "pdf", parents=[common], help="write a referral letter as a PDF file",
        description="A draft prints with a 'draft' mark and no number, in the language asked; "
                    "a sent letter prints exactly as it was sent, in its own language.")
    pdf.add_argument("id", help="the referral's id, as `senim referral list` shows it")
    pdf.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    pdf.add_argument("--lang", dest="letter_lang", choices=("kk", "ru"),
                     help="the letter's language (a draft only; default: the referral's own)")
    pdf.add_argument("--amended", action="store_true",
                     help="a sent letter with the amendments made since listed at its end")
    pdf.add_argument("--force", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    action = {"list": _list, "pdf": _pdf}.get(getattr(args, "referral_command", None))
    if action is None:
        err("senim referral: name an action, e.g. `senim referral list`.")
        return 2
    return action(args, data_dir)


def _signed_in(data_dir: Path, command: str):
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..services.context import REFERRALS_READ

    return signed_in_for(data_dir, command, REFERRALS_READ, "referrals")


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    from ..models.organisation import organisation_name
    from ..services.filters import ListFilter
    from ..vault import sign_out

    services = _signed_in(data_dir, "senim referral list")
    if services is None:
        return 2
    try:
        f = ListFilter(kind=None if args.scope == "all" else args.scope)
        total = services.referrals.count(f)
        rows = services.referrals.page(f, 0, max(total, 1))
        with translated(data_dir, getattr(args, "lang", None)) as language:
            # lazy: loads when the command runs, not with `senim --help` (start-up)
            from PySide6.QtCore import QCoreApplication

            from ..views.widgets.labels import label

            def word(text: str) -> str:
                return QCoreApplication.translate("ReferralCommand", text)

            for r in rows:
                steps = []
                if r.status == "draft":
                    steps.append(f"{word('written')} {r.created_on.isoformat()}")
                else:
                    read = services.referrals.get(r.id)
                    steps += [f"{label('referral_status', s).lower()} {d.isoformat()}"
                              for s, d in read.step_dates()]
                status = (word("WAITING") if r.waiting
                          else label("referral_status", r.status).lower())
                pupil = f"{r.pupil_name} ({r.class_name})"
                # The organisation as named in the interface's language (Russian for English).
                org = organisation_name(r.organisation_kk, r.organisation_ru,
                                        "kk" if language == "kk" else "ru")
                print("\t".join((str(r.id), r.number or "-", status, ", ".join(steps), pupil,
                                 org)))
            if not rows:
                print(word("No referrals."))
        return 0
    finally:
        sign_out(services)


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Marks a text for translation without importing Qt when the command starts."""
    return text


# For lupdate: the words of `senim referral list`.
_WORDS = (QT_TRANSLATE_NOOP("ReferralCommand", "written"),
          QT_TRANSLATE_NOOP("ReferralCommand", "WAITING"),
          QT_TRANSLATE_NOOP("ReferralCommand", "No referrals."))


def _pdf(args: argparse.Namespace, data_dir: Path) -> int:
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import uuid

    from ..vault import sign_out

    command = "senim referral pdf"
    out = Path(args.out).expanduser()
    try:
        referral_id = uuid.UUID(args.id)
    except ValueError:
        err(f"{command}: {args.id!r} is not a referral's id; `senim referral list` shows them.")
        return 2
    if pdf_out_refused(command, out, args.force):
        return 2
    services = _signed_in(data_dir, command)
    if services is None:
        return 2
    try:
        # lazy: loads when the command runs, not with `senim --help` (start-up)
        from ..models.text_language import letter_language_problems
        from ..models.validation import ValidationError
        from ..services.errors import NotFound

        try:
            read = services.referrals.get(referral_id)
            letter = services.referrals.letter(referral_id, language=args.letter_lang,
                                               amended=args.amended)
        except NotFound:
            err(f"{command}: there is no referral {referral_id}.")
            return 2
        except ValidationError:
            err(f"{command}: referral {read.number} was sent in {_LANGUAGE[read.language]} and "
                f"prints again only in that language; leave out --lang.")
            return 2
        try:
            # lazy: loads when the command runs, not with `senim --help` (start-up)
            from ..documents import render_referral
        except ImportError:
            err(f"{command}: printing letters is not available in this installation.")
            return 2
        problems = letter_language_problems(letter)
        if problems:  # printed all the same, but never in silence
            err(f"{command}: warning: the letter is in {_LANGUAGE[letter.language]}, but "
                f"these are not: {', '.join(_PROBLEM_WORDS[p] for p in problems)}. Correct "
                "them (or the school profile and the directory) and print again.")
        data = render_referral(letter)
        try:
            _write(out, data)
        except OSError as exc:
            err(f"{command}: cannot write {out} ({exc.strerror or type(exc).__name__}); "
                "nothing was written.")
            return 1
        kind = "draft" if letter.draft else ("amended" if args.amended else "sent")
        services.audit.record("pdf", "referral", referral_id, f"{kind},{letter.language}")
        what = (f"the draft of the referral for {read.pupil.full_name}" if letter.draft
                else f"referral No. {letter.number}")
        print(f"Wrote {what} ({_LANGUAGE[letter.language]}) to {out}.")
        return 0
    finally:
        sign_out(services)


_LANGUAGE = {"kk": "Kazakh", "ru": "Russian"}
_PROBLEM_WORDS = {
    "reason": "the reason", "summary": "the summary", "measures": "the measures",
    "amendments": "an amendment", "school_address": "the school's address",
    "director": "the director's name", "addressee": "the organisation's name",
    "addressee_head": "the head's name", "addressee_address": "the organisation's address",
}


def _write(out: Path, data: bytes) -> None:
    """Into a temporary file beside FILE, then renamed over it: never half a PDF."""
    # lazy: loads when the command runs, not with `senim --help` (start-up)
    import tempfile

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".senim-", suffix=".pdf.partial", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
