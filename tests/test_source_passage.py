"""Finding a quote in its archived source: verbatim, the closest passage, or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mhbrief.loader import load_collection
from mhbrief.model import Quote
from mhbrief.source_passage import (
    Match,
    SourceUnavailable,
    locate,
    paragraphs,
    passage,
)

FOLDER = Path(__file__).parent / "fixtures" / "browse"


def quote(collection_folder: Path, global_id: str) -> tuple[object, Quote]:
    collection = load_collection(collection_folder)
    found = collection.get(global_id)
    assert isinstance(found, Quote)
    return collection, found


def test_a_verbatim_quote_across_a_line_break_and_other_quote_marks() -> None:
    text = (
        "Eerste.\n\nZij zei: “Elke gemeente   moet weten wie\n"
        "slachtoffers opvangt.” Klaar.\n\nDerde."
    )
    start, end, match = locate(text, "Elke gemeente moet weten wie slachtoffers opvangt.")
    assert match is Match.VERBATIM
    assert text[start:end] == "Elke gemeente   moet weten wie\nslachtoffers opvangt."


def test_a_quote_not_verbatim_gets_the_closest_passage() -> None:
    text = (
        "Niets hier.\n\nHij zegt dat zonder extra middelen dit plan een belofte blijft.\n\nEinde."
    )
    start, end, match = locate(text, "Zonder extra geld blijft dit plan een belofte.")
    assert match is Match.CLOSEST
    assert text[start:end] == "zonder extra middelen dit plan een belofte blijft"


def test_no_word_in_common() -> None:
    assert locate("Iets anders.", "Geheel onbekend")[2] is Match.NONE


def test_paragraphs_are_blocks_between_blank_lines() -> None:
    text = "\n a\nb \n\n  \n\nc\r"
    assert [text[s:e] for s, e in paragraphs(text)] == ["a\nb", "c"]


def test_passage_gives_the_paragraphs_around_the_quote() -> None:
    collection, found = quote(FOLDER, "centrum-2018/gemeente")
    at = passage(collection, found)  # type: ignore[arg-type]
    assert at.verbatim
    shown = [at.text[s:e] for s, e in (at.paragraphs[i] for i in at.around())]
    assert shown[0].startswith("Het Centrum tegen Uitbuiting reageert")
    assert "Elke gemeente" in shown[1]
    assert shown[2].startswith("Vraagkant")


def test_no_source_text_names_the_url() -> None:
    collection, found = quote(FOLDER, "network-2024/opvang")
    with pytest.raises(SourceUnavailable) as raised:
        passage(collection, found)  # type: ignore[arg-type]
    assert raised.value.url == "https://example.net/reactie"


def test_a_source_outside_the_folder_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FOLDER, folder)
    secret = tmp_path / "secret.txt"
    secret.write_text("Elke gemeente moet weten wie slachtoffers opvangt.", encoding="utf-8")
    toml = folder / "centrum-2018.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("sources/centrum-2018.txt", "../secret.txt"),
        encoding="utf-8",
    )
    collection, found = quote(folder, "centrum-2018/gemeente")
    with pytest.raises(SourceUnavailable) as raised:
        passage(collection, found)  # type: ignore[arg-type]
    assert "outside the briefings folder" in raised.value.reason


def test_a_symlink_leading_out_of_the_folder_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FOLDER, folder)
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim", encoding="utf-8")
    link = folder / "sources" / "centrum-2018.txt"
    link.unlink()
    link.symlink_to(secret)
    collection, found = quote(folder, "centrum-2018/gemeente")
    with pytest.raises(SourceUnavailable, match="outside the briefings folder"):
        passage(collection, found)  # type: ignore[arg-type]


def test_control_sequences_in_the_source_are_stripped(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FOLDER, folder)
    source = folder / "sources" / "centrum-2018.txt"
    source.write_text(
        "\x1b]52;c;ZXZpbA==\x07Kop\x1b[31m\n\n[bold]Elke gemeente moet weten wie slachtoffers "
        "opvangt.[/]\n",
        encoding="utf-8",
    )
    collection, found = quote(folder, "centrum-2018/gemeente")
    at = passage(collection, found)  # type: ignore[arg-type]
    assert "\x1b" not in at.text and "\x07" not in at.text
    assert at.verbatim and at.text.startswith("Kop\n\n[bold]")
