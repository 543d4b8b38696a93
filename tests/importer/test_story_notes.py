"""Round 42: a note on how the story was made or where it came from, a pointer to a
video below, a picture's free licence and "Compiled by". Made-up texts, with a line of
the story of a like shape that must stay."""

from __future__ import annotations

from mhbrief.importer.furniture_lines import story_credit
from mhbrief.importer.licence_credits import licence_credit
from mhbrief.importer.story_notes import story_note

from .drafts import draft_data, kept_text

_STORY = "De Havenstichting opende maandag een opvang voor slachtoffers van uitbuiting."
_STORY_EN = "The Harbour Trust opened a shelter for victims of labour exploitation on Monday."


def test_a_note_on_how_the_story_was_made() -> None:
    assert story_note("This story is a partnership between the Harbour Post and Sea News.")
    assert story_note("This article was produced with support from the Harbour Fund.")
    assert story_note("This post was sourced from Harbour Wire: View the original article here.")
    assert story_note("Dit artikel kwam tot stand in samenwerking met Zeekrant.")
    assert not story_note("This report is a partnership between three universities.")
    assert not story_note("The story was published by a local paper in 2019, the court heard.")


def test_a_pointer_to_a_video_below() -> None:
    assert story_note("Benieuwd naar het hele gesprek? Bekijk dan de video hieronder.")
    assert story_note("Watch the full interview below.")
    assert not story_note("The video shows officers entering the building below the bridge.")
    data = draft_data(
        f"Nieuwe opvang in de haven\n\n{_STORY}\n\n"
        "Benieuwd naar het hele gesprek? Bekijk dan de video hieronder.\n\n"
        "De video van de opening is door 2000 mensen bekeken.\n"
    )
    kept = kept_text(data)
    assert "Bekijk dan de video hieronder" not in kept
    assert "De video van de opening is door 2000 mensen bekeken." in kept


def test_a_pictures_free_licence_and_compiled_by() -> None:
    assert licence_credit("Harbour at night by Ann Lee (CC BY 2.0)")
    assert licence_credit("Red door by Jan Smit (CC0 1.0).")
    assert licence_credit("Foto: Jan Smit, CC BY-SA 4.0")
    assert not licence_credit("The photos were put under a CC BY licence so anyone can use them.")
    assert story_credit("Compiled by Friends of the Harbour")
    assert not story_credit("The list was compiled by the harbour office over three years.")
    data = draft_data(
        "Shelter opens its doors\n\nCompiled by Friends of the Harbour\n\n"
        f"Harbour at night by Ann Lee (CC BY 2.0)\n\n{_STORY_EN}\n"
    )
    assert data["title"] == "Shelter opens its doors"
    kept = kept_text(data)
    assert "CC BY" not in kept and "Compiled by" not in kept
    assert _STORY_EN in kept
