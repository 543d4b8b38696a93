"""Key positions survive the TOML a person actually writes."""

from __future__ import annotations

import tomllib

from mhbrief.toml_positions import scan

DOC = '''\
# comment [[quotes]]
format = 1
title = """A multi-line string
[[quotes]]
id = "not a key"
"""
literal = \'\'\'also [x] = 1\'\'\'
list = [
  "a", # ] tricky comment
  { inline = "t" },
]
"quoted key" = "v"
dotted.inner = 2

[[quotes]]
id = "q1"
text = "escaped \\" quote = no key"

[[quotes]]
id = "q2"

[quotes.extra]
deep = 1

[themes.digitaal]
label = "D"
'''


def test_positions_of_keys_headers_and_nested_tables() -> None:
    tomllib.loads(DOC)  # the scanner only runs on documents tomllib accepted
    positions = scan(DOC).positions
    assert positions[("format",)] == (2, 1)
    assert positions[("title",)] == (3, 1)
    assert positions[("literal",)] == (7, 1)
    assert positions[("list",)] == (8, 1)
    assert positions[("quoted key",)] == (12, 1)
    assert positions[("dotted", "inner")] == (13, 1)
    assert positions[("quotes", 0)] == (15, 1)
    assert positions[("quotes", 0, "text")] == (17, 1)
    assert positions[("quotes", 1, "id")] == (20, 1)
    assert positions[("quotes", 1, "extra", "deep")] == (23, 1)
    assert positions[("themes", "digitaal", "label")] == (26, 1)
    assert ("id",) not in positions  # the "id" inside the multi-line string is text


def test_locate_falls_back_to_the_enclosing_header() -> None:
    where = scan(DOC)
    assert where.locate(("quotes", 1, "speaker")) == (19, 1)
    assert where.locate(("nothing",)) is None


def test_a_key_named_only_inside_a_dotted_header_is_found_at_that_header() -> None:
    text = 'format = 1\nkind = "themes"\n\n[theme.digitaal]\nlabel = "D"\n\n[theme.zorg]\n'
    where = scan(text)
    assert where.locate(("theme",)) == (4, 1)
