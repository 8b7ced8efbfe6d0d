"""GUI tier: Qt runs offscreen so the suite needs no display."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Autosave files of the app under test go to a throw-away folder, never the user's,
# removed when the test process ends.
if "INFERONOMICS_DATA_DIR" not in os.environ:
    _data_dir = tempfile.mkdtemp(prefix="inferonomics-test-data-")
    os.environ["INFERONOMICS_DATA_DIR"] = _data_dir
    atexit.register(shutil.rmtree, _data_dir, True)
