"""General patterns of news copy seen on tune set 14 (real texts scored outside the
repository), each in a short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.quotes import quote_spans


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q.get("role"), q["text"]) for q in import_source(text).data["quotes"]]


def _inner(text: str) -> list[str]:
    return [inner for _, _, inner in quote_spans(text)]


def test_a_closing_mark_on_both_sides_is_a_quotation() -> None:
    text = "”Wij zien steeds meer meldingen uit kleine dorpen”, aldus de wethouder."
    assert _inner(text) == ["Wij zien steeds meer meldingen uit kleine dorpen"]


def test_two_quotations_with_closing_marks_on_both_sides() -> None:
    text = "”De eerste zin staat hier”, zegt zij. ”En de tweede zin staat daar.” Einde."
    assert _inner(text) == ["De eerste zin staat hier", "En de tweede zin staat daar."]


def test_a_closing_mark_before_a_space_opens_nothing() -> None:
    text = "“Dit is het einde van de zaak,” zegt hij. En dan ” los in de tekst staat."
    assert _inner(text) == ["Dit is het einde van de zaak,"]


def test_acute_accents_as_quotation_marks() -> None:
    text = "Hij stuurde haar een bericht: ´Kom direct naar huis, nu meteen!´ Ze ging niet."
    assert _inner(text) == ["Kom direct naar huis, nu meteen!"]


def test_an_acute_accent_inside_a_word_opens_nothing() -> None:
    text = "Het café´s terras was vol, en niemand zei iets over de zaak die avond."
    assert _inner(text) == []


def test_a_body_quoted_from_its_press_release_is_no_speaker() -> None:
    text = (
        "Opvanghuis bestaat twintig jaar\n\n"
        "Zonnehof, het opvanghuis voor slachtoffers van uitbuiting, viert zaterdag feest.\n\n"
        "“Wij hebben in die jaren meer dan duizend mensen een veilig bed gegeven”, zegt "
        "Zonnehof in een persbericht.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["TODO: who said this"]


def test_a_body_that_said_in_a_statement_is_no_speaker() -> None:
    text = (
        "Shelter marks twenty years\n\n"
        "“We have given more than a thousand people a safe bed in those years,” Harbourlight "
        "said in a statement on Friday.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["TODO: who said this"]


def test_a_person_named_in_full_who_said_in_a_statement_stays_the_speaker() -> None:
    text = (
        "Shelter marks twenty years\n\n"
        "Director Mara Jellicoe opened the new wing on Friday.\n\n"
        "“We have given more than a thousand people a safe bed in those years,” Jellicoe "
        "said in a statement.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Mara Jellicoe"]


def test_a_lead_in_paragraph_ending_with_said_and_a_comma() -> None:
    text = (
        "Raids in the north\n\n"
        "Officers searched four houses on Tuesday.\n\n"
        "Speaking about the raids, Inspector Dara Quill of the county police said,\n\n"
        "“We will keep looking for the people behind this network until we find them.”\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Dara Quill"]


def test_a_lead_in_that_makes_the_following_appeal() -> None:
    text = (
        "Raids in the north\n\n"
        "Officers searched four houses on Tuesday.\n\n"
        "Inspector Dara Quill made the following appeal:\n\n"
        "“Anyone who saw something strange near these houses should call us today.”\n"
    )
    assert _quotes(text)[0][0] == "Dara Quill"


def test_the_programme_a_speaker_talked_in_is_no_part_of_the_name() -> None:
    text = (
        "Smokkelaars opgepakt\n\n"
        "“We hebben vijf boten in beslag genomen bij de haven van Vlissingen”, vertelt "
        "Anouk van Leeuwen van de Nationale Kustwacht in Radio Avondspits.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Anouk van Leeuwen"]


def test_the_outlet_a_speaker_talked_to_is_no_part_of_the_name() -> None:
    text = (
        "Smokkelaars opgepakt\n\n"
        "“We hebben vijf boten in beslag genomen bij de haven van Vlissingen”, zegt "
        "Anouk van Leeuwen van de Nationale Kustwacht tegen de NOS.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Anouk van Leeuwen"]


def test_a_given_name_alone_with_an_age_is_a_person() -> None:
    text = (
        "Gesmokkeld\n\n"
        "Aan het woord is Farid (24), uit Eritrea. We spreken hem in een opvanghuis.\n\n"
        "‘Ik wist niet waar de vrachtwagen naartoe zou rijden,’ vertelt hij.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Farid"]


def test_a_capitalised_word_with_a_one_digit_number_is_no_person() -> None:
    text = (
        "Gesmokkeld\n\n"
        "Daarna volgt Fase (2) van het onderzoek naar de smokkelroute.\n\n"
        "‘Ik wist niet waar de vrachtwagen naartoe zou rijden,’ vertelt hij.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["TODO: who said this"]


def test_a_mayor_named_by_surname_alone_is_the_one_a_pronoun_means() -> None:
    text = (
        "Congres over uitbuiting\n\n"
        "Op het congres sprak burgemeester Verhoeckx de zaal toe. Zij was duidelijk.\n\n"
        "‘Wij gaan elke melding van uitbuiting in onze stad serieus onderzoeken,’ zei ze.\n"
    )
    assert _quotes(text)[0][:2] == ("Verhoeckx", "burgemeester")


def test_a_surname_after_an_office_takes_the_full_name_the_text_gives() -> None:
    text = (
        "Congres over uitbuiting\n\n"
        "Burgemeester Ilse Verhoeckx opende dinsdag het congres in de stad.\n\n"
        "Later sprak burgemeester Verhoeckx de zaal toe. Zij was duidelijk.\n\n"
        "‘Wij gaan elke melding van uitbuiting in onze stad serieus onderzoeken,’ zei ze.\n"
    )
    assert _quotes(text)[0][0] == "Ilse Verhoeckx"


def test_a_british_judges_form_of_address_is_the_role() -> None:
    text = (
        "Smuggler jailed\n\n"
        "“You have told this court one story after another,” said HHJ Mara Quill.\n"
    )
    assert _quotes(text)[0][:2] == ("Mara Quill", "judge")


def test_a_book_title_with_a_comma_after_its_kind_is_no_quote() -> None:
    text = (
        "Opvang bestaat veertig jaar\n\n"
        "Het huis werd bekend na het boek “Nooit meer terug, zei ze” van een journaliste. "
        "Sindsdien komen er bezoekers uit het hele land.\n"
    )
    assert _quotes(text) == []


def test_a_name_followed_by_its_kind_is_no_quote() -> None:
    text = (
        "Film over uitbuiting\n\n"
        "Vandaag ging ‘Stil in het dorp’ in première, een documentaire over uitbuiting "
        "in de bollenteelt. De makers spraken met tien arbeiders.\n"
    )
    assert _quotes(text) == []


def test_a_headline_in_quotes_after_the_word_for_it_is_no_quote() -> None:
    text = (
        "Cijfers\n\n"
        "Het ministerie stuurde een bericht met de stellige kop ‘Minder meldingen dan "
        "ooit’ naar alle redacties van het land.\n"
    )
    assert _quotes(text) == []


def test_a_quote_that_the_report_says_stays_a_quote() -> None:
    text = (
        "Rapport\n\n"
        "“Gemeenten weten te weinig van uitbuiting”, zo stelt het rapport van de commissie.\n"
    )
    assert [q for _, _, q in _quotes(text)] == ["Gemeenten weten te weinig van uitbuiting"]


def test_an_operations_name_is_nobody_a_pronoun_could_mean() -> None:
    text = (
        "Dozens arrested\n\n"
        "“These arrests show what working together can do,” Attorney General Dana Whitlow "
        "said, announcing the results of the raids known as Operation Silver Lantern.\n\n"
        "“More children will sleep safely tonight because of this work,” she said.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Dana Whitlow", "Dana Whitlow"]


def test_an_unnamed_role_that_said_a_quote_inside_the_sentence() -> None:
    text = (
        "Smuggler jailed\n\n"
        "At the hearing, the judge said it was a “carefully planned scheme for money alone” "
        "and sent him to prison.\n"
    )
    assert _quotes(text)[0][:2] == ("TODO: who said this", "judge")


def test_besluit_after_a_quote_attributes_it() -> None:
    text = (
        "Opvang\n\n"
        "Directeur Lotte Maasland opende het nieuwe huis.\n\n"
        "“We houden de deuren open voor iedereen die hulp nodig heeft”, besluit Maasland.\n"
    )
    assert [name for name, _, _ in _quotes(text)] == ["Lotte Maasland"]


def test_a_caption_with_its_credit_after_a_bar_is_left_out() -> None:
    text = (
        "Boats seized\n\n"
        "Police officers search a van at the harbour in the early morning | Photo: Kim Dale\n\n"
        "Officers seized three boats at the harbour on Monday, the police said.\n"
    )
    draft = import_source(text)
    assert "Kim Dale" not in str(draft.data)


def test_a_read_more_link_with_a_long_headline_is_left_out() -> None:
    text = (
        "Boats seized\n\n"
        "Officers seized three boats at the harbour on Monday, the police said.\n\n"
        "READ MORE: Hundreds gather on the seafront for the opening of the new lifeboat station\n\n"
        "The men were held overnight and questioned by detectives in the city.\n"
    )
    assert "lifeboat" not in str(import_source(text).data)


def test_the_news_desk_run_into_the_first_sentence_is_left_out() -> None:
    text = (
        "Harbour Radio newsroom – Officers searched four houses in the west on Tuesday "
        "as part of an inquiry into forced labour.\n\n"
        "“We will keep looking for the people behind this,” said Inspector Dara Quill.\n"
    )
    assert "newsroom" not in str(import_source(text).data)


def test_a_spokeswoman_of_a_ministry_has_the_ministry_as_organisation() -> None:
    text = (
        "Meer inklimmers\n\n"
        "‘Het aantal meldingen blijft gelijk.’ Woordvoerster Lies Mondrian van het "
        "ministerie van Havens en Verkeer zegt het kortaf.\n"
    )
    draft = import_source(text).data
    assert draft["quotes"][0]["role"] == "woordvoerster"
    assert draft["organisation"] == "ministerie van Havens en Verkeer"
