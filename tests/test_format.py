"""Reading one briefing file: every kind of error, with the place to fix it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from shared import BRIEFING, PLAN, THEMES, WriteFile

from mhbrief.format import MAX_FILE_BYTES, parse_file
from mhbrief.model import Briefing, Plan, SourceType, Stance, ThemesFile
from mhbrief.problems import Problem


def only_error(path: Path) -> Problem:
    source = parse_file(path)
    errors = [p for p in source.problems if p.is_error]
    assert len(errors) == 1, [p.format() for p in source.problems]
    assert source.document is None
    return errors[0]


def test_good_files_become_frozen_documents(write: WriteFile) -> None:
    briefing = parse_file(write("b.toml", BRIEFING)).document
    assert isinstance(briefing, Briefing)
    assert briefing.published == date(2018, 11, 13)
    assert briefing.source_type is SourceType.PRESS_STATEMENT
    assert briefing.language == "nl"
    quote = briefing.quotes[0]
    assert (quote.global_id, quote.speaker, quote.role) == (
        "org-2018-stelling/q1",
        "Anna de Vries",
        "woordvoerder",
    )
    assert quote.line == 11
    assert briefing.points[0].stance is Stance.CRITICAL
    with pytest.raises(AttributeError):
        quote.text = "changed"  # type: ignore[misc]

    plan = parse_file(write("p.toml", PLAN)).document
    assert isinstance(plan, Plan)
    assert [s.ref for s in plan.sections] == ["plan-a/actielijn-1", "plan-a/actielijn-1.1"]
    assert plan.children(None)[0].id == "actielijn-1"
    assert plan.children("actielijn-1")[0].id == "actielijn-1.1"

    themes = parse_file(write("t.toml", THEMES)).document
    assert isinstance(themes, ThemesFile)
    assert [t.id for t in themes.themes] == ["digitaal", "financiering"]


HEAD = 'format = 1\nkind = "briefing"\nid = "b"\ntitle = "T"\npublished = 2020-01-02\n'
HEAD += 'organisation = "O"\nsource_type = "report"\n'


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        pytest.param(
            'format = 1\nkind = "briefing"\ntitle = "unclosed\n',
            3,
            9,
            "this text is not closed",
            id="syntax",
        ),
        pytest.param('kind = "plan"\n', None, None, "missing 'format = 1'", id="no-format"),
        pytest.param(
            'format = 2\nkind = "plan"\n',
            1,
            1,
            "unsupported format 2, this mhbrief reads format 1",
            id="format-2",
        ),
        pytest.param("format = 1\n", None, None, "missing 'kind'", id="no-kind"),
        pytest.param(
            'format = 1\nkind = "brefing"\n', 2, 1, "did you mean 'briefing'", id="bad-kind"
        ),
        pytest.param(
            HEAD.replace('title = "T"\n', ""),
            1,
            1,
            "missing required key 'title'",
            id="missing",
        ),
        pytest.param(
            HEAD.replace('source_type = "report"\n', ""),
            1,
            1,
            "missing required key 'source_type'; add source_type = \"press-statement\" (one "
            "of press-statement, report,",
            id="missing-choice",
        ),
        pytest.param(
            HEAD.replace('title = "T"', "title = 3"), 4, 1, "'title' must be text", id="wrong-type"
        ),
        pytest.param(
            HEAD.replace('"report"', '"reprot"'),
            7,
            1,
            "'source_type' must be one of",
            id="bad-enum",
        ),
        pytest.param(
            HEAD.replace("2020-01-02", "2020-01-02T10:00:00"),
            5,
            1,
            "date without a time: write published = 2020-01-02",
            id="datetime",
        ),
        pytest.param(
            HEAD.replace("2020-01-02", '"2020-01-02"'),
            5,
            1,
            "remove the quotes",
            id="date-as-text",
        ),
        pytest.param(
            HEAD + '\n[[quotes]]\nid = "q1"\nspeakr = "A"\nspeaker = "A"\ntext = "t"\n',
            11,
            1,
            "unknown key 'speakr' (did you mean 'speaker'?)",
            id="unknown-key",
        ),
        pytest.param(
            HEAD + '\n[[quotes]]\nid = "q1"\ntext = "t"\n',
            9,
            1,
            "missing required key 'speaker' in this [[quotes]] entry",
            id="missing-in-block",
        ),
        pytest.param(
            HEAD + '\n[[points]]\nid = "p1"\nstance = "negative"\ntext = "t"\n',
            11,
            1,
            '\'stance\' must be one of "critical", "positive", "neutral"',
            id="bad-stance",
        ),
        pytest.param(
            HEAD.replace('id = "b"', 'id = "Mijn Briefing"'),
            3,
            1,
            "for example 'mijn-briefing'",
            id="bad-id",
        ),
        pytest.param(
            HEAD + '\n[[quotes]]\nid = "q"\nspeaker = "A"\ntext = "t"\n'
            '\n[[points]]\nid = "q"\nstance = "neutral"\ntext = "u"\n',
            15,
            1,
            "duplicate item id 'q' (first used at line 10)",
            id="duplicate-item",
        ),
        pytest.param(
            HEAD + '\n[[quotes]]\nid = "q"\nspeaker = "TODO: who said it"\ntext = "t"\n',
            11,
            1,
            "placeholder left in 'speaker'",
            id="placeholder",
        ),
        pytest.param(
            HEAD + 'status = "superseded"\n', 8, 1, "needs superseded_by", id="superseded"
        ),
        pytest.param(
            HEAD + '\n[[quotes]]\nid = "q"\nspeaker = "A"\ntext = "t"\nsections = ["plan"]\n',
            13,
            1,
            "references like 'plan-id/section-id'",
            id="bad-reference",
        ),
        pytest.param(
            'format = 1\nkind = "plan"\nid = "p"\ntitle = "P"\npublished = 2018-01-01\n'
            '\n[[sections]]\nid = "a"\ntitle = "A"\ntext = "x"\nnumber = 1\n',
            11,
            1,
            'write it in quotes: number = "1"',
            id="section-number",
        ),
        pytest.param(
            'format = 1\nkind = "plan"\nid = "p"\ntitle = "P"\npublished = 2018-01-01\n'
            '\n[[sections]]\nid = "a"\ntitle = "A"\ntext = "x"\nparent = "b"\n',
            11,
            1,
            "parent 'b' is not a section of this plan",
            id="section-parent",
        ),
        pytest.param(
            'format = 1\nkind = "themes"\n[themes.a]\ndescription = "x"\n',
            3,
            1,
            "missing required key 'label' in [themes.a]",
            id="theme-label",
        ),
    ],
)
def test_each_error_points_at_the_place_to_fix(
    write: WriteFile, text: str, line: int | None, column: int | None, message: str
) -> None:
    problem = only_error(write("x.toml", text))
    assert message in problem.message
    assert (problem.line, problem.column) == (line, column)
    expected = f"x.toml:{line}:{column}: error: " if line else "x.toml: error: "
    assert problem.format(problem.path.parent).startswith(expected)


def test_problem_lines_read_like_compiler_messages(write: WriteFile, tmp_path: Path) -> None:
    path = write(
        "b.toml",
        HEAD + '\n[[quotes]]\nid = "q"\nspeakr = "A"\ntext = "t"\n'
        '\n[[quotes]]\nid = "r"\nspeaker = "A"\n',
    )
    source = parse_file(path)
    lines = [p.format(tmp_path) for p in source.problems]
    # One typo, one error: the misspelt key is not also reported as missing.
    assert len(lines) == 2, lines
    assert lines[0].startswith(
        "briefings/b.toml:11:1: error: unknown key 'speakr' (did you mean 'speaker'?)"
    )
    assert lines[1].startswith(
        "briefings/b.toml:14:1: error: missing required key 'text' in this [[quotes]] entry"
    )


def test_bom_and_crlf_are_accepted(write: WriteFile) -> None:
    path = write("b.toml", "")
    path.write_bytes(b"\xef\xbb\xbf" + BRIEFING.lstrip().replace("\n", "\r\n").encode())
    source = parse_file(path)
    assert source.problems == ()
    assert isinstance(source.document, Briefing)
    assert source.document.quotes[0].text == "Wij missen een digitale aanpak."


def test_crlf_inside_multiline_text_becomes_newlines(write: WriteFile) -> None:
    path = write("b.toml", "")
    text = HEAD + '\n[[quotes]]\nid = "q"\nspeaker = "A"\ntext = """\nregel een\nregel twee"""\n'
    path.write_bytes(text.replace("\n", "\r\n").encode())
    document = parse_file(path).document
    assert isinstance(document, Briefing)
    assert document.quotes[0].text == "regel een\nregel twee"


def test_invalid_utf8_names_the_line_of_the_bad_byte(write: WriteFile) -> None:
    path = write("b.toml", "")
    path.write_bytes(HEAD.encode() + b'summary = "caf\xe9"\n')
    problem = only_error(path)
    assert (problem.line, problem.column) == (8, 15)
    assert "invalid UTF-8 byte 0xe9" in problem.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"x = " + b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"x = " + b"[" * 50 + b"]" * 50, "unknown key 'x'"),
    ],
    ids=["empty", "blank", "binary", "deep-nesting", "nested-but-ok"],
)
def test_junk_gets_a_clear_error_never_a_traceback(
    write: WriteFile, content: bytes, message: str
) -> None:
    path = write("junk.toml", "")
    path.write_bytes(b'format = 1\nkind = "themes"\n' + content if b"x =" in content else content)
    source = parse_file(path)
    assert source.document is None
    assert any(message in p.message for p in source.problems), source.problems


def test_oversized_file_is_refused(write: WriteFile) -> None:
    path = write("big.toml", "")
    path.write_bytes(b"# " + b"x" * (MAX_FILE_BYTES + 10) + b"\n")
    problem = only_error(path)
    assert "over the 2 MiB limit" in problem.message


def test_oversized_file_is_reported_with_its_real_size(write: WriteFile) -> None:
    # The read stops one byte past the cap; the size said is the file's own (2.56 MiB).
    path = write("huge.toml", "")
    path.write_bytes(b"# " + b"x" * 2_681_916 + b"\n")
    problem = only_error(path)
    assert "file is 2.6 MiB, over the 2 MiB limit" in problem.message


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    source = parse_file(tmp_path / "missing.toml")
    assert source.document is None
    assert "cannot read file" in source.problems[0].message


HOSTILE = (
    HEAD
    + "\n[[quotes]]\n"
    + 'id = "q"\n'
    + 'speaker = "[bold]Boss[/bold] \\u001b[31mRed"\n'
    + 'role = "[@click=app.quit]klik[/]"\n'
    + 'text = "a [/] b \\u001b]52;c;ZXZpbA==\\u0007 c \\u001b]8;;http://x\\u001b\\\\link'
    + '\\u001b]8;;\\u001b\\\\ \\u009b2J d\\u202e e\\u0000\\u0008"\n'
)


def test_hostile_text_survives_as_plain_sanitised_text(write: WriteFile) -> None:
    document = parse_file(write("b.toml", HOSTILE)).document
    assert isinstance(document, Briefing)
    quote = document.quotes[0]
    assert quote.speaker == "[bold]Boss[/bold] Red"
    assert quote.role == "[@click=app.quit]klik[/]"
    assert quote.text == "a [/] b  c link  d e"
    for value in (quote.speaker, quote.role, quote.text):
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in value)


def test_hostile_key_names_are_sanitised_in_messages(write: WriteFile) -> None:
    path = write("b.toml", HEAD + '"evil\\u001b[2Jkey" = 1\n')
    problem = only_error(path)
    assert "\x1b" not in problem.format()
    assert "unknown key 'evil" in problem.message


def test_draft_is_an_optional_bool_and_a_note_not_an_error(write: WriteFile) -> None:
    plain = parse_file(write("b.toml", BRIEFING)).document
    assert isinstance(plain, Briefing) and plain.draft is False
    text = BRIEFING.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n')
    source = parse_file(write("b.toml", text))
    assert isinstance(source.document, Briefing) and source.document.draft
    [note] = source.problems
    assert (note.severity.value, note.line, note.column) == ("note", 3, 1)
    assert "draft" in note.message and "delete this line" in note.message
    assert not note.is_error and not note.is_warning
    published = parse_file(write("b.toml", text.replace("draft = true", "draft = false")))
    assert isinstance(published.document, Briefing) and not published.document.draft
    assert published.problems == ()


@pytest.mark.parametrize(
    ("value", "hint"), [('"true"', "without quotes"), ("1", "must be true or false")]
)
def test_a_draft_that_is_not_a_bool_is_an_error(write: WriteFile, value: str, hint: str) -> None:
    text = BRIEFING.replace('kind = "briefing"\n', f'kind = "briefing"\ndraft = {value}\n')
    problem = only_error(write("b.toml", text))
    assert (problem.line, problem.column) == (3, 1)
    assert hint in problem.message


def test_a_plan_may_mark_its_section_texts_as_its_own_words(write: WriteFile) -> None:
    plan = parse_file(write("p.toml", PLAN)).document
    assert isinstance(plan, Plan) and not plan.own_words
    marked = PLAN.replace('title = "Plan A"\n', 'title = "Plan A"\nsection_texts = "verbatim"\n')
    plan = parse_file(write("p.toml", marked)).document
    assert isinstance(plan, Plan) and plan.own_words
    typo = marked.replace('"verbatim"', '"verbatum"')
    problem = only_error(write("p.toml", typo))
    assert problem.line == 5
    assert '\'section_texts\' must be one of "summary", "verbatim"' in problem.message
    assert "did you mean 'verbatim'" in problem.message


def test_entry_places_are_kept_for_a_bounded_number_of_list_entries(write: WriteFile) -> None:
    from mhbrief.toml_entries import MAX_PLACED

    many = ", ".join(f'"t{n}"' for n in range(MAX_PLACED + 50))
    text = BRIEFING.replace('themes = ["digitaal"]', f"themes = [{many}]")
    briefing = parse_file(write("b.toml", text)).document
    assert isinstance(briefing, Briefing)
    quote = briefing.quotes[0]
    assert len(quote.themes) == MAX_PLACED + 50
    assert quote.place_of("themes", "t0") == (17, 11)
    assert quote.place_of("themes", f"t{MAX_PLACED + 10}") is None  # its header is used


def test_an_unknown_parent_gets_the_section_it_starts_and_the_list_of_sections(
    write: WriteFile,
) -> None:
    text = (
        'format = 1\nkind = "plan"\nid = "p"\ntitle = "P"\npublished = 2018-01-01\n'
        '\n[[sections]]\nid = "opvang-en-zorg"\ntitle = "A"\ntext = "x"\n'
        '\n[[sections]]\nid = "b"\ntitle = "B"\ntext = "y"\nparent = "opvang"\n'
    )
    problem = only_error(write("x.toml", text))
    assert problem.message == (
        "parent 'opvang' is not a section of this plan (did you mean 'opvang-en-zorg'?); "
        "its sections are: b, opvang-en-zorg"
    )


def test_a_file_that_does_not_load_still_says_its_kind(write: WriteFile) -> None:
    """So the loader knows a broken themes or plan file (mhbrief.follow_on)."""
    source = parse_file(write("t.toml", 'format = 1\nkind = "themes"\n[themes.a]\nlabel = "A\n'))
    assert (source.document, source.claimed_kind) == (None, "themes")
    source = parse_file(write("p.toml", 'format = 1\nkind = "plan"\nid = "p"\ntitle = 3\n'))
    assert (source.document, source.claimed_kind, source.claimed_id) == (None, "plan", "p")
    source = parse_file(write("x.toml", 'format = 1\nkind = "plannen"\n[x\n'))
    assert source.claimed_kind is None
