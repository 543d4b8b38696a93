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


def _organisation(text: str) -> str:
    from mhbrief.importer import import_source

    return str(import_source(text).data["organisation"])


def test_an_about_block_names_the_organisation_over_the_quoted_others() -> None:
    text = (
        "Stichting Kinderhulp bouwt een centrum met Fier\n\n"
        "Het Landelijk Centrum Uitbuiting (LCU) krijgt een nieuw gebouw.\n\n"
        "“Wij zijn blij met dit geld,” zegt Fier-directeur Linda Bos.\n\n"
        "Over Stichting Kinderhulp\n\n"
        "Stichting Kinderhulp helpt kinderen wereldwijd.\n"
    )
    assert _organisation(text) == "Stichting Kinderhulp"


def test_the_name_after_a_roles_last_comma_and_before_its_title() -> None:
    assert (
        _organisation(
            "Amendments welcomed\n\n"
            "“This law will protect children,” said Kim Rand, Director of Legal, JFA Australia.\n"
        )
        == "JFA Australia"
    )
    assert (
        _organisation(
            "Report on trafficking\n\n"
            "“Trafficking is a European tragedy,” said Council of Europe Secretary General "
            "Tom Lind.\n"
        )
        == "Council of Europe"
    )


def test_an_organisation_the_text_says_what_it_is() -> None:
    text = (
        "Sekswerkers boos op de politie\n\n"
        "Vrij Werk, de belangenvereniging voor sekswerkers, is boos op de politie.\n\n"
        "“Dit bericht is beledigend,” zegt voorzitter Roos Jansen.\n"
    )
    assert _organisation(text) == "Vrij Werk"


def test_a_sheriffs_office_the_text_names() -> None:
    text = (
        "Operation ends\n\n"
        "The Lake County Sheriff’s Office started the operation in May.\n\n"
        "“We arrested more people than ever,” Lake County Sheriff Ann Lee said.\n"
    )
    assert _organisation(text) == "Lake County Sheriff’s Office"
