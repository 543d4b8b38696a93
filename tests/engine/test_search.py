"""Query features over the Dutch/English fixture collection, as a user sees them."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from whoosh import query as wq

from mhbrief.engine import search
from mhbrief.engine.query import parse
from mhbrief.highlight import attributed, fragments, highlight_text, own_text
from mhbrief.library import Library
from mhbrief.model import Kind, Stance
from mhbrief.results import Highlight, SearchResponse, Sort

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    base = tmp_path_factory.mktemp("search")
    shutil.copytree(FIXTURES, base / "briefings")
    lib = Library(base / "briefings", base / "index")
    report = lib.sync()
    assert not report.stale
    yield lib
    lib.close()


def ids(response: SearchResponse) -> set[str]:
    return {hit.id for hit in response.hits}


def test_singular_query_finds_plural_text_and_back(library: Library) -> None:
    assert "plan-veilig/actielijn-1" in ids(library.search("gemeente"))
    assert "centrum-2018/gemeente" in ids(library.search("gemeenten"))
    assert "centrum-2021/klanten" in ids(library.search("klant"))
    assert "centrum-2018/klant" in ids(library.search("klanten"))


def test_english_documents_are_stemmed_in_english(library: Library) -> None:
    assert "network-2020/scattered" in ids(library.search("customers"))
    assert "network-2020/progress" in ids(library.search("customer"))


def test_accents_do_not_matter(library: Library) -> None:
    found = ids(library.search("financiele"))
    assert {"centrum-2018/geld", "centrum-2018"} <= found
    assert ids(library.search("zorgcoordinatie")) == ids(library.search("zorgcoördinatie"))
    assert "centrum-2018/zorg" in ids(library.search("zorgcoordinatie"))


def test_phrase_keeps_stop_words_in_place(library: Library) -> None:
    found = ids(library.search('"work in progress"'))
    assert found == {"network-2020/progress"}
    assert "network-2020/scattered" not in ids(library.search('"work in progress"'))
    assert ids(library.search('"work progress"')) == set()


def test_plain_words_are_anded_and_ignore_stop_words(library: Library) -> None:
    # "de" and "van" are not required: they are stop words outside phrases.
    assert ids(library.search("de klant van minderjarigen")) == {"centrum-2018/klant"}
    assert library.search("klanten Funding").total == 0


def test_exact_phrase_ranks_above_scattered_words(library: Library) -> None:
    hits = library.search("work in progress").hits
    assert [hit.id for hit in hits] == ["network-2020/progress", "network-2020/scattered"]
    hits = library.search("progress work").hits
    assert [hit.id for hit in hits] == ["network-2020/scattered", "network-2020/progress"]


def test_or_not_parentheses_prefix_and_fuzzy(library: Library) -> None:
    assert ids(library.search("funding OR zorgcoördinatie")) >= {
        "network-2020/funding",
        "centrum-2018/zorg",
    }
    assert "centrum-2018/gemeente" not in ids(library.search("slachtoffers NOT gemeente"))
    assert "centrum-2018/zorg" in ids(library.search("slachtoffers NOT gemeente"))
    assert ids(library.search("(funding OR middelen) kind:point")) == {
        "network-2020/funding",
        "centrum-2018/geld",
    }
    # A prefix never runs on the stemmed field, so a full plural still matches.
    assert "plan-veilig/actielijn-1" in ids(library.search("gemeenten*"))
    assert "centrum-2018/gemeente" in ids(library.search("gemeen*"))
    assert "network-2020/funding" in ids(library.search("fundng~"))


def test_fuzzy_distance_is_capped_at_two_edits(library: Library) -> None:
    # "geld~9" would otherwise match every word within nine edits: nearly everything.
    assert library.search("geld~9").total == library.search("geld~2").total
    assert library.search("geld~2").total < library.search("*").total


def test_typing_gemeenten_letter_by_letter_finds_results_at_every_step(library: Library) -> None:
    word = "gemeenten"
    for end in range(1, len(word) + 1):
        response = library.search(word[:end], as_you_type=True)
        assert response.total > 0, word[:end]
        assert not response.fallback
    assert "centrum-2018/gemeente" in ids(library.search("gem", as_you_type=True))
    assert "centrum-2021/klanten" in ids(library.search("gemeenten", as_you_type=True))


def test_typing_keeps_finished_words_and_reads_only_the_last_as_prefix(library: Library) -> None:
    assert ids(library.search("klant minderj", as_you_type=True)) == {"centrum-2018/klant"}
    # A trailing space finishes the word: "minderj" alone is no word.
    assert library.search("klant minderj ", as_you_type=True).total == 0
    # A long prefix (beyond the edge n-grams) is expanded from the vocabulary.
    assert "centrum-2018/zorg" in ids(library.search("zorgcoörd", as_you_type=True))


def test_typing_after_a_filter_still_requires_the_unfinished_word(library: Library) -> None:
    # The theme-label branch cannot search a prefix (its fields are stemmed); that
    # must make the branch match nothing, not drop the word and keep the filter.
    both = {"centrum-2018/klant", "centrum-2021/klanten"}
    assert ids(library.search("kind:quote klant", as_you_type=True)) == both
    assert ids(library.search("kind:quote minderj", as_you_type=True)) == {"centrum-2018/klant"}
    assert ids(library.search("kind:point zorgcoörd", as_you_type=True)) == {"centrum-2018/zorg"}
    assert ids(library.search("theme:zorg gemeen", as_you_type=True)) == {
        "centrum-2018/gemeente",
        "plan-veilig/actielijn-1",
    }
    # Nor is a word that matches nothing dropped beside a theme's name.
    assert library.search("kind:point zorg xyzq", as_you_type=True).total == 0


def test_each_filter(library: Library) -> None:
    assert ids(library.search("theme:minderjarigen kind:quote")) == {
        "centrum-2018/klant",
        "centrum-2021/klanten",
    }
    # Filter values are ids, but people type them capitalised, as the labels are.
    assert ids(library.search("theme:Minderjarigen kind:Quote")) == ids(
        library.search("theme:minderjarigen kind:quote")
    )
    assert {hit.speaker for hit in library.search("speaker:jansen").hits} == {"Bram Jansen"}
    assert {hit.organisation for hit in library.search("org:ctu").hits} == {
        "Centrum tegen Uitbuiting"
    }
    assert {hit.kind for hit in library.search("kind:section").hits} == {Kind.SECTION}
    assert ids(library.search("stance:positive")) == {"centrum-2018/zorg"}
    assert ids(library.search("section:plan-veilig/actielijn-1 kind:quote")) == {
        "centrum-2018/gemeente",
        "centrum-2021/klanten",
    }
    assert {hit.date for hit in library.search("date:2021").hits} == {date(2021, 3, 2)}
    assert {hit.date for hit in library.search("date:2018-11 kind:section").hits} == {
        date(2018, 11, 12)
    }
    ranged = {hit.date.year for hit in library.search("date:[2019 TO 2021]").hits if hit.date}
    assert ranged == {2020, 2021}
    assert ids(library.search("date:2020..2020 kind:point")) == {"network-2020/funding"}
    # Open ranges, either side, in both spellings.
    years = {2018, 2020, 2021}
    for query, expected in [
        ("date:..2019", {2018}),
        ("date:[ TO 2019]", {2018}),
        ("date:2020..", {2020, 2021}),
        ("date:[2020 TO ]", {2020, 2021}),
    ]:
        response = library.search(query)
        assert not response.fallback, query
        assert {hit.date.year for hit in response.hits if hit.date} == expected & years, query
    # A range with no hits is just empty: no "did you mean" for its years.
    empty = library.search("date:2030..2031")
    assert (empty.total, empty.fallback, empty.suggestion) == (0, False, None)


def test_facets_count_every_hit(library: Library) -> None:
    response = library.search("slachtoffers", limit=1)
    assert len(response.hits) == 1
    assert response.total == 3
    assert response.facets["kind"] == {"section": 1, "quote": 1, "point": 1}
    assert response.facets["theme"] == {"zorg": 3}
    assert response.facets["speaker"] == {"Anna de Vries": 1}
    assert response.facets["organisation"] == {
        "Centrum tegen Uitbuiting": 2,
        "Ministerie van Justitie": 1,
    }


def test_without_facets_the_same_answer_with_no_counts(library: Library) -> None:
    counted = library.search("slachtoffers OR opvang", limit=2)
    bare = library.search("slachtoffers OR opvang", limit=2, facets=False)
    assert not bare.facets
    assert dataclasses.replace(bare, facets=counted.facets) == counted


def test_highlights_mark_the_matching_words(library: Library) -> None:
    hit = next(h for h in library.search("financiele middelen").hits if h.id == "centrum-2018/geld")
    marked = [span.text for fragment in hit.highlights for span in fragment.spans if span.match]
    assert marked == ["financiële", "middelen"]
    assert hit.highlights[0].field == "text"
    text = "".join(span.text for span in hit.highlights[0].spans)
    assert text == hit.text


def test_highlight_text_marks_stems_and_prefixes_in_full_text() -> None:
    spans = highlight_text("Elke gemeente en alle Gemeenten, ook Gemert.", ["gemeenten"], "nl")
    assert [s.text for s in spans if s.match] == ["gemeente", "Gemeenten"]
    assert "".join(s.text for s in spans) == "Elke gemeente en alle Gemeenten, ook Gemert."
    spans = highlight_text("Elke gemeente, ook Gemert.", ["gem*"], "nl")
    assert [s.text for s in spans if s.match] == ["gemeente", "Gemert"]


def test_response_terms_highlight_full_texts(library: Library) -> None:
    response = library.search("zorgcoordinatie gem", as_you_type=True)
    hit = response.hits[0]
    spans = highlight_text(hit.text, response.terms, hit.language)
    assert {s.text for s in spans if s.match} == {"gemeenten", "zorgcoördinatie"}


def test_did_you_mean_from_the_index_vocabulary(library: Library) -> None:
    response = library.search("mensenhndel")
    assert response.total == 0
    assert response.suggestion == "mensenhandel"
    assert library.search(response.suggestion).total > 0
    assert library.search("klant mensenhndel").suggestion == "klant mensenhandel"
    assert library.search("mensenhandel").suggestion is None
    # While typing, a last word that matches nothing even as a prefix is corrected
    # too; one that still matches as a prefix is left alone.
    assert library.search("mensenhndel", as_you_type=True).suggestion == "mensenhandel"
    assert library.search("mensenh", as_you_type=True).suggestion is None
    # Filter values are ids, not words to correct, even when they have few hits.
    assert library.search("theme:digitaal kind:quote mensenhndel").suggestion == (
        "theme:digitaal kind:quote mensenhandel"
    )


@pytest.mark.parametrize("query", ['"unclosed', "(a OR", "theme:", "OR", "klant AND", "foo:bar"])
def test_malformed_queries_fall_back_to_plain_words(library: Library, query: str) -> None:
    response = library.search(query)
    assert response.fallback


def test_fallback_still_searches_the_words(library: Library) -> None:
    response = library.search('"financiele middelen')
    assert response.fallback
    assert "centrum-2018/geld" in ids(response)
    response = library.search("(klant OR")
    assert response.fallback
    assert "centrum-2018/klant" in ids(response)
    bad_date = library.search("date:gisteren klant")
    assert bad_date.fallback
    assert bad_date.total > 0


def test_a_query_of_stop_words_only_still_finds_them(library: Library) -> None:
    assert library.search("tegen").total > 0


def test_sort_newest_first(library: Library) -> None:
    hits = library.search("kind:quote", sort=Sort.NEWEST).hits
    dates = [hit.date for hit in hits]
    assert dates == sorted(dates, reverse=True)
    assert hits[0].id == "centrum-2021/klanten"


def test_newest_first_puts_quotes_before_points_and_sections_of_the_same_day(
    library: Library,
) -> None:
    hits = library.search("*", sort=Sort.NEWEST, limit=200).hits
    order = {Kind.QUOTE: 0, Kind.POINT: 1, Kind.BRIEFING: 2, Kind.SECTION: 3}
    keys = [(-(hit.date or date.min).toordinal(), order[hit.kind]) for hit in hits]
    assert keys == sorted(keys)
    assert {hit.kind for hit in hits} == set(order)
    assert all(isinstance(hit.score, float) for hit in hits)


def test_hits_carry_links_and_stance(library: Library) -> None:
    hit = next(iter(library.search("stance:critical kind:point financiele").hits))
    assert hit.stance is Stance.CRITICAL
    assert hit.sections == ("plan-veilig/geld",)
    assert hit.briefing == "centrum-2018"
    assert hit.title == "Reactie op Veilig en samen"
    section = library.search("kind:section middelen").hits[0]
    assert section.id == "plan-veilig/geld"
    assert section.title == "Veilig en samen"


def test_backlinks_of_a_section_with_stance(library: Library) -> None:
    backlinks = library.collection.backlinks("plan-veilig/actielijn-1")
    assert {item.global_id for item in backlinks} == {
        "centrum-2018/gemeente",
        "centrum-2018/zorg",
        "centrum-2021/klanten",
    }
    stances = {getattr(item, "stance", None) for item in backlinks}
    assert Stance.POSITIVE in stances
    # The index agrees with the collection.
    found = ids(library.search("section:plan-veilig/actielijn-1", limit=100))
    assert found - {"plan-veilig/actielijn-1", "centrum-2018", "centrum-2021"} == {
        item.global_id for item in backlinks
    }


def test_empty_query_finds_nothing_and_json_shape(library: Library) -> None:
    assert library.search("   ").total == 0
    data = library.search("klant").to_json()
    assert set(data) == {
        "query",
        "total",
        "suggestion",
        "stale",
        "fallback",
        "syntax",
        "results",
        "facets",
        "left_out",
    }
    result = data["results"][0]  # type: ignore[index]
    assert {"id", "kind", "score", "briefing", "title", "speaker", "role", "organisation"} <= set(
        result
    )
    assert isinstance(result["highlights"][0]["spans"][0]["match"], bool)


@pytest.mark.parametrize("query", ['theme:"Digitaal / online"', 'section:"x y"', 'kind:"a b"'])
def test_quoted_words_on_a_filter_fall_back_instead_of_raising(
    library: Library, query: str
) -> None:
    response = library.search(query)
    assert response.fallback
    assert library.search(query, as_you_type=True).fallback


def test_a_query_whoosh_refuses_at_search_time_is_searched_as_plain_words(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mhbrief.engine import search

    real_prune = search.prune
    calls = 0

    def refuse_once(q: object, reader: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise wq.QueryError("refused")
        return real_prune(q, reader)

    monkeypatch.setattr(search, "prune", refuse_once)
    response = library.search("financiele")
    assert response.fallback
    assert "centrum-2018/geld" in ids(response)


def test_quoted_filter_value_is_searched_as_its_words(library: Library) -> None:
    response = library.search('theme:"financiele middelen"')
    assert response.fallback
    assert "centrum-2018/geld" in ids(response)


def test_browsing_matches_every_document_without_expanding_terms(library: Library) -> None:
    assert parse("*").query == wq.Every()
    assert parse(" * ", as_you_type=True).query == wq.Every()
    browse = library.search("*", sort=Sort.NEWEST, limit=200, as_you_type=True)
    assert browse.total == 15  # every document, also one without text in a default field
    dates = [hit.date for hit in browse.hits]
    assert dates == sorted(dates, reverse=True)
    assert sum(browse.facets["kind"].values()) == 15


WIJKAGENTEN = """
format = 1
kind = "briefing"
id = "extra-2019"
title = "Extra"
published = 2019-05-01
organisation = "Buurtnetwerk"
source_type = "article"

[[quotes]]
id = "q1"
speaker = "Kees Bakker"
text = "De wijkagenten kennen de uitbuiters."
"""


def test_a_word_found_by_its_stem_is_marked_though_not_typed_as_in_the_text(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    (folder / "briefings" / "extra.toml").write_text(WIJKAGENTEN, encoding="utf-8")
    with Library(folder, tmp_path / "index") as lib:
        lib.sync()
        for query in ("wijkagent", "wijkagent kennen", "wijkagen"):
            response = lib.search(query, as_you_type=query == "wijkagen")
            (hit,) = response.hits
            marked = [span.text for frag in hit.highlights for span in frag.spans if span.match]
            assert "wijkagenten" in marked, query


# --- attribution and theme labels (issue 10) ----------------------------------

ATTRIBUTION = Path(__file__).parents[1] / "fixtures" / "attribution"


@pytest.fixture
def attribution(tmp_path: Path) -> Iterator[Library]:
    shutil.copytree(ATTRIBUTION, tmp_path / "briefings")
    lib = Library(tmp_path / "briefings", tmp_path / "index")
    assert not lib.sync().stale
    yield lib
    lib.close()


def test_a_match_in_the_context_is_attributed_to_it_not_to_the_speaker(
    attribution: Library,
) -> None:
    (hit,) = attribution.search("innovatie").hits
    assert hit.id == "centrum-2018/taak-kamer"
    assert [h.field for h in hit.highlights] == ["context"]
    assert [s.text for s in hit.highlights[0].spans if s.match] == ["innovatie"]
    # Human output shows the quote's own words first, then the context, labelled.
    assert "".join(s.text for s in own_text(hit)) == hit.text
    assert hit.to_json()["highlights"] == [
        {
            "field": "context",
            "spans": [
                {"text": "Te weinig ", "match": False},
                {"text": "innovatie", "match": True},
            ],
        }
    ]


def test_each_field_that_matched_gives_its_own_fragment(attribution: Library) -> None:
    (hit,) = attribution.search("kamer ceuleers woordvoerder sterker uitbuiting").hits
    fields = {h.field: "".join(s.text for s in h.spans) for h in hit.highlights}
    assert fields == {
        "text": hit.text,
        "title": "Reactie op Samen sterker",
        "speaker": "Shamir Ceuleers",
        "role": "woordvoerder",
        "organisation": "Centrum tegen Uitbuiting (CtU)",
    }
    assert [h.field for h in attributed(hit)] == ["title", "speaker", "role", "organisation"]
    # A filter matches no words: the start of the text stands in, as the item's own.
    (plain,) = attribution.search("kind:quote").hits
    assert [(h.field, any(s.match for s in h.spans)) for h in plain.highlights] == [("text", False)]


def test_own_text_is_about_100_characters_around_the_first_match(attribution: Library) -> None:
    long_text = "Inleiding " * 30 + "een zin over opvang en meer." + " Slot" * 30
    spans = highlight_text(long_text, ["opvang"], "nl")
    hit = dataclasses.replace(
        attribution.search("opvang").hits[0],
        text=long_text,
        highlights=tuple(Highlight("text", f) for f in fragments(spans)),
    )
    own = own_text(hit)
    shown = "".join(s.text for s in own)
    assert [s.text for s in own if s.match] == ["opvang"]
    assert 80 <= len(shown) <= 140 and shown.startswith("…") and shown.endswith("…")
    # No match in the text: its start, cut after a whole word.
    lead = "".join(s.text for s in own_text(dataclasses.replace(hit, highlights=())))
    assert lead.endswith("Inleiding…") and 80 <= len(lead) <= 101


def test_a_theme_name_finds_its_items_below_items_whose_own_text_matches(
    attribution: Library,
) -> None:
    hits = attribution.search("financiering").hits
    order = [hit.id for hit in hits]
    own = {"centrum-2018/tekort", "plan-a/actielijn-5"}  # "financiering" in their text
    by_theme = {"centrum-2018/taak-kamer"}  # only its theme is called Financiering
    assert set(order) == own | by_theme
    assert set(order[:2]) == own
    (theme_hit,) = (hit for hit in hits if hit.id in by_theme)
    assert [h.field for h in theme_hit.highlights] == ["theme"]
    assert [s.text for s in theme_hit.highlights[0].spans if s.match] == ["Financiering"]
    # Stemmed like any word; filters still apply.
    assert {h.id for h in attribution.search("financieringen kind:quote").hits} == by_theme


def test_a_theme_name_counts_only_as_a_whole(attribution: Library) -> None:
    # "kamer" is in the quote's text and its theme is Financiering, but the query
    # names neither a theme nor words the quote says.
    assert attribution.search("opvang financiering").total == 1  # centrum-2018/tekort
    assert attribution.search("kamer financiering").total == 0
    # NOT and OR are never widened by themes.
    assert "centrum-2018/taak-kamer" not in {
        h.id for h in attribution.search("financiering NOT kamer").hits
    }


def test_a_changed_theme_label_is_searchable_after_the_next_sync(
    attribution: Library,
) -> None:
    themes = attribution.briefings / "themes.toml"
    themes.write_text(
        themes.read_text(encoding="utf-8").replace('"Financiering"', '"Geldzaken"'),
        encoding="utf-8",
    )
    attribution.sync()
    assert {h.id for h in attribution.search("geldzaken").hits} == {
        "centrum-2018/taak-kamer",
        "plan-a/actielijn-5",
    }
    assert "centrum-2018/taak-kamer" not in {h.id for h in attribution.search("financiering").hits}


def test_facets_of_the_same_matches_are_reused_and_of_others_counted(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "REUSED_FACETS", 1)  # the fixture is small
    reused = 0
    before = None
    for query in ("mensen", "mensenh", "mensenha", "opvang", "gemeente", "gemeenten", "ge"):
        typed = library.search(query, as_you_type=True)
        reused += before is not None and typed.facets is before.facets
        before = typed
        with Library(library.briefings, library.index_dir) as fresh:  # counted anew
            alone = fresh.search(query, as_you_type=True)
        assert (typed.total, typed.facets) == (alone.total, alone.facets), query
    assert reused


def test_a_dutch_plural_in_s_after_a_vowel_is_found_by_its_singular(tmp_path: Path) -> None:
    """'uitzendbureau vergunning' found nothing in a text about 'uitzendbureaus' (snowball
    keeps -s after a vowel), and 'distributiecentrum' missed 'distributiecentra'."""
    import tomli_w

    root = tmp_path / "briefings"
    root.mkdir()
    quote = "Uitzendbureaus zonder vergunning moeten stoppen in de distributiecentra."
    briefing = {
        "format": 1,
        "kind": "briefing",
        "id": "b",
        "title": "Uitzendwerk",
        "published": date(2026, 1, 5),
        "organisation": "Stichting Eerlijk Werk",
        "source_type": "press-statement",
        "quotes": [{"id": "q", "text": quote, "speaker": "Joost Bakker"}],
    }
    (root / "b.toml").write_text(tomli_w.dumps(briefing), encoding="utf-8")
    with Library(root, tmp_path / "index") as found:
        found.sync()
        for query in ("uitzendbureau vergunning", "distributiecentrum", "uitzendbureaus"):
            assert "b/q" in ids(found.search(query)), query
            assert "b/q" in ids(found.search(query, as_you_type=True)), query
