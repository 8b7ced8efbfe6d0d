"""What `inferonomics-cli` needs around the engine to stay in the user's terms (kept apart
from core/cli.py so the command definitions stay short): streams that never fail to
encode, errors that name the flag typed, and sanity notes on suspicious values."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from core.error_words import error_text
from core.errors import Notice, ScenarioError
from core.messages import Message, render
from core.number_format import normal_locale

# Scenario settings -> the flag that sets them (flags without a setting are not listed).
FLAG_FOR_SETTING = {
    "hardware.accelerator_id": "--gpu",
    "hardware.accelerator_count": "--gpu-count",
    "model.model_id": "--model",
    "model.custom_model": "--model-config",
    "model.total_params_b": "--model-size-b",
    "model.weight_precision": "--weight-precision",
    "model.kv_cache_precision": "--kv-cache-precision",
    "workload.input_tokens_per_call": "--input-tokens",
    "workload.output_tokens_per_call": "--output-tokens",
    "workload.calls_per_case": "--calls-per-case",
    "workload.cases_per_day": "--cases-per-day",
    "workload.concurrency": "--concurrency",
    "workload.utilization": "--utilization",
    "workload.peak_factor": "--peak-factor",
    "workload.service_level.max_case_latency_s": "--max-case-latency-s",
    "workload.service_level.max_time_to_first_token_s": "--max-ttft-s",
    "workload.service_level.max_time_per_output_token_s": "--max-tpot-s",
    "serving.serving_stack": "--serving-stack",
    "serving.tensor_parallel": "--tensor-parallel",
    "pricing.currency": "--currency",
    "pricing.mode": "--rent",
    "pricing.accelerator_price": "--gpu-price",
    "pricing.rental_price_per_accelerator_hour": "--gpu-price",
}
# A rental price per accelerator-hour above this is almost surely a purchase price.
MAX_PLAUSIBLE_RENT_PER_HOUR = 1_000.0


def safe_streams(*streams: TextIO) -> None:
    """Never die printing: a terminal or pipe in ASCII or cp1252 (PYTHONIOENCODING=ascii,
    a Windows console) gets `\\u00d7`-style escapes instead of a UnicodeEncodeError."""
    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # closed or detached: nothing to protect
            reconfigure(errors="backslashreplace")


def in_flag_terms(error: ScenarioError, changes: dict[str, Any]) -> ScenarioError:
    """The error with the internal setting a flag changed named as the flag the user typed
    (`--gpu-count: …`, not `hardware.accelerator_count: …`), plus a hint where one helps."""
    text = str(error)
    for setting, flag in sorted(FLAG_FOR_SETTING.items(), key=lambda item: -len(item[0])):
        if setting in changes and setting in text:
            text = re.sub(rf"(?<![\w.]){re.escape(setting)}(?![\w])", flag, text)
    said = [_flag_named(message, changes) for message in error.said]
    utilization = changes.get("workload.utilization")
    if isinstance(utilization, int | float) and 1 < utilization <= 100:
        text += f"; utilization is a share from 0 to 1: did you mean {utilization / 100:g}?"
        said.append(Message(code="utilization_hint", params={"value": f"{utilization / 100:g}"}))
    return ScenarioError(text, *said)


def _flag_named(message: Message, changes: dict[str, Any]) -> Message:
    setting = message.params.get("setting")
    if not isinstance(setting, str) or setting not in changes or setting not in FLAG_FOR_SETTING:
        return message
    return Message(code=message.code, params={**message.params, "setting": FLAG_FOR_SETTING[setting]})


# argparse's own complaints (English, from the standard library) -> the sentence codes that say them.
_ARGPARSE_SAID = (
    (re.compile(r"argument (?P<setting>[^:]+): invalid int value: '(?P<value>.*)'$"), "flag_not_whole"),
    (re.compile(r"argument (?P<setting>[^:]+): invalid float value: '(?P<value>.*)'$"), "flag_not_number"),
    (re.compile(r"argument (?P<setting>[^:]+): invalid choice: '?(?P<value>.*?)'? \(choose from (?P<choices>.*)\)$"),
     "flag_not_a_choice"),
    (re.compile(r"argument (?P<setting>[^:]+): '(?P<value>.*)' is not a whole number, 'auto' or 'max'$"),
     "flag_not_whole_auto_max"),
    (re.compile(r"argument (?P<setting>[^:]+): expected one argument$"), "flag_needs_value"),
    (re.compile(r"unrecognized arguments: (?P<value>.*)$"), "flags_unknown"),
    (re.compile(r"the following arguments are required: (?P<value>.*)$"), "flags_required"),
)


def argparse_error(message: str) -> ScenarioError:
    """argparse's complaint about the command line as a ScenarioError the CLI can say in the
    user's language (a complaint not known here stays argparse's English)."""
    for pattern, code in _ARGPARSE_SAID:
        found = pattern.match(message)
        if found:
            params = {name: value.replace("'", "") for name, value in found.groupdict().items()}
            if "/" in params.get("setting", ""):  # "argument --gpu/--model": the flag typed is one of them
                params["setting"] = params["setting"].split("/")[0]
            return ScenarioError(message, Message(code=code, params=params))
    return ScenarioError(message)


def requested_language(argv: Sequence[str]) -> str:
    """The --lang given on a command line, before it is parsed (for argparse's own errors)."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1].replace("-", "_")
        if word.startswith("--lang="):
            return word.removeprefix("--lang=").replace("-", "_")
    return "en"


def print_notices(notices: Sequence[str], locale: str) -> None:
    """Notices on stderr, one a line: "note: …" (提示：… in Chinese)."""
    for notice in notices:
        line = error_text(notice, locale, sentences=True)
        print(f"note: {line}" if normal_locale(locale) == "en"
              else render(Message(code="notice_line", params={"text": line}), locale), file=sys.stderr)


def price_notes(renting: bool, gpu_price: float | None) -> list[str]:
    """Notes on a price that is valid but probably not what was meant."""
    if renting and gpu_price is not None and gpu_price > MAX_PLAUSIBLE_RENT_PER_HOUR:
        return [Notice.coded(
            f"--gpu-price {gpu_price:,.6g} is read as a rental price per accelerator per hour (renting); "
            "that looks like a purchase price: rents are a few currency units an hour",
            ("notice_rent_looks_like_price", {"value": f"{gpu_price:,.6g}"}))]
    return []
