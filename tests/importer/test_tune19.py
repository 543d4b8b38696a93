"""Tune round 19: general grammar and page furniture of web copy, each pattern in a short
made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def _draft(text: str) -> dict[str, Any]:
    return import_source(text).data


def _kept(draft: dict[str, Any]) -> str:
    """All the text a draft keeps: its summary, quotes and points."""
    parts = [draft.get("summary", "")]
    parts += [q["text"] for q in draft["quotes"]] + [p["text"] for p in draft.get("points", [])]
    return "\n".join(parts)


_TWO_VOICES = (
    "Harbour court fails victims, charity says\n\n"
    "Few cases of forced labour end in a conviction, new figures show.\n\n"
    "When asked, a Harbour Prosecution Service (HPS) spokesman said it should be noted that "
    '"in many cases other charges are used which can change the figures".\n\n'
    'But Ann Lee, director of the Harbour Rescue Trust, said this shows a "failure to use '
    'the law to get those longer sentences".\n'
)


def test_an_unnamed_spokesman_before_a_quoted_clause_gives_the_role() -> None:
    draft = _draft(_TWO_VOICES)
    first = draft["quotes"][0]
    assert first["speaker"].startswith("TODO")  # nobody is named: no guess
    assert first["role"] == "Harbour Prosecution Service spokesman"


def test_the_body_whose_spokesman_is_quoted_counts_for_the_organisation() -> None:
    # two bodies quoted, one each: the one the text names with its short form
    assert _draft(_TWO_VOICES)["organisation"] == "Harbour Prosecution Service"


def test_a_caption_of_name_and_role_printed_twice_is_furniture() -> None:
    caption = "Ann Lee, director of the Harbour Rescue Trust."
    text = _TWO_VOICES.replace(
        "But Ann Lee", f"{caption}{caption}\n{caption}\nHide Ad\n\nBut Ann Lee"
    )
    draft = _draft(text)
    assert f"{caption}\n" not in _kept(draft) + "\n"
    assert caption not in [p["text"] for p in draft.get("points", [])]
    assert draft["quotes"][1]["speaker"] == "Ann Lee"


def test_a_related_headline_cut_short_under_read_more_is_furniture() -> None:
    text = _TWO_VOICES.replace(
        "new figures show.\n",
        "new figures show.\nRead More\nMore than 400 thefts in the harbour district unsolved "
        "since ...\n",
    )
    assert "thefts" not in _kept(_draft(text))


def test_a_text_size_widget_is_furniture_and_a_section_label_no_headline() -> None:
    text = (
        "Font Size: A A A\n\nCase Notes\n\nHarbour raid report\n\n"
        "The number of raids by police has doubled since 2019, a first report says.\n\n"
        'Chief Constable Ann Lee says: "The unit supports forces in the whole region."\n'
    )
    draft = _draft(text)
    assert draft["title"] == "Harbour raid report"
    assert "Font Size" not in _kept(draft) and "Case Notes" not in _kept(draft)


def test_a_scheme_with_a_short_form_is_no_organisation() -> None:
    text = (
        "More victims found\n\n"
        "More victims were referred to the Harbour Referral Mechanism (HRM) this year. "
        "The HRM decides who gets support.\n\n"
        'Ann Lee, who chairs the panel, said: "We see more cases every month."\n'
    )
    assert "Mechanism" not in _draft(text)["organisation"]


def test_the_body_named_before_a_quoted_officers_post_is_the_organisation() -> None:
    text = (
        "Harbour raid report\n\n"
        "Raids by police doubled since 2019, says a report by the Harbour Crime Agency (HCA). "
        "The HCA welcomed it.\n\n"
        "Harbour Police Council (HPC) lead for safety at sea, Chief Constable Ann Lee, says: "
        '"The unit supports forces in the whole region, and it works."\n'
    )
    draft = _draft(text)
    assert draft["quotes"][0]["speaker"] == "Ann Lee"
    assert draft["organisation"] == "Harbour Police Council"


def test_a_party_written_out_wins_over_its_short_form_in_a_compound() -> None:
    text = (
        "nieuws\n\n"
        "De HavenUnie maakt zich zorgen over uitbuiting in de haven. De HavenUnie-fractie "
        "stelt daarom vragen aan het college.\n\n"
        "“Dit is een thema waar je nauwelijks iets over hoort”, aldus HU-fractievoorzitter "
        "Anna Bakker.\n"
    )
    draft = _draft(text)
    assert draft["organisation"] == "HavenUnie"
    assert draft["quotes"][0]["speaker"] == "Anna Bakker"


_LOW_MARKS = (
    "Controles worden lastiger\n\n"
    "De bond verwacht dat het werk moeilijker wordt. Dat zegt Anna Bakker, voorzitter van "
    "de Havenbond.\n\n"
    "Zo werd vaker gekeken naar reizigers uit het zuiden. „Als je daar niet meer naar mag "
    "kijken, wordt het werk voor ons veel lastiger’’, zegt Bakker over de gevolgen van de "
    "uitspraak. „Omdat het meestal om dezelfde route gaat.’’\n"
)


def test_a_low_mark_closed_by_two_apostrophes_is_a_quote() -> None:
    quotes = _draft(_LOW_MARKS)["quotes"]
    assert [q["text"][:20] for q in quotes] == ["Als je daar niet mee", "Omdat het meestal om"]
    assert "’" not in quotes[0]["text"]


def test_what_it_was_said_about_after_the_name_is_no_part_of_it() -> None:
    quotes = _draft(_LOW_MARKS)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Anna Bakker", "Anna Bakker"]


_BRITISH = (
    "16 Dec 2013\n\n"
    "Ann Lee, Chief Executive of the Harbour Trust, said:\n\n"
    "'The draft harbour bill is critical to tackling forced labour and we welcome the "
    "minister's commitment to it.\n\n"
    "'But for the fight to be effective, victims must get the support they need to be kept "
    "safe.\n\n"
    "'Without guardians in the bill, children will not get the help they need.'\n"
)


def test_paragraphs_each_opened_by_a_single_mark_are_one_speakers_quote() -> None:
    quotes = _draft(_BRITISH)["quotes"]
    assert [q["text"][:12] for q in quotes] == ["The draft ha", "But for the ", "Without guar"]
    assert {q["speaker"] for q in quotes} == {"Ann Lee"}


def test_a_lead_in_over_a_quote_is_no_headline() -> None:
    assert not _draft(_BRITISH)["title"].startswith("Ann Lee")


def test_advice_to_readers_with_a_number_or_link_is_furniture() -> None:
    advice = (
        "If you or someone you know is being exploited, you can call the helpline on 0800 123 456.",
        "To report a suspicion you can contact the Harbour Helpline on 0800 654 321.",
        "For more information, please contact Bea Smit in the press team on 020 7000 1111.",
        "For more information on forced labour, go to https://example.org/forced-labour",
    )
    for line in advice:
        assert line not in _kept(_draft(_BRITISH + "\n" + line + "\n"))


def test_a_magazine_issue_label_is_furniture_and_a_quoted_headline_no_quote() -> None:
    text = (
        "25 januari 2023\n\nNummer 412\n\n"
        "“De opvang is nu onze eerste en belangrijkste opdracht”\n\n"
        "Het Havencentrum komt op voor beleid dat steunt op kennis van feiten.\n\n"
        "cover Nummer 412\n\n"
        "Wat doet het centrum precies?\n\n"
        "Anna Bakker: “Wij informeren de overheid over wat we in de haven zien gebeuren.”\n"
    )
    draft = _draft(text)
    assert draft["title"] == "“De opvang is nu onze eerste en belangrijkste opdracht”"
    assert [q["speaker"] for q in draft["quotes"]] == ["Anna Bakker"]
    assert "Nummer" not in _kept(draft)


def test_the_one_force_named_is_the_organisation_of_its_quoted_inspector() -> None:
    text = (
        "A slavery operation has been held by Harbourshire Police in the north of the "
        "county.\n\n"
        'Inspector Ann Lee said: "We know many people suffer at the hands of gangs."\n\n'
        'Inspector Lee added: "We need information from the public to help us."\n'
    )
    assert _draft(text)["organisation"] == "Harbourshire Police"
    ranked = text.replace("Inspector Ann Lee", "Acting Detective Chief Inspector Ann Lee")
    assert _draft(ranked)["organisation"] == "Harbourshire Police"


def test_the_one_government_named_is_the_organisation_of_its_quoted_minister() -> None:
    text = (
        "Support for victims\n\n"
        "Victims will get more help thanks to new funding from the Harbourland Government.\n\n"
        "Minister for Women, Ann Lee announced the funding today.\n\n"
        "“The victims are left very vulnerable and need support,” Ms Lee said.\n"
    )
    assert _draft(text)["organisation"] == "Harbourland Government"


def test_a_pronoun_inside_a_split_verb_of_saying_points_back() -> None:
    text = (
        "Minder zaken tegen uitbuiters\n\n"
        "Er werden vorig jaar minder mensen vervolgd, blijkt uit cijfers van minister van "
        "Justitie Anna Bakker.\n\n"
        "Bovendien haalt zij aan dat “de economische activiteiten zwaar te lijden hebben "
        "gehad onder de crisis”. Dat had volgens haar gevolgen.\n"
    )
    quote = _draft(text)["quotes"][0]
    assert quote["speaker"] == "Anna Bakker"


def test_a_credited_caption_printed_twice_is_not_the_headline_printed_twice() -> None:
    caption = "Harbour Trust chief executive Ann Lee. Picture: Bea Smit"
    text = (
        "Home   News   Article\n\nSubscribe Now\n\n"
        "Harbour Trust reacts to alarming figures on forced labour\n\nMore news, no ads\n\n\n"
        "The Harbour Trust has described the new figures on forced labour as alarming.\n\n"
        f"{caption}\n{caption}\n\n"
        "“These figures show how much work is left to do,” said Ann Lee, chief executive of "
        "the Harbour Trust.\n"
    )
    draft = _draft(text)
    assert draft["title"] == "Harbour Trust reacts to alarming figures on forced labour"
    assert "described the new figures" in _kept(draft)
    assert "no ads" not in _kept(draft)


_STANDFIRST = (
    "Haven onder druk\n\n"
    "Het Havencentrum komt op voor beleid dat steunt op kennis van feiten en respect voor "
    "de rechten van werknemers in de haven en daarbuiten.\n\n"
)


def test_an_authors_name_alone_under_the_lead_is_the_byline() -> None:
    text = (
        f"{_STANDFIRST}Bea Smit\n\n"
        "Het centrum telde vorig jaar meer meldingen dan ooit.\n\n"
        "Anna Bakker: “Wij informeren de overheid over wat we in de haven zien.”\n"
    )
    draft = import_source(text)
    assert "Bea Smit" not in _kept(draft.data)
    assert "'Bea Smit' taken to be the byline; left out" in draft.warnings


def test_a_name_alone_over_a_quote_is_not_taken_for_the_byline() -> None:
    text = f"{_STANDFIRST}Anna Bakker\n\n“Wij informeren de overheid over wat we zien.”\n"
    assert not any("taken to be the byline" in w for w in import_source(text).warnings)


def test_a_newsstand_sites_category_links_are_furniture() -> None:
    text = _BRITISH + "\nNewspapers in English\n\nNewspapers from Harbourland\n"
    assert "Newspapers" not in _kept(_draft(text))


def test_a_prosecution_office_that_reports_by_its_place_is_the_organisation() -> None:
    text = (
        "Man aangehouden voor uitbuiting\n\n"
        "De onderzoeksrechter heeft een man aangehouden. Dat meldt het parket van West-Veld.\n\n"
        '"Er zijn op dinsdag een tiental huiszoekingen verricht in drie gemeenten", meldt het '
        "parket van West-Veld. Er werden vrouwen aangetroffen.\n"
    )
    draft = _draft(text)
    assert draft["organisation"] == "parket van West-Veld"
    assert draft["quotes"][0]["speaker"].startswith("TODO")  # a body, not a person
