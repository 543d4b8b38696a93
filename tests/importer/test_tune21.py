"""Tune round 21: page furniture around pictures and widgets, a quote a page gives twice,
and an organisation named after a colon; each pattern in a short made-up text of our own
(no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def _draft(text: str) -> dict[str, Any]:
    return import_source(text).data


def _kept(draft: dict[str, Any]) -> str:
    """All the text a draft keeps: its summary, quotes (with their context) and points."""
    parts = [draft.get("summary", "")]
    parts += [q["text"] + q.get("context", "") for q in draft["quotes"]]
    return "\n".join(parts + [p["text"] for p in draft.get("points", [])])


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
    kept = _kept(_draft(_WIDGETS))
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
        q.get("context") for q in _draft(_WIDGETS)["quotes"]
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
    kept = _kept(_draft(text))
    assert "V.l.n.r." not in kept
    assert "nieuwe opvang voor slachtoffers" in kept


def test_a_sentence_saying_from_left_to_right_in_prose_stays() -> None:
    text = (
        "Harbour walk for victims\n\n"
        "The walkers crossed the bridge from left to right and back again, a route of "
        "twelve miles through the old harbour.\n\n"
        "“Every step is for someone we could not help,” said Tom Ray of Harbour Aid.\n"
    )
    assert "crossed the bridge from left to right" in _kept(_draft(text))


def test_a_quote_given_twice_is_held_once_and_left_unattributed() -> None:
    text = (
        "Van drivers say they did the council a favour\n\n"
        "Two van drivers told a court they \"were only doing the council's work for it by "
        'driving people away", a jury heard.\n\n'
        "Ann Lee, prosecuting, said the pair claimed they “were only doing the council’s "
        "work for it by driving people away”.\n\n"
        'She said: "Nothing about this was a favour to anyone."\n'
    )
    quotes = _draft(text)["quotes"]
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
    quotes = _draft(text)["quotes"]
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
    draft = _draft(text)
    assert draft["organisation"] == "Stichting Vrije Haven"
    assert draft["quotes"][0]["speaker"] == "Anna de Wit"
    assert "directrice" in draft["quotes"][0].get("role", "")


def test_a_colon_after_a_name_that_opens_words_is_no_role() -> None:
    text = (
        "Zorgen over opvang\n\n"
        "Directeur Anna de Wit van Stichting Vrije Haven maakt zich zorgen. De Wit: "
        "“Er is te weinig plek voor iedereen die hulp nodig heeft.”\n"
    )
    quote = _draft(text)["quotes"][0]
    assert quote["speaker"] == "Anna de Wit"
