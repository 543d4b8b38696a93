"""The organisation named with its abbreviation, and theme suggestions."""

from __future__ import annotations

from mhbrief.importer.organisation import named_organisation
from mhbrief.importer.themes import suggest_themes
from mhbrief.model import Theme


def test_the_abbreviation_used_most_wins() -> None:
    text = (
        "Het Centrum tegen Kinderhandel en Mensenhandel (CKM) en het Openbaar Ministerie (OM) "
        "spraken. CKM zegt dat CKM meer wil."
    )
    assert named_organisation(text) == ("Centrum tegen Kinderhandel en Mensenhandel", "CKM")
    assert named_organisation("Geen afkorting hier.") is None


def test_theme_label_suggests_its_theme() -> None:
    themes = {"digitaal": Theme("digitaal", "Digitaal", "Online werving en sociale media")}
    assert suggest_themes("Meer aandacht voor digitale uitbuiting.", themes) == ["digitaal"]
    assert suggest_themes("Over geld.", themes) == []
