"""Attribution patterns found on tune set 13 (real texts scored outside the repository),
each in a short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q.get("role"), q["text"]) for q in import_source(text).data["quotes"]]


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(speaker, role) for speaker, role, _ in _quotes(text)]


def test_a_weekday_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Farm workers freed\n\n"
        "Harbor County Sheriff Dana Tolland Tuesday announced the results of the search.\n\n"
        "Sheriff Tolland warned: “We will find every one of them and bring them to court.”\n"
    )
    assert _speakers(text) == [("Dana Tolland", "Harbor County Sheriff")]


def test_a_role_of_many_words_does_not_cut_the_name_short() -> None:
    text = (
        "Farm workers freed\n\n"
        "North Harbor County Sheriff Dana Tolland led the search on the farms.\n\n"
        "“We found them in a barn behind the main house,” the sheriff said.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Dana Tolland"]


def test_a_minister_of_a_ministry_before_the_full_name() -> None:
    text = (
        "Kamer debatteert over uitbuiting\n\n"
        "Er zijn al veertig slachtoffers gevonden, zei minister van Werk Pieter De Smedt "
        "(Groen) dinsdag in de Kamer. “Dit is pas het begin van wat we gaan vinden”, "
        "aldus De Smedt.\n"
    )
    assert _speakers(text) == [("Pieter De Smedt", "minister van Werk")]


def test_a_name_in_title_case_of_three_words_is_no_quote() -> None:
    text = (
        "Farm workers freed\n\n"
        "“Operation Search and Free” focused on farms in the north of the county.\n\n"
        "“We will keep looking for more of them this year,” Inspector Mary Olden said.\n"
    )
    assert [t for _, _, t in _quotes(text)] == ["We will keep looking for more of them this year"]


def test_a_title_after_the_noun_for_its_kind_is_no_quote() -> None:
    text = (
        "Tentoonstelling geopend\n\n"
        "Wethouder Karin Smit heeft de tentoonstelling ‘Kijk eens goed om je heen’ geopend. "
        "“Uitbuiting gebeurt ook in onze eigen straat”, zegt de wethouder.\n"
    )
    assert _quotes(text) == [
        ("Karin Smit", "wethouder", "Uitbuiting gebeurt ook in onze eigen straat")
    ]


def test_a_lone_surname_with_a_rank_stays_unknown() -> None:
    text = "Farm workers freed\n\n“We found them in a barn,” said Sheriff Tolland.\n"
    assert [name for name, _ in _speakers(text)] == [PLACEHOLDER_SPEAKER]


def test_two_apostrophes_as_quotation_marks_and_a_new_part_opened_before_a_word() -> None:
    text = (
        "Farm workers freed\n\n"
        "Sgt. Dana Tolland, with the county police, said the search took a week.\n\n"
        "''We came to help, first of all. ''We know what this does to people, and we "
        "know how hard it is to speak up.\n\n"
        "''We will keep them safe and find the ones who did this,'' according to Mr. Tolland.\n"
    )
    assert _quotes(text) == [
        ("Dana Tolland", "Sgt.", "We came to help, first of all."),
        (
            "Dana Tolland",
            "Sgt.",
            "We know what this does to people, and we know how hard it is to speak up.",
        ),
        ("Dana Tolland", "Sgt.", "We will keep them safe and find the ones who did this"),
    ]


def test_two_apostrophes_around_a_word_or_two_and_apostrophes_in_words_are_no_quote() -> None:
    text = (
        "Farm workers freed\n\n"
        "The farmer called it ''a misunderstanding'' and left. It's the owner's barn, "
        "isn't it, the neighbours asked.\n"
    )
    assert _quotes(text) == []


def test_a_spaced_dash_ends_the_attribution() -> None:
    text = (
        "Gemeente let op uitbuiting\n\n"
        "De aanpak is nu vastgesteld, aldus wethouder Karin Smit. “Uitbuiting is overal "
        "een groot probleem”, zegt de wethouder – en ook deze stad wil daar iets aan doen.\n"
    )
    assert _speakers(text) == [("Karin Smit", "wethouder")]


def test_whom_it_was_told_to_is_no_part_of_the_role() -> None:
    text = (
        "Meer slachtoffers\n\n"
        "Er zijn meer slachtoffers dan ooit. Dat zegt Pieter Bos, officier van justitie "
        "tegen Omroep Zuid. “We zien maar een klein deel van alle zaken”, zegt Bos.\n"
    )
    assert _speakers(text) == [("Pieter Bos", "officier van justitie")]


def test_a_shorter_form_of_the_role_keeps_the_fuller_one_named_before() -> None:
    text = (
        "Meer slachtoffers\n\n"
        "Er zijn meer slachtoffers dan ooit. Dat zegt Pieter Bos, de Bredase officier van "
        "justitie van zedenzaken.\n\n"
        "Officier Pieter Bos wil daders straffen, maar denkt dat klanten ook vervolgd moeten "
        "worden. “Zonder vraag is er geen aanbod, dat weten we allemaal.”\n"
    )
    assert _speakers(text) == [("Pieter Bos", "Bredase officier van justitie van zedenzaken")]


def test_reported_speech_ending_the_paragraph_before_gives_the_speaker() -> None:
    text = (
        "Farm workers freed\n\n"
        "Director Mary Olden of the county agency opened the new shelter on Monday.\n\n"
        "She added that the fight against Forced Labour needs the help of every farmer.\n\n"
        "“In the last few years we have found more and more workers held on remote farms.\n"
    )
    assert _speakers(text) == [("Mary Olden", "director")]


def test_he_tells_an_outlet_after_a_quote_and_a_law_firm_is_no_person() -> None:
    text = (
        "Charities warned\n\n"
        "Tom Reed, associate on the charity team at the law firm Baker Lane, says trustees "
        "must check what they sell.\n\n"
        "“What this comes down to is the good name of the charity and nothing else,” he "
        "tells Charity Weekly.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Tom Reed"]


def test_a_rank_written_short_with_a_slash_takes_the_full_rank_named_before() -> None:
    text = (
        "Couple sentenced\n\n"
        "Detective Superintendent Ann Marsh said the abuse was hidden in plain sight.\n\n"
        "“We ask anyone who knows of such abuse to come forward and talk to us,” "
        "D/Supt Marsh said.\n"
    )
    assert _speakers(text) == [("Ann Marsh", "Detective Superintendent")]


def test_a_relative_clause_after_the_name_in_a_lead_in() -> None:
    text = (
        "Trafficked to the border\n\n"
        "Many others have told similar stories. Lan Vo who was taken from her village "
        "described her ordeal: “I had to work all night and could never leave the building.”\n"
    )
    assert _speakers(text) == [("Lan Vo", None)]


def test_a_new_opening_mark_after_a_sentence_starts_a_new_part() -> None:
    text = (
        "Workers freed\n\n"
        "“On closer checks it was found that nine of the men had no papers. “A tenth man "
        "was also found at the house and was held by officers,” the police said.\n"
    )
    assert [t for _, _, t in _quotes(text)] == [
        "On closer checks it was found that nine of the men had no papers.",
        "A tenth man was also found at the house and was held by officers",
    ]


def test_the_speaker_introduced_in_the_sentence_after_the_quote() -> None:
    text = (
        "Zorgen over uitbuiting\n\n"
        "Wat doet de gemeente voor slachtoffers? ,,Dat ze hier ook wonen, is wel zeker.’’ "
        "Jan Bos, fractie-assistent voor de PvdA, maakt zich ernstig zorgen over hen.\n"
    )
    assert _speakers(text) == [("Jan Bos", "fractie-assistent voor de PvdA")]


def test_a_headline_quote_after_a_topic_is_the_one_person_the_body_quotes() -> None:
    body = (
        "Er wonen ook hier slachtoffers. Dat zegt Jan Bos, raadslid in de stad.\n\n"
        "“We zien maar een klein deel van wat er echt gebeurt”, zegt Bos.\n"
    )
    for lead in ("Zorgen over uitbuiting in de stad", "OM"):
        title = f"{lead}: ‘Hoe pakken we dit samen aan?’"
        assert _quotes(f"{title}\n\n{body}")[-1] == (
            "Jan Bos",
            "raadslid in de stad",
            "Hoe pakken we dit samen aan?",
        )


def test_a_headline_quote_after_a_topic_stays_out_when_the_body_quotes_two_people() -> None:
    text = (
        "Zorgen over uitbuiting: ‘Hoe pakken we dit samen aan?’\n\n"
        "“We zien maar een klein deel”, zegt raadslid Jan Bos.\n\n"
        "“Het is een probleem van ons allemaal”, zegt wethouder Karin Smit.\n"
    )
    assert len(_quotes(text)) == 2


def test_a_headline_quote_the_body_gives_in_full_or_the_lead_gives_an_organisation() -> None:
    shortened = (
        "Opvang vol: ‘We moeten mensen wegsturen’\n\n"
        "„We moeten elke week mensen wegsturen, ook met recht op hulp.” Dat zegt directeur "
        "Jan Bos van de opvang.\n"
    )
    assert [t for _, _, t in _quotes(shortened)] == [
        "We moeten elke week mensen wegsturen, ook met recht op hulp."
    ]
    by_organisation = (
        "Stichting: ‘Meer meldingen van uitbuiting dan ooit’\n\n"
        "Er kwamen meer meldingen van uitbuiting dan ooit. Dat meldt Stichting Werk donderdag.\n\n"
        "“We zien een grote stijging”, zegt directeur Jan Bos.\n"
    )
    assert [t for _, _, t in _quotes(by_organisation)] == ["We zien een grote stijging"]


def test_a_name_line_with_the_role_run_into_the_surname_under_a_pull_quote() -> None:
    text = (
        "Workers freed in the county\n\n"
        "Police freed twelve workers from three farms in the county this week.\n\n"
        "Every farm in this state has to be a safe place to work.”\n\n"
        "Ann MarshState Attorney General\n\n"
        "The search went on for a week and ended on Friday.\n\n"
        "Officers found the workers in sheds behind the houses.\n"
    )
    draft = import_source(text)
    (quote,) = draft.data["quotes"]
    assert (quote["speaker"], quote["role"]) == ("Ann Marsh", "State Attorney General")
    assert "MarshState" not in str(draft.data)


def test_a_lowercase_term_in_quotes_inside_a_sentence_is_no_quote() -> None:
    text = (
        "Kinderen geronseld\n\n"
        "Daders zetten kinderen met “kleine vormen van druk” aan tot diefstal. "
        "“We zien dat steeds vaker gebeuren in de stad”, zegt rechercheur Anna Kok.\n"
    )
    assert [t for _, _, t in _quotes(text)] == ["We zien dat steeds vaker gebeuren in de stad"]
