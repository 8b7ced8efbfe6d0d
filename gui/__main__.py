"""`python -m gui` starts the desktop app."""

from gui.app import main

raise SystemExit(main())
