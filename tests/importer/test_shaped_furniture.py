"""Furniture lines known by their shape: a picture's file name with trailing
underscores, a comment widget's empty prompt, a credit saying who supplied the picture,
a breadcrumb and a teaser's excerpt with its link glued on. Made-up lines of our own."""

from __future__ import annotations

import pytest

from mhbrief.importer.shaped_furniture import comment_widget, is_shaped_furniture


@pytest.mark.parametrize(
    "line",
    [
        "a1b2c3d4-11aa-22bb-9c9c-0123456789ab_web_scale_0_5_0_5__",
        "Nog geen reacties. Wees de eerste die reageert!",
        "No comments yet. Be the first to comment on this story.",
        "Header image supplied by the Harbour Trust.",
        "Photo courtesy of the family",
        "Foto aangeleverd door de gemeente",
        "Home » Nieuws » Opvang in de haven opent de deu...",
        "Site › Topics › Labour › Shelter opens",
        "nieuws> Opvang in de haven opent",
        "The shelter has housed sixty people since the spring and helped them to find Read more",
        "De opvang heeft dit jaar zestig mensen geholpen om een nieuwe Lees verder",
    ],
)
def test_furniture_shapes(line: str) -> None:
    assert is_shaped_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council said the photo was supplied by a neighbour who saw the raid.",
        "“It was supplied by the owner,” she said of the photo",
        "The figures rose from 3 > 2 in a year.",
        "« C'est une honte » , dit-elle » ajoute-t-il",
        "He said people should read more about the risks.",
        "“Read more,” she told the pupils, “and ask questions” Read more",
        "Be the first to sign up for the new course, the council said.",
        "Ann Lee",
    ],
)
def test_sentences_are_no_furniture(line: str) -> None:
    assert not is_shaped_furniture(line)


def test_comment_widget_lines() -> None:
    assert comment_widget("0 Comments")
    assert comment_widget("Leave a Comment")
    assert comment_widget("No comments yet. Be the first to comment.")
    assert not comment_widget("The council will comment on the report next week.")
