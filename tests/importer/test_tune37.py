"""Tune round 37: a programme that reports is no speaker; "said Ann Lee of Harbourwatch"
read as an attribution; furniture by its shape; units and parents among organisations;
no contradictory notes on a quote's speaker. Each rule in a short made-up text of our own
(no text of an evaluation set), with cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.body_before_rank import body_before_rank
from mhbrief.importer.forces import named_force
from mhbrief.importer.org_kinds import is_kind_of_organisation
from mhbrief.importer.shaped_furniture import is_shaped_furniture
from mhbrief.importer.speaker_notes import agreeing_notes

from .drafts import draft_data, kept_text

_HEAD = "Harbour plan criticised\n\nThe city wants to build a new quay in the old harbour.\n\n"


def _quotes(body: str) -> list[dict[str, object]]:
    return list(draft_data(_HEAD + body)["quotes"])


def test_said_a_full_name_of_a_body_is_that_person_of_that_body() -> None:
    quotes = _quotes("“This will ruin the bay for everyone,” said Ann Lee of Harbourwatch.\n")
    assert quotes[0]["speaker"] == "Ann Lee"
    assert quotes[0]["role"] == "Harbourwatch"


def test_a_full_name_of_the_body_then_told_is_read_too() -> None:
    quotes = _quotes("“We will not give up,” Tom Bell of the Seaguard Trust told reporters.\n")
    assert quotes[0]["speaker"] == "Tom Bell"
    assert quotes[0]["role"] == "Seaguard Trust"


def test_a_full_name_of_a_body_before_the_quote_is_read() -> None:
    quotes = _quotes("Ann Lee of Harbourwatch said the plan was “a disaster for the birds”.\n")
    assert quotes[0]["speaker"] == "Ann Lee"


def test_an_office_of_a_body_is_not_read_as_a_name() -> None:
    quotes = _quotes("“We will not give up on this,” said Director Lee of Harbourwatch.\n")
    assert quotes[0]["speaker"] != "Director Lee"


def test_dutch_of_is_or_and_is_left_alone() -> None:
    body = "“Dit is slecht nieuws voor de haven,” zei Jan Smit of Piet Jansen.\n"
    draft = import_source("Havenplan\n\nDe stad wil een nieuwe kade.\n\n" + body)
    assert not any("said by Jan Smit of" in note for note in draft.warnings)


def test_a_body_named_by_its_own_word_is_still_read_the_old_way() -> None:
    quotes = _quotes("“We will not give up,” said Ann Lee of the Harbour Council.\n")
    assert quotes[0]["speaker"] == "Ann Lee"


_NL_HEAD = "Meer kinderen vermist\n\nHet aantal vermiste kinderen in de opvang stijgt al jaren.\n\n"


def test_a_programme_that_writes_is_no_speaker() -> None:
    body = (
        "Dat meldt het actualiteitenprogramma Kijkglas na eigen onderzoek.\n\n"
        "“In de opvang verdwenen vorig jaar 212 kinderen zonder bericht,” schrijft Kijkglas.\n"
    )
    quotes = list(draft_data(_NL_HEAD + body)["quotes"])
    assert quotes[0]["speaker"].startswith("TODO")


def test_a_programme_word_before_a_full_name_keeps_the_person() -> None:
    body = (
        "In het programma zat ook Anna Kijkglas, onderzoeker bij de universiteit.\n\n"
        "“Wij zagen vorig jaar 212 kinderen verdwijnen uit de opvang,” zegt Kijkglas.\n"
    )
    quotes = list(draft_data(_NL_HEAD + body)["quotes"])
    assert quotes[0]["speaker"] in ("Anna Kijkglas", "Kijkglas")


def test_a_surname_never_called_a_programme_stays_the_speaker() -> None:
    body = "“In de opvang verdwenen vorig jaar 212 kinderen,” zegt onderzoeker Bram Veld.\n"
    quotes = list(draft_data(_NL_HEAD + body)["quotes"])
    assert quotes[0]["speaker"] == "Bram Veld"


def test_a_news_outlet_that_writes_is_no_speaker() -> None:
    body = "“In de opvang verdwenen vorig jaar 212 kinderen zonder bericht,” schrijft Trouw.\n"
    quotes = list(draft_data(_NL_HEAD + body)["quotes"])
    assert quotes[0]["speaker"].startswith("TODO")


def test_furniture_known_by_its_shape() -> None:
    for line in (
        "Lees meer over: Havens , Vogels , stadsbestuur",
        "Tags: harbour, birds, city council",
        "Reageer",
        "Leave a comment",
        "14 comments",
        "Reacties (3)",
        "Leuk dat je wilt reageren. Lees eerst onze huisregels voor je iets plaatst.",
        "- Download the Harbour Herald app for alerts on your phone",
        "- Get the latest harbour news sent to your email inbox",
        "© 2023 Harbour Herald",
        "Copyright: Harbour Herald / Coast Press",
        "IMG_4821.jpg",
        "kade-oost-2.jpeg",
        "Small_kade_haven_vogels12",
        "Bekijk hier de video van de kade",
    ):
        assert is_shaped_furniture(line), line


def test_sentences_that_only_share_words_with_furniture_stay() -> None:
    for line in (
        "The council will comment on the plan next week.",
        "De minister wil reageren op de nieuwe regels voor de haven.",
        "Copyright holders sued the harbour museum over the old photographs.",
        "Get ready for a long fight over the quay, the residents were told.",
        "Residents can download the plans from the city's website.",
        "Topics at the meeting ranged widely.",
        "Kijk hier eens naar: de haven is leeg.",
    ):
        assert not is_shaped_furniture(line), line


def test_shaped_furniture_is_left_out_of_the_draft() -> None:
    body = (
        "“This will ruin the bay for everyone,” said Ann Lee of Harbourwatch.\n\n"
        "Tags: harbour, birds, city council\n\n"
        "© 2023 Harbour Herald\n\n"
        "Leave a comment\n"
    )
    kept = kept_text(draft_data(_HEAD + body))
    assert "Tags" not in kept and "©" not in kept and "comment" not in kept


def test_a_note_to_media_with_a_heading_takes_the_lines_under_it() -> None:
    body = (
        "“This will ruin the bay for everyone,” said Ann Lee of Harbourwatch.\n\n"
        "Note to media: THE WORD ‘QUAY’, NOT ‘DOCK’\n\n"
        "The word dock is wrong here because it:\n\n"
        "• names a basin and not a wall; and\n"
    )
    kept = kept_text(draft_data(_HEAD + body))
    assert "media" not in kept and "basin" not in kept and "because it" not in kept


def test_a_note_to_media_that_is_a_sentence_takes_only_its_block() -> None:
    body = (
        "Note to media: photographs of the quay can be had from the press office.\n\n"
        "“This will ruin the bay for everyone,” said Ann Lee of Harbourwatch.\n"
    )
    draft = draft_data(_HEAD + body)
    assert "photographs" not in kept_text(draft)
    assert draft["quotes"][0]["speaker"] == "Ann Lee"


_RAID = "Officers searched two houses in the east of the city on Tuesday and arrested a man.\n\n"


def test_the_unit_before_an_officers_rank_is_the_organisation() -> None:
    body = (
        "The Harbour Joint Team is made up of Bay Coastguard (BCG) and Harbour Federal Police "
        "(HFP) officers. The Harbour Federal Police (HFP) leads the team.\n\n"
        "Bay Coastguard Acting Detective Superintendent Ann Lee said the raids went well.\n\n"
        "“We will keep looking for anyone who harms children,” Superintendent Lee said.\n"
    )
    draft = draft_data("Two men arrested\n\n" + _RAID + body)
    assert draft["organisation"] == "Bay Coastguard"


def test_a_department_before_a_rank_is_the_organisation_not_the_rank() -> None:
    body = (
        "Harbour Criminal Investigation Department Chief Senior Assistant Commissioner "
        "Tom Bell said the men were held.\n\n"
        "“All three are related, and one of them owns the warehouse,” he said.\n"
    )
    draft = draft_data("Two men arrested\n\n" + _RAID + body)
    assert draft["organisation"] == "Harbour Criminal Investigation Department"


def test_a_rank_alone_or_two_units_give_no_body() -> None:
    quotes = [{"speaker": "Tom Bell"}, {"speaker": "Ann Lee"}]
    alone = "Chief Senior Assistant Commissioner Tom Bell said so."
    assert body_before_rank(quotes[:1], alone, []) is None
    two = (
        "Harbour Investigation Department Chief Inspector Tom Bell said so. "
        "Bay Traffic Department Chief Inspector Ann Lee agreed."
    )
    assert body_before_rank(quotes, two, []) is None
    assert body_before_rank(quotes[:1], two, []) == "Harbour Investigation Department"


def test_a_body_ending_the_sentence_before_is_not_before_the_rank() -> None:
    quotes = [{"speaker": "Ann Lee"}]
    text = "It was planned with the Fair Work Authority. Detective Sergeant Ann Lee said so."
    assert body_before_rank(quotes, text, []) is None


def test_a_county_police_named_in_lowercase_is_the_force() -> None:
    assert named_force("Officers said so. Later, Harbour County police named the men.") == (
        "Harbour County police"
    )
    assert named_force("Then The Harbour police named the men.") is None


def test_a_police_spokesman_speaks_for_the_force_the_text_names() -> None:
    text = (
        "Eight men held in online sting\n\n"
        "A three-day online sting in Harbour County netted eight arrests last month.\n\n"
        "Harbour County police released the names of seven of the men on Friday.\n\n"
        "“We ask parents to watch what their children do online,” said police spokesman "
        "Tom Bell.\n"
    )
    assert draft_data(text)["organisation"] == "Harbour County police"


def test_a_kind_of_organisation_written_out_is_not_the_organisation() -> None:
    assert is_kind_of_organisation("NGO") and is_kind_of_organisation("NGOs")
    assert not is_kind_of_organisation("HFP")
    text = (
        "Police free 40 children from a shelter\n\n"
        "Harbour Police with other agencies have freed 40 children from a shelter run by an "
        "unregistered Non-Governmental Organisation (NGO) called Bright Dawn.\n\n"
        "The NGO had no licence, and the NGO's founder was arrested.\n\n"
        "“The children are now being cared for by the social services,” a spokesman said.\n"
    )
    assert draft_data(text)["organisation"] != "Non-Governmental Organisation"


def test_an_organisation_with_its_own_short_form_is_still_found() -> None:
    text = (
        "Harbour Shelter Fund warns of cuts\n\n"
        "The Harbour Shelter Fund (HSF) says cuts will close two shelters. HSF runs five.\n\n"
        "“We cannot keep the doors open on this money,” said HSF director Ann Lee.\n"
    )
    assert draft_data(text)["organisation"] == "Harbour Shelter Fund"


def test_a_carried_over_note_beside_no_speaker_keeps_only_the_true_one() -> None:
    quotes = [
        {"id": "quote-1", "speaker": "TODO: who said this"},
        {"id": "quote-2", "speaker": "Ann Lee"},
    ]
    notes = [
        "quote-1: speaker carried over from the quote before it in the same paragraph",
        "quote-1: no speaker found; fill in 'speaker'",
        "quote-1: maybe: Ann Lee (named right after the quote)",
        "quote-2: speaker carried over from the quote before it in the same paragraph",
        "quote-2: no speaker found; fill in 'speaker'",
    ]
    assert agreeing_notes(notes, quotes) == [
        "quote-1: no speaker found; fill in 'speaker'",
        "quote-1: maybe: Ann Lee (named right after the quote)",
        "quote-2: speaker carried over from the quote before it in the same paragraph",
    ]


def test_a_drafts_notes_never_say_carried_over_and_not_found_together() -> None:
    body = (
        "“This will ruin the bay,” said Ann Lee of Harbourwatch. “And the birds will go.”\n\n"
        "The plan calls the bay “a place of little worth to anyone living near it today”.\n"
    )
    warnings = import_source(_HEAD + body).warnings
    for number in (1, 2, 3):
        mine = [w for w in warnings if w.startswith(f"quote-{number}: ")]
        assert not (
            any("no speaker found" in w for w in mine)
            and any("carried over" in w or "taken from" in w for w in mine)
        )


def test_a_quote_after_whom_a_reaction_was_asked_of_is_theirs() -> None:
    body = (
        "Het programma vroeg een reactie van de Nationaal Coördinator Havenveiligheid en "
        "Kustbeheer Anna de Wit. “Wij zien dit al jaren gebeuren en grijpen nu in.”\n"
    )
    quotes = list(draft_data(_NL_HEAD + body)["quotes"])
    assert quotes[0]["speaker"] == "Anna de Wit"
    assert quotes[0]["role"].startswith("Nationaal Coördinator")


def test_a_sentence_ending_in_a_name_without_a_reaction_asked_gives_no_speaker() -> None:
    body = (
        "Het rapport werd gisteren gestuurd aan minister Anna de Wit. “Wij zien dit al jaren "
        "gebeuren en grijpen nu in, want het moet anders.”\n"
    )
    draft = import_source(_NL_HEAD + body)
    assert not any("asked for a reaction" in w for w in draft.warnings)
