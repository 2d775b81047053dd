"""Text normalisation for search: any case, ё and е alike, Kazakh letters kept distinct."""


def search_form(text: str) -> str:
    return " ".join((text or "").casefold().replace("ё", "е").split())


def full_name(surname: str, given_name: str, patronymic: str | None = None) -> str:
    return " ".join(p for p in (surname, given_name, patronymic) if p)
