"""Score the importer on the corpus of news texts, interviews and releases.

Each ``corpus/NAME.txt`` has a ``corpus/NAME.toml`` with what a careful reader
finds in it: the quotes (verbatim, as the draft stores them), each quote's
speaker (``"TODO"`` where the text does not say who) and role (checked when
given; ``""`` means none), the organisation (``"TODO"`` when none can be told),
and optionally the outlet, the source type, the title and question lines that
must not become points. Run as a script to print the figures::

    .venv/bin/python tests/importer/corpus_score.py
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(_ROOT))

from mhbrief.importer import import_source  # noqa: E402


@dataclass
class Score:
    """One text's result; ``misses`` says in words what went wrong."""

    name: str
    quotes: int = 0
    found: int = 0
    speakers: int = 0
    roles_checked: int = 0
    roles: int = 0
    attributed: int = 0
    wrong_names: int = 0
    false_quotes: int = 0
    organisation: bool = False
    misses: list[str] = field(default_factory=list)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _value(data: dict[str, Any], key: str) -> str:
    value = str(data.get(key) or "")
    return "TODO" if value.startswith("TODO") else value


def score_case(source: Path) -> Score:
    expected = tomllib.loads(source.with_suffix(".toml").read_text(encoding="utf-8"))
    draft = import_source(source)
    data = draft.data
    score = Score(source.stem, quotes=len(expected.get("quotes", [])))
    unused = list(data["quotes"])
    for want in expected.get("quotes", []):
        got = next((q for q in unused if _same(q["text"], want["text"])), None)
        if got is None:
            score.misses.append(f"not found: {want['text'][:50]!r}")
            continue
        unused.remove(got)
        score.found += 1
        speaker_ok = _value(got, "speaker") == want["speaker"]
        role_ok = "role" not in want or (got.get("role") or "") == want["role"]
        score.speakers += speaker_ok
        score.wrong_names += not speaker_ok and _value(got, "speaker") != "TODO"
        score.roles_checked += "role" in want
        score.roles += "role" in want and role_ok
        score.attributed += speaker_ok and role_ok
        if not (speaker_ok and role_ok):
            who = f"{got['speaker']!r} ({got.get('role')!r})"
            score.misses.append(f"{want['text'][:30]!r} attributed to {who}")
    score.false_quotes = len(unused)
    score.misses += [f"false quote: {q['text'][:50]!r}" for q in unused]
    score.organisation = _value(data, "organisation") == expected["organisation"]
    if not score.organisation:
        score.misses.append(f"organisation {data['organisation']!r}")
    score.misses += _header_misses(expected, data)
    return score


def _header_misses(expected: dict[str, Any], data: dict[str, Any]) -> list[str]:
    misses = []
    for key in ("outlet", "source_type", "title"):
        if key in expected and _value(data, key) != expected[key]:
            misses.append(f"{key} {data.get(key)!r}")
    texts = [data.get("summary") or "", *(p["text"] for p in data["points"])]
    for question in expected.get("points_exclude", []):
        if any(question in text for text in texts):
            misses.append(f"question kept as a point: {question[:40]!r}")
    return misses


def score_all() -> list[Score]:
    return [score_case(path) for path in sorted(CORPUS.glob("*.txt"))]


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"


def main() -> None:
    scores = score_all()
    for score in scores:
        mark = "ok  " if not score.misses else "MISS"
        print(f"{mark} {score.name}")
        for miss in score.misses:
            print(f"       {miss}")
    quotes = sum(s.quotes for s in scores)
    print(f"\ntexts: {len(scores)}, fully right: {sum(not s.misses for s in scores)}")
    print(f"quotes found:        {_percent(sum(s.found for s in scores), quotes)}")
    print(f"speaker right:       {_percent(sum(s.speakers for s in scores), quotes)}")
    roles = sum(s.roles_checked for s in scores)
    print(f"role right:          {_percent(sum(s.roles for s in scores), roles)}")
    print(f"attributed right:    {_percent(sum(s.attributed for s in scores), quotes)}")
    print(
        f"wrong names:         {sum(s.wrong_names for s in scores)}"
        " (a name where TODO or another belongs)"
    )
    print(f"false quotes:        {sum(s.false_quotes for s in scores)}")
    print(f"organisation right:  {_percent(sum(s.organisation for s in scores), len(scores))}")


if __name__ == "__main__":
    main()
