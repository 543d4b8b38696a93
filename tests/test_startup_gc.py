"""The command line loads its modules without full garbage collections, then gives the
collector back its thresholds before the command runs."""

from __future__ import annotations

import subprocess
import sys


def test_full_collections_are_held_while_loading_and_restored_for_the_command() -> None:
    script = (
        "import gc\n"
        "before = gc.get_threshold()\n"
        "import mhbrief.cli\n"
        "from mhbrief import startup_gc\n"
        "held = gc.get_threshold()\n"
        "assert held[2] == startup_gc.NEVER and held[:2] == before[:2], held\n"
        "seen = []\n"
        "def handler(args):\n"
        "    seen.append(gc.get_threshold())\n"
        "    return 0\n"
        "import sys\n"
        "main = sys.modules['mhbrief.cli.main']  # the package's main is the function\n"
        "parser = main.build_parser()\n"
        "args = parser.parse_args(['validate'])\n"
        "args.handler = handler\n"
        "known = {'parse_known_args': lambda self, a: (args, [])}\n"
        "main.build_parser = lambda: type('P', (), known)()\n"
        "assert main.main([]) == 0\n"
        "assert seen == [before], (seen, before)\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
