"""TOML mistakes people make get a message that says what to do, at the place to edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared import WriteFile

from mhbrief.cli import main
from mhbrief.format import parse_file
from mhbrief.problems import Problem

HEAD = 'format = 1\nkind = "briefing"\nid = "b"\norganisation = "O"\nsource_type = "report"\n'


def only_problem(write: WriteFile, text: str) -> Problem:
    source = parse_file(write("x.toml", text))
    assert source.document is None
    [problem] = source.problems
    assert problem.is_error
    return problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12-03-2024", "published = 2024-03-12"),
        ("1-3-2024", "published = 2024-03-01"),
        ("12/03/2024", "published = 2024-03-12"),
        ("12.03.2024", "published = 2024-03-12"),
        ("2024-3-12", "published = 2024-03-12"),
        ("12 maart 2024", "published = 2024-03-12"),
        ("3 Nov. 2024", "published = 2024-11-03"),
    ],
)
def test_a_date_in_another_order_says_how_dates_are_written(
    write: WriteFile, value: str, expected: str
) -> None:
    problem = only_problem(write, HEAD + 'title = "T"\n' + f"published = {value}\n")
    assert (problem.line, problem.column) == (7, 13)
    assert "dates are written YYYY-MM-DD" in problem.message
    assert f"write {expected}" in problem.message
    assert "Expected newline" not in problem.message


def test_an_impossible_date_still_gets_the_rule_and_an_example(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + 'title = "T"\npublished = 31-13-2024\n')
    assert "YYYY-MM-DD" in problem.message
    assert "e.g." in problem.message or "2024-03-12" in problem.message


def test_double_quotes_inside_a_text_say_to_use_single_quotes_or_escape(
    write: WriteFile,
) -> None:
    problem = only_problem(write, HEAD + 'title = "Het "goede" plan"\npublished = 2024-03-12\n')
    # At the quote that ended the text early.
    assert (problem.line, problem.column) == (6, 14)
    assert "single quotes" in problem.message
    assert '\\"' in problem.message
    assert "title = 'Het \"goede\" plan'" in problem.message


def test_a_stray_quote_after_a_value_says_what_ended_the_text(write: WriteFile) -> None:
    text = HEAD + 'title = "Het plan waargemaakt" extra"\npublished = 2024-03-12\n'
    problem = only_problem(write, text)
    # At the quote that ended the text, not at the word the parser stopped on.
    assert (problem.line, problem.column) == (6, 30)
    assert "quote inside the text ends it early" in problem.message
    assert "single quotes" in problem.message
    assert '\\"' in problem.message
    assert "title = 'Het plan waargemaakt\" extra'" in problem.message


def test_inner_double_quotes_with_an_apostrophe_suggest_escapes(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + 'title = "it\'s "good""\npublished = 2024-03-12\n')
    assert 'title = "it\'s \\"good\\""' in problem.message


def test_an_unclosed_text_is_reported_where_it_opened(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + 'title = "Het plan\npublished = 2024-03-12\n')
    assert (problem.line, problem.column) == (6, 9)
    assert "is not closed" in problem.message


def test_an_unclosed_multiline_text_is_reported_where_it_opened_not_at_the_end(
    write: WriteFile,
) -> None:
    text = HEAD + 'title = "T"\npublished = 2024-03-12\nsummary = """Het plan\n\n'
    text += '[[points]]\nid = "p"\nstance = "neutral"\ntext = "x"\n'
    problem = only_problem(write, text)
    assert (problem.line, problem.column) == (8, 11)
    assert 'no closing """' in problem.message


def test_a_multiline_text_that_swallows_the_next_keys_is_reported_where_it_opened(
    write: WriteFile,
) -> None:
    text = HEAD + 'title = "T"\npublished = 2024-03-12\nsummary = """Het plan\n'
    text += '\n[[points]]\nid = "p"\nstance = "neutral"\ntext = """x"""\n'
    problem = only_problem(write, text)
    assert (problem.line, problem.column) == (8, 11)
    assert "runs on to line 13" in problem.message


@pytest.mark.parametrize(
    "after",
    [
        '\n[[quotes]]\nid = "q"\ntext = "a [b] c"\n',  # a table next: noticed lines later
        'title = "T"\n',  # a key next
        'title = "T"\nsections = ["plan/x"]\n',  # a later list does not close it
        "",  # the end of the file
    ],
)
def test_a_list_left_open_is_reported_where_it_opened(write: WriteFile, after: str) -> None:
    text = HEAD + 'themes = [\n  "opvang",  # a comment with a ]\n  "zorg"\n' + after
    problem = only_problem(write, text)
    assert (problem.line, problem.column) == (6, 10)
    assert "this list is not closed" in problem.message
    assert "end the list with ]" in problem.message


def test_a_list_closed_but_missing_a_comma_keeps_the_parsers_words(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + 'themes = ["a" "b"]\ntitle = "[x"\n')
    assert problem.message.startswith("TOML syntax:")
    assert problem.line == 6


def test_a_table_header_left_open_says_how_to_end_it(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + '[[quotes]\nid = "q"\n')
    assert (problem.line, problem.column) == (6, 1)
    assert "table header is not closed" in problem.message


def test_other_syntax_errors_keep_the_parsers_words(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + "title = = 1\n")
    assert problem.message.startswith("TOML syntax:")


@pytest.mark.parametrize(
    ("line", "column", "code"),
    [
        ('title = "Red \x1b[31m"\n', 14, "001b"),  # an ESC in a "..." text
        ("title = 'bell \x07'\n", 15, "0007"),  # in a '...' text
        ("# a comment \x7f\n", 13, "007f"),
        ("\x1b\n", 1, "001b"),  # on a line of its own
    ],
)
def test_a_raw_control_character_says_to_remove_it_or_escape_it(
    write: WriteFile, line: str, column: int, code: str
) -> None:
    problem = only_problem(write, HEAD + line)
    assert (problem.line, problem.column) == (6, column)
    assert f"control character U+{code.upper()}" in problem.message
    assert "remove the control character" in problem.message
    assert f'write it as \\u{code} inside a "..." string if it is meant' in problem.message
    assert not any(ord(ch) < 32 for ch in problem.format())  # shown, never sent


def test_validate_prints_the_hint_as_path_line_col(
    write: WriteFile,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write("x.toml", HEAD + 'title = "T"\npublished = 12-03-2024\n')
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "--briefings", "briefings"]) == 1
    out = capsys.readouterr().out
    assert "briefings/x.toml:7:13: error: dates are written YYYY-MM-DD" in out


def test_an_impossible_date_in_the_right_form_says_it_is_not_in_the_calendar(
    write: WriteFile,
) -> None:
    problem = only_problem(write, HEAD + 'title = "T"\npublished = 2024-13-45\n')
    assert problem.message.startswith("'2024-13-45' is not a date in the calendar")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("“Het plan”", 'straight quotes (" or \'), not curly ones like “: title = "Het plan"'),
        ("‘Het plan’", 'not curly ones like ‘: title = "Het plan"'),
        ("Het plan", 'text must be in quotes: title = "Het plan"'),
    ],
)
def test_curly_or_missing_quotes_say_to_use_straight_ones(
    write: WriteFile, value: str, expected: str
) -> None:
    problem = only_problem(write, HEAD + f"title = {value}\npublished = 2024-03-12\n")
    assert (problem.line, problem.column) == (6, 9)
    assert expected in problem.message


def test_a_capitalised_true_says_lowercase(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + 'title = "T"\npublished = 2024-03-12\ndraft = True\n')
    assert problem.message == "true and false are written in lowercase: draft = true"


def test_a_quoted_date_in_dutch_order_gets_the_same_advice(write: WriteFile) -> None:
    source = parse_file(write("x.toml", HEAD + 'title = "T"\npublished = "12-03-2024"\n'))
    [problem] = source.problems
    assert (problem.line, problem.column) == (7, 1)
    assert "write published = 2024-03-12, without quotes" in problem.message


@pytest.mark.parametrize("value", ["2019-09", "09-2019", "september 2019", "sept. 2019"])
def test_a_month_without_its_day_says_to_write_the_first_and_note_it(
    write: WriteFile, value: str
) -> None:
    problem = only_problem(write, HEAD + 'title = "T"\n' + f"published = {value}\n")
    assert problem.line == 7
    assert "published = 2019-09-01" in problem.message and "day not known" in problem.message
    assert "Expected newline" not in problem.message


def test_a_month_and_year_as_a_title_is_text_without_quotes(write: WriteFile) -> None:
    problem = only_problem(write, HEAD + "title = september 2019\npublished = 2019-09-01\n")
    assert "text must be in quotes" in problem.message


def test_a_key_without_a_value_says_so_instead_of_an_internal_error(write: WriteFile) -> None:
    """``id = `` with nothing after it was read as a curly quote and crashed the hint."""
    problem = only_problem(write, 'format = 1\nkind = "plan"\nid = \ntitle = "T"\n')
    assert (problem.line, problem.column) == (3, 6)
    assert (
        problem.message
        == "'id =' has no value; write it after the = (text in quotes: id = \"...\")"
    )
