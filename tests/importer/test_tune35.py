"""Tune round 35: page furniture around the headline and in the body (a scroll prompt, an
image's placeholder label, a broadcaster's live labels and watch link, a source line naming
a web site, a caption printed twice, a story's credit line); each in a short made-up text
of our own (no text of an evaluation set), with cases where the rule must not fire."""

from __future__ import annotations

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
