"""Tune round 35: page furniture around the headline and in the body (a scroll prompt, an
image's placeholder label, a broadcaster's live labels and watch link, a source line naming
a web site, a caption printed twice, a story's credit line); each in a short made-up text
of our own (no text of an evaluation set), with cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer.doubled_lines import printed_twice
from mhbrief.importer.furniture_lines import is_furniture_line

from .drafts import draft_data, kept_text

_NL_BODY = (
    "De gemeente heeft dinsdag drie panden gesloten waar jonge vrouwen werden uitgebuit.\n\n"
    "“We laten dit niet gebeuren in onze stad,” zei burgemeester Anna de Wit.\n"
)
_EN_BODY = (
    "Police closed three houses on Tuesday where young women were being exploited by a gang.\n\n"
    "“We will not let this happen in our town,” said Chief Inspector Mark Hale.\n"
)


def test_a_source_line_naming_a_web_site_is_not_the_title() -> None:
    text = f"Source: harbournews.co.uk\n\nThree houses shut in town\n\n{_EN_BODY}"
    draft = draft_data(text)
    assert draft["title"] == "Three houses shut in town"
    assert "harbournews" not in kept_text(draft)
    assert is_furniture_line("Bron: www.voorbeeld.nl/nieuws")
    assert not is_furniture_line("Source: the police say the houses were used for years.")


def test_a_caption_printed_twice_on_one_line_is_left_out() -> None:
    caption = "Agents of the city council at the door of a house"
    text = f"Three houses shut in town\n\n{caption} {caption}\n\n{_EN_BODY}"
    draft = draft_data(text)
    assert caption not in kept_text(draft)
    assert "Police closed three houses" in kept_text(draft)
    assert printed_twice("Agenten bij de deur.Agenten bij de deur.")


def test_a_sentence_with_repeated_words_is_not_printed_twice() -> None:
    assert not printed_twice("Very very")
    assert not printed_twice("We said no, and we said no again to the plan.")
    assert not printed_twice("Three houses shut in town")
    # the page's first line (its headline) is left to the headline rules
    draft = draft_data("Drie panden dicht Drie panden dicht\n\n" + _NL_BODY)
    assert "Drie panden dicht" in draft["title"]


def test_a_story_credit_line_in_the_body_is_left_out() -> None:
    text = (
        "Three houses shut in town\n\n"
        "Police closed three houses on Tuesday where young women were exploited.\n\n"
        "Story by Harbour Reporters.\n\n"
        "“We will not let this happen in our town,” said Chief Inspector Mark Hale.\n"
    )
    draft = draft_data(text)
    assert "Story by" not in kept_text(draft)
    assert is_furniture_line("Tekst door Jan de Vries")
    assert is_furniture_line("Additional reporting by Ann Lee and Tom Marsh")


def test_a_short_sentence_about_a_story_stays() -> None:
    assert not is_furniture_line("Story by story, the women told the police what happened.")
    assert not is_furniture_line("Text by the minister was sent to all schools.")
    draft = draft_data(
        "Three houses shut in town\n\nThe story was told by a victim.\n\n" + _EN_BODY
    )
    assert "The story was told by a victim." in kept_text(draft)


def test_a_long_paragraph_of_a_repeated_phrase_is_no_caption() -> None:
    assert not printed_twice("Ann Bea Cees Dirk " * 30)
