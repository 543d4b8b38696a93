"""Tune round 28: organisations (a bare name joined to a role, a separable verb of saying
after ‘…' quotes), speakers and furniture; each pattern in a short made-up text of our own
(no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.role_names import bare_name_in_role, ends_in_role

from .drafts import draft_data


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
