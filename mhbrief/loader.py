"""Load a briefings folder into a :class:`~mhbrief.model.Collection`.

Each file is parsed on its own (:mod:`mhbrief.format`); this module adds what
needs the whole folder: unique ids, theme and section references, plan ids in
``responds_to``, ``superseded_by``, and the verbatim check of quotes. A broken
file never stops the others from loading. Nothing here raises for bad input.

A :class:`LinkMemo` carried from one load to the next (the running app's reloads)
keeps each document's cross-file results with the facts they were drawn from (the
theme ids, the plans and their sections, the briefing ids a ``superseded_by``
looks for, the state of its source text): a document whose facts did not change
is not checked again, so a reload after one edit re-checks that file, not all.
"""

from __future__ import annotations

import os
from collections import abc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from mhbrief import duplicate_ids, follow_on, future_dates, id_owners, verbatim
from mhbrief.format import parse_file
from mhbrief.model import (
    Briefing,
    Collection,
    Plan,
    Point,
    Quote,
    Section,
    SourceFile,
    Theme,
    ThemesFile,
)
from mhbrief.problems import Problem
from mhbrief.suggest import did_you_mean, few_listed, id_hint

#: Unknown references listed per file, and how many of them get a did-you-mean.
MAX_PROBLEMS = 200
MAX_HINTS = 20
BACKUP_SUFFIXES = ("~", ".swp", ".swo", ".bak", ".tmp")


def is_briefing_file(name: str) -> bool:
    """True for ``*.toml`` names that are not hidden files or editor backups."""
    if name.startswith((".", "#")) or name.endswith(BACKUP_SUFFIXES):
        return False
    return name.lower().endswith(".toml")


def discover(
    root: Path, unreadable: list[OSError] | None = None, known: dict[str, Path] | None = None
) -> list[Path]:
    """Every briefing file below ``root``, in path order (hidden folders skipped).

    A folder that cannot be read is added to ``unreadable``, never skipped silently.
    ``known``: the paths of the last load, by their strings; reused, and updated.
    """
    found = discover_names(root, unreadable)
    if known is None:
        return [Path(path) for path in found]
    # Path objects of the last load: making 8,000 anew took 0.1-0.3 s of a reload at 100k.
    paths = [known.get(path) or Path(path) for path in found]
    known.clear()
    known.update(zip(found, paths, strict=True))
    return paths


def walk_folders(
    base: str, unreadable: list[OSError] | None = None
) -> Iterator[tuple[str, list[str]]]:
    """Each folder the loader reads below ``base`` (and ``base``), with the names in it:
    hidden folders skipped, links to folders not followed, a folder that cannot be
    listed added to ``unreadable``. The one rule for what is read (and watched)."""
    onerror = unreadable.append if unreadable is not None else None
    for folder, dirs, files in os.walk(base, onerror=onerror, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield folder, files


def discover_names(
    root: Path, unreadable: list[OSError] | None = None, *, ordered: bool = True
) -> list[str]:
    """:func:`discover` as path strings (no Path object made for each file); in no
    particular order unless ``ordered``."""
    found: list[tuple[tuple[str, ...], str]] = []
    names: list[str] = []
    base = os.fspath(root)
    # Plain strings, not Path objects, until the end: at 100k items pathlib's
    # relative_to for every file cost a third of a reload.
    for folder, files in walk_folders(base, unreadable):
        inside = os.path.join(folder, "")
        if not ordered:
            names.extend(inside + name for name in files if is_briefing_file(name))
            continue
        rel = os.path.relpath(folder, base)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        found.extend(((*parts, name), inside + name) for name in files if is_briefing_file(name))
    if not ordered:
        return names
    found.sort()
    return [path for _, path in found]


def unreadable_folder(error: OSError) -> SourceFile:
    """A folder ``discover`` could not read, as a file that does not load: an error,
    and the items indexed from below it stay searchable, flagged."""
    path = Path(str(error.filename))
    reason = "permission denied" if isinstance(error, PermissionError) else error.strerror
    problem = Problem.error(
        path,
        f"cannot read this folder ({reason or error}); its briefing files are not loaded, "
        "and their last indexed items stay searchable, marked as from a file with "
        f"problems; let yourself read it (chmod u+rx {duplicate_ids.shown(path)})",
    )
    return SourceFile(path, "", None, (problem,))


@dataclass(frozen=True, slots=True)
class _Linked:
    """One document's cross-file results and the facts they were drawn from (one a
    document: at 100k items slots and a shared empty set save 1.5 MB)."""

    document: Plan | Briefing
    facts: tuple[object, ...]
    problems: tuple[Problem, ...]
    unverified: frozenset[str]


@dataclass
class LinkMemo:
    """Cross-file results of the last load, by document (see the module's docstring).

    Holds only what the last load used: documents gone or changed are dropped.
    """

    #: By document id (unique among the documents checked: duplicates are not loaded).
    entries: dict[str, _Linked] = field(default_factory=dict)
    #: Documents checked (not answered from the memo) in the last load.
    checked: int = 0
    #: The briefing files of the last load, by their path strings (see :func:`discover`).
    paths: dict[str, Path] = field(default_factory=dict)
    #: For each id more than one file claimed in the last load, the file that kept it
    #: (:mod:`mhbrief.id_owners`; stored with the parse cache).
    holders: dict[str, Path] = field(default_factory=dict)

    def source_state(self, briefing: Briefing) -> tuple[object, ...] | None:
        """The state of ``briefing``'s source text (:func:`verbatim.source_state`) that the
        last load checked its quotes against; None when that load did not remember it."""
        known = self.entries.get(briefing.id)
        if known is None or known.document is not briefing or len(known.facts) != 4:
            return None
        state = known.facts[3]
        return state if isinstance(state, tuple) else None


@dataclass
class _Linker:
    """Cross-file checks over files already parsed, in path order."""

    files: list[SourceFile]
    #: The briefings folder: no file outside it is read (see verbatim.check_briefing).
    root: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    themes: dict[str, Theme] = field(default_factory=dict)
    plans: dict[str, Plan] = field(default_factory=dict)
    briefings: dict[str, Briefing] = field(default_factory=dict)
    unverified: set[str] = field(default_factory=set)
    sections: dict[str, set[str]] = field(default_factory=dict)
    hints: int = 0
    # Where each document id was first defined, for duplicate messages.
    owners: dict[str, tuple[Path, int | None]] = field(default_factory=dict)
    memo: LinkMemo = field(default_factory=LinkMemo)
    linked: dict[str, _Linked] = field(default_factory=dict)
    _facts: dict[str, tuple[object, ...]] = field(default_factory=dict)
    _real_folders: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A cheap first test for boundary(): a path string below the folder's.
        self._inside = os.path.join(os.fspath(self.root), "") if self.root is not None else "\0"

    def register(self) -> list[SourceFile]:
        """Collect themes and document ids; refuse the newcomers of ids used twice.
        Returns the files."""
        holders, self.memo.holders = id_owners.owners(self.files, self.kept_before)
        kept: list[SourceFile] = []
        for index, source in enumerate(self.files):
            document = source.document
            extra: list[Problem] = []
            if isinstance(document, ThemesFile):
                for theme in document.themes:
                    first = self.themes.get(theme.id)
                    if first is None:
                        self.themes[theme.id] = theme
                    else:
                        extra.append(
                            duplicate_ids.defined_twice(
                                theme.path, theme.line, "theme", theme.id, first, self.root
                            )
                        )
            elif document is None and source.claimed_id in holders:
                holder = holders[source.claimed_id]
                if holder != index:  # said now, not only once its other errors are fixed
                    owner = self.files[holder]
                    extra.append(
                        duplicate_ids.claimed(source.path, source.claimed_id, owner, self.root)
                    )
            elif isinstance(document, Plan | Briefing):
                holder = holders[document.id]
                if holder == index:
                    self.owners[document.id] = (source.path, document.id_line)
                    if isinstance(document, Plan):
                        self.plans[document.id] = document
                    else:
                        self.briefings[document.id] = document
                else:
                    owner = self.files[holder]
                    extra.append(duplicate_ids.taken(source.path, document, owner, self.root))
                    source = replace(source, document=None, taken_by=owner.path)
            if extra:
                source = replace(source, problems=source.problems + tuple(extra))
            kept.append(source)
        return kept

    def kept_before(self, ident: str) -> Path | None:
        """The file that kept ``ident`` in the last load: for an id used twice then, the
        one that won; else the one loaded under it."""
        held = self.memo.holders.get(ident)
        if held is not None:
            return held
        known = self.memo.entries.get(ident)
        return known.document.path if known is not None else None

    def shared_facts(self, name: str) -> tuple[object, ...]:
        """What every document's checks read, built once per load: the theme ids,
        the plans with their section ids, the briefing ids (in definition order,
        which did-you-mean hints follow)."""
        found = self._facts.get(name)
        if found is None:
            if name == "themes":
                found = tuple(self.themes)
            elif name == "plans":
                found = tuple(
                    (plan_id, tuple(s.id for s in plan.sections))
                    for plan_id, plan in self.plans.items()
                )
            else:
                found = tuple(self.briefings)
            self._facts[name] = found
        return found

    def facts(self, document: Plan | Briefing) -> tuple[object, ...] | None:
        """Everything outside ``document`` that its checks read; None: not to be remembered."""
        themes = self.shared_facts("themes")
        if isinstance(document, Plan):
            return (themes,)
        target = document.superseded_by
        superseded: object = (
            None if not target else True if target in self.briefings else self.shared_facts("ids")
        )
        source: object = None
        if document.source_text is not None:
            source = verbatim.source_state(
                document, self.boundary(document.path), self._real_folders
            )
            if source is None:
                return None  # changed too recently to trust its fingerprint
        return (themes, self.shared_facts("plans"), superseded, source)

    def link_document(self, document: Plan | Briefing) -> tuple[Problem, ...]:
        """Cross-file problems of one document, from the memo when its facts are unchanged."""
        facts = self.facts(document)
        known = self.memo.entries.get(document.id)
        # The same object when the parse cache answered; else compared field by field.
        if known is not None and facts == known.facts and _same(known.document, document):
            self.linked[document.id] = known
        else:
            self.memo.checked += 1
            before = self.unverified
            self.unverified = set()
            problems = tuple(self.check_references(document))
            known = _Linked(document, facts or (), problems, _frozen(self.unverified))
            self.unverified = before
            if facts is not None:
                self.linked[document.id] = known
        self.unverified |= known.unverified
        return known.problems

    def check_references(self, document: Plan | Briefing) -> list[Problem]:
        """Cross-file problems of one document, at most MAX_PROBLEMS of them listed."""
        self.hints = 0
        problems = _listed(document.path, self.reference_problems(document))
        if isinstance(document, Plan):
            return problems
        warnings, failed = verbatim.check_briefing(document, self.boundary(document.path))
        self.unverified |= failed
        return problems + warnings

    def hint(self, word: str, choices: Iterable[str]) -> str:
        """did_you_mean, for the first MAX_HINTS unknown references of a document:
        each one compares against every choice."""
        self.hints += 1
        return did_you_mean(word, choices) if self.hints <= MAX_HINTS else ""

    def value_hint(self, word: str, choices: abc.Collection[str], prefix: str = "") -> str:
        """As :meth:`hint`, by the rule for ids (:func:`meant_value`): a typo of an id or
        the start of one, never ``actielijn-5`` for ``actielijn-9`` (another section)."""
        self.hints += 1
        return id_hint(word, choices, prefix=prefix) if self.hints <= MAX_HINTS else ""

    def reference_problems(self, document: Plan | Briefing) -> list[Problem]:
        problems: list[Problem] = []
        if isinstance(document, Plan):
            for section in document.sections:
                problems += self.theme_refs(document.path, section)
            return problems
        for plan_id in document.responds_to:
            if plan_id not in self.plans:
                problems.append(
                    Problem.error(
                        document.path,
                        line=document.line_of("responds_to"),
                        message=f"responds_to {follow_on.UNKNOWN_PLAN}{plan_id}'"
                        f"{self.value_hint(plan_id, self.plans)}{_plans_listed(self.plans)}",
                    )
                )
        if document.superseded_by and document.superseded_by not in self.briefings:
            problems.append(
                Problem.error(
                    document.path,
                    line=document.line_of("superseded_by"),
                    message=f"superseded_by names unknown briefing '{document.superseded_by}'"
                    f"{self.hint(document.superseded_by, self.briefings)}",
                )
            )
        return problems + self.item_refs(document.path, document.items)

    def item_refs(self, path: Path, items: Sequence[Quote | Point]) -> list[Problem]:
        """The unknown themes and plan sections the items name."""
        problems: list[Problem] = []
        for item in items:
            problems += self.theme_refs(path, item)
            problems += self.section_refs(path, item)
            if len(problems) > 10 * MAX_PROBLEMS:
                break  # enough to say there are many
        return problems

    def section_ids(self, plan: Plan) -> set[str]:
        """The section ids of ``plan``, as a set built once (Plan.section is a scan)."""
        found = self.sections.get(plan.id)
        if found is None:
            found = self.sections[plan.id] = {s.id for s in plan.sections}
        return found

    def boundary(self, path: Path) -> Path:
        """The folder ``path`` may read from: the briefings folder, or for a file
        outside it (named on the command line) that file's own folder."""
        if self.root is not None and (
            os.fspath(path).startswith(self._inside) or path.is_relative_to(self.root)
        ):
            return self.root
        return path.parent.resolve()

    def theme_refs(self, path: Path, item: Section | Quote | Point) -> list[Problem]:
        problems = []
        for theme in item.themes:
            if theme in self.themes:
                continue
            if self.hints > 10 * MAX_PROBLEMS:
                break  # enough to say there are many
            line, column = _place(item, "themes", theme)
            listed = few_listed(self.themes)
            problems.append(
                Problem.error(
                    path,
                    f"{follow_on.UNKNOWN_THEME}{theme}'{self.value_hint(theme, self.themes)}; "
                    "use a theme id from the themes file"
                    f"{f' ({listed})' if listed else ''} or add the theme there",
                    line,
                    column,
                )
            )
        return problems

    def section_refs(self, path: Path, item: Quote | Point) -> list[Problem]:
        problems = []
        for ref in item.sections:
            plan_id, _, section_id = ref.partition("/")
            plan = self.plans.get(plan_id)
            if plan is None:
                message = f"section '{ref}' {follow_on.UNKNOWN_PLAN}{plan_id}'" + self.value_hint(
                    plan_id, self.plans
                )
                message += _plans_listed(self.plans)
            elif section_id not in self.section_ids(plan):
                # Compared without the plan id, which every choice shares: with it,
                # 'plan/actielijn-9' is "close" to 'plan/financiering'.
                sections = self.section_ids(plan)
                hint = self.value_hint(section_id, sections, prefix=f"{plan_id}/")
                message = f"unknown plan section '{ref}'{hint}"
                listed = few_listed(sections)
                message += f"; the sections of {plan_id} are: {listed}" if listed else ""
            else:
                continue
            line, column = _place(item, "sections", ref)
            problems.append(Problem.error(path, message, line, column))
        return problems


def _listed(path: Path, problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS of a file's unknown references, and a line saying how many
    more there are."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return [
        *problems[:MAX_PROBLEMS],
        Problem.error(
            path,
            f"{more:,} more unknown references not listed (only the first "
            f"{MAX_PROBLEMS} are); fix these first",
        ),
    ]


def _place(item: Section | Quote | Point, key: str, entry: str) -> tuple[int | None, int | None]:
    """Where an entry of the item's ``key`` list stands: its own place, else the item's header."""
    found = item.place_of(key, entry)
    if found is not None:
        return found
    return item.line, 1 if item.line else None


def _plans_listed(plans: abc.Collection[str]) -> str:
    listed = few_listed(plans)
    return f"; the plans are: {listed}" if listed else ""


_NONE: frozenset[str] = frozenset()


def _frozen(values: set[str]) -> frozenset[str]:
    return frozenset(values) if values else _NONE


def _same(known: Plan | Briefing, document: Plan | Briefing) -> bool:
    """Whether two documents are equal: the same object needs no field read (each read of
    a field in the text store reads the file)."""
    return known is document or known == document


def link(files: Sequence[SourceFile], root: Path, memo: LinkMemo | None = None) -> Collection:
    """Cross-check parsed files and build the collection.

    ``memo``: the results of the previous load, updated to this one's.
    """
    linker = _Linker(list(files), root, memo=memo if memo is not None else LinkMemo())
    linker.memo.checked = 0
    kept = linker.register()
    final: list[SourceFile] = []
    for source in kept:
        document = source.document
        if isinstance(document, Plan | Briefing):
            extra = linker.link_document(document)
            if extra:
                source = replace(source, problems=source.problems + extra)
        elif source.items:  # not loaded: its links are checked all the same
            linker.hints = 0
            unloaded = _listed(source.path, linker.item_refs(source.path, source.items))
            source = replace(source, problems=source.problems + tuple(unloaded))
        final.append(source)
    linker.memo.entries = linker.linked
    summarised = follow_on.summarise(future_dates.warn_future(final, future_dates.today()))
    return Collection(
        root=root,
        files=summarised.files,
        themes=MappingProxyType(dict(sorted(linker.themes.items()))),
        plans=MappingProxyType(dict(sorted(linker.plans.items()))),
        briefings=MappingProxyType(dict(sorted(linker.briefings.items()))),
        problems=summarised.problems,
        unverified=frozenset(linker.unverified),
        held_back=summarised.held_back,
    )


def load_collection(
    root: Path, parse: Callable[[Path], SourceFile] = parse_file, memo: LinkMemo | None = None
) -> Collection:
    """Load every briefing file below ``root``. Never raises for bad input.

    ``parse`` reads one file (:mod:`mhbrief.parsecache` answers unchanged files
    from its store); the cross-file checks run on every file whose facts changed
    since the load that left ``memo`` (on every file without one).
    """
    root = root.resolve()
    if not root.is_dir():
        problem = Problem.error(root, "briefings folder not found; check --briefings")
        return Collection(root=root, problems=(problem,))
    unreadable: list[OSError] = []
    known = memo.paths if memo is not None else None
    files = [load_file(path, root, parse) for path in discover(root, unreadable, known)]
    if unreadable:  # else already in path order
        files += [unreadable_folder(error) for error in unreadable]
        files.sort(key=lambda f: f.path.relative_to(root).parts)
    return link(files, root, memo)


LINKS_OUTSIDE = (
    "links outside the briefings folder; it is not loaded. "
    "Copy the file into the folder instead of linking to it"
)


def load_file(
    path: Path, root: Path, parse: Callable[[Path], SourceFile] = parse_file
) -> SourceFile:
    """One file found in ``root``: a link to a file outside it is an error and is not
    read (the same whether the target exists or not)."""
    if path.is_symlink() and not path.resolve().is_relative_to(root):
        return SourceFile(path, "", None, (Problem.error(path, LINKS_OUTSIDE),))
    return parse(path)


def validate_paths(collection: Collection, paths: Sequence[Path]) -> list[Problem]:
    """Problems of ``paths`` only, their references checked against ``collection``.

    A path inside the collection reports what loading the collection found; a
    path outside it is parsed and cross-checked as if it were added. A themes or plan
    file that does not load and so left references of theirs unchecked is reported
    first, with its summary of them (:mod:`mhbrief.follow_on`).
    """
    problems: list[Problem] = []
    by_path = {source.path: source for source in collection.files}
    blockers: dict[Path, tuple[Problem, ...]] = {}
    outside: list[SourceFile] = []
    seen: set[Path] = set()
    for path in paths:
        resolved = path.resolve()
        if resolved in seen:  # the same file named twice is not a duplicate of itself
            continue
        seen.add(resolved)
        if resolved in by_path:
            problems.extend(by_path[resolved].problems)
            blockers |= _blocking(collection, resolved)
        elif resolved.is_dir():
            problems.append(
                Problem.error(resolved, "is a folder; name its .toml files, or use --briefings")
            )
        elif not resolved.is_file():
            problems.append(Problem.error(resolved, "file not found"))
        else:
            outside.append(parse_file(resolved))
    if outside:
        merged = link([*collection.files, *outside], collection.root)
        for source in merged.files[len(collection.files) :]:
            problems.extend(source.problems)
            blockers |= _blocking(merged, source.path)
    first = [p for path, found in blockers.items() if path not in seen for p in found]
    return first + problems


def _blocking(collection: Collection, path: Path) -> dict[Path, tuple[Problem, ...]]:
    """The problems of each file that left references of ``path`` unchecked (the files
    are looked through only then: ``validate`` of every file by name stays linear)."""
    held = collection.held_back.get(path, ())
    if not held:
        return {}
    return {source.path: source.problems for source in collection.files if source.path in held}
