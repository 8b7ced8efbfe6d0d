"""Charts call things what the controls call them: the scenario's case by its own name ("claim",
理赔, not a generic "case") and a CPU scenario's units "CPU servers", in titles and axes alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.scenario_io import builtin_scenario, checked_analysis
from gui import language
from gui.charts.accelerator_comparison import AcceleratorComparisonChart
from gui.charts.cost_vs_gpus import CostVsGpuCountChart
from gui.charts.memory_breakdown import MemoryBreakdownChart
from gui.charts.throughput_interactivity import ThroughputInteractivityChart

UNIT_CHARTS = (CostVsGpuCountChart, ThroughputInteractivityChart, MemoryBreakdownChart)


def _words(chart_class: type, example: str) -> tuple[str, str, str]:
    """(title, bottom axis, left axis) of a chart drawn for a built-in example."""
    scenario = builtin_scenario(example)
    outcome, overview = checked_analysis(scenario)
    chart = chart_class()
    chart.update_from(scenario, outcome, overview)
    axis = chart.plot.getAxis
    words = chart.heading.text(), str(axis("bottom").labelText or ""), str(axis("left").labelText or "")
    ticks = " ".join(label for _value, label in chart._ticks.get("left", []))
    chart.deleteLater()
    return words[0], words[1], words[2] + " " + ticks


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    assert language.install("zh_CN")
    try:
        yield
    finally:
        language.install("en")


def test_cpu_scenario_charts_say_cpu_servers(qapp) -> None:
    for chart_class in UNIT_CHARTS:
        text = " | ".join(_words(chart_class, "r1-claims-cpu"))
        assert "CPU server" in text, text
        assert "ccelerator" not in text, text  # not "Accelerators" where the controls say "CPU servers"
    assert _words(CostVsGpuCountChart, "r1-claims-cpu")[1] == "CPU servers (log scale)"


def test_gpu_scenario_charts_keep_accelerators(qapp) -> None:
    title, _bottom, left = _words(ThroughputInteractivityChart, "r1-claims-8xh20")
    assert title == "Throughput per accelerator vs speed per user" and "Tokens/s per accelerator" in left
    assert _words(CostVsGpuCountChart, "r1-claims-8xh20")[1] == "Accelerators (log scale)"


def test_titles_name_the_case_as_the_axes_do(qapp) -> None:
    title, _bottom, left = _words(CostVsGpuCountChart, "r1-claims-8xh20")
    assert title == "Cost per claim vs fleet size" and left.startswith("Cost per claim")
    title, bottom, _left = _words(AcceleratorComparisonChart, "r1-claims-8xh20")
    assert title == "Cost per claim on every accelerator, sized for the same demand" and "per claim" in bottom


def test_chinese_titles_and_axes_use_the_case_and_the_unit(chinese) -> None:
    title, bottom, left = _words(CostVsGpuCountChart, "r1-claims-cpu")
    assert title == "每件理赔成本与集群规模" and "理赔" in left and bottom == "CPU 服务器数量（对数刻度）"
    title, _bottom, left = _words(ThroughputInteractivityChart, "r1-claims-cpu")
    assert title == "每台 CPU 服务器吞吐量与每用户速度" and "CPU 服务器" in left
    title, bottom, left = _words(MemoryBreakdownChart, "r1-claims-cpu")
    assert title == "每台 CPU 服务器的内存" and "CPU 服务器" in bottom and "CPU 服务器" in left
    title, _bottom, _left = _words(AcceleratorComparisonChart, "r1-claims-8xh20")
    assert "理赔" in title and "业务" not in title
