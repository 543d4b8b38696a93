"""What several test modules share: the repository's paths and small briefing texts.

A plain module, not a conftest: tests import these names from here (``from shared
import BRIEFING``), and the fixtures in ``conftest.py`` use them too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_SOURCES = REPO.parent / "shared" / "sources"
CKM_NAME = "ckm-2018-11-13-mensenhandel-ambitie.txt"
#: The CKM statement: the shared original where this checkout sits beside it, else the
#: copy archived in briefings/sources (byte-identical: test_repository_briefings checks
#: that whenever the original is present), so a clone elsewhere still runs these tests.
CKM_SOURCE_PATH = (
    SHARED_SOURCES / CKM_NAME
    if (SHARED_SOURCES / CKM_NAME).is_file()
    else REPO / "briefings" / "sources" / CKM_NAME
)


#: Writes a dedented text file below the test's briefings folder (the ``write`` fixture).
WriteFile = Callable[[str, str], Path]

THEMES = """
format = 1
kind = "themes"

[themes.digitaal]
label = "Digitaal"
description = "Online werving en digitale opsporing"

[themes.financiering]
label = "Financiering"
"""

PLAN = """
format = 1
kind = "plan"
id = "plan-a"
title = "Plan A"
published = 2018-11-13

[[sections]]
id = "actielijn-1"
number = "1"
title = "Basisaanpak"
text = "Samenvatting van actielijn 1."
themes = ["digitaal"]

[[sections]]
id = "actielijn-1.1"
title = "Onderdeel"
text = "Een onderdeel."
parent = "actielijn-1"
"""

BRIEFING = """
format = 1
kind = "briefing"
id = "org-2018-stelling"
title = "Een stelling"
published = 2018-11-13
organisation = "Centrum"
organisation_short = "C"
source_type = "press-statement"
responds_to = ["plan-a"]

[[quotes]]
id = "q1"
speaker = "Anna de Vries"
role = "woordvoerder"
context = "Te weinig innovatie"
text = "Wij missen een digitale aanpak."
themes = ["digitaal"]
sections = ["plan-a/actielijn-1"]

[[points]]
id = "p1"
stance = "critical"
text = "Er komt geen extra geld."
themes = ["financiering"]
sections = ["plan-a/actielijn-1.1"]
"""
