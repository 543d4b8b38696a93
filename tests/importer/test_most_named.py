"""The organisation a text names most: never a post a person holds (made-up texts)."""

from __future__ import annotations

from mhbrief.importer.most_named import most_named_organisation

POST = """Government names a Regional Labour Rights Envoy

The new Regional Labour Rights Envoy will travel to five countries this year.

We welcome the Regional Labour Rights Envoy, and we hope the post gets a budget.
"""

BODY = """The Harbour Rights Foundation opens an office

The Harbour Rights Foundation will help workers in the port. Staff of the Harbour Rights \
Foundation start in May.
"""


def test_a_post_named_most_is_no_organisation() -> None:
    assert most_named_organisation(POST, lambda name: False) is None


def test_a_body_named_most_is_the_organisation() -> None:
    assert most_named_organisation(BODY, lambda name: False) == "Harbour Rights Foundation"
