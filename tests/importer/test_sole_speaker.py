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


def test_a_quote_going_on_from_a_group_s_words_is_not_the_named_person_s() -> None:
    # A news release quotes a panel ("the inspectors warned"), then a bare quote goes on;
    # the one person named further down said other words, not those.
    text = (
        "Inspectors urge stricter checks on farm labour agencies\n\n"
        "“Agencies that house their workers hold too much power over them,” the inspectors "
        "warned in a joint report.\n\n"
        "“Licences must be checked every year, not once in a decade.”\n\n"
        "The report also counts the complaints made in the last two years.\n\n"
        "“We see the same names come back,” said the chief inspector, Marta Olsen.\n"
    )
    draft = import_source(text)
    assert [speaker for speaker, _ in _speakers(text)] == [PLACEHOLDER_SPEAKER] * 2 + [
        "Marta Olsen"
    ]
    assert any("quote-2: maybe: the inspectors" in note for note in draft.warnings)
