"""The body a release names beside its own "our"/"we"/"us" (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.our_release import body_speaking_as_we


def _nobody(name: str) -> bool:
    return False


def test_the_sender_named_with_our_in_one_sentence() -> None:
    text = (
        "Harbour Help for Seafarers’s crew at our new northern office freed a cook. "
        "Harbour Help for Seafarers first became involved when a friend contacted us."
    )
    assert body_speaking_as_we(text, _nobody) == "Harbour Help for Seafarers"


def test_a_persons_name_beside_us_is_no_sender() -> None:
    text = "Ann Lee’s family told us she was missing. Ann Lee was 40."
    assert body_speaking_as_we(text, _nobody) is None


def test_a_quoted_persons_we_is_not_the_senders() -> None:
    text = (
        "“Ship Aid for Crews’s staff told us it was fine,” he said. Ship Aid for Crews denied it."
    )
    assert body_speaking_as_we(text, _nobody) is None


def test_a_release_in_the_first_person_plural_gives_its_sender() -> None:
    text = (
        "New northern office frees its first victim\n\n"
        "Harbour Help for Seafarers’s team at our new northern office is celebrating its "
        "first rescue. The team has helped a cook leave a trawler.\n\n"
        "Senior caseworker Ann Lee said: “We are so glad we could help him.”\n\n"
        "Harbour Help for Seafarers first became involved when a friend of the cook "
        "contacted us.\n"
    )
    assert import_source(text).data["organisation"] == "Harbour Help for Seafarers"
