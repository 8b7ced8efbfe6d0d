"""Hostile files end as a clean ScenarioError; saves killed at random moments never corrupt a file."""

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from core.catalog import read_resource_text
from core.fuzzing import fuzz
from core.scenario_io import parse_scenario_text

VALID = read_resource_text("scenarios", "r1-claims-8xh20.json").encode("utf-8")


def test_fuzzed_files_raise_only_scenario_errors() -> None:
    report = fuzz(VALID, cases=1_500, seed=20261129)
    assert report.other_exceptions == []
    assert report.accepted_not_evaluating == [] and report.accepted_not_round_tripping == []
    assert report.unclear_refusals == []
    assert report.rejected > 1_000  # most mutations are caught...
    assert report.accepted > 50  # ...and harmless ones still load
    assert report.slowest_s < 1.0


def test_accepted_fuzz_cases_evaluate_to_finite_figures() -> None:
    from core import evaluate
    from core.fuzzing import mutate

    rng = random.Random(5)
    checked = 0
    for _ in range(400):
        try:
            scenario, _ = parse_scenario_text(mutate(VALID, rng))
        except Exception:
            continue
        for value in evaluate(scenario).model_dump().values():
            if isinstance(value, float):
                assert value == value and value not in (float("inf"), float("-inf"))
        checked += 1
    assert checked > 10


WRITER = textwrap.dedent(
    """
    import sys
    from core import default_scenario, save_scenario
    path = sys.argv[1]
    base = default_scenario()
    count = 8
    print("ready", flush=True)
    while True:
        count = 8 if count >= 4096 else count + 8
        save_scenario(base.updated({"hardware.accelerator_count": count, "description": "x" * (count * 2)}), path)
    """
)


def test_killing_saves_at_random_moments_never_leaves_a_partial_file(tmp_path) -> None:
    from core import default_scenario, load_scenario, save_scenario

    target = tmp_path / "scenario.json"
    save_scenario(default_scenario(), target)
    rng = random.Random(11)
    kills = 0
    for _ in range(40):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE)
        assert child.stdout is not None
        child.stdout.readline()  # the writer is saving in a loop from here on
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        kills += 1
        loaded = load_scenario(target)  # complete old or new file, never a torn one
        assert loaded.hardware.accelerator_count % 8 == 0
        assert json.loads(target.read_text(encoding="utf-8"))["format"] == "inferonomics-scenario"
        backup = target.with_name(target.name + ".bak")
        if backup.exists():
            load_scenario(backup)
    assert kills == 40
