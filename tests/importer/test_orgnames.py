"""The organisation of a text read by the grammar of names (issue 22), each pattern in a
short made-up text of our own."""

from __future__ import annotations

import pytest

from mhbrief.importer import import_source
from mhbrief.importer.orgnames import in_role, looks_like_an_organisation, subjects


def _organisation(text: str) -> str:
    return str(import_source(text).data["organisation"])


def _speakers(text: str) -> list[str]:
    return [q["speaker"] for q in import_source(text).data["quotes"]]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # a bare name as the subject of a sentence, named again
        (
            "Huis Noorderlicht luidt de noodklok\n\n"
            "GRONINGEN (ANP) - Huis Noorderlicht noemt de wachtlijsten voor jongeren te lang. "
            '"We hebben gewoon te weinig plekken," zegt directeur Mia Bakker.\n',
            "Huis Noorderlicht",
        ),
        # a short form standing alone, after its full name in parentheses
        (
            "Meer meldingen\n\n"
            "Het Steunpunt tegen Uitbuiting (StUit) telde meer meldingen. StUit waarschuwt "
            "dat veel slachtoffers buiten beeld blijven.\n",
            "Steunpunt tegen Uitbuiting",
        ),
        # a name with an article, as the subject of an English sentence
        (
            "Warning over job apps\n\n"
            "The Safe Passage Network warned on Tuesday that traffickers use job apps. "
            '"We see fake adverts every single day," said coordinator Sam Reed.\n\n'
            "The Home Office (HO) said it studies the findings. HO officials declined to "
            "comment. HO will answer later.\n",
            "Safe Passage Network",
        ),
        # "X van ORG": a name of several words with "der" inside
        (
            "Nieuwe opvang\n\n"
            "‘Niemand hoort op straat te slapen,’ zegt Piet Kramer van het Huis der Hoop. "
            "De gemeente betaalt mee.\n",
            "Huis der Hoop",
        ),
        # "jurist bij vzw ORG": the kind of organisation in lowercase before its name
        (
            "Meer hulp\n\n"
            '"We zien vooral meer mannen uit de bouw," zegt Jan Peeters, jurist bij vzw '
            "Lichtbaken.\n",
            "vzw Lichtbaken",
        ),
        # "ORG-woordvoerder X"
        (
            "Nieuwe campagne\n\n"
            '"Werkgevers moeten beter opletten," zegt Stichting Open Deur-woordvoerder '
            "Ayse Demir.\n",
            "Stichting Open Deur",
        ),
        # "programme director at The ORG Fund": the article kept as the text writes it
        (
            "New grants\n\n"
            '"Survivors know best what works here," said Maria Lopez, programme director '
            "at The Bright Path Fund.\n",
            "The Bright Path Fund",
        ),
    ],
)
def test_the_organisation_is_read_by_its_name(text: str, organisation: str) -> None:
    assert _organisation(text) == organisation


def test_a_name_cut_at_a_slash_is_kept_whole() -> None:
    text = (
        "Uitbuiting in de haven\n\n"
        '"Het gaat om ernstige uitbuiting van arbeiders," zegt woordvoerder Kees Bril van '
        "de politie Zeeland/West-Brabant.\n"
    )
    assert _organisation(text) == "politie Zeeland/West-Brabant"


def test_the_quoted_peoples_organisation_wins_over_the_abbreviation_used_most() -> None:
    text = (
        "Reactie op het rapport\n\n"
        "Het Landelijk Bureau Statistiek (LBS) publiceerde nieuwe cijfers. Volgens het LBS "
        "stijgt het aantal meldingen. Het LBS telde er vierhonderd.\n\n"
        '"Die cijfers zijn nog maar het begin," zegt Eva Smit, directeur van Stichting '
        'Vrije Keuze. "We zien het elke week gebeuren."\n'
    )
    assert _organisation(text) == "Stichting Vrije Keuze"


def test_an_outlet_is_never_the_organisation() -> None:
    text = (
        "Farm workers freed\n\n"
        "The BBC has learned that six workers were freed. BBC reporters visited the farm. "
        "The BBC asked the owner for comment.\n"
    )
    assert _organisation(text) != "BBC"
    assert not looks_like_an_organisation("BBC", text)


def test_the_dateline_agency_is_never_the_organisation() -> None:
    text = (
        "Meer controles\n\n"
        "DEN HAAG (ANP) - ANP meldt dat er meer controles komen. ANP zegt dat het om "
        "honderd bedrijven gaat.\n"
    )
    assert _organisation(text) != "ANP"


def test_a_person_who_speaks_is_not_an_organisation() -> None:
    text = (
        "Zorgen over opvang\n\n"
        "Nationaal Rapporteur Anna Verbeek presenteerde woensdag haar rapport. Verbeek "
        'waarschuwt dat er te weinig plekken zijn. "Er moet echt meer geld komen," zegt '
        "Verbeek.\n"
    )
    assert _organisation(text) != "Nationaal Rapporteur Anna Verbeek"
    assert "Verbeek" not in _organisation(text)


def test_a_name_that_runs_into_an_organisation_is_no_speaker() -> None:
    # "Heils" was taken for a name: the end of "Huis der Hoop"-like names is no person
    assert "Hoop" not in _speakers(
        "Opvang\n\n‘Niemand hoort op straat te slapen,’ zegt Piet Kramer van het Huis der Hoop.\n"
    )


def test_a_title_inside_a_word_does_not_join_the_next_sentence() -> None:
    # "Reclassering." ends in "ing." like the title "ing.": still a sentence's end
    text = (
        "Kinderen beschermen\n\n"
        '"Het gaat om kinderen die worden aangezet tot criminaliteit," aldus Jan de Wit, '
        "directeur Jeugdzorg en Reclassering. De jeugdzorg helpt dertig kinderen.\n"
    )
    assert _speakers(text) == ["Jan de Wit"]


def test_the_grammar_reads_roles_and_subjects() -> None:
    assert list(in_role("jurist bij vzw Lichtbaken")) == ["vzw Lichtbaken"]
    assert list(in_role("head of the Bright Fund’s legal team")) == ["Bright Fund"]
    assert list(in_role("Stichting Open Deur-woordvoerder")) == ["Stichting Open Deur"]
    assert list(subjects("Het Huis der Hoop opent een nieuwe opvang.")) == [
        ("Huis der Hoop", False)
    ]
    assert list(subjects("Daarom waarschuwt de politie.")) == []


def test_a_role_compounded_with_its_body_gives_the_body() -> None:
    text = (
        "Zeventig aanhoudingen\n\n"
        '"Er is veel informatie verzameld en uitgewisseld met andere landen", aldus een '
        "politiewoordvoerster.\n"
    )
    assert _organisation(text) == "politie"


def test_a_short_form_leading_a_role_gives_the_organisation() -> None:
    text = (
        "Media training\n\n"
        "The Aid Project for the Coast (APC) runs the course. The APC pays for it; APC staff "
        "teach.\n\n"
        'Tom Vale, WMA Spokesperson and Senior Press Officer, welcomed them. "You are the '
        'voice of your towns now," Vale said.\n'
    )
    assert _organisation(text) == "WMA"


def test_a_name_said_to_have_said_something_once_is_the_organisation() -> None:
    text = (
        "Opvang vol\n\n"
        "Aanmeldingen komen in golven, zegt Zorgkring, waar de opvang onder valt. De "
        "plekken zijn allemaal bezet.\n"
    )
    assert _organisation(text) == "Zorgkring"


def test_a_person_named_with_a_role_in_the_headline_is_no_organisation() -> None:
    text = (
        "Commissioner answers Prime Minister Jane Hale on forced labour\n\n"
        "Jane Hale told world leaders that they have a duty to act against forced labour.\n"
    )
    assert _organisation(text) != "Jane Hale"


def test_the_organisation_named_by_its_kind_in_a_role() -> None:
    text = (
        "Kinderen als koerier\n\n"
        "Dat blijkt uit cijfers van Stichting Jong en Veilig (SJV).\n\n"
        'Ook de politie ziet het. "Het gaat om netwerken die kinderen gebruiken", zegt een '
        "woordvoerder van de politie Rotterdam.\n\n"
        '"Kinderen moeten anoniem hun verhaal kunnen doen", aldus directeur Hans Pieters van '
        "de stichting.\n"
    )
    assert _organisation(text) == "Stichting Jong en Veilig"


def test_a_police_spokesperson_beside_the_prosecutor_gives_the_police() -> None:
    text = (
        "Vier verdachten aangehouden\n\n"
        "TILBURG - De politie heeft dinsdag vier mannen aangehouden voor mensenhandel.\n\n"
        '"We hebben al maanden signalen ontvangen," zegt een woordvoerder van de politie '
        "Zeeland-West-Brabant.\n\n"
        "Volgens het Openbaar Ministerie (OM) gaat het om een netwerk. Het OM vervolgt de "
        "mannen ook voor witwassen.\n"
    )
    assert _organisation(text) == "politie Zeeland-West-Brabant"


def test_a_surname_with_its_particle_capitalised_is_the_person_not_an_organisation() -> None:
    text = (
        "Extra geld voor opvang\n\n"
        "Dat maakte staatssecretaris Eric van Dam vandaag bekend.\n\n"
        '"Slachtoffers moeten snel een veilige plek krijgen," aldus Van Dam.\n'
    )
    assert "Dam" not in _organisation(text)


def test_an_office_that_said_it_on_a_weekday() -> None:
    text = (
        "Twelve arrested in sting\n\n"
        "ORLANDO (AP) — Twelve men were arrested, the Lake County Sheriff's Office said "
        "Tuesday.\n\n"
        '"These men thought they could buy children online," Sheriff John Hale said.\n'
    )
    assert _organisation(text) == "Lake County Sheriff's Office"


def test_a_kind_alone_in_the_headline_does_not_tie_with_the_name() -> None:
    text = (
        "Stichting ziet meer jonge slachtoffers\n\n"
        "AMSTERDAM - Stichting Jonge Helden ziet steeds meer jongeren die worden geronseld.\n"
    )
    assert _organisation(text) == "Stichting Jonge Helden"


def test_a_surname_before_the_organisation_is_not_part_of_its_name() -> None:
    text = (
        "Kop van het stuk over uitbuiting\n\n“We zien het steeds vaker,” zegt Jansen van de FNV.\n"
    )
    assert _organisation(text) == "FNV"


def test_a_role_ends_before_the_next_person_is_named() -> None:
    text = (
        "Kop van het stuk over uitbuiting\n\n"
        "Directeur Tom Berg van Stichting Kompas en onderzoeker Eva Kok van de Universiteit "
        "Leiden presenteerden het rapport. “De cijfers zijn schokkend,” zei Berg.\n"
    )
    draft = import_source(text)
    assert draft.data["quotes"][0]["role"] == "directeur van Stichting Kompas"
    assert draft.data["organisation"] == "Stichting Kompas"


def test_an_organisation_that_is_calling_on_others() -> None:
    text = (
        "Retailers must act, says charity\n\n"
        "Bright Path is calling on retailers to check their supply chains. Bright Path "
        "published a guide.\n\n"
        "“Retailers cannot say they did not know,” said spokesperson Maya Chen.\n"
    )
    assert _organisation(text) == "Bright Path"
