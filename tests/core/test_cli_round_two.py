"""Issue 13, CLI: every failure is one sentence and exit code 2 in the user's terms; output
survives any terminal encoding. Each test failed on the code before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.catalog import load_catalog, read_resource_text
from core.cli import main

VALID = read_resource_text("scenarios", "r1-claims-8xh20.json")


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_exit_2(capsys, *args: str) -> str:
    code, _, err = run(capsys, *args)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


def test_file_the_engine_cannot_evaluate_exits_2(tmp_path: Path, capsys) -> None:
    data = json.loads(VALID)
    chip = load_catalog().accelerator("h20").model_dump(mode="json")
    chip["dense_tflops"] = {}
    data["hardware"]["custom_accelerator"] = chip
    (tmp_path / "s.json").write_text(json.dumps(data))
    assert "matrix throughput" in _one_line_exit_2(capsys, "evaluate", str(tmp_path / "s.json"))


def test_huge_integer_in_a_file_exits_2(tmp_path: Path, capsys) -> None:
    (tmp_path / "s.json").write_text(VALID.replace('"accelerator_count": 8', '"accelerator_count": ' + "7" * 5000))
    assert "hardware.accelerator_count" in _one_line_exit_2(capsys, "evaluate", "--json", str(tmp_path / "s.json"))


def test_empty_file_name_is_an_error_not_the_example(capsys) -> None:
    assert "no file name" in _one_line_exit_2(capsys, "evaluate", "")


def test_bare_command_prints_usage_and_exits_2(capsys) -> None:
    code, _, err = run(capsys)
    assert code == 2 and "usage: inferonomics-cli" in err


def test_errors_name_the_flag_typed(capsys) -> None:
    err = _one_line_exit_2(capsys, "evaluate", "--gpu-count", "0")
    assert "--gpu-count" in err and "hardware.accelerator_count" not in err
    err = _one_line_exit_2(capsys, "evaluate", "--input-tokens", "0")
    assert "--input-tokens" in err and "workload." not in err


def test_utilization_in_percent_suggests_the_share(capsys) -> None:
    assert "did you mean 0.6" in _one_line_exit_2(capsys, "evaluate", "--utilization", "60")


def test_rental_price_that_looks_like_a_purchase_price_is_noted(capsys) -> None:
    code, _, err = run(capsys, "evaluate", "--rent", "--gpu-price", "25000")
    assert code == 0 and "per hour" in err and "purchase price" in err
    code, _, err = run(capsys, "evaluate", "--rent", "--gpu-price", "2.5")
    assert code == 0 and "purchase price" not in err


def test_enormous_demand_is_not_an_absurd_percentage(capsys) -> None:
    code, out, _ = run(capsys, "evaluate", "--cases-per-day", "1e12")
    assert code == 0
    peak = [line for line in out.splitlines() if "over capacity" in line]
    assert peak and "%" not in peak[0] and "times capacity" in peak[0]


def _write_config(tmp_path: Path, name: str, config: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(config))
    return str(path)


def test_model_config_errors_are_one_line_name_the_file_and_say_invalid_or_missing(tmp_path, capsys) -> None:
    shape = {"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32}
    invalid = _write_config(tmp_path, "mine.json", {**shape, "num_hidden_layers": -3})
    err = _one_line_exit_2(capsys, "evaluate", "--model-config", invalid)
    assert "mine.json" in err and "invalid num_hidden_layers" in err and "missing" not in err
    missing = _write_config(tmp_path, "other.json", {"hidden_size": 4096, "num_attention_heads": 32})
    err = _one_line_exit_2(capsys, "evaluate", "--model-config", missing)
    assert "other.json" in err and "missing num_hidden_layers" in err
    odd = _write_config(tmp_path, "odd.json", {**shape, "max_position_embeddings": 0.5})
    err = _one_line_exit_2(capsys, "evaluate", "--model-config", odd)
    assert "odd.json" in err and "max_context_tokens" in err and "pydantic" not in err


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_narrow_terminal_encodings_do_not_crash(encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for args in (["evaluate"], ["evaluate", "--json"], ["catalog"], ["evaluate", "--gpu", "nope"]):
        result = subprocess.run([sys.executable, "-m", "core", *args], capture_output=True, env=env)
        assert b"Traceback" not in result.stderr, result.stderr[-400:]
        assert result.returncode in (0, 2)


def test_oversized_model_config_states_the_limit(tmp_path, capsys) -> None:
    from core.hf_import import MAX_CONFIG_BYTES

    big = tmp_path / "huge.json"
    big.write_bytes(b" " * (MAX_CONFIG_BYTES * 2))
    err = _one_line_exit_2(capsys, "evaluate", "--model-config", str(big))
    assert "huge.json" in err and f"{MAX_CONFIG_BYTES:,} bytes" in err
