"""The package as pip installs it: every subpackage and the example briefings are shipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _configured_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_subpackage_is_listed_for_a_regular_install() -> None:
    # An editable install finds any folder; `pip install .` only ships the listed ones,
    # and a missing subpackage shows up as an ImportError on the user's machine only.
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "mhbrief").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= _configured_packages(), found - _configured_packages()


def test_example_briefings_are_shipped_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"]["mhbrief.examples"] == "briefings"
    patterns = config["tool"]["setuptools"]["package-data"]["mhbrief.examples"]
    shipped = {
        path
        for pattern in patterns
        for path in (ROOT / "briefings").glob(pattern)
        if path.is_file()
    }
    wanted = {
        path
        for path in (ROOT / "briefings").rglob("*")
        if path.is_file() and path.suffix in {".toml", ".txt"}
    }
    assert wanted and wanted <= shipped, wanted - shipped


def test_python_dash_m_runs_the_same_command_line() -> None:
    import subprocess
    import sys

    from mhbrief import __version__

    done = subprocess.run(
        [sys.executable, "-m", "mhbrief", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert __version__ in done.stdout
