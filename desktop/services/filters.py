"""What the long lists are filtered by. Pure, so the interface can import it at start."""

from dataclasses import dataclass

# Follow-up scopes (ListFilter.kind for follow-ups).
OPEN, OVERDUE, DONE = "open", "overdue", "done"
# Bullying-case scopes (ListFilter.kind for cases; OPEN too); ListFilter.status is a stage.
REVIEW_DUE, CLOSED = "review_due", "closed"
# Concern scopes: OPEN (not answered), OVERDUE (acknowledgement or answer late), ANSWERED.
ANSWERED = "answered"
# Referral scopes: OPEN (not closed), WAITING (sent 30 days ago or more, no feedback),
# DRAFTS (not sent yet), CLOSED.
WAITING, DRAFTS = "waiting", "drafts"


@dataclass(frozen=True)
class ListFilter:
    text: str = ""  # part of a pupil's name
    status: str | None = None
    kind: str | None = None  # session kind; for follow-ups: OPEN, OVERDUE or DONE
    grade: str | None = None  # a class («5Ә»): records of its pupils only
    # A column key the list's service knows (each service has its own whitelist; an
    # unknown key keeps the list's usual order), and which way; ties go by id.
    sort: str | None = None
    descending: bool = False
