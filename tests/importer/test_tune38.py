"""Tune round 38: a speaker must have the shape of a person's name (no prize, event or
body written with its initials; no leading word of address or kinship); a quoted message
or an unnamed witness's testimony is not the sole named person's; scholars' titles are
roles. Each rule in a short made-up text of our own (no text of an evaluation set), with
cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer.name_shape import initialled_body, thing_name, without_leading_word
from mhbrief.importer.others_words import quoted_writing, unnamed_witness
from mhbrief.importer.roles import is_role_word

from .drafts import draft_data

_HEAD = "Harbour plan criticised\n\nThe city wants to build a new quay in the old harbour.\n\n"
_KOP = "Havenplan onder vuur\n\nDe stad wil een nieuwe kade bouwen in de oude haven.\n\n"


def _quotes(body: str, head: str = _HEAD) -> list[dict[str, object]]:
    return list(draft_data(head + body)["quotes"])


def test_a_prize_is_not_a_person() -> None:
    assert thing_name(["Delta", "River", "Essay", "Prize"])
    assert thing_name(["Northern", "Harbour", "Conference"])
    assert not thing_name(["Anna", "Park"])  # a surname that is also a word
    assert not thing_name(["Lotte", "Hall"])


def test_a_pronoun_after_a_prize_means_the_person_named_before_it() -> None:
    quotes = _quotes(
        "‘De kade maakt de vogels kapot’, vertelt de Friese criminologe Mirte Akkerman. "
        "Ze won de Wadden Essay Award van het Kustcentrum.\n\n"
        "‘Het slik verdwijnt’, legt ze uit.\n",
        _KOP,
    )
    assert [q["speaker"] for q in quotes] == ["Mirte Akkerman", "Mirte Akkerman"]


def test_a_scholar_of_a_field_is_a_role() -> None:
    for word in ("antropologe", "criminoloog", "kinderpsycholoog", "anthropologist"):
        assert is_role_word(word), word
    assert not is_role_word("geologie")
    quotes = _quotes("‘Dit is een ramp’, zegt de antropologe Mirte Akkerman.\n", _KOP)
    assert quotes[0]["speaker"] == "Mirte Akkerman"
    assert quotes[0]["role"] == "antropologe"


def test_the_placeholder_is_the_attribution_one() -> None:
    from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER
    from mhbrief.importer.name_shape import PLACEHOLDER

    assert PLACEHOLDER == PLACEHOLDER_SPEAKER


def test_a_leading_word_of_address_is_not_part_of_the_name() -> None:
    assert without_leading_word("Collega Mirte Akkerman") == "Mirte Akkerman"
    assert without_leading_word("Tante Els") == "Tante Els"  # no surname: left as written
    assert without_leading_word("Mirte Akkerman") == "Mirte Akkerman"
    quotes = _quotes(
        "Het werk is zwaar. Collega Mirte Akkerman van de havendienst noemde het "
        "“dweilen met de kraan open”.\n",
        _KOP,
    )
    assert quotes[0]["speaker"] in ("Mirte Akkerman", "TODO: who said this")


def test_a_body_written_with_its_initials_is_no_speaker() -> None:
    text = "a worker of the Clean Harbour Movement (CHM) said"
    assert initialled_body("Clean Harbour Movement", text)
    assert not initialled_body("Clean Harbour", text)
    assert not initialled_body("Ann Lee", "Ann Lee (45) said")  # an age, no initials
    quotes = _quotes(
        "According to a volunteer of the Clean Harbour Movement (CHM), the birds left in May."
        "\n\n“They were gone within a week,” he said.\n"
    )
    assert quotes[0]["speaker"] != "Clean Harbour Movement"


def test_a_quoted_message_is_not_the_speakers_own() -> None:
    para = "He quoted a note sent to buyers saying that “fresh fish daily at the pier.”"
    assert quoted_writing(para, "fresh fish daily at the pier.")
    assert quoted_writing("A sign on the gate reads “keep out”.", "keep out")
    said = "“We will fight this,” he said, and she agreed that “it is wrong.”"
    assert not quoted_writing(said, "it is wrong.")
    assert not quoted_writing("The mayor said “the letter is late”.", "the letter is late")


def test_a_quoted_message_stays_unattributed_with_one_named_speaker() -> None:
    quotes = _quotes(
        "“We found the boats at night,” said harbour master Ann Lee.\n\n"
        "She quoted a message sent to the crews saying that “the cargo moves at dawn.”\n"
    )
    assert quotes[0]["speaker"] == "Ann Lee"
    assert quotes[1]["speaker"] == "TODO: who said this"


def test_an_unnamed_witness_after_a_quote() -> None:
    assert unnamed_witness("Dit is de getuigenis van een visser uit Urk.")
    assert unnamed_witness("These were the words of a fisherman.")
    assert not unnamed_witness("Dit is de getuigenis van Anna Smit.")
    assert not unnamed_witness("The fishermen agree.")


def test_an_organisation_is_read_without_the_day_it_spoke() -> None:
    from mhbrief.importer.org_shape import shaped_organisation

    assert shaped_organisation("Northland’s Harbour Ministry on Tuesday") == (
        "Northland’s Harbour Ministry"
    )
    assert shaped_organisation("Harbour Ministry") == "Harbour Ministry"
    assert shaped_organisation("Havendienst maandag") == "Havendienst"


def test_a_rank_or_a_district_is_no_organisation() -> None:
    from mhbrief.importer.org_shape import shaped_organisation

    assert shaped_organisation("Deputy Commissioner of Police") is None
    assert shaped_organisation("Chief Inspector") is None
    assert shaped_organisation("Eastern District of Northland") is None
    # bodies, also those named for a post, are kept
    for body in ("Harbour Police Department", "National Rapporteur", "Children’s Commissioner"):
        assert shaped_organisation(body) == body
    assert shaped_organisation("Raad van State") == "Raad van State"
    assert shaped_organisation("District Council") == "District Council"


def test_a_draft_names_no_rank_as_its_organisation() -> None:
    data = draft_data(
        _HEAD + "“We rescued nine children,” said Deputy Commissioner of Police (Harbour) "
        "Ann Lee. The Deputy Commissioner of Police said more raids would follow.\n"
    )
    assert data["organisation"] != "Deputy Commissioner of Police"


def test_a_cookie_notice_in_the_sites_voice_is_furniture() -> None:
    from mhbrief.importer.member_prompts import member_prompts

    lines = [
        "Wij gebruiken cookies op deze site om uw bezoek te verbeteren.",
        "We use cookies to improve this website.",
        "The regulator fined the shop for the cookies it placed on phones.",
        "Cookies were baked by the volunteers for the open day.",
    ]
    assert member_prompts(lines) == {0, 1}


def test_a_sign_in_box_is_furniture_with_its_benefits() -> None:
    from mhbrief.importer.member_prompts import member_prompts

    lines = [
        "The harbour will reopen in May, the council said.",
        "",
        "3 / 3",
        "",
        "Sign in to read every story this month",
        "",
        "• Save stories for later",
        "• Comment on stories",
        "Sign in",
        "",
        "The council meets again on Monday.",
        "• A bullet of the story, after the box",
    ]
    assert member_prompts(lines) == {2, 4, 6, 7, 8}
    story = ["Fishermen sign in to the harbour log at dawn.", "• Nets", "Sign in"]
    assert member_prompts(story) == set()


def test_a_cookie_notice_is_not_the_headline() -> None:
    data = draft_data(
        "Wij gebruiken cookies op deze site om uw bezoek te verbeteren.\n\n"
        "Havenplan onder vuur\n\nDe stad wil een nieuwe kade bouwen in de oude haven. "
        "De vissers zijn boos.\n"
    )
    assert data["title"] == "Havenplan onder vuur"


def test_an_adverb_before_the_verb_is_no_part_of_the_role() -> None:
    from mhbrief.importer.trailing_when import without_trailing_when

    assert without_trailing_when("the harbour master later") == "the harbour master"
    assert without_trailing_when("de woordvoerder ook") == "de woordvoerder"
    assert without_trailing_when("Ann Later") == "Ann Later"  # a capitalised surname stays
    quotes = _quotes(
        "“The boats came back at night,” said harbour master Ann Lee.\n\n"
        "The council met on Monday.\n\n"
        "“They were never stopped,” the harbour master later noted.\n"
    )
    assert quotes[1]["speaker"] in ("Ann Lee", "TODO: who said this")
    assert quotes[1].get("role", "harbour master") == "harbour master"
