"""Tune round 39: "zo weet X" after a quote; a ranked person "with" their force or agency;
a pull quote given again under a name; a paragraph-opening quote under a paragraph that
reports one person's words. Each rule in a short made-up text of our own (no text of an
evaluation set), with cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer.speakers import parse_person

from .drafts import draft_data

_HEAD = "Harbour plan criticised\n\nThe city wants to build a new quay in the old harbour.\n\n"
_KOP = "Havenplan onder vuur\n\nDe stad wil een nieuwe kade bouwen in de oude haven.\n\n"


def _quotes(body: str, head: str = _HEAD) -> list[dict[str, object]]:
    return list(draft_data(head + body)["quotes"])


def test_zo_weet_gives_the_surname_back_to_the_full_name() -> None:
    quotes = _quotes(
        "Volgens wethouder Mirjam Kolk moet de kade er komen.\n\n"
        "“Schepen liggen nu soms dagen te wachten op een plek”, zo weet Kolk.\n\n",
        _KOP,
    )
    assert quotes[0]["speaker"] == "Mirjam Kolk"


def test_weet_without_zo_is_no_attribution() -> None:
    quotes = _quotes(
        "“Schepen liggen nu soms dagen te wachten op een plek.” Weet Kolk dat?\n\n", _KOP
    )
    assert str(quotes[0]["speaker"]).startswith("TODO")


def test_a_rank_and_name_with_their_force() -> None:
    assert parse_person("Sgt. Ann Lee with the Dover Police Department") == parse_person(
        "Sgt. Ann Lee"
    )
    person = parse_person("Special Agent Ann Lee with FBI Dover")
    assert (person.name, person.role) == ("Ann Lee", "Special Agent")
    # a verb left from a sentence that changed course is no part of the body
    person = parse_person("Sergeant  Ann Lee with DPD told the crews")
    assert (person.name, person.role) == ("Ann Lee", "Sergeant")


def test_with_needs_a_rank_a_full_name_and_a_named_body() -> None:
    assert parse_person("Ann Lee with the Red Cross").name is None
    assert parse_person("neighbour Ann Lee with Dover Police").name is None
    assert parse_person("Officer Lee with Dover Police").name is None
    assert parse_person("Sgt. Ann Lee with her crew").name is None


def test_a_ranked_speaker_with_an_agency_after_the_quote() -> None:
    quotes = _quotes(
        "“The harbour is a hub for smuggling,” said Special Agent Ann Lee with FBI Dover.\n\n"
        "“We found nine containers,” Sgt. Tom Roe with the Dover Police Department "
        "announced during a briefing.\n\n"
    )
    assert [(q["speaker"], q.get("role")) for q in quotes] == [
        ("Ann Lee", "Special Agent"),
        ("Tom Roe", "Sgt."),
    ]


def test_a_pull_quote_takes_the_speaker_of_its_fuller_form() -> None:
    quotes = _quotes(
        "“A quay like this will carry the whole region, for decades.”\n\n"
        "The quay is 300 metres long.\n\n"
        "It will cost nine million.\n\n"
        "Work starts in the spring.\n\n"
        "The council voted on Monday. Councillor Tom Roe said: “This is a good day.”\n\n"
        "Mayor Ann Lee said: “A quay like this will carry the whole region for "
        "decades to come, if we build it well.”\n\n"
    )
    assert [q["speaker"] for q in quotes] == ["Ann Lee", "Tom Roe", "Ann Lee"]


def test_a_short_or_different_opening_is_no_pull_quote() -> None:
    quotes = _quotes(
        "“A quay like this will help.”\n\n"
        "“The old harbour has had its day and must give way now.”\n\n"
        "The quay is 300 metres long.\n\n"
        "It will cost nine million.\n\n"
        "Work starts in the spring.\n\n"
        "Councillor Tom Roe said: “This is a good day.”\n\n"
        "Mayor Ann Lee said: “A quay like this will help the whole region.”\n\n"
        "Ann Lee added: “The old harbour has never had a better chance than this.”\n\n"
    )
    assert str(quotes[0]["speaker"]).startswith("TODO")
    assert str(quotes[1]["speaker"]).startswith("TODO")


def test_a_quote_under_a_paragraph_reporting_one_person() -> None:
    quotes = _quotes(
        "Councillor Tom Roe said: “This is a good day.”\n\n"
        "Mayor Ann Lee said the new quay would double the traffic.\n\n"
        "“We have waited twenty years for this.” The works start in May.\n\n"
    )
    assert quotes[1]["speaker"] == "Ann Lee"


def test_no_speaker_from_above_when_others_are_in_play() -> None:
    quotes = _quotes(
        "Councillor Tom Roe said: “This is a good day.”\n\n"
        "Police said Ann Lee was arrested on Monday.\n\n"
        "“We have waited twenty years for this.”\n\n"
        "Mayor Ann Lee said the quay would open soon, and Tom Roe agreed.\n\n"
        "“It is about time.”\n\n"
    )
    assert [str(q["speaker"])[:4] for q in quotes] == ["Tom ", "TODO", "TODO"]


def test_a_commission_on_a_subject_keeps_its_whole_name() -> None:
    from mhbrief.importer.organisation import org_of_role

    role = "executive director of the Harbour State Commission on Fisheries"
    assert org_of_role(role, []) == "Harbour State Commission on Fisheries"
    # elsewhere "on" ends the name
    assert org_of_role("head of Harbour Watch on Monday", []) == "Harbour Watch"


def test_a_possessive_title_is_a_post_in_the_possessor() -> None:
    from mhbrief.importer.org_tails import title_owner
    from mhbrief.importer.organisation import org_of_role

    role = "Harbour Aid Project's Survivor Leader for Outreach and Training"
    assert org_of_role(role, []) == "Harbour Aid Project"
    assert title_owner("Harbour Aid Project's Chief Executive") == "Harbour Aid Project"
    assert title_owner("Britain's Home Secretary") is None  # one word: a place, perhaps
    assert title_owner("Harbour Aid Project's new building") is None  # no title


def test_a_list_item_is_not_described_by_the_next_item() -> None:
    from mhbrief.importer.orgnames import described_organisations

    listed = "Harbour Aid, Quay Friends, the Child Support Society and others helped."
    assert "Quay Friends" not in list(described_organisations(listed))
    described = "Quay Friends, the Child Support Society, said it would help."
    assert "Quay Friends" in list(described_organisations(described))


def test_a_stamp_with_a_bracketed_time_and_a_desk_is_a_date_line() -> None:
    from datetime import date

    from mhbrief.importer.dateline import parse_date_line

    assert parse_date_line("14-03-2019 (09:12) - Economie") == date(2019, 3, 14)
    assert parse_date_line("14-03-2019 (09:12)") == date(2019, 3, 14)
    assert parse_date_line("14-03-2019 (nine) - Economie") is None
    draft = draft_data(
        "Kade gaat open\n\n14-03-2019 (09:12) - Economie\n\n"
        "De stad opent de kade. “Dit is een mooie dag”, zegt burgemeester Anna Kolk.\n\n"
    )
    assert str(draft["published"]) == "2019-03-14"
    assert "Economie" not in str(draft["quotes"])


def test_a_wire_tag_between_date_and_dash_is_part_of_the_dateline() -> None:
    from datetime import date

    from mhbrief.importer.dateline import split_dateline

    line = "HARBOUR CITY, March 4, 2021 /PRNewswire/ -- The trust opened its quay."
    assert split_dateline(line) == (date(2021, 3, 4), "The trust opened its quay.")
    assert split_dateline("The trust, March 4, 2021 /quay/ was opened.") is None


def test_a_wire_dateline_and_a_players_notice_are_furniture() -> None:
    from mhbrief.importer.furniture_lines import is_furniture_line

    assert is_furniture_line("HARBOUR CITY (PRWEB)")
    assert is_furniture_line("DOVER (AP)")
    assert is_furniture_line("De video wordt geladen, even geduld a.u.b.")
    assert is_furniture_line("The video is loading.")
    assert not is_furniture_line("HARBOUR CITY (PRWEB) - The trust opened its quay.")
    assert not is_furniture_line("Video shows the harbour at night.")
    assert not is_furniture_line("Harbour City (Reuters)")
