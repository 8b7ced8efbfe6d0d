"""Commands added from outside core (the `report` command lives at the edge, with Qt)."""

from __future__ import annotations

import argparse

import pytest

from core.cli import CommandExtension, main


def test_an_extension_adds_a_command_and_keeps_the_others(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[argparse.Namespace] = []

    def add(commands: object) -> None:
        parser = commands.add_parser("hello", help="say hello")  # type: ignore[attr-defined]
        parser.add_argument("--name", required=True)

    extension = CommandExtension("hello", add, lambda args: seen.append(args) or 0)
    assert main(["hello", "--name", "x"], [extension]) == 0
    assert seen[0].name == "x"
    assert main(["catalog"], [extension]) == 0
    assert "Accelerators:" in capsys.readouterr().out


def test_extension_errors_are_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    from core.errors import ScenarioError

    def fail(_args: argparse.Namespace) -> int:
        raise ScenarioError("--pdf: cannot write here")

    extension = CommandExtension("boom", lambda commands: commands.add_parser("boom"), fail)
    assert main(["boom"], [extension]) == 2
    assert capsys.readouterr().err == "inferonomics-cli: --pdf: cannot write here\n"


def test_core_alone_has_no_report_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "x.json", "--pdf", "y.pdf"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'report'" in capsys.readouterr().err
