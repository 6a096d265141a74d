"""``python -m suivi_templates``: the command line."""

import sys

from suivi_templates.cli import main

sys.exit(main())
