"""The one person a text quotes and names: never given the words of someone unnamed."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source

UNNAMED_THEN_NAMED = (
    "Meldpunt: controles op uitzendbureaus schieten tekort\n\n"
    "ZWOLLE, 3 maart 2026 - Het meldpunt krijgt steeds meer meldingen over bureaus die "
    "werknemers uit het buitenland in de val laten lopen.\n\n"
    "“Wie zijn baan verliest, staat dezelfde dag op straat”, zegt een woordvoerder. "
    "Veel werknemers wonen in een huis van het bureau.\n\n"
    "“De inspectie komt te laat en te weinig langs”, aldus Karin Oosterbeek{role}. "
    "Zij wil vaker controles zonder aankondiging.\n"
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_a_quote_of_a_spokesperson_the_text_does_not_name_stays_unknown() -> None:
    # A new user's walk: "zegt een woordvoerder" went to the one named person, with the
    # role "woordvoerder" that was never theirs.
    assert _speakers(UNNAMED_THEN_NAMED.format(role="")) == [
        (PLACEHOLDER_SPEAKER, "woordvoerder"),
        ("Karin Oosterbeek", None),
    ]


def test_also_when_the_named_person_has_that_role() -> None:
    text = UNNAMED_THEN_NAMED.format(role=", woordvoerder van het meldpunt")
    assert _speakers(text)[0][0] == PLACEHOLDER_SPEAKER  # "een": not her, said as such


def test_an_english_unnamed_spokesperson_stays_unknown_too() -> None:
    text = (
        "Charity warns of agency abuse\n\n"
        "LONDON - A charity says recruitment agencies trap workers in debt.\n\n"
        "“People lose their job and their home on the same day,” said a spokesperson. "
        "Many live in housing the agency rents.\n\n"
        "“Inspections come too late,” said Martin Hale. He wants unannounced visits.\n"
    )
    assert [speaker for speaker, _ in _speakers(text)] == [PLACEHOLDER_SPEAKER, "Martin Hale"]


def test_a_quote_nothing_attributes_still_goes_to_the_one_person_named() -> None:
    text = (
        "Meldpunt ziet meer meldingen\n\n"
        "“De inspectie komt te laat en te weinig langs”, zegt Karin Oosterbeek.\n\n"
        "“Wie zijn baan verliest, staat dezelfde dag op straat.”\n"
    )
    assert [speaker for speaker, _ in _speakers(text)] == ["Karin Oosterbeek"] * 2
