"""The importer on the corpus of news texts, interviews and releases (tests/importer/corpus).

Every text must come out as a careful reader would draft it, except for the known
limits below, which docs/briefing-format.md lists too ("Known limits of the
importer"). A limit that is fixed must leave this list; a new miss fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .corpus_score import CORPUS, score_case

#: Text name -> the misses it is known to have.
KNOWN_LIMITS: dict[str, list[str]] = {
    # A place dateline alone ("ROTTERDAM - ") does not make news copy: partners'
    # releases open that way too ("EDINBURGH - ", "DUBLIN - ").
    "29-regionaal-politie-woordvoerder": ["source_type 'press-statement'"],
}

TEXTS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_has_at_least_twenty_texts_in_each_style() -> None:
    assert len(TEXTS) >= 20
    styles = " ".join(path.with_suffix(".toml").read_text(encoding="utf-8") for path in TEXTS)
    for style in ("agency", "regional", "national", "interview", "English", "two speakers"):
        assert style in styles, style


@pytest.mark.parametrize("source", TEXTS, ids=[path.stem for path in TEXTS])
def test_each_text_is_drafted_as_a_careful_reader_would(source: Path) -> None:
    score = score_case(source)
    assert score.misses == KNOWN_LIMITS.get(source.stem, [])
    assert score.false_quotes == 0 and score.wrong_names == 0
