"""Tune round 35: page furniture around the headline and in the body (a scroll prompt, an
image's placeholder label, a broadcaster's live labels and watch link, a source line naming
a web site, a caption printed twice, a story's credit line); each in a short made-up text
of our own (no text of an evaluation set), with cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer.doubled_lines import printed_twice
from mhbrief.importer.furniture_lines import is_furniture_line
from mhbrief.importer.page_controls import control_label, stream_labels, watched_name

from .drafts import draft_data, kept_text

_NL_BODY = (
    "De gemeente heeft dinsdag drie panden gesloten waar jonge vrouwen werden uitgebuit.\n\n"
    "“We laten dit niet gebeuren in onze stad,” zei burgemeester Anna de Wit.\n"
)
_EN_BODY = (
    "Police closed three houses on Tuesday where young women were being exploited by a gang.\n\n"
    "“We will not let this happen in our town,” said Chief Inspector Mark Hale.\n"
)


def test_a_scroll_prompt_and_banner_label_over_the_headline_are_not_the_title() -> None:
    text = f"Scroll naar beneden\n\nNieuws banner\n\nDrie panden gesloten in Oost\n\n{_NL_BODY}"
    draft = draft_data(text)
    assert draft["title"] == "Drie panden gesloten in Oost"
    kept = kept_text(draft)
    assert "Scroll" not in kept and "banner" not in kept


def test_an_english_scroll_prompt_and_image_placeholder() -> None:
    draft = draft_data(f"Scroll down\n\nHero image\n\nThree houses shut in town\n\n{_EN_BODY}")
    assert draft["title"] == "Three houses shut in town"
    assert "Hero image" not in kept_text(draft)


def test_control_labels_are_whole_lines_only() -> None:
    assert control_label("Scroll down")
    assert control_label("Alternate Text")
    assert control_label("Uitgelichte afbeelding")
    assert not control_label("Scroll down to see the list of the towns we visited this year.")
    assert not control_label("Banner of the union carried through the streets")
    assert not control_label("Scrollen is verslavend voor kinderen")


def test_watch_link_and_live_labels_around_the_headline_are_left_out() -> None:
    text = (
        "Watch Harbour News\n\nThree houses shut after police raid in the old town\n\n"
        "Harbour News Live\n\nHarbour News Coast Live\n\n" + _EN_BODY
    )
    draft = draft_data(text)
    assert draft["title"] == "Three houses shut after police raid in the old town"
    kept = kept_text(draft) + draft.get("outlet", "")
    assert "Live" not in kept and "Watch" not in kept
    assert draft["summary"].startswith("Police closed three houses")


def test_a_dutch_live_label_under_the_headline() -> None:
    text = "Drie panden gesloten na inval in de oude stad\n\nKijk live\n\n" + _NL_BODY
    draft = draft_data(text)
    assert "Kijk live" not in kept_text(draft)
    assert draft["summary"].startswith("De gemeente heeft dinsdag")


def test_a_headline_alone_above_the_story_is_never_a_live_label() -> None:
    lines = ["Harbour Festival Live", "", _EN_BODY]
    assert stream_labels(lines) == set()  # no other headline: it is the headline
    draft = draft_data("Watch Out For Fake Landlords\n\n" + _EN_BODY)
    assert draft["title"] == "Watch Out For Fake Landlords"


def test_a_watch_link_names_the_broadcaster() -> None:
    assert watched_name("Watch Harbour News") == "Harbour News"
    assert watched_name("Harbour News Live") == "Harbour News"
    assert watched_name("Watch live") == "Watch live"
    assert watched_name("Harbour News") == "Harbour News"


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


def test_a_capitalised_watch_headline_over_its_standfirst_stays_the_title() -> None:
    text = "Watch Out For Fake Landlords\n\nTenants lose thousands each year\n\n" + _EN_BODY
    assert draft_data(text)["title"] == "Watch Out For Fake Landlords"


def test_a_long_paragraph_of_a_repeated_phrase_is_no_caption() -> None:
    assert not printed_twice("Ann Bea Cees Dirk " * 30)
