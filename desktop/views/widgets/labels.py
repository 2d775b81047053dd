"""Translated labels for the stored codes (enums, severities, chronology kinds)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS: dict[str, dict[str, str]] = {
    "audit_action": {
        "sign_in": QT_TRANSLATE_NOOP("Labels", "Signed in"),
        "sign_out": QT_TRANSLATE_NOOP("Labels", "Signed out"),
        "create": QT_TRANSLATE_NOOP("Labels", "Created"),
        "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
        "delete": QT_TRANSLATE_NOOP("Labels", "Deleted"),
        "read_notes": QT_TRANSLATE_NOOP("Labels", "Read confidential notes"),
        "export": QT_TRANSLATE_NOOP("Labels", "Exported"),
        "import": QT_TRANSLATE_NOOP("Labels", "Imported"),
        "print": QT_TRANSLATE_NOOP("Labels", "Printed"),
        "pdf": QT_TRANSLATE_NOOP("Labels", "Made a PDF"),
        "password_change": QT_TRANSLATE_NOOP("Labels", "Changed own password"),
        "password_reset": QT_TRANSLATE_NOOP("Labels", "Reset a password"),
        "recovery": QT_TRANSLATE_NOOP("Labels", "Set a password with the recovery key"),
        "key_rotation": QT_TRANSLATE_NOOP("Labels", "Changed all keys"),
    },
    "audit_entity": {
        "pupil": QT_TRANSLATE_NOOP("Labels", "Pupil"),
        "guardian": QT_TRANSLATE_NOOP("Labels", "Guardian"),
        "counselling_session": QT_TRANSLATE_NOOP("Labels", "Session"),
        "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
        "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
        "concern": QT_TRANSLATE_NOOP("Labels", "Concern"),
        "concern_response": QT_TRANSLATE_NOOP("Labels", "Response to a concern"),
        "account": QT_TRANSLATE_NOOP("Labels", "Account"),
        "school": QT_TRANSLATE_NOOP("Labels", "School profile"),
        "bullying_case": QT_TRANSLATE_NOOP("Labels", "Bullying case"),
        "case_stage": QT_TRANSLATE_NOOP("Labels", "Bullying case stage"),
        "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
        "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
        "referral_amendment": QT_TRANSLATE_NOOP("Labels", "Amendment to a referral"),
        "preventive_activity": QT_TRANSLATE_NOOP("Labels", "Preventive activity"),
        "council_member": QT_TRANSLATE_NOOP("Labels", "Council member"),
        "council_meeting": QT_TRANSLATE_NOOP("Labels", "Council meeting"),
        "council_attendance": QT_TRANSLATE_NOOP("Labels", "Present at a council meeting"),
        "council_item": QT_TRANSLATE_NOOP("Labels", "Council agenda item"),
        "council_proposal": QT_TRANSLATE_NOOP("Labels", "Proposal for the council's agenda"),
        "accompaniment": QT_TRANSLATE_NOOP("Labels", "Accompaniment"),
        "accompaniment_review": QT_TRANSLATE_NOOP("Labels", "Review of an accompaniment"),
        "accompaniment_ground": QT_TRANSLATE_NOOP("Labels", "Ground for accompaniment"),
        "demo": QT_TRANSLATE_NOOP("Labels", "Demo data"),
    },
    "concern_source": {
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
        "pupil": QT_TRANSLATE_NOOP("Labels", "Pupil"),
        "teacher": QT_TRANSLATE_NOOP("Labels", "Teacher"),
        "line_111": QT_TRANSLATE_NOOP("Labels", "111 contact centre"),
        "support_centre": QT_TRANSLATE_NOOP("Labels", "Psychological support centre"),
        "anonymous": QT_TRANSLATE_NOOP("Labels", "Anonymous"),
    },
    "channel": {
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "written": QT_TRANSLATE_NOOP("Labels", "Written"),
        "messenger": QT_TRANSLATE_NOOP("Labels", "Messenger"),
        "line_111": QT_TRANSLATE_NOOP("Labels", "111 line"),
    },
    "response_kind": {
        "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting held"),
        "written_answer": QT_TRANSLATE_NOOP("Labels", "Written answer"),
    },
    "concern_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
        "answered": QT_TRANSLATE_NOOP("Labels", "Answered"),
    },
    "staff_role": {
        "psychologist": QT_TRANSLATE_NOOP("Labels", "Psychologist"),
        "counsellor": QT_TRANSLATE_NOOP("Labels", "Counsellor / social pedagogue"),
        "head": QT_TRANSLATE_NOOP("Labels", "Head teacher"),
    },
    "sex": {
        "male": QT_TRANSLATE_NOOP("Labels", "Male"),
        "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    },
    "study_language": {
        "kk": QT_TRANSLATE_NOOP("Labels", "Kazakh"),
        "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
        "en": QT_TRANSLATE_NOOP("Labels", "English"),
    },
    "consent": {
        "given": QT_TRANSLATE_NOOP("Labels", "Consent given"),
        "refused": QT_TRANSLATE_NOOP("Labels", "Consent refused"),
        "not_asked": QT_TRANSLATE_NOOP("Labels", "Consent not asked"),
    },
    "relation": {
        "mother": QT_TRANSLATE_NOOP("Labels", "Mother"),
        "father": QT_TRANSLATE_NOOP("Labels", "Father"),
        "grandmother": QT_TRANSLATE_NOOP("Labels", "Grandmother"),
        "grandfather": QT_TRANSLATE_NOOP("Labels", "Grandfather"),
        "guardian": QT_TRANSLATE_NOOP("Labels", "Legal guardian"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other relative"),
    },
    "session_kind": {
        "individual": QT_TRANSLATE_NOOP("Labels", "Individual consultation"),
        "group": QT_TRANSLATE_NOOP("Labels", "Group session"),
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent consultation"),
        "teacher": QT_TRANSLATE_NOOP("Labels", "Teacher consultation"),
        "diagnostic": QT_TRANSLATE_NOOP("Labels", "Diagnostics"),
        "correctional": QT_TRANSLATE_NOOP("Labels", "Correctional-developmental session"),
        "crisis": QT_TRANSLATE_NOOP("Labels", "Crisis intervention"),
    },
    "initiator": {
        "pupil": QT_TRANSLATE_NOOP("Labels", "Pupil"),
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
        "teacher": QT_TRANSLATE_NOOP("Labels", "Teacher"),
        "administration": QT_TRANSLATE_NOOP("Labels", "School administration"),
        "psychologist": QT_TRANSLATE_NOOP("Labels", "Psychologist"),
        "line_111": QT_TRANSLATE_NOOP("Labels", "111 contact centre"),
        "support_centre": QT_TRANSLATE_NOOP("Labels", "Psychological support centre"),
        "police": QT_TRANSLATE_NOOP("Labels", "Police"),
    },
    "session_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "held": QT_TRANSLATE_NOOP("Labels", "Held"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "form": {
        "physical": QT_TRANSLATE_NOOP("Labels", "Physical"),
        "verbal": QT_TRANSLATE_NOOP("Labels", "Verbal"),
        "social": QT_TRANSLATE_NOOP("Labels", "Social (exclusion, rumours)"),
        "cyber": QT_TRANSLATE_NOOP("Labels", "Cyberbullying"),
        "sexual": QT_TRANSLATE_NOOP("Labels", "Sexual harassment"),
        "property": QT_TRANSLATE_NOOP("Labels", "Property (damage, theft)"),
        "extortion": QT_TRANSLATE_NOOP("Labels", "Extortion"),
        "threats": QT_TRANSLATE_NOOP("Labels", "Threats"),
    },
    "place": {
        "classroom": QT_TRANSLATE_NOOP("Labels", "Classroom"),
        "corridor": QT_TRANSLATE_NOOP("Labels", "Corridor"),
        "canteen": QT_TRANSLATE_NOOP("Labels", "Canteen"),
        "toilets": QT_TRANSLATE_NOOP("Labels", "Toilets"),
        "sports_ground": QT_TRANSLATE_NOOP("Labels", "Sports ground"),
        "school_bus": QT_TRANSLATE_NOOP("Labels", "School bus"),
        "online": QT_TRANSLATE_NOOP("Labels", "Online"),
        "outside_school": QT_TRANSLATE_NOOP("Labels", "Outside school"),
    },
    "role": {
        "target": QT_TRANSLATE_NOOP("Labels", "Target"),
        "aggressor": QT_TRANSLATE_NOOP("Labels", "Aggressor"),
        "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
    },
    "reporter": {
        "pupil": QT_TRANSLATE_NOOP("Labels", "Pupil"),
        "parent": QT_TRANSLATE_NOOP("Labels", "Parent"),
        "teacher": QT_TRANSLATE_NOOP("Labels", "Teacher"),
        "anonymous": QT_TRANSLATE_NOOP("Labels", "Anonymous"),
        "line_111": QT_TRANSLATE_NOOP("Labels", "111 contact centre"),
    },
    "observation_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "monitoring": QT_TRANSLATE_NOOP("Labels", "Monitoring"),
        "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    },
    "severity": {
        "1": QT_TRANSLATE_NOOP("Labels", "1 — Low"),
        "2": QT_TRANSLATE_NOOP("Labels", "2 — Moderate"),
        "3": QT_TRANSLATE_NOOP("Labels", "3 — Serious"),
        "4": QT_TRANSLATE_NOOP("Labels", "4 — Critical"),
    },
    "severity_help": {
        "1": QT_TRANSLATE_NOOP(
            "Labels",
            "A single hurtful remark, teasing or pushing; no harm done; stopped on the spot."),
        "2": QT_TRANSLATE_NOOP(
            "Labels",
            "Repeated teasing, insults or exclusion; the pupil is upset; the class teacher and "
            "parents are told."),
        "3": QT_TRANSLATE_NOOP(
            "Labels",
            "Systematic bullying, threats, cyberbullying or damaged property; the pupil is "
            "frightened or avoids school."),
        "4": QT_TRANSLATE_NOOP(
            "Labels",
            "Injury, sexual harassment, extortion or a risk to life or health, including "
            "thoughts of self-harm; act at once and refer."),
    },
    "followup_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    },
    "record": {
        "session": QT_TRANSLATE_NOOP("Labels", "Session"),
        "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
        "followup": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
        "concern": QT_TRANSLATE_NOOP("Labels", "Concern"),
        "case": QT_TRANSLATE_NOOP("Labels", "Bullying case"),
        "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
        "pupil": QT_TRANSLATE_NOOP("Labels", "Pupil"),
        "prevention": QT_TRANSLATE_NOOP("Labels", "Preventive activity"),
        "accompaniment": QT_TRANSLATE_NOOP("Labels", "Accompaniment"),
        "case_stage": QT_TRANSLATE_NOOP("Labels", "Stage of a bullying case"),
        "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
        "school": QT_TRANSLATE_NOOP("Labels", "School profile"),
    },
    # The prevention council's decisions on an agenda item (models/council.py).
    "council_decision": {
        "start": QT_TRANSLATE_NOOP("Labels", "Start accompaniment"),
        "change_plan": QT_TRANSLATE_NOOP("Labels", "Change the plan"),
        "end": QT_TRANSLATE_NOOP("Labels", "End accompaniment"),
        "refer": QT_TRANSLATE_NOOP("Labels", "Refer"),
        "no_measure": QT_TRANSLATE_NOOP("Labels", "No measure"),
    },
    # An accompaniment in a pupil's chronology: its start, a review, its end.
    "accompaniment_step": {
        "start": QT_TRANSLATE_NOOP("Labels", "Accompaniment started"),
        "review": QT_TRANSLATE_NOOP("Labels", "Accompaniment reviewed"),
        "end": QT_TRANSLATE_NOOP("Labels", "Accompaniment ended"),
    },
    "accompaniment_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Accompanied"),
        "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
        "better": QT_TRANSLATE_NOOP("Labels", "Better"),
        "same": QT_TRANSLATE_NOOP("Labels", "No change"),
        "worse": QT_TRANSLATE_NOOP("Labels", "Worse"),
    },
    # The law's grounds for accompaniment, as shipped (the school may add its own, which
    # show by their Russian or Kazakh name).
    "accompaniment_ground": {
        "learning": QT_TRANSLATE_NOOP("Labels", "Learning difficulties"),
        "absences": QT_TRANSLATE_NOOP("Labels", "Unexcused absences"),
        "antisocial": QT_TRANSLATE_NOOP("Labels", "Antisocial behaviour"),
        "offence": QT_TRANSLATE_NOOP("Labels", "An offence"),
        "violence": QT_TRANSLATE_NOOP("Labels", "Experience of violence"),
        "bullying": QT_TRANSLATE_NOOP("Labels", "Experience of bullying"),
        "life_situation": QT_TRANSLATE_NOOP("Labels", "A difficult life situation"),
    },
    "review_progress": {
        "better": QT_TRANSLATE_NOOP("Labels", "Better"),
        "same": QT_TRANSLATE_NOOP("Labels", "No change"),
        "worse": QT_TRANSLATE_NOOP("Labels", "Worse"),
    },
    "informed_how": {
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "letter": QT_TRANSLATE_NOOP("Labels", "Printed notice"),
        "messenger": QT_TRANSLATE_NOOP("Labels", "Messenger"),
    },
    # ДосболLIKE: complaint → analysis → help plan → monitoring, then closed with an outcome.
    "case_stage": {
        "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
        "analysis": QT_TRANSLATE_NOOP("Labels", "Analysis"),
        "help_plan": QT_TRANSLATE_NOOP("Labels", "Help plan"),
        "monitoring": QT_TRANSLATE_NOOP("Labels", "Monitoring"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    # Where pupils are referred (DOMAIN.md), and a referral's way.
    "organisation_kind": {
        "support_centre": QT_TRANSLATE_NOOP("Labels", "Psychological support centre (ЦПП)"),
        "pmpk": QT_TRANSLATE_NOOP("Labels", "Psychological-medical-pedagogical consultation "
                                            "(ПМПК)"),
        "juvenile_police": QT_TRANSLATE_NOOP("Labels", "Juvenile police inspector"),
        "kdn": QT_TRANSLATE_NOOP("Labels", "Commission on minors' affairs and the protection of "
                                           "their rights (КДНиЗП)"),
        "health": QT_TRANSLATE_NOOP("Labels", "Health organisation"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other organisation"),
    },
    "referral_status": {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
        "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
        "feedback": QT_TRANSLATE_NOOP("Labels", "Feedback received"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
        "waiting": QT_TRANSLATE_NOOP("Labels", "Waiting for feedback"),
    },
    "urgency": {
        "routine": QT_TRANSLATE_NOOP("Labels", "Routine"),
        "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    },
    "consent_how": {
        "written": QT_TRANSLATE_NOOP("Labels", "In writing"),
        "oral": QT_TRANSLATE_NOOP("Labels", "Orally"),
    },
    "letter_language": {
        "kk": QT_TRANSLATE_NOOP("Labels", "Kazakh"),
        "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    },
    # The preventive work log (DOMAIN.md: group work and preventive lessons).
    "programme": {
        "personal_safety": QT_TRANSLATE_NOOP("Labels", "«Personal safety» lesson"),
        "dosbol_like": QT_TRANSLATE_NOOP("Labels", "ДосболLIKE session"),
        "teacher_training": QT_TRANSLATE_NOOP("Labels", "Training for teachers"),
        "parent_meeting": QT_TRANSLATE_NOOP("Labels", "Meeting with parents"),
        "class_hour": QT_TRANSLATE_NOOP("Labels", "Class hour"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other activity"),
    },
    "audience": {
        "pupils": QT_TRANSLATE_NOOP("Labels", "Pupils"),
        "parents": QT_TRANSLATE_NOOP("Labels", "Parents"),
        "teachers": QT_TRANSLATE_NOOP("Labels", "Teachers"),
        "mixed": QT_TRANSLATE_NOOP("Labels", "Mixed group"),
    },
}


def label(group: str, value) -> str:
    """The translated label for a stored code; the code itself if it is unknown."""
    if value is None:
        return ""
    text = _LABELS[group].get(str(value))
    return QCoreApplication.translate("Labels", text) if text else str(value)


def choices(group: str) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the order above, for combo boxes."""
    return [(code, label(group, code)) for code in _LABELS[group]]


def forms_text(codes: str | list[str]) -> str:
    if isinstance(codes, str):
        codes = [c for c in codes.split(",") if c]
    return ", ".join(label("form", c) for c in codes)
