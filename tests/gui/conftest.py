"""GUI tier: Qt runs offscreen so the suite needs no display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Autosave files of the app under test go to a throw-away folder, never the user's.
if "INFERONOMICS_DATA_DIR" not in os.environ:
    import tempfile

    os.environ["INFERONOMICS_DATA_DIR"] = tempfile.mkdtemp(prefix="inferonomics-test-data-")
