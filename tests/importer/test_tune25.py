"""Tune round 25: how a speaker spoke after the name ("in opening remarks"), a credited
name caption naming a surname's person, quoted people of different employers, a headline's
labels and repeat, credits and alt text, a constabulary, a "wij als gemeente" text, a short
form before a quoted role; each pattern in a short made-up text of our own (no text of an
evaluation set)."""

from __future__ import annotations

from .drafts import draft_data, kept_text


def test_how_it_was_said_after_the_name_is_no_part_of_the_role() -> None:
    text = (
        "Harbour forum opens\n\n"
        "Ministers met in the harbour city to talk about forced labour.\n\n"
        "“Nobody can do this alone,” said Harbour Council President Ann Lee in opening "
        "remarks. She thanked the hosts.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Ann Lee"
    assert quote["role"] == "Harbour Council President"


def test_what_a_speaker_said_in_comments_keeps_the_speaker() -> None:
    text = (
        "Farm checks widened\n\n"
        "Inspectors will visit more farms this summer.\n\n"
        "“We will look everywhere,” said inspector Tom Vale in written comments.\n"
    )
    assert draft_data(text)["quotes"][0]["speaker"] == "Tom Vale"


def test_quoted_people_of_different_organisations_leave_the_organisation_open() -> None:
    text = (
        "Meer geld tegen uitbuiting\n\n"
        "Twee partijen willen meer geld voor de aanpak van uitbuiting.\n\n"
        "„Het is een begin”, zegt Anna de Wit, expert uitbuiting. Zij is directeur van "
        "Stichting Lichtpunt en schrijft boeken. „Maar het is niet genoeg.”\n\n"
        "Piet Mol, hoogleraar recht aan de Universiteit van Oost-Veld, is het met haar eens. "
        "„Er is veel meer nodig dan geld alleen.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"].startswith("TODO")
    by_speaker = {q["speaker"]: q.get("organisation") for q in draft["quotes"]}
    assert by_speaker["Anna de Wit"] != "Universiteit van Oost-Veld"


def test_an_expert_of_the_same_organisation_keeps_it() -> None:
    text = (
        "Harbour charity warns\n\n"
        "The charity saw more victims this year.\n\n"
        "“We are stretched,” said Ann Lee, an adviser at Harbour Aid. She is director of "
        "Harbour Aid since 2019.\n\n"
        "“More money is needed,” said Tom Vale, chair of Harbour Aid.\n"
    )
    assert draft_data(text)["organisation"] == "Harbour Aid"


def test_a_surname_alone_takes_the_full_name_and_office_of_a_credited_caption() -> None:
    text = (
        "Ann Dijkman, staatssecretaris van Justitie. Beeld ANP\n\n"
        "Dijkman reageerde op vragen van een Kamerlid over verdwenen asielzoekers.\n\n"
        "Dijkman noemt het nieuws ‘zorgelijk’. “Uitbuiting is een ernstig misdrijf.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Ann Dijkman"
    assert quote["role"].startswith("staatssecretaris")


def test_a_hyphenated_surname_alone_under_a_credited_caption() -> None:
    text = (
        "Ann Broek-Vos, staatssecretaris van Justitie. Beeld ANP\n\n"
        "Broek-Vos reageerde op vragen van een Kamerlid.\n\n"
        "Broek-Vos noemt het nieuws ‘zorgelijk’. “Uitbuiting is een ernstig misdrijf.”\n"
    )
    assert draft_data(text)["quotes"][0]["speaker"] == "Ann Broek-Vos"


def test_a_caption_of_another_person_gives_no_speaker() -> None:
    text = (
        "Tom Vale, director of Harbour Aid. Photo: Ann Roe\n\n"
        "The charity saw more victims this year.\n\n"
        "“We are stretched,” a spokesperson said.\n"
    )
    assert draft_data(text)["quotes"][0]["speaker"].startswith("TODO")


def test_the_labels_and_the_headline_printed_again_under_them_are_left_out() -> None:
    text = (
        "Council Urges Support for Victims of Forced Labour in Harbour Debate\n\n"
        "Harbour Council • Press Room • Harbour City\n\n"
        "Fortieth Session\n\n"
        "Plenary Debate\n\n"
        "AM Meeting\n\n"
        "Council Urges Support for Victims of Forced\n"
        "Labour in Harbour Debate\n\n"
        "Members of the council met today to discuss forced labour in the port.\n\n"
        "“Nobody can do this alone,” said Council President Ann Lee in opening remarks.\n"
    )
    draft = draft_data(text)
    kept = kept_text(draft)
    assert draft["title"].startswith("Council Urges Support")
    for label in ("Fortieth Session", "Plenary Debate", "AM Meeting", "Labour in Harbour Debate"):
        assert label not in kept
    assert "Members of the council met" in kept


def test_a_headline_repeated_under_a_paragraph_keeps_the_paragraph() -> None:
    text = (
        "Harbour shelter opens its doors to more women\n\n"
        "A new shelter for women opened in the harbour district today after long talks.\n\n"
        "Harbour shelter opens its doors to more women\n\n"
        "“Every woman here is safe,” said director Ann Lee.\n"
    )
    assert "A new shelter for women opened" in kept_text(draft_data(text))


def test_text_and_photo_credits_naming_two_people_are_left_out() -> None:
    text = (
        "Tekst Anna de Wit en Piet Mol\n\n"
        "Foto Stichting Licht - Karel Bos\n\n"
        "De stichting opent een nieuw huis voor slachtoffers van uitbuiting.\n\n"
        "“Wij zijn er klaar voor”, zegt directeur Anna de Wit.\n"
    )
    kept = kept_text(draft_data(text))
    assert "Tekst" not in kept and "Karel Bos" not in kept


def test_a_name_alone_over_its_picture_caption_is_left_out() -> None:
    text = (
        "Meer hulp voor slachtoffers\n\n"
        "De stichting helpt meer slachtoffers dan vorig jaar, zegt Anna de Wit.\n\n"
        "Karel Bos\n\n"
        "Karel Bos, directeur van Stichting Licht. Foto: Studio Zee\n\n"
        "“Wij zien elke week nieuwe mensen”, zegt Bos.\n"
    )
    draft = draft_data(text)
    assert "Karel Bos\n" not in kept_text(draft) + "\n"
    assert all(p["text"] != "Karel Bos" for p in draft.get("points", []))


def test_a_force_named_only_in_the_opening_sentence_as_a_constabulary() -> None:
    text = (
        "Man held after raid\n\n"
        "A raid by Harbourshire Constabulary on Friday led to one arrest in the port.\n\n"
        "Officers found two women in a flat above a shop.\n\n"
        "Detective Sergeant Ann Lee said: “This is not an uncommon story.”\n"
    )
    assert draft_data(text)["organisation"] == "Harbourshire Constabulary"


def test_a_municipality_speaking_as_wij_is_the_organisation() -> None:
    text = (
        "Wethouder tekent verklaring tegen uitbuiting\n\n"
        "Wethouder Anna de Wit tekende namens de gemeente Oost-Veld een verklaring.\n\n"
        "Wij zeggen als gemeente Oost-Veld toe om samen met de buurgemeenten op te trekken.\n"
    )
    assert draft_data(text)["organisation"] == "gemeente Oost-Veld"


def test_wij_as_a_group_of_people_names_no_organisation() -> None:
    text = (
        "Meer aandacht voor uitbuiting\n\n"
        "Wij zien als Nederlanders te weinig van wat er in kassen gebeurt.\n\n"
        "Er komen meer controles in het najaar.\n"
    )
    assert draft_data(text)["organisation"].startswith("TODO")


def test_the_short_form_before_a_quoted_role_beats_another_story_on_the_page() -> None:
    text = (
        "Twelve workers freed in the valley\n\n"
        "Twelve workers were freed in the valley after a raid by the HPS last week.\n\n"
        "“This was a complex operation,” said HPS detective inspector Ann Lee.\n\n"
        "“We welcome the work of the police,” said Justice Minister Tom Vale.\n\n"
        "In another case, a lorry with six men was stopped at the coast, Coast Police said.\n"
    )
    assert draft_data(text)["organisation"] == "HPS"
