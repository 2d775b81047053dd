"""The meaning of every code an export writes, listed in its README (English: the files
are for whoever reads them next, in any language)."""

from __future__ import annotations

from ..models.enums import (
    BullyingForm, CaseStage, Channel, ConcernSource, ConsentHow, ConsentStatus, GuardianRelation,
    Initiator, LetterLanguage, ObservationStatus, OrganisationKind, Place, ReferralStatus,
    Reporter, ResponseKind, Role, SessionKind, SessionStatus, Sex, StudyLanguage, Urgency,
    Audience, Programme,
)
from ..models.accompaniment import InformedHow, Progress
from ..models.council import Decision, ProposalDecision
from ..models.warnings import Rule


def _codes(enum, meanings: dict[str, str]) -> dict[str, str]:
    """The enum's codes in order, each with its English meaning (KeyError if one is missing:
    a code nobody can read is not exported)."""
    return {member.value: meanings[member.value] for member in enum}


CODE_LISTS: dict[str, dict[str, str]] = {
    "sex": _codes(Sex, {"male": "male", "female": "female"}),
    "study_language": _codes(StudyLanguage, {"kk": "Kazakh", "ru": "Russian", "en": "English"}),
    "consent": _codes(ConsentStatus, {"given": "consent given", "refused": "consent refused",
                                      "not_asked": "consent not asked yet"}),
    "relation": _codes(GuardianRelation, {
        "mother": "mother", "father": "father", "grandmother": "grandmother",
        "grandfather": "grandfather", "guardian": "legal guardian", "other": "other relative"}),
    "session_kind": _codes(SessionKind, {
        "individual": "individual consultation", "group": "group session",
        "parent": "consultation with a parent", "teacher": "consultation with a teacher",
        "diagnostic": "diagnostics", "correctional": "correctional-developmental session",
        "crisis": "crisis intervention"}),
    "initiator": _codes(Initiator, {
        "pupil": "the pupil", "parent": "a parent", "teacher": "a teacher",
        "administration": "the school administration", "psychologist": "the psychologist",
        "line_111": "the 111 contact centre", "support_centre": "a psychological support centre",
        "police": "the police"}),
    "session_status": _codes(SessionStatus, {"planned": "planned", "held": "held",
                                             "cancelled": "cancelled"}),
    "place": _codes(Place, {
        "classroom": "classroom", "corridor": "corridor", "canteen": "canteen",
        "toilets": "toilets", "sports_ground": "sports ground", "school_bus": "school bus",
        "online": "online", "outside_school": "outside school"}),
    "severity": {
        "1": "low: a single hurtful remark, teasing or pushing; no harm done",
        "2": "moderate: repeated teasing, insults or exclusion; the pupil is upset",
        "3": "serious: systematic bullying, threats, cyberbullying or damaged property",
        "4": "critical: injury, sexual harassment, extortion or a risk to life or health",
    },
    "reporter": _codes(Reporter, {
        "pupil": "a pupil", "parent": "a parent", "teacher": "a teacher",
        "anonymous": "anonymous", "line_111": "the 111 contact centre"}),
    "observation_status": _codes(ObservationStatus, {
        "open": "open", "monitoring": "monitoring", "resolved": "resolved"}),
    "form": _codes(BullyingForm, {
        "physical": "physical", "verbal": "verbal", "social": "social (exclusion, rumours)",
        "cyber": "cyberbullying", "sexual": "sexual harassment",
        "property": "property (damage, theft)", "extortion": "extortion",
        "threats": "threats"}),
    "role": _codes(Role, {"target": "target", "aggressor": "aggressor", "witness": "witness"}),
    "concern_source": _codes(ConcernSource, {
        "parent": "a parent", "pupil": "a pupil", "teacher": "a teacher",
        "line_111": "the 111 contact centre", "support_centre": "a psychological support centre",
        "anonymous": "anonymous"}),
    "channel": _codes(Channel, {
        "in_person": "in person", "phone": "by phone", "written": "in writing",
        "messenger": "by messenger", "line_111": "through the 111 contact centre"}),
    "response_kind": _codes(ResponseKind, {
        "acknowledged": "acknowledged (any first response acknowledges a concern)",
        "meeting": "a meeting", "written_answer": "a written answer (it answers the concern)"}),
    "case_stage": _codes(CaseStage, {
        "complaint": "ДосболLIKE stage 1, complaint: the case is opened",
        "analysis": "ДосболLIKE stage 2, analysis: what happened and who is involved",
        "help_plan": "ДосболLIKE stage 3, help plan: actions for the pupils (follow_ups.csv)",
        "monitoring": "ДосболLIKE stage 4, monitoring: watched until its review date",
        "closed": "closed with an outcome"}),
    "organisation_kind": _codes(OrganisationKind, {
        "support_centre": "a psychological support centre (ЦПП)",
        "pmpk": "a psychological-medical-pedagogical consultation (ПМПК)",
        "juvenile_police": "the juvenile police inspector",
        "kdn": "the commission on minors' affairs and the protection of their rights "
               "(КДНиЗП)",
        "health": "a health organisation", "other": "another organisation"}),
    "referral_status": _codes(ReferralStatus, {
        "draft": "a draft, not sent yet (no number)", "sent": "sent",
        "acknowledged": "acknowledged by the organisation",
        "feedback": "the organisation's feedback received", "closed": "closed"}),
    "urgency": _codes(Urgency, {"routine": "routine",
                                "urgent": "urgent (may go without consent, with the reason)"}),
    "consent_how": _codes(ConsentHow, {"written": "in writing (a signed form)",
                                       "oral": "orally, in person or by phone"}),
    "letter_language": _codes(LetterLanguage, {"kk": "Kazakh", "ru": "Russian"}),
    "programme": _codes(Programme, {
        "personal_safety": "a «Личная безопасность» (personal safety) lesson",
        "dosbol_like": "a session of the ДосболLIKE anti-bullying programme",
        "teacher_training": "a training or seminar for teachers",
        "parent_meeting": "a meeting with parents", "class_hour": "a class hour",
        "other": "another activity"}),
    "audience": _codes(Audience, {"pupils": "pupils", "parents": "parents",
                                  "teachers": "teachers", "mixed": "a mixed group"}),
    "warning_rule": _codes(Rule, {
        "self_harm_risk": "a risk of self-harm was noted in a session",
        "severe_incident": "a target or aggressor in a serious incident (severity 3-4) still "
                           "open",
        "repeated_target": "the target in several incidents within the bullying window",
        "target_and_aggressor": "both a target and an aggressor in recent incidents",
        "concern_overdue": "a concern about the pupil was not acknowledged or answered in time",
        "repeat_concern": "two or more concerns about the pupil within the set days",
        "no_follow_up": "an open incident with no follow-up action after the set days",
        "action_overdue": "a follow-up action for the pupil is past its due date",
        "review_due": "the review date of a bullying case under monitoring has passed"}),
    "council_decision": _codes(Decision, {
        "start": "start individual accompaniment", "change_plan": "change its plan",
        "end": "end the accompaniment", "refer": "refer the pupil (a referral draft)",
        "no_measure": "heard and noted, no measure"}),
    "review_progress": _codes(Progress, {"better": "better", "same": "no change",
                                         "worse": "worse"}),
    "informed_how": _codes(InformedHow, {
        "in_person": "in person", "phone": "by phone", "letter": "by the printed notice",
        "messenger": "by a messenger"}),
    "proposal_decision": _codes(ProposalDecision, {
        "accepted": "put on a meeting's agenda", "dismissed": "dismissed, with a reason"}),
}
