"""The body every quoted person's role names (made-up texts)."""

from __future__ import annotations

from mhbrief.importer.roles_body import body_of_every_role


def _quote(speaker: str, role: str) -> dict[str, str]:
    return {"speaker": speaker, "role": role, "text": "…"}


def test_every_role_names_one_body() -> None:
    text = "Ann Lee, director of the Harbour Safety Unit network of youth workers, spoke."
    role = "director of the Harbour Safety Unit network of youth workers"
    quotes = [_quote("Ann Lee", role), _quote("Ann Lee", role)]
    assert body_of_every_role(quotes, text) == "Harbour Safety Unit"


def test_a_quote_without_a_speaker_or_role_gives_none() -> None:
    role = "director of the Harbour Safety Unit"
    text = "Ann Lee, director of the Harbour Safety Unit, spoke."
    assert body_of_every_role([_quote("Ann Lee", role), _quote("TODO: who", "")], text) is None
    assert body_of_every_role([_quote("Ann Lee", role), _quote("Bo Dee", "")], text) is None


def test_two_bodies_or_a_former_post_give_none() -> None:
    text = "Ann Lee of Sea Aid Trust and Bo Dee of Port Help Foundation spoke."
    quotes = [
        _quote("Ann Lee", "chair of Sea Aid Trust"),
        _quote("Bo Dee", "head of Port Help Foundation"),
    ]
    assert body_of_every_role(quotes, text) is None
    assert body_of_every_role([_quote("Ann Lee", "former chair of Sea Aid Trust")], text) is None
