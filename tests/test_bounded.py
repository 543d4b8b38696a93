"""Every file costs bounded time and memory, however it is written.

A header plus one dotted key of 100,000 parts made ``validate`` grow to 24 GB:
tomllib and the position scanner both grew with the square of a key's length.
Now the scanner is linear and runs first, and a key of more than 64 parts or a
file of more than 50,000 keys is an error naming the line.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from mhbrief.format import parse_file
from mhbrief.toml_positions import MAX_KEY_PARTS, MAX_KEYS, scan

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_hostile

HEAD = bench_hostile.HEAD
HEAD_LINES = HEAD.count("\n")


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "b.toml"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    source = parse_file(path)
    assert time.perf_counter() - started < 2
    return [p.format() for p in source.problems if p.is_error]


@pytest.mark.parametrize(
    "shape",
    [
        "x" + ".a" * 100_000 + " = 1",
        "[" + ".".join(["a"] * 100_000) + "]",
        "[[" + ".".join(["a"] * 100_000) + "]]",
        "x = {" + ".".join(["a"] * 100_000) + " = 1}",
        'x = [{a = 1}, {"b"' + ".b" * 100_000 + " = 2}]",
    ],
    ids=["dotted key", "header", "array header", "inline table", "inline in array"],
)
def test_a_key_of_100k_parts_is_an_error_naming_its_line(tmp_path: Path, shape: str) -> None:
    (problem,) = errors(tmp_path, HEAD + "\n" + shape + "\n")
    assert problem.endswith(
        f"b.toml:{HEAD_LINES + 2}:1: error: a key of more than {MAX_KEY_PARTS} dotted parts; "
        "use fewer nested tables"
    )


def test_64_parts_are_allowed_and_65_are_not(tmp_path: Path) -> None:
    ok = HEAD + "x" + ".a" * (MAX_KEY_PARTS - 1) + " = 1\n"
    assert all("dotted parts" not in e for e in errors(tmp_path, ok))
    too_long = HEAD + "x" + ".a" * MAX_KEY_PARTS + " = 1\n"
    assert any("more than 64 dotted parts" in e for e in errors(tmp_path, too_long))


def test_more_than_50000_keys_is_an_error_naming_the_line(tmp_path: Path) -> None:
    keys = [f"k{n} = 1\n" for n in range(MAX_KEYS + 10)]
    (problem,) = errors(tmp_path, HEAD + "".join(keys))
    # The head holds 8 keys: key number 50,001 is on this line.
    assert f"b.toml:{MAX_KEYS + 1}:1: error: more than 50,000 keys in one file" in problem


def test_the_scanner_is_linear(tmp_path: Path) -> None:
    def cost(n: int) -> float:
        text = HEAD + "".join(f"[t{i}]\nk{i}.a = 1\n" for i in range(n))
        started = time.perf_counter()
        scan(text)
        return time.perf_counter() - started

    cost(1000)
    small, large = cost(2000), cost(16000)  # 48,000 keys: just under the limit
    assert large < 8 * small * 2.5  # 8x the input: about 8x the time, never 64x


#: The worst shapes of bench/bench_hostile.py, each near the 2 MiB cap.
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
]


@pytest.mark.parametrize("shape", WORST)
def test_a_hostile_file_validates_in_under_5_s_and_200_mb(shape: str) -> None:
    row = bench_hostile.measure(shape, bench_hostile.SHAPES[shape](), timeout=30)
    assert row["seconds"] is not None, row
    assert row["seconds"] < 5, row
    assert row["peak_mb"] is not None and row["peak_mb"] < 200, row
    assert row["errors"] >= 1 or shape == "one huge quote text"


def test_an_app_reloading_a_hostile_file_stays_small(tmp_path: Path) -> None:
    """What live reload does (Library.sync), in a child process that measures itself."""
    row = bench_hostile.measure(
        "reload", bench_hostile.SHAPES["dotted key, 100k parts"](), timeout=30, reload=True
    )
    assert row["seconds"] is not None, row
    assert row["seconds"] < 5 and row["peak_mb"] is not None and row["peak_mb"] < 200, row
