"""Issue 13, start-up: `./dev run` waits for another package manager's lock instead of failing
at once; the dependencies the code relies on are declared and pyqtgraph is capped. Each
failed before. (The app without a display: tests/gui/test_start_up_no_display.py.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _apt_get_function() -> str:
    text = (ROOT / "dev").read_text()
    match = re.search(r"^apt_get\(\) \{.*?^\}", text, re.S | re.M)
    assert match, "dev defines apt_get()"
    return match.group(0)


@pytest.mark.skipif(sys.platform == "win32", reason="bash script")
def test_dev_waits_for_the_apt_lock_and_retries(tmp_path: Path) -> None:
    fake = tmp_path / "apt-get"
    log = tmp_path / "calls"
    fake.write_text(
        "#!/bin/sh\n"
        f'echo "$*" >> {log}\n'
        f'[ "$(wc -l < {log})" -ge 2 ] && exit 0\n'
        'echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2; exit 100\n'
    )
    fake.chmod(0o755)
    script = f"APT_LOCK_WAIT_S=7\nAPT_RETRY_SLEEP_S=0\n{_apt_get_function()}\napt_get install -y fonts-noto-cjk\n"
    result = subprocess.run(["bash", "-c", script], env={**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines()
    assert len(calls) == 2 and all("-o DPkg::Lock::Timeout=7 install -y fonts-noto-cjk" in c for c in calls)


def test_dependencies_declare_filelock_and_cap_pyqtgraph() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    dependencies = {re.split(r"[<>=!~;\s]", item, maxsplit=1)[0]: item for item in project["dependencies"]}
    assert "filelock" in dependencies
    assert "<" in dependencies["pyqtgraph"]  # gui/charts/axis.py overrides private pyqtgraph internals
