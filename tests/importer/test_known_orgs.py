"""A text that does not say who published it: the organisation stays a placeholder, and
the folder's organisations the text names are offered (in the note, and to the app)."""

from __future__ import annotations

from pathlib import Path

from mhbrief.importer import import_source
from mhbrief.importer.assembly import PLACEHOLDER_ORGANISATION
from mhbrief.importer.known_orgs import known_organisations
from mhbrief.loader import load_collection

UNSIGNED = (
    "Meer meldingen van kinderhandel\n\n"
    "Het aantal meldingen stijgt, blijkt uit cijfers die SVK vandaag bekendmaakt.\n\n"
    "„We zien elk jaar meer jonge slachtoffers,” zei een medewerker.\n"
)


def _briefing(folder: Path, name: str, organisation: str, short: str | None = None) -> None:
    extra = f'organisation_short = "{short}"\n' if short else ""
    (folder / f"{name}.toml").write_text(
        f'format = 1\nkind = "briefing"\nid = "{name}"\ntitle = "Een verklaring"\n'
        f'published = 2021-05-03\norganisation = "{organisation}"\n{extra}'
        'source_type = "press-statement"\n',
        encoding="utf-8",
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefings"
    folder.mkdir()
    _briefing(folder, "a-1", "Stichting Veilige Kinderen", "SVK")
    _briefing(folder, "b-1", "Centrum tegen Uitbuiting")
    _briefing(folder, "b-2", "Centrum tegen Uitbuiting")
    return folder


def test_the_folder_s_organisations_the_text_names_come_first(tmp_path: Path) -> None:
    collection = load_collection(_folder(tmp_path))
    known = known_organisations(collection, UNSIGNED)
    assert known.named == ("Stichting Veilige Kinderen",)  # by its short form, as a word
    assert known.all == ("Stichting Veilige Kinderen", "Centrum tegen Uitbuiting")
    assert known_organisations(collection, "svkx en centrum tegen uitbuiting").named == (
        "Centrum tegen Uitbuiting",  # a full name in any case; a short form only as written
    )
    assert known_organisations(None, UNSIGNED).all == ()


def test_the_draft_names_the_candidates_and_does_not_guess(tmp_path: Path) -> None:
    collection = load_collection(_folder(tmp_path))
    draft = import_source(UNSIGNED, collection=collection)
    assert draft.data["organisation"] == PLACEHOLDER_ORGANISATION
    note = next(n for n in draft.warnings if n.startswith("no organisation found"))
    assert "maybe: Stichting Veilige Kinderen" in note
    assert "Centrum tegen Uitbuiting" not in note  # the text does not name it
    assert draft.organisations == ("Stichting Veilige Kinderen", "Centrum tegen Uitbuiting")
