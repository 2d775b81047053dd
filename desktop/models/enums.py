"""Closed lists from DOMAIN.md, stored as their string values.

Labels for people live in desktop/views/widgets/labels.py, where Qt translates them.
"""

from enum import Enum


class StaffRole(str, Enum):
    """Who signs in. The psychologist sees everything and manages accounts; the counsellor
    never reads confidential session notes; the head teacher sees counts, never names."""

    PSYCHOLOGIST = "psychologist"
    COUNSELLOR = "counsellor"
    HEAD = "head"


class Sex(str, Enum):
    MALE = "male"
    FEMALE = "female"


class StudyLanguage(str, Enum):
    KAZAKH = "kk"
    RUSSIAN = "ru"
    ENGLISH = "en"


class ConsentStatus(str, Enum):
    GIVEN = "given"
    REFUSED = "refused"
    NOT_ASKED = "not_asked"


class GuardianRelation(str, Enum):
    MOTHER = "mother"
    FATHER = "father"
    GRANDMOTHER = "grandmother"
    GRANDFATHER = "grandfather"
    GUARDIAN = "guardian"
    OTHER = "other"


class SessionKind(str, Enum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    PARENT = "parent"
    TEACHER = "teacher"
    DIAGNOSTIC = "diagnostic"
    CORRECTIONAL = "correctional"
    CRISIS = "crisis"


# Consultations with adults about a pupil are not psychological work with the pupil
# (Order No. 377), so they need no parental consent.
KINDS_NEEDING_CONSENT = frozenset(
    {
        SessionKind.INDIVIDUAL,
        SessionKind.GROUP,
        SessionKind.DIAGNOSTIC,
        SessionKind.CORRECTIONAL,
        SessionKind.CRISIS,
    }
)


class Initiator(str, Enum):
    PUPIL = "pupil"
    PARENT = "parent"
    TEACHER = "teacher"
    ADMINISTRATION = "administration"
    PSYCHOLOGIST = "psychologist"
    LINE_111 = "line_111"
    SUPPORT_CENTRE = "support_centre"
    POLICE = "police"


class SessionStatus(str, Enum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class BullyingForm(str, Enum):
    PHYSICAL = "physical"
    VERBAL = "verbal"
    SOCIAL = "social"
    CYBER = "cyber"
    SEXUAL = "sexual"
    PROPERTY = "property"
    EXTORTION = "extortion"
    THREATS = "threats"


class Place(str, Enum):
    CLASSROOM = "classroom"
    CORRIDOR = "corridor"
    CANTEEN = "canteen"
    TOILETS = "toilets"
    SPORTS_GROUND = "sports_ground"
    SCHOOL_BUS = "school_bus"
    ONLINE = "online"
    OUTSIDE_SCHOOL = "outside_school"


class Role(str, Enum):
    TARGET = "target"
    AGGRESSOR = "aggressor"
    WITNESS = "witness"


class Reporter(str, Enum):
    PUPIL = "pupil"
    PARENT = "parent"
    TEACHER = "teacher"
    ANONYMOUS = "anonymous"
    LINE_111 = "line_111"


class ObservationStatus(str, Enum):
    OPEN = "open"
    MONITORING = "monitoring"
    RESOLVED = "resolved"


SEVERITIES = (1, 2, 3, 4)


class ConcernSource(str, Enum):
    """Who raised a concern (обращение)."""

    PARENT = "parent"
    PUPIL = "pupil"
    TEACHER = "teacher"
    LINE_111 = "line_111"
    SUPPORT_CENTRE = "support_centre"
    ANONYMOUS = "anonymous"


class Channel(str, Enum):
    """How a concern reached the school."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    WRITTEN = "written"
    MESSENGER = "messenger"
    LINE_111 = "line_111"


class ResponseKind(str, Enum):
    """What the school did in reply. Any response acknowledges a concern; only a written
    answer answers it (the clock of the Administrative Procedural Code, art. 76)."""

    ACKNOWLEDGED = "acknowledged"
    MEETING = "meeting"
    WRITTEN_ANSWER = "written_answer"


class CaseStage(str, Enum):
    """ДосболLIKE: complaint → analysis → help plan → monitoring; then the case is closed
    with an outcome."""

    COMPLAINT = "complaint"
    ANALYSIS = "analysis"
    HELP_PLAN = "help_plan"
    MONITORING = "monitoring"
    CLOSED = "closed"


CASE_STAGES = tuple(CaseStage)


class OrganisationKind(str, Enum):
    """Where a pupil is referred (DOMAIN.md)."""

    SUPPORT_CENTRE = "support_centre"  # ЦПП, центр психологической поддержки
    PMPK = "pmpk"  # ПМПК: needs parental consent
    JUVENILE_POLICE = "juvenile_police"  # инспектор по делам несовершеннолетних
    KDN = "kdn"  # комиссия по делам несовершеннолетних
    HEALTH = "health"
    OTHER = "other"


class ReferralStatus(str, Enum):
    """A referral's way: draft → sent → acknowledged → feedback received → closed."""

    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    FEEDBACK = "feedback"
    CLOSED = "closed"


class Urgency(str, Enum):
    ROUTINE = "routine"
    URGENT = "urgent"


class ConsentHow(str, Enum):
    """How a parent gave consent to a referral."""

    WRITTEN = "written"  # a signed form
    ORAL = "oral"  # in person or by phone, noted by the school


class LetterLanguage(str, Enum):
    KAZAKH = "kk"
    RUSSIAN = "ru"


class Programme(str, Enum):
    """Preventive group work (DOMAIN.md: a log of group work and preventive lessons)."""

    PERSONAL_SAFETY = "personal_safety"  # «Личная безопасность» / «Жеке қауіпсіздік»
    DOSBOL_LIKE = "dosbol_like"  # ДосболLIKE sessions of the anti-bullying programme
    TEACHER_TRAINING = "teacher_training"  # trainings and seminars for teachers
    PARENT_MEETING = "parent_meeting"  # meetings with parents (родительский всеобуч)
    CLASS_HOUR = "class_hour"  # классный час / сынып сағаты
    OTHER = "other"


class Audience(str, Enum):
    """Who a preventive activity was for."""

    PUPILS = "pupils"
    PARENTS = "parents"
    TEACHERS = "teachers"
    MIXED = "mixed"
