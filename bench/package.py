"""Packaged app: bundle size (MB on disk, du-style) and start-up (process start → main window painted).

Targets: bundle <= 150 MB unpacked; start-up <= 1.5 s.
Measures the frozen one-folder bundle dist/inferonomics/ (build it with `./dev package`, or pass
--build). Start-up runs the frozen executable with INFERONOMICS_EXIT_WHEN_SHOWN=1: packaging/entry.py
then prints the wall-clock time of the main window's first paint and exits; start-up is that time
minus the moment this script started the process. Offscreen Qt, a throw-away HOME, one warm-up run,
then the median of several runs (the machine is shared). --json prints {"bundle_mb", "startup_s"}.
Without a bundle (and without --build) it says so and exits 0, so `./dev bench` works on a fresh clone.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 150.0
TARGET_S = 1.5
MARKER = "INFERONOMICS_SHOWN "
STARTED = "INFERONOMICS_STARTED "


def executable(bundle: Path) -> Path:
    return bundle / ("inferonomics.exe" if sys.platform == "win32" else "inferonomics")


def disk_mb(folder: Path) -> float:
    """Space the unpacked bundle takes, as `du -s` counts it (allocated blocks, hard links once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        blocks = getattr(info, "st_blocks", None)
        total += blocks * 512 if blocks is not None else info.st_size
    return total / 2**20


def startup_seconds(exe: Path, home: Path, timeout_s: float = 60.0) -> tuple[float, float]:
    """(process start → first paint, process start → entry script running) in seconds."""
    env = dict(os.environ)
    env.update(
        INFERONOMICS_EXIT_WHEN_SHOWN="1",
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    started = time.time()
    done = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=timeout_s, check=False)
    marks = {
        key: float(line[len(key) :]) - started
        for line in done.stdout.splitlines()
        for key in (MARKER, STARTED)
        if line.startswith(key)
    }
    if MARKER in marks:
        return marks[MARKER], marks.get(STARTED, float("nan"))
    raise RuntimeError(
        f"{exe} exited {done.returncode} without reporting its first paint\n{done.stdout}\n{done.stderr}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print {bundle_mb, startup_s} only")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "inferonomics", help="one-folder bundle")
    parser.add_argument("--build", action="store_true", help="build the bundle first if it is missing")
    parser.add_argument("--runs", type=int, default=5, help="timed start-ups after one warm-up (default 5)")
    args = parser.parse_args()

    exe = executable(args.bundle)
    if not exe.exists() and args.build:
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "bundle"], check=True, cwd=ROOT)
    if not exe.exists():
        message = f"no bundle at {args.bundle}: run ./dev package (or this script with --build); skipped"
        print(json.dumps({"bundle_mb": None, "startup_s": None, "skipped": message}) if args.json else message)
        return 0

    bundle_mb = disk_mb(args.bundle)
    with tempfile.TemporaryDirectory(prefix="inferonomics-bench-") as folder:
        home = Path(folder)
        cold = startup_seconds(exe, home)[0]  # warm-up: file cache, font cache
        runs = [startup_seconds(exe, home) for _ in range(max(1, args.runs))]
    timings = [shown for shown, _ in runs]
    startup_s = statistics.median(timings)
    interpreter_s = statistics.median(entered for _, entered in runs)

    if args.json:
        print(json.dumps({"bundle_mb": round(bundle_mb, 1), "startup_s": round(startup_s, 3)}))
        return 0
    verdict = "ok" if bundle_mb <= TARGET_MB else "OVER"
    print(f"bundle size:  {bundle_mb:7.1f} MB  (target <= {TARGET_MB:.0f} MB)  {verdict}")
    print(
        f"start-up:     {startup_s:7.3f} s   (target <= {TARGET_S} s)  {'ok' if startup_s <= TARGET_S else 'OVER'}"
        f"  [median of {len(timings)}; best {min(timings):.3f} s, first run {cold:.3f} s]"
    )
    print(
        f"  of which:   {interpreter_s:7.3f} s   bootloader + Python start (to packaging/entry.py),"
        f" {startup_s - interpreter_s:.3f} s imports + window + first paint"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
