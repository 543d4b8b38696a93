"""``python -m mhbrief``: the same command line as the ``mhbrief`` script."""

import sys

from mhbrief.cli import main

sys.exit(main())
