"""Tune round 22: an office held for a place, a government official quoted among others,
a seal's alt text, a department opening a release; each pattern in a short made-up text
of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data, kept_text


def test_a_place_after_an_office_and_for_is_no_speaker() -> None:
    text = (
        "Shelter opens a new wing\n\n"
        "Also at the opening was Jane Doe-Smith, the Police and Crime Commissioner for "
        "North Kent, who told the guests: “We will keep supporting this shelter for as long "
        "as it is needed.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Jane Doe-Smith"
    assert quote["role"] == "Police and Crime Commissioner for North Kent"


def test_an_mp_for_a_constituency_is_not_read_as_a_name() -> None:
    text = (
        "Council backs a helpline\n\n"
        "The Member of Parliament for Harbour East, who opened the day, said: “Every "
        "call to this line is a life changed for the better.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote.get("speaker", "").startswith("TODO") or "Harbour East" not in quote["speaker"]


def test_one_official_among_other_speakers_does_not_make_the_text_the_governments() -> None:
    text = (
        "Charity launches its annual report\n\n"
        "Hosting the launch, Tom Green MP said: “This report shows how much work is still "
        "ahead of us all.”\n\n"
        "Also there was Jane Doe-Smith, the Police and Crime Commissioner for North Kent, "
        "who told guests: “We support this work as much as we possibly can.”\n\n"
        "Director Anna Bell said: “We could not do any of this without our volunteers.”\n"
    )
    draft = draft_data(text)
    assert "Commissioner" not in draft["organisation"]


def test_a_seal_alt_text_line_is_no_headline() -> None:
    text = (
        "Ministry of Harbours Seal Ministry of Harbours\n\n"
        "COURT ORDERS PAYMENT TO VICTIMS OF FORCED LABOUR\n\n"
        "HARBOUR CITY - The Harbours Department today announced that a court ordered two "
        "farm owners to pay their former workers.\n\n"
        "“These workers were cheated of years of wages,” said J. Fay Turner, Assistant "
        "Attorney General for Labour Rights.\n"
    )
    draft = draft_data(text)
    assert draft["title"] == "COURT ORDERS PAYMENT TO VICTIMS OF FORCED LABOUR"
    assert "Seal" not in kept_text(draft)


def test_the_field_of_an_attorney_generals_office_is_no_organisation() -> None:
    text = (
        "COURT ORDERS PAYMENT TO VICTIMS OF FORCED LABOUR\n\n"
        "HARBOUR CITY, D.C. - The Harbours Department today announced that a court ordered "
        "two farm owners to pay their former workers.\n\n"
        "“These workers were cheated of years of wages,” said J. Fay Turner, Assistant "
        "Attorney General for Labour Rights.\n"
    )
    draft = draft_data(text)
    assert draft["organisation"] == "Harbours Department"
    assert draft["quotes"][0]["speaker"] == "J. Fay Turner"


_TABLOID = (
    "Police free six workers from a farm in a dawn raid\n\n"
    "Police have freed six workers and arrested two men at a farm near Harbourton.\n\n"
    "Harbour Valley Police said the workers had been made to pick fruit for no pay.\n\n"
    "Six workers, thought to be victims of forced labour, were freed by officers at the farm\n\n"
    "The raid was planned with the Border Agency and the Fair Work Authority.\n\n"
    "Detective Sergeant Ann Lee, who led the raid, said: 'The workers are safe now and "
    "are being looked after.\n\n"
    "'Forced labour is a hidden crime. We ask anyone who sees the signs to call us.\n\n"
    "'We will now work to find anyone else who was held at the farm.'\n\n"
    "Officers in white suits are pictured outside the farm near Harbourton this "
    "morning after the Border Agency raid\n"
)


def test_a_british_quotation_opened_after_a_colon_and_left_open_is_one_quote() -> None:
    quotes = draft_data(_TABLOID)["quotes"]
    assert quotes[0]["text"].startswith("The workers are safe now")
    assert all(q["speaker"] == "Ann Lee" for q in quotes)


def test_captions_printed_without_a_full_stop_are_furniture() -> None:
    kept = kept_text(draft_data(_TABLOID))
    assert "were freed by officers at the farm" not in kept
    assert "are pictured outside" not in kept
    assert "The raid was planned with the Border Agency" in kept


def test_a_short_subheading_and_a_question_without_its_mark_stay() -> None:
    text = (
        "Helpline marks its tenth year\n\n"
        "The helpline took more calls last year than ever before.\n\n"
        "Why the number of calls keeps growing\n\n"
        "Staff say more people know the signs now.\n\n"
        "You said the same thing last year. Does that mean the problem is getting worse "
        "every single year\n\n"
        "“It means more people dare to call us,” said director Tom Green.\n"
    )
    kept = kept_text(draft_data(text))
    assert "Does that mean the problem" in kept


def test_the_force_of_the_quoted_officers_beats_a_partner_named_as_often() -> None:
    draft = draft_data(_TABLOID)
    assert draft["organisation"] == "Harbour Valley Police"


def test_a_lone_initial_is_no_organisation() -> None:
    text = (
        "Court orders traffickers to pay their victims\n\n"
        "“No sum can undo this harm,” said R. Alan Moss, a spokesman for the court.\n"
    )
    assert draft_data(text)["organisation"] != "R"


def test_a_comment_prompt_printed_twice_does_not_hide_the_story() -> None:
    text = (
        "Agency: 40 held in raids on labour gangs\n\n"
        "The regional labour agency, Laborpol, on Tuesday said 40 people had been held in "
        "raids on labour gangs in six countries over the past month.\n\n"
        "“Inspectors checked more than two hundred farms and workshops in the raids,” "
        "Laborpol said in a statement.\n\n"
        "Leave a Reply\n\n"
        "Leave a Reply\n\n"
        "This site uses a filter to reduce spam.\n"
    )
    draft = draft_data(text)
    assert draft["title"] == "Agency: 40 held in raids on labour gangs"
    assert draft["quotes"][0]["text"].startswith("Inspectors checked")


def test_a_short_name_in_brackets_that_opens_like_the_full_name_is_its_short_form() -> None:
    text = (
        "Agency frees 300 workers\n\n"
        "THE HAGUE – The European Agency for Fair Labour Inspection (Eurolab) has freed 300 "
        "workers in a joint operation.\n\n"
        "“This shows what inspectors achieve together,” a Eurolab spokesperson said.\n\n"
        "Eurolab said more checks would follow.\n"
    )
    draft = draft_data(text)
    assert draft.get("organisation_short") == "Eurolab"


def test_in_this_article_and_a_topic_label_are_furniture() -> None:
    text = (
        "Opvang vraagt om bescherming van slachtoffers\n\n"
        "In dit artikel:\n\n"
        "Een opvangcentrum vraagt de overheid slachtoffers van mensenhandel eerst te horen.\n\n"
        "Mensenhandel\n\n"
        "Volgens het centrum wordt mensenhandel te vaak als illegaal werk gezien. De aanpak "
        "van mensenhandel moet beter, zegt het centrum.\n"
    )
    kept = kept_text(draft_data(text))
    assert "In dit artikel" not in kept
    assert "\nMensenhandel\n" not in f"\n{kept}\n"
    assert "Een opvangcentrum vraagt" in kept


def test_a_breadcrumb_ending_in_a_date_gives_the_date() -> None:
    text = (
        "News / 3rd March 2021\n\n"
        "Charity opens a second safe house\n\n"
        "The charity opened a second safe house for survivors on Monday.\n"
    )
    assert str(draft_data(text)["published"]) == "2021-03-03"


def test_a_relative_clause_right_after_a_surname_is_no_part_of_it() -> None:
    text = (
        "Opvang moet beter\n\n"
        "“Het is schokkend dat zo veel slachtoffers buiten beeld blijven”, aldus Anna de "
        "Boer, voorzitter van Stichting Hulp.\n\n"
        "De Boer is blij met het onderzoek. “Door dit onderzoek zien we eindelijk het echte "
        "probleem”, aldus De Boer die het pleidooi van de onderzoekers voor meer capaciteit "
        "steunt.\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Anna de Boer", "Anna de Boer"]


def test_a_portrait_quotes_the_one_person_it_talks_to() -> None:
    text = (
        "Werken aan de kust\n\n"
        "We gingen in gesprek met Karel van Loon, directeur van Stichting Kustwerk. ‘We zijn "
        "met twaalf mensen en doen wat we kunnen voor de werkers die hier stranden.’\n\n"
        "Veel veranderd\n\n"
        "‘Toen we begonnen, was er niets geregeld voor deze groep. Nu is dat anders, maar er "
        "blijft veel te doen.’\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Karel van Loon", "Karel van Loon"]


def test_a_portrait_naming_someone_else_leaves_the_speaker_open() -> None:
    text = (
        "Werken aan de kust\n\n"
        "We gingen in gesprek met Karel van Loon, directeur van Stichting Kustwerk. Ook "
        "onderzoeker Fenna de Wit, van de universiteit, schoof aan.\n\n"
        "‘Toen we begonnen, was er niets geregeld voor deze groep. Nu is dat anders, maar er "
        "blijft veel te doen.’\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"].startswith("TODO")
