"""The spec sheet: figures straight from the catalog, ratios to a reference chip, busy shares
from the engine's outcome, and what a unit is called."""

import pytest

from core import default_scenario, evaluate
from core.catalog import load_catalog
from core.headline import servers
from core.spec_sheet import busy_at_operating_point, compare_sheets, spec_sheet, unit_noun


def test_h20_against_h100_gives_the_articles_trade_off_from_the_catalog():
    catalog = load_catalog()
    h20, h100 = catalog.accelerators["h20"], catalog.accelerators["h100-sxm"]
    ratios = compare_sheets(spec_sheet(h20), spec_sheet(h100))
    assert ratios.headline_precision == "fp8"
    assert ratios.flops == pytest.approx(h20.dense_tflops.fp8 / h100.dense_tflops.fp8)
    assert ratios.flops < 0.2  # "a tenth of the FLOPS": about 1/6.7 in the catalog
    assert ratios.memory_bandwidth == pytest.approx(h20.memory_bandwidth_tb_per_s / h100.memory_bandwidth_tb_per_s)
    assert ratios.memory == pytest.approx(96 / 80)
    assert ratios.power == pytest.approx(h20.tdp_w / h100.tdp_w)
    assert ratios.purchase_price == pytest.approx(h20.purchase_price_usd / h100.purchase_price_usd)


def test_flops_ratio_falls_back_to_a_format_both_chips_have():
    catalog = load_catalog()
    ascend, h100 = catalog.accelerators["ascend-910b"], catalog.accelerators["h100-sxm"]
    ratios = compare_sheets(spec_sheet(ascend), spec_sheet(h100))
    assert ascend.dense_tflops.fp8 is None
    assert ratios.headline_precision == "int8"
    assert ratios.tflops_by_precision["fp8"] is None
    assert ratios.flops == pytest.approx(ascend.dense_tflops.int8 / h100.dense_tflops.int8)


def test_sheet_carries_every_figure_with_price_date_and_sources():
    for accelerator in load_catalog().accelerators.values():
        sheet = spec_sheet(accelerator)
        assert sheet.memory_gb == accelerator.memory_gb
        assert sheet.dense_tflops["bf16"] == accelerator.peak_tflops("bf16")
        assert sheet.purchase_price_date == accelerator.purchase_price_date
        assert sheet.sources == accelerator.sources and sheet.sources


def test_units_are_named_by_kind():
    catalog = load_catalog().accelerators
    assert unit_noun(catalog["h20"]) == "GPU"
    assert unit_noun(catalog["ascend-910c"]) == "NPU"
    assert unit_noun(catalog["cpu-xeon-8480-2s"]) == "CPU server"


def test_busy_shares_are_the_engines():
    outcome = evaluate(default_scenario())
    busy = busy_at_operating_point(outcome)
    assert busy.compute == outcome.compute_utilization and 0 < busy.compute < 1
    assert busy.memory_bandwidth == outcome.bandwidth_utilization and 0 < busy.memory_bandwidth < 1
    assert busy.bottleneck == outcome.bottleneck


def test_servers_needed_follow_the_peak_demand():
    scenario = default_scenario()
    outcome = evaluate(scenario)
    fleet = servers(scenario, outcome)
    assert fleet.servers_owned * fleet.accelerators_per_server >= scenario.hardware.accelerator_count
    assert fleet.servers_needed * fleet.accelerators_per_server == outcome.accelerators_for_peak_demand
    busier = scenario.model_copy(update={"workload": scenario.workload.model_copy(
        update={"cases_per_day": (outcome.capacity_cases_per_day or 1) * 3})})
    more = servers(busier, evaluate(busier))
    assert more.servers_needed is not None and more.servers_needed > fleet.servers_owned


def test_cpu_servers_count_as_their_own_unit():
    base = default_scenario()
    scenario = base.model_copy(update={"hardware": base.hardware.model_copy(
        update={"accelerator_id": "cpu-xeon-8480-2s", "accelerators_per_server": 1})})
    fleet = servers(scenario, evaluate(scenario))
    assert fleet.unit_noun == "CPU server" and fleet.unit_is_server
    assert fleet.servers_owned == scenario.hardware.accelerator_count
