"""Loading a whole folder: cross-file checks, and broken files never stop the rest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shared import BRIEFING, PLAN, THEMES, WriteFile

from mhbrief.loader import LinkMemo, discover, load_collection, validate_paths


def test_good_folder_loads_with_links_both_ways(good_folder: Path) -> None:
    collection = load_collection(good_folder)
    assert collection.problems == ()
    assert list(collection.briefings) == ["org-2018-stelling"]
    assert list(collection.plans) == ["plan-a"]
    assert set(collection.themes) == {"digitaal", "financiering"}
    quote = collection.get("org-2018-stelling/q1")
    assert quote is not None and quote.sections == ("plan-a/actielijn-1",)
    section = collection.section("plan-a/actielijn-1")
    assert section is not None and section.title == "Basisaanpak"
    assert [i.global_id for i in collection.backlinks("plan-a/actielijn-1.1")] == [
        "org-2018-stelling/p1"
    ]
    assert collection.get("nope/q1") is None


def test_discover_skips_hidden_backups_and_other_files(write: WriteFile) -> None:
    for name in (
        "a.toml",
        "sub/b.toml",
        ".hidden.toml",
        ".git/c.toml",
        "a.toml~",
        ".#a.toml",
        ".a.toml.swp",
        "notes.md",
        "sources/x.txt",
    ):
        write(name, "x")
    root = write("z.TOML", "x").parent
    assert [p.relative_to(root).as_posix() for p in discover(root)] == [
        "a.toml",
        "sub/b.toml",
        "z.TOML",
    ]


def test_broken_files_never_stop_good_ones(good_folder: Path, write: WriteFile) -> None:
    write("broken-syntax.toml", 'format = 1\nkind = "briefing"\nid = \n')
    write("broken-binary.toml", "").write_bytes(b"\x00\x01\x02")
    write(
        "broken-schema.toml",
        BRIEFING.replace('id = "org-2018-stelling"', 'id = "other"').replace(
            'speaker = "Anna de Vries"', 'speakr = "Anna de Vries"'
        ),
    )
    collection = load_collection(good_folder)
    assert list(collection.briefings) == ["org-2018-stelling"]
    assert collection.error_count == 3  # one per file (the typo is not also "missing")
    broken = {f.path.name for f in collection.files if not f.loaded}
    assert broken == {"broken-syntax.toml", "broken-binary.toml", "broken-schema.toml"}


def test_unknown_theme_and_dangling_section_point_at_the_entry(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    path = write(
        "b.toml",
        BRIEFING.replace('themes = ["digitaal"]', 'themes = ["digitale"]').replace(
            '"plan-a/actielijn-1.1"', '"plan-a/actielijn-9"'
        ),
    )
    collection = load_collection(path.parent)
    lines = [p.format(path.parent) for p in collection.problems]
    # At the entry itself (so an editor opens there), not the item's header; a section
    # number differing only in its digits is another section, not a typo.
    assert lines == [
        "b.toml:17:11: error: unknown theme 'digitale' (did you mean 'digitaal'?); "
        "use a theme id from the themes file (digitaal, financiering) or add the theme there",
        "b.toml:25:13: error: unknown plan section 'plan-a/actielijn-9'; "
        "the sections of plan-a are: actielijn-1, actielijn-1.1",
    ]
    # A reference error is reported, but the briefing stays readable.
    assert "org-2018-stelling" in collection.briefings


def test_a_file_that_does_not_load_has_its_links_checked_all_the_same(write: WriteFile) -> None:
    # A new user fixed "missing source_type" only to meet the next layer of errors:
    # every problem of the file is listed at once.
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    path = write(
        "b.toml",
        BRIEFING.replace('source_type = "press-statement"\n', "")
        .replace('themes = ["digitaal"]', 'themes = ["digitale"]')
        .replace('"plan-a/actielijn-1.1"', '"plan-a/actielijn-9"'),
    )
    collection = load_collection(path.parent)
    messages = [p.format(path.parent) for p in collection.problems]
    assert messages[0].startswith("b.toml:1:1: error: missing required key 'source_type'")
    assert any("b.toml:16:11: error: unknown theme 'digitale'" in m for m in messages)
    assert any(
        "b.toml:24:13: error: unknown plan section 'plan-a/actielijn-9'" in m for m in messages
    )
    assert "org-2018-stelling" not in collection.briefings  # still not loaded
    assert len(collection.problems) == 3


def test_unknown_plan_in_responds_to_and_section(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    path = write("b.toml", BRIEFING)
    problems = load_collection(path.parent).problems
    messages = [p.message for p in problems]
    assert "responds_to names unknown plan 'plan-a'" in messages[0]
    written = path.read_text(encoding="utf-8").splitlines()
    assert written[problems[0].line - 1].startswith("responds_to = ")
    assert any("names unknown plan 'plan-a'" in m for m in messages[1:])


def test_duplicate_id_is_reported_at_the_later_file(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    write("a.toml", BRIEFING)
    later = write("b.toml", BRIEFING.replace('title = "Een stelling"', 'title = "Kopie"'))
    aged(later.parent / "a.toml")
    collection = load_collection(later.parent)
    (problem,) = collection.problems
    assert problem.path == later
    assert (problem.line, problem.column) == (3, 1)
    assert problem.message.startswith("duplicate id 'org-2018-stelling': ")
    assert "a.toml:3 already uses it" in problem.message
    assert "give this file its own id" in problem.message
    assert collection.briefings["org-2018-stelling"].title == "Een stelling"


def test_a_copy_that_does_not_load_is_told_of_its_duplicate_id_at_once(
    write: WriteFile,
) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    write("a.toml", BRIEFING)
    broken = BRIEFING.replace('id = "p1"', 'id = "q1"')  # an item id used twice too
    later = write("b.toml", broken)
    aged(later.parent / "a.toml")
    collection = load_collection(later.parent)
    messages = [p.format(later.parent) for p in collection.problems]
    assert any("duplicate item id 'q1'" in m for m in messages), messages
    duplicate = "b.toml: error: duplicate id 'org-2018-stelling': a.toml:3 already uses it"
    assert any(m.startswith(duplicate) for m in messages), messages
    assert collection.briefings["org-2018-stelling"].path.name == "a.toml"


def test_a_copy_made_as_a_template_never_takes_over_its_original(write: WriteFile) -> None:
    """A copy that sorts before the original and was forgotten to get its own id is
    the one refused: the original keeps its id, and the error is the copy's."""
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    original = write("zz/stelling.toml", BRIEFING)
    aged(original)
    copy = write("aa/kopie.toml", BRIEFING.replace('title = "Een stelling"', 'title = "Kopie"'))
    collection = load_collection(copy.parent.parent)
    assert collection.briefings["org-2018-stelling"].title == "Een stelling"
    (problem,) = collection.problems
    assert problem.path == copy and "zz/stelling.toml:3 already uses it" in problem.message


def test_the_file_named_after_the_id_keeps_it_though_it_changed_later(
    write: WriteFile,
) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    copy = write("aa-kopie.toml", BRIEFING.replace('title = "Een stelling"', 'title = "Kopie"'))
    aged(copy)  # the original was edited after the copy was made
    original = write("2018-stelling.toml", BRIEFING)
    collection = load_collection(original.parent)
    assert collection.briefings["org-2018-stelling"].title == "Een stelling"
    assert [p.path for p in collection.problems] == [copy]


def test_the_file_that_held_the_id_in_the_last_load_keeps_it(write: WriteFile) -> None:
    """A running app: the briefing it showed keeps its id when a copy appears, whatever
    the copy's name or time."""
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    original = write("b.toml", BRIEFING)
    memo = LinkMemo()
    load_collection(original.parent, memo=memo)
    copy = write(
        "2018-stelling.toml", BRIEFING.replace('title = "Een stelling"', 'title = "Kopie"')
    )
    aged(copy)
    collection = load_collection(original.parent, memo=memo)
    assert collection.briefings["org-2018-stelling"].title == "Een stelling"
    assert [p.path for p in collection.problems] == [copy]


def test_plan_and_briefing_ids_share_one_namespace(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    write("a-plan.toml", PLAN)
    later = write("b.toml", BRIEFING.replace('id = "org-2018-stelling"', 'id = "plan-a"'))
    (problem,) = [p for p in load_collection(later.parent).problems if "duplicate" in p.message]
    assert problem.path == later


def test_theme_defined_twice(write: WriteFile) -> None:
    write("a-themes.toml", THEMES)
    later = write(
        "b-themes.toml", 'format = 1\nkind = "themes"\n\n[themes.digitaal]\nlabel = "D"\n'
    )
    (problem,) = load_collection(later.parent).problems
    assert problem.path == later and problem.line == 4
    assert "duplicate theme 'digitaal': already defined in" in problem.message


def test_validate_paths_reports_only_those_files(good_folder: Path, write: WriteFile) -> None:
    bad = write("bad.toml", 'format = 1\nkind = "plan"\n')
    collection = load_collection(good_folder)
    assert validate_paths(collection, [good_folder / "briefing.toml"]) == []
    assert [p.path for p in validate_paths(collection, [bad])] == [bad, bad, bad]

    outside = good_folder.parent / "draft.toml"
    outside.write_text(
        BRIEFING.replace('id = "org-2018-stelling"', 'id = "draft"').replace(
            '"digitaal"', '"digitalee"'
        ),
        encoding="utf-8",
    )
    (problem,) = validate_paths(collection, [outside])
    assert "unknown theme 'digitalee'" in problem.message


def test_verbatim_check_warns_with_the_first_differing_words(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    write("sources/s.txt", "Intro.\nWoordvoerder: ‘Wij missen een digitale   aanpak.’\n")
    ok = write(
        "ok.toml", BRIEFING.replace("responds_to", 'source_text = "sources/s.txt"\nresponds_to')
    )
    collection = load_collection(ok.parent)
    assert collection.problems == ()
    assert collection.unverified == frozenset()

    ok.write_text(
        BRIEFING.replace("responds_to", 'source_text = "sources/s.txt"\nresponds_to').replace(
            "een digitale aanpak", "een goede digitale aanpak"
        ),
        encoding="utf-8",
    )
    collection = load_collection(ok.parent)
    (problem,) = collection.problems
    assert not problem.is_error
    assert problem.line == 13
    assert "after 'Wij missen een' the quote has 'goede digitale aanpak.'" in problem.message
    assert collection.unverified == {"org-2018-stelling/q1"}


def test_missing_source_text_is_a_warning(write: WriteFile) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    path = write("b.toml", BRIEFING.replace("responds_to", 'source_text = "gone.txt"\nresponds_to'))
    (problem,) = load_collection(path.parent).problems
    assert not problem.is_error and "source_text 'gone.txt' not found" in problem.message


def test_a_source_not_found_says_where_it_is_when_the_briefing_was_moved_down(
    write: WriteFile,
) -> None:
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    write("sources/src.txt", "Wij zien een taak.\n")
    text = BRIEFING.replace("responds_to", 'source_text = "sources/src.txt"\nresponds_to')
    path = write("ckm/2018/b.toml", text)  # imported at the top, then moved two folders down
    root = path.parent.parent.parent
    (problem,) = load_collection(root).problems
    assert "source_text 'sources/src.txt' not found" in problem.message
    assert 'write source_text = "../../sources/src.txt"' in problem.message
    (root / "sources" / "src.txt").unlink()  # nowhere: no path offered
    write("sources/other.txt", "x")
    (problem,) = load_collection(root).problems
    assert problem.message.startswith("source_text 'sources/src.txt' not found;"), problem.message


def test_hostile_file_name_is_sanitised(write: WriteFile) -> None:
    path = write("evil\x1b[2J.toml", "format = 1\n")
    (problem,) = load_collection(path.parent).problems
    assert "\x1b" not in problem.format()


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    collection = load_collection(tmp_path / "nope")
    assert collection.error_count == 1


def test_an_unknown_theme_in_a_list_over_several_lines_is_reported_at_its_own_line(
    write: WriteFile,
) -> None:
    write("themes.toml", THEMES)
    plan = PLAN.replace('themes = ["digitaal"]', 'themes = [\n  "digitaal",\n  "financieel",\n]')
    path = write("plan.toml", plan)
    [problem] = load_collection(path.parent).problems
    assert (problem.line, problem.column) == (14, 3)
    assert problem.message.startswith("unknown theme 'financieel' (did you mean 'financiering'?)")


def test_a_section_did_you_mean_compares_section_ids_not_the_shared_plan_id(
    write: WriteFile,
) -> None:
    write("themes.toml", THEMES)
    long_plan = PLAN.replace('id = "plan-a"', 'id = "samen-tegen-mensenhandel"')
    long_plan = long_plan.replace('id = "actielijn-1.1"', 'id = "financiering"')
    long_plan = long_plan.replace('parent = "actielijn-1"\n', "")
    write("plan.toml", long_plan)
    text = (
        BRIEFING.replace('responds_to = ["plan-a"]', "")
        .replace('"plan-a/actielijn-1"', '"samen-tegen-mensenhandel/actielijn-9"')
        .replace('"plan-a/actielijn-1.1"', '"samen-tegen-mensenhandel/financiring"')
    )
    path = write("b.toml", text)
    messages = [p.message for p in load_collection(path.parent).problems]
    listed = "; the sections of samen-tegen-mensenhandel are: actielijn-1, financiering"
    assert f"unknown plan section 'samen-tegen-mensenhandel/actielijn-9'{listed}" in messages
    assert (
        "unknown plan section 'samen-tegen-mensenhandel/financiring' "
        f"(did you mean 'samen-tegen-mensenhandel/financiering'?){listed}"
    ) in messages


def test_an_unknown_id_gets_the_known_id_it_starts_and_the_list_when_there_are_few(
    write: WriteFile,
) -> None:
    themes = THEMES + '\n[themes.opvang-en-zorg]\nlabel = "Opvang en zorg"\n'
    write("themes.toml", themes)
    write("plan.toml", PLAN)
    text = BRIEFING.replace('themes = ["digitaal"]', 'themes = ["opvang"]').replace(
        '"plan-a/actielijn-1.1"', '"plan-a/actie"'
    )
    path = write("b.toml", text)
    messages = [p.message for p in load_collection(path.parent).problems]
    assert messages == [
        "unknown theme 'opvang' (did you mean 'opvang-en-zorg'?); use a theme id from the "
        "themes file (digitaal, financiering, opvang-en-zorg) or add the theme there",
        # two sections start with it: no guess, but both are listed
        "unknown plan section 'plan-a/actie'; the sections of plan-a are: "
        "actielijn-1, actielijn-1.1",
    ]


def test_many_known_ids_are_not_listed(write: WriteFile) -> None:
    many = "".join(f'\n[themes.thema-{n}]\nlabel = "Thema {n}"\n' for n in range(20))
    write("themes.toml", THEMES + many)
    write("plan.toml", PLAN)
    path = write("b.toml", BRIEFING.replace('themes = ["digitaal"]', 'themes = ["opvang"]'))
    [problem] = load_collection(path.parent).problems
    assert problem.message == (
        "unknown theme 'opvang'; use a theme id from the themes file or add the theme there"
    )


def test_a_reload_rechecks_only_what_changed_and_finds_what_a_fresh_load_finds(
    good_folder: Path, write: WriteFile
) -> None:
    """A running app carries a LinkMemo between loads: a document whose cross-file facts
    did not change keeps its results, every change still gives a fresh load's problems."""
    other = BRIEFING.replace('id = "org-2018-stelling"', 'id = "org-2019-ander"')
    write("b2.toml", other)
    memo = LinkMemo()

    def reload() -> tuple[int, list[str]]:
        collection = load_collection(good_folder, memo=memo)
        assert collection == load_collection(good_folder)  # the same as without the memo
        return memo.checked, [p.format(good_folder) for p in collection.problems]

    assert reload() == (3, [])  # the plan and both briefings
    assert reload() == (0, [])
    # One briefing edited: only it is checked again.
    write("b2.toml", other.replace('themes = ["digitaal"]', 'themes = ["digitale"]'))
    checked, problems = reload()
    assert checked == 1
    assert [p.split(": error: ")[0] for p in problems] == ["b2.toml:17:11"]
    # A theme gone: every document that may name it is checked again, each at its line.
    write("themes.toml", THEMES.replace("[themes.financiering]", "[themes.geld]"))
    checked, problems = reload()
    assert checked == 3
    assert [p.split(": error: ")[0] for p in problems] == [
        "b2.toml:17:11",
        "b2.toml:24:11",
        "briefing.toml:24:11",
    ]
    # A plan gone: the briefings that respond to it say so.
    (good_folder / "plans" / "plan-a.toml").unlink()
    checked, problems = reload()
    assert checked == 2
    assert sum("responds_to names unknown plan 'plan-a'" in p for p in problems) == 2
    # A briefing superseded by one that then disappears.
    write(
        "b3.toml",
        other.replace('"org-2019-ander"', '"c"').replace(
            "responds_to", 'status = "superseded"\nsuperseded_by = "org-2019-ander"\nresponds_to'
        ),
    )
    assert not any("superseded_by" in p for p in reload()[1])
    (good_folder / "b2.toml").unlink()
    checked, problems = reload()
    assert any("superseded_by names unknown briefing 'org-2019-ander'" in p for p in problems)


def aged(path: Path) -> None:
    """Make ``path`` look written an hour ago."""
    stamp = path.stat().st_mtime - 3600
    os.utime(path, (stamp, stamp))


def test_duplicate_messages_name_the_other_file_as_in_the_briefings_folder(
    write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As F8 shows every path: relative to the briefings folder, not to where mhbrief runs.
    write("themes.toml", THEMES)
    write("plan.toml", PLAN)
    original = write("b/t/one.toml", BRIEFING)
    aged(original)
    write("b/t/dup.toml", BRIEFING.replace('title = "Een stelling"', 'title = "Kopie"'))
    write("b/t/themes.toml", 'format = 1\nkind = "themes"\n\n[themes.digitaal]\nlabel = "D"\n')
    root = original.parents[2]
    monkeypatch.chdir(root.parent.parent)  # the current folder is two levels up
    messages = sorted(p.message for p in load_collection(root).problems)
    assert messages[0].startswith("duplicate id 'org-2018-stelling': b/t/one.toml:3 already")
    assert (
        messages[1]
        == "duplicate theme 'digitaal': already defined in b/t/themes.toml:4; define it once"
    )
    assert not any(root.name in m for m in messages)
