"""The API price catalog and which price a scenario uses when none is named."""

from __future__ import annotations

import datetime
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import core.api_prices as api_prices
from core.api_prices import (
    ApiPrice,
    _check_catalog,
    break_even,
    default_price,
    is_current,
    load_api_prices,
    prices_for,
)
from core.catalog import load_catalog
from core.cli import main
from core.scenario_io import builtin_scenario, builtin_scenario_names

ROOT = Path(__file__).resolve().parents[2]
DAY = datetime.date(2026, 12, 2)
H20 = builtin_scenario("r1-claims-8xh20")


def price(id: str, **fields: Any) -> ApiPrice:
    entry: dict[str, Any] = {"id": id, "model_id": "deepseek-r1", "provider": id, "kind": "maker", "currency": "CNY",
                             "input_per_million": 1.0, "output_per_million": 2.0, "date": "2026",
                             "read_on": "2026-12-02", "source": "test"}
    entry.update(fields)
    return ApiPrice.model_validate(entry)


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Replace the catalog by the given prices for one test."""
    def use(*prices: ApiPrice) -> None:
        _check_catalog(prices)
        monkeypatch.setattr(api_prices, "load_api_prices", lambda: prices)
    return use


# --- the catalog as shipped ----------------------------------------------------------------------
def test_every_entry_has_source_dates_and_kind() -> None:
    raw = json.loads((ROOT / "resources" / "catalogs" / "api_prices.json").read_text(encoding="utf-8"))
    assert raw["format"] == "inferonomics-api-prices" and raw["version"] == 1
    prices = load_api_prices()
    assert len(prices) == len(raw["prices"])
    models = load_catalog().models
    for entry in prices:
        assert entry.source and entry.date and entry.read_on, entry.id
        assert entry.model_id in models, entry.id
        assert entry.kind in ("maker", "host", "closed"), entry.id
        if entry.kind == "closed":
            assert not entry.same_model, entry.id
        if entry.valid_until is not None:
            assert entry.valid_from is None or entry.valid_from <= entry.valid_until
        if entry.off_peak is not None:
            assert entry.off_peak.input_per_million <= entry.input_per_million
            assert entry.off_peak.output_per_million <= entry.output_per_million
    assert {"USD", "CNY"} <= {entry.currency for entry in prices_for(H20)}
    assert any(entry.off_peak is not None and entry.off_peak.peak_days == "weekdays" for entry in prices)


@pytest.mark.parametrize("name", builtin_scenario_names())
def test_every_example_gets_a_current_price_of_its_own_model(name: str) -> None:
    scenario = builtin_scenario(name)
    for currency in ("CNY", "USD"):
        chosen = default_price(scenario.updated({"pricing.currency": currency}), DAY)
        assert chosen is not None
        assert chosen.model_id == scenario.model.model_id and chosen.same_model
        assert chosen.kind in ("maker", "host") and is_current(chosen, DAY)
        assert chosen.currency == currency  # the catalog has both lists for every example's model


def test_r1_now_defaults_to_a_host_of_r1_not_to_deepseeks_successor_models() -> None:
    assert default_price(H20, DAY).id == "volcengine-r1"  # type: ignore[union-attr]
    assert default_price(H20.updated({"pricing.currency": "USD"}), DAY).id == "openrouter-r1"  # type: ignore[union-attr]
    successors = [entry for entry in prices_for(H20) if entry.kind == "maker" and not entry.same_model]
    assert any(is_current(entry, DAY) for entry in successors)  # DeepSeek sells its successors today
    # While DeepSeek sold R1 itself, its own list was the default (the CNY one for a CNY scenario).
    assert default_price(H20, datetime.date(2025, 3, 1)).id == "deepseek-api-r1-cny"  # type: ignore[union-attr]
    assert default_price(H20.updated({"pricing.currency": "USD"}),
                         datetime.date(2025, 3, 1)).id == "deepseek-api-r1"  # type: ignore[union-attr]


def test_deepseek_v3s_own_price_ended_with_the_model() -> None:
    v3 = H20.updated({"model.model_id": "deepseek-v3"})
    on_offer = [entry.id for entry in prices_for(v3) if entry.kind == "maker" and is_current(entry, DAY)]
    assert on_offer == []  # DeepSeek sells neither V3 nor V3.1 any more
    assert default_price(v3, DAY).kind == "host"  # type: ignore[union-attr]


# --- the rules, on small catalogs ----------------------------------------------------------------
def test_same_model_is_preferred_and_successor_or_closed_never_default(catalog: Any) -> None:
    successor = price("successor", same_model=False, input_per_million=0.1)
    closed = price("closed", kind="closed", same_model=False, input_per_million=0.01)
    host = price("host", kind="host")
    catalog(successor, closed, host)
    assert default_price(H20, DAY).id == "host"  # type: ignore[union-attr]
    catalog(successor, closed)
    assert default_price(H20, DAY) is None


def test_maker_before_host_and_expired_never_default_when_a_current_exists(catalog: Any) -> None:
    maker_old = price("maker-old", valid_from="2025-01-20", valid_until="2025-08-21")
    host = price("host", kind="host", valid_from="2025-01-01")
    maker_new = price("maker-new", valid_from="2026-01-01")
    catalog(maker_old, host, maker_new)
    assert default_price(H20, datetime.date(2025, 6, 1)).id == "maker-old"  # type: ignore[union-attr]
    assert default_price(H20, datetime.date(2025, 9, 1)).id == "host"  # type: ignore[union-attr]
    assert default_price(H20, datetime.date(2026, 6, 1)).id == "maker-new"  # type: ignore[union-attr]


def test_an_expired_price_only_when_none_is_on_offer(catalog: Any) -> None:
    first = price("first", valid_until="2025-03-01")
    last = price("last", kind="host", valid_until="2025-08-21")
    later = price("later", valid_from="2027-01-01")
    catalog(first, last, later, price("successor", same_model=False))
    chosen = default_price(H20, DAY)
    assert chosen is not None and chosen.id == "last" and not is_current(chosen, DAY)
    assert default_price(H20, datetime.date(2024, 1, 1)).id == "first"  # type: ignore[union-attr]


def test_currency_then_catalog_pick_then_verified(catalog: Any) -> None:
    usd = price("usd", kind="host", currency="USD", default=True)
    cny_plain = price("cny-plain", kind="host")
    cny_pick = price("cny-pick", kind="host", default=True, verified=False)
    catalog(usd, cny_plain, cny_pick)
    assert default_price(H20, DAY).id == "cny-pick"  # type: ignore[union-attr]
    assert default_price(H20.updated({"pricing.currency": "USD"}), DAY).id == "usd"  # type: ignore[union-attr]
    catalog(usd, cny_plain, price("cny-unverified", kind="host", verified=False))
    assert default_price(H20, DAY).id == "cny-plain"  # type: ignore[union-attr]


def test_the_loader_rejects_what_would_mislead() -> None:
    with pytest.raises(ValidationError):
        price("closed-same", kind="closed")  # a closed model is never the same model
    with pytest.raises(ValidationError):
        price("successor-default", same_model=False, default=True)
    with pytest.raises(ValidationError):
        price("backwards", valid_from="2026-02-01", valid_until="2026-01-01")
    with pytest.raises(ValidationError):
        price("no-day", valid_until="2026-02-30")
    with pytest.raises(ValueError, match="two defaults"):
        _check_catalog((price("a", default=True, valid_until="2026-01-01"), price("b", default=True)))
    _check_catalog((price("a", default=True, valid_until="2025-12-31"), price("b", default=True,
                                                                           valid_from="2026-01-01")))
    with pytest.raises(ValueError, match="source"):
        _check_catalog((price("unsourced", source=""),))
    with pytest.raises(ValueError, match="duplicate"):
        _check_catalog((price("twice"), price("twice")))


def test_a_broken_catalog_file_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = price("x").as_json()
    entry["kind"] = "closed"
    monkeypatch.setattr(api_prices, "read_resource_text", lambda *_: json.dumps(
        {"format": "inferonomics-api-prices", "version": 1, "prices": [entry]}))
    load_api_prices.cache_clear()
    try:
        with pytest.raises(RuntimeError, match=r"api_prices\.json is broken"):
            load_api_prices()
    finally:
        monkeypatch.undo()
        load_api_prices.cache_clear()


# --- README's example figures are the CLI's ------------------------------------------------------
def _evaluate(capsys: pytest.CaptureFixture[str], name: str, *extra: str) -> dict[str, Any]:
    path = ROOT / "resources" / "scenarios" / f"{name}.json"
    assert main(["evaluate", str(path), "--json", *extra]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _yuan(value: float) -> str:
    return f"¥{value:.3f}"


def test_readme_api_example_figures_match_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = re.sub(r"\s+", " ", text[text.index("The 8×H20 claims example"):text.index("8×H20 → 8×B200")])
    h20 = _evaluate(capsys, "r1-claims-8xh20")
    fleet = break_even(H20, default_price(H20))  # type: ignore[arg-type]
    assert fleet.capacity_cases_per_day is not None
    fully_busy = (fleet.idle_cost_per_day + fleet.cost_per_extra_case * fleet.capacity_cases_per_day) / (
        fleet.capacity_cases_per_day)
    dearer = _evaluate(capsys, "r1-claims-8xh20", "--api-price-in", "8", "--api-price-out", "32")
    b200 = _evaluate(capsys, "r1-claims-8xb200")
    assert h20["break_even_cases_per_day"] is None and "`break_even_cases_per_day: null`" in paragraph
    assert dearer["break_even_cases_per_day"] is not None and b200["break_even_cases_per_day"] is not None
    expected = [
        f"`{h20['api_price_used']['id']}`",
        f"{_yuan(h20['api_cost_per_case'])} a claim against {_yuan(h20['cost_per_case'])} on the fleet",
        f"fully busy the server costs {_yuan(fully_busy)} a claim",
        f"{_yuan(dearer['api_cost_per_case'])} a claim, break-even at {dearer['break_even_cases_per_day']:,.0f}",
        f"({_yuan(b200['cost_per_case'])} a claim at 3,000 a day)",
        f"above {b200['break_even_cases_per_day']:,.0f} claims a day",
    ]
    for figure in expected:
        assert figure in paragraph, f"README says something else than the CLI: {figure!r}"
    assert math.isclose(h20["api_cost_per_case"], api_prices.api_cost_per_case(H20, default_price(H20)))  # type: ignore[arg-type]
