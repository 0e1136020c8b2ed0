"""``python -m quizgen``: the command line."""

import sys

from quizgen.cli import main

sys.exit(main())
