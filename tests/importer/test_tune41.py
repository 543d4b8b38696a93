"""Tune round 41: an office for a place before its holder's name ("Ambassador to Norway
Lena Holt"); bodies and plural subjects that stop the one-person-quoted rule. Each rule
in a short made-up text of our own (no text of an evaluation set), with cases where the
rule must not fire."""

from __future__ import annotations

from .drafts import draft_data

_HEAD = "Harbour plan criticised\n\nThe city wants to build a new quay in the old harbour.\n\n"
_KOP = "Havenplan onder vuur\n\nDe stad wil een nieuwe kade bouwen in de oude haven.\n\n"


def _quotes(body: str, head: str = _HEAD) -> list[dict[str, object]]:
    return list(draft_data(head + body)["quotes"])


def _todo(entry: dict[str, object]) -> bool:
    return str(entry["speaker"]).startswith("TODO")


def test_an_office_to_a_place_of_one_word_before_a_full_name() -> None:
    quotes = _quotes(
        "Ambassador to Norway Lena Holt said the talks on the quay went well.\n\n"
        "“We expect an answer before the summer,” Holt said.\n\n"
    )
    assert quotes[0]["speaker"] == "Lena Holt"
    assert quotes[0]["role"] == "Ambassador to Norway"


def test_a_place_of_two_words_the_text_writes_again_without_the_name() -> None:
    quotes = _quotes(
        "Consul General to Port Moresby Anna Wirth said the crew had been freed.\n\n"
        "The Port Moresby office helped the families.\n\n"
        "“They are safe now and on their way home,” Wirth said.\n\n"
    )
    assert quotes[0]["speaker"] == "Anna Wirth"
    assert quotes[0]["role"] == "Consul General to Port Moresby"


def test_where_the_place_ends_unknown_leaves_the_speaker_open() -> None:
    quotes = _quotes(
        "Consul General to Port Moresby Anna Wirth said the crew had been freed.\n\n"
        "“They are safe now and on their way home,” Wirth said.\n\n"
    )
    assert "Moresby" not in str(quotes[0]["speaker"])
    assert _todo(quotes[0]) or quotes[0]["speaker"] == "Anna Wirth"


def test_a_place_and_a_surname_alone_is_no_full_name() -> None:
    quotes = _quotes(
        "Ambassador to Norway Holt said the talks went well.\n\n"
        "“We expect an answer before the summer,” he added.\n\n"
    )
    assert quotes[0]["speaker"] != "Norway Holt"


def test_an_office_in_a_place_in_dutch() -> None:
    quotes = _quotes(
        "Ambassadeur in Noorwegen Lena Holt zegt dat de gesprekken goed gingen.\n\n"
        "„We verwachten voor de zomer een antwoord”, zegt Holt.\n\n",
        _KOP,
    )
    assert quotes[0]["speaker"] == "Lena Holt"
    assert str(quotes[0]["role"]).endswith("in Noorwegen")


def test_a_journey_to_a_place_is_no_office() -> None:
    quotes = _quotes(
        "The crew sailed to Port Moresby. Anna Wirth said they were safe.\n\n"
        "“They are on their way home,” Wirth said.\n\n"
    )
    assert quotes[0]["speaker"] == "Anna Wirth"
    assert "role" not in quotes[0] or "Moresby" not in str(quotes[0]["role"])


_ADVIES = (
    "Oud-wethouder Karel Dekker schreef een advies over de haven.\n\n"
    "„De kade moet breder en veiliger”, zegt Dekker.\n\n"
)


def test_two_bodies_without_an_article_acting_stop_the_one_person_rule() -> None:
    quotes = _quotes(
        _ADVIES + "Gemeente en havenbedrijf wijzen erop dat de kosten hoog zijn. "
        "„Een bredere kade kost vele miljoenen.”\n\n",
        _KOP,
    )
    assert quotes[0]["speaker"] == "Karel Dekker"
    assert _todo(quotes[1])


def test_a_body_and_an_acronym_saying_in_their_reaction_stop_it_too() -> None:
    quotes = _quotes(
        _ADVIES + "Dekker stelt voor een ‘proefkade’ te bouwen. Havenbedrijf en OM zeggen "
        "in hun reactie mee te willen denken, ‘om de risico’s vroeg te zien’.\n\n",
        _KOP,
    )
    assert all(_todo(entry) for entry in quotes[1:])


def test_police_and_prosecutors_in_english() -> None:
    quotes = _quotes(
        "Former mayor Karen Dale wrote a report on the harbour.\n\n"
        "“The quay must be wider and safer,” Dale said.\n\n"
        "Police and prosecutors stress that the risks are real. “A quiet quay is not "
        "without danger for the workers.”\n\n"
    )
    assert quotes[0]["speaker"] == "Karen Dale"
    assert _todo(quotes[1])


def test_the_person_and_their_team_as_subject_keep_the_rule() -> None:
    quotes = _quotes(
        _ADVIES + "Dekker en zijn team werkten een jaar aan het advies. "
        "„We hebben met veel mensen in de haven gesproken.”\n\n",
        _KOP,
    )
    assert quotes[1]["speaker"] == "Karel Dekker"


def test_bodies_acting_between_two_quotes_stop_the_carry_in_a_paragraph() -> None:
    quotes = _quotes(
        _ADVIES + "Dekker stelt voor ‘een kade voor kleine schepen’ te bouwen. Havenbedrijf "
        "en OM zeggen in hun reactie mee te willen denken. Wel moeten de schippers er "
        "vanaf het begin bij zijn, ‘om de risico’s al vroeg te kunnen zien’.\n\n",
        _KOP,
    )
    assert quotes[1]["speaker"] == "Karel Dekker"
    assert _todo(quotes[2])


def test_a_carry_with_only_the_speaker_between_stays() -> None:
    quotes = _quotes(
        _ADVIES + "Dekker stelt voor ‘een kade voor kleine schepen’ te bouwen. Volgens hem "
        "moeten de schippers er vanaf het begin bij zijn, ‘om de risico’s al vroeg te "
        "kunnen zien’.\n\n",
        _KOP,
    )
    assert quotes[2]["speaker"] == "Karel Dekker"


def test_the_body_in_the_persons_role_saying_is_the_body_not_the_person() -> None:
    quotes = _quotes(
        "Harbour Commissioner of Police Ravi Lal said the raid was a success.\n\n"
        "“We will keep watching the quay,” Lal said.\n\n"
        "The police said three men were held at a shed where “officers found stolen "
        "engines and fuel”.\n\n"
    )
    assert quotes[0]["speaker"] == "Ravi Lal"
    assert _todo(quotes[1])


def test_the_persons_own_title_saying_keeps_the_rule() -> None:
    quotes = _quotes(
        "Commissioner of Police Ravi Lal spoke at the quay.\n\n"
        "“We will keep watching the quay,” Lal said.\n\n"
        "Three men were held, the commissioner said. “We found stolen engines and fuel "
        "in the shed.”\n\n"
    )
    assert quotes[1]["speaker"] == "Ravi Lal"


_RAID = (
    "Detective Inspector Mia Kerr said the two men were charged on Friday.\n\n"
    "“This was a long and careful inquiry,” Kerr said.\n\n"
)


def test_someone_unnamed_as_the_quotes_subject_stops_the_one_person_rule() -> None:
    quotes = _quotes(
        "A neighbour raised the alarm after seeing the boy was “too thin and very "
        "frightened”.\n\n" + _RAID
    )
    assert _todo(quotes[0])
    assert quotes[1]["speaker"] == "Mia Kerr"


def test_iemand_onbenoemd_in_het_nederlands() -> None:
    quotes = _quotes(
        "Een buurvrouw belde de politie toen ze zag dat de jongen „erg mager en bang” was.\n\n"
        "Rechercheur Mia Kerr zegt dat de twee mannen vrijdag zijn aangehouden.\n\n"
        "„Dit was een lang en zorgvuldig onderzoek”, zegt Kerr.\n\n",
        _KOP,
    )
    assert _todo(quotes[0])


def test_the_persons_own_sentence_keeps_the_rule() -> None:
    quotes = _quotes(
        "The men were held at a shed in the harbour, where the boy was “too thin and very "
        "frightened”.\n\n" + _RAID
    )
    assert quotes[0]["speaker"] == "Mia Kerr"


_CONVENANT = (
    "Dat zegt officier van justitie Karel Dekker. Hij tekende namens het OM met vier "
    "partners een convenant ‘veilige haven en schone kade’. „Zo’n afspraak is nieuw in de "
    "regio en daar moeten we mee doorgaan.”\n\n"
)


def test_a_lowercase_name_after_a_kind_of_agreement_is_no_quote() -> None:
    quotes = _quotes(_CONVENANT, _KOP)
    assert [entry["text"] for entry in quotes] == [
        "Zo’n afspraak is nieuw in de regio en daar moeten we mee doorgaan."
    ]


def test_a_role_with_its_field_after_van_before_the_name() -> None:
    quotes = _quotes(_CONVENANT + "„We werken al jaren samen”, zegt Dekker.\n\n", _KOP)
    assert quotes[-1]["speaker"] == "Karel Dekker"
    assert quotes[-1]["role"] == "officier van justitie"


def test_words_someone_says_after_an_agreement_stay_a_quote() -> None:
    quotes = _quotes(
        "Dekker tekende het convenant en zei: ‘we gaan dit samen oplossen, met alle partners’.\n\n",
        _KOP,
    )
    assert len(quotes) == 1


def test_a_byline_with_a_date_and_a_reading_time_is_the_date_line() -> None:
    from mhbrief.importer.dateline import parse_date_line

    assert str(parse_date_line("Anja de Wit 12-03-2023 - 4 minuten leestijd")) == "2023-03-12"
    assert str(parse_date_line("12 March 2023 · 5 min read")) == "2023-03-12"
    assert parse_date_line("Lees het rapport - 4 minuten leestijd") is None


def test_the_dated_byline_is_read_and_left_out() -> None:
    draft = draft_data(
        _KOP + "Anja de Wit 12-03-2023 - 4 minuten leestijd\n\n"
        "„De kade moet breder en veiliger”, zegt havenmeester Karel Dekker.\n\n"
    )
    assert str(draft["published"]) == "2023-03-12"
    assert "leestijd" not in str(draft)


def test_places_are_looked_for_in_the_whole_text_a_bounded_number_of_times() -> None:
    """Each look reads the whole text: a text of many offices (2 MiB of them took
    minutes) looks for at most MAX_LOOKS places, and past them a split is unsure."""
    from mhbrief.importer.carryover import People
    from mhbrief.importer.office_place import MAX_LOOKS, office_at_place

    line = "Consul General to Port Moresby Anna Wirth said it. "
    text = line * (MAX_LOOKS * 3)
    people = People(text=text + "The Port Moresby office helped.")
    start = len("Consul General to ")
    run = "Port Moresby Anna Wirth"
    answers = [office_at_place(text, start, run, people) for _ in range(MAX_LOOKS * 3)]
    assert people.place_looks <= MAX_LOOKS
    assert answers[0] and answers[0][2].name == "Anna Wirth"  # within the budget: read
    assert answers[-1] is False  # past it: unsure, no one is read
