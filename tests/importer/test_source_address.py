"""The draft's ``url`` is the statement's own address, never a link the text makes."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.source_address import address_note, own_address

BODY = (
    "Meer hulp voor slachtoffers van uitbuiting\n\n"
    "Utrecht, 2 december 2026 - De stichting opent een tweede opvanghuis.\n\n"
    "“We zien elk jaar meer jongeren die worden uitgebuit,” zegt directeur Karel Smit.\n\n"
)


def test_a_read_more_link_is_not_the_statements_address() -> None:
    text = BODY + "Lees ook: Oude reactie op het kabinet (https://www.example.org/nieuws/2018)\n"
    draft = import_source(text)
    assert "url" not in draft.data
    note = next(w for w in draft.warnings if w.startswith("url left out"))
    assert "https://www.example.org/nieuws/2018" in note


def test_a_website_under_more_information_is_not_the_statements_address() -> None:
    text = BODY + "Meer informatie:\nhttps://www.example.org\n"
    assert "url" not in import_source(text).data


def test_an_address_pasted_above_the_text_is_its_own() -> None:
    text = "https://www.example.org/nieuws/tweede-opvanghuis\n\n" + BODY
    draft = import_source(text)
    assert draft.data["url"] == "https://www.example.org/nieuws/tweede-opvanghuis"
    assert not any(w.startswith("url left out") for w in draft.warnings)


def test_an_address_labelled_as_the_source_is_its_own_wherever_it_stands() -> None:
    text = (
        BODY
        + "Lees ook: https://www.example.org/ander-bericht\n\nBron: <https://www.example.org/p/2>.\n"
    )
    assert import_source(text).data["url"] == "https://www.example.org/p/2"
    english = "Shelter opens\n\nText of the release.\n\nSource: https://example.org/release-7\n"
    assert own_address(english) == ("https://example.org/release-7", [])


def test_a_bare_address_far_down_the_text_is_not_taken() -> None:
    found, others = own_address(BODY + "\n\nhttps://www.example.org/doneer\n")
    assert found is None
    assert others == ["https://www.example.org/doneer"]


def test_the_note_names_a_few_addresses_of_a_long_paste() -> None:
    text = BODY + "".join(f"Zie ook https://example.org/{n}.\n" for n in range(500))
    found, others = own_address(text)
    assert found is None
    assert others == ["https://example.org/0", "https://example.org/1", "https://example.org/2"]


def test_the_note_reads_right_for_one_address_and_for_several() -> None:
    one = address_note(["https://example.org/a"])
    assert "web address (https://example.org/a) links elsewhere" in one
    assert "if it is where this statement was published" in one
    two = address_note(["https://example.org/a", "https://example.org/b"])
    assert "web addresses (https://example.org/a, https://example.org/b) link elsewhere" in two
    assert "if one is where" in two
