"""Tune round 28: organisations (a bare name joined to a role, a separable verb of saying
after ‘…' quotes), speakers and furniture; each pattern in a short made-up text of our own
(no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.portfolio import ministers_portfolio
from mhbrief.importer.role_names import bare_name_in_role, ends_in_role

from .drafts import draft_data, kept_text


def test_a_curly_quote_closed_by_a_straight_mark_before_a_separable_verb() -> None:
    text = (
        "Nieuwe oproep aan de partijen\n\n"
        "Partijen kunnen de oproep ondertekenen. ‘Het getal staat voor de meisjes die elk jaar "
        "worden uitgebuit', legt woordvoerder Nora Valk van het BKZ uit. Die schatting is van "
        "de rapporteur. ‘Verreweg de meeste slachtoffers blijven buiten beeld.'\n"
    )
    draft = draft_data(text)
    first = draft["quotes"][0]
    assert first["text"].endswith("uitgebuit")
    assert first["speaker"] == "Nora Valk"
    assert first["role"].startswith("woordvoerder")
    assert draft["organisation"] == "BKZ"


def test_an_apostrophe_of_a_plural_inside_a_quote_does_not_close_it() -> None:
    text = (
        "Workers speak out\n\n"
        "‘The cleaners' rooms were damp and cold all winter long’, said Tom Reed, a union "
        "organiser.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["text"].startswith("The cleaners' rooms were damp")
    assert quote["speaker"] == "Tom Reed"


def test_a_name_with_for_before_a_role_is_the_organisation_whole() -> None:
    assert bare_name_in_role("Hope for Harbours Spokesperson") == "Hope for Harbours"
    assert ends_in_role("Harbours Spokesperson")
    text = (
        "Charities back new bill\n\n"
        "Hope for Harbours Press Office\n\n"
        "Support for victims ends far too soon, charities say.\n\n"
        "A Hope for Harbours Spokesperson said “Victims are left on their own after a few "
        "weeks, and many are exploited again within the year.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"] == "Hope for Harbours"


def test_role_words_then_a_bare_name_give_the_organisation() -> None:
    assert bare_name_in_role("directeur en medeoprichter Red een Kind") == "Red een Kind"
    text = (
        "Red een Kind start actie op scholen\n\n"
        "Red een Kind begint maandag een actie op middelbare scholen.\n\n"
        "Mark Olde, directeur en medeoprichter Red een Kind: “We willen dat leerlingen de "
        "signalen van uitbuiting leren zien, ook bij hun eigen vrienden.”\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Mark Olde"
    assert draft["organisation"] == "Red een Kind"


def test_a_bare_name_written_once_gives_no_organisation() -> None:
    assert bare_name_in_role("director Jane Roe") is None  # no role word before a name only
    assert bare_name_in_role("senior adviser") is None
    text = (
        "Nieuwe actie op scholen\n\n"
        "Mark Olde, directeur Blauwe Vlinder: “We willen dat leerlingen de signalen van "
        "uitbuiting leren zien, ook bij hun eigen vrienden.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"].startswith("TODO")


def test_an_office_of_the_organisation_before_the_name() -> None:
    text = (
        "Te veel foute bureaus\n\n"
        "Een op de tien bureaus is volgens directeur-generaal van de Zorginspectie Lies van "
        "Dam niet te vertrouwen, zegt zij in een krant. ,,Het kunnen er ook meer zijn.’’\n"
    )
    draft = draft_data(text)
    quote = draft["quotes"][0]
    assert quote["speaker"] == "Lies van Dam"
    assert quote["role"] == "directeur-generaal van de Zorginspectie"
    assert draft["organisation"] == "Zorginspectie"


def test_an_office_of_the_before_a_name_of_three_words_only() -> None:
    # no word of an organisation's kind before the name: no organisation is cut off it
    text = (
        "Te veel foute bureaus\n\n"
        "Een op de tien bureaus is volgens directeur van de Anna Maria Bos niet te "
        "vertrouwen. ,,Het kunnen er ook meer zijn.’’\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] != "Maria Bos"


def test_a_slogan_named_as_one_is_no_quote() -> None:
    text = (
        "Stichting Licht start campagne\n\n"
        "Op een groot scherm verschijnt daarbij de boodschap “Kijk niet weg, bel ons”. "
        "Stichting Licht wil zo meer meldingen krijgen.\n\n"
        "Directeur Eva Riem: “We hopen dat mensen eerder aan de bel trekken als ze iets zien.”\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Eva Riem"]


def test_a_message_after_a_colon_is_still_a_quote() -> None:
    text = (
        "Oproep aan de buren\n\n"
        "Wethouder Anton Rook had een duidelijke boodschap: “Kijk niet weg als u iets ziet "
        "gebeuren.”\n"
    )
    quotes = draft_data(text)["quotes"]
    assert len(quotes) == 1 and quotes[0]["text"].startswith("Kijk niet weg")


def test_a_force_of_two_counties_whose_officer_heads_a_unit_of_it() -> None:
    text = (
        "Raids free four workers\n\n"
        "Officers from Mercia and Dale Police searched five farms on Tuesday.\n\n"
        "Detective Superintendent Ian Cole, head of CID at Mercia and Dale Police, said the "
        "inquiry began in spring.\n\n"
        "“Our first aim is to keep the victims safe and to find everyone behind this,” Mr "
        "Cole said.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Ian Cole"
    assert draft["organisation"] == "Mercia and Dale Police"


def test_an_officer_whose_post_is_with_another_body_gives_no_force() -> None:
    text = (
        "Raids free four workers\n\n"
        "Officers from Mercia and Dale Police searched five farms on Tuesday.\n\n"
        "Detective Superintendent Ian Cole, head of safeguarding at the Harbour Trust, said "
        "the inquiry began in spring.\n\n"
        "“Our first aim is to keep the victims safe and to find everyone behind this,” Mr "
        "Cole said.\n"
    )
    assert draft_data(text)["organisation"] != "Mercia and Dale Police"


def test_a_ministers_portfolio_in_brackets_is_the_ministry() -> None:
    text = (
        "Nieuwe regels voor verhuurders\n\n"
        "Het kabinet stuurt vandaag een wetsvoorstel naar de Kamer.\n\n"
        "Minister Sara Oost (Wonen en Ruimte): “Huurders moeten erop kunnen rekenen dat hun "
        "verhuurder zich aan de regels houdt, overal in het land.”\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Sara Oost"
    assert draft["organisation"] == "Wonen en Ruimte"


def test_a_minister_beside_another_speaker_gives_no_portfolio() -> None:
    assert ministers_portfolio(["minister (Wonen en Ruimte)"]) == "Wonen en Ruimte"
    assert ministers_portfolio(["minister (Wonen en Ruimte)", "directeur"]) is None
    assert ministers_portfolio(["minister"]) is None


def test_said_tegenover_a_broadcaster_after_the_speaker() -> None:
    text = (
        "Man bevrijd uit loods\n\n"
        "„Dit had niemand in ons dorp voor mogelijk gehouden. Het raakt iedereen hier”, aldus "
        "de Lindense burgemeester Karel Baan tegenover Omroep West.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Karel Baan"
    assert quote["role"] == "Lindense burgemeester"


def test_a_sentence_initial_role_word_is_still_lowercased() -> None:
    text = (
        "Man bevrijd uit loods\n\n"
        "Woordvoerder Karel Baan: „Dit had niemand in ons dorp voor mogelijk gehouden. Het "
        "raakt iedereen hier.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Karel Baan"
    assert quote["role"] == "woordvoerder"


def test_a_predicate_with_where_before_the_role_introduces_the_speaker() -> None:
    text = (
        "Meldingen beter benut\n\n"
        "Er is dit jaar veel veranderd in de aanpak.\n\n"
        "Anna Wit is bij het programma Handhaving coördinator van de meldingen. Zij legt uit "
        "hoe het werk is aangepakt. “We zijn in januari begonnen om het werk beter te "
        "structureren. Verder delen we iedere week alle meldingen.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Anna Wit"
    assert quote["role"] == "coördinator van de meldingen"


def test_a_predicate_that_is_no_role_gives_none() -> None:
    text = (
        "Meldingen beter benut\n\n"
        "Anna Wit is bij het programma Veilig Werk al jaren bezig met de meldingen. “We zijn "
        "in januari begonnen om het werk beter te structureren en te verbeteren.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert not quote.get("role")


def test_comments_are_closed_is_page_furniture() -> None:
    text = (
        "Union wins back pay for pickers\n\n"
        "A union has won back pay for forty fruit pickers after a long dispute.\n\n"
        "“This shows what workers can do when they stand together,” said Mia Holt, an "
        "organiser.\n\n"
        "Comments are closed.\n"
    )
    assert "Comments are closed" not in kept_text(draft_data(text))


def test_closed_comments_in_a_sentence_stay() -> None:
    text = (
        "Union wins back pay for pickers\n\n"
        "The site said comments are closed on every story about the dispute for now.\n\n"
        "“This shows what workers can do when they stand together,” said Mia Holt, an "
        "organiser.\n"
    )
    assert "comments are closed on every story" in kept_text(draft_data(text))
