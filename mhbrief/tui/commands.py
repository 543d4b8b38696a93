"""Command palette providers: jump to a theme, a plan section, a briefing or a speaker.

Names come from briefing files, so prompts are built as ``Content`` from plain
text and highlighted here: Textual's ``Matcher.highlight`` parses its input
as markup, which a title like ``a [/] b`` would break.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from mhbrief.plural import counted

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp


@dataclass(frozen=True)
class Target:
    """One thing to jump to: its plain text (matched), and what choosing it does."""

    text: str
    help: str
    run: Callable[[], object]


def highlighted(text: str, offsets: tuple[int, ...] | list[int], style: str) -> Content:
    content = Content(text)
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content


class _Jump(Provider):
    """Common search over a list of targets."""

    help = ""

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    def targets(self) -> Iterator[Target]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for target in self.targets():
            yield DiscoveryHit(Content(target.text), target.run, text=target.text, help=target.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for target in self.targets():
            score, offsets = matcher.fuzzy_search.match(query, target.text)
            if not score and " " in query:
                # "actielijn 4" should find "actielijn-4": spaces need not match literally.
                score, offsets = matcher.fuzzy_search.match(query.replace(" ", ""), target.text)
            if score > 0:
                prompt = highlighted(target.text, list(offsets), "bold reverse")
                yield Hit(score, prompt, target.run, text=target.text, help=target.help)


class ThemeJump(_Jump):
    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        for theme in sorted(app.library.collection.themes.values(), key=lambda t: t.label):
            yield Target(
                f"Theme: {theme.label}",
                "Show everything on this theme",
                partial(app.main.jump_to_theme, theme.id),
            )


class SectionJump(_Jump):
    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        for plan in app.library.collection.plans.values():
            for section in plan.sections:
                yield Target(
                    f"Section: {section.heading} ({plan.title} · {section.id})",
                    "Open the section with everything that answers it",
                    partial(app.main.open, section.ref),
                )


class BriefingJump(_Jump):
    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        briefings = sorted(
            app.library.collection.briefings.values(), key=lambda b: b.published, reverse=True
        )
        for briefing in briefings:
            yield Target(
                f"Briefing: {briefing.title} ({briefing.organisation}, "
                f"{briefing.published.isoformat()}){' [draft]' if briefing.draft else ''}",
                "A draft, not reviewed yet: open it with its quotes and points"
                if briefing.draft
                else "Open the briefing with its quotes and points",
                partial(app.main.open, briefing.id),
            )


class SpeakerJump(_Jump):
    def targets(self) -> Iterator[Target]:
        from mhbrief.speakers import speakers

        app = self.mhbrief
        for found in speakers(app.library.collection):
            # Help text is read as markup by the palette: nothing from a briefing file here.
            yield Target(
                f"Speaker: {found.name}",
                f"{counted(found.count, 'quote')}: open the speaker's page",
                partial(app.main.open_speaker, found.name),
            )
