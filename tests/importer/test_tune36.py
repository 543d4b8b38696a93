"""Tune round 36: dates in a byline's meta bar, an agency desk's line and a release's
"Today (date)"; furniture (a byline naming its paper, a media-contact opener, a glued
"Read:" link); speakers and organisations. Each rule in a short made-up text of our own
(no text of an evaluation set), with cases where the rule must not fire."""

from __future__ import annotations

from datetime import date

from mhbrief.importer.bylines import is_byline
from mhbrief.importer.dateline import parse_date_line
from mhbrief.importer.furniture_lines import is_furniture_line

from .drafts import draft_data, kept_text

_EN_BODY = (
    "Police closed three houses on Tuesday where young women were being exploited by a gang.\n\n"
    "“We will not let this happen in our town,” said Chief Inspector Mark Hale.\n"
)


def test_a_meta_bar_with_posted_and_updated_dates_gives_the_posted_one() -> None:
    line = "Ann Lee | Harbour News | Posted: March 3, 2022 9:15 AM | Last Updated: March 4, 2022"
    assert parse_date_line(line) == date(2022, 3, 3)
    draft = draft_data(f"Three houses closed in the east\n\n{line}\n\n{_EN_BODY}")
    assert draft["published"] == date(2022, 3, 3)
    assert "Posted" not in kept_text(draft)


def test_two_posted_dates_in_a_bar_are_still_left_alone() -> None:
    assert parse_date_line("Posted: March 3, 2022 | Posted: March 9, 2022") is None


def test_an_agency_desk_line_with_its_paper_gives_the_date() -> None:
    line = "Harbour News Desk The Daily Courier, 7 Nov, 2019 02:15 PM"
    assert parse_date_line(line) == date(2019, 11, 7)
    draft = draft_data(f"Three houses closed in the east\n\n{line}\n\n{_EN_BODY}")
    assert draft["published"] == date(2019, 11, 7)
    assert "Desk" not in kept_text(draft)


def test_a_desk_named_in_a_sentence_is_no_date_line() -> None:
    assert parse_date_line("The news desk wrote about it on 7 Nov, 2019 in a long piece.") is None


def test_today_with_the_date_in_brackets_opening_a_release_gives_the_date() -> None:
    text = (
        "Council opens new shelter\n\n"
        "Today (14.03.2024) the city council opened a shelter for victims of exploitation.\n\n"
        "“Nobody should have to sleep on the street,” said councillor Ruth Penn.\n"
    )
    assert draft_data(text)["published"] == date(2024, 3, 14)
    nl = (
        "Gemeente opent opvang\n\n"
        "Vandaag (3 mei 2024) opent de gemeente een opvang voor slachtoffers van uitbuiting.\n\n"
        "“Niemand hoort op straat te slapen,” zegt wethouder Ruud Pen.\n"
    )
    assert draft_data(nl)["published"] == date(2024, 5, 3)


def test_today_without_a_bracketed_date_gives_no_date() -> None:
    text = (
        "Council opens new shelter\n\n"
        "Today the council opened a shelter (the third this year) for victims of exploitation.\n\n"
        "“Nobody should have to sleep on the street,” said councillor Ruth Penn.\n"
    )
    assert not isinstance(draft_data(text)["published"], date)


def test_a_byline_with_its_paper_after_a_dash_is_furniture() -> None:
    assert is_byline("Ann Marie Lee - The Harbour Star")
    assert is_byline("Jan de Vries | Dagblad van het Oosten")
    draft = draft_data(f"Three houses closed\n\nAnn Marie Lee - The Harbour Star\n\n{_EN_BODY}")
    assert "Harbour Star" not in kept_text(draft)


def test_a_name_and_a_role_after_a_dash_is_no_byline() -> None:
    assert not is_byline("Ann Marie Lee - Director of Safe Harbour")
    assert not is_byline("Ann Lee - The Director")


def test_a_media_contact_opener_and_its_address_name_are_furniture() -> None:
    assert is_furniture_line("Contact: Ann Lee,")
    assert is_furniture_line("Harbour Trust,")
    draft = draft_data(f"Contact: Ann Lee,\n\nHarbour Trust,\n\n{_EN_BODY}")
    assert draft["title"] != "Contact: Ann Lee,"
    assert "Contact" not in kept_text(draft)


def test_a_greeting_and_a_sentence_ending_in_a_comma_are_not_furniture() -> None:
    assert not is_furniture_line("Dear Minister,")
    assert not is_furniture_line("Contact: we spoke to Ann Lee about the raids,")
    assert not is_furniture_line("The Harbour Trust said on Monday,")


def test_a_read_link_glued_to_its_title_is_furniture() -> None:
    assert is_furniture_line("Read:Council Closes Three Houses In Raid")
    assert is_furniture_line("Lees ook:Drie panden gesloten in Oost")
    text = f"{_EN_BODY}\nRead:Council Closes Three Houses In Raid\n\nThe gang's leader was held.\n"
    assert "Read:" not in kept_text(draft_data(text))


def test_read_before_a_paragraph_of_sentences_stays() -> None:
    assert not is_furniture_line("Read: The council met. It closed three houses on Monday.")


def _speakers(text: str) -> list[str]:
    return [quote["speaker"] for quote in draft_data(text)["quotes"]]


def test_a_middle_initial_before_a_name_particle_is_part_of_the_name() -> None:
    text = (
        "Uitbuiting in de kassen\n\n"
        "Het probleem is groot. 'Eerst moet er veel gebeuren', laat Ruud K. van Dalen van de "
        "inspectie weten. 'Wie daar werkt, moet ook daar wonen.'\n"
    )
    assert _speakers(text) == ["Ruud K. van Dalen", "Ruud K. van Dalen"]


def test_a_sentence_ending_after_a_capital_is_not_read_as_an_initial() -> None:
    text = (
        "Uitbuiting in de kassen\n\n"
        "Het probleem speelt al jaren in de regio en de inspectie ziet het groeien.\n\n"
        "'Er moet veel gebeuren', zegt Anna de Wit. 'Wie daar werkt, moet ook daar wonen.'\n"
    )
    assert _speakers(text) == ["Anna de Wit", "Anna de Wit"]


def test_an_adverb_and_a_dash_after_the_speakers_name_end_the_attribution() -> None:
    text = (
        "Werk in de kas\n\n"
        "Marek Żuław werkt al drie jaar in de kassen van het Westland.\n\n"
        "‘In een kas is het lastig werken’, zegt Żuław daarover – het is er warm.\n"
    )
    assert _speakers(text) == ["Marek Żuław"]
    en = (
        "Work in the greenhouse\n\n"
        "Mark Hale has worked in the greenhouses for three years.\n\n"
        "“It is hard work in there,” said Hale afterwards.\n"
    )
    assert _speakers(en) == ["Mark Hale"]


def test_a_dash_inside_a_sentence_after_a_role_gives_no_name() -> None:
    text = "Werk in de kas\n\n‘In een kas is het lastig werken’, zegt de boer – het is er warm.\n"
    assert all(not speaker or speaker.startswith("TODO") for speaker in _speakers(text))


def test_a_body_named_by_a_lowercase_compound_is_the_organisation() -> None:
    text = (
        "Uitbuiting in de kassen\n\n"
        "Volgens de Krant van het Westen is het probleem groot, meldde Dagblad van het Oosten.\n\n"
        "Volgens de arbeidsinspectie is het woord vervuild geraakt. 'Er moet veel gebeuren', "
        "laat Ruud Dalen van de arbeidsinspectie weten.\n\n"
        "Volgens de inspectie is er meer nodig.\n"
    )
    assert draft_data(text)["organisation"] == "arbeidsinspectie"


def test_a_prosecution_office_by_its_place_after_its_branch_is_the_organisation() -> None:
    text = (
        "Invallen bij slachterijen\n\n"
        "De politie viel deze week binnen bij drie bedrijven. Dat meldt de Oost-Vlaamse afdeling "
        "van het arbeidsauditoraat Brugge. Een verdachte werd aangehouden.\n\n"
        "“Het onderzoek moet nog blijken”, reageert arbeidsauditeur Piet Claes.\n"
    )
    assert draft_data(text)["organisation"] == "arbeidsauditoraat Brugge"


def test_a_pronoun_opening_a_sentence_is_no_body_that_speaks() -> None:
    text = (
        "Invallen bij slachterijen\n\n"
        "De politie viel binnen bij drie bedrijven. Dat meldt een buurman aan de telefoon.\n\n"
        "“Het onderzoek moet nog blijken”, zegt buurman Piet Claes.\n"
    )
    assert draft_data(text)["organisation"] != "Dat"
