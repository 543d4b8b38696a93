"""Full garbage collections wait for a pause in the typing; what a sync leaves is frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from mhbrief.tui.memory import GAP_SECONDS, IDLE_SECONDS, LONGEST_SECONDS, IdleCollector

from .helpers import MakeApp, settle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def collector() -> Iterator[tuple[IdleCollector, Clock]]:
    clock = Clock()
    found = IdleCollector(clock)
    before = gc.get_threshold()
    found.start()
    yield found, clock
    found.stop()
    assert gc.get_threshold() == before


def test_no_full_collection_by_count_while_the_app_runs(
    collector: tuple[IdleCollector, Clock],
) -> None:
    assert gc.get_threshold()[2] > 1_000_000


def test_a_full_collection_runs_at_a_pause_after_input_and_only_once(
    collector: tuple[IdleCollector, Clock],
) -> None:
    found, clock = collector
    for _ in range(5):  # typing: a key every 0.3 s
        found.input()
        clock.now += 0.3
        found.tick()
    assert found.collections == 0
    clock.now += IDLE_SECONDS
    found.tick()
    assert found.collections == 1
    clock.now += 5
    found.tick()
    assert found.collections == 1  # nothing happened since


def test_long_typing_without_a_pause_still_collects_in_a_gap(
    collector: tuple[IdleCollector, Clock],
) -> None:
    found, clock = collector
    started = clock.now
    while clock.now - started < LONGEST_SECONDS + 1:
        found.input()
        found.tick()  # right after a key: never
        assert found.collections == 0
        clock.now += GAP_SECONDS / 2
        found.tick()
        clock.now += GAP_SECONDS / 2 + 0.01
        found.tick()  # a gap between keys
        if found.collections:
            break
    assert found.collections == 1


def test_after_a_sync_what_is_left_is_frozen_and_the_next_sync_thaws_it(
    collector: tuple[IdleCollector, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    found, clock = collector
    kept = [object() for _ in range(1000)]
    found.synced()
    clock.now += IDLE_SECONDS
    found.tick()
    frozen = gc.get_freeze_count()
    assert frozen >= len(kept)
    thawed: list[int] = []
    original = gc.unfreeze

    def unfreeze() -> None:
        thawed.append(gc.get_freeze_count())
        original()

    monkeypatch.setattr(gc, "unfreeze", unfreeze)
    found.synced()
    clock.now += IDLE_SECONDS
    found.tick()
    assert thawed == [frozen]  # thawed before collecting, then frozen again
    assert gc.get_freeze_count() > 0
    found.stop()
    assert gc.get_freeze_count() == 0


async def test_leaving_the_app_puts_the_collector_back(briefings: Path, make_app: MakeApp) -> None:
    before = gc.get_threshold()
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert gc.get_threshold()[2] > before[2]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_sync_s_results_are_shown_before_the_collection(
    collector: tuple[IdleCollector, Clock],
) -> None:
    """A reload's quote came on screen after a full collection (0.2 s at 100k items) when
    the user had paused before the file changed; the collection now waits its turn."""
    found, clock = collector
    clock.now += 5 * IDLE_SECONDS  # the user reads; then a file changes and syncs
    found.synced()
    found.tick()
    clock.now += IDLE_SECONDS / 2  # the search and the frame of the reloaded results
    found.tick()
    assert found.collections == 0
    clock.now += IDLE_SECONDS / 2
    found.tick()
    assert found.collections == 1
