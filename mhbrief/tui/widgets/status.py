"""The status line (results, sync, problems) and the bar that shows what was copied.

The status line is fitted to its width: its parts are separated by `` · `` and the
problems stand at the right; where they do not all fit, the least important part
first gives way to a shorter form (``F8 lists them`` -> ``F8``, ``relevance`` -> gone),
so parts never run into each other or off the edge (:func:`fit_status`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult, RenderResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from mhbrief.plural import counted

#: Between two parts of the status line.
SEPARATOR = Content.styled(" · ", "$text-muted")
#: At least this many columns between the results' parts and the problems at the right.
GAP = 3


@dataclass(frozen=True)
class Part:
    """One part of the status line: its forms, longest first (an empty last form drops
    it), and for each form but the last how much it matters to keep it rather than the
    next one (higher: given up later)."""

    forms: tuple[Content, ...]
    keep: tuple[int, ...] = ()

    @classmethod
    def of(cls, style: str, *forms: tuple[str, int] | str) -> Part:
        """``Part.of(style, ("10 files left out", 32), "10 left out")``: each form with
        what it takes to give it up, the last with none (it stays)."""
        texts = [form if isinstance(form, str) else form[0] for form in forms]
        keep = [form[1] for form in forms if not isinstance(form, str)]
        return cls(tuple(Content.styled(text, style) for text in texts), tuple(keep))


def problems_part(errors: int, warnings: int) -> Part | None:
    """``⚠ 19 errors, 1 warning · F8 lists them``, shortened to ``⚠ 19 errors · F8``."""
    if not errors and not warnings:
        return None
    style = "bold $text-error" if errors else "bold $text-warning"
    named = [counted(n, word) for n, word in ((errors, "error"), (warnings, "warning")) if n]

    def form(what: str, hint: str) -> Content:
        return Content.assemble((f"⚠ {what}", style), SEPARATOR, hint)

    both = ", ".join(named)
    forms = [form(both, "F8 lists them"), form(both, "F8")]
    keep = [15]
    if len(named) > 1:
        forms.append(form(named[0], "F8"))
        keep.append(35)
    return Part(tuple(forms), tuple(keep))


def fit_status(parts: Sequence[Part], right: Part | None, width: int) -> Content:
    """``parts`` joined by `` · ``, ``right`` at the right edge, all within ``width``:
    the part whose current form matters least takes its next form until they fit."""
    every = [*parts, *([right] if right else [])]
    chosen = [0] * len(every)

    def shown() -> tuple[list[Content], Content | None]:
        forms = [part.forms[at] for part, at in zip(every, chosen, strict=True)]
        tail = forms.pop() if right else None
        return [form for form in forms if form.cell_length], tail

    def length() -> int:
        left, tail = shown()
        used = sum(form.cell_length for form in left) + SEPARATOR.cell_length * (len(left) - 1)
        return used + (tail.cell_length + GAP if tail else 0)

    while length() > width:
        choices = [
            (part.keep[at], i)
            for i, (part, at) in enumerate(zip(every, chosen, strict=True))
            if at < len(part.keep)
        ]
        if not choices:
            break
        chosen[min(choices)[1]] += 1
    left, tail = shown()
    # Assembled, not SEPARATOR.join(left): Textual 8.2.8's join counts a measured
    # separator's width once too often, and truncate then cuts by that width.
    line = Content.assemble(*(piece for form in left for piece in (SEPARATOR, form)))[
        SEPARATOR.cell_length :
    ]
    if tail is None:
        return line.truncate(width, ellipsis=True)
    room = max(0, width - tail.cell_length - GAP)
    line = line.truncate(room, ellipsis=True)
    return line + " " * (width - line.cell_length - tail.cell_length) + tail


class StatusLine(Widget):
    """One row: the results' parts, and the problems at the right, fitted to the width.

    Its size never changes with its text (the row is the bar's), so an update redraws
    the row only: no layout of the screen on every answer."""

    DEFAULT_CSS = "StatusLine { height: 1; width: 1fr; }"

    parts: tuple[Part, ...] = ()
    problems: Part | None = None

    def render(self) -> RenderResult:
        return fit_status(self.parts, self.problems, self.content_region.width)


class StatusBar(Horizontal):
    """Left: what the results are, and problems with the files at the right of that;
    last, whether live reload is slow or off."""

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status-text")
        reload = Static("", id="status-reload")
        reload.display = False
        yield reload

    def set_reload(self, mark: Content | None) -> None:
        """A lasting mark while live reload is slow or off (never cut: its own width)."""
        widget = self.query_one("#status-reload", Static)
        widget.update(mark or "")
        widget.display = mark is not None

    def set_text(self, parts: Sequence[Part]) -> None:
        line = self.query_one(StatusLine)
        if tuple(parts) == line.parts:
            return  # unchanged: nothing to redraw
        line.parts = tuple(parts)
        line.refresh()

    def set_problems(self, errors: int, warnings: int) -> None:
        line = self.query_one(StatusLine)
        line.problems = problems_part(errors, warnings)
        line.set_class(bool(errors), "-errors")
        line.refresh()


class CopiedBar(Static):
    """The exact text last copied, where the terminal's own selection can take it."""

    def show_copied(self, what: str, text: str) -> None:
        self.update(
            Content.assemble(
                (f"Copied {what}", "bold $text-success"),
                (" (if your terminal did not take it, select it here):\n", "$text-muted"),
                text,
            )
        )
        self.display = True

    def hide(self) -> None:
        self.display = False

    def fits(self) -> bool:
        """True when everything shown fits the bar as laid out (else it is cut off)."""
        region = self.content_region
        screen = self.screen.size
        return self.get_content_height(screen, screen, region.width) <= region.height
