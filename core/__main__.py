"""`python -m core` runs the command-line interface."""

from core.cli import main

raise SystemExit(main())
