"""The briefings shipped in the repository: clean, correctly attributed, verbatim.

These are the files staff read minutes before a press interview, so a misquote,
a missing speaker or a dangling link here is a real failure, not a style issue.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared import CKM_SOURCE_PATH, SHARED_SOURCES

from mhbrief.citation import cite_section
from mhbrief.loader import load_collection
from mhbrief.model import Briefing, Collection, Plan, SectionTexts, Stance

BRIEFINGS = Path(__file__).parents[1] / "briefings"

PLAN_ID = "samen-tegen-mensenhandel"
CKM_ID = "ckm-2018-11-13-mensenhandel-ambitie"
CKM_SOURCE = "ckm-2018-11-13-mensenhandel-ambitie.txt"
# The subheadings of the CKM statement, in the order they appear in it.
CKM_SUBHEADINGS = ("Te weinig innovatie", "Moeilijk te monitoren", "Positieve punten")


def squash(text: str) -> str:
    """Text with every run of whitespace made one space: the only liberty a quote may take."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def collection() -> Collection:
    return load_collection(BRIEFINGS)


@pytest.fixture(scope="module")
def ckm(collection: Collection) -> Briefing:
    briefing = collection.briefings.get(CKM_ID)
    assert briefing is not None, f"briefing {CKM_ID} did not load"
    return briefing


@pytest.fixture(scope="module")
def plan(collection: Collection) -> Plan:
    found = collection.plans.get(PLAN_ID)
    assert found is not None, f"plan {PLAN_ID} did not load"
    return found


@pytest.fixture(scope="module")
def shared_source() -> str:
    path = CKM_SOURCE_PATH  # the shared original, else its archived copy
    if not path.is_file():
        pytest.skip(f"the CKM statement is not present ({path})")
    return path.read_text(encoding="utf-8")


def test_bundled_briefings_load_without_errors_or_warnings(collection: Collection) -> None:
    shown = "\n".join(problem.format() for problem in collection.problems)
    assert collection.problems == (), shown
    assert all(source.loaded for source in collection.files)
    assert collection.unverified == frozenset()
    assert set(collection.briefings) >= {CKM_ID}
    assert set(collection.plans) >= {PLAN_ID}


def test_ckm_briefing_describes_the_statement(ckm: Briefing) -> None:
    assert ckm.organisation == "Centrum tegen Kinderhandel en Mensenhandel"
    assert ckm.organisation_short == "CKM"
    assert ckm.published.isoformat() == "2018-11-13"
    assert ckm.language == "nl"
    assert ckm.responds_to == (PLAN_ID,)
    assert ckm.source_text is not None
    assert (ckm.path.parent / ckm.source_text).is_file()


def test_ckm_quotes_are_by_the_spokesperson_with_role(ckm: Briefing) -> None:
    assert len(ckm.quotes) >= 3
    for quote in ckm.quotes:
        assert quote.speaker == "Shamir Ceuleers", quote.id
        assert quote.role and "woordvoerder" in quote.role.lower(), quote.id


def test_ckm_quote_context_is_the_subheading_it_stood_under(
    ckm: Briefing, shared_source: str
) -> None:
    source = squash(shared_source)
    headings = [(source.index(heading), heading) for heading in CKM_SUBHEADINGS]
    seen = set()
    for quote in ckm.quotes:
        position = source.index(squash(quote.text))
        above = [heading for start, heading in headings if start < position]
        if above:
            assert quote.context == above[-1], quote.id
            seen.add(above[-1])
    # The second and third quote of the statement stood under a subheading.
    assert {"Te weinig innovatie", "Moeilijk te monitoren"} <= seen


def test_every_quote_is_verbatim_in_the_shared_source(ckm: Briefing, shared_source: str) -> None:
    source = squash(shared_source)
    for quote in ckm.quotes:
        assert squash(quote.text) in source, f"{quote.id} is not verbatim: {quote.text!r}"


def test_quote_parts_cover_whole_sentences(ckm: Briefing) -> None:
    """A split quote never starts or ends mid-sentence, so no part is quoted out of shape."""
    for quote in ckm.quotes:
        text = squash(quote.text)
        assert text[0].isupper(), quote.id
        assert re.search(r"[.!?]$", text), quote.id


def test_archived_source_is_a_byte_identical_copy(ckm: Briefing) -> None:
    original = SHARED_SOURCES / CKM_SOURCE
    if not original.is_file():
        pytest.skip(f"shared sources not present ({original})")
    assert ckm.source_text is not None
    archived = ckm.path.parent / ckm.source_text
    assert archived.read_bytes() == original.read_bytes()


def test_plan_has_five_action_lines_and_the_money_section(plan: Plan) -> None:
    numbered = {section.number: section.id for section in plan.sections if section.number}
    assert numbered == {str(n): f"actielijn-{n}" for n in range(1, 6)}
    assert plan.section("financiering") is not None
    assert plan.section("programma") is not None
    assert plan.published.isoformat() == "2018-11-13"


def test_plan_sections_are_marked_as_editor_summaries(plan: Plan) -> None:
    assert plan.summary is not None and "samenvatting" in plan.summary.lower()
    assert plan.section_texts is SectionTexts.SUMMARY
    for section in plan.sections:
        # The citation says whose words they are, once; the text does not repeat it.
        cited = cite_section(section, plan)
        assert cited.startswith("Samenvatting door de redactie, niet de tekst van het plan: ")
        assert cited.lower().count("samenvatting door de redactie") == 1, section.id


def test_unconfirmed_press_figure_is_never_presented_as_official(plan: Plan) -> None:
    paragraphs = [p for s in plan.sections for p in s.text.split("\n\n") if "12 miljoen" in p]
    assert paragraphs, "the NOS figure should be mentioned, marked as a press report"
    for paragraph in paragraphs:
        assert "NOS" in paragraph and "niet officieel bevestigd" in paragraph.lower()


def test_points_have_a_stance_and_answer_a_plan_section(ckm: Briefing) -> None:
    assert ckm.points
    for point in ckm.points:
        assert isinstance(point.stance, Stance), point.id
        assert point.sections, f"{point.id} links to no plan section"
        assert point.themes, f"{point.id} has no theme"
    stances = {point.stance for point in ckm.points}
    assert {Stance.CRITICAL, Stance.POSITIVE} <= stances


def test_every_reference_and_theme_resolves(collection: Collection) -> None:
    for item in collection.items():
        for theme in item.themes:
            assert theme in collection.themes, f"{item.global_id}: unknown theme {theme}"
    for briefing in collection.briefings.values():
        for plan_id in briefing.responds_to:
            assert plan_id in collection.plans, f"{briefing.id}: unknown plan {plan_id}"
        for entry in briefing.items:
            for ref in entry.sections:
                assert collection.section(ref) is not None, f"{entry.global_id}: {ref}"


def test_every_theme_is_used(collection: Collection) -> None:
    used = {theme for item in collection.items() for theme in item.themes}
    assert set(collection.themes) <= used, sorted(set(collection.themes) - used)


def test_format_doc_full_examples_validate_as_written(tmp_path: Path) -> None:
    """The examples in docs/briefing-format.md are a collection staff can copy as is."""
    doc = (Path(__file__).parents[1] / "docs" / "briefing-format.md").read_text(encoding="utf-8")
    examples = doc[doc.index("## Full examples") :]
    examples = examples[: examples.index("\n## ", 1)]
    blocks = re.findall(r"```(?:toml|text)\n(.*?)```", examples, re.DOTALL)
    names = [
        "themes.toml",
        "plans/voorbeeldplan.toml",
        "organisatie/2019-03-02-reactie.toml",
        "sources/2019-03-02-reactie.txt",
    ]
    assert len(blocks) == len(names)
    for name, body in zip(names, blocks, strict=True):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    collection = load_collection(tmp_path)
    assert collection.problems == (), [p.format() for p in collection.problems]
    assert set(collection.themes) == {"digitaal", "financiering", "opvang-en-zorg"}
    assert set(collection.plans) == {"voorbeeldplan"}
    assert set(collection.briefings) == {"voorbeeld-2019-03-02-reactie"}
