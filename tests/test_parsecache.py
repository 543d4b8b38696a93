"""Unchanged files are not parsed again; every kind of change is still seen."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pickle
import shutil
import sqlite3
import time
import tracemalloc
from pathlib import Path

import pytest

from mhbrief import model, parsecache, textstore
from mhbrief.library import Library
from mhbrief.loader import load_collection
from mhbrief.model import Quote
from mhbrief.problems import Severity

FIXTURES = Path(__file__).parent / "fixtures" / "search"
QUOTE = "Elke gemeente moet weten wie slachtoffers opvangt."
#: The same length as QUOTE: a rewrite that keeps the file's size.
SAME_SIZE = "Elke provincie wil weten wie slachtoffers opvangt."
OLD = 10  # seconds: an mtime this old is trusted


def folder(tmp_path: Path, *, age: int = OLD) -> Path:
    root = tmp_path / "briefings"
    shutil.copytree(FIXTURES, root)
    past = time.time() - age
    for path in root.rglob("*.toml"):
        os.utime(path, (past, past))
    return root


def briefing(root: Path) -> Path:
    return root / "briefings" / "centrum-2018.toml"


def load(root: Path, store: Path) -> tuple[int, object]:
    """Parse count and collection of one cached load, the cache saved afterwards."""
    store.mkdir(exist_ok=True)
    collection, cache = parsecache.load_collection(root, store)
    parsecache.save(store, root, cache)
    return cache.parsed, collection


def rewrite(path: Path, old: str, new: str, *, keep_mtime: bool = False) -> None:
    info = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    if keep_mtime:
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size


def quote_text(collection: object) -> str:
    item = collection.get("centrum-2018/gemeente")  # type: ignore[attr-defined]
    return str(item.text)


def test_an_unchanged_folder_is_not_parsed_again_and_loads_the_same(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    parsed, fresh = load(root, store)
    assert parsed == 5
    parsed, cached = load(root, store)
    assert parsed == 0
    assert cached == fresh == load_collection(root)


def test_a_same_size_rewrite_within_the_mtime_tick_is_seen(tmp_path: Path) -> None:
    root, store = folder(tmp_path, age=0), tmp_path / "store"
    load(root, store)
    rewrite(briefing(root), QUOTE, SAME_SIZE, keep_mtime=True)  # same size, same mtime
    parsed, collection = load(root, store)
    assert quote_text(collection) == SAME_SIZE
    assert parsed == 1


def test_a_same_size_rewrite_with_its_old_mtime_put_back_is_seen(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    rewrite(briefing(root), QUOTE, SAME_SIZE, keep_mtime=True)
    _, collection = load(root, store)
    assert quote_text(collection) == SAME_SIZE


def test_a_file_replaced_by_rename_is_seen(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    path = briefing(root)
    info = path.stat()
    new = path.with_name(".new.tmp")
    new.write_text(path.read_text(encoding="utf-8").replace(QUOTE, SAME_SIZE), encoding="utf-8")
    os.utime(new, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(new, path)
    _, collection = load(root, store)
    assert quote_text(collection) == SAME_SIZE


def test_a_file_removed_and_put_back_is_seen_each_time(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    path = briefing(root)
    saved = path.read_text(encoding="utf-8")
    path.unlink()
    _, collection = load(root, store)
    assert collection.get("centrum-2018") is None  # type: ignore[attr-defined]
    path.write_text(saved.replace(QUOTE, SAME_SIZE), encoding="utf-8")
    _, collection = load(root, store)
    assert quote_text(collection) == SAME_SIZE


def test_a_clock_gone_backwards_reads_every_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    reads: list[Path] = []
    real = parsecache.read_capped

    def counting(path: Path) -> bytes:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(parsecache, "read_capped", counting)
    parsed, _ = load(root, store)
    assert (parsed, reads) == (0, [])  # trusted: neither read nor parsed
    back = time.time_ns() - 3600 * 10**9
    monkeypatch.setattr(parsecache.time, "time_ns", lambda: back)
    parsed, _ = load(root, store)
    assert len(reads) == 5  # distrusted: every file read and hashed again
    assert parsed == 0  # the same bytes: parse results reused


def test_a_future_mtime_is_not_trusted(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    future = time.time() + 3600
    os.utime(briefing(root), (future, future))
    load(root, store)
    rewrite(briefing(root), QUOTE, SAME_SIZE, keep_mtime=True)
    _, collection = load(root, store)
    assert quote_text(collection) == SAME_SIZE


def test_cross_file_checks_run_on_cached_files_with_their_lines(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    _, before = load(root, store)
    assert not before.problems  # type: ignore[attr-defined]
    themes = root / "themes.toml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(text.replace("[themes.zorg]", "[themes.verzorging]"), encoding="utf-8")
    parsed, cached = load(root, store)
    assert parsed == 1  # only the themes file
    found = cached.problems  # type: ignore[attr-defined]
    assert found == load_collection(root).problems
    unknown = [(p.path.name, p.line) for p in found if "unknown theme 'zorg'" in p.message]
    assert len(unknown) == 4  # three items and a plan section, each at its own line
    assert all(line for _, line in unknown)


def test_a_cache_others_may_write_is_not_read(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    os.chmod(store / parsecache.CACHE_NAME, 0o666)
    parsed, _ = load(root, store)
    assert parsed == 5


def test_a_damaged_cache_means_parsing_again(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    (store / parsecache.CACHE_NAME).write_bytes(b"\x80\x05garbage")
    parsed, collection = load(root, store)
    assert parsed == 5
    assert quote_text(collection) == QUOTE


def test_library_search_sees_a_racy_rewrite(tmp_path: Path) -> None:
    root = folder(tmp_path, age=0)
    with Library(root, tmp_path / "index") as library:
        library.sync()
        assert library.search("provincie").total == 0
        rewrite(briefing(root), QUOTE, SAME_SIZE, keep_mtime=True)
        library.sync()
        assert library.search("provincie").total == 1


def test_a_reload_stores_only_the_changed_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    store.mkdir()
    _, cache = parsecache.load_collection(root, store)
    parsecache.save(store, root, cache)
    stored: list[str] = []
    real = parsecache._row
    monkeypatch.setattr(parsecache, "_row", lambda k, e: stored.append(k) or real(k, e))
    rewrite(briefing(root), QUOTE, SAME_SIZE)
    collection, cache = parsecache.load_collection(root, store, cache)  # the app's reload
    parsecache.save(store, root, cache)
    assert stored == [str(briefing(root))]
    # What was stored is what the next process reads: the new text, nothing parsed.
    parsed, again = load(root, store)
    assert parsed == 0
    assert again == collection == load_collection(root)


def test_a_store_written_by_other_code_is_replaced_whole(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    _, cache = parsecache.load_collection(root, store)
    rewrite(briefing(root), QUOTE, SAME_SIZE)
    # Meanwhile another mhbrief version (another parser) rewrote the store as its own.
    import sqlite3

    with sqlite3.connect(store / parsecache.CACHE_NAME) as connection:
        connection.execute("UPDATE meta SET value = 'other' WHERE key = 'code'")
    _, cache = parsecache.load_collection(root, store, cache)
    parsecache.save(store, root, cache)
    parsed, again = load(root, store)
    assert parsed == 0  # our rows, every file's, under our code's name
    assert quote_text(again) == SAME_SIZE


def test_items_read_back_share_their_repeated_values(tmp_path: Path) -> None:
    """At 100k items each item held its own copy of its speaker, role, themes and the
    places of its list entries: read back from the cache (one pickle a file) equal
    values are one object again, across files."""
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    _, collection = load(root, store)
    items = list(collection.items())  # type: ignore[attr-defined]
    values: list[object] = []
    for item in items:
        values += [item.themes, *item.themes]
        if isinstance(item, Quote):
            values += [item.briefing_id, item.speaker]
    first: dict[object, object] = {}
    repeated = [v for v in values if first.setdefault(v, v) is not v or values.count(v) > 1]
    assert repeated  # the fixture repeats themes and speakers across files
    assert all(first[v] is v for v in values)
    assert all(item.place_of("themes", item.themes[0]) for item in items if item.themes)


def _long_briefing(root: Path, quotes: int) -> int:
    """A briefing of ``quotes`` long quotes in ``root``; the characters of their texts."""
    sentence = "Elke gemeente moet weten wie slachtoffers van mensenhandel opvangt. "
    entries = []
    for number in range(quotes):
        text = f"{number} " + sentence * 15
        entries.append(
            f'[[quotes]]\nid = "q{number}"\nspeaker = "Anna de Vries"\n'
            f'context = "{sentence * 3}"\ntext = "{text}"\nthemes = ["zorg"]\n'
        )
    head = (
        'format = 1\nkind = "briefing"\nid = "lang"\ntitle = "Lang"\n'
        'published = 2020-01-01\norganisation = "Centrum"\nsource_type = "report"\n\n'
    )
    (root / "briefings" / "lang.toml").write_text(head + "\n".join(entries), encoding="utf-8")
    return quotes * (len(sentence) * 18)


def test_loaded_texts_are_not_held_in_memory_yet_read_back_the_same(tmp_path: Path) -> None:
    """At 100k items the texts, contexts and places of a running app took some 50 MB:
    they live in a private temporary file and are read back when asked for."""
    root, store = folder(tmp_path), tmp_path / "store"
    characters = _long_briefing(root, 300)
    _, fresh = load(root, store)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _, cached = load(root, store)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < characters / 4, (held, characters)
    plain = load_collection(root)
    assert cached == fresh == plain
    for item in plain.items():
        again = cached.get(item.global_id)
        assert again is not None and again.text == item.text
        assert getattr(again, "context", None) == getattr(item, "context", None)
        assert again.places == item.places
    quote = cached.get("lang/q7")
    assert isinstance(quote, Quote) and quote.text.startswith("7 Elke gemeente")
    assert dataclasses.replace(quote, speaker="B").text == quote.text
    assert quote.place_of("themes", "zorg") is not None


def test_with_no_room_for_the_text_store_everything_loads_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textstore, "STORE", textstore.TextStore(str(tmp_path / "gone")))
    monkeypatch.setattr(model, "STORE", textstore.STORE)
    root, store = folder(tmp_path), tmp_path / "store"
    _long_briefing(root, 20)
    load(root, store)
    _, cached = load(root, store)
    assert cached == load_collection(root)
    assert quote_text(cached) == QUOTE


class _Payload:
    """Pickles to a call of ``os.system``: what an attacker would store in the cache."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def test_a_planted_pickle_in_the_cache_runs_nothing_and_is_a_miss(tmp_path: Path) -> None:
    root, store = folder(tmp_path), tmp_path / "store"
    load(root, store)
    marker = tmp_path / "pwned"
    planted = pickle.dumps(_Payload(marker), protocol=pickle.HIGHEST_PROTOCOL)
    with contextlib.closing(sqlite3.connect(store / parsecache.CACHE_NAME)) as connection:
        connection.execute("UPDATE files SET source = ?", (planted,))
        connection.commit()
    parsed, collection = load(root, store)
    assert not marker.exists()
    assert parsed == 5  # refused: parsed again, as with no cache
    assert quote_text(collection) == QUOTE
    assert load(root, store)[0] == 0  # and stored afresh


def test_files_with_problems_come_back_from_the_cache(tmp_path: Path) -> None:
    """The restricted unpickler allows every class a parse result holds: problems too."""
    root, store = folder(tmp_path), tmp_path / "store"
    (root / "broken.toml").write_text('kind = "briefing"\nid = [\n', encoding="utf-8")
    text = briefing(root).read_text(encoding="utf-8")
    briefing(root).write_text(text.replace("\nid = ", "\ndraft = true\nid = ", 1), "utf-8")
    past = time.time() - OLD
    for path in root.rglob("*.toml"):
        os.utime(path, (past, past))
    parsed, fresh = load(root, store)
    assert parsed == 6
    parsed, cached = load(root, store)
    assert parsed == 0
    assert cached == fresh
    severities = {p.severity for p in cached.problems}  # type: ignore[attr-defined]
    assert {Severity.ERROR, Severity.NOTE} <= severities
