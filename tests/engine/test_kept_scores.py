"""What the engine keeps between keystrokes, and what a key extending a prefix reuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomli_w

from mhbrief.engine import ranking
from mhbrief.engine.kept_scores import KeptScores
from mhbrief.library import Library


def test_kept_scores_come_back_equal_in_their_order_and_apart_from_the_cache() -> None:
    kept = KeptScores(budget=40)
    scores = {7: 0.1 + 0.2, 2: 1e-300, 5: 2.5}
    kept.put((0, "pla"), scores)
    found = kept.get((0, "pla"))
    assert found == scores and list(found) == [7, 2, 5]  # the order sums are made in
    assert found[7] == 0.1 + 0.2  # the same double, bit for bit
    found[7] = 99.0  # a caller's dict is its own
    assert kept.get((0, "pla")) == scores
    assert len(kept) == 3
    kept.drop((0, "pla"))
    assert len(kept) == 0
    assert kept.get((0, "pla")) is None


def test_the_least_recently_used_go_first_and_a_large_entry_is_not_kept() -> None:
    kept = KeptScores(budget=40)
    kept.put((0, "a"), dict.fromkeys(range(10), 1.0))
    kept.put((0, "b"), dict.fromkeys(range(10), 1.0))
    kept.put((0, "huge"), dict.fromkeys(range(11), 1.0))  # over a quarter of the budget
    assert kept.get((0, "huge")) is None
    assert kept.get((0, "a")) is not None  # now used last
    kept.put((0, "c"), dict.fromkeys(range(10), 1.0))
    kept.put((0, "d"), dict.fromkeys(range(10), 1.0))
    kept.put((0, "e"), dict.fromkeys(range(10), 1.0))
    assert kept.get((0, "b")) is None
    assert kept.get((0, "a")) is not None
    assert len(kept) == 40


@pytest.fixture
def library(tmp_path: Path) -> Library:
    root = tmp_path / "briefings"
    root.mkdir()
    quotes = [
        {"id": f"q{i}", "speaker": "Anna de Vries", "text": text}
        for i, text in enumerate(
            [
                "Platformen en opvang, onderzoek.",
                "De platformen, de platformen.",
                "Opvang van slachtoffers.",
            ]
        )
    ]
    briefing = {
        "format": 1,
        "kind": "briefing",
        "id": "b1",
        "title": "Digitale wereld",
        "organisation": "Centrum",
        "source_type": "report",
        "quotes": quotes,
    }
    text = tomli_w.dumps(briefing).replace("source_type", "published = 2020-01-01\nsource_type")
    (root / "b1.toml").write_text(text, encoding="utf-8")
    library = Library(root, tmp_path / "index")
    library.sync()
    return library


def test_a_prefix_with_the_same_postings_as_the_one_before_is_not_read_again(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[str, str]] = []
    real = ranking._Segment._read_term

    def counted(segment: Any, fieldname: str, text: str, *rest: Any) -> Any:
        read.append((fieldname, text))
        return real(segment, fieldname, text, *rest)

    monkeypatch.setattr(ranking._Segment, "_read_term", counted)
    answers = [library.search(prefix, as_you_type=True) for prefix in ("pl", "pla", "plat")]
    # "pl" and "pla" are the first letters of "platformen" alone: the same postings.
    assert [text for field, text in read if field == "edge"] == ["pl"]
    assert [(h.id, h.score) for h in answers[1].hits] == [(h.id, h.score) for h in answers[2].hits]
    read.clear()
    library.search("o", as_you_type=True)
    library.search("op", as_you_type=True)  # "onderzoek" counts for "o", not "op"
    assert ("edge", "op") in read


def test_a_words_terms_go_before_the_word_and_before_older_words() -> None:
    """Once a word's scores are kept, the terms they were summed from are the first to go:
    with both kept, the words of a three-word query did not fit, and every key read them
    all again (bench/README.md)."""

    def scores(start: int, count: int) -> dict[int, float]:
        return {docnum: 1.0 for docnum in range(start, start + count)}

    kept = KeptScores(budget=40)
    kept.put((0, "older word"), scores(0, 10))
    kept.put((0, "term a"), scores(0, 9))
    kept.put((0, "term b"), scores(20, 9))
    kept.put((0, "word"), scores(0, 10), [(0, "term a"), (0, "term b")])
    kept.put((0, "next word"), scores(40, 10))
    assert (0, "term b") not in kept and (0, "term a") in kept
    kept.put((0, "word after"), scores(60, 10))
    assert (0, "term a") not in kept
    assert all((0, word) in kept for word in ("older word", "word", "next word", "word after"))
    assert len(kept) == 40
