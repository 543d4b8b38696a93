"""An id two files use stays with the file that had it, also while that file is broken.

Staff copy a briefing to start a new one and may save the copy before changing its id.
If the original then breaks for a moment (a typo while editing), the copy must not take
its id over, neither then nor after the fix; and what a copy once indexed under the id
must not stay found under it.
"""

from __future__ import annotations

import os
from pathlib import Path

from shared import BRIEFING, PLAN, THEMES, WriteFile

from mhbrief.format import parse_file
from mhbrief.library import Library
from mhbrief.loader import LinkMemo, load_collection

COPY = (
    BRIEFING.replace('title = "Een stelling"', 'title = "Kopie"')
    .replace("Wij missen een digitale aanpak.", "Een heel ander citaat onder hetzelfde id.")
    .replace('id = "q1"', 'id = "q9"')  # an item the original does not have
)
#: The original with a stray quotation mark: a TOML syntax error below its id.
TYPO = BRIEFING.replace('title = "Een stelling"', 'title = "Een stelling" extra"')


def newer(path: Path, text: str) -> None:
    """Rewrite ``path`` as edited now, later than any other file."""
    path.write_text(text, encoding="utf-8")
    stamp = path.stat().st_mtime + 3600
    os.utime(path, (stamp, stamp))


def older(path: Path) -> None:
    stamp = path.stat().st_mtime - 3600
    os.utime(path, (stamp, stamp))


def folder_with_copy(write: WriteFile) -> tuple[Path, Path]:
    """The original (named for nothing) and a copy made later with the same id."""
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    original = write("zz/origineel.toml", BRIEFING)
    older(original)
    copy = write("aa/kopie.toml", COPY)
    return original, copy


def test_a_broken_file_still_claims_the_id_it_declares(write: WriteFile) -> None:
    broken = write("b.toml", TYPO)
    source = parse_file(broken)
    assert source.document is None and source.claimed_id == "org-2018-stelling"
    missing_key = write("c.toml", BRIEFING.replace('title = "Een stelling"\n', ""))
    assert parse_file(missing_key).claimed_id == "org-2018-stelling"
    assert parse_file(write("d.toml", BRIEFING)).claimed_id is None  # it loads
    assert parse_file(write("e.toml", "format = 1\n[quotes\nid = 'x'\n")).claimed_id is None


def test_the_copy_never_takes_the_id_while_the_original_is_broken(write: WriteFile) -> None:
    """A running app: the original breaks, then is fixed, after the copy appeared."""
    original, copy = folder_with_copy(write)
    memo = LinkMemo()
    root = original.parent.parent
    assert load_collection(root, memo=memo).briefings["org-2018-stelling"].title == "Een stelling"

    newer(original, TYPO)
    broken = load_collection(root, memo=memo)
    assert "org-2018-stelling" not in broken.briefings  # the copy is not shown instead
    (refused,) = [p for p in broken.problems if p.path == copy]
    assert "zz/origineel.toml" in refused.message and "has errors now" in refused.message

    newer(original, BRIEFING)  # fixed: edited last of all, and named for nothing
    fixed = load_collection(root, memo=memo)
    assert fixed.briefings["org-2018-stelling"].title == "Een stelling"
    assert [p.path for p in fixed.problems] == [copy]


def test_one_command_after_another_remembers_who_kept_the_id(tmp_path: Path) -> None:
    """The CLI: each command a new process, the holder stored with the parse cache."""
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "themes.toml").write_text(THEMES, encoding="utf-8")
    (root / "plan.toml").write_text(PLAN, encoding="utf-8")
    original = root / "zz" / "origineel.toml"
    original.parent.mkdir()
    original.write_text(BRIEFING, encoding="utf-8")
    older(original)
    (root / "aa").mkdir()
    (root / "aa" / "kopie.toml").write_text(COPY, encoding="utf-8")

    def command() -> tuple[str | None, list[str]]:
        with Library(root, tmp_path / "index") as library:
            library.sync()
            found = library.search("citaat OR digitale", limit=10)
            briefing = library.collection.briefings.get("org-2018-stelling")
            return (briefing.title if briefing else None), [h.text for h in found.hits]

    assert command()[0] == "Een stelling"
    newer(original, TYPO)
    title, texts = command()
    assert title is None
    assert texts == ["Wij missen een digitale aanpak."]  # its last good version, not the copy
    newer(original, BRIEFING)
    title, texts = command()
    assert title == "Een stelling"
    assert texts == ["Wij missen een digitale aanpak."]


def test_what_a_refused_copy_once_indexed_is_found_no_more(tmp_path: Path) -> None:
    """An index written while a copy was alone with the id; then the original comes back
    (restored, named for the id): once it keeps the id, the copy's items are not found
    under it."""
    root = tmp_path / "briefings"
    root.mkdir()
    (root / "themes.toml").write_text(THEMES, encoding="utf-8")
    (root / "plan.toml").write_text(PLAN, encoding="utf-8")
    copy = root / "kopie.toml"
    copy.write_text(COPY, encoding="utf-8")
    with Library(root, tmp_path / "index") as library:
        library.sync()
        assert library.search("ander citaat", limit=5).total == 1
    (root / "2018-stelling.toml").write_text(BRIEFING, encoding="utf-8")
    with Library(root, tmp_path / "index") as library:
        library.sync()
        assert library.search("ander citaat", limit=5).total == 0
        hits = library.search("digitale aanpak", limit=5).hits
        assert [h.text for h in hits] == ["Wij missen een digitale aanpak."]
        assert any(p.path == copy for p in library.collection.problems)
