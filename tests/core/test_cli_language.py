"""`inferonomics-cli --lang zh_CN`: Chinese text, the same JSON; one translation file for app and CLI."""

import json
import re
from pathlib import Path

import pytest

from core.cli import main
from core.messages import TEMPLATES, Message, render
from core.translations import catalog

HAN = re.compile("[\u4e00-\u9fff]")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_text_in_chinese(capsys) -> None:
    code, out, _ = run(capsys, "evaluate", "--lang", "zh_CN", "--cases-per-day", "1e12")
    assert code == 0
    assert "每件理赔成本" in out and "瓶颈" in out and "首 Token 时延" in out
    assert "警告：超出产能" in out and "产能的一百万倍以上" in out
    labels = [line.split("  ")[0] for line in out.splitlines() if "  " in line]
    assert labels and all(HAN.search(label) for label in labels), labels  # every row's label is Chinese
    assert "Cost per" not in out and "warning:" not in out


def test_language_before_the_command_too(capsys) -> None:
    code, out, _ = run(capsys, "--lang", "zh_CN", "plan", "--cases-per-day", "20000", "--top", "2")
    assert code == 0 and "每日 20,000 件理赔的最便宜配置" in out


def test_json_is_the_same_in_every_language(capsys) -> None:
    _, english, _ = run(capsys, "evaluate", "--json")
    _, chinese, _ = run(capsys, "evaluate", "--json", "--lang", "zh_CN")
    assert json.loads(english) == json.loads(chinese)


def test_unknown_language_is_one_clear_line(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", "--lang", "fr"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and "give en or zh_CN" in err and len(err.strip().splitlines()) == 1


def test_compare_and_sensitivity_in_chinese(capsys) -> None:
    files = ["resources/scenarios/r1-claims-8xh20.json", "resources/scenarios/r1-claims-cpu.json"]
    code, out, _ = run(capsys, "compare", *files, "--lang", "zh_CN")
    assert code == 0 and "每件业务" in out and "硬件价格" in out
    code, out, _ = run(capsys, "sensitivity", files[0], "--lang", "zh_CN")
    assert code == 0 and "每件理赔成本" in out and "折旧年限" in out


def test_every_engine_message_has_a_chinese_template() -> None:
    table = catalog("zh_CN")
    for code, english in TEMPLATES.items():
        assert HAN.search(table.get(("Messages", english), "")), f"{code} has no zh_CN translation"


def test_a_warning_renders_with_chinese_numbers_and_units() -> None:
    message = Message(code="fleet_mostly_idle", params={"busy_share": 0.042, "need_count": 3,
                                                        "need_noun": "CPU server"})
    assert render(message) == "the fleet is 4.2% busy on average: 3 CPU servers would serve the peak hour"
    assert render(message, "zh_CN") == "集群平均繁忙度仅为 4.2%：3 台 CPU 服务器即可满足高峰时段"
    one = Message(code="fleet_mostly_idle", params={"busy_share": 0.042, "need_count": 1, "need_noun": "accelerator"})
    assert "1 accelerator would" in render(one)


def test_tornado_inputs_say_the_scenarios_case(capsys) -> None:
    """"calls per claim", not "calls per case", when the scenario's case is a claim (both languages)."""
    path = "resources/scenarios/r1-claims-8xh20.json"
    code, out, _ = run(capsys, "sensitivity", path)
    assert code == 0 and "calls per claim" in out and "calls per case" not in out
    code, out, _ = run(capsys, "sensitivity", path, "--lang", "zh_CN")
    assert code == 0 and "每件理赔调用次数" in out and "每件业务调用次数" not in out


def test_lists_join_as_the_language_joins_them() -> None:
    from core.number_format import listing

    assert listing(["accelerator count", "accelerator"]) == "accelerator count and accelerator"
    assert listing(["a", "b", "c"]) == "a, b, and c"
    assert listing(["加速卡数量", "加速卡", "权重精度"], "zh_CN") == "加速卡数量、加速卡和权重精度"
    assert listing([], "zh_CN") == ""


def test_a_case_typed_in_chinese_is_never_given_an_english_plural(capsys, tmp_path) -> None:
    import json

    from core.messages import plural_case

    data = json.loads(Path("resources/scenarios/r1-claims-8xh20.json").read_text(encoding="utf-8"))
    data["workload"]["case_name"] = "工单"
    path = tmp_path / "tickets.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "sensitivity", str(path), "--lang", "zh_CN")
    assert code == 0 and "每日工单量" in out and "每件工单成本" in out and "工单s" not in out
    assert [plural_case(name) for name in ("claim", "analysis", "bus", "canvas", "query", "résumé", "ticket (EN)",
                                           "工单")] == ["claims", "analyses", "buses", "canvases", "queries",
                                                        "résumés", "ticket (EN)", "工单"]
