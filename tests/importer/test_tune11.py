"""Patterns found on tune set 11 (real texts scored outside the repository), each in a
short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source
from mhbrief.importer.speakers import parse_person


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_a_superintendent_is_a_rank_not_part_of_the_name() -> None:
    for rank in ("Chief Superintendent", "Detective Superintendent", "Detective Sergeant"):
        person = parse_person(f"{rank} Mary Olden")
        assert (person.name, person.role) == ("Mary Olden", rank)
    text = (
        "Farm workers freed\n\n"
        "“We will follow every lead in this case,” Chief Superintendent Mary Olden said.\n"
    )
    assert _speakers(text) == [("Mary Olden", "Chief Superintendent")]


def test_one_word_after_a_rank_is_no_full_name() -> None:
    text = (
        "Farm workers freed\n\n"
        "“We found them in a barn,” said Sheriff Tolland.\n\n"
        "“They had no papers,” added Police Inspector Rosa.\n"
    )
    assert [name for name, _ in _speakers(text)] == [PLACEHOLDER_SPEAKER] * 2
    draft = import_source(text)
    assert any("maybe: Rosa" in note for note in draft.warnings)


def test_a_rank_and_surname_mean_the_full_name_given_before() -> None:
    text = (
        "Farm workers freed\n\n"
        "Sheriff Dana Tolland led the search on Monday.\n\n"
        "“We found them in a barn,” said Sheriff Tolland.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Dana Tolland"]


def test_story_highlights_and_a_comment_form_are_left_out() -> None:
    text = (
        "Story highlights\n"
        "Six workers are found in a shed\n"
        "Two men are held for questioning\n"
        "Police in the valley freed six workers on Friday, officers said.\n"
        "The workers were taken to a shelter.\n\n"
        "Please enter your comment!\n"
        "Please enter your name here\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n"
    )
    draft = import_source(text)
    assert {
        "Story highlights",
        "Six workers are found in a shed",
        "Two men are held for questioning",
        "Please enter your comment!",
        "Please enter your name here",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    } <= set(draft.dropped)
    kept = " ".join([draft.data["title"], draft.summary or ""])
    assert "freed six workers" in kept


def test_a_professor_at_a_university_gives_the_university() -> None:
    text = (
        "Nieuwe leerstoel\n\n"
        "Anna Bos, hoogleraar\n\n"
        "Anna Bos, hoogleraar Arbeidsrecht aan de Universiteit van Zwolle, is kritisch. "
        "“Het kan beter,” zegt Bos.\n"
    )
    draft = import_source(text)
    assert draft.data["organisation"] == "Universiteit van Zwolle"
    assert _speakers(text) == [
        ("Anna Bos", "hoogleraar Arbeidsrecht aan de Universiteit van Zwolle")
    ]


def test_the_organisation_a_text_names_most() -> None:
    text = (
        "Awareness Day 2024\n\n"
        "Today the Open Door Foundation marks Awareness Day with events across the country.\n\n"
        "The Open Door Foundation hosted a lunch at the City Council for its volunteers.\n"
    )
    assert import_source(text).data["organisation"] == "Open Door Foundation"


def test_no_organisation_named_most_when_two_are_named_as_often() -> None:
    text = (
        "Awareness Day 2024\n\n"
        "The Open Door Foundation and the Safe Road Foundation hold events today.\n\n"
        "The Open Door Foundation and the Safe Road Foundation thank their volunteers.\n"
    )
    assert import_source(text).data["organisation"].startswith("TODO")


def test_a_long_line_broken_mid_sentence_goes_on_in_the_next() -> None:
    text = (
        "Lange wachttijden\n\n"
        "Slachtoffers wachten langer op een plek.\n\n"
        "De wachttijden voor opvang zijn het afgelopen jaar opgelopen, volgens onderzoeker "
        "Eva Smit. “Ik heb met tientallen hulpverleners gesproken over\n"
        "de plekken die er zijn, en overal hoor ik hetzelfde verhaal.”\n"
    )
    quotes = [q["text"] for q in import_source(text).data["quotes"]]
    assert quotes == [
        "Ik heb met tientallen hulpverleners gesproken over de plekken die er zijn, en overal "
        "hoor ik hetzelfde verhaal."
    ]


def test_a_unit_of_an_organisation_after_the_name() -> None:
    person = parse_person("Detective Inspector Ravi Lane from the fraud unit of Kent Police")
    assert (person.name, person.role) == (
        "Ravi Lane",
        "Detective Inspector from the fraud unit of Kent Police",
    )
    text = (
        "Workers freed\n\n"
        "“This was a long inquiry,” Detective Sergeant Ravi Lane from serious crime branch "
        "of the County Police said.\n"
    )
    assert _speakers(text)[0][0] == "Ravi Lane"
    assert parse_person("Ravi Lane from the County Police").role == "County Police"


def test_a_statement_that_lost_its_opening_mark_above_its_name_line() -> None:
    text = (
        "Recent statements\n\n"
        "Last year the garment trade promised to check its suppliers. Too little has "
        "changed since, and workers still pay the price for every broken promise.”\n\n"
        "Mia Grant, Head of Policy Programmes at Fair Thread International.\n"
    )
    draft = import_source(text)
    assert _speakers(text) == [
        ("Mia Grant", "Head of Policy Programmes at Fair Thread International")
    ]
    assert draft.data["organisation"] == "Fair Thread International"


def test_a_paragraph_that_only_closes_a_dutch_quote_is_no_unopened_statement() -> None:
    text = (
        "Geen plek\n\n"
        "De opvang zit vol, zegt Kees Mol. ,,Wij sturen elke week mensen weg die hulp nodig "
        "hebben en nergens anders terechtkunnen.”\n"
    )
    quotes = [q["text"] for q in import_source(text).data["quotes"]]
    assert quotes == [
        "Wij sturen elke week mensen weg die hulp nodig hebben en nergens anders terechtkunnen."
    ]


def test_a_date_with_a_weekday_and_an_ordinal_day() -> None:
    text = (
        "Press Statements\n\n"
        "Friday 3rd March 2023\n\n"
        "Open Doors Day 2023\n\n"
        "Today shelters across the country open their doors to visitors.\n"
    )
    draft = import_source(text)
    assert str(draft.data["published"]) == "2023-03-03"
    assert draft.data["title"] == "Open Doors Day 2023"
    assert "Press Statements" in draft.dropped


def test_a_name_and_role_over_a_quoted_headline_say_who_said_it() -> None:
    text = (
        "Loading\n"
        "Sara Mulder, onderzoeker\n"
        "Arbeidsmigratie\n\n"
        "“Niemand controleert wat er in die huizen gebeurt”\n\n"
        "Sara Mulder, onderzoeker bij het Instituut voor Werk, bezocht vorig jaar veertig "
        "huizen van arbeidsmigranten. Ze schrok van wat ze zag.\n"
    )
    draft = import_source(text)
    assert draft.data["title"] == "“Niemand controleert wat er in die huizen gebeurt”"
    assert [(q["speaker"], q["text"]) for q in draft.data["quotes"]] == [
        ("Sara Mulder", "Niemand controleert wat er in die huizen gebeurt")
    ]
    assert "Sara Mulder, onderzoeker" in draft.dropped


def test_a_name_after_but_says_the_next_quote_not_the_one_before() -> None:
    text = (
        "Plan\n\n"
        "Critics called it “a plan without any money behind it” but Piet Bos said “we "
        "will find the money in the spring budget”.\n"
    )
    assert [name for name, _ in _speakers(text)] == [PLACEHOLDER_SPEAKER, "Piet Bos"]
    text = (
        "Plan\n\n"
        "Critici noemden het “een plan zonder geld erachter” maar wethouder Piet Bos zei "
        "“we vinden het geld in de voorjaarsnota”.\n"
    )
    assert _speakers(text) == [(PLACEHOLDER_SPEAKER, None), ("Piet Bos", "wethouder")]


def test_a_quote_said_by_someone_unnamed_keeps_no_speaker_from_before() -> None:
    for text in (
        "Plan\n\n“We zien veel te weinig meldingen binnenkomen,” zegt Anna de Vries. "
        "“Een papieren tijger zonder tanden,” noemden critici het plan.\n",
        "Plan\n\n“We see far too few reports coming in,” says Anna Vries. “A paper tiger "
        "without any teeth,” said critics of the plan.\n",
    ):
        assert [name for name, _ in _speakers(text)][1] == PLACEHOLDER_SPEAKER


def test_according_to_a_person_inside_the_sentence_that_holds_the_quote() -> None:
    text = (
        "Onderzoek\n\n"
        "Dit laat volgens onderzoeker Lotte Smit van het Kennisbureau zien dat uitbuiting "
        "vaak een “verborgen kant van de lokale economie” is.\n"
    )
    assert _speakers(text)[0][0] == "Lotte Smit"


def test_two_first_names_given_a_role_and_a_lead_in_according_to_one() -> None:
    text = (
        "Team tegen uitbuiting\n\n"
        "Noor en Fenna zijn woordvoerders van het Meldteam. “Het werk is zwaar maar "
        "belangrijk”, legt Fenna uit.\n\n"
        "Er zijn volgens Noor drie redenen voor de stijging: “Meer mensen kennen de "
        "signalen, meer mensen melden en we werken beter samen.”\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Fenna", "Noor"]


def test_according_to_a_word_never_named_as_a_person_stays_todo() -> None:
    text = (
        "Meer meldingen van uitbuiting\n\n"
        "Het aantal meldingen steeg vorig jaar met een derde.\n\n"
        "Er zijn volgens Fier drie redenen voor de stijging: “Meer mensen kennen de "
        "signalen, meer mensen melden en we werken beter samen.”\n"
    )
    assert _speakers(text)[0][0] == PLACEHOLDER_SPEAKER


def test_the_office_in_a_lead_in_is_the_one_named_with_it_before() -> None:
    text = (
        "Strategy launched\n\n"
        "Ruth Abel, the country’s first Independent Labour Rights Commissioner, has "
        "launched her plan for the next two years. In her plan, the Commissioner makes "
        "clear that her aims are twofold:\n\n"
        "‘to see more victims identified and supported, and to see more traffickers "
        "brought to court.’\n"
    )
    assert _speakers(text) == [
        ("Ruth Abel", "country’s first Independent Labour Rights Commissioner")
    ]


def test_a_country_s_police_is_not_the_force_the_text_names() -> None:
    text = (
        "Cleaners freed\n\n"
        "The Canadian police said they had freed twelve cleaners from a holiday park.\n\n"
        "Ann Roy of Manitoba police said the cleaners had been promised real jobs.\n"
    )
    assert import_source(text).data["organisation"] == "Manitoba police"


def test_letters_after_a_name_are_its_role() -> None:
    person = parse_person("Rose Tiller MP, Co-Chair of the Group on Fair Work")
    assert (person.name, person.role) == ("Rose Tiller", "MP, Co-Chair of the Group on Fair Work")
    assert parse_person("Rose Tiller OBE").name == "Rose Tiller"


def test_a_country_s_adjective_before_an_inspectorate_stays_in_its_name() -> None:
    text = (
        "DEN HAAG (ANP) - Tien arbeiders zijn vermoedelijk uitgebuit, meldt de Nederlandse "
        "Arbeidsinspectie. Die doet onderzoek.\n\n"
        "De arbeiders moesten hun paspoort inleveren, aldus de inspectie.\n"
    )
    assert import_source(text).data["organisation"] == "Nederlandse Arbeidsinspectie"


def test_a_contact_button_and_a_byline_with_a_section_label() -> None:
    text = (
        "Get in touch with us+44(0)800 000 0000\n"
        "get in touch\n\n"
        "Farm owner jailed for forced labour\n\n"
        "By Desk Staff | Published: 2nd May 2019 Local News\n\n"
        "A farm owner was jailed for six years on Friday.\n"
    )
    draft = import_source(text)
    assert draft.data["title"] == "Farm owner jailed for forced labour"
    assert str(draft.data["published"]) == "2019-05-02"


def test_a_share_bar_spelled_out_is_left_out() -> None:
    text = (
        "Shelter opens\n\n"
        "A new shelter for survivors opened in the city on Monday.\n\n"
        "Share on Facebook | Share on X | Share on LinkedIn\n"
    )
    assert "Share on Facebook | Share on X | Share on LinkedIn" in import_source(text).dropped


def test_a_first_name_that_says_she_is_no_organisation() -> None:
    text = (
        "Survivor speaks out\n\n"
        "A survivor of trafficking asked for more help for victims on Wednesday.\n\n"
        "Mira said she was sixteen when a gang took her to the coast.\n\n"
        "“They took my passport on the first day,” Mira, using a false name, told the "
        "meeting.\n"
    )
    assert import_source(text).data["organisation"].startswith("TODO")


def test_volgens_before_a_surname_is_no_first_name() -> None:
    text = (
        "Advies\n\n"
        "Het advies is klaar en wordt volgende week besproken.\n\n"
        "Volgens Roemer is het probleem groter geworden. “Dit kan zo niet langer”, aldus "
        "de oud-politicus. “Iedereen moet een eigen kamer hebben.”\n"
    )
    assert all(name != "Volgens Roemer" for name, _ in _speakers(text))


def test_a_rank_and_a_surname_are_no_organisation() -> None:
    text = (
        "Farm workers freed\n\n"
        "Workers were found in a barn on a farm near the river.\n\n"
        "“We found them in a barn,” said Sheriff Tolland.\n"
    )
    assert import_source(text).data["organisation"] != "Sheriff Tolland"


def test_a_news_item_that_opens_with_the_police_is_the_police_s() -> None:
    text = (
        "Vijf aanhoudingen voor uitbuiting\n\n"
        "ZWOLLE - De politie heeft vijf verdachten aangehouden in een onderzoek naar "
        "uitbuiting van vrouwen.\n\n"
        "Het team Mensenhandel van de politie Oost-Nederland vond drie slachtoffers.\n"
    )
    assert import_source(text).data["organisation"] == "politie Oost-Nederland"
    text = (
        "Workers freed\n\n"
        "Police have freed six workers from a farm near the river, it emerged on Monday.\n"
    )
    assert import_source(text).data["organisation"] == "police"


def test_a_time_before_the_date_and_a_timestamp_after_an_iso_date() -> None:
    from mhbrief.importer.dateline import parse_date_line

    assert str(parse_date_line("Posted at 10:50 AM, Feb 16, 2023")) == "2023-02-16"
    assert str(parse_date_line("and last updated 2023-02-16 19:43:26-05")) == "2023-02-16"


def test_a_capital_after_a_hyphen_is_no_short_form_s_shape() -> None:
    text = (
        "Help for survivors\n\n"
        "Survivors were offered shelter and counselling after the raid.\n\n"
        "“These services include advocacy and counselling,” said Ann Roy, executive "
        "director of Anti-Trafficking.\n"
    )
    assert import_source(text).data["organisation"] != "Anti-Trafficking"


def test_a_rank_alone_takes_the_fuller_role_given_before() -> None:
    text = (
        "Raid\n\n"
        "Marsh County Sheriff Dana Tolland will speak to reporters on Tuesday.\n\n"
        "“This was a life-saving investigation,” said Sheriff Dana Tolland.\n"
    )
    assert _speakers(text) == [("Dana Tolland", "Marsh County Sheriff")]


def test_a_board_named_before_a_headline_quote_is_no_person() -> None:
    text = (
        "Directie Zonnehuis: ‘de wachtlijst groeit elke week verder’\n\n"
        "ALMELO – De opvang in het Zonnehuis zit vol en de wachtlijst groeit.\n"
    )
    assert all(q["speaker"] != "Directie Zonnehuis" for q in import_source(text).data["quotes"])
    text = (
        "Anna de Wit: ‘de wachtlijst groeit elke week verder’\n\n"
        "De opvang zit vol, zegt directeur Anna de Wit van het Zonnehuis.\n"
    )
    assert [q["speaker"] for q in import_source(text).data["quotes"]] == ["Anna de Wit"]


def test_the_most_named_organisation_asks_for_persons_only_among_the_names_that_could_win() -> None:
    from mhbrief.importer.most_named import most_named_organisation

    asked: list[str] = []

    def is_person(name: str) -> bool:
        asked.append(name)
        return name == "Piet Bos Foundation"  # a person's name, say, written most

    text = " ".join(f"The Alpha{i} Foundation helps." for i in range(3000))
    text += " The Piet Bos Foundation said. The Piet Bos Foundation said. The Piet Bos Foundation."
    text += " The Human Trafficking Foundation said so. The Human Trafficking Foundation agreed."
    assert most_named_organisation(text, is_person) == "Human Trafficking Foundation"
    assert asked == ["Piet Bos Foundation", "Human Trafficking Foundation"]
