"""Tune round 30: the organisation whose people speak over one the text only names (a
body in a quoted officer's own apposition, the body an unnamed spokesperson's sentence
has as its subject); each pattern in a short made-up text of our own (no text of an
evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_the_body_in_a_quoted_officers_apposition_is_the_organisation() -> None:
    text = (
        "Harbour Police host fraud summit\n\n"
        "Harbour Police held a summit today with partners including the Dutch Police and "
        "the Coastal Fraud Office.\n\n"
        "Detective Inspector Ann Lee, lead for Fraud, Harbour Police, said:\n\n"
        "“Fraud crosses every border and so must we.”\n"
    )
    assert draft_data(text)["organisation"] == "Harbour Police"


def test_a_body_owning_the_officers_unit_is_the_organisation() -> None:
    text = (
        "Fraud cases may rise\n\n"
        "Recent figures from the Coastal Fraud Office (CFO) show a steady rise.\n\n"
        "Detective Inspector Ann Lee, of Harbour Police’s Economic Crime Unit, said: "
        "“We expect more reports this year.”\n"
    )
    assert draft_data(text)["organisation"] == "Harbour Police"


def test_an_apposition_naming_no_body_gives_none_of_this_rule() -> None:
    text = (
        "Fraud cases may rise\n\n"
        "Recent figures from the Coastal Fraud Office (CFO) show a steady rise.\n\n"
        "Ann Lee, a retired teacher from Dover, said: “We expect more reports this year.”\n"
    )
    assert draft_data(text)["organisation"] != "Harbour Police"
    assert "Dover" not in draft_data(text)["organisation"]


def test_an_unnamed_spokesperson_speaks_for_the_body_of_the_sentence_before() -> None:
    text = (
        "Te laat gemeld\n\n"
        "De politie zegt dat de zaak al oud is. Volgens de politie is er niemand opgepakt.\n\n"
        "De gemeente erkent dat de meldingen laat kwamen. ,,We hadden eerder moeten "
        "waarschuwen'', zegt een woordvoerder. ,,Dat gaan we nu beter doen.''\n"
    )
    assert draft_data(text)["organisation"] == "gemeente"


def test_a_named_speaker_after_a_bodys_sentence_is_not_its_spokesperson() -> None:
    text = (
        "Te laat gemeld\n\n"
        "De gemeente erkent dat de meldingen laat kwamen. ,,We hadden eerder moeten "
        "waarschuwen'', zegt Piet Kramer, directeur van Stichting Waakzaam.\n"
    )
    assert draft_data(text)["organisation"] == "Stichting Waakzaam"


def test_a_parlementslid_of_a_two_word_party_speaks_for_the_party() -> None:
    text = (
        "Meer meldingen\n\n"
        "Het aantal meldingen steeg fors in het afgelopen jaar, zo blijkt uit het rapport van "
        "Stichting Kindhulp. “Er moet nu iets gebeuren”, zei Groen Links-Parlementslid Anna "
        "Smit in het parlement\n\n"
        "Stichting Kindhulp vraagt meer geld. Ook drong het parlementslid aan op steun.\n"
    )
    draft = draft_data(text)
    assert [(q["speaker"], q["role"]) for q in draft["quotes"]] == [
        ("Anna Smit", "Groen Links-Parlementslid")
    ]
    assert draft["organisation"] == "Groen Links"


def test_a_title_with_a_hyphen_names_no_organisation_before_it() -> None:
    text = (
        "New plant opens\n\n"
        "The plant opened on Monday. “We are proud of it,” said Senior Vice-President Ann Lee.\n"
    )
    assert "Vice" not in draft_data(text)["organisation"]


def test_page_labels_and_navigation_lines_are_furniture() -> None:
    from mhbrief.importer.page_labels import is_page_label

    for line in (
        "Press Release/News",
        "News/Press release",
        "This News/Press release is about Cyber Crime",
        "View all crime areas",
        "Explore the BBC",
        "NOS Home",
    ):
        assert is_page_label(line), line


def test_sentences_and_other_names_are_no_page_labels() -> None:
    from mhbrief.importer.page_labels import is_page_label

    for line in (
        "This press release is about a new shelter. It opens on Monday.",
        "View all the evidence, the judge told the jury, before you decide.",
        "Explore the Harbour Trust",
        "Harbour Trust Home",
        "Press Release",  # one label alone is another module's
    ):
        assert not is_page_label(line), line
