"""Speakers of real copy the quote itself does not name (issue 22), each pattern in a
short made-up text of our own; when more than one person fits, the speaker stays TODO."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_a_quote_in_the_first_person_in_a_paragraph_naming_one_person() -> None:
    text = (
        "Ontsnapt aan een uitbuiter\n\n"
        "Sanne de Wit (34) werd als tiener uitgebuit en helpt nu andere meisjes.\n\n"
        "Sanne was zeventien toen ze hem leerde kennen. “Ik dacht echt dat hij van me hield.”\n"
    )
    assert _quotes(text) == [("Sanne de Wit", None)]


def test_two_people_in_the_paragraph_leave_the_speaker_todo() -> None:
    text = (
        "Ontsnapt\n\n"
        "Sanne de Wit (34) en haar zus Lotte Bakker (29) werden uitgebuit.\n\n"
        "Sanne en Lotte Bakker spraken elkaar weinig. “Ik dacht echt dat hij van me hield.”\n"
    )
    assert _quotes(text)[0][0] == PLACEHOLDER_SPEAKER


def test_a_quote_not_in_the_first_person_keeps_no_guessed_speaker() -> None:
    text = (
        "De opvang zit overvol\n\n"
        "Sanne de Wit (34) werkt in de opvang. “Het probleem is groter dan de cijfers "
        "laten zien.”\n"
    )
    assert _quotes(text)[0][0] == PLACEHOLDER_SPEAKER


def test_an_answer_under_a_question_after_the_person_who_explains() -> None:
    text = (
        "Een schimmige wereld\n\n"
        "Weinig zaken komen voor de rechter. Waarom is dat zo? Rechter Anna Bos legt het uit.\n\n"
        "Welke zaken ziet u het vaakst?\n\n"
        "‘Gedwongen prostitutie, maar ook uitbuiting in de bouw en in de schoonmaak.’\n\n"
        "Waarom is bewijs zo lastig?\n\n"
        "‘Slachtoffers durven vaak niet te verklaren tegen hun uitbuiter.’\n"
    )
    assert [name for name, _ in _quotes(text)] == ["Anna Bos", "Anna Bos"]


def test_a_lead_in_with_a_comma_and_a_pronoun() -> None:
    text = (
        "Victims rescued\n\n"
        "Director-General of the agency, Ruth Okafor, Tuesday said 300 victims were rescued.\n\n"
        'She said, "In 2022, the agency received more reports than ever before."\n'
    )
    assert _quotes(text)[0][0] == "Ruth Okafor"


def test_a_word_between_the_verb_and_the_name() -> None:
    text = (
        "Geen centrum\n\n"
        '"Het is een industrieterrein, ver van iedereen af", beaamt ook Mira Bos, '
        "ervaringsdeskundige bij het Informatiepunt.\n"
    )
    assert _quotes(text) == [("Mira Bos", "ervaringsdeskundige bij het Informatiepunt")]


def test_a_view_given_as_voor_x_is() -> None:
    text = (
        "Burgemeesters\n\n"
        "Burgemeester Paul Smit van Breda sprak erover. “Luister naar wat zij hebben "
        "meegemaakt,” zegt Smit.\n\n"
        "Voor Smit is mensenhandel een van de ergste misdaden. “Het gaat om lichamelijke "
        "integriteit die wordt geschonden.”\n"
    )
    assert [name for name, _ in _quotes(text)] == ["Paul Smit", "Paul Smit"]


def test_a_place_after_the_name_is_not_part_of_it() -> None:
    text = (
        "Oproep\n\n"
        "Collega's die twijfelen, roept burgemeester Paul Smit in Breda op eens mee te gaan. "
        "“Luister wat zij hebben meegemaakt, dan wil je er echt iets aan doen.”\n"
    )
    assert _quotes(text)[0][0] == "Paul Smit"


def test_a_role_named_after_the_quote_goes_with_it() -> None:
    text = (
        "Signalen\n\n"
        "“We krijgen steeds vaker signalen van uitbuiting binnen,” zegt Janna Moerman. "
        "Moerman is aandachtsfunctionaris mensenhandel bij de gemeente Goes.\n"
    )
    assert _quotes(text) == [
        ("Janna Moerman", "aandachtsfunctionaris mensenhandel bij de gemeente Goes")
    ]


def test_a_picture_file_name_run_into_the_name_is_left_out() -> None:
    text = (
        "Year in review\n\n"
        "JaneRoe_IMG3Jane Roe, CEO of Bright Path (pictured), said: “It has been a year of "
        "growth for all of our teams.”\n"
    )
    assert _quotes(text)[0][0] == "Jane Roe"


def test_the_name_under_a_quote_over_two_paragraphs_names_both() -> None:
    text = (
        "Opvang in de regio\n\n"
        "De opvang zit vol, meldt de stichting.\n\n"
        "“We hebben elke week nieuwe aanmeldingen van jongeren die zijn uitgebuit.\n\n"
        "Er moet echt meer geld bij, anders lukt het niet.”\n\n"
        "Anna de Boer, directeur Stichting Thuisbasis\n\n"
        "De gemeente reageert volgende week op de brief.\n"
    )
    assert _quotes(text) == [("Anna de Boer", "directeur Stichting Thuisbasis")] * 2


def test_a_quote_after_the_paragraph_that_named_its_speaker_last() -> None:
    text = (
        "Uitbuiting in de kassen\n\n"
        "“We zien het steeds vaker gebeuren in de kassen.” Dat zegt Ronald de Groot, chef "
        "van een team van de politie.\n\n"
        "“Vaak durven de arbeiders niet te praten.”\n"
    )
    assert [name for name, _ in _quotes(text)] == ["Ronald de Groot", "Ronald de Groot"]


def test_someone_else_named_after_the_last_quote_breaks_the_chain() -> None:
    text = (
        "Uitbuiting in de kassen\n\n"
        "“We zien het steeds vaker gebeuren in de kassen.” Dat zegt Ronald de Groot, chef "
        "van een team van de politie. Wethouder Anna Bos is het met hem eens.\n\n"
        "“Vaak durven de arbeiders niet te praten.”\n"
    )
    assert [name for name, _ in _quotes(text)] == ["Ronald de Groot", PLACEHOLDER_SPEAKER]


def test_a_hard_wrapped_quote_and_attribution_are_read_over_the_line_breaks() -> None:
    text = (
        "Warning on farms\n\n"
        'The sheriff spoke on Monday.\n\n"We have found workers living in\ncontainers without '
        'water or heat," said\nSheriff Tom Hale of Grant County.\n'
    )
    assert _quotes(text) == [("Tom Hale", "sheriff of Grant County")]


def test_a_quotation_over_three_paragraphs_with_an_unmarked_middle() -> None:
    text = (
        "Commissioner answers the minister\n\n"
        "Jane Hale said:\n\n"
        "“Ensuring that businesses keep slavery out of supply chains is vital. I welcome "
        "the new registry.\n\n"
        "This will let my office check how statements change what businesses do.\n\n"
        "The review made other recommendations and I look forward to the answer.”\n"
    )
    draft = import_source(text)
    assert [q["speaker"] for q in draft.data["quotes"]] == ["Jane Hale"] * 3


def test_a_title_cased_role_before_the_name_between_commas() -> None:
    text = (
        "Victims rescued in the north\n\n"
        "Director-General, National Agency for Safe Work, Ruth Okafor, Tuesday said the "
        "agency rescued 300 victims.\n\n"
        'She said, "In 2022, the agency received more reports than ever before."\n'
    )
    draft = import_source(text)
    assert _quotes(text) == [("Ruth Okafor", "Director-General, National Agency for Safe Work")]
    assert draft.data["organisation"] == "National Agency for Safe Work"


def test_a_person_named_with_a_role_in_the_headline() -> None:
    text = (
        "The Independent Labour Commissioner, Dame Jane Hale, answers the minister\n\n"
        "The minister announced a registry of statements on Monday.\n\n"
        "Dame Jane Hale said: “I welcome the registry of statements as a first step.”\n"
    )
    assert _quotes(text) == [("Jane Hale", "Independent Labour Commissioner")]


def test_told_reporters_after_the_name() -> None:
    text = (
        "Forced labour rises\n\n"
        "GENEVA (Reuters) - Forced labour rose again, the agency said on Monday.\n\n"
        '"Nobody should be forced to work," agency chief Anna Holm told reporters. '
        '"These numbers are a wake-up call."\n'
    )
    assert [name for name, _ in _quotes(text)] == ["Anna Holm", "Anna Holm"]


def test_an_organisation_before_the_role_stays_in_it() -> None:
    text = (
        "Forced labour rises\n\n"
        'Safe Work founder Grace Lind said governments had failed to act. "We have the '
        'tools, we lack the will," she said.\n'
    )
    assert _quotes(text) == [("Grace Lind", "Safe Work founder")]


def test_an_interview_line_standing_as_a_subheading_names_who_answers() -> None:
    text = (
        "Eerst vertrouwen, dan pas hulp\n\n"
        "Interview met Lisa de Graaf, onderzoeker bij het Instituut Jeugdzorg\n\n"
        "Lisa de Graaf onderzocht hoe jongeren hulp zoeken. Ze sprak met veertig jongeren.\n\n"
        "Wat viel u het meest op?\n\n"
        "‘Dat jongeren pas hulp vragen als ze iemand vertrouwen. Dat kan maanden duren.’\n\n"
        "Wat moet er anders?\n\n"
        "‘Hulpverleners moeten meer tijd krijgen. Nu wisselen ze te vaak.’\n"
    )
    assert [name for name, _ in _quotes(text)] == ["Lisa de Graaf", "Lisa de Graaf"]


def test_what_the_speaker_calls_it_is_not_part_of_the_name() -> None:
    text = (
        "Minder meldingen\n\n"
        "“Het topje van de ijsberg,” noemt woordvoerder Lies Dam de nieuwe cijfers.\n"
    )
    assert _quotes(text) == [("Lies Dam", "woordvoerder")]


def test_someone_unnamed_before_a_first_person_quote_leaves_it_todo() -> None:
    text = (
        "Bezoek aan de opvang\n\n"
        "Minister Anna Jansen bezocht de opvang in Zwolle. Een bewoonster vertelt over haar "
        "ervaringen. “Ik werd elke dag bedreigd door hem.”\n"
    )
    assert _quotes(text)[0][0] == PLACEHOLDER_SPEAKER


def test_a_pronoun_that_wants_something_before_the_quote() -> None:
    text = (
        "Vakbond: arbeidsmigranten vaker uitgebuit\n\n"
        'Volgens Kees Mol van FNV Flex worden arbeidsmigranten vaker uitgebuit. "Ze moeten '
        'betalen voor een bed in een caravan," zegt Mol.\n\n'
        'Hij wil dat de overheid strenger controleert. "Nu kan iedereen een uitzendbureau '
        'beginnen."\n'
    )
    assert [name for name, _ in _quotes(text)] == ["Kees Mol", "Kees Mol"]


def test_where_the_speaker_lives_is_not_part_of_the_name() -> None:
    for attribution in (
        "vertelt Ana Popescu (34) uit Zwolle.",
        "zegt de 34-jarige Ana Popescu uit Zwolle.",
        "said Ana Popescu, 34, from Romania.",
    ):
        text = f"Kop van het stuk\n\n“Ik werkte zeven dagen per week,” {attribution}\n"
        assert _quotes(text)[0][0] == "Ana Popescu", attribution


def test_two_people_saying_it_together_leave_the_speaker_todo() -> None:
    text = (
        "Headline of the piece\n\n"
        "Jane Roe and John Doe said in a joint statement: “We need more beds now for them.”\n"
    )
    assert _quotes(text)[0][0] == PLACEHOLDER_SPEAKER


def test_an_organisation_named_after_its_kind_is_no_speaker() -> None:
    text = (
        "Headline of the piece\n\n"
        "The charity Safe Haven, led by Jane Roe, says: “We need more beds now for them.”\n"
    )
    assert _quotes(text)[0][0] != "Safe Haven"


def test_a_pronoun_after_the_verb_in_the_sentence_before_the_quote() -> None:
    text = (
        "Op reis voor de opvang\n\n"
        "Karel Wouters van stichting Lichtpunt bezoekt elk jaar opvanghuizen in Roemenië. "
        "Vorige maand was hij in Boekarest. “Ik sprak daar met tien vrouwen die werk "
        "zochten.”\n"
    )
    assert _quotes(text) == [("Karel Wouters", "stichting Lichtpunt")]


def test_a_first_name_with_an_age_is_the_one_person_named() -> None:
    text = (
        "Een nieuw begin\n\n"
        "De Syrische Rami (16) woont sinds de zomer in een opvanghuis in Utrecht. "
        "‘Ik voel me hier eindelijk veilig en ik ga weer naar school.’\n"
    )
    assert _quotes(text) == [("Rami", None)]


def test_a_one_word_name_after_a_form_of_address_is_the_one_person_named() -> None:
    text = (
        "Zonder werk terug\n\n"
        "In maart landt de Vietnamese meneer Tan (41) in Amsterdam, met een contract als kok.\n\n"
        "Na drie weken vliegt meneer Tan terug naar huis. ‘Ik heb al mijn spaargeld "
        "uitgegeven aan deze reis.’\n"
    )
    assert _quotes(text) == [("Tan", None)]


def test_a_one_word_name_without_age_or_address_stays_todo() -> None:
    text = (
        "Zonder werk terug\n\n"
        "Na drie weken vliegt Tan terug naar huis. ‘Ik heb al mijn spaargeld "
        "uitgegeven aan deze reis.’\n"
    )
    assert _quotes(text)[0][0] == PLACEHOLDER_SPEAKER
