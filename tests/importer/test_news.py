"""Texts staff really meet: news copy, newspaper quotes, interviews, English releases."""

from __future__ import annotations

import pytest
from shared import BRIEFING, WriteFile

from mhbrief.format import parse_file
from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source
from mhbrief.model import Briefing
from mhbrief.writer import render


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


HEAD = "Kop van het bericht\n\n3 maart 2024\n\n"


def test_dutch_newspaper_quotes_open_with_two_commas() -> None:
    found = import_source(
        HEAD + "Zij reageert: ,,Integendeel. Het wordt erger.” En ,,zonder geld gaat het niet”"
        ", zegt directeur Anna de Boer."
    ).data["quotes"]
    assert [q["text"] for q in found] == [
        "Integendeel. Het wordt erger.",
        "zonder geld gaat het niet",
    ]


def test_the_speaker_named_in_the_sentence_before() -> None:
    text = HEAD + (
        "Anna de Boer, directeur-bestuurder van Stichting X, vermoedt echter dat het erger "
        "wordt. ,,Integendeel. Wij zien het elke week.”"
    )
    assert speakers(text) == [("Anna de Boer", "directeur-bestuurder van Stichting X")]


@pytest.mark.parametrize(
    "reference",
    ["zegt zij", "zegt hij", "aldus de woordvoerder", "zegt Tromp"],
)
def test_back_references_are_the_person_named_before(reference: str) -> None:
    text = HEAD + (
        "Woordvoerder Ilse Tromp van het MAO ziet een verschuiving. "
        f"“Het gaat nu vooral om de bouw en om verbouwingen,” {reference}."
    )
    assert speakers(text) == [("Ilse Tromp", "woordvoerder van het MAO")]


def test_a_pronoun_is_never_a_name_and_a_clause_never_a_role() -> None:
    text = HEAD + (
        "“Er staan nu mensen op straat die recht hebben op een plek,” zegt coördinator "
        "Marloes Verbeek. Volgens haar moeten gemeenten en Rijk samen een noodfonds opzetten.\n\n"
        "“Er moet nu iets gebeuren, en niet pas volgend jaar.” Volgens haar moeten gemeenten "
        "en Rijk samen een noodfonds opzetten."
    )
    found = speakers(text)
    assert found[0] == ("Marloes Verbeek", "coördinator")
    assert found[1] in ((PLACEHOLDER_SPEAKER, None), ("Marloes Verbeek", "coördinator"))
    assert all("haar" not in (role or "") for _, role in found)


@pytest.mark.parametrize(
    "between",
    [
        "Collega Anna Smit kijkt toe.",
        "Ook wethouder Anna Smit en directeur Kees Mulder waren er.",
    ],
)
def test_a_pronoun_after_another_name_stays_todo(between: str) -> None:
    text = HEAD + (
        f"“Het plan is goed en het komt op tijd,” zegt Piet Jansen. {between} "
        "“Ik ben het daar niet mee eens, helemaal niet,” zegt zij."
    )
    assert [name for name, _ in speakers(text)] == ["Piet Jansen", PLACEHOLDER_SPEAKER]


def test_a_role_from_a_title_or_apposition_goes_with_every_later_quote() -> None:
    text = HEAD + (
        "Een gesprek met Nationaal Rapporteur Piet Jansen over zijn monitor.\n\n"
        "Jansen: “Nee. Minder registraties betekent niet minder slachtoffers.”\n\n"
        "Piet Jansen: “Ja, er is geld bijgekomen. Maar geld is geen aanpak.”"
    )
    assert speakers(text) == [("Piet Jansen", "Nationaal Rapporteur")] * 2


def test_unnamed_or_ambiguous_speakers_stay_todo() -> None:
    text = HEAD + (
        "Directeur Anna de Vries en woordvoerder Piet de Vries van Stichting X (SX) waren er. "
        "“Dit is een belangrijke dag voor ons allemaal,” zegt De Vries.\n\n"
        "“We kunnen nog niets zeggen over de slachtoffers,” aldus een woordvoerder van het OM.\n\n"
        "Het kabinet zegt dat het beter gaat. Integendeel: ‘het aantal slachtoffers stijgt al "
        "jaren gestaag door’."
    )
    draft = import_source(text)
    assert [(q["speaker"], q.get("role")) for q in draft.data["quotes"]] == [
        (PLACEHOLDER_SPEAKER, None),
        (PLACEHOLDER_SPEAKER, "woordvoerder van het OM"),
        (PLACEHOLDER_SPEAKER, None),
    ]
    assert any("may be Anna de Vries or Piet de Vries" in w for w in draft.warnings)


def test_interview_questions_are_neither_quotes_nor_points() -> None:
    text = (
        "'We kijken weg'\n\n22 oktober 2021\n\n"
        "Een gesprek met Nationaal Rapporteur Piet Jansen.\n\n"
        "Is de daling goed nieuws?\n\nJansen: “Nee. Het betekent dat we minder goed kijken.”\n\n"
        "Waar kijken we niet goed?\n\nJansen: “Bij arbeidsuitbuiting, vooral in de bouw.”"
    )
    draft = import_source(text)
    assert draft.data["source_type"] == "interview"
    assert [q["context"] for q in draft.data["quotes"]] == [
        "Is de daling goed nieuws?",
        "Waar kijken we niet goed?",
    ]
    kept = [draft.summary or "", *(p.text for p in draft.points)]
    assert not any("?" in text for text in kept)


def test_organisation_outlet_and_source_type_without_options() -> None:
    text = (
        "Stichting: meer meldingen\n\n14 maart 2023\n\n"
        "DEN HAAG (ANP) - Het aantal meldingen is verdubbeld, meldt Stichting Eerlijk Werk "
        "(SEW). Ook het Openbaar Ministerie (OM) ziet meer zaken, en het OM en het OM.\n\n"
        ",,Wij zien het elke week”, zegt Anna de Boer, directeur van SEW.\n\n"
        ",,We onderzoeken de zaken”, zegt een woordvoerder van het OM."
    )
    data = import_source(text).data
    assert (data["organisation"], data["organisation_short"]) == ("Stichting Eerlijk Werk", "SEW")
    assert data["outlet"] == "ANP"
    assert data["source_type"] == "news-article"
    assert data["summary"].startswith("Het aantal meldingen")


def test_english_release_dateline_and_said_x_director_of_y() -> None:
    text = (
        "Charity calls for a firewall\n\n"
        "LONDON, 4 March 2022 - Freedom Without Borders (FWB) published research today.\n\n"
        '"People stay silent because they fear deportation," said Rachel Okafor, director of '
        'Freedom Without Borders. "A firewall is not an amnesty," she added.'
    )
    data = import_source(text).data
    assert data["published"].isoformat() == "2022-03-04"
    assert data["organisation"] == "Freedom Without Borders"
    assert data["source_type"] == "press-statement"
    role = "director of Freedom Without Borders"
    assert [(q["speaker"], q.get("role")) for q in data["quotes"]] == [("Rachel Okafor", role)] * 2


def test_the_outlet_key_is_written_and_validated(write: WriteFile) -> None:
    draft = import_source("NOS Nieuws\n\nPolitie rolt netwerk op\n\n8 november 2023\n\nTekst.")
    assert draft.data["outlet"] == "NOS"
    assert 'outlet = "NOS"' in render(draft.data)
    good = parse_file(
        write("a.toml", BRIEFING.replace('organisation_short = "C"', 'outlet = "NOS"'))
    )
    assert isinstance(good.document, Briefing) and good.document.outlet == "NOS"
    bad = parse_file(write("b.toml", BRIEFING.replace('organisation_short = "C"', "outlet = 3")))
    errors = [p for p in bad.problems if p.is_error]
    line = BRIEFING.lstrip().splitlines().index('organisation_short = "C"') + 1
    assert [(p.line, "outlet" in p.message) for p in errors] == [(line, True)], errors


def test_volgens_x_before_a_quote_and_a_place_after_a_police_role() -> None:
    text = HEAD + (
        "Programmaleider Jeroen de Wit van het EMZ ziet het probleem groeien.\n\n"
        "Volgens De Wit is het erger dan de cijfers laten zien. ,,Veel mensen durven zich niet "
        "te melden.”\n\n"
        "“Het gaat om georganiseerde netwerken die kinderen gebruiken,” zegt een woordvoerder "
        "van de politie Rotterdam."
    )
    assert speakers(text) == [
        ("Jeroen de Wit", "programmaleider van het EMZ"),
        (PLACEHOLDER_SPEAKER, "woordvoerder van de politie Rotterdam"),
    ]


def test_an_outlet_by_its_name_above_the_headline() -> None:
    draft = import_source("Trouw\n\n'Zorg onderschat mensenhandel'\n\n12 januari 2024\n\nTekst.")
    assert draft.data["title"] == "'Zorg onderschat mensenhandel'"
    assert (draft.data["outlet"], draft.data["source_type"]) == ("Trouw", "news-article")


def test_a_sites_section_above_a_press_release_is_no_outlet() -> None:
    """ "Nieuws | Persberichten" over an organisation's own release: the site's sections,
    not a paper's name; the release stays a press statement."""
    draft = import_source(
        "Nieuws | Persberichten\n\nMeer hulp nodig voor minderjarige slachtoffers\n\n"
        "Den Haag, 14 oktober 2026 – Stichting Veilig Thuis vraagt om meer hulp.\n\n"
        "„Kinderen vallen tussen wal en schip”, zegt woordvoerder Ann de Wit van Stichting "
        "Veilig Thuis.\n"
    )
    assert "outlet" not in draft.data
    assert draft.data["source_type"] == "press-statement"
    assert draft.data["title"] == "Meer hulp nodig voor minderjarige slachtoffers"


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        (
            " Dat zegt directeur Lieke Bosman van Stichting Nieuw Begin (SNB) tegen de NOS.",
            ("Lieke Bosman", "directeur van Stichting Nieuw Begin"),
        ),
        (
            ", zegt Kees de Jong (53), al twintig jaar vrijwilliger.",
            ("Kees de Jong", "al twintig jaar vrijwilliger"),
        ),
        (", aldus Kamerlid Songül Mutluer (PvdA).", ("Songül Mutluer", "kamerlid (PvdA)")),
        (", the charity's director, Jane Smith, said.", ("Jane Smith", "the charity's director")),
        (", zegt Fatima (34) uit Rotterdam.", ("Fatima", None)),  # the place is no name
    ],
)
def test_attributions_news_copy_writes(attribution: str, expected: tuple[str, str | None]) -> None:
    text = HEAD + f"„We moeten elke week mensen wegsturen die recht hebben op hulp”{attribution}"
    assert speakers(text) == [expected]


def test_a_surname_completes_a_full_name_seen_before() -> None:
    text = HEAD + (
        "Anna Smit en Piet Bos spraken met de minister. Bos vult aan: “Maar er moet nog veel "
        "gebeuren in de opvang.”"
    )
    # Completed from the name in the text; "minister." ends another sentence, not a role.
    assert speakers(text) == [("Piet Bos", None)]


def test_an_unnamed_spokesperson_keeps_the_role_and_no_name() -> None:
    text = HEAD + (
        '"We keep all such reports under close review at all times," a spokesperson for the '
        "Home Office said."
    )
    assert speakers(text) == [(PLACEHOLDER_SPEAKER, "spokesperson for the Home Office")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Nobody should have to work without pay." — Jane Roe, executive director of Polaris',
            ("Jane Roe", "executive director of Polaris"),
        ),
        (
            'Jane Roe (executive director, Polaris Europe): "Nobody should work without pay."',
            ("Jane Roe", "executive director, Polaris Europe"),
        ),
        (
            "“Niemand hoort zonder loon te werken.” - En dat is precies het probleem.",
            (PLACEHOLDER_SPEAKER, None),
        ),
    ],
)
def test_dash_attributions_and_a_role_in_brackets(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert speakers(HEAD + text) == [expected]
