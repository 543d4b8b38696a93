"""Tune round 21: page furniture around pictures and widgets, a quote a page gives twice,
and an organisation named after a colon; each pattern in a short made-up text of our own
(no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data, kept_text

_WIDGETS = (
    "Harbour gang jailed for smuggling people in vans\n\n"
    "HARBOUR TODAY\n\n"
    "| Ann Lee says the council should act on empty warehousesThe gang charged each "
    "passenger £900\n\n"
    "Don't Miss\n\n"
    "Trending on Harbour Today\n\n"
    "Five men who smuggled people across the border in vans were jailed on Friday.\n\n"
    "Top row, left to right: Smith, Jones, Brown / Bottom row, left to right: Green, White\n\n"
    "The trial heard the gang made forty runs in a year.\n\n"
    "PA\n\n"
    "|Five men who smuggled people across the border in vans were jailed on Friday\n\n"
    "“This was a cruel and greedy trade,” said Judge Mary Cole.\n"
)


def test_bars_acronyms_trending_and_group_captions_are_furniture() -> None:
    kept = kept_text(draft_data(_WIDGETS))
    for line in (
        "Ann Lee says",
        "Don't Miss",
        "Trending on",
        "left to right",
        "Bottom row",
        "|Five men",
    ):
        assert line not in kept
    assert "\nPA\n" not in f"\n{kept}\n" and "PA" not in [
        q.get("context") for q in draft_data(_WIDGETS)["quotes"]
    ]
    assert "The trial heard the gang made forty runs in a year." in kept
    assert "This was a cruel and greedy trade" in kept


def test_a_dutch_group_caption_is_furniture() -> None:
    text = (
        "Nieuwe opvang geopend in Zeestad\n\n"
        "V.l.n.r.: Piet Smit, Ans Bos en Kees Mol bij de opening.\n\n"
        "In Zeestad is dinsdag een nieuwe opvang voor slachtoffers van uitbuiting geopend.\n\n"
        "“We hebben lang op deze plek gewacht”, zegt directeur Ans Bos van Stichting Haven.\n"
    )
    kept = kept_text(draft_data(text))
    assert "V.l.n.r." not in kept
    assert "nieuwe opvang voor slachtoffers" in kept


def test_a_sentence_saying_from_left_to_right_in_prose_stays() -> None:
    text = (
        "Harbour walk for victims\n\n"
        "The walkers crossed the bridge from left to right and back again, a route of "
        "twelve miles through the old harbour.\n\n"
        "“Every step is for someone we could not help,” said Tom Ray of Harbour Aid.\n"
    )
    assert "crossed the bridge from left to right" in kept_text(draft_data(text))


def test_a_quote_given_twice_is_held_once_and_left_unattributed() -> None:
    text = (
        "Van drivers say they did the council a favour\n\n"
        "Two van drivers told a court they \"were only doing the council's work for it by "
        'driving people away", a jury heard.\n\n'
        "Ann Lee, prosecuting, said the pair claimed they “were only doing the council’s "
        "work for it by driving people away”.\n\n"
        'She said: "Nothing about this was a favour to anyone."\n'
    )
    quotes = draft_data(text)["quotes"]
    texts = [q["text"] for q in quotes]
    assert sum("doing the council" in t for t in texts) == 1
    assert quotes[0]["speaker"].startswith("TODO")
    assert any(t.startswith("Nothing about this") for t in texts)


def test_a_short_phrase_quoted_twice_is_not_a_repeat_to_drop() -> None:
    text = (
        "Raad wil ‘harde aanpak’\n\n"
        "De raad wil een ‘harde aanpak’ van uitbuiting.\n\n"
        "“We willen een harde aanpak en wel nu meteen, zonder uitstel”, zegt wethouder "
        "Kees Mol van de gemeente Zeestad.\n\n"
        "“We willen een harde aanpak en ook meer geld voor de opvang”, zegt Mol.\n"
    )
    quotes = draft_data(text)["quotes"]
    assert len(quotes) == 2


def test_an_organisation_named_after_a_colon_behind_the_name() -> None:
    text = (
        "Uitbuiting: ook hier een probleem\n\n"
        "Uitbuiting lijkt ver weg, maar dat is het niet. Wij spraken met Anna de Wit: "
        "directrice van Stichting Vrije Haven, een van de organisaties die slachtoffers "
        "opvangen.\n\n"
        "Slachtoffers komen vaak pas laat in beeld. “Veel mensen weten niet dat ze "
        "slachtoffer zijn”, zegt Anna de Wit.\n"
    )
    draft = draft_data(text)
    assert draft["organisation"] == "Stichting Vrije Haven"
    assert draft["quotes"][0]["speaker"] == "Anna de Wit"
    assert "directrice" in draft["quotes"][0].get("role", "")


def test_a_colon_after_a_name_that_opens_words_is_no_role() -> None:
    text = (
        "Zorgen over opvang\n\n"
        "Directeur Anna de Wit van Stichting Vrije Haven maakt zich zorgen. De Wit: "
        "“Er is te weinig plek voor iedereen die hulp nodig heeft.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Anna de Wit"


def test_an_office_named_before_its_holder_is_role_and_organisation() -> None:
    text = (
        "De Nationaal Ombudsman Zorg en Welzijn, Karel Smit, maakt zich zorgen over de "
        "wachtlijsten in de jeugdzorg. Dat blijkt uit een rapport dat dinsdag verschijnt.\n\n"
        "Smit: “We mogen niet accepteren dat kinderen maanden moeten wachten op hulp.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"] == "Nationaal Ombudsman Zorg en Welzijn"
    assert draft["quotes"][0]["speaker"] == "Karel Smit"
    assert draft["quotes"][0]["role"].startswith("Nationaal Ombudsman")


def test_a_plain_word_before_a_name_and_comma_is_no_office() -> None:
    text = (
        "De Nationale Spoorwegen, Karel Smit en twee reizigers kwamen dinsdag bijeen.\n\n"
        "“Het moet beter”, zegt Karel Smit.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert not quote.get("role", "").startswith("Nationale")


def test_an_interviewed_office_holder_gives_the_organisation() -> None:
    text = (
        "Er verscheen opnieuw een rapport over uitbuiting van jongeren. Die oproep doet nu "
        "ook Anna Vos, Nationaal Rapporteur Kinderrechten en Jeugdzorg.\n\n"
        "Deed u die oproep niet al eerder? Wordt er wel genoeg gedaan\n\n"
        "“Het is geen vraag meer, maar een feit. We zien het elk jaar terug in de cijfers, "
        "en het wordt tijd dat er echt iets verandert.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"] == "Nationaal Rapporteur Kinderrechten en Jeugdzorg"


def test_the_senders_own_paragraph_at_the_end_is_furniture() -> None:
    text = (
        "Harbour Alliance calls for a day of action\n\n"
        "“Every child who is trafficked is one too many,” said Ann Lee, director of the "
        "Harbour Alliance.\n\n"
        "The alliance asks the government to fund shelters in every county.\n\n"
        "The Harbour Alliance (HA) is a coalition of twenty charities that works to end "
        "child trafficking along the coast through advocacy and care.\n"
    )
    draft = draft_data(text)
    kept = kept_text(draft)
    assert "is a coalition of twenty charities" not in kept
    assert "fund shelters in every county" in kept


def test_an_agencys_name_in_the_last_paragraph_of_a_news_story_stays() -> None:
    text = (
        "Six held in smuggling raids\n\n"
        "“These arrests disrupt a cruel trade,” said Tom Ray, an officer of the Harbour "
        "Crime Agency.\n\n"
        "The Harbour Crime Agency (HCA) is investigating further and asks anyone with "
        "information to come forward.\n"
    )
    assert "is investigating further" in kept_text(draft_data(text))


def test_a_pull_quote_between_paragraphs_is_left_out() -> None:
    text = (
        "Werk op de boot\n\n"
        "Piet kwam drie jaar geleden naar Nederland. Hij vond werk op een schip.\n\n"
        "Ik moest elke dag werken, ook als ik ziek was\n\n"
        "Al snel bleek het werk zwaarder dan beloofd. “Maar ik moest elke dag werken. Ook "
        "als ik ziek was. Niemand vroeg hoe het ging”, vertelt Piet de Boer.\n"
    )
    draft = draft_data(text)
    points = [p["text"] for p in draft.get("points", [])]
    contexts = [q.get("context") for q in draft["quotes"]]
    assert not any(p.startswith("Ik moest elke dag werken") for p in points)
    assert "Ik moest elke dag werken, ook als ik ziek was" not in contexts
    assert draft["quotes"][0]["text"].startswith("Maar ik moest elke dag werken")


def test_a_subheading_of_other_words_stays() -> None:
    text = (
        "Werk op de boot\n\n"
        "Piet kwam drie jaar geleden naar Nederland. Hij vond werk op een schip.\n\n"
        "Lange dagen op zee\n\n"
        "Al snel bleek het werk zwaarder dan beloofd. “Ik moest elke dag werken. Ook "
        "als ik ziek was”, vertelt Piet de Boer.\n"
    )
    draft = draft_data(text)
    assert "Lange dagen op zee" in kept_text(draft) or any(
        "Lange dagen op zee" in p["text"] for p in draft.get("points", [])
    )


def test_words_quoted_from_a_contract_are_no_quote() -> None:
    text = (
        "Werk zonder einde\n\n"
        "Jan werkt als kok op een schip. Volgens zijn contract moet hij ‘alle uren maken die "
        "voor het werk op de boot nodig zijn’, in de praktijk veertien uur per dag.\n\n"
        "“Ik had geen enkele vrije dag, een hele zomer lang”, zegt Jan de Wit.\n"
    )
    draft = draft_data(text)
    texts = [q["text"] for q in draft["quotes"]]
    assert not any(t.startswith("alle uren maken") for t in texts)
    assert "alle uren maken" in kept_text(draft)
    assert texts[0].startswith("Ik had geen enkele vrije dag")


def test_a_person_quoted_about_a_contract_is_still_a_quote() -> None:
    text = (
        "Werk zonder einde\n\n"
        "In zijn contract stond een vrije dag per week. “Die vrije dag heb ik nooit gehad, "
        "geen enkele keer”, zegt Jan de Wit.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Jan de Wit"


def test_the_body_whose_release_quotes_the_speaker_is_the_organisation() -> None:
    text = (
        "Twelve held in raids on smuggling network\n\n"
        "The Harbour Crime Agency (HCA) arrested twelve people on Tuesday, the HCA said.\n\n"
        'The Minister for Coastal Safety, Ruth Penn, said the government would "not stand '
        'by while gangs put lives at risk at sea."\n\n'
        "In a press release from the Coastal Office, Penn was quoted as saying that the "
        'gangs "care only about money and nothing about the people in their boats."\n'
    )
    assert draft_data(text)["organisation"] == "Coastal Office"


def test_a_release_quoting_someone_else_gives_no_organisation_by_that_rule() -> None:
    text = (
        "Twelve held in raids on smuggling network\n\n"
        "“We will not stop until the network is gone,” said Ruth Penn, director of the "
        "Harbour Alliance.\n\n"
        "In a press release from the Coastal Office, Tom Ray said more raids would follow.\n"
    )
    assert draft_data(text)["organisation"] != "Coastal Office"
