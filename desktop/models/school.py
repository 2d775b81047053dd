"""The school's profile: used on letterheads and in the window title."""

from dataclasses import dataclass


@dataclass
class SchoolInput:
    name_kk: str = ""
    name_ru: str = ""
    address: str = ""
    phone: str = ""
    director: str = ""
    psychologist: str = ""
    # For letters and reports in Kazakh; `address` and `director` serve those in Russian.
    address_kk: str = ""
    director_kk: str = ""
    # Outgoing numbers of referral letters: {n} the number within the school year, {year}
    # the school year as "2025-26"; "{n}/{year}" gives 15/2025-26.
    referral_number_pattern: str = "{n}/{year}"


    def address_in(self, language: str) -> str:
        """The address for a document in `language`: the Kazakh one in Kazakh when given."""
        return (self.address_kk if language == "kk" and self.address_kk.strip()
                else self.address)

    def director_in(self, language: str) -> str:
        return (self.director_kk if language == "kk" and self.director_kk.strip()
                else self.director)


# The profile is small and has no rules of its own, so reading and editing share one shape.
SchoolRead = SchoolInput
