"""The body whose own voice a text reports, read in one place of the rule order:

- the one it speaks as "wij"/"we" by name (:func:`.we_as.we_speak_as`: "Als stichting
  willen wij …", "We, as Harbour Aid, …");
- the one its sender names beside its own "our"/"we"/"us"
  (:func:`.our_release.body_speaking_as_we`: "Harbour Aid’s team at our new office …");
- the one whose experts its opening has speak (:func:`.body_experts.body_of_experts`:
  "two Harbour Union rights experts have warned …").
"""

from __future__ import annotations

from collections.abc import Callable

from mhbrief.importer.body_experts import body_of_experts
from mhbrief.importer.our_release import body_speaking_as_we
from mhbrief.importer.we_as import we_speak_as


def voiced_body(text: str, is_person: Callable[[str], bool]) -> str | None:
    """The body the text speaks as, or whose experts speak in its opening."""
    if found := we_speak_as(text) or body_speaking_as_we(text, is_person):
        return found
    experts = body_of_experts(text)
    return experts[0] if experts else None
