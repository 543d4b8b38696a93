"""Tune round 43: page furniture and false quotes (a quoted subheading that restates the
paragraph above it); each in a short made-up text of our own (no text of an evaluation
set), with a case of the same shape that must be kept."""

from __future__ import annotations

from .drafts import draft_data, kept_text

_NL_HEAD = "Gemeenten vragen om een vast loket voor slachtoffers\n\n3 maart 2021\n\n"
_NL_LEDE = (
    "Jonge slachtoffers van uitbuiting krijgen in onze provincie te weinig hulp. Dat "
    "schrijven twintig gemeenten vandaag in een brief aan de gedeputeerde.\n\n"
)
_NL_QUOTE = "“We zien te veel kinderen tussen wal en schip vallen”, zegt wethouder Els Baas.\n"
_NL_AFTER = "De provincie wil in het voorjaar met een plan komen voor de opvang van deze groep.\n"


def _quotes(draft: dict[str, object]) -> list[str]:
    return [str(q["text"]) for q in draft["quotes"]]  # type: ignore[index, union-attr]


def test_a_quoted_heading_restating_the_lede_is_no_quote() -> None:
    # a stray mark after the closing one keeps it from being read as a subheading
    heading = "‘Jonge slachtoffers uitbuiting te weinig hulp in provincie’‘"
    draft = draft_data(f"{_NL_HEAD}{_NL_LEDE}{heading}\n\n{_NL_AFTER}\n{_NL_QUOTE}")
    assert not any("Jonge slachtoffers" in quote for quote in _quotes(draft))
    assert any(quote.startswith("We zien te veel") for quote in _quotes(draft))
    kept = kept_text(draft)
    assert "twintig gemeenten" in kept and "in het voorjaar" in kept


def test_a_quoted_line_with_words_of_its_own_stays_a_quote() -> None:
    heading = "‘Wij gaan elke school in de regio zelf bezoeken’‘"
    draft = draft_data(f"{_NL_HEAD}{_NL_LEDE}{heading}\n\n{_NL_AFTER}")
    assert any(quote.startswith("Wij gaan elke school") for quote in _quotes(draft))


def test_a_quoted_line_repeating_a_quote_above_is_left_to_the_pull_quote_rules() -> None:
    lede = "“Jonge slachtoffers krijgen te weinig hulp in de provincie”, zegt Els Baas.\n\n"
    heading = "‘Jonge slachtoffers krijgen te weinig hulp’‘"
    draft = draft_data(f"{_NL_HEAD}{lede}{heading}\n\n{_NL_AFTER}")
    assert any(quote.startswith("Jonge slachtoffers krijgen") for quote in _quotes(draft))


_EN_HEAD = "Town opens a shelter for exploited workers\n\n"
_EN_BODY = (
    "The council opened a shelter on Monday for workers who escaped from forced labour.\n\n"
    "“Nobody should have to sleep in a field after fleeing a gangmaster,” said Mayor "
    "Rita Vale.\n\n"
    "The shelter has twelve beds and a legal advice desk run by volunteers.\n"
)


def test_a_caption_over_a_slash_credit_line_is_furniture() -> None:
    caption = "Mayor Rita Vale opens the new shelter for exploited workers"
    credit = "Tom Reed/RIVER 104 NEWS"
    draft = draft_data(f"{_EN_HEAD}{caption}\n{credit}\n\n{_EN_BODY}")
    kept = kept_text(draft)
    assert "opens the new shelter" not in kept and "RIVER 104" not in kept
    assert draft["summary"].startswith("The council opened a shelter")
    assert "twelve beds" in kept
    assert any(q["text"].startswith("Nobody should") for q in draft["quotes"])


def test_a_sentence_over_a_slash_credit_stays() -> None:
    sentence = "Mayor Rita Vale opened the new shelter for exploited workers on Monday."
    credit = "Tom Reed/RIVER 104 NEWS"
    draft = draft_data(f"{_EN_HEAD}{sentence}\n{credit}\n\n{_EN_BODY}")
    kept = kept_text(draft)
    assert "opened the new shelter for exploited workers on Monday" in kept
    assert "RIVER 104" not in kept


def test_a_line_with_a_slash_that_is_no_credit_stays() -> None:
    line = "The shelter runs a 24/7 helpline for workers in the region"
    draft = draft_data(f"{_EN_HEAD}{line}\nIt opened on Monday with twelve beds.\n\n{_EN_BODY}")
    assert "24/7 helpline" in kept_text(draft)


def test_a_run_of_labels_with_nothing_after_their_colons_is_a_lost_link_list() -> None:
    labels = "Shelters in the region:\n\nLegal aid for workers:\n\nHelplines:\n\n"
    draft = draft_data(f"{_EN_HEAD}{labels}{_EN_BODY}")
    kept = kept_text(draft)
    assert "Shelters in the region" not in kept and "Legal aid for workers" not in kept
    assert draft["summary"].startswith("The council opened a shelter")
    assert "twelve beds" in kept


def test_a_label_that_announces_text_stays() -> None:
    text = (
        f"{_EN_HEAD}{_EN_BODY}\nWhat the council wants:\n\n"
        "More inspections of farms and a helpline that answers in ten languages.\n"
    )
    kept = kept_text(draft_data(text))
    assert "What the council wants:" in kept and "ten languages" in kept
    two = "Shelters in the region:\n\nLegal aid for workers:\n\nThe advice desk opens at nine.\n"
    assert "Shelters in the region" in kept_text(draft_data(f"{_EN_HEAD}{_EN_BODY}\n{two}"))


def test_words_the_sentence_gives_to_a_slogan_are_no_quote() -> None:
    slogan = (
        "Op het plein staan sinds vandaag borden. “Kijk om je heen”, luidt de korte boodschap.\n\n"
    )
    draft = draft_data(f"{_NL_HEAD}{_NL_LEDE}{slogan}{_NL_QUOTE}")
    assert not any(quote.startswith("Kijk om je heen") for quote in _quotes(draft))
    assert any(quote.startswith("We zien te veel") for quote in _quotes(draft))
    sign = "Volunteers hung banners. “Look around you,” reads the banner.\n\n"
    draft = draft_data(f"{_EN_HEAD}{sign}{_EN_BODY}")
    assert not any(quote.startswith("Look around you") for quote in _quotes(draft))


def test_a_message_a_person_sends_stays_a_quote() -> None:
    sent = "“Kijk om je heen”, luidt de boodschap van wethouder Els Baas.\n\n"
    draft = draft_data(f"{_NL_HEAD}{_NL_LEDE}{sent}")
    assert any(quote.startswith("Kijk om je heen") for quote in _quotes(draft))
    said = "“Look around you,” said the mayor.\n\n"
    draft = draft_data(f"{_EN_HEAD}{said}{_EN_BODY}")
    assert any(quote.startswith("Look around you") for quote in _quotes(draft))
