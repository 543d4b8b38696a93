"""Turn the plain text of a press statement into a draft briefing (format v1).

Headless: no Textual, no Whoosh. The CLI (``mhbrief import``) and the app's
"Import a source text…" screen both use this API::

    from mhbrief.importer import Draft, SourceError, import_source
    from mhbrief.writer import TargetExistsError, write_draft

    draft = import_source(Path("statement.txt"), collection=collection,
                          organisation=None, briefing_id=None)
    draft.data                # the TOML document (a dict, ready for tomli_w)
    draft.quotes              # tuple[model.Quote, ...]  for review
    draft.points              # tuple[model.Point, ...]  for review
    draft.summary             # str | None
    draft.warnings            # list[str]: what was guessed or is missing
    draft.suggested_filename  # "2018-11-13-title-slug.toml"
    path = write_draft(draft, briefings_dir, out=None, source_path=Path("statement.txt"))

``import_source`` takes a :class:`~pathlib.Path` (read as a file), ``bytes``
(raw file content) or ``str`` (the text itself). It raises :class:`SourceError`
with a message for the user when the source is empty, binary or not UTF-8;
nothing is written in that case. ``write_draft`` never overwrites a file and
copies the source next to the briefing (see :mod:`mhbrief.writer`).

The phases, one module each, in the order :func:`import_source` runs them:

- reading (:mod:`.source`): bytes to clean text, or a :class:`SourceError`;
- cleaning: site furniture left out (:mod:`.boilerplate`), the date from a date
  line or dateline (:mod:`.dateline`), the headline (:mod:`.title`), then lines
  grouped into paragraphs under their subheadings (:mod:`.paragraphs`);
- attribution: quotations found (:mod:`.quotes`), a person read from the words
  around each (:mod:`.speakers`, with what a role or title looks like in
  :mod:`.roles`), names and roles carried over from earlier mentions
  (:mod:`.carryover`), all walked in source order by :mod:`.attribution`;
- assembly (:mod:`.assembly`): organisation (:mod:`.organisation`), themes
  (:mod:`.themes`), summary, points, ids and notes put together as a
  :class:`Draft`.

The importer's text rules (:mod:`.words`) are its own: whole lines folded and a
light stemmer, not the search index's analysis; only accent folding is shared.
The draft format is described in ``docs/briefing-format.md`` ("Importing a
source text").
"""

from mhbrief.importer.assembly import (
    PLACEHOLDER_DATE,
    PLACEHOLDER_ORGANISATION,
    PLACEHOLDER_TITLE,
    Draft,
    import_source,
)
from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER
from mhbrief.importer.boilerplate import is_boilerplate
from mhbrief.importer.dateline import parse_date_line, split_dateline
from mhbrief.importer.duplicates import DuplicateSourceError
from mhbrief.importer.source import MAX_SOURCE_BYTES, SourceError, decode_source, read_source
from mhbrief.importer.speakers import Person, parse_person
from mhbrief.importer.themes import suggest_themes
from mhbrief.importer.words import detect_language, fold_text, slugify, suffix_stem

__all__ = [
    "MAX_SOURCE_BYTES",
    "PLACEHOLDER_DATE",
    "PLACEHOLDER_ORGANISATION",
    "PLACEHOLDER_SPEAKER",
    "PLACEHOLDER_TITLE",
    "Draft",
    "DuplicateSourceError",
    "Person",
    "SourceError",
    "decode_source",
    "detect_language",
    "fold_text",
    "import_source",
    "is_boilerplate",
    "parse_date_line",
    "parse_person",
    "read_source",
    "slugify",
    "split_dateline",
    "suffix_stem",
    "suggest_themes",
]
