"""Every file costs bounded work and memory, however it is written.

A header plus one dotted key of 100,000 parts made ``validate`` grow to 24 GB:
tomllib and the position scanner both grew with the square of a key's length.
Now the scanner is linear and runs first, and a key of more than 64 parts or a
file of more than 50,000 keys is an error naming the line.

What is asserted, never by a clock (issue 25; ``bench/bench_hostile.py`` measures the
time): the error and its line; that such a file never reaches tomllib; the lines of
code the scanner and the loader run (the same for a key of 100,000 parts as for one of
1,000, and growing linearly: at most ``LINEAR`` times at four times the input); and, in
a child process, the peak memory of the worst shapes near the 2 MiB cap, with a hang
guard (a child that does not finish in ``HUNG`` seconds fails the test).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile_files import HEAD, PLAN, SHAPES, THEMES, measure, plan_chain
from work_count import LINEAR, lines_run

import mhbrief
from mhbrief import format as format_module
from mhbrief import toml_positions
from mhbrief.format import parse_file
from mhbrief.loader import load_collection
from mhbrief.toml_positions import MAX_KEY_PARTS, MAX_KEYS, ScanLimit, scan

HEAD_LINES = HEAD.count("\n")
#: Seconds a child process may take before it counts as hung: not a speed claim (the
#: shapes take a few seconds; the quadratic versions took minutes, or were killed).
HUNG = 60


@pytest.fixture
def tomllib_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts ``parse_file`` handed to tomllib (whose cost grows with the square
    of a dotted key's length)."""
    read: list[str] = []
    original = format_module.parse_toml

    def recording(path: Path, text: str) -> object:
        read.append(text)
        return original(path, text)

    monkeypatch.setattr(format_module, "parse_toml", recording)
    yield read


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "b.toml"
    path.write_text(text, encoding="utf-8")
    source = parse_file(path)
    return [p.format() for p in source.problems if p.is_error]


def scanned(text: str) -> int:
    """Lines of the scanner run on ``text``, to its end or to the limit it stops at."""

    def run() -> None:
        with contextlib.suppress(ScanLimit):
            scan(text)

    return lines_run(toml_positions, run)[1]


#: A key of n parts, in each place a key can stand.
LONG_KEYS: dict[str, Callable[[int], str]] = {
    "dotted key": lambda n: "x" + ".a" * n + " = 1",
    "header": lambda n: "[" + ".".join(["a"] * n) + "]",
    "array header": lambda n: "[[" + ".".join(["a"] * n) + "]]",
    "inline table": lambda n: "x = {" + ".".join(["a"] * n) + " = 1}",
    "inline in array": lambda n: 'x = [{a = 1}, {"b"' + ".b" * n + " = 2}]",
}


@pytest.mark.parametrize("key", LONG_KEYS.values(), ids=LONG_KEYS.keys())
def test_a_key_of_100k_parts_is_an_error_naming_its_line_before_tomllib(
    tmp_path: Path, key: Callable[[int], str], tomllib_read: list[str]
) -> None:
    (problem,) = errors(tmp_path, HEAD + "\n" + key(100_000) + "\n")
    assert problem.endswith(
        f"b.toml:{HEAD_LINES + 2}:1: error: a key of more than {MAX_KEY_PARTS} dotted parts; "
        "use fewer nested tables"
    )
    assert tomllib_read == []


@pytest.mark.parametrize("key", LONG_KEYS.values(), ids=LONG_KEYS.keys())
def test_the_scanner_stops_reading_a_long_key_at_the_limit(key: Callable[[int], str]) -> None:
    """No step per part beyond the 64th: 100,000 parts cost what 1,000 do."""
    assert scanned(HEAD + "\n" + key(100_000) + "\n") == scanned(HEAD + "\n" + key(1_000) + "\n")


def test_64_parts_are_allowed_and_65_are_not(tmp_path: Path) -> None:
    ok = HEAD + "x" + ".a" * (MAX_KEY_PARTS - 1) + " = 1\n"
    assert all("dotted parts" not in e for e in errors(tmp_path, ok))
    too_long = HEAD + "x" + ".a" * MAX_KEY_PARTS + " = 1\n"
    assert any("more than 64 dotted parts" in e for e in errors(tmp_path, too_long))


def test_more_than_50000_keys_is_an_error_naming_the_line_before_tomllib(
    tmp_path: Path, tomllib_read: list[str]
) -> None:
    keys = [f"k{n} = 1\n" for n in range(MAX_KEYS + 10)]
    (problem,) = errors(tmp_path, HEAD + "".join(keys))
    # The head holds 8 keys: key number 50,001 is on this line.
    assert f"b.toml:{MAX_KEYS + 1}:1: error: more than 50,000 keys in one file" in problem
    assert tomllib_read == []


def tables(n: int) -> str:
    """``n`` tables of one two-part key each: three keys a table."""
    return HEAD + "".join(f"[t{i}]\nk{i}.a = 1\n" for i in range(n))


def test_the_scanner_places_the_most_keys_a_file_may_have_in_linear_work() -> None:
    where = scan(tables(16_000))  # 48,000 keys
    assert where.locate(("t15999", "k15999", "a")) == (HEAD_LINES + 32_000, 1)
    assert scanned(tables(8_000)) < LINEAR * scanned(tables(2_000))


#: Files of n units that once cost the square of n in the cross-file checks.
GROWING: dict[str, Callable[[int], str]] = {
    "points with unknown refs": lambda n: (
        HEAD
        + "".join(
            f'[[points]]\nid = "p{i}"\nstance = "critical"\ntext = "t"\nthemes = ["x{i}"]\n'
            f'sections = ["p/x{i}"]\nresponds_to = ["q{i}"]\n'
            for i in range(n)
        )
    ),
    "sections in one parent chain": lambda n: (
        PLAN.split("[[sections]]")[0] + "".join(plan_chain(i) for i in range(n))
    ),
    "sections with unknown parents": lambda n: (
        PLAN.split("[[sections]]")[0]
        + "".join(
            f'[[sections]]\nid = "c{i}"\ntitle = "S"\ntext = "t"\nparent = "x{i}"\n'
            for i in range(n)
        )
    ),
    "one list of distinct themes": lambda n: (
        HEAD
        + '[[points]]\nid = "p"\nstance = "critical"\ntext = "t"\nthemes = ['
        + ",".join(f'"t{i}"' for i in range(n * 40))
        + "]\n"
    ),
}


@pytest.mark.parametrize("shape", GROWING)
def test_loading_a_growing_hostile_file_runs_linear_work(tmp_path: Path, shape: str) -> None:
    def lines_loading(n: int) -> int:
        folder = tmp_path / f"briefings-{n}"
        folder.mkdir()
        (folder / "themes.toml").write_text(THEMES, encoding="utf-8")
        text = GROWING[shape](n)
        if 'kind = "plan"' not in text:
            (folder / "plan.toml").write_text(PLAN, encoding="utf-8")
        (folder / "hostile.toml").write_text(text, encoding="utf-8")
        collection, lines = lines_run(mhbrief, lambda: load_collection(folder))
        assert "hostile.toml" in [f.path.name for f in collection.files]
        assert collection.error_count >= 1 or "chain" in shape  # a valid chain, but deep
        return lines

    assert lines_loading(1_200) < LINEAR * lines_loading(300)


#: The worst shapes of the bench (tests/hostile_files.py), each near the 2 MiB cap.
WORST = [
    "dotted key, 100k parts",
    "64-part keys to the cap",
    "64-part headers to the cap",
    "49,999 unknown keys",
    "one list of distinct themes",
    "12k points with unknown refs",
    "12k sections with unknown parents",
    "quoted keys with escapes",
    "nested arrays",
    "long quote almost in a 2 MiB source",
    "5,000 quotes not in a 2 MiB source",
]


def measured(name: str, text: str, *, reload: bool = False) -> dict[str, object]:
    """``measure``'s row, failing the test if the child hung or failed."""
    row = measure(name, text, timeout=HUNG, reload=reload)
    assert row.get("note") != "timed out", f"{name}: did not finish in {HUNG} s: hung"
    assert row["peak_mb"] is not None, row  # the child failed: the note holds its stderr
    return row


@pytest.mark.parametrize("shape", WORST)
def test_a_hostile_file_validates_under_200_mb(shape: str) -> None:
    row = measured(shape, SHAPES[shape]())
    assert isinstance(row["peak_mb"], float) and row["peak_mb"] < 200, row
    assert isinstance(row["errors"], int)
    assert row["errors"] >= 1 or "source" in shape  # those only warn


def test_an_app_reloading_a_hostile_file_stays_small(tmp_path: Path) -> None:
    """What live reload does (Library.sync), in a child process that measures itself."""
    row = measured("reload", SHAPES["dotted key, 100k parts"](), reload=True)
    assert isinstance(row["peak_mb"], float) and row["peak_mb"] < 200, row


def test_quotes_left_unchecked_by_the_time_budget_are_said_and_marked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mhbrief import verbatim
    from mhbrief.loader import load_collection

    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "themes.toml").write_text(THEMES, encoding="utf-8")
    (folder / "s.txt").write_text("een twee drie vier", encoding="utf-8")
    head = HEAD.replace('language = "nl"\n', 'language = "nl"\nsource_text = "s.txt"\n')
    quotes = "".join(
        f'[[quotes]]\nid = "q{n}"\nspeaker = "S"\ntext = "twee drie"\n' for n in range(3)
    )
    (folder / "b.toml").write_text(head + quotes, encoding="utf-8")
    assert load_collection(folder).unverified == frozenset()
    monkeypatch.setattr(verbatim, "BUDGET_SECONDS", -1.0)
    collection = load_collection(folder)
    assert collection.unverified == {"b/q0", "b/q1", "b/q2"}
    (problem,) = collection.problems
    assert problem.line == HEAD_LINES + 1
    assert "3 of 3 quotes were not checked against s.txt: checking took too long" in (
        problem.message
    )
