"""A minister's portfolio, in brackets or after "van": the ministry they speak for
(made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.portfolio import ministers_portfolio, portfolio_before_names


def test_a_dutch_ministers_portfolio_after_van_is_the_ministry() -> None:
    assert ministers_portfolio(["minister van Zorg en Welzijn"]) == "Zorg en Welzijn"
    assert ministers_portfolio(["staatssecretaris van Wonen"]) == "Wonen"
    assert ministers_portfolio(["minister van Staat"]) is None  # an honorary title
    assert ministers_portfolio(["minister van Zorg en Welzijn", "directeur"]) is None


def test_the_title_before_a_quoted_ministers_name_gives_the_ministry() -> None:
    text = "Minister van Zorg en Welzijn Anna de Wit zei dat het zo niet verder kan."
    quotes = [{"speaker": "Anna de Wit", "role": None, "text": "Dit kan zo niet verder."}]
    assert portfolio_before_names(quotes, text) == "Zorg en Welzijn"
    # a surname alone, or a name read on from the portfolio, gives none
    surname = [{"speaker": "Wit", "role": None, "text": "Dit kan zo niet verder."}]
    assert portfolio_before_names(surname, text) is None
    read_on = [{"speaker": "Welzijn Anna de Wit", "role": None, "text": "Zo niet."}]
    assert portfolio_before_names(read_on, text) is None
    unnamed = [{"speaker": "TODO: who said this", "role": None, "text": "Zo niet."}]
    assert portfolio_before_names(unnamed, text) is None


def test_a_quoted_minister_beats_the_services_she_names() -> None:
    text = (
        "Minister van Defensie Harm Dekker waarschuwt voor de wachtlijsten bij de "
        "keuring. Volgens hem moeten de kazernes sneller ingrijpen.\n\n"
        "“Het gaat om mensen die nu hulp nodig hebben,” aldus Dekker.\n\n"
        "De minister noemde de Jeugdinspectie, een dienst die toezicht houdt, als "
        "belangrijke partner.\n"
    )
    assert import_source(text).data["organisation"] == "Defensie"
