"""CLI commands for deciding: `compare`, `sensitivity`, and the API-price keys of `evaluate`.

Kept apart from core/cli.py, which only registers them.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from core.api_prices import break_even_json, default_price, given_price
from core.cli_text import compare_text, sensitivity_text
from core.compare import compare
from core.errors import ScenarioError
from core.scenario import Scenario
from core.scenario_io import load_scenario_with_notices
from core.sensitivity import DEFAULT_SWING, tornado


def add_commands(commands: Any) -> None:
    """Register `compare` and `sensitivity` on the CLI's subparsers."""
    versus = commands.add_parser(
        "compare", help="compare 2 to 5 scenarios; attribute the change in cost per case to the inputs")
    versus.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="scenario files (.json); the first is A")
    versus.add_argument("--json", action="store_true")
    swing = commands.add_parser("sensitivity", help="which input matters: a tornado of cost per case and latency")
    swing.add_argument("scenario", help="scenario file (.json)")
    swing.add_argument("--swing", type=float, default=DEFAULT_SWING, help="share each number moves (default 0.2)")
    swing.add_argument("--json", action="store_true")


def add_api_flags(command: argparse.ArgumentParser) -> None:
    command.add_argument("--api-price-in", type=float, help="API price per million input tokens (scenario currency)")
    command.add_argument("--api-price-out", type=float, help="API price per million output tokens (scenario currency)")


def api_keys(args: argparse.Namespace, scenario: Scenario) -> dict[str, Any]:
    """`api_cost_per_case`, `break_even_cases_per_day` and `api_price_used`, when there is a price."""
    given_in, given_out = getattr(args, "api_price_in", None), getattr(args, "api_price_out", None)
    if (given_in is None) != (given_out is None):
        raise ScenarioError.coded("--api-price-in and --api-price-out go together: give both prices per million "
                                  "tokens", "flags_api_prices")
    price = (given_price(given_in, given_out, scenario.pricing.currency)
             if given_in is not None and given_out is not None else default_price(scenario))
    return {} if price is None else break_even_json(scenario, price)


def _load(path: str) -> tuple[Scenario, list[str]]:
    return load_scenario_with_notices(path)


def run(args: argparse.Namespace) -> tuple[str, list[str]]:
    """The text (or JSON) for `compare` or `sensitivity`, and notices for stderr."""
    if args.command == "compare":
        if not 2 <= len(args.scenarios) <= 5:
            raise ScenarioError.coded(f"compare takes 2 to 5 scenario files (got {len(args.scenarios)})",
                                      "compare_count", count_number=len(args.scenarios))
        loaded = [_load(path) for path in args.scenarios]
        notices = [note for _, notes in loaded for note in notes]
        names = _unique([scenario.name for scenario, _ in loaded])
        result = compare([scenario for scenario, _ in loaded], names)
        if args.json:
            return json.dumps(result.as_json(), indent=2, ensure_ascii=False), notices
        return compare_text(result, args.lang), notices
    if not (math.isfinite(args.swing) and 0 < args.swing < 1):
        raise ScenarioError.coded(f"--swing: give a share between 0 and 1, e.g. 0.2 for ±20% (got {args.swing:g})",
                                  "flag_swing", value=f"{args.swing:g}")
    scenario, notices = _load(args.scenario)
    chart = tornado(scenario, args.swing)
    if args.json:
        return json.dumps(chart.as_json(), indent=2, ensure_ascii=False), notices
    return sensitivity_text(chart, scenario.pricing.currency, args.lang, scenario.workload.case_name), notices


def _unique(names: list[str]) -> list[str]:
    """Scenario names, numbered where two are the same."""
    out = []
    for index, name in enumerate(names):
        out.append(name if names.count(name) == 1 else f"{name} ({index + 1})")
    return out
