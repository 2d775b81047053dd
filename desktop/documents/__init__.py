"""The printed documents, as PDF bytes: the referral letter and the parental consent form.

No Qt here (reportlab only), so the command line and the tests use them unchanged. Each
document is written in its own language (Kazakh or Russian, chosen per document), which has
nothing to do with the interface language: the fixed texts are in `wording.py`, not in the
Qt translations.
"""

from .consent_form import render_consent_form
from .council_papers import render_minutes, render_notice, render_plan
from .pupil_file import render_pupil_file
from .referral_letter import render_referral

__all__ = ["render_minutes", "render_notice", "render_plan", "render_consent_form", "render_pupil_file", "render_referral"]
