"""Canaries for the one place the app reaches into Textual's private state.

The prep sheet's copy key says how many marked items it copies: a binding's text is
fixed, so ``Prep`` replaces the binding in the screen's own ``_bindings`` map and asks
for the footer to be redrawn. If Textual moves that map or shares it between screens,
this fails first, naming what moved.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import metadata
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingsMap, BindingType
from textual.screen import Screen

MOVED = (
    "Textual {version} moved a screen's own bindings (Screen._bindings.key_to_bindings): "
    "update Prep._copy_key in mhbrief/tui/screens/prep.py"
)


class _Screen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("m", "noop", "Copy marked", show=False)]


async def test_a_screens_bindings_are_its_own_and_can_be_replaced() -> None:
    message = MOVED.format(version=metadata.version("textual"))
    app: App[None] = App()
    async with app.run_test():
        first, second = _Screen(), _Screen()
        bindings = getattr(first, "_bindings", None)
        assert isinstance(bindings, BindingsMap), message
        assert isinstance(bindings.key_to_bindings.get("m"), list), message
        assert bindings is not second._bindings, message  # per instance, not shared
        wanted = replace(bindings.key_to_bindings["m"][0], description="Copy 2 marked", show=True)
        bindings.key_to_bindings["m"] = [wanted]
        assert second._bindings.key_to_bindings["m"][0].description == "Copy marked", message
        assert callable(getattr(first, "refresh_bindings", None)), message
