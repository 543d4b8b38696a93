"""Tune round 23: a caption with its picture's library number, a pull quote printed
above its answer, a magazine's "published … in section, text: writer" line, a label or
a writer's phrase in quotation marks; each pattern in a short made-up text of our own
(no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data, kept_text


def test_a_caption_ending_in_a_picture_number_is_left_out() -> None:
    text = (
        "Inspectors visit nail bars\n\n"
        "Inspectors visited twelve nail bars in the town last week.\n\n"
        "Nail bar checks (40218837)\n\n"
        "Nail bar checks (40218837)\n\n"
        "“We found two workers who had not been paid for a month,” said inspector Ann Lee.\n"
    )
    draft = draft_data(text)
    assert "40218837" not in kept_text(draft)
    assert draft["quotes"][0]["speaker"] == "Ann Lee"


def test_a_year_in_brackets_stays() -> None:
    text = (
        "Shelter opens\n\n"
        "The shelter opened in the old town hall (1911) last week.\n\n"
        "“It is a fine building for this work,” said director Ann Lee.\n"
    )
    assert "(1911)" in kept_text(draft_data(text))


def test_a_pull_quote_above_its_answer_is_no_quote() -> None:
    text = (
        "Samen tegen uitbuiting\n\n"
        "“Uitbuiting gebeurt vaak gewoon in onze eigen straat.”\n\n"
        "Anna de Wit is coördinator bij Stichting Morgen. Anna de Wit: “Uitbuiting "
        "gebeurt vaak gewoon in onze eigen straat. Wij willen dat iedereen dat weet.”\n"
    )
    quotes = draft_data(text)["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["text"].endswith("dat iedereen dat weet.")


def test_a_published_line_with_section_and_writer_gives_the_date() -> None:
    text = (
        "Samen tegen uitbuiting\n\n"
        "Gepubliceerd: 4 maart 2019 in Zorg Tekst: Piet Bakker\n\n"
        "De stichting opent een nieuw huis voor slachtoffers.\n\n"
        "“Wij zijn er klaar voor,” zegt directeur Anna de Wit.\n"
    )
    draft = draft_data(text)
    assert str(draft["published"]) == "2019-03-04"
    assert "Piet Bakker" not in kept_text(draft)


def test_what_a_case_has_been_described_as_is_no_quote() -> None:
    text = (
        "Firm acts for victims\n\n"
        "The firm acts for victims of what has been described as the ‘biggest wage fraud "
        "ever found in the region’, and asks for more help.\n\n"
        "“These workers deserve every penny back,” said partner Ann Lee.\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["text"] for q in quotes] == ["These workers deserve every penny back"]


def test_a_phrase_in_the_writers_own_clause_is_no_quote() -> None:
    text = (
        "Stichting viert jubileum\n\n"
        "“Wij helpen elk jaar meer mensen”, zegt de stichting, die zich tot “een van de "
        "grootste werkgevers van de stad” ontwikkelde. “Dat blijven we doen.”\n"
    )
    quotes = draft_data(text)["quotes"]
    assert all("werkgevers" not in q["text"] for q in quotes)


def test_a_surname_with_van_keeps_the_organisation_after_it() -> None:
    text = (
        "Dat zegt woordvoerder Kees van der Meer van de Stichting Eerlijk Werk, die een "
        "onderzoek is begonnen. „Wij kijken vooral naar de werkgever en wat die wist”, "
        "zegt Van der Meer.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Kees van der Meer"
    assert draft["organisation"] == "Stichting Eerlijk Werk"


def test_officers_quoted_make_the_text_their_forces_not_a_partners() -> None:
    text = (
        "Harbour Police raided a car wash in the town centre this morning.\n\n"
        "Detective Inspector Ann Lee said: “We take every report of exploitation very "
        "seriously and we will act on it.”\n\n"
        "The raid was supported by the Fair Work Standards Authority (FWSA), which "
        "interviewed the workers.\n"
    )
    assert draft_data(text)["organisation"] == "Harbour Police"


def test_a_role_ends_where_an_apposition_on_it_begins() -> None:
    text = (
        "Samen sterk\n\n"
        "Marloes Tiggelaar is voorzitter van de Landelijke Werkgroep, een groep van "
        "vrijwilligers en deskundigen die sinds jaar en dag in het hele land werkt aan "
        "betere hulp voor mensen die zijn uitgebuit door hun werkgever of hun huisbaas.\n\n"
        "Het aantal meldingen steeg vorig jaar flink.\n\n"
        "Marloes: “Wij horen elke week nieuwe verhalen van mensen die niet betaald worden.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Marloes Tiggelaar"
    assert quote["role"] == "voorzitter van de Landelijke Werkgroep"


def test_a_ministers_two_word_portfolio_before_the_name() -> None:
    for text in (
        "Ministry acts\n\nMinister of Social Affairs Peter de Graaf responded in a "
        "statement: “We will look into every case of exploitation reported to us.”\n",
        "Ministerie grijpt in\n\nMinister van Sociale Zaken Peter de Graaf reageerde in een "
        "verklaring: “Wij kijken naar elke melding van uitbuiting die binnenkomt.”\n",
    ):
        quote = draft_data(text)["quotes"][0]
        assert quote["speaker"] == "Peter de Graaf"
        assert quote["role"].startswith("Minister")
        assert "Graaf" not in quote["role"]


def test_an_organisation_after_an_article_keeps_its_last_words() -> None:
    text = (
        "Samen sterk\n\n"
        "De Landelijke dag tegen uitbuiting is op vrijdag. De Landelijke week volgt.\n\n"
        "Marloes Tiggelaar is voorzitter van de Landelijke Task Force, een groep die "
        "werkt aan betere hulp.\n\n"
        "Marloes: “Wij horen elke week nieuwe verhalen van mensen die niet betaald worden.”\n"
    )
    assert draft_data(text)["organisation"] != "Landelijke"
