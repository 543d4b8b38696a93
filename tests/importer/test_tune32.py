"""Tune round 32: page furniture known by its shape and place (an empty byline, a credit
in brackets, a question asking the reader for a gift, a bank line, a newsletter's tag
line, a press office's or a statement's label, widget labels run together, an alt text
over its caption, a caption under the page's labels, a section's name between
paragraphs); each in a short made-up text of our own (no text of an evaluation set),
with cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer.furniture_lines import (
    bracketed_credit,
    empty_byline,
    glued_labels,
    press_office_label,
    source_stamp,
    statement_person,
)
from mhbrief.importer.quotes import is_left_open
from mhbrief.importer.reader_prompts import bank_line, gift_question, newsletter_tag

from .drafts import draft_data, kept_text

_BODY = (
    "De stichting hielp vorig jaar ruim tweehonderd kinderen die werden uitgebuit in "
    "de landbouw en in de horeca van drie grote steden."
)
_BODY_EN = (
    "The trust helped more than two hundred workers last year who had been exploited on "
    "farms and in the kitchens of three large cities."
)


def test_an_empty_byline_is_furniture() -> None:
    assert empty_byline("By  |")
    assert empty_byline("Door: redactie")
    assert empty_byline("By Staff")
    assert not empty_byline("Door de regen bleef het stil.")
    assert not empty_byline("By the end of the year")
    draft = draft_data(f"Kinderen uit de kas gehaald\n\nDoor: redactie\n\n{_BODY}\n")
    assert "redactie" not in kept_text(draft)
    assert draft["title"] == "Kinderen uit de kas gehaald"


def test_a_credit_in_brackets_on_its_own_line_is_furniture() -> None:
    assert bracketed_credit("(Harbour TV image/file)")
    assert bracketed_credit("(Foto: archief)")
    assert not bracketed_credit("(De foto werd later verwijderd.)")
    assert not bracketed_credit("(Reuters)")
    draft = draft_data(f"Workers freed from farm\n\n(Coast TV image/file)\n\n{_BODY_EN}\n")
    assert "image/file" not in kept_text(draft)


def test_a_question_asking_the_reader_for_a_gift_is_furniture() -> None:
    assert gift_question("Wilt u ook een gift doen voor kinderen in nood?")
    assert gift_question("Would you like to support our work today?")
    assert not gift_question("Wie betaalt uiteindelijk de rekening?")
    assert not gift_question("„Wilt u een gift doen?”, vroeg de collectant.")
    text = f"Hulp voor kinderen\n\n{_BODY}\n\nWilt u een extra gift doen voor deze kinderen?\n"
    assert "gift" not in kept_text(draft_data(text))


def test_a_bank_line_for_gifts_is_furniture() -> None:
    assert bank_line("Maak uw bijdrage over op NL12 ABCD 0123 4567 89 t.n.v. Stichting Hoop.")
    assert bank_line("Scan deze QR-code met je telefoon en geef direct.")
    assert not bank_line("De bank weigerde het rekeningnummer van de verdachte te delen.")
    text = (
        f"Hulp voor kinderen\n\n{_BODY}\n\n"
        "Scan dan de QR-code met uw mobiel of maak uw gift over op ons rekeningnummer.\n"
    )
    assert "QR-code" not in kept_text(draft_data(text))


def test_a_newsletters_tag_line_is_furniture() -> None:
    assert newsletter_tag("The Morning newsletter keeps you informed")
    assert not newsletter_tag("The charity sends its newsletter to 4,000 members.")
    text = (
        f"Workers freed from farm\n\n{_BODY_EN}\n\n"
        "The Weekly newsletter brings you the news that matters\n\n"
        "Officers said the inquiry would go on for several months while victims are helped.\n"
    )
    kept = kept_text(draft_data(text))
    assert "Weekly newsletter" not in kept
    assert "inquiry would go on" in kept


def test_a_press_offices_and_a_statements_label_are_furniture() -> None:
    assert press_office_label("Harbour Trust Press Office")
    assert press_office_label("Persdienst Gemeente Zuidhaven")
    assert not press_office_label("The press office was closed on Monday.")
    assert statement_person("Statement: Ann Lee, director of Harbour Trust") == (
        "Ann Lee, director of Harbour Trust"
    )
    assert statement_person("Statement issued on Monday") is None
    text = (
        "Trust calls for action\n\nStatement: Ann Lee, director of Harbour Trust\n\n"
        f"{_BODY_EN}\n\nHarbour Trust Press Office\n"
    )
    kept = kept_text(draft_data(text))
    assert "Statement:" not in kept
    assert "Press Office" not in kept


def test_widget_labels_run_together_and_a_source_stamp_are_furniture() -> None:
    assert glued_labels("Watch liveNEWS CHANNEL")
    assert not glued_labels("The iPhone app is new.")
    assert source_stamp("12u01 Bron: Belga")
    assert source_stamp("09:30 Source: PA")
    assert not source_stamp("Bron: het jaarverslag van de inspectie noemt geen cijfers.")
    draft = draft_data(f"16/01/17 - 12u01 Bron: Persbureau\n\n{_BODY}\n")
    assert "Bron" not in kept_text(draft)
    assert not draft["title"].startswith("12u01")


def test_an_alt_text_over_a_caption_without_a_stop_goes_with_it() -> None:
    text = (
        "Workers freed from farm\n\n"
        "Pickers in a field\n\n"
        "Inspectors visited the farm near the coast early in March\n\n"
        f"{_BODY_EN}\n"
    )
    kept = kept_text(draft_data(text))
    assert "Pickers in a field" not in kept
    assert "Inspectors visited" not in kept
    assert "two hundred workers" in kept


def test_a_sentence_with_its_stop_under_a_short_line_stays() -> None:
    text = (
        "Kinderen uit de kas gehaald\n\n"
        "Werk in de kassen\n\n"
        "De inspectie bezocht vorige week twintig kassen in het westen van het land.\n\n"
        f"{_BODY}\n"
    )
    assert "De inspectie bezocht vorige week" in kept_text(draft_data(text))


def test_a_caption_under_the_pages_labels_repeating_the_paragraph_goes() -> None:
    text = (
        "Three arrests in week of action\n\n"
        "Three people were arrested as officers visited nail bars across the county.\n\n"
        "Published\n\nLast updated\n\n"
        "Officers supported Operation Lantern in the fight against exploitation\n\n"
        "From May 2 to May 6 the force supported Operation Lantern, a national campaign, "
        "and visited nail bars across the county.\n"
    )
    kept = kept_text(draft_data(text))
    assert "in the fight against exploitation" not in kept
    assert "From May 2 to May 6" in kept


def test_a_lead_without_its_stop_under_a_label_stays() -> None:
    text = (
        "Twelve arrests in week of action\n\n"
        "Updated\n\n"
        "Twelve arrests have been made and five people rescued this week as part of an "
        "operation across the region against the exploitation of workers\n\n"
        "Councils and agencies have worked together with the police during the operation.\n"
    )
    assert "five people rescued" in kept_text(draft_data(text))


def test_a_section_name_between_paragraphs_goes_a_subheading_stays() -> None:
    text = (
        f"Workers freed from farm\n\n{_BODY_EN}\n\nLocal\n\n"
        "“We will keep visiting these farms until the abuse stops,” said inspector Ann Lee.\n\n"
        "Conclusion\n\n"
        "“Nobody should work for nothing,” Lee added in a statement on Friday.\n"
    )
    draft = draft_data(text)
    contexts = [q.get("context", "") for q in draft["quotes"]]
    assert "Local" not in contexts
    assert "Conclusion" in kept_text(draft)


def test_a_one_word_line_over_the_opening_paragraph_stays_the_headline() -> None:
    assert draft_data(f"Uitgebuit\n\n{_BODY}\n")["title"] == "Uitgebuit"


def test_a_paragraph_in_straight_single_marks_is_a_closed_quotation() -> None:
    # once furniture between two pull quotes goes, the first must not run on into the
    # second (and take the speaker named under it)
    closed = "'Het voelt hier bijna als mijn eigen huis'"
    assert not is_left_open(closed, 0, len(closed))
    still_open = "'Het voelt hier bijna als mijn eigen huis, en"
    assert is_left_open(still_open, 0, len(still_open))


def test_a_short_headline_over_a_credited_caption_stays_the_headline() -> None:
    text = (
        "Te weinig controles in de kassen\n\n"
        "Een inspecteur in een kas bij Zuidhaven. Foto: Stichting Hoop\n\n"
        f"{_BODY}\n"
    )
    assert draft_data(text)["title"] == "Te weinig controles in de kassen"
