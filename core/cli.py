"""`inferonomics-cli`: the engine from a terminal (catalog, evaluate, validate, import-hf).

Bad input exits with code 2 and one plain line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from core.catalog import load_catalog
from core.cli_accuracy import ACCURACY_COMMANDS, add_accuracy_commands
from core.cli_accuracy import run as run_accuracy
from core.cli_decide import add_api_flags, add_commands, api_keys
from core.cli_decide import run as run_decide
from core.cli_support import in_flag_terms, price_notes, safe_streams
from core.errors import ScenarioError
from core.explain import share_of_capacity
from core.hf_import import load_hf_config
from core.outcome import Outcome
from core.planner import plan
from core.precision import PRECISIONS
from core.scenario import Scenario
from core.scenario_io import checked_evaluate, default_scenario, load_scenario_with_notices

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"inferonomics-cli: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _concurrency(text: str) -> int | str:
    if text in ("max", "auto"):
        return text
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number, 'auto' or 'max'") from None


def _add_service_level(command: argparse.ArgumentParser) -> None:
    command.add_argument("--peak-factor", type=float, help="peak hour ÷ average hour (default: the scenario's)")
    command.add_argument("--max-case-latency-s", type=float, help="service level: longest time per case, seconds")
    command.add_argument("--max-ttft-s", type=float, help="service level: longest time to first token, seconds")
    command.add_argument("--max-tpot-s", type=float, help="service level: longest time per output token, seconds")


@dataclass(frozen=True)
class CommandExtension:
    """A command added from outside core (e.g. `report`, which needs Qt): `add` declares its
    sub-parser, `run` carries it out and returns the exit code. Core never imports it."""

    name: str
    add: Callable[[Any], None]  # receives the sub-parsers object (argparse's _SubParsersAction)
    run: Callable[[argparse.Namespace], int]


def _parser(extensions: Sequence[CommandExtension] = ()) -> _Parser:
    parser = _Parser(prog="inferonomics-cli", description="Economics of LLM inference, headless.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    catalog = commands.add_parser("catalog", help="list accelerators and models")
    catalog.add_argument("--json", action="store_true")

    run = commands.add_parser("evaluate", help="evaluate a scenario (default: the built-in example)")
    run.add_argument("scenario", nargs="?", help="scenario file (.json)")
    run.add_argument("--gpu", help="accelerator id (see `catalog`)")
    run.add_argument("--gpu-count", type=int)
    run.add_argument("--model", help="model id (see `catalog`)")
    run.add_argument("--model-config", help="Hugging Face config.json to use as the model")
    run.add_argument("--model-size-b", type=float, help="scale the model to this many billion parameters")
    run.add_argument("--weight-precision", choices=PRECISIONS)
    run.add_argument("--kv-cache-precision", choices=PRECISIONS)
    run.add_argument("--input-tokens", type=int)
    run.add_argument("--output-tokens", type=int)
    run.add_argument("--calls-per-case", type=int)
    run.add_argument("--cases-per-day", type=float, help="the load: cases arriving per day")
    run.add_argument("--concurrency", type=_concurrency,
                     help="calls in flight: 'auto' follows the load (default), 'max' is flat out, or a number")
    run.add_argument("--gpu-price", type=float, help="price per accelerator (per hour when renting)")
    run.add_argument("--rent", action="store_true", help="rent instead of buying")
    run.add_argument("--currency", choices=("USD", "CNY"))
    run.add_argument("--utilization", type=float, help="the load as the busy share of capacity, 0 to 1")
    run.add_argument("--on-demand", action="store_true", help="renting: pay only busy hours (default: reserved)")
    run.add_argument("--serving-stack", choices=("tensorrt-llm", "vllm", "sglang"))
    run.add_argument("--tensor-parallel", help="'auto' or a whole number")
    _add_service_level(run)
    add_api_flags(run)
    run.add_argument("--json", action="store_true")

    planner = commands.add_parser("plan", help="the cheapest setups that serve a demand within a service level")
    planner.add_argument("scenario", nargs="?", help="scenario file for the workload and prices (default: built-in)")
    planner.add_argument("--cases-per-day", type=float, help="demand (default: the scenario's)")
    _add_service_level(planner)
    planner.add_argument("--model", help="model id (see `catalog`)")
    planner.add_argument("--input-tokens", type=int)
    planner.add_argument("--output-tokens", type=int)
    planner.add_argument("--calls-per-case", type=int)
    planner.add_argument("--currency", choices=("USD", "CNY"))
    planner.add_argument("--gpu", action="append", dest="search_gpus", metavar="ID",
                         help="only this accelerator (repeat for several)")
    planner.add_argument("--weight-precision", action="append", choices=PRECISIONS, dest="search_precisions",
                         help="search this weight format (repeat; default: bf16, fp8, int8)")
    planner.add_argument("--top", type=int, default=10, help="how many plans to list (default 10)")
    planner.add_argument("--json", action="store_true")

    add_accuracy_commands(commands)
    add_commands(commands)
    for extension in extensions:
        extension.add(commands)
    return parser


def _scenario_from_args(args: argparse.Namespace) -> tuple[Scenario, list[str]]:
    scenario, notices = (
        load_scenario_with_notices(args.scenario) if args.scenario is not None else (default_scenario(), [])
    )
    changes: dict[str, Any] = {}
    notes: list[str] = []
    gpu: str | None = getattr(args, "gpu", None)
    own = scenario.hardware.accelerator_id if scenario.hardware.custom_accelerator is None else None
    if gpu is not None and gpu != own:
        # Another accelerator takes its catalog price; naming the scenario's own keeps its price.
        chip = load_catalog().accelerator(gpu)
        changes.update({"hardware.accelerator_id": gpu, "hardware.custom_accelerator": None,
                        "hardware.accelerators_per_server": load_catalog().server_size(chip),
                        "pricing.accelerator_price": None, "pricing.server_price": None,
                        "pricing.rental_price_per_accelerator_hour": None})
        notes.append(f"{chip.name} is priced at its catalog price (the scenario's price was for "
                     f"{scenario.hardware.accelerator_id})")
    if getattr(args, "on_demand", False):
        changes["pricing.rental_billing"] = "on_demand"
    if args.model is not None:
        load_catalog().model(args.model)
        changes.update({"model.model_id": args.model, "model.custom_model": None, "model.total_params_b": None})
    if getattr(args, "model_config", None) is not None:
        spec = load_hf_config(args.model_config)
        changes.update({"model.custom_model": spec.model_dump(mode="json"), "model.total_params_b": None})
    if getattr(args, "cases_per_day", None) is not None and getattr(args, "utilization", None) is not None:
        raise ScenarioError("--cases-per-day and --utilization both set the load: give one of them")
    if getattr(args, "cases_per_day", None) is not None:
        changes["workload.load_driver"] = "cases_per_day"
    if getattr(args, "utilization", None) is not None:
        changes["workload.load_driver"] = "utilization"
    flag_paths = {
        "gpu_count": "hardware.accelerator_count",
        "model_size_b": "model.total_params_b",
        "weight_precision": "model.weight_precision",
        "kv_cache_precision": "model.kv_cache_precision",
        "input_tokens": "workload.input_tokens_per_call",
        "output_tokens": "workload.output_tokens_per_call",
        "calls_per_case": "workload.calls_per_case",
        "cases_per_day": "workload.cases_per_day",
        "concurrency": "workload.concurrency",
        "utilization": "workload.utilization",
        "serving_stack": "serving.serving_stack",
        "currency": "pricing.currency",
        "peak_factor": "workload.peak_factor",
        "max_case_latency_s": "workload.service_level.max_case_latency_s",
        "max_ttft_s": "workload.service_level.max_time_to_first_token_s",
        "max_tpot_s": "workload.service_level.max_time_per_output_token_s",
    }
    for flag, path in flag_paths.items():
        value = getattr(args, flag, None)
        if value is not None:
            changes[path] = value
    if getattr(args, "tensor_parallel", None) is not None:
        changes["serving.tensor_parallel"] = (
            "auto" if args.tensor_parallel == "auto" else _whole(args.tensor_parallel, "--tensor-parallel")
        )
    if getattr(args, "rent", False):
        changes["pricing.mode"] = "rent"
    if getattr(args, "gpu_price", None) is not None:
        renting = args.rent or scenario.pricing.mode == "rent"
        key = "pricing.rental_price_per_accelerator_hour" if renting else "pricing.accelerator_price"
        changes[key] = args.gpu_price
        changes["pricing.server_price"] = None
        notices = [*notices, *price_notes(renting, args.gpu_price)]
    try:
        return (scenario.updated(changes) if changes else scenario), notices + notes
    except ScenarioError as error:
        raise in_flag_terms(error, changes) from None


def _whole(text: str, flag: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ScenarioError(f"{flag}: '{text}' is not a whole number or 'auto'") from None


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    data = outcome.model_dump(mode="json")
    data["warnings"] = list(outcome.warnings)
    return data


def _fmt(value: float | None, unit: str = "", digits: int = 3) -> str:
    """`digits` significant digits below 1,000, whole numbers above; never scientific notation."""
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0 or abs(value) >= 10 ** (digits - 1):
        return f"{value:,.0f} {unit}".strip()
    decimals = min(12, digits - 1 - math.floor(math.log10(abs(value))))
    return f"{value:,.{decimals}f} {unit}".strip()


def _table(scenario: Scenario, outcome: Outcome) -> str:
    cur = outcome.currency
    case = scenario.workload.case_name
    rows = [
        ("Scenario", scenario.name),
        ("Hardware", f"{outcome.accelerator_count} × {outcome.accelerator_name}"),
        ("Model", f"{outcome.model_name} ({scenario.model.weight_precision})"),
        ("Fits in memory", "yes" if outcome.fits_in_memory else "no"),
        ("Tensor parallel × replicas", f"{outcome.tensor_parallel_size} × {outcome.replicas}"),
        ("Memory used", _fmt(None if outcome.memory_used_fraction is None
                             else outcome.memory_used_fraction * 100, "%")),
        (f"{case.capitalize()}s per day (load)", _fmt(outcome.cases_per_day)),
        ("Load (average · peak hour)", "—" if outcome.fleet_utilization is None else
         f"{share_of_capacity(outcome.fleet_utilization)} · {share_of_capacity(outcome.peak_utilization or 0)}"
         + (" — over capacity" if outcome.over_capacity else "")),
        (f"{case.capitalize()}s a day served within the service level (busiest hour at the peak factor)",
         _fmt(outcome.servable_cases_per_day)),
        (f"Flat out ({case}s/day)", _fmt(outcome.flat_out_cases_per_day)),
        ("Calls in flight at the operating point (memory allows)",
         f"{outcome.concurrency:,.1f} ({outcome.max_concurrency:,})"),
        ("Output tokens/s (fleet)", _fmt(outcome.output_tokens_per_s)),
        ("Output tokens/s per GPU", _fmt(outcome.output_tokens_per_s_per_gpu)),
        ("Time to first token", _fmt(outcome.time_to_first_token_s, "s")),
        ("Time per output token", _fmt(None if outcome.time_per_output_token_s is None
                                       else outcome.time_per_output_token_s * 1000, "ms")),
        (f"Time per {case}", _fmt(outcome.case_latency_s, "s")),
        (f"Cost per {case}", _fmt(outcome.cost_per_case, cur, 4)),
        ("Fleet cost per day", _fmt(outcome.cost_per_day, cur)
         + ("" if scenario.pricing.mode == "buy" else
            " (rented, " + ("reserved: idle hours paid)" if scenario.pricing.rental_billing == "reserved"
                            else "on demand: busy hours only)"))),
        ("Cost per million output tokens", _fmt(outcome.cost_per_million_output_tokens, cur)),
        ("Fleet cost per hour", _fmt(outcome.cost_per_hour, cur)),
        ("Meets the service level", "—" if outcome.meets_service_level is None
         else "yes" if outcome.meets_service_level else "no"),
        ("Bottleneck", outcome.bottleneck_explanation),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{label:<{width}}  {value}" for label, value in rows]
    lines += [f"warning: {text}" for text in outcome.warnings]
    return "\n".join(lines)


def _api_lines(extra: dict[str, Any], currency: str) -> str:
    if not extra:
        return ""
    used = extra["api_price_used"]
    return (f"\nThrough an API ({used['provider']}): {_fmt(extra['api_cost_per_case'], currency, 4)} per case; "
            f"{extra['break_even_note']}")


def _catalog(as_json: bool) -> str:
    catalog = load_catalog()
    if as_json:
        return json.dumps(
            {
                "accelerators": [spec.model_dump(mode="json") for spec in catalog.accelerators.values()],
                "models": [spec.model_dump(mode="json") for spec in catalog.models.values()],
            },
            indent=2,
            ensure_ascii=False,
        )
    lines = ["Accelerators:"]
    lines += [f"  {a.id:<18} {a.name} — {a.memory_gb:g} GB, {a.memory_bandwidth_tb_per_s:g} TB/s"
              for a in catalog.accelerators.values()]
    lines.append("Models:")
    lines += [f"  {m.id:<18} {m.name} — {m.total_params_b:.1f}B total, {m.active_params_b:.1f}B active"
              for m in catalog.models.values()]
    return "\n".join(lines)


def _plan(args: argparse.Namespace) -> tuple[str, list[str]]:
    scenario, notices = _scenario_from_args(args)
    if args.top < 1:
        raise ScenarioError("--top: give a whole number of at least 1")
    result = plan(scenario, args.cases_per_day, accelerators=args.search_gpus, precisions=args.search_precisions,
                  limit=args.top)
    if args.json:
        return json.dumps(result.as_json(), indent=2, ensure_ascii=False), notices
    case = scenario.workload.case_name
    level = scenario.workload.service_level
    limits = [f"{label} ≤ {value:g} s" for label, value in (
        (f"time per {case}", level.max_case_latency_s), ("time to first token", level.max_time_to_first_token_s),
        ("time per output token", level.max_time_per_output_token_s)) if value is not None]
    lines = [f"Cheapest setups for {result.cases_per_day:,.0f} {case}s a day (peak ×{result.peak_factor:g})"
             + (f", {', '.join(limits)}" if limits else "") + ":"]
    lines.append(f"{'accelerator':<20} {'count':>5} {'format':>6} {'TP':>3} {'cost/' + case:>12} "
                 f"{'time/' + case:>10} {'busy':>5}")
    for item in result.plans:
        lines.append(f"{item.accelerator:<20} {item.accelerator_count:>5} {item.weight_precision:>6} "
                     f"{item.tensor_parallel_size:>3} {_fmt(item.cost_per_case, result.currency, 4):>12} "
                     f"{item.case_latency_s:>9,.0f}s {item.fleet_utilization:>5.0%}")
    if result.cases_per_day <= 0:
        lines.append("(no demand: give --cases-per-day)")
    elif not result.plans:
        lines.append("(no setup meets this demand and service level)")
    for reason in result.infeasible:
        lines.append(f"not possible on {reason.accelerator}: {reason.why}")
    return "\n".join(lines), notices


def main(argv: Sequence[str] | None = None, extensions: Sequence[CommandExtension] = ()) -> int:
    safe_streams()
    if not (sys.argv[1:] if argv is None else argv):  # bare `inferonomics-cli`: say how to use it
        _parser(extensions).print_usage(sys.stderr)
        print("inferonomics-cli: give a command; `inferonomics-cli --help` explains each", file=sys.stderr)
        return EXIT_BAD_INPUT
    args = _parser(extensions).parse_args(argv)
    extension = next((e for e in extensions if e.name == args.command), None)
    try:
        if extension is not None:
            return extension.run(args)
        if args.command == "catalog":
            print(_catalog(args.json))
        elif args.command in ACCURACY_COMMANDS:
            text, notices = run_accuracy(args)
            for notice in notices:
                print(f"note: {notice}", file=sys.stderr)
            print(text)
        elif args.command == "plan":
            text, notices = _plan(args)
            for notice in notices:
                print(f"note: {notice}", file=sys.stderr)
            print(text)
        elif args.command in ("compare", "sensitivity"):
            text, notices = run_decide(args)
            for notice in notices:
                print(f"note: {notice}", file=sys.stderr)
            print(text)
        else:
            scenario, notices = _scenario_from_args(args)
            for notice in notices:
                print(f"note: {notice}", file=sys.stderr)
            outcome = checked_evaluate(scenario)
            extra = api_keys(args, scenario)
            print(json.dumps({**outcome_json(outcome), **extra}, indent=2, ensure_ascii=False) if args.json
                  else _table(scenario, outcome) + _api_lines(extra, outcome.currency))
    except ScenarioError as error:
        print(f"inferonomics-cli: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
