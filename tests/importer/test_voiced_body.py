"""The body a text speaks as, or whose experts speak in it (made-up texts)."""

from __future__ import annotations

from mhbrief.importer.voiced_body import voiced_body


def _nobody(name: str) -> bool:
    return False


def test_we_as_comes_first() -> None:
    text = "We, as Harbour Aid Foundation, ask for help. Two Sea Union experts warned."
    assert voiced_body(text, _nobody) == "Harbour Aid Foundation"


def test_the_experts_body_when_the_text_speaks_as_no_one() -> None:
    text = "SU experts warn\n\nTwo Sea Union experts warned of abuse at sea."
    assert voiced_body(text, _nobody) == "Sea Union"


def test_none_without_either() -> None:
    assert voiced_body("The harbour was quiet on Monday.", _nobody) is None
