"""Every source costs bounded work: no phase of the importer is quadratic in the text.

No wall-clock assertions (issue 25; ``bench/bench_hostile.py --group import`` measures the
time): the work is counted, either as the lines of the importer's code a draft runs (at
most ``LINEAR`` times as many at four times the text; a square would be sixteen) or as how
much text the attribution reads for people's names."""

from __future__ import annotations

import pytest
from work_count import LINEAR, lines_run

from mhbrief import importer
from mhbrief.importer import attribution as attribution_module
from mhbrief.importer import import_source
from mhbrief.importer.mentions import Mention
from mhbrief.importer.quotes import quote_spans

#: Characters of the smaller text; the larger has four times as many.
SIZE = 30_000


@pytest.mark.parametrize(
    "unit",
    [
        "Anna Bea Cees Dirk ",  # one endless name-like run, no abbreviation after it
        "directeur Anna Bea, woordvoerder van Stichting Cees Dirk, zegt dat ",
        "“Dit is een citaat van vier woorden,” zegt Anna de Vries. ",
        "Stichting Een Twee (ET) ",
        "A",  # one endless capitalised word: a name's word is at most 60 characters
        "De Stichting Een Twee zegt dat. ",  # an organisation that speaks, endlessly
        "Statement by Anna ",  # a "Statement by" line that never ends
        "Anna de Vries (34) leest. “Ik zeg dit nu al vier keer.” ",  # unattributed, first person
    ],
)
def test_a_large_hostile_source_is_drafted_in_linear_work(unit: str) -> None:
    def lines(size: int) -> int:
        text = "Kop\n\n" + unit * (size // len(unit))
        draft, count = lines_run(importer, lambda: import_source(text))
        assert draft.data["title"] == "Kop"
        return count

    small, large = lines(SIZE), lines(4 * SIZE)
    # An endless sentence of names once kept each name beside the next: 7.7 times.
    assert large < LINEAR * small, f"{large / small:.1f} times the lines at 4 times the text"


def test_many_quotes_nested_in_quotes_cost_linear_work() -> None:
    # each nested quote once renumbered every note of the text so far: 80 s for 2 MiB
    def lines(count: int) -> int:
        text = "Kop\n\n" + "".join(
            f"De burgemeester zei: “Jan de Vries zei gisteren ‘dit is dag nummer {n} om "
            f"te onthouden voor ons’ en dat klopt {n}.”\n\n"
            for n in range(count)
        )
        draft, counted = lines_run(importer, lambda: import_source(text))
        assert len(draft.quotes) > 1.9 * count  # nested quotes are quotes of their own
        return counted

    small, large = lines(150), lines(600)
    assert large < LINEAR * small, f"{large / small:.1f} times the lines at 4 times the text"


@pytest.mark.parametrize(
    "marks",
    [
        '"' * 20_000,  # balanced straight marks: 10,000 empty-ish quotes
        "“" * 20_000,  # unbalanced curly opening marks
        "'a " * 7_000,  # apostrophes that never close
        ",," * 10_000,  # Dutch opening commas without a closing mark
        "“a” " * 5_000,  # many one-word quotes: each skipped as a word in quotes
    ],
    ids=["straight", "curly-unbalanced", "apostrophes", "dutch-commas", "one-word-quotes"],
)
def test_quote_marks_cost_reading_the_paragraph_a_bounded_number_of_times(
    marks: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    original = attribution_module._Walk._note_mentions

    def counting(self: attribution_module._Walk, text: str) -> list[Mention]:
        read.append(len(text))
        return original(self, text)

    monkeypatch.setattr(attribution_module._Walk, "_note_mentions", counting)
    text = "Kop\n\n" + marks
    draft = import_source(text)
    assert draft.data["title"] == "Kop"
    # Each character is read for names about once, not once per quotation mark.
    assert sum(read) <= 2 * len(text)


def test_a_line_of_opening_marks_finds_no_quote() -> None:
    # 100,000 unbalanced marks on one line: one pass, and nothing with words in it.
    spans = quote_spans("“" * 100_000)
    assert not any(any(char.isalpha() for char in inner) for _, _, inner in spans)
    assert quote_spans("„x " * 100_000) == []


def test_quotes_are_still_found_between_many_apostrophes() -> None:
    text = "It's Anna's view. " * 200 + "“We need a law against this now,” she said."
    spans = quote_spans(text)
    assert [inner for _, _, inner in spans] == ["We need a law against this now,"]


def test_a_two_mebibyte_text_is_accepted() -> None:
    paragraph = (
        "Anna de Vries, directeur van Stichting X, zegt: “Dit is een citaat van vier "
        "woorden.” Daarna gaat het verder met gewone tekst over uitbuiting.\n\n"
    )
    text = "Kop\n\n" + paragraph * (2 * 1024 * 1024 // len(paragraph.encode()))
    draft = import_source(text)
    assert len(draft.quotes) > 10_000
    assert draft.quotes[0].speaker == "Anna de Vries"


def test_the_capitals_before_a_speakers_name_are_read_from_a_bounded_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pattern tried at every place of the text read a run of capitals to its end from
    each: a quote beside 100,000 capitals took 94 s. Each name is read back from."""
    from mhbrief.importer import body_before_rank

    read: list[int] = []
    pattern = body_before_rank._RUN

    class Counted:
        def search(self, text: str, pos: int, endpos: int) -> object:
            read.append(endpos - pos)
            return pattern.search(text, pos, endpos)

    monkeypatch.setattr(body_before_rank, "_RUN", Counted())
    text = "Kop\n\n“Een citaat van vier woorden,” zegt Ann Lee.\n\n" + "A" * 50_000 + " Ann Lee"
    draft = import_source(text)
    assert [q.speaker for q in draft.quotes] == ["Ann Lee"]
    assert read and max(read) <= body_before_rank._RUN_CHARS
