"""The sentences a ScenarioError can carry as a code (core/errors.py), and the settings' names in
the user's words, marked for Qt Linguist and rendered by core/messages.py like the engine's
other messages (translations: resources/translations/inferonomics_<locale>.ts, context
"Messages" and "InputNames").

Parameters: `setting` is a scenario setting's dotted path (shown by its name below) or a flag
("--gpu-count", shown as typed); `*_number` is a number shown without needless decimals; every
other parameter is shown as given (ids, file names, a value as the user typed it).
"""

from __future__ import annotations

from core.translations import QT_TRANSLATE_NOOP

ERROR_TEMPLATES: dict[str, str] = {
    # Reading a file (core/scenario_io.py).
    "file_missing": QT_TRANSLATE_NOOP("Messages", "{path}: no such file"),
    "file_is_folder": QT_TRANSLATE_NOOP("Messages", "{path}: is a folder, not a file"),
    "file_not_regular": QT_TRANSLATE_NOOP("Messages", "{path}: is not a regular file"),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "{path}: cannot be read ({reason})"),
    "no_file_name": QT_TRANSLATE_NOOP("Messages", "no file name given"),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "the file is larger than {limit_number} MiB; is it a scenario file?"),
    "file_not_utf8": QT_TRANSLATE_NOOP("Messages", "the file is not UTF-8 text; is it a scenario file?"),
    "file_bad_json": QT_TRANSLATE_NOOP(
        "Messages", "the file is not valid JSON (line {line_number}, column {column_number})"),
    "file_too_deep": QT_TRANSLATE_NOOP("Messages", "the file is nested more than {limit_number} levels deep"),
    "file_not_object": QT_TRANSLATE_NOOP("Messages", "the file does not hold a scenario (expected a JSON object)"),
    "file_wrong_format": QT_TRANSLATE_NOOP(
        "Messages", "the file is not an Inferonomics scenario (its \"format\" is not \"{expected}\")"),
    "file_bad_version": QT_TRANSLATE_NOOP(
        "Messages", "the file's schema version is missing or not a positive whole number"),
    "file_unknown_version": QT_TRANSLATE_NOOP(
        "Messages", "the file's schema version {version} is not one this app can upgrade"),
    "file_not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "the file contains {name}, which is not a number a scenario can use"),
    "file_field_twice": QT_TRANSLATE_NOOP("Messages", "the field \"{name}\" appears twice in one object; keep one"),
    "file_too_big_number": QT_TRANSLATE_NOOP("Messages", "{setting}: the number is too large for a setting"),
    "unknown_accelerator": QT_TRANSLATE_NOOP("Messages", "unknown accelerator '{id}'; known: {known}"),
    "unknown_model": QT_TRANSLATE_NOOP("Messages", "unknown model '{id}'; known: {known}"),
    "unknown_example": QT_TRANSLATE_NOOP("Messages", "no built-in scenario '{id}'; known: {known}"),
    "engine_refused": QT_TRANSLATE_NOOP(
        "Messages", "the engine cannot evaluate this scenario; check the custom accelerator and model figures"),
    "too_large_to_compute": QT_TRANSLATE_NOOP(
        "Messages", "a result of this scenario is too large to compute; check the prices, counts and custom figures"),
    "not_saved_not_finite": QT_TRANSLATE_NOOP(
        "Messages", "the scenario holds a number that is not finite; it cannot be saved"),
    # A setting's value (pydantic's checks, core/error_words.py).
    "setting_range": QT_TRANSLATE_NOOP(
        "Messages", "{setting} must be from {low_number} to {high_number} (got {value})"),
    "setting_range_above": QT_TRANSLATE_NOOP(
        "Messages", "{setting} must be more than {low_number} and at most {high_number} (got {value})"),
    "setting_at_least": QT_TRANSLATE_NOOP("Messages", "{setting} must be at least {low_number} (got {value})"),
    "setting_more_than": QT_TRANSLATE_NOOP("Messages", "{setting} must be more than {low_number} (got {value})"),
    "setting_at_most": QT_TRANSLATE_NOOP("Messages", "{setting} must be at most {high_number} (got {value})"),
    "setting_missing": QT_TRANSLATE_NOOP("Messages", "{setting} is missing"),
    "setting_unknown": QT_TRANSLATE_NOOP("Messages", "{setting} is not a setting this version knows"),
    "setting_whole": QT_TRANSLATE_NOOP("Messages", "{setting} must be a whole number (got {value})"),
    "setting_number": QT_TRANSLATE_NOOP("Messages", "{setting} must be a number (got {value})"),
    "setting_finite": QT_TRANSLATE_NOOP("Messages", "{setting} must be a finite number (not NaN or infinity)"),
    "setting_text": QT_TRANSLATE_NOOP("Messages", "{setting} must be text (got {value})"),
    "setting_yes_no": QT_TRANSLATE_NOOP("Messages", "{setting} must be true or false (got {value})"),
    "setting_choice": QT_TRANSLATE_NOOP("Messages", "{setting} must be one of {choices} (got {value})"),
    "setting_too_long": QT_TRANSLATE_NOOP("Messages", "{setting} is too long: at most {high_number} characters"),
    "setting_empty": QT_TRANSLATE_NOOP("Messages", "{setting} must not be empty"),
    "setting_group": QT_TRANSLATE_NOOP("Messages", "{setting} must be a group of settings (a JSON object)"),
    "setting_date": QT_TRANSLATE_NOOP(
        "Messages", "{setting}: give a year and month (2025-02) or a full date (2025-02-14) (got {value})"),
    "setting_tensor_parallel": QT_TRANSLATE_NOOP(
        "Messages", "{setting} must be 'auto' or a power of two from 1 to 1024 (got {value})"),
    "setting_concurrency": QT_TRANSLATE_NOOP(
        "Messages", "{setting} must be 'auto', 'max' or a whole number from 1 to 100,000,000 (got {value})"),
    "setting_utilization_tiny": QT_TRANSLATE_NOOP(
        "Messages", "{setting} must be 0 or at least 0.000001, a share from 0 to 1 (got {value})"),
    "setting_invalid": QT_TRANSLATE_NOOP("Messages", "{setting} cannot take this value (got {value})"),
    "setting_no_such": QT_TRANSLATE_NOOP("Messages", "{setting}: no such setting"),
    # The command line (core/cli*.py, gui/report/command.py).
    "flag_not_whole_or_auto": QT_TRANSLATE_NOOP("Messages", "{setting}: '{value}' is not a whole number or 'auto'"),
    "flag_not_whole_auto_max": QT_TRANSLATE_NOOP(
        "Messages", "{setting}: '{value}' is not a whole number, 'auto' or 'max'"),
    "flag_not_whole": QT_TRANSLATE_NOOP("Messages", "{setting}: '{value}' is not a whole number"),
    "flag_not_number": QT_TRANSLATE_NOOP("Messages", "{setting}: '{value}' is not a number"),
    "flag_not_a_choice": QT_TRANSLATE_NOOP("Messages", "{setting}: '{value}' is not one of {choices}"),
    "flag_needs_value": QT_TRANSLATE_NOOP("Messages", "{setting} needs a value"),
    "flags_unknown": QT_TRANSLATE_NOOP(
        "Messages", "these arguments are not understood: {value}; `inferonomics-cli --help` lists them"),
    "flags_required": QT_TRANSLATE_NOOP("Messages", "missing: {value}; `inferonomics-cli --help` explains each"),
    "flags_both_load": QT_TRANSLATE_NOOP(
        "Messages", "--cases-per-day and --utilization both set the load: give one of them"),
    "flag_top": QT_TRANSLATE_NOOP("Messages", "--top: give a whole number of at least 1"),
    "flag_swing": QT_TRANSLATE_NOOP(
        "Messages", "--swing: give a share between 0 and 1, e.g. 0.2 for ±20% (got {value})"),
    "flags_api_prices": QT_TRANSLATE_NOOP(
        "Messages", "--api-price-in and --api-price-out go together: give both prices per million tokens"),
    "flag_api_price": QT_TRANSLATE_NOOP(
        "Messages", "{setting}: give a price per million tokens from 0 to 1,000,000 (got {value})"),
    "utilization_hint": QT_TRANSLATE_NOOP(
        "Messages", "utilization is a share from 0 to 1: did you mean {value}?"),
    "compare_count": QT_TRANSLATE_NOOP("Messages", "compare takes 2 to 5 scenario files (got {count_number})"),
    "report_compare_count": QT_TRANSLATE_NOOP("Messages", "--compare: at most 4 scenarios"),
    "report_no_folder": QT_TRANSLATE_NOOP("Messages", "--pdf: the folder {path} does not exist"),
    "report_cannot_write": QT_TRANSLATE_NOOP("Messages", "--pdf: cannot write {path} ({reason})"),
    "measurements_unreadable": QT_TRANSLATE_NOOP("Messages", "cannot read {path} ({reason})"),
    # A Hugging Face config.json (core/hf_import.py, --model-config).
    "hf_invalid_field": QT_TRANSLATE_NOOP("Messages", "invalid {name}: {value} is not a positive whole number"),
    "hf_missing_field": QT_TRANSLATE_NOOP("Messages", "the config.json has no {name}"),
    "hf_not_object": QT_TRANSLATE_NOOP("Messages", "the config.json does not hold a JSON object"),
    "hf_too_large": QT_TRANSLATE_NOOP("Messages", "{path}: larger than {limit_number} MiB; is it a config.json?"),
    "hf_not_json": QT_TRANSLATE_NOOP("Messages", "{path}: not a JSON config file"),
    "hf_unusable": QT_TRANSLATE_NOOP("Messages", "{path}: the model's shape cannot be read from this config"),
    # Benchmark results imported to compare with the engine (core/measurement_import.py, core/measurements.py).
    "bench_unknown_json": QT_TRANSLATE_NOOP(
        "Messages", "the JSON is neither a vLLM 'bench serve' result (output_throughput) nor an AIPerf/GenAI-Perf "
        "profile export (output_token_throughput)"),
    "bench_no_rows": QT_TRANSLATE_NOOP("Messages", "the file holds no measurements"),
    "bench_bad_json": QT_TRANSLATE_NOOP("Messages", "the file is not valid JSON (line {line_number})"),
    "bench_not_results": QT_TRANSLATE_NOOP("Messages", "the JSON does not hold benchmark results (expected an object)"),
    "bench_missing_number": QT_TRANSLATE_NOOP("Messages", "{name} is missing or not a number"),
    "bench_none_finished": QT_TRANSLATE_NOOP("Messages", "the vLLM result finished no requests"),
    "bench_no_throughput": QT_TRANSLATE_NOOP(
        "Messages", "the AIPerf/GenAI-Perf export has no output_token_throughput"),
    "bench_no_lengths": QT_TRANSLATE_NOOP(
        "Messages", "the AIPerf/GenAI-Perf export lacks input_sequence_length or output_sequence_length"),
    "bench_missing_columns": QT_TRANSLATE_NOOP("Messages", "the measurements file lacks the column(s) {columns}"),
    # Pinned scenarios (core/workspace.py).
    "pin_limit": QT_TRANSLATE_NOOP("Messages", "at most {limit_number} scenarios can be pinned; unpin one first"),
    "pin_missing": QT_TRANSLATE_NOOP("Messages", "there is no pinned scenario {number_number}"),
    # Notices (not errors): a file upgraded or from a newer version, a profile not found, prices.
    "notice_line": QT_TRANSLATE_NOOP("Messages", "note: {text}"),
    "notice_upgraded": QT_TRANSLATE_NOOP("Messages", "Upgraded from schema {old} to {new}."),
    "notice_newer_file": QT_TRANSLATE_NOOP(
        "Messages", "This file was written by a newer Inferonomics (schema {version}; this version reads {current})."),
    "notice_left_out": QT_TRANSLATE_NOOP("Messages", "Settings this version does not know were left out: {settings}."),
    "notice_saving_writes": QT_TRANSLATE_NOOP("Messages", "Saving it here writes schema {current}."),
    "notice_profile_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The calibration profile '{name}' cannot be used here; the built-in calibration is used instead."),
    "notice_catalog_price": QT_TRANSLATE_NOOP(
        "Messages", "{name} is priced at its catalog price (the scenario's price was for {id})"),
    "notice_rent_looks_like_price": QT_TRANSLATE_NOOP(
        "Messages", "--gpu-price {value} is read as a rental price per accelerator per hour (renting); that looks "
        "like a purchase price: rents are a few currency units an hour"),
}

# Settings in the user's words (keys: dotted paths); a setting not listed is shown by its path.
SETTING_NAMES: dict[str, str] = {
    "hardware": QT_TRANSLATE_NOOP("InputNames", "hardware"),
    "hardware.accelerator_id": QT_TRANSLATE_NOOP("InputNames", "accelerator"),
    "hardware.accelerator_count": QT_TRANSLATE_NOOP("InputNames", "accelerator count"),
    "hardware.accelerators_per_server": QT_TRANSLATE_NOOP("InputNames", "accelerators per server"),
    "hardware.scale_up_gb_per_s_per_direction": QT_TRANSLATE_NOOP("InputNames", "interconnect bandwidth"),
    "pricing": QT_TRANSLATE_NOOP("InputNames", "prices"),
    "pricing.mode": QT_TRANSLATE_NOOP("InputNames", "buy or rent"),
    "pricing.rental_billing": QT_TRANSLATE_NOOP("InputNames", "rental billing"),
    "pricing.currency": QT_TRANSLATE_NOOP("InputNames", "currency"),
    "pricing.cny_per_usd": QT_TRANSLATE_NOOP("InputNames", "exchange rate"),
    "pricing.cny_per_usd_date": QT_TRANSLATE_NOOP("InputNames", "exchange rate date"),
    "pricing.accelerator_price": QT_TRANSLATE_NOOP("InputNames", "accelerator price"),
    "pricing.server_price": QT_TRANSLATE_NOOP("InputNames", "server price"),
    "pricing.server_overhead_price": QT_TRANSLATE_NOOP("InputNames", "server overhead price"),
    "pricing.server_overhead_power_w": QT_TRANSLATE_NOOP("InputNames", "server overhead power"),
    "pricing.depreciation_years": QT_TRANSLATE_NOOP("InputNames", "depreciation years"),
    "pricing.electricity_price_per_kwh": QT_TRANSLATE_NOOP("InputNames", "electricity price"),
    "pricing.pue": QT_TRANSLATE_NOOP("InputNames", "PUE"),
    "pricing.hosting_per_server_year": QT_TRANSLATE_NOOP("InputNames", "hosting per server-year"),
    "pricing.rental_price_per_accelerator_hour": QT_TRANSLATE_NOOP("InputNames", "rental price per hour"),
    "model": QT_TRANSLATE_NOOP("InputNames", "model"),
    "model.model_id": QT_TRANSLATE_NOOP("InputNames", "model"),
    "model.total_params_b": QT_TRANSLATE_NOOP("InputNames", "model size"),
    "model.weight_precision": QT_TRANSLATE_NOOP("InputNames", "weight precision"),
    "model.kv_cache_precision": QT_TRANSLATE_NOOP("InputNames", "KV cache precision"),
    "workload": QT_TRANSLATE_NOOP("InputNames", "workload"),
    "workload.case_name": QT_TRANSLATE_NOOP("InputNames", "case name"),
    "workload.calls_per_case": QT_TRANSLATE_NOOP("InputNames", "calls per case"),
    "workload.input_tokens_per_call": QT_TRANSLATE_NOOP("InputNames", "input tokens per call"),
    "workload.output_tokens_per_call": QT_TRANSLATE_NOOP("InputNames", "output tokens per call"),
    "workload.cases_per_day": QT_TRANSLATE_NOOP("InputNames", "cases per day"),
    "workload.peak_factor": QT_TRANSLATE_NOOP("InputNames", "peak factor"),
    "workload.utilization": QT_TRANSLATE_NOOP("InputNames", "utilization"),
    "workload.load_driver": QT_TRANSLATE_NOOP("InputNames", "load"),
    "workload.concurrency": QT_TRANSLATE_NOOP("InputNames", "calls in flight"),
    "workload.service_level": QT_TRANSLATE_NOOP("InputNames", "service level"),
    "workload.service_level.max_case_latency_s": QT_TRANSLATE_NOOP("InputNames", "max time per case"),
    "workload.service_level.max_time_to_first_token_s": QT_TRANSLATE_NOOP("InputNames", "max time to first token"),
    "workload.service_level.max_time_per_output_token_s": QT_TRANSLATE_NOOP(
        "InputNames", "max time per output token"),
    "serving": QT_TRANSLATE_NOOP("InputNames", "serving"),
    "serving.tensor_parallel": QT_TRANSLATE_NOOP("InputNames", "tensor parallel size"),
    "serving.serving_stack": QT_TRANSLATE_NOOP("InputNames", "serving stack"),
    "serving.calibration_profile": QT_TRANSLATE_NOOP("InputNames", "calibration profile"),
    "name": QT_TRANSLATE_NOOP("InputNames", "scenario name"),
    "command": QT_TRANSLATE_NOOP("InputNames", "command"),
    "description": QT_TRANSLATE_NOOP("InputNames", "scenario description"),
}
