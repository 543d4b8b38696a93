"""Importing plain-text statements: every field of the draft, for each attribution pattern."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from shared import CKM_SOURCE_PATH, THEMES, WriteFile

from mhbrief.format import parse_file
from mhbrief.importer import (
    PLACEHOLDER_DATE,
    PLACEHOLDER_ORGANISATION,
    PLACEHOLDER_TITLE,
    Draft,
    SourceError,
    import_source,
    parse_date_line,
    suffix_stem,
    suggest_themes,
)
from mhbrief.loader import load_collection
from mhbrief.model import Stance
from mhbrief.verbatim import normalise

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"
CKM = CKM_SOURCE_PATH
BOILERPLATE = ("Lees hier", "Volg ons op", "Onderdeel van", "Wij worden gesteund", "SteunOns")


def item(
    ident: str, speaker: str, text: str, role: str | None = None, context: str | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": ident, "speaker": speaker}
    if role:
        entry["role"] = role
    if context:
        entry["context"] = context
    entry.update(text=text, themes=[], sections=[])
    return entry


def point(ident: str, text: str) -> dict[str, Any]:
    return {"id": ident, "stance": "neutral", "text": text, "themes": [], "sections": []}


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def check_file(draft: Draft, folder: Path) -> list[str]:
    """Write the draft's document as a file; the problems validation reports for it."""
    path = folder / "draft.toml"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(draft.data), encoding="utf-8")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == draft.data
    return [p.message for p in parse_file(path).problems]


def verbatim(draft: Draft, source: Path) -> None:
    text = normalise(source.read_bytes().decode("utf-8-sig"))
    for quote in draft.quotes:
        assert normalise(quote.text) in text, quote.id


# -- the canonical CKM statement --------------------------------------------------------


@pytest.fixture
def ckm() -> Draft:
    if not CKM.exists():
        pytest.skip(f"the CKM statement is not present ({CKM})")
    return import_source(CKM)


def test_ckm_header_fields(ckm: Draft) -> None:
    data = ckm.data
    assert data["format"] == 1
    assert data["kind"] == "briefing"
    assert data["id"] == "ckm-2018-11-13-mensenhandel-ambitie-kabinet"
    assert data["title"] == "Mensenhandel-ambitie Kabinet onvoldoende waargemaakt"
    assert data["published"] == date(2018, 11, 13)
    assert data["language"] == "nl"
    assert data["organisation"] == "Centrum tegen Kinderhandel en Mensenhandel"
    assert data["organisation_short"] == "CKM"
    assert data["source_type"] == "press-statement"
    assert data["summary"].startswith("Het Plan van Aanpak mensenhandel dat staatssecretaris")
    assert data["summary"].endswith("zoals vastgelegd in het regeerakkoord.")
    # Named after its id (without the short form), as the folder's other files are.
    assert ckm.suggested_filename == "2018-11-13-mensenhandel-ambitie-kabinet.toml"
    assert data["id"] == "ckm-2018-11-13-mensenhandel-ambitie-kabinet"
    assert set(data) == {
        *("format", "kind", "id", "title", "published", "language", "organisation"),
        *("organisation_short", "source_type", "summary", "quotes", "points"),
    }


def test_ckm_three_quotes_with_speaker_role_and_context(ckm: Draft) -> None:
    quotes = ckm.data["quotes"]
    assert [q["id"] for q in quotes] == ["quote-1", "quote-2", "quote-3"]
    assert [q["speaker"] for q in quotes] == ["Shamir Ceuleers"] * 3
    assert [q["role"] for q in quotes] == ["CKM-woordvoerder", "woordvoerder", "CKM-woordvoerder"]
    assert [q.get("context") for q in quotes] == [
        None,
        "Te weinig innovatie",
        "Moeilijk te monitoren",
    ]
    assert quotes[0]["text"].startswith("Het plan van aanpak mist bijvoorbeeld visie")
    assert quotes[0]["text"].endswith("om haar eigen ambities waar te maken.")
    assert quotes[1]["text"].startswith("We weten dat dit kabinet veel investeert")
    assert quotes[1]["text"].endswith("voor de Tweede Kamer om bij te sturen.")
    assert quotes[2]["text"].startswith("We verwelkomen het feit")
    assert quotes[2]["text"].endswith("in daden én het gewenste resultaat.")
    for quote in quotes:
        assert quote["themes"] == [] and quote["sections"] == []
        assert not any(mark in quote["text"] for mark in "‘’“”„\u00a0")
    verbatim(ckm, CKM)
    assert [(q.id, q.speaker, q.role, q.context, q.text) for q in ckm.quotes] == [
        (q["id"], q["speaker"], q["role"], q.get("context"), q["text"]) for q in quotes
    ]


def test_ckm_points_keep_the_rest_and_drop_boilerplate(ckm: Draft) -> None:
    points = ckm.data["points"]
    assert [p["id"] for p in points] == ["point-1", "point-2", "point-3", "point-4"]
    assert {p["stance"] for p in points} == {"neutral"}
    assert points[0]["text"].startswith("Belangrijke wijzigingen zijn noodzakelijk")
    assert points[1]["text"].startswith("Op innovatie mist het CKM")
    assert points[2]["text"].endswith("waar NGO’s onvoldoende bij betrokken zijn geweest.")
    positive = points[3]["text"]
    # The subheading that said these points are positive is not lost: it leads the point.
    assert positive.startswith(
        "Positieve punten — Het Plan van Aanpak bevat uiteraard ook positieve punten."
    )
    assert positive.endswith("zet het kabinet in op versterking van de recherchecapaciteit.")
    assert [p.stance for p in ckm.points] == [Stance.NEUTRAL] * 4
    every = strings(ckm.data)
    for phrase in BOILERPLATE:
        assert not any(phrase in s for s in every), phrase
    assert sum(s == ckm.data["title"] for s in every) == 1
    assert ckm.dropped == (
        "Lees hier het plan van aanpak Samen tegen mensenhandel.",
        "Volg ons op",
        "Onderdeel van",
        "Wij worden gesteund door",
        "SteunOns",
    )


def test_ckm_draft_validates_and_round_trips(ckm: Draft, tmp_path: Path) -> None:
    assert check_file(ckm, tmp_path) == []


def test_ckm_warnings_say_what_was_guessed(ckm: Draft) -> None:
    joined = "\n".join(ckm.warnings)
    assert "organisation 'Centrum tegen Kinderhandel en Mensenhandel' (CKM)" in joined
    assert "quote-3: role 'CKM-woordvoerder' taken from an earlier mention" in joined
    assert "left out 5 line(s) of site boilerplate" in joined


# -- sources of our own -------------------------------------------------------------------


def test_dutch_attribution_after_the_quote_and_a_later_surname() -> None:
    source = FIXTURES / "nl-na-de-quote.txt"
    draft = import_source(source)
    assert draft.data == {
        "format": 1,
        "kind": "briefing",
        "id": "skn-2021-03-02-meer-toezicht-nodig-op-online-werving",
        "title": "Meer toezicht nodig op online werving van minderjarigen",
        "published": date(2021, 3, 2),
        "language": "nl",
        "organisation": "Stichting Kinderrechten Noord",
        "organisation_short": "SKN",
        "source_type": "press-statement",
        "summary": "De Stichting Kinderrechten Noord (SKN) vraagt het kabinet om meer toezicht op "
        "de manier waarop daders minderjarigen via sociale media benaderen.",
        "quotes": [
            item(
                "quote-1",
                "Anna de Vries",
                "Daders vinden hun slachtoffers steeds vaker via apps en chatdiensten",
                "directeur",
            ),
            item(
                "quote-2",
                "Anna de Vries",
                "Wie daar niet kijkt, ziet het probleem niet.",
                "directeur",
            ),
            item(
                "quote-3",
                "Pieter Bakker",
                "De opvang van jonge slachtoffers is al jaren onderbetaald. "
                "Gemeenten kunnen het niet alleen.",
                "woordvoerder",
                "Geld voor opvang",
            ),
            item(
                "quote-4",
                "Anna de Vries",
                "We blijven hier de komende jaren op hameren",
                "directeur",
                "Een lange adem",
            ),
        ],
        "points": [
            point(
                "point-1",
                "De stichting wijst erop dat de wachtlijsten in drie provincies groeien.",
            ),
            point(
                "point-2",
                "De stichting noemt het een 'zorgpunt' dat de aanpak per regio verschilt.",
            ),
        ],
    }
    assert draft.suggested_filename == "2021-03-02-meer-toezicht-nodig-op-online-werving.toml"
    assert draft.dropped == (
        "Deel dit artikel",
        "Facebook | Twitter | LinkedIn",
        "Doneer",
        "Volg ons op",
    )
    assert "quote-4: 'De Vries' taken to be Anna de Vries, named earlier" in draft.warnings
    verbatim(draft, source)


def test_english_says_director_and_said_surname(tmp_path: Path) -> None:
    source = FIXTURES / "en-says-director.txt"
    draft = import_source(source)
    assert draft.data == {
        "format": 1,
        "kind": "briefing",
        "id": "csa-2022-11-03-alliance-urges-faster-action-on-child",
        "title": "Alliance urges faster action on child trafficking",
        "published": date(2022, 11, 3),
        "language": "en",
        "organisation": "Child Safety Alliance",
        "organisation_short": "CSA",
        "source_type": "press-statement",
        "summary": "LONDON – The Child Safety Alliance (CSA) today called on the government to "
        "fund specialised shelters for child victims of trafficking.",
        "quotes": [
            item(
                "quote-1",
                "John Smith",
                "Every week we see children who fall through the cracks because there is no "
                "safe place for them.",
                "spokesperson",
            ),
            item(
                "quote-2",
                "Mary O'Neill",
                "Traffickers now recruit children online within days",
                "director",
                "Online recruitment",
            ),
            item(
                "quote-3",
                "John Smith",
                "We cannot wait another year for a plan",
                "spokesperson",
                "Online recruitment",
            ),
        ],
        "points": [point("point-1", "The Alliance wants platforms to report suspicious accounts.")],
    }
    assert draft.dropped == ("Read more about our work", "Share this", "Donate now")
    verbatim(draft, source)
    assert check_file(draft, tmp_path) == []


def test_statement_without_quotes_becomes_summary_and_points(tmp_path: Path) -> None:
    draft = import_source(FIXTURES / "nl-geen-citaten.txt", organisation="Stichting Voorbeeld")
    assert draft.data == {
        "format": 1,
        "kind": "briefing",
        "id": "2018-11-13-nieuwe-cijfers-over-uitbuiting",
        "title": "Nieuwe cijfers over uitbuiting van jongeren",
        "published": date(2018, 11, 13),
        "language": "nl",
        "organisation": "Stichting Voorbeeld",
        "source_type": "press-statement",
        "summary": "Het aantal gemelde slachtoffers van uitbuiting onder de achttien jaar is "
        "vorig jaar gestegen, blijkt uit nieuwe cijfers.",
        "quotes": [],
        "points": [
            point(
                "point-1",
                "Achtergrond — Vooral meisjes tussen twaalf en achttien jaar worden via sociale "
                "media "
                "benaderd. Hulpverleners zien dat de opvang vaak te laat begint.",
            ),
            point(
                "point-2",
                "Jongens worden vaker ingezet voor criminele uitbuiting, zoals drugssmokkel.",
            ),
        ],
    }
    assert draft.quotes == ()
    assert "no quotes found: the statement's paragraphs are points" in draft.warnings
    assert check_file(draft, tmp_path) == []


def test_missing_organisation_is_a_placeholder_that_validation_flags(tmp_path: Path) -> None:
    draft = import_source(FIXTURES / "nl-geen-citaten.txt")
    assert draft.data["organisation"] == PLACEHOLDER_ORGANISATION
    assert any("pass --organisation" in w for w in draft.warnings)
    assert check_file(draft, tmp_path) == [
        "placeholder left in 'organisation': replace it with the real value"
    ]


def test_bom_crlf_and_non_breaking_spaces(tmp_path: Path) -> None:
    source = FIXTURES / "nl-bom-crlf-nbsp.txt"
    raw = source.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\xc2\xa0" in raw
    draft = import_source(source)
    assert draft.data == {
        "format": 1,
        "kind": "briefing",
        "id": "lno-2020-01-05-opvang-moet-dichter-bij-huis",
        "title": "Opvang moet dichter bij huis",
        "published": date(2020, 1, 5),
        "language": "nl",
        "organisation": "Landelijk Netwerk Opvang",
        "organisation_short": "LNO",
        "source_type": "press-statement",
        "summary": "Het Landelijk Netwerk Opvang (LNO) wil dat kinderen dichter bij huis "
        "worden opgevangen.",
        "quotes": [
            item(
                "quote-1",
                "Karin Jansen",
                "Een kind dat honderd kilometer van huis zit, verliest zijn school en zijn "
                "vrienden.",
                "voorzitter",
            )
        ],
        "points": [],
    }
    assert draft.source == raw
    verbatim(draft, source)
    assert check_file(draft, tmp_path) == []


def test_no_headline_and_no_date_give_flagged_placeholders(tmp_path: Path) -> None:
    draft = import_source(FIXTURES / "nl-zonder-kop.txt")
    assert draft.data == {
        "format": 1,
        "kind": "briefing",
        "id": "nl-zonder-kop",
        "title": PLACEHOLDER_TITLE,
        "published": PLACEHOLDER_DATE,
        "language": "nl",
        "organisation": "Centrum voor Jeugd en Veiligheid",  # it speaks: "… vraagt gemeenten"
        "source_type": "press-statement",
        "summary": "Het Centrum voor Jeugd en Veiligheid vraagt gemeenten om jongeren die "
        "worden uitgebuit sneller een vaste begeleider te geven, zodat zij niet steeds "
        "opnieuw hun verhaal hoeven te doen.",
        "quotes": [
            item(
                "quote-1",
                "Sanne Mulder",
                "Elke nieuwe hulpverlener betekent voor een kind opnieuw beginnen",
            )
        ],
        "points": [],
    }
    assert draft.suggested_filename == "nl-zonder-kop.toml"
    assert draft.dropped == ("Onderdeel van", "Wij worden gesteund door")
    problems = check_file(draft, tmp_path)
    assert len(problems) == 2
    for key in ("title", "published"):
        assert any(f"'{key}'" in p and "placeholder" in p for p in problems), key


def test_quote_without_speaker_gets_a_placeholder(tmp_path: Path) -> None:
    text = (
        "Kop van het bericht\n\n14 februari 2020\n\n"
        "Er is één ding dat we willen zeggen:\n\n"
        "“Wij houden dit niet langer vol zonder extra geld.”\n"
    )
    draft = import_source(text, organisation="Stichting Voorbeeld")
    assert [(q.speaker, q.text) for q in draft.quotes] == [
        ("TODO: who said this", "Wij houden dit niet langer vol zonder extra geld.")
    ]
    assert "quote-1: no speaker found; fill in 'speaker'" in draft.warnings
    assert check_file(draft, tmp_path) == [
        "placeholder left in 'speaker': replace it with the real value"
    ]


def test_id_option_and_text_input() -> None:
    draft = import_source(
        (FIXTURES / "en-says-director.txt").read_text(encoding="utf-8"), briefing_id="csa-shelters"
    )
    assert draft.id == "csa-shelters"
    assert draft.source_name is None
    assert {q.briefing_id for q in draft.quotes} == {"csa-shelters"}


# -- themes, ids and collection ------------------------------------------------------------


def test_theme_suggestions_from_the_collection(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    write(
        "more-themes.toml",
        """
        format = 1
        kind = "themes"

        [themes.opvang]
        label = "Opvang"
        description = "Opvang en zorg voor slachtoffers"
        """,
    )
    collection = load_collection(write("x.txt", "").parent)
    assert set(collection.themes) == {"digitaal", "financiering", "opvang"}
    draft = import_source(FIXTURES / "nl-na-de-quote.txt", collection=collection)
    themes = {entry["id"]: entry["themes"] for entry in draft.data["quotes"] + draft.data["points"]}
    assert themes == {
        "quote-1": [],
        "quote-2": [],
        "quote-3": ["opvang"],  # "De opvang van jonge slachtoffers ..."
        "quote-4": [],
        "point-1": [],
        "point-2": [],
    }
    assert "themes suggested from the collection's themes; check them" in draft.warnings


def test_id_is_made_unique_in_the_collection(good_folder: Path) -> None:
    collection = load_collection(good_folder)
    text = "Een stelling\n\n13 november 2018\n\nHet Centrum (C) zegt iets over de aanpak."
    first = import_source(text, organisation="Centrum")
    taken = {first.id}
    assert first.id == "2018-11-13-een-stelling"
    # A collection that already holds the id gets a numbered one.
    (good_folder / "same.toml").write_text(
        tomli_w.dumps({**first.data, "organisation": "Centrum"}), encoding="utf-8"
    )
    collection = load_collection(good_folder)
    assert taken <= set(collection.briefings)
    second = import_source(text, organisation="Centrum", collection=collection)
    assert second.id == "2018-11-13-een-stelling-2"
    # An id asked for with --id that is taken would knock the other file out: refused.
    with pytest.raises(SourceError, match=r"already used in the collection.*een-stelling-2"):
        import_source(text, organisation="Centrum", collection=collection, briefing_id=first.id)


def test_stemmer_and_theme_matching() -> None:
    assert suffix_stem("digitale") == suffix_stem("digitaal") == suffix_stem("Digitaal")
    assert suffix_stem("slachtoffers") == suffix_stem("slachtoffer")
    assert suffix_stem("financiering") == suffix_stem("financieringen")
    themes = load_themes_inline()
    assert suggest_themes("Daders werven online via digitale platformen.", themes) == ["digitaal"]
    assert suggest_themes("Het weer was mooi.", themes) == []


def load_themes_inline() -> dict[str, Any]:
    from mhbrief.model import Theme

    return {
        "digitaal": Theme("digitaal", "Digitaal", "Online werving en digitale opsporing"),
        "financiering": Theme("financiering", "Financiering", "Geld voor de aanpak"),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gepubliceerd op 13 november 2018", date(2018, 11, 13)),
        ("13 november 2018", date(2018, 11, 13)),
        ("November 13, 2018", date(2018, 11, 13)),
        ("Published on 13 November 2018", date(2018, 11, 13)),
        ("dinsdag 13 november 2018, 10:30 uur", date(2018, 11, 13)),
        ("Datum: 2018-11-13", date(2018, 11, 13)),
        ("13 nov. 2018", date(2018, 11, 13)),
        ("Op 13 november 2018 stuurde het kabinet een plan.", None),
        ("31 februari 2018", None),
    ],
)
def test_date_lines(line: str, expected: date | None) -> None:
    assert parse_date_line(line) == expected


# -- refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf \r\n\r\n\xc2\xa0\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Kop\n\nTekst met een \xe9 in Latin-1.\n", "not UTF-8"),
    ],
)
def test_empty_binary_and_non_utf8_sources_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "source.txt"
    source.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        import_source(source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source.txt"]


def test_missing_source_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        import_source(tmp_path / "nope.txt")


def test_site_furniture_goes_but_headlines_and_prose_that_look_like_it_stay(
    tmp_path: Path,
) -> None:
    text = (
        "Home › Nieuws › Persberichten\n\nPERSBERICHT\n\n"
        "Geef nu slachtoffers van mensenhandel een stem\n\n"
        "Den Haag, 4 maart 2021 – Stichting Vrij Werk vraagt het kabinet om meer opvangplekken "
        "voor slachtoffers van uitbuiting.\n\n"
        "Volg ons advies en investeer in opsporing. Dat is de boodschap aan de Tweede Kamer.\n\n"
        "Terug naar de tekentafel\n"
        "Het plan moet over, vindt de stichting, omdat gemeenten geen geld krijgen.\n\n"
        "Facebook Twitter LinkedIn E-mail\n\nKopieer link\n\nDeel dit bericht\n\nDoneer nu\n"
    )
    draft = import_source(text, organisation="Stichting Vrij Werk")
    assert draft.data["title"] == "Geef nu slachtoffers van mensenhandel een stem"
    assert draft.data["published"] == date(2021, 3, 4)
    body = tomli_w.dumps(draft.data)
    assert body.count("Geef nu slachtoffers") == 1
    assert "vraagt het kabinet om meer opvangplekken" in body
    assert "Den Haag, 4 maart" not in body
    assert "Volg ons advies en investeer in opsporing." in body
    assert "omdat gemeenten geen geld krijgen" in body
    assert "Terug naar de tekentafel — Het plan moet over" in body
    for furniture in ("Facebook", "Kopieer link", "Deel dit", "Doneer", "PERSBERICHT", "Home ›"):
        assert furniture not in body
    assert check_file(draft, tmp_path) == []


@pytest.mark.parametrize(
    "line",
    [
        "Den Haag, 13 november 2018",
        "Amsterdam, 13 november 2018 –",
        "13-11-2018",
        "13/11/2018",
        "Datum: 13-11-2018",
        "13 November 2018, 10:15 CET",
        "2018-11-13T10:00:00",
    ],
)
def test_more_date_line_forms(line: str) -> None:
    assert parse_date_line(line) == date(2018, 11, 13)


def test_a_fifo_is_not_read_as_a_source(tmp_path: Path, fifo: Callable[[Path], Path]) -> None:
    with pytest.raises(SourceError, match="not a regular file"):
        import_source(fifo(tmp_path / "pipe.txt"))


QUOTE_NL = "De aanpak van uitbuiting schiet tekort, het kabinet moet nu echt kiezen"
QUOTE_EN = "The plan does not protect the children who need it most"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        (
            f"“{QUOTE_NL}”, zegt directeur Pieter van den Berg van Stichting Vrij Werk.",
            "Pieter van den Berg",
            "directeur van Stichting Vrij Werk",
        ),
        (
            f"‘{QUOTE_NL}’, aldus prof. dr. Anna Smit, hoogleraar criminologie.",
            "prof. dr. Anna Smit",
            "hoogleraar criminologie",
        ),
        (f"“{QUOTE_EN},” says Dr. Jane Doe-Smith, CEO of Z.", "Dr. Jane Doe-Smith", "CEO of Z"),
        (
            f"“{QUOTE_NL}”, zegt Fatima el Amrani, woordvoerder van Fairwork.",
            "Fatima el Amrani",
            "woordvoerder van Fairwork",
        ),
        (
            f"“{QUOTE_NL}”, zegt woordvoerder Jan-Willem van ’t Hof.",
            "Jan-Willem van ’t Hof",
            "woordvoerder",
        ),
        (f"“{QUOTE_NL}”, zegt Kees de Jong (directeur).", "Kees de Jong", "directeur"),
        (f"Anna de Vries (woordvoerder): ‘{QUOTE_NL}’", "Anna de Vries", "woordvoerder"),
        (f"Directeur mr. Pieter de Groot: ‘{QUOTE_NL}’", "mr. Pieter de Groot", "directeur"),
        (f"According to Jane Doe, director of Z: “{QUOTE_EN}”", "Jane Doe", "director of Z"),
    ],
)
def test_more_attribution_patterns(paragraph: str, speaker: str, role: str) -> None:
    text = f"Een kop boven het bericht\n\n13 november 2018\n\n{paragraph}\n"
    draft = import_source(text, organisation="Stichting")
    (quote,) = draft.data["quotes"]
    assert (quote["speaker"], quote.get("role")) == (speaker, role)
    # The attribution was used up: no fragment of it is left as a point or summary.
    assert "points" not in draft.data or all(
        speaker.split()[-1] not in p["text"] for p in draft.data["points"]
    )
    assert speaker.split()[-1] not in draft.data.get("summary", "")


def test_a_later_surname_or_role_alone_resolves_to_the_speaker_named_before() -> None:
    text = (
        "Een kop boven het bericht\n\n13 november 2018\n\n"
        f"CKM-woordvoerder Shamir Ceuleers: ‘{QUOTE_NL}.’\n\n"
        "Het kabinet stuurde het plan vandaag naar de Kamer.\n\n"
        f"Ceuleers vult aan: ‘{QUOTE_NL}, ook online.’\n\n"
        f"‘{QUOTE_NL}, en snel’, aldus de woordvoerder.\n"
    )
    draft = import_source(text, organisation="CKM")
    speakers = [(q["speaker"], q.get("role")) for q in draft.data["quotes"]]
    assert speakers == [("Shamir Ceuleers", "CKM-woordvoerder")] * 3
    assert "aldus" not in tomli_w.dumps(draft.data)


def test_theme_suggestions_ignore_words_every_theme_uses() -> None:
    from mhbrief.model import Theme

    themes = {
        "arbeid": Theme(
            "arbeid", "Arbeidsuitbuiting", "Uitbuiting in werk en arbeid, en de aanpak daarvan."
        ),
        "crimineel": Theme(
            "crimineel", "Criminele uitbuiting", "Uitbuiting voor drugshandel; de aanpak daarvan."
        ),
        "geld": Theme("geld", "Financiering", "Budget en extra middelen voor de aanpak."),
    }
    # "uitbuiting", "aanpak" and "daarvan" are in more than one description: no evidence.
    text = (
        "De aanpak van ondermijning en uitbuiting: daarvan profiteert de mensenhandelaanpak niet."
    )
    assert suggest_themes(text, themes) == []
    assert suggest_themes("Er komen geen extra middelen bij.", themes) == ["geld"]


def test_a_quote_running_over_two_paragraphs_keeps_its_speaker(tmp_path: Path) -> None:
    text = (
        "Charity urges action on exploitation\n\nNovember 13, 2018\n\n"
        "Jane Doe, director of Safe Haven, said: “The plan is weak on the children who need "
        "protection most.\n\n"
        "“We call on Parliament to fund the shelters this year, not in five years.”\n\n"
        "The charity runs four shelters in the north of the country.\n"
    )
    draft = import_source(text, organisation="Safe Haven")
    assert [(q["speaker"], q.get("role"), q["text"]) for q in draft.data["quotes"]] == [
        (
            "Jane Doe",
            "director of Safe Haven",
            "The plan is weak on the children who need protection most.",
        ),
        (
            "Jane Doe",
            "director of Safe Haven",
            "We call on Parliament to fund the shelters this year, not in five years.",
        ),
    ]
    assert "said" not in draft.data.get("summary", "")
    assert check_file(draft, tmp_path) == []


def test_an_organisation_with_a_hyphenated_word_is_found_by_its_initials() -> None:
    text = (
        "Charity urges action\n\nNovember 13, 2018\n\n"
        "The Anti-Slavery Network (ASN) says the plan is too weak for the children at risk.\n"
    )
    draft = import_source(text)
    assert (draft.data["organisation"], draft.data["organisation_short"]) == (
        "Anti-Slavery Network",
        "ASN",
    )


def test_the_note_of_left_out_lines_names_the_first_thirty_and_counts_the_rest() -> None:
    """A long paste of many pages leaves out a thousand lines: the note stays readable."""
    shares = "\n\n".join(f"E-mail: pers{n}@stichting.nl" for n in range(40))
    text = (
        "Nieuwe opvang voor slachtoffers\n\n"
        "De stichting opent vandaag een nieuwe opvang voor slachtoffers van uitbuiting.\n\n"
        + shares
    )
    draft = import_source(text)
    note = next(n for n in draft.warnings if "line(s) of site boilerplate" in n)
    assert note.startswith("left out 40 line(s)")
    assert "pers29@" in note and "pers30@" not in note
    assert note.endswith("; and 10 more")


def test_the_draft_file_is_named_after_its_id() -> None:
    """A walk found '…-slachtoffers-van.toml' holding the id '…-slachtoffers': the file
    name and the id were cut at different lengths. A file named after its id keeps it
    against a copy saved with the same id (mhbrief.id_owners)."""
    from mhbrief.id_owners import named_after

    for source in (CKM, FIXTURES / "nl-na-de-quote.txt", FIXTURES / "en-says-director.txt"):
        draft = import_source(source)
        assert named_after(Path(draft.suggested_filename), draft.data["id"]), (
            draft.suggested_filename,
            draft.data["id"],
        )
