"""The PDF report: every example renders, vector charts, no clipped text, Chinese-ready."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from core.report_data import report_data
from core.scenario_io import builtin_scenario, builtin_scenario_names
from gui.report import texts
from gui.report.page import LATIN_FAMILIES, report_families, report_family
from gui.report.pdf import write_report

EXAMPLES = builtin_scenario_names() + builtin_scenario_names("article")
CLI = str(Path(sys.executable).with_name("inferonomics-cli"))


def _pdf_streams(path: Path) -> list[bytes]:
    data = path.read_bytes()
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            streams.append(zlib.decompress(match.group(1)))
        except zlib.error:
            streams.append(match.group(1))
    return streams


def _assert_vector_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data, "a raster image in the PDF"


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_renders_without_clipped_text(qapp, tmp_path: Path, name: str) -> None:
    data = report_data(builtin_scenario(name))
    written = write_report(data, tmp_path / "report.pdf")
    _assert_vector_pdf(written.path)
    assert written.pages >= 2
    assert written.boxes and written.clipped == []
    drawn = " ".join(box.text for box in written.boxes)
    assert texts.answer_sentence(data.question, data.answer, data.question.currency) in drawn
    assert "How accurate the engine is" in drawn
    pages = {box.text: box.page for box in written.boxes}
    assert pages["The two charts that matter"] == 1  # page 1: question, answer, figures and both charts
    # The charts are drawn as paths (vector): the page-1 content stream holds many path operators.
    assert max(stream.count(b" l\n") + stream.count(b" c\n") for stream in _pdf_streams(written.path)) > 50


def test_the_answer_sentence_reads_like_the_brief(qapp) -> None:
    data = report_data(builtin_scenario("r1-claims-8xh20").updated({"workload.cases_per_day": 2500}))
    sentence = texts.answer_sentence(data.question, data.answer, "CNY")
    assert sentence.startswith("At 2,500 claims a day, 8×HGX H20 costs ¥")
    assert " per claim (¥" in sentence and "and answers in" in sentence


def test_over_capacity_the_answer_gives_what_serving_the_demand_costs(qapp) -> None:
    """The card says "Over capacity; N would serve it at X": the report says the same, not the
    cost per case of a fleet that serves only part of the peak."""
    from core import evaluate

    scenario = builtin_scenario("r1-claims-8xh20").updated({"workload.cases_per_day": 6000})
    outcome = evaluate(scenario)
    assert outcome.over_capacity and outcome.accelerators_for_peak_demand is not None
    data = report_data(scenario)
    sentence = texts.answer_sentence(data.question, data.answer, "CNY")
    served = evaluate(scenario.updated({"hardware.accelerator_count": outcome.accelerators_for_peak_demand}))
    assert "is over capacity" in sentence and texts.money(served.cost_per_case, "CNY") in sentence
    assert texts.money(outcome.cost_per_case, "CNY") not in sentence


def test_comparison_and_sensitivity_pages(qapp, tmp_path: Path) -> None:
    data = report_data(builtin_scenario("r1-claims-8xh20"), [("8×B200", builtin_scenario("r1-claims-8xb200"))])
    written = write_report(data, tmp_path / "compare.pdf")
    drawn = " ".join(box.text for box in written.boxes)
    assert "Comparison with the pinned scenarios" in drawn and "Which inputs matter most" in drawn
    assert "8×B200" in drawn and written.clipped == []


class _LongChinese(QTranslator):
    """A pseudo translation: every report string longer and in Chinese, so clipping shows."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if context != "Report":
            return None  # untranslated (an empty string would translate Qt's own texts to nothing)
        return source + " 中文较长的翻译文本"


def test_a_longer_chinese_translation_is_used_and_never_clipped(qapp, tmp_path: Path) -> None:
    assert "CJK" in report_family()  # Noto Sans CJK is installed with the app's fonts
    # Figures come from a Latin family first: Qt writes CJK fonts' digits without their text map.
    assert report_families()[0] in LATIN_FAMILIES and report_families()[-1] == report_family()
    translator = _LongChinese()
    QCoreApplication.installTranslator(translator)
    try:
        data = report_data(builtin_scenario("r1-claims-cpu"))
        written = write_report(data, tmp_path / "zh.pdf")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert written.clipped == []
    assert sum("中文" in box.text for box in written.boxes) > 20
    heading = next(box for box in written.boxes if box.text.startswith("The two charts that matter"))
    caption = next(box for box in written.boxes if box.text.startswith("Waiting time as calls in flight"))
    assert heading.page == caption.page  # the heading never stays behind at the foot of a page
    _assert_vector_pdf(written.path)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=120)


def test_cli_report_writes_the_pdf(tmp_path: Path) -> None:
    scenario = Path("resources/scenarios/r1-claims-8xh20.json").resolve()
    other = Path("resources/scenarios/r1-claims-8xb200.json").resolve()
    out = tmp_path / "r.pdf"
    result = _cli("report", str(scenario), "--pdf", str(out), "--lang", "zh_CN", "--compare", str(other), "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["pages"] >= 3 and figures["clipped_text_boxes"] == 0
    _assert_vector_pdf(out)
    assert result.stderr == ""


def test_cli_report_bad_input_is_one_sentence(tmp_path: Path) -> None:
    scenario = str(Path("resources/scenarios/r1-claims-8xh20.json").resolve())
    missing_folder = _cli("report", scenario, "--pdf", str(tmp_path / "nowhere" / "r.pdf"))
    assert missing_folder.returncode == 2
    assert missing_folder.stderr.strip().count("\n") == 0 and "--pdf" in missing_folder.stderr
    no_pdf = _cli("report", scenario)
    assert no_pdf.returncode == 2 and "--pdf" in no_pdf.stderr


def test_the_other_commands_still_run_without_qt() -> None:
    code = ("import sys; from gui.report.command import main; rc = main(['evaluate', '--json']); "
            "print(rc, sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert json.loads(result.stdout)["cost_per_case"] > 0
    assert result.stderr.strip() == "0 []"


def test_a_long_table_repeats_its_header_on_each_page(qapp, tmp_path: Path) -> None:
    from gui.report.page import PageComposer

    page = PageComposer(str(tmp_path / "table.pdf"), "t", "f")
    page.table(["Head A", "Head B"], [[f"row {i}", "a longer cell that wraps " * 3] for i in range(160)], (1, 3))
    page.finish()
    pages_with_header = {box.page for box in page.boxes if box.text == "Head A"}
    assert page.page >= 3 and pages_with_header == set(range(1, page.page + 1))
    assert all(box.fits for box in page.boxes)
    rows = [box for box in page.boxes if box.text.startswith("row ")]
    assert all(box.box.bottom() <= page.content.bottom() + 0.5 for box in rows)  # no row runs off a page


def test_reports_and_exports_are_readable_by_others_as_saved_scenarios_are(qapp, tmp_path: Path) -> None:
    import os
    import stat

    from gui.atomic_file import write_atomically

    old = os.umask(0o022)
    try:
        written = write_report(report_data(builtin_scenario("r1-claims-8xh20")), tmp_path / "r.pdf")
        other = write_atomically(tmp_path / "t.csv", lambda name: Path(name).write_text("a,b\n"), ".csv")
        assert stat.S_IMODE(written.path.stat().st_mode) == 0o644
        assert stat.S_IMODE(other.stat().st_mode) == 0o644
        other.chmod(0o600)  # an existing file keeps its own bits
        write_atomically(other, lambda name: Path(name).write_text("c\n"), ".csv")
        assert stat.S_IMODE(other.stat().st_mode) == 0o600 and other.read_text() == "c\n"
    finally:
        os.umask(old)


def test_a_demand_far_beyond_any_fleet_still_gets_a_report_that_fits(qapp, tmp_path: Path) -> None:
    """A billion claims a day needs more accelerators than a scenario may hold: the report
    still says how many servers it would take, and the load reads as a multiple, uncut."""
    scenario = builtin_scenario("r1-claims-8xh20").updated({"workload.cases_per_day": 1e9})
    data = report_data(scenario)
    written = write_report(data, tmp_path / "huge.pdf")
    assert written.clipped == []
    sentence = texts.answer_sentence(data.question, data.answer, "CNY")
    assert "is over capacity" in sentence and "servers" in sentence and "×" in sentence


def test_a_chinese_report_says_claims_and_numbers_the_chinese_way(qapp, tmp_path: Path) -> None:
    from gui import language

    assert language.install("zh_CN")
    try:
        written = write_report(report_data(builtin_scenario("r1-claims-8xh20")), tmp_path / "zh.pdf")
    finally:
        language.install("en")
    drawn = " ".join(box.text for box in written.boxes)
    assert "理赔" in drawn and "claim" not in drawn  # the case's name, translated
    assert "万" in drawn and "分" in drawn  # ¥110万, 3分35秒
    assert written.clipped == []


def test_the_global_language_flag_reaches_the_report(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "zh.pdf"
    result = subprocess.run([sys.executable, "-m", "gui.report.command", "--lang", "zh_CN", "report",
                             "resources/scenarios/r1-claims-8xh20.json", "--pdf", str(out), "--json"],
                            capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    english = tmp_path / "en.pdf"
    subprocess.run([sys.executable, "-m", "gui.report.command", "report", "resources/scenarios/r1-claims-8xh20.json",
                    "--pdf", str(english)], capture_output=True, timeout=120,
                   env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert out.read_bytes() != english.read_bytes() and out.stat().st_size != english.stat().st_size


def test_the_engine_warnings_read_in_the_reports_language(qapp) -> None:
    from gui import language

    data = report_data(builtin_scenario("r1-claims-cpu"))
    engine_warnings = [item for item in data.warnings if item.message is not None]
    assert engine_warnings
    assert language.install("zh_CN")
    try:
        chinese = [texts.warning_text(item) for item in engine_warnings]
    finally:
        language.install("en")
    english = [texts.warning_text(item) for item in engine_warnings]
    for zh, en in zip(chinese, english, strict=True):
        assert zh != en and any("\u4e00" <= ch <= "\u9fff" for ch in zh) and "peak hour" not in zh


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_chinese_report_has_no_english_sentence_but_names_and_sources(qapp, tmp_path: Path, name: str) -> None:
    """Every text the zh_CN report draws is Chinese, apart from names (chips, models, providers) and the
    sources of its assumptions, which stay as written (the widened-range warning was English)."""
    from core.api_prices import load_api_prices
    from core.catalog import load_catalog
    from gui import language

    data = report_data(builtin_scenario(name))
    assert language.install("zh_CN")
    try:
        written = write_report(data, tmp_path / "zh.pdf")
    finally:
        language.install("en")
    catalog = load_catalog()
    names = [source for item in data.assumptions for source in item.sources]
    names += [spec.name for spec in catalog.accelerators.values()] + [spec.name for spec in catalog.models.values()]
    names += [spec.name.split("(")[0].strip() for spec in catalog.accelerators.values()]  # short names
    names += [price.provider for price in load_api_prices()]
    names += [price.source for price in load_api_prices()]  # sources stay as written
    english_run = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b")
    for box in written.boxes:
        text = box.text
        for known in sorted(names, key=len, reverse=True):
            text = text.replace(known, " ")
        assert not english_run.search(text), (name, box.text)


def test_figure_labels_name_the_case(qapp) -> None:
    assert texts.figure_label("capacity_cases_per_day", "claim") == (
        "Claims a day it could serve within the service level")
    assert texts.figure_label("cost_per_case", "claim") == "Cost per claim"


def test_own_or_api_section_and_every_pinned_waterfall(qapp, tmp_path: Path) -> None:
    """The board sees what a case and a month cost through the API beside buying and renting,
    the break-even in words, and the split of the change to every pinned scenario (not the first only)."""
    from core import evaluate
    from core.api_prices import default_price

    b200 = builtin_scenario("r1-claims-8xb200")
    data = report_data(b200, [("8×H20", builtin_scenario("r1-claims-8xh20")),
                              ("CPU", builtin_scenario("r1-claims-cpu"))])
    own = data.own_or_api
    assert own is not None and own.price == default_price(b200)
    outcome = evaluate(b200)
    assert own.fleet_cost_per_case == outcome.cost_per_case
    assert own.api_per_month == pytest.approx(own.api_cost_per_case * own.cases_per_month)
    assert own.buy_per_month == pytest.approx(outcome.monthly_cost, rel=1e-9)
    written = write_report(data, tmp_path / "own.pdf")
    drawn = " ".join(box.text for box in written.boxes)
    assert "Own, rent or pay an API" in drawn and own.price.provider in drawn
    assert "Buy the fleet" in drawn and "Pay the API" in drawn and "capacity" in drawn
    assert "From this scenario to 8×H20" in drawn and "From this scenario to CPU" in drawn
    assert written.clipped == []
