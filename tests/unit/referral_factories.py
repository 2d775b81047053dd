"""Organisations and referrals with invented names, for the referral tests (unit and CLI).

A separate module with a unique name (not conftest) so test files can import it safely."""

from datetime import date

from desktop.models.organisation import OrganisationInput
from desktop.models.referral_record import ReferralInput

CENTRE_RU = "Центр психологической поддержки Медеуского района"
CENTRE_KK = "Медеу ауданының психологиялық қолдау орталығы"


def organisation_input(**overrides) -> OrganisationInput:
    data = OrganisationInput(kind="support_centre", name_kk=CENTRE_KK, name_ru=CENTRE_RU,
                             address="ул. Примерная, 1", phone="+7 727 000 00 01",
                             head="Жақыпова Әлия Сейілқызы")
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def referral_input(pupil_id, organisation_id, **overrides) -> ReferralInput:
    """A routine referral with the mother's written consent of 1 October 2026."""
    data = ReferralInput(
        pupil_id=pupil_id, organisation_id=organisation_id, language="kk", urgency="routine",
        reason="Жүйелі қорлау, оқушы мектепке барғысы келмейді",
        summary="Қазан айынан бері сыныптастары чатта мазақтайды",
        measures="Сынып сағаты өтті, ата-анасымен кездесу болды",
        consent_by="Әлібекова Ұлжан", consent_date=date(2026, 10, 1), consent_how="written")
    for key, value in overrides.items():
        setattr(data, key, value)
    return data
