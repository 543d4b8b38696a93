"""Tune round 17: general grammar and structure of press copy, each pattern in a short
made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def _draft(text: str) -> dict[str, Any]:
    return import_source(text).data


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in _draft(text)["quotes"]]


def _release(lead_in: str) -> str:
    return (
        "Charity wins contract\n\n"
        "The Harbour Trust won the contract again this year, it said on Monday.\n\n"
        f"{lead_in} “We are grateful to all our partners for their work over the years.”\n\n"
        "The Harbour Trust has supported 900 people this year.\n"
    )


def test_a_capitalised_job_title_for_an_organisation_splits() -> None:
    draft = _draft(_release("Ellen Brook, Response Coordinator for The Harbour Trust, said:"))
    assert draft["organisation"] == "The Harbour Trust"
    assert [(q["speaker"], q["role"]) for q in draft["quotes"]] == [
        ("Ellen Brook", "Response Coordinator for The Harbour Trust")
    ]


def test_a_hyphenated_job_title_for_an_organisation_splits() -> None:
    lead = "Ellen Brook, Anti-Trafficking Response Coordinator for The Harbour Trust, said:"
    assert _draft(_release(lead))["organisation"] == "The Harbour Trust"


def test_no_comma_before_the_verb_of_saying() -> None:
    draft = _draft(_release("Ellen Brook, Response Coordinator for The Harbour Trust said:"))
    assert draft["organisation"] == "The Harbour Trust"
    assert [(q["speaker"], q["role"]) for q in draft["quotes"]] == [
        ("Ellen Brook", "Response Coordinator for The Harbour Trust")
    ]


def test_no_comma_before_a_dutch_verb_of_saying() -> None:
    text = (
        "Stichting krijgt subsidie\n\n"
        "Stichting Veilig Thuis krijgt opnieuw geld van de provincie.\n\n"
        "Anna de Vries, directeur van Stichting Veilig Thuis zei: “We zijn er blij mee.”\n"
    )
    assert _speakers(text) == [("Anna de Vries", "directeur van Stichting Veilig Thuis")]


def test_a_rank_before_the_name_keeps_the_apposition() -> None:
    lead = "Major Ellen Brook, Response Coordinator for The Harbour Trust, said:"
    draft = _draft(_release(lead))
    assert [(q["speaker"], q["role"]) for q in draft["quotes"]] == [
        ("Ellen Brook", "Major, Response Coordinator for The Harbour Trust")
    ]
    assert draft["organisation"] == "The Harbour Trust"


def test_an_organisation_with_an_article_named_again_is_the_quoted_persons() -> None:
    text = (
        "The Silver Lantern keeps its contract\n\n"
        "The Silver Lantern is pleased to say it will go on running the night shelter.\n\n"
        "Captain Ellen Brook, Shelter Coordinator for The Silver Lantern said: “We thank "
        "everyone who made this possible.”\n\n"
        "Last year 300 people slept at The Silver Lantern.\n"
    )
    draft = _draft(text)
    assert draft["organisation"] == "The Silver Lantern"
    assert [(q["speaker"], q["role"]) for q in draft["quotes"]] == [
        ("Ellen Brook", "Captain, Shelter Coordinator for The Silver Lantern")
    ]


def test_a_short_form_before_a_title_is_the_quoted_persons_organisation() -> None:
    text = (
        "Workers warned of forced labour\n\n"
        "The HRU is urging seasonal workers to learn the signs of forced labour.\n\n"
        "HRU Commander Jane Roe said the unit had received more reports this year.\n\n"
        "“People are afraid to speak up because of their visa,” she said.\n"
    )
    draft = _draft(text)
    assert [(q["speaker"], q["role"]) for q in draft["quotes"]] == [("Jane Roe", "HRU Commander")]
    assert draft["organisation"] == "HRU"


def test_the_prosecutor_keeps_the_short_form_the_text_writes() -> None:
    text = (
        "Vijf verdachten van uitbuiting opgepakt\n\n"
        "Het OM heeft dinsdag vijf mannen laten aanhouden in Emmen.\n\n"
        "“Ze lieten de vrouwen zeven dagen per week werken”, zegt mensenhandelofficier "
        "Ruud Visser.\n"
    )
    assert _draft(text)["organisation"] == "OM"


def test_a_body_with_an_adjective_of_its_kind_in_a_role() -> None:
    text = (
        "Arbeiders zonder loon ontdekt\n\n"
        "In een loods in Aalst werkten twaalf mannen zonder loon.\n\n"
        "‘Ze sliepen op de werkvloer,’ vertelt Jan Peeters, directeur van de sociale "
        "inspectie in Aalst.\n"
    )
    assert _draft(text)["organisation"] == "sociale inspectie"


def test_a_district_of_a_town_is_no_organisation() -> None:
    text = (
        "Police close massage parlors\n\n"
        "Police raided six massage parlors in Harbourtown on Tuesday.\n\n"
        "“The women were kept there day and night,” said Harbourtown Police Department "
        "Captain Mike Dale.\n\n"
        "“Neighbours had seen it for years,” said Lin Ho, the safety coordinator for "
        "Harbourtown’s Old Market District (OMD).\n\n"
        "A poll of OMD residents found most felt unsafe.\n"
    )
    assert _draft(text)["organisation"] == "Harbourtown Police Department"


def _kept(draft: dict[str, Any]) -> str:
    """All the text a user sees in the draft's title, summary, quotes and points."""
    fields = [draft.get("title", ""), draft.get("summary", "")]
    for item in [*draft.get("quotes", []), *draft.get("points", [])]:
        fields += [str(item.get(key, "")) for key in ("text", "context", "speaker", "role")]
    return "\n".join(fields)


def test_a_caption_with_a_copyright_credit_is_furniture() -> None:
    text = (
        "Controle op smokkel langs de grens\n\n"
        "Agenten staan klaar bij de grens. © Studio Maas\n"
        "De marechaussee controleerde dinsdag de wegen rond Venlo op mensensmokkel.\n"
        "Daarbij werden twee mannen aangehouden.\n\n"
        "Een agent houdt een auto aan (Foto: Piet Smit)\n"
        "De controle duurde tot middernacht.\n"
    )
    kept = _kept(_draft(text))
    assert "Studio Maas" not in kept and "Piet Smit" not in kept
    assert "twee mannen aangehouden" in kept and "tot middernacht" in kept


def test_the_page_title_with_the_sites_name_is_furniture() -> None:
    text = (
        "Nine freed from cargo ship | Harbour Daily\n\n"
        "Nine freed from cargo ship\n\n"
        "Nine fishermen were freed from a cargo ship off the coast on Sunday, officials "
        "said.\n\n"
        "“All nine are now safe in a shelter,” said project manager Ann Lee.\n"
    )
    draft = _draft(text)
    assert draft["title"] == "Nine freed from cargo ship"
    assert "Harbour Daily" not in _kept(draft)


def test_header_labels_are_furniture() -> None:
    text = (
        "Nine freed from cargo ship\n\n"
        "Publication date\n"
        "03 May 2021 | 07:20\n\n"
        "Reporter : Tom Reed\n\n"
        "Nine fishermen were freed from a cargo ship off the coast on Sunday, officials "
        "said.\n"
    )
    kept = _kept(_draft(text))
    assert "Publication date" not in kept and "Tom Reed" not in kept
    assert "Nine fishermen were freed" in kept


def test_a_numbered_breadcrumb_with_icon_names_is_furniture() -> None:
    text = (
        "Zes mensen opgepakt voor mensensmokkel\n\n"
        "  1. Nieuwschevron right\n"
        "  2. Zes mensen opgepakt voor mensensmokkel\n\n"
        "Bij een onderzoek naar mensensmokkel zijn zes mensen opgepakt in Zeeland en "
        "Brabant.\n\n"
        "arrow-right\n"
    )
    kept = _kept(_draft(text))
    assert "chevron" not in kept and "Nieuws" not in kept and "arrow" not in kept
    assert "zes mensen opgepakt in Zeeland" in kept


def test_readers_comments_under_a_blog_post_are_furniture() -> None:
    text = (
        "Fishermen freed near the islands\n\n"
        "Twelve fishermen were freed from two boats near the islands, the coast guard "
        "said on Monday.\n\n"
        "“They had not been paid for a year,” said Ann Lee of the Harbour Trust.\n\n"
        "2 comments:\n\n"
        "Anonymous said...\n\n"
        "Every boat on the sea should be checked for this.\n\n"
        "Tom said...\n\n"
        "Shameful.\n"
    )
    draft = _draft(text)
    kept = _kept(draft)
    assert "Every boat" not in kept and "Shameful" not in kept
    assert [q["speaker"] for q in draft["quotes"]] == ["Ann Lee"]


def test_a_lead_in_over_a_quote_is_no_comment_header() -> None:
    text = (
        "Fishermen freed near the islands\n\n"
        "Twelve fishermen were freed from two boats near the islands.\n\n"
        "Ann Lee said:\n\n"
        "“They had not been paid for a year.”\n\n"
        "The boats were taken to the harbour.\n"
    )
    draft = _draft(text)
    assert "taken to the harbour" in _kept(draft)
    assert [q["speaker"] for q in draft["quotes"]] == ["Ann Lee"]


def test_a_un_release_disclaimer_is_no_headline() -> None:
    text = (
        "For information media. Not an official record.\n\n"
        "3 May 2021\n\n"
        "More help needed for people trafficked at sea, agency says\n\n"
        "GENEVA, 3 May (UN Information Service) - More people are trafficked at sea than "
        "ever before, a new report says.\n"
    )
    draft = _draft(text)
    assert draft["title"] == "More help needed for people trafficked at sea, agency says"
    assert "official record" not in _kept(draft)
