"""The verbatim check: each briefing against its source once per change, never stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared import BRIEFING, PLAN, THEMES, WriteFile

from mhbrief import verbatim
from mhbrief.loader import LinkMemo, load_collection


def _aged(path: Path) -> None:
    """Give a file an mtime a minute ago, as a source archived before the reload is."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 60_000_000_000))


def test_an_unchanged_source_is_compared_once_while_the_app_runs(
    write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    source = write("sources/s.txt", "Woordvoerder: ‘Wij missen een digitale aanpak.’\n")
    _aged(source)
    ok = write(
        "ok.toml", BRIEFING.replace("responds_to", 'source_text = "sources/s.txt"\nresponds_to')
    )
    compared: list[str] = []
    real = verbatim._check_file
    monkeypatch.setattr(
        verbatim, "_check_file", lambda b, p, n, r: compared.append(b.id) or real(b, p, n, r)
    )
    memo = LinkMemo()  # what a running app carries from one load to the next
    first = load_collection(ok.parent, memo=memo)
    again = load_collection(ok.parent, memo=memo)  # a reload after another file changed
    assert compared == ["org-2018-stelling"]
    assert first.problems == again.problems == ()

    # The source changes (other size): compared again, and the quote is now not verbatim.
    source.write_text("Woordvoerder: ‘Wij missen een goede digitale aanpak.’\n", encoding="utf-8")
    _aged(source)
    changed = load_collection(ok.parent, memo=memo)
    assert compared == ["org-2018-stelling", "org-2018-stelling"]
    assert changed.unverified == {"org-2018-stelling/q1"}


def test_a_source_written_just_now_is_not_remembered(
    write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    write("sources/s.txt", "Woordvoerder: ‘Wij missen een digitale aanpak.’\n")
    ok = write(
        "ok.toml", BRIEFING.replace("responds_to", 'source_text = "sources/s.txt"\nresponds_to')
    )
    monkeypatch.setattr(verbatim, "RACY_NS", 60_000_000_000)  # "just now": within a minute
    compared: list[str] = []
    real = verbatim._check_file
    monkeypatch.setattr(
        verbatim, "_check_file", lambda b, p, n, r: compared.append(b.id) or real(b, p, n, r)
    )
    memo = LinkMemo()
    load_collection(ok.parent, memo=memo)
    load_collection(ok.parent, memo=memo)
    assert len(compared) == 2
