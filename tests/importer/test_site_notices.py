"""A site's notice over an old page, or its disclaimer, is not the article's text."""

from __future__ import annotations

from mhbrief.importer.boilerplate import is_banner
from mhbrief.importer.site_notices import is_site_notice


def test_old_page_notices() -> None:
    assert is_site_notice(
        "Disclaimer: the views in this post are the writer's own and not the charity's."
    )
    assert is_site_notice(
        "This article is more than 5 years old and may not hold the latest figures."
    )
    assert is_site_notice("Let op: dit artikel is meer dan drie jaar oud.")
    assert is_site_notice("This page has been archived and is no longer updated.")
    assert is_banner("Dit bericht is ouder dan 2 jaar oud")


def test_sentences_about_age_stay() -> None:
    assert not is_site_notice("The shelter is more than 5 years old, the council said.")
    assert not is_site_notice("“This article is two years old,” she said, “and still true.”")
    assert not is_site_notice("The disclaimer on the form misled the workers.")
