"""Errors a user meets speak the interface's language: `inferonomics-cli --lang zh_CN` says a bad file,
an out-of-range value or a mistyped flag in Chinese (one sentence, the setting in the user's words, the
range it allows), while English (`str(error)`) stays what it always was."""

import copy
import json
import re
from pathlib import Path

import pytest

from core import ScenarioError, load_scenario
from core.cli import main
from core.error_templates import ERROR_TEMPLATES, SETTING_NAMES
from core.error_words import error_text
from core.messages import Message, render
from core.translations import catalog

HAN = re.compile("[\u4e00-\u9fff]")
# Three or more English words in a row: a sentence (ids, file names and flags are not words like this).
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b")
EXAMPLE = Path("resources/scenarios/r1-claims-8xh20.json")


def _example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _written(tmp_path: Path, name: str, change) -> str:
    data = copy.deepcopy(_example())
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _cli(capsys, *args: str) -> tuple[int, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse's own complaints
        code = int(stop.code or 0)
    return code, capsys.readouterr().err.strip()


def _bad_files(tmp_path: Path) -> dict[str, str]:
    broken = tmp_path / "broken.json"
    broken.write_text("{\n", encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text('{"format": "spreadsheet"}', encoding="utf-8")
    return {
        "missing file": str(tmp_path / "nowhere.json"),
        "bad JSON": str(broken),
        "wrong format": str(other),
        "unknown accelerator": _written(tmp_path, "acc.json", lambda d: d["hardware"].update(accelerator_id="h999")),
        "unknown model": _written(tmp_path, "model.json", lambda d: d["model"].update(model_id="gpt-9")),
        "out of range": _written(tmp_path, "range.json", lambda d: d["workload"].update(calls_per_case=0)),
        "missing setting": _written(tmp_path, "miss.json", lambda d: d["workload"].pop("calls_per_case")),
        "wrong type": _written(tmp_path, "type.json", lambda d: d["workload"].update(calls_per_case="many")),
        "not a choice": _written(tmp_path, "choice.json", lambda d: d["pricing"].update(currency="EUR")),
    }


@pytest.mark.parametrize("command", ["evaluate", "sensitivity", "plan", "compare"])
def test_a_bad_scenario_file_is_one_chinese_sentence(tmp_path: Path, capsys, command: str) -> None:
    for problem, path in _bad_files(tmp_path).items():
        extra = [str(EXAMPLE)] if command == "compare" else []
        code, err = _cli(capsys, "--lang", "zh_CN", command, *extra, path)
        assert code == 2, (problem, err)
        said = err.removeprefix("inferonomics-cli: ")
        assert len(err.splitlines()) == 1 and HAN.search(said), (problem, err)
        assert not ENGLISH_RUN.search(said), (problem, err)


def test_the_same_errors_in_english_are_unchanged(tmp_path: Path, capsys) -> None:
    files = _bad_files(tmp_path)
    code, err = _cli(capsys, "evaluate", files["out of range"])
    assert code == 2 and err == ("inferonomics-cli: workload.calls_per_case: input should be greater than or "
                                 "equal to 1 (got 0)")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(files["unknown accelerator"])
    assert str(caught.value).startswith("hardware.accelerator_id: unknown accelerator 'h999'; known: ")
    assert error_text(caught.value, "en") == str(caught.value)


def test_out_of_range_names_the_setting_and_its_range(tmp_path: Path, capsys) -> None:
    files = _bad_files(tmp_path)
    _, err = _cli(capsys, "--lang", "zh_CN", "evaluate", files["out of range"])
    assert err == "inferonomics-cli: 每件业务调用次数应在 1 到 10,000 之间（输入为 0）"
    _, err = _cli(capsys, "--lang", "zh_CN", "evaluate", files["missing setting"])
    assert err == "inferonomics-cli: 缺少每件业务调用次数"
    utilization = _written(tmp_path, "u.json", lambda d: d["workload"].update(utilization=1e-9))
    _, err = _cli(capsys, "--lang", "zh_CN", "evaluate", utilization)
    assert "利用率" in err and "不小于 0.000001" in err and "1e-06" not in err


@pytest.mark.parametrize(("flags", "expected"), [
    (["evaluate", "--gpu-count", "0"], "--gpu-count 应在 1 到 100,000 之间（输入为 0）"),
    (["evaluate", "--max-ttft-s", "0"], "--max-ttft-s 应大于 0 且不超过 1,000,000（输入为 0）"),
    (["evaluate", "--utilization", "50"], "您是想输入 0.5 吗？"),
    (["evaluate", "--tensor-parallel", "3"], "2 的幂"),
    (["evaluate", "--tensor-parallel", "x"], "--tensor-parallel：'x' 不是整数"),
    (["evaluate", "--gpu-count", "abc"], "--gpu-count：'abc' 不是整数"),
    (["evaluate", "--currency", "EUR"], "--currency：'EUR' 不在可选范围内"),
    (["evaluate", "--concurrency", "lots"], "'lots' 不是整数，也不是 'auto' 或 'max'"),
    (["evaluate", "--gpu", "xyz"], "未知的加速卡 'xyz'"),
    (["evaluate", "--cases-per-day", "5", "--utilization", "0.5"], "请只给出其中一个"),
    (["evaluate", "--api-price-in", "3"], "须同时给出"),
    (["evaluate", str(EXAMPLE), "extra-word"], "无法识别这些参数：extra-word"),
    (["plan", "--top", "0"], "--top：请给出不小于 1 的整数"),
    (["sensitivity", str(EXAMPLE), "--swing", "2"], "0 到 1 之间的比例"),
    (["compare", str(EXAMPLE)], "2 到 5 个场景文件（给出了 1 个）"),
    (["validate", "--measurements", "nowhere.csv"], "nowhere.csv：文件不存在"),
    (["sensitivity"], "缺少：scenario"),
])
def test_flag_errors_in_chinese(capsys, flags: list[str], expected: str) -> None:
    code, err = _cli(capsys, "--lang", "zh_CN", *flags)
    assert code == 2 and expected in err, err
    assert len(err.splitlines()) == 1 and not ENGLISH_RUN.search(err.removeprefix("inferonomics-cli: ")), err


def test_flag_errors_in_english_stay_english(capsys) -> None:
    code, err = _cli(capsys, "evaluate", "--gpu-count", "abc")
    assert code == 2 and err == "inferonomics-cli: argument --gpu-count: invalid int value: 'abc'"
    code, err = _cli(capsys, "evaluate", "--gpu-count", "0")
    assert err == "inferonomics-cli: --gpu-count: input should be greater than or equal to 1 (got 0)"


def test_every_error_sentence_and_setting_name_has_a_chinese_translation() -> None:
    table = catalog("zh_CN")
    for code, english in ERROR_TEMPLATES.items():
        assert HAN.search(table.get(("Messages", english), "")), f"{code} has no zh_CN translation"
    for path, english in SETTING_NAMES.items():
        assert table.get(("InputNames", english)), f"{path} ({english}) has no zh_CN name"


def test_an_error_without_codes_falls_back_to_its_english_sentence() -> None:
    error = ScenarioError("something only said in English")
    assert error_text(error, "zh_CN") == "something only said in English"
    coded = ScenarioError("English", Message(code="setting_missing", params={"setting": "pricing.pue"}))
    assert str(coded) == "English" and error_text(coded, "zh_CN") == "缺少PUE"
    assert render(Message(code="setting_missing", params={"setting": "--gpu"}), "zh_CN") == "缺少--gpu"


def test_a_bad_model_config_is_said_in_chinese(tmp_path: Path, capsys) -> None:
    no_layers = tmp_path / "config.json"
    no_layers.write_text('{"hidden_size": 4096}', encoding="utf-8")
    code, err = _cli(capsys, "--lang", "zh_CN", "evaluate", "--model-config", str(no_layers))
    assert code == 2 and err == "inferonomics-cli: config.json 中没有 num_hidden_layers"
    code, err = _cli(capsys, "evaluate", "--model-config", str(no_layers))
    assert err == f"inferonomics-cli: {no_layers}: missing num_hidden_layers"


def test_pinning_too_many_is_said_in_chinese() -> None:
    from core.scenario_io import default_scenario
    from core.workspace import MAX_PINNED, Workspace

    workspace = Workspace(default_scenario())
    for _ in range(MAX_PINNED):
        workspace = workspace.pin(default_scenario(), "", "open")
    with pytest.raises(ScenarioError) as caught:
        workspace.pin(default_scenario(), "", "open")
    assert error_text(caught.value, "zh_CN") == f"最多可固定 {MAX_PINNED} 个场景，请先取消固定一个"
    assert str(caught.value) == f"at most {MAX_PINNED} scenarios can be pinned; unpin one first"


def test_notices_of_an_old_file_in_chinese(capsys) -> None:
    code, err = _cli(capsys, "--lang", "zh_CN", "evaluate", "tests/core/fixtures/schema-v1.json")
    assert code == 0 and err.startswith("提示：已从格式版本 1 升级到 2。") and not ENGLISH_RUN.search(err), err
    code, err = _cli(capsys, "evaluate", "tests/core/fixtures/schema-v1.json")
    assert err.startswith("note: Upgraded from schema 1 to 2. Figures now follow the load")


def test_benchmark_files_that_cannot_be_used_are_said_in_chinese(tmp_path: Path, capsys) -> None:
    other = tmp_path / "bench.json"
    other.write_text('{"foo": 1}', encoding="utf-8")
    columns = tmp_path / "bench.csv"
    columns.write_text("a,b\n", encoding="utf-8")
    code, err = _cli(capsys, "--lang", "zh_CN", "validate", "--measurements", str(other))
    assert code == 2 and "既不是 vLLM" in err
    code, err = _cli(capsys, "--lang", "zh_CN", "validate", "--measurements", str(columns))
    assert code == 2 and "实测数据文件缺少以下列：id, gpu" in err and not ENGLISH_RUN.search(err)
