"""Translated messages for the services' error codes."""

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...faults import DAMAGED, EMPTY, MISSING
from .fmt import format_date, format_datetime

_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters."),
    "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Choose a value from the list."),
    "name.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Use letters only; a hyphen, an apostrophe or a space may join parts."),
    "birth_date.age": QT_TRANSLATE_NOOP(
        "Messages", "A pupil must be {min} to {max} years old today. Check the birth date."),
    "class.invalid": QT_TRANSLATE_NOOP(
        "Messages", "A class is a grade from 0 to 12 and a capital letter, e.g. 7Ә or 10Б."),
    "iin.format": QT_TRANSLATE_NOOP("Messages", "An IIN is exactly 12 digits."),
    "iin.checksum": QT_TRANSLATE_NOOP(
        "Messages", "The check digit does not match: there is a typo in this IIN."),
    # Warnings, never refusals: since 2013 an IIN need not give the birth date or sex.
    "iin.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The IIN's digits give the birth date {birth_date}. Since 2013 an IIN may "
        "differ from the birth date: check it against the pupil's documents."),
    "iin.sex_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The IIN's 7th digit gives the other sex. Since 2013 an IIN may differ "
        "from the sex: check it against the pupil's documents."),
    "iin.bin": QT_TRANSLATE_NOOP(
        "Messages", "This is a business identification number (BIN: its 5th digit is 4, 5 "
        "or 6), not a person's IIN. Check it against the pupil's documents."),
    "iin.duplicate": QT_TRANSLATE_NOOP("Messages", "Another pupil already has this IIN."),
    "date.future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "date.future_held": QT_TRANSLATE_NOOP(
        "Messages",
        "A session that was held cannot be in the future. Mark it as planned or correct the date."),
    "date.too_old": QT_TRANSLATE_NOOP("Messages", "This date is too far in the past."),
    "duration.range": QT_TRANSLATE_NOOP("Messages", "The duration must be {min} to {max} minutes."),
    "pupils.required": QT_TRANSLATE_NOOP("Messages", "Add at least one pupil."),
    "pupils.duplicate": QT_TRANSLATE_NOOP("Messages", "A pupil is listed twice."),
    "pupils.missing": QT_TRANSLATE_NOOP("Messages", "A pupil chosen here no longer exists."),
    "consent.reason_required": QT_TRANSLATE_NOOP(
        "Messages",
        "No written parental consent for: {names}. Work without it is allowed only as an urgent "
        "crisis response; write why."),
    "forms.required": QT_TRANSLATE_NOOP("Messages", "Choose at least one form of bullying."),
    "severity.range": QT_TRANSLATE_NOOP("Messages", "Severity is from 1 to 4."),
    "participants.required": QT_TRANSLATE_NOOP("Messages", "Add the pupils involved."),
    "participants.role_required": QT_TRANSLATE_NOOP("Messages", "Give every pupil a role."),
    "participants.no_target": QT_TRANSLATE_NOOP(
        "Messages", "At least one pupil must be the target."),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Enter a phone number, e.g. +7 701 234 56 78."),
    "link.pupil_not_involved": QT_TRANSLATE_NOOP(
        "Messages", "This pupil does not take part in the chosen record."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "Give a whole number from {min} to {max}."),
    "warnings.answer_before_ack": QT_TRANSLATE_NOOP(
        "Messages", "The written answer cannot be due before the acknowledgement."),
    "holidays.kind": QT_TRANSLATE_NOOP("Messages", "Choose what the school does on the day."),
    "holidays.outside_year": QT_TRANSLATE_NOOP(
        "Messages", "The day falls in {year}, outside the year being edited."),
    "holidays.twice": QT_TRANSLATE_NOOP("Messages", "{date} is listed twice."),
    "holidays.already_off": QT_TRANSLATE_NOOP(
        "Messages", "{date} is already a day off: a weekend or a holiday by law."),
    "holidays.already_working": QT_TRANSLATE_NOOP(
        "Messages", "{date} is already a working day."),
    "school.name_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the school's name in Kazakh or in Russian."),
    "user_name.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Use letters, digits, dots, hyphens or underscores, starting with a letter "
        "or digit."),
    "user_name.taken": QT_TRANSLATE_NOOP("Messages", "This user name is already taken."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Messages", "The password must have at least {min} characters."),
    "password.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords are not the same."),
    "keyring.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "This folder holds an encrypted journal, but its keyring (keys.json) is missing. Put "
        "keys.json back from where it was copied from; nothing has been changed."),
    "password.wrong": QT_TRANSLATE_NOOP("Messages", "This is not your current password."),
    "password.wait": QT_TRANSLATE_NOOP(
        "Messages", "Too many failed attempts. Try again in {seconds} s."),
    "account.self": QT_TRANSLATE_NOOP(
        "Messages", "You cannot stop your own account while you are signed in with it."),
    "account.last_psychologist": QT_TRANSLATE_NOOP(
        "Messages", "This is the last psychologist's account: someone must be able to manage "
        "the journal."),
    "account.needs_password": QT_TRANSLATE_NOOP(
        "Messages", "This account has not signed in since Senim was updated: set a new "
        "password for it first, then allow it to sign in."),
    "recovery.wrong": QT_TRANSLATE_NOOP(
        "Messages", "This is not the recovery key of this journal. Check it letter by letter."),
    "recovery.no_account": QT_TRANSLATE_NOOP("Messages", "There is no account with this name."),
    "case.review_required": QT_TRANSLATE_NOOP(
        "Messages", "Monitoring needs the date of the next review."),
    "case.review_before_stage": QT_TRANSLATE_NOOP(
        "Messages", "The review cannot be before the date of this stage."),
    "case.review_before_opened": QT_TRANSLATE_NOOP(
        "Messages", "The review cannot be before the case was opened."),
    "case.outcome_required": QT_TRANSLATE_NOOP(
        "Messages", "A case is closed with its outcome: write how it ended."),
    "case.open_actions": QT_TRANSLATE_NOOP(
        "Messages", "Help-plan actions still open: {count}. Mark them done first, or close "
        "the case anyway."),
    "case.close_anyway_required": QT_TRANSLATE_NOOP(
        "Messages", "Read the warnings above; tick this box to close the case as it is."),
    "case.monitoring_short": QT_TRANSLATE_NOOP(
        "Messages", "The case has been monitored for {days} days; the school's minimum is "
        "{min} days."),
    "case.opened_after_stage": QT_TRANSLATE_NOOP(
        "Messages", "The case cannot open after its next stage began on {date}."),
    "case.record_unrelated": QT_TRANSLATE_NOOP(
        "Messages", "This record is not about any pupil of the case."),
    "case.record_in_other_case": QT_TRANSLATE_NOOP(
        "Messages", "This record already belongs to the case “{title}”: unlink it there first."),
    "case.pupil_not_in_case": QT_TRANSLATE_NOOP(
        "Messages", "This pupil is not part of the case: add them to its pupils first."),
    "stage.same": QT_TRANSLATE_NOOP("Messages", "The case is already at this stage."),
    "stage.skip": QT_TRANSLATE_NOOP(
        "Messages", "Stages move forward one at a time (a case may be closed at any stage)."),
    "stage.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "A case cannot move back to the complaint stage."),
    "stage.date_before_previous": QT_TRANSLATE_NOOP(
        "Messages", "This date is before the previous stage ({date})."),
    "stage.back_note_required": QT_TRANSLATE_NOOP(
        "Messages", "Going back a stage needs a note saying why."),
    "concern.summary_without_pupils": QT_TRANSLATE_NOOP(
        "Messages", "No pupil is named: say whom the concern is about (a class, a group), in at "
        "least {min} characters."),
    "concern.after_responses": QT_TRANSLATE_NOOP(
        "Messages", "A response is dated {date}: the concern cannot have come later."),
    "response.before_concern": QT_TRANSLATE_NOOP(
        "Messages", "A response cannot be dated before the concern came in ({date})."),
    "organisation.name_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the organisation's name in Kazakh or in Russian."),
    "organisation.missing": QT_TRANSLATE_NOOP(
        "Messages", "This organisation has been deleted from the directory: choose another."),
    "organisation.inactive": QT_TRANSLATE_NOOP(
        "Messages", "This organisation is no longer in use: choose another, or make it active "
        "again in Settings → Organisations."),
    "referral.consent_required": QT_TRANSLATE_NOOP(
        "Messages", "A routine referral needs a parent's consent: who gave it, when and how. "
        "Without consent only an urgent referral may go, with the reason written."),
    "referral.pmpk_consent": QT_TRANSLATE_NOOP(
        "Messages", "A referral to the ПМПК always needs a parent's written consent, even when "
        "urgent."),
    "referral.pmpk_written": QT_TRANSLATE_NOOP(
        "Messages", "The ПМПК needs a parent's written consent (a signed form): oral consent, "
        "in person or by phone, is not enough."),
    "referral.no_consent_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Without a parent's consent, write why the referral cannot wait."),
    "referral.number_pattern": QT_TRANSLATE_NOOP(
        "Messages", "Write {n} where the number goes, and {year} for the school year if you "
        "want it, e.g. {n}/{year}."),
    "referral.frozen": QT_TRANSLATE_NOOP(
        "Messages", "This referral was sent on {date} as No. {number} and can no longer be "
        "changed: add an amendment instead."),
    "referral.delete_sent": QT_TRANSLATE_NOOP(
        "Messages", "A referral that was sent (No. {number}) stays in the journal; only a draft "
        "can be deleted."),
    "referral.sent_before_consent": QT_TRANSLATE_NOOP(
        "Messages", "The consent is dated {date}: the referral cannot have been sent before it."),
    "referral.status_not_next": QT_TRANSLATE_NOOP(
        "Messages", "A referral moves forward one step at a time: sent, acknowledged, feedback "
        "received, closed."),
    "referral.date_before_previous": QT_TRANSLATE_NOOP(
        "Messages", "This date is before the referral's previous step ({date})."),
    "referral.feedback_required": QT_TRANSLATE_NOOP(
        "Messages", "Write what the organisation answered."),
    "referral.amend_draft": QT_TRANSLATE_NOOP(
        "Messages", "A draft can still be changed: amendments are for referrals already sent."),
    "referral.amendment_before_sending": QT_TRANSLATE_NOOP(
        "Messages", "An amendment cannot be dated before the referral was sent ({date})."),
    "referral.letter_language": QT_TRANSLATE_NOOP(
        "Messages", "A letter that was sent prints again only in the language it was sent in."),
    "prevention.class_or_group": QT_TRANSLATE_NOOP(
        "Messages", "Name the class (e.g. 7Ә) or the group the activity was for."),
    "summary.future": QT_TRANSLATE_NOOP(
        "Messages", "This period has not begun yet ({date}): there is nothing to count."),
    "summary.too_short": QT_TRANSLATE_NOOP(
        "Messages", "Counts are shown for {days} days or more: a shorter range could point at "
        "a single pupil."),
    "year.name_format": QT_TRANSLATE_NOOP(
        "Messages", "Write the school year as two years in a row, e.g. 2026-2027."),
    "year.name_taken": QT_TRANSLATE_NOOP("Messages", "This school year is already in the calendar."),
    "year.outside_window": QT_TRANSLATE_NOOP(
        "Messages", "The dates of this school year fall between {first} and {last}."),
    "year.overlaps": QT_TRANSLATE_NOOP("Messages", "These dates overlap the school year {name}."),
    "year.four_terms": QT_TRANSLATE_NOOP("Messages", "A school year has exactly {n} quarters."),
    "calendar.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The last day cannot be before the first day."),
    "calendar.outside_year": QT_TRANSLATE_NOOP(
        "Messages", "Give a date within the school year: {first} to {last}."),
    "term.not_after_previous": QT_TRANSLATE_NOOP(
        "Messages", "Quarter {n} must begin after quarter {previous} ends ({date})."),
    "break.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The break {start} – {end} ends before it begins."),
    "break.outside_year": QT_TRANSLATE_NOOP(
        "Messages", "The break {start} – {end} is outside the school year ({first} to {last})."),
    # A calendar file (services/calendar_file.py); the line number is shown before each.
    "calendar_file.format": QT_TRANSLATE_NOOP(
        "Messages", "This is not a Senim calendar file: its first line must be “{header}”."),
    "calendar_file.version": QT_TRANSLATE_NOOP(
        "Messages", "This calendar file is version {version}; this Senim reads version "
                    "{supported}. Update Senim or ask for the file in the older version."),
    "calendar_file.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "Unknown line “{kind}”: a line begins with year, lessons, quarter, break, "
                    "confirmed, day_off or working_day."),
    "calendar_file.fields": QT_TRANSLATE_NOOP(
        "Messages", "Wrong number of values for “{kind}”; write it like {example}"),
    "calendar_file.date": QT_TRANSLATE_NOOP(
        "Messages", "“{text}” is not a real date; write dates like 2026-09-01 or 01.09.2026."),
    "calendar_file.no_year": QT_TRANSLATE_NOOP(
        "Messages", "This “{kind}” line comes before any “year” line."),
    "calendar_file.no_years": QT_TRANSLATE_NOOP(
        "Messages", "The file has no school year (no “year” line)."),
    "calendar_file.year_twice": QT_TRANSLATE_NOOP(
        "Messages", "The school year {year} is in the file twice."),
    "calendar_file.lessons_twice": QT_TRANSLATE_NOOP(
        "Messages", "The school year {year} has two “lessons” lines."),
    "calendar_file.quarter_number": QT_TRANSLATE_NOOP(
        "Messages", "“{text}” is not a quarter: quarters are numbered 1 to {n}."),
    "calendar_file.quarter_twice": QT_TRANSLATE_NOOP(
        "Messages", "Quarter {n} of {year} is given twice."),
    "calendar_file.flag": QT_TRANSLATE_NOOP(
        "Messages", "“{text}” is not understood here; expected: {expected}."),
    "calendar_file.day_twice": QT_TRANSLATE_NOOP(
        "Messages", "The day {date} is already corrected on line {other}."),
    "calendar_file.day_outside": QT_TRANSLATE_NOOP(
        "Messages", "The day {date} is outside the school years of this file ({first} to "
                    "{last})."),
    "calendar_file.line": QT_TRANSLATE_NOOP("Messages", "Line {line}: {message}"),
    "conflict.gone": QT_TRANSLATE_NOOP(
        "Messages", "This conflict was settled meanwhile."),
    "conflict.cannot_use_mine": QT_TRANSLATE_NOOP(
        "Messages", "This laptop's value cannot be written back here; keep the server's and "
                    "change the record if need be."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Your role does not allow this; nothing was changed."),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "This record has been deleted or no longer exists."),
    "storage.full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full: the record was not saved. Free some space (empty the recycle bin, "
        "remove old downloads) and press Save again; your text stays in this form."),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Senim cannot write to the journal's folder: it is read-only, or the disk or USB stick "
        "is gone. The record was not saved; check the folder and press Save again. Your text "
        "stays in this form."),
    "storage.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal is busy: another program (perhaps another Senim) is writing to it. The "
        "record was not saved; wait a moment and press Save again. Your text stays in this form."),
    "storage.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal file is damaged, so the record was not saved. Your text stays in this form: "
        "copy it somewhere safe, then quit Senim and sign in again to restore the latest "
        "verified backup."),
    # Opening the journal, or a command working on it (desktop/faults.py).
    "open.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal file senim.db is missing from {folder} although this folder has its keys "
        "(keys.json): nothing was created."),
    "open.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal file senim.db in {folder} is empty although this folder has its keys "
        "(keys.json): nothing was created over it."),
    "open.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal file in {folder} is damaged: it cannot be read with its key. Nothing was "
        "changed."),
    "open.full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk that holds {folder} is full, so Senim cannot work on the journal. The "
        "journal is not damaged and nothing was changed: free some space and try again."),
    "open.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Senim cannot write to {folder}: the folder is read-only, or the disk or USB stick is "
        "gone. The journal is not damaged and nothing was changed: check the folder and try "
        "again."),
    "open.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal in {folder} is locked by another program (another Senim, a backup or a "
        "sync tool). The journal is not damaged and nothing was changed: close that program "
        "and try again."),
    "open.restore_command": QT_TRANSLATE_NOOP(
        "Messages",
        "Restore the latest verified backup, from {when}: senim restore \"{file}\""),
    "open.restore_sign_in": QT_TRANSLATE_NOOP(
        "Messages",
        "Sign in to restore the latest verified backup, from {when}."),
    "open.no_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no verified backup to restore: delete nothing, and put the file back from a "
        "copy (senim restore FILE restores a backup's senim-….db)."),
    # The prevention council and individual accompaniment (Law No. 245-VIII).
    "council.nobody_present": QT_TRANSLATE_NOOP(
        "Messages", "Mark who was present: minutes with no one present cannot be kept."),
    "council.member_twice": QT_TRANSLATE_NOOP("Messages", "A member is marked present twice."),
    "council.not_present": QT_TRANSLATE_NOOP(
        "Messages", "The chair and the secretary must be among those present."),
    "council.chair_is_secretary": QT_TRANSLATE_NOOP(
        "Messages", "The chair and the secretary must be two different members."),
    "council.too_many_items": QT_TRANSLATE_NOOP(
        "Messages", "At most {max} items on one meeting's agenda."),
    "council.item_title_required": QT_TRANSLATE_NOOP(
        "Messages", "An item that is not about a pupil needs a title."),
    "council.decision_needs_pupil": QT_TRANSLATE_NOOP(
        "Messages", "This decision is about a pupil; for another item choose «No measure» "
        "and write what was decided."),
    "council.member_missing": QT_TRANSLATE_NOOP(
        "Messages", "A member chosen here is no longer on the council's list."),
    "council.decided_item_kept": QT_TRANSLATE_NOOP(
        "Messages", "An item the council has decided stays on the agenda, with its pupil."),
    "council.date_fixed_by_decisions": QT_TRANSLATE_NOOP(
        "Messages", "An accompaniment began or ended by this meeting's decision on {date}: "
        "the date can no longer change."),
    "council.decided_in_future": QT_TRANSLATE_NOOP(
        "Messages", "This meeting has decisions: it cannot be moved to a day still to come."),
    "council.delete_decided": QT_TRANSLATE_NOOP(
        "Messages", "The council has decided items at this meeting: it cannot be deleted."),
    "council.already_decided": QT_TRANSLATE_NOOP(
        "Messages", "This item is already decided; the next meeting may decide anew."),
    "council.meeting_not_held": QT_TRANSLATE_NOOP(
        "Messages", "The meeting is on {date}: decisions are recorded once it has been held."),
    "council.meeting_past": QT_TRANSLATE_NOOP(
        "Messages", "The meeting of {date} has been held; choose a meeting still to come."),
    "council.pupil_on_agenda": QT_TRANSLATE_NOOP(
        "Messages", "This pupil is already on that meeting's agenda."),
    "accompaniment.already_open": QT_TRANSLATE_NOOP(
        "Messages", "The pupil has been accompanied since {date}. Choose «Change the plan» "
        "to change the measures instead."),
    "accompaniment.none_open": QT_TRANSLATE_NOOP(
        "Messages", "The pupil is not accompanied now: the council may start accompaniment."),
    "accompaniment.grounds_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one ground."),
    "accompaniment.ground_twice": QT_TRANSLATE_NOOP("Messages", "A ground is chosen twice."),
    "accompaniment.ground_unknown": QT_TRANSLATE_NOOP(
        "Messages", "A ground chosen here is not on the list, or was switched off."),
    "accompaniment.ground_code": QT_TRANSLATE_NOOP(
        "Messages", "A code is up to 30 Latin letters, digits or _ (e.g. family_move)."),
    "accompaniment.ground_code_kept": QT_TRANSLATE_NOOP(
        "Messages", "A ground's code stays as it was: records keep it."),
    "accompaniment.ground_code_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another ground has this code."),
    "accompaniment.before_start": QT_TRANSLATE_NOOP(
        "Messages", "This cannot be before the accompaniment began, on {date}."),
    "accompaniment.review_before_start": QT_TRANSLATE_NOOP(
        "Messages", "A review cannot be before the accompaniment began, on {date}."),
    "accompaniment.review_after_end": QT_TRANSLATE_NOOP(
        "Messages", "A review cannot be after the accompaniment ended, on {date}."),
    "accompaniment.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The accompaniment began on {date}: it cannot end before."),
    "accompaniment.end_before_review": QT_TRANSLATE_NOOP(
        "Messages", "The accompaniment was reviewed on {date}: it cannot end before."),
    "accompaniment.ended": QT_TRANSLATE_NOOP(
        "Messages", "The accompaniment ended on {date}: its plan no longer changes."),
    "accompaniment.other_pupil": QT_TRANSLATE_NOOP(
        "Messages", "A measure of the plan is for the accompanied pupil."),
    "notes.psychologist_only": QT_TRANSLATE_NOOP(
        "Messages", "Only the psychologist writes confidential notes."),
    "unexpected": QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong and nothing was saved. Your text is still in the form; "
        "please try again. The details were written to the log."),
}


def message(code: str, params: dict | None = None) -> str:
    template = _MESSAGES.get(code)
    if template is None:
        return code
    text = QCoreApplication.translate("Messages", template)
    if params:
        shown = {k: format_date(v) if isinstance(v, date) and not isinstance(v, datetime) else v
                 for k, v in params.items()}
        try:
            text = text.format(**shown)
        except (KeyError, IndexError):
            pass  # a translation that dropped a placeholder still reads well enough
    return text


def line_message(line: int, code: str, params: dict | None = None) -> str:
    """A calendar file's problem: "Line 7: …" (the whole file's when line is 0)."""
    text = message(code, params)
    if not line:
        return text
    return QCoreApplication.translate("Messages", _MESSAGES["calendar_file.line"]).format(
        line=line, message=text)


def fault_message(code: str, data_dir, backup=None, in_app: bool = False) -> str:
    """One line for a fault of desktop/faults.py. For the journal's own faults (missing,
    empty, damaged) the way out follows: the newest verified backup (`backup`, a
    BackupInfo) with the `senim restore` command, or, in the app, signing in to restore it."""
    text = message(code, {"folder": str(data_dir)})
    if code not in (MISSING, EMPTY, DAMAGED):
        return text
    if backup is None:
        return text + " " + message("open.no_backup")
    when = format_datetime(backup.taken_at)
    if in_app:
        return text + " " + message("open.restore_sign_in", {"when": when})
    return text + " " + message("open.restore_command", {"when": when, "file": str(backup.path)})
