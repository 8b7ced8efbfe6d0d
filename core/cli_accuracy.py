"""`inferonomics-cli validate` (predicted vs measured, like for like: the shipped
measurements or the user's own, with the built-in calibration or a named profile) and
`inferonomics-cli calibrate` (refit into a named calibration profile from the user's own
benchmark results: a measurements CSV, a vLLM `bench serve` result JSON or an
AIPerf/GenAI-Perf profile export)."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from core.calibration_profiles import check_name, missing_profile_notice, save_profile
from core.cli_text import pad, tr
from core.errors import ScenarioError
from core.measurement_import import FORMATS, import_measurements, safe_label
from core.measurements import additional_measurements_text
from core.precision import PRECISIONS
from core.translations import QT_TRANSLATE_NOOP
from core.validation import ValidationPoint, run_validation
from core.validation_summary import additional_summary, median_absolute_error, summary_of

ACCURACY_COMMANDS = ("validate", "calibrate")
MAX_FILE_BYTES = 16 * 2**20


def add_accuracy_commands(commands: Any) -> None:
    check = commands.add_parser("validate", help="predicted vs measured for the validation set")
    _measurement_flags(check, required=False)
    check.add_argument("--profile", metavar="NAME", help="predict with this calibration profile")
    check.add_argument("--json", action="store_true")
    refit = commands.add_parser(
        "calibrate", help="refit the engine to your own benchmark results into a named calibration profile"
    )
    _measurement_flags(refit, required=True)
    refit.add_argument("--name", required=True, help="the profile's name (a scenario names it to use it)")
    refit.add_argument("--json", action="store_true")


def _measurement_flags(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument(
        "--measurements", required=required, metavar="FILE",
        help="a measurements CSV (the columns of resources/validation/measurements.csv), a vLLM 'bench serve' "
        "result JSON or an AIPerf/GenAI-Perf profile export JSON",
    )
    parser.add_argument("--format", choices=("auto", *FORMATS), default="auto", dest="measurements_format",
                        help="the file's format (default: from its content)")
    group = parser.add_argument_group("set-up a benchmark JSON does not state")
    group.add_argument("--gpu", metavar="ID")
    group.add_argument("--gpu-count", type=int, metavar="N")
    group.add_argument("--model", metavar="ID")
    group.add_argument("--weight-precision", choices=PRECISIONS)
    group.add_argument("--serving-stack", choices=("vllm", "sglang", "tensorrt-llm"))
    group.add_argument("--tensor-parallel", metavar="N")


def _rows(args: argparse.Namespace) -> list[dict[str, str]]:
    path = Path(args.measurements)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read(MAX_FILE_BYTES)
    except (OSError, UnicodeDecodeError) as error:
        missing = isinstance(error, FileNotFoundError)
        raise ScenarioError.coded(f"cannot read {args.measurements}: {error}",
                                  "file_missing" if missing else "measurements_unreadable", path=args.measurements,
                                  reason=getattr(error, "strerror", None) or error) from None
    setup = {
        "gpu": args.gpu, "gpu_count": None if args.gpu_count is None else str(args.gpu_count), "model": args.model,
        "weight_precision": args.weight_precision, "serving_stack": args.serving_stack,
        "tensor_parallel": args.tensor_parallel,
    }
    return import_measurements(text, args.measurements_format, setup, safe_label(path.name))


def run(args: argparse.Namespace) -> tuple[str, list[str]]:
    """The command's output and the notes for stderr."""
    if args.command == "calibrate":
        return _calibrate(args)
    notices = []
    profile = args.profile
    if profile is not None:
        check_name(profile)
        notice = missing_profile_notice(profile)
        if notice:
            notices.append(notice)
            profile = None
    rows = None if args.measurements is None else _rows(args)
    points = run_validation(rows=rows, profile=profile)
    builtin = rows is None and profile is None
    text = _validate_text(points, args.json, builtin=builtin, locale=getattr(args, "lang", "en"))
    if builtin and args.json:  # the rows added after the shared 134, apart from the headline
        extra = run_validation(additional_measurements_text())
        data = json.loads(text)
        data["additional_rows"] = {"summary": additional_summary(extra), "points": [_point(p) for p in extra]}
        text = json.dumps(data, indent=2, ensure_ascii=False)
    return text, notices


def _calibrate(args: argparse.Namespace) -> tuple[str, list[str]]:
    from core.calibrate import recalibrate  # late: the fit is only needed here

    name = check_name(args.name)
    rows = _rows(args)
    data, report = recalibrate(rows)
    report["measurements_file"] = Path(args.measurements).name
    path = save_profile(name, data, report)
    if args.json:
        return json.dumps({"profile": name, "path": str(path), **report}, indent=2, ensure_ascii=False), []
    before, after = report["before"], report["after"]
    lines = [
        f"calibration profile '{name}' written to {path}",
        f"fitted on {report['rows']} rows ({report['unpredicted']} could not be predicted)",
        f"median abs error of output tokens/s on these rows: {_pct(before['median_ape'])} built-in -> "
        f"{_pct(after['median_ape'])} with the profile",
    ]
    for key, label in (("tpot", "time per output token"), ("ttft", "time to first token")):
        if after.get(f"{key}_median_ape") is not None:
            lines.append(f"median abs error of {label}: {_pct(before[f'{key}_median_ape'])} -> "
                         f"{_pct(after[f'{key}_median_ape'])}")
    lines.append(f"use it: set \"serving\": {{\"calibration_profile\": \"{name}\"}} in a scenario, "
                 f"or inferonomics-cli validate --profile \"{name}\"")
    return "\n".join(lines), []


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000.0


def _validate_text(points: list[ValidationPoint], as_json: bool, builtin: bool, locale: str = "en") -> str:
    median = median_absolute_error(points)
    summary = summary_of(points, builtin=builtin)
    if as_json:
        return json.dumps(
            {
                "median_absolute_percent_error": None if math.isnan(median) else median * 100,
                "summary": summary,
                "points": [_point(p) for p in points],
            },
            indent=2,
            ensure_ascii=False,
        )
    def t(text: str) -> str:
        return tr(text, locale)

    heads = (t(QT_TRANSLATE_NOOP("CliText", "id")), t(QT_TRANSLATE_NOOP("CliText", "setting")),
             t(QT_TRANSLATE_NOOP("CliText", "measured")), t(QT_TRANSLATE_NOOP("CliText", "predicted")), "P10-P90",
             t(QT_TRANSLATE_NOOP("CliText", "error")))
    lines = [" ".join(pad(head, width, right=index > 1)
                      for index, (head, width) in enumerate(zip(heads, (6, 72, 10, 10, 17, 7), strict=True)))]
    for p in points:
        predicted = "—" if p.predicted_output_tokens_per_s is None else f"{p.predicted_output_tokens_per_s:,.0f}"
        band = "" if p.predicted_output_tokens_per_s_p10 is None else (
            f"{p.predicted_output_tokens_per_s_p10:,.0f}-{p.predicted_output_tokens_per_s_p90:,.0f}"
        )
        percent = "" if p.error_fraction is None else f"{p.error_fraction * 100:+.0f}%"
        measured = f"{p.measured_output_tokens_per_s:,.0f}" if p.measured_output_tokens_per_s > 0 else "—"
        lines.append(f"{p.id:<6} {p.description[:72]:<72} {measured:>10} "
                     f"{predicted:>10} {band:>17} {percent:>7}" + (f"  {p.error}" if p.error else ""))
    scored = summary["points"] - summary.get("unmeasured", 0)
    unanswered = sum(p.predicted_output_tokens_per_s is None and p.measured_output_tokens_per_s > 0 for p in points)
    line = t(QT_TRANSLATE_NOOP("CliText", "median absolute error of output tokens/s: {median} (rows scored: {count}; "
                                          "within ±30%: {within})")).format(
        median=_pct(None if math.isnan(median) else median), count=scored,
        within=_pct(summary["within_30_percent_share"]))
    if unanswered:
        line += t(QT_TRANSLATE_NOOP("CliText", "; rows that could not be predicted, counted as 100% off: {count}")
                  ).format(count=unanswered)
    if summary.get("unmeasured"):
        line += t(QT_TRANSLATE_NOOP("CliText", "; rows without a measured throughput, not scored: {count}")).format(
            count=summary["unmeasured"])
    lines.append(line)
    labels = {"tpot": t(QT_TRANSLATE_NOOP("CliText", "time per output token")),
              "ttft": t(QT_TRANSLATE_NOOP("CliText", "time to first token"))}
    for key, label in labels.items():
        if summary.get(f"{key}_median_ape") is not None:
            lines.append(t(QT_TRANSLATE_NOOP("CliText", "median absolute error of {figure}: {median} (rows: {count})")
                           ).format(figure=label, median=_pct(summary[f"{key}_median_ape"]),
                                    count=summary[f"{key}_points"]))
    for kind, figures in summary["per_kind"].items():
        lines.append("  " + t(QT_TRANSLATE_NOOP("CliText", "{kind}: median {median} (rows scored: {count})")).format(
            kind=kind, median=_pct(figures["median_ape"]), count=figures["points"] - figures.get("unmeasured", 0)))
    if summary.get("median_ape_cross_validated") is not None:
        lines.append(t(QT_TRANSLATE_NOOP("CliText", "leave-one-source-out (python -m core.calibrate): median {median}")
                       ).format(median=_pct(summary["median_ape_cross_validated"])))
    return "\n".join(lines)


def _point(p: ValidationPoint) -> dict[str, Any]:
    return {
        "id": p.id,
        "description": p.description,
        "kind": p.kind,
        "measured_output_tokens_per_s": p.measured_output_tokens_per_s,
        "predicted_output_tokens_per_s": p.predicted_output_tokens_per_s,
        "predicted_output_tokens_per_s_p10": p.predicted_output_tokens_per_s_p10,
        "predicted_output_tokens_per_s_p90": p.predicted_output_tokens_per_s_p90,
        "percent_error": None if p.error_fraction is None else p.error_fraction * 100,
        "measured_time_per_output_token_s": p.measured_time_per_output_token_s,
        "predicted_time_per_output_token_s": p.predicted_time_per_output_token_s,
        "predicted_tpot_ms": _ms(p.predicted_time_per_output_token_s),
        "measured_time_to_first_token_s": p.measured_time_to_first_token_s,
        "predicted_time_to_first_token_s": p.predicted_time_to_first_token_s,
        "predicted_ttft_ms": _ms(p.predicted_time_to_first_token_s),
        "source": p.source,
        "source_group": p.source_group,
        **({"error": p.error} if p.error else {}),
    }
