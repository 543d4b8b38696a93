"""`mhbrief new` templates: valid TOML, today's date, placeholders flagged until replaced."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from mhbrief.format import parse_file
from mhbrief.model import Briefing, Plan
from mhbrief.template import prompt_document, template
from mhbrief.writer import render

TODAY = date(2024, 5, 17)


def _written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "new.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    return [p.message for p in parse_file(_written(tmp_path, text)).problems]


@pytest.mark.parametrize("kind", ["briefing", "plan"])
def test_template_is_commented_toml_with_today_and_flagged_placeholders(
    tmp_path: Path, kind: str
) -> None:
    text = template(kind, TODAY)
    assert text.startswith("#")
    data = tomllib.loads(text)
    assert data["format"] == 1
    assert data["kind"] == kind
    assert data["published"] == TODAY
    found = problems(tmp_path, text)
    placeholders = [m for m in found if m.startswith("placeholder left in")]
    todo_keys = sorted(set(re.findall(r'^(\w+) = "TODO', text, re.MULTILINE)))
    assert sorted({re.findall(r"'(\w+)'", m)[0] for m in placeholders}) == todo_keys
    assert any(m.startswith("placeholder left in 'id'") for m in found)


@pytest.mark.parametrize("kind", ["briefing", "plan"])
def test_template_validates_once_filled_in(tmp_path: Path, kind: str) -> None:
    filled = re.sub(r'^id = "TODO[^"]*"', 'id = "filled-in"', template(kind, TODAY), flags=re.M)
    filled = re.sub(r'"TODO[^"]*"', '"Ingevuld"', filled)
    found = parse_file(_written(tmp_path, filled)).problems
    # A new briefing is a draft until reviewed: a note, never an error or a warning.
    assert [p.severity.value for p in found] == (["note"] if kind == "briefing" else [])
    document = parse_file(tmp_path / "new.toml").document
    assert isinstance(document, Briefing if kind == "briefing" else Plan)
    assert document.id == "filled-in"
    assert document.published == TODAY


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        template("memo")


def scripted(answers: list[str]) -> tuple[Callable[[str], str], list[str]]:
    asked: list[str] = []
    it = iter(answers)

    def ask(question: str) -> str:
        asked.append(question)
        return next(it)

    return ask, asked


def test_prompt_builds_a_valid_briefing(tmp_path: Path) -> None:
    ask, asked = scripted(
        [
            "Geen geld voor de meldlijn",  # title
            "2024-13-01",  # a bad date is asked again
            "2024-05-02",
            "",  # language: default nl
            "Stichting Voorbeeld",
            "SV",
            "",  # source type: default
            "",  # id: default
            "Korte samenvatting.",
            "Zonder meldlijn verliezen we het zicht op slachtoffers.",  # quote 1
            "Anna de Vries",
            "directeur",
            "",  # no more quotes
            "De subsidie stopt na dit jaar.",  # point 1
            "critical",
            "",  # no more points
        ]
    )
    said: list[str] = []
    doc = prompt_document("briefing", ask, said.append, TODAY)
    assert any("not a date" in s for s in said)
    assert doc["id"] == "sv-2024-05-02-geen-geld-voor-de-meldlijn"
    assert doc["published"] == date(2024, 5, 2)
    assert doc["quotes"] == [
        {
            "id": "quote-1",
            "speaker": "Anna de Vries",
            "role": "directeur",
            "text": "Zonder meldlijn verliezen we het zicht op slachtoffers.",
            "themes": [],
            "sections": [],
        }
    ]
    assert doc["points"] == [
        {
            "id": "point-1",
            "stance": "critical",
            "text": "De subsidie stopt na dit jaar.",
            "themes": [],
        }
    ]
    text = render(doc, ["made in a test"])
    found = parse_file(_written(tmp_path, text)).problems
    assert [p.severity.value for p in found] == ["note"]  # a draft until reviewed
    assert len(asked) == 16


def test_prompt_with_empty_answers_leaves_flagged_placeholders(tmp_path: Path) -> None:
    ask, _ = scripted(["", "", "", "", "", "", "", "", "", ""])
    doc = prompt_document("briefing", ask, lambda s: None, TODAY)
    assert doc["published"] == TODAY
    found = problems(tmp_path, render(doc))
    assert any("placeholder left in 'title'" in m for m in found)
    assert any("placeholder left in 'organisation'" in m for m in found)
    # no quote and no point given: a placeholder keeps validate red, never an empty briefing
    assert any("placeholder left in 'speaker'" in m for m in found)


def test_a_date_written_day_first_is_read_and_said_back() -> None:
    """Dutch staff type 6-12-2026; it is read as 6 December, and the prompt says so."""
    answers = ["Titel", "6-12-2026", "", "Stichting Voorbeeld", "", "", "", "", "", ""]
    ask, _ = scripted(answers)
    said: list[str] = []
    doc = prompt_document("briefing", ask, said.append, TODAY)
    assert doc["published"] == date(2026, 12, 6)
    assert any("read as 2026-12-06" in s for s in said)
    ask, _ = scripted(["Titel", "31-02-2026", "2026-02-03", *answers[2:]])
    said.clear()
    assert prompt_document("briefing", ask, said.append, TODAY)["published"] == date(2026, 2, 3)
    assert any("is not a date; write it as" in s for s in said)


def test_a_new_briefing_is_a_draft_until_the_line_is_deleted(tmp_path: Path) -> None:
    text = template("briefing", TODAY)
    assert "\ndraft = true\n" in text
    filled = re.sub(r'^id = "TODO[^"]*"', 'id = "filled-in"', text, flags=re.M)
    filled = re.sub(r'"TODO[^"]*"', '"Ingevuld"', filled)
    document = parse_file(_written(tmp_path, filled)).document
    assert isinstance(document, Briefing) and document.draft
    published = parse_file(_written(tmp_path, filled.replace("\ndraft = true\n", "\n")))
    assert isinstance(published.document, Briefing) and not published.document.draft
    assert published.problems == ()
    assert "\ndraft = " not in template("plan", TODAY)  # a plan has no draft key


def test_a_briefing_asked_for_in_the_terminal_is_written_as_a_draft() -> None:
    ask, _ = scripted(["Titel", "", "", "Org", "", "", "", "", "", ""])
    document = prompt_document("briefing", ask, lambda _: None, TODAY)
    assert document["draft"] is True
    assert "\ndraft = true\n" in render(document)


@pytest.mark.parametrize("kind", ["briefing", "plan"])
def test_the_comments_after_values_stand_in_one_column(kind: str) -> None:
    # published = {today} once left its comment three columns right of the others.
    text = template(kind, today=date(2026, 10, 14))
    columns = {
        line.index(" #", 0) + 1
        for line in text.splitlines()
        if not line.startswith("#") and " #" in line
    }
    assert len(columns) == 1, columns
