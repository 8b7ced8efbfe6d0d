"""`inferonomics-cli`: the engine from a terminal (catalog, evaluate, validate, import-hf).

Bad input exits with code 2 and one plain line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from core.catalog import load_catalog
from core.cli_accuracy import ACCURACY_COMMANDS, add_accuracy_commands
from core.cli_accuracy import run as run_accuracy
from core.cli_decide import add_api_flags, add_commands, api_keys
from core.cli_decide import run as run_decide
from core.cli_support import (
    argparse_error,
    in_flag_terms,
    price_notes,
    print_notices,
    requested_language,
    safe_streams,
)
from core.cli_text import api_lines, outcome_table, plan_text
from core.error_words import error_text
from core.errors import Notice, ScenarioError
from core.headline import servers
from core.hf_import import load_hf_config
from core.number_format import LOCALES, normal_locale
from core.outcome import Outcome
from core.planner import plan
from core.precision import PRECISIONS
from core.scenario import Scenario
from core.scenario_io import checked_evaluate, default_scenario, load_scenario_with_notices
from core.translations import QT_TRANSLATE_NOOP, translate

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    language = "en"  # the --lang of the command line being parsed (argparse's errors come before it is read)

    def error(self, message: str) -> NoReturn:
        print(f"inferonomics-cli: {error_text(argparse_error(message), _Parser.language)}", file=sys.stderr)
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
    parser.add_argument("--lang", type=_language, default="en",
                        help="language of the text output: en (default) or zh_CN; JSON keys stay English")
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
    for command in commands.choices.values():
        if "--lang" in command._option_string_actions:  # an extension's own (e.g. `report --lang`)
            continue
        command.add_argument("--lang", type=_language, default=argparse.SUPPRESS,
                             help="language of the text output: en (default) or zh_CN; JSON keys stay English")
    return parser


def _language(text: str) -> str:
    if text.replace("-", "_") not in (*LOCALES, "zh", "zh_Hans", "en_US", "en_GB"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a language the CLI speaks: give en or zh_CN")
    return normal_locale(text)


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
        notes.append(Notice.coded(f"{chip.name} is priced at its catalog price (the scenario's price was for "
                                  f"{scenario.hardware.accelerator_id})", ("notice_catalog_price", {
                                      "name": chip.name, "id": scenario.hardware.accelerator_id})))
    if getattr(args, "on_demand", False):
        changes["pricing.rental_billing"] = "on_demand"
    if args.model is not None:
        load_catalog().model(args.model)
        changes.update({"model.model_id": args.model, "model.custom_model": None, "model.total_params_b": None})
    if getattr(args, "model_config", None) is not None:
        spec = load_hf_config(args.model_config)
        changes.update({"model.custom_model": spec.model_dump(mode="json"), "model.total_params_b": None})
    if getattr(args, "cases_per_day", None) is not None and getattr(args, "utilization", None) is not None:
        raise ScenarioError.coded("--cases-per-day and --utilization both set the load: give one of them",
                                  "flags_both_load")
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
        raise ScenarioError.coded(f"{flag}: '{text}' is not a whole number or 'auto'", "flag_not_whole_or_auto",
                                  setting=flag, value=text) from None


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    data = outcome.model_dump(mode="json")
    data["warnings"] = list(outcome.warnings)
    return data


def _catalog(as_json: bool, locale: str = "en") -> str:
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
    lines = [translate("CliText", QT_TRANSLATE_NOOP("CliText", "Accelerators:"), locale)]
    lines += [f"  {a.id:<18} {a.name} — {a.memory_gb:g} GB, {a.memory_bandwidth_tb_per_s:g} TB/s"
              for a in catalog.accelerators.values()]
    lines.append(translate("CliText", QT_TRANSLATE_NOOP("CliText", "Models:"), locale))
    active = translate("CliText", QT_TRANSLATE_NOOP("CliText", "{total}B total, {active}B active"), locale)
    lines += [f"  {m.id:<18} {m.name} — "
              + active.format(total=f"{m.total_params_b:.1f}", active=f"{m.active_params_b:.1f}")
              for m in catalog.models.values()]
    return "\n".join(lines)


def _plan(args: argparse.Namespace) -> tuple[str, list[str]]:
    scenario, notices = _scenario_from_args(args)
    if args.top < 1:
        raise ScenarioError.coded("--top: give a whole number of at least 1", "flag_top")
    result = plan(scenario, args.cases_per_day, accelerators=args.search_gpus, precisions=args.search_precisions,
                  limit=args.top)
    if args.json:
        return json.dumps(result.as_json(), indent=2, ensure_ascii=False), notices
    return plan_text(scenario, result, args.lang), notices


def main(argv: Sequence[str] | None = None, extensions: Sequence[CommandExtension] = ()) -> int:
    safe_streams()
    if not (sys.argv[1:] if argv is None else argv):  # bare `inferonomics-cli`: say how to use it
        _parser(extensions).print_usage(sys.stderr)
        print("inferonomics-cli: give a command; `inferonomics-cli --help` explains each", file=sys.stderr)
        return EXIT_BAD_INPUT
    _Parser.language = requested_language(sys.argv[1:] if argv is None else argv)
    args = _parser(extensions).parse_args(argv)
    extension = next((e for e in extensions if e.name == args.command), None)
    try:
        if extension is not None:
            return extension.run(args)
        if args.command == "catalog":
            print(_catalog(args.json, args.lang))
        elif args.command in ACCURACY_COMMANDS:
            text, notices = run_accuracy(args)
            print_notices(notices, args.lang)
            print(text)
        elif args.command == "plan":
            text, notices = _plan(args)
            print_notices(notices, args.lang)
            print(text)
        elif args.command in ("compare", "sensitivity"):
            text, notices = run_decide(args)
            print_notices(notices, args.lang)
            print(text)
        else:
            scenario, notices = _scenario_from_args(args)
            print_notices(notices, args.lang)
            outcome = checked_evaluate(scenario)
            extra = api_keys(args, scenario)
            fleet = servers(scenario, outcome)  # what the app's "Servers needed" card says
            sizing = {"servers_needed": fleet.servers_needed, "servers_owned": fleet.servers_owned}
            case, lang = scenario.workload.case_name, args.lang
            print(json.dumps({**outcome_json(outcome), **sizing, **extra}, indent=2, ensure_ascii=False) if args.json
                  else outcome_table(scenario, outcome, lang) + api_lines(extra, outcome.currency, lang, case))
    except ScenarioError as error:
        print(f"inferonomics-cli: {error_text(error, getattr(args, 'lang', 'en'))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
