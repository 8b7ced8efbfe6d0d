"""The headline figures as large cards in two levels of words, and warnings.

The first tab speaks the decision's language (cost per case, time per case, cases per day,
servers needed, what limits it: one sentence each); "Engineering detail" holds tokens/s,
TTFT, TPOT, memory and KV cache, tensor parallelism and how busy the chip is. Cards reflow
into fewer columns when the window is narrow. Every figure comes straight from the engine's
Outcome (and core.headline); this module only formats.
Cards (gui.cards) keep their texts in fixed-height labels, so a new figure repaints its label
and rarely re-lays out the window (which would resize and fully repaint every chart).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from core import Outcome, Scenario
from core.headline import Servers, servers
from core.messages import Message, case_name, render
from core.number_format import whole_capacity
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.card_texts import cases_text, could_serve, likely, other_size, share_text, slow_end_short
from gui.cards import Card, CardGrid, WarningsLabel
from gui.document import ScenarioDocument
from gui.formatting import NO_FIGURE, count_of, duration, gigabytes, money, number, percent, quantity
from gui.language import translate

PADDED_COMPUTE_SHARE = 0.3  # compute-bound below this useful share: the units are padding small batches
MEMORY_VERDICTS = (QT_TRANSLATE_NOOP("ResultsPanel", "Does not fit"), QT_TRANSLATE_NOOP("ResultsPanel", "Fits"),
                   QT_TRANSLATE_NOOP("ResultsPanel", "Fits, full"))
MEMORY_NEARLY_FULL_FRACTION = 0.95  # above this share used, the Memory card turns amber and says why


CONTEXT = "ResultsPanel"
# What limits it, in the decision's words (the engine's bottleneck names are engineers').
LIMIT_WORDS = {
    "memory bandwidth": QT_TRANSLATE_NOOP("ResultsPanel", "Memory speed"),
    "compute": QT_TRANSLATE_NOOP("ResultsPanel", "Compute"),
    "communication": QT_TRANSLATE_NOOP("ResultsPanel", "Links between chips"),
    "memory capacity": QT_TRANSLATE_NOOP("ResultsPanel", "Memory size"),
    "scheduling overhead": QT_TRANSLATE_NOOP("ResultsPanel", "Software overhead"),
    "does not fit": QT_TRANSLATE_NOOP("ResultsPanel", "Memory size"),
}
LIMIT_SENTENCES = {
    "memory bandwidth": QT_TRANSLATE_NOOP("ResultsPanel", "Memory speed sets the pace: faster memory or fewer bits "
                                          "per weight help, more compute would not."),
    "compute": QT_TRANSLATE_NOOP("ResultsPanel", "Arithmetic sets the pace: more FLOPS or a faster number format "
                                 "help more than faster memory."),
    "communication": QT_TRANSLATE_NOOP("ResultsPanel", "Traffic between chips sets the pace: fewer chips per model "
                                       "copy or faster links help most."),
    "memory capacity": QT_TRANSLATE_NOOP("ResultsPanel", "Memory is full: no more calls fit at once; more or "
                                         "larger-memory chips serve more."),
    "scheduling overhead": QT_TRANSLATE_NOOP("ResultsPanel", "The serving software's fixed cost per step sets the "
                                             "pace: bigger batches or another stack help."),
    "does not fit": QT_TRANSLATE_NOOP("ResultsPanel", "The model does not fit in memory: it needs more chips or "
                                      "fewer bits per weight."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plural(count: int, noun: str) -> str:
    """ "1 server", "2 servers", "1 CPU server", "8 GPUs" (in the interface's language)."""
    return count_of(count, noun)


class ResultsPanel(QWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.cost = Card(
            translate("ResultsPanel", "Cost per case"),
            translate("ResultsPanel", "What one business case costs: the fleet's cost per day (depreciation, power and "
               "hosting, or rent) divided by the cases it serves per day at the load set."), 3)
        self.latency = Card(
            translate("ResultsPanel", "Case latency"),
            translate("ResultsPanel", "Wall-clock time for one case at the peak hour's load: its model calls run one "
                "after "
               "another, each = time to first token + output tokens × time per output token."), 3)
        self.cases = Card(
            translate("ResultsPanel", "Cases per day"),
            translate("ResultsPanel", "The load: cases served per day against what the fleet can serve within the "
                "service level, "
               "and how busy that keeps it on average and at the peak hour."), 3, values=("88,888 / 888,888",))
        self.servers = Card(
            translate("ResultsPanel", "Servers needed"),
            translate("ResultsPanel", "Whole servers the peak hour's demand needs within the service level, against "
                "the servers "
               "this fleet has."), 3)
        self.bottleneck = Card(
            translate("ResultsPanel", "What limits it"),
            translate("ResultsPanel", "What limits speed right now, from the engine's step-time breakdown (memory "
                "bandwidth, "
               "compute, communication, memory capacity, overhead)."), 3)
        self.bottleneck.value.setObjectName("bottleneckValue")
        self.throughput = Card(
            translate("ResultsPanel", "Throughput"),
            translate("ResultsPanel", "Output tokens per second the whole fleet generates at the chosen concurrency "
               "(all replicas together)."))
        self.ttft = Card(
            translate("ResultsPanel", "Time to first token"),
            translate("ResultsPanel", "How long a call waits before its first token: prefill of the input tokens plus "
               "queueing/scheduling overhead."))
        self.tpot = Card(
            translate("ResultsPanel", "Time per output token"),
            translate("ResultsPanel", "Time between output tokens for one call while decoding; 1 ÷ this = tokens per "
                "second "
               "each user sees."))
        self.memory = Card(
            translate("ResultsPanel", "Memory fit"),
            translate("ResultsPanel", "Whether the model's weights plus at least one call's KV cache fit in the "
                "accelerators' "
               "memory, and how full memory is at this concurrency."),
            values=tuple(tr(verdict) for verdict in MEMORY_VERDICTS))
        self.parallel = Card(
            translate("ResultsPanel", "Parallelism and KV cache"),
            translate("ResultsPanel", "How the fleet holds the model: tensor parallelism (accelerators per copy) × "
                "replicas, the "
               "KV cache each accelerator keeps for calls in flight, and how many calls fit."))
        self.busy = Card(
            translate("ResultsPanel", "Bottleneck"),
            translate("ResultsPanel", "At the operating point: what limits speed (memory bandwidth, compute, "
                "communication, memory "
               "capacity, overhead), useful FLOPs per second over the chip's peak, and bytes read per second "
               "over its memory bandwidth (the engine's step-time breakdown)."), 4)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultTabs")
        self.tabs.setDocumentMode(True)
        self.summary_grid = CardGrid([self.cost, self.latency, self.cases, self.servers, self.bottleneck])
        self.detail_grid = CardGrid(
            [self.throughput, self.ttft, self.tpot, self.memory, self.parallel, self.busy])
        self.tabs.addTab(self.summary_grid, translate("ResultsPanel", "What it means"))
        self.tabs.addTab(self.detail_grid, translate("ResultsPanel", "Engineering detail"))
        self.tabs.setTabToolTip(1, translate(
            "ResultsPanel", "Tokens per second, time to first token, time per output token, memory and "
                                      "KV cache, tensor parallelism, how busy the chip is."))
        column.addWidget(self.tabs)
        self.warnings = WarningsLabel()
        column.addWidget(self.warnings)
        document.outcomeChanged.connect(self.show_outcome)
        self.show_outcome(document.outcome)

    def show_engineering_detail(self, shown: bool = True) -> None:
        self.tabs.setCurrentIndex(1 if shown else 0)

    def show_outcome(self, outcome: Outcome) -> None:
        scenario: Scenario = self.document.scenario
        workload = scenario.workload
        case = case_name(workload.case_name, language.current())
        cases = case_name(workload.case_name, language.current(), plural=True)
        currency = outcome.currency
        fleet = servers(scenario, outcome)
        self.cost.title.set_text(translate("ResultsPanel", "Cost per {case}").format(case=case))
        monthly = money(outcome.monthly_cost, currency)
        if outcome.over_capacity:
            # A cost per case of a fleet that cannot serve the demand would undercut every one
            # that can: the card names what serving it takes instead.
            self.cost.display(
                translate("ResultsPanel", "Over capacity"),
                translate("ResultsPanel",
                    "{serving} · this fleet: {cost} for each of the {served} a day it serves").format(
                    serving=self._serving_it(outcome, case), cost=money(outcome.cost_per_case, currency),
                    served=quantity(outcome.served_cases_per_day)),
                "bad",
            )
        else:
            outlay = (translate("ResultsPanel", "{outlay} to buy").format(outlay=money(outcome.capital_cost, currency))
                      if outcome.capital_cost else translate("ResultsPanel", "rented"))
            self.cost.display(
                money(outcome.cost_per_case, currency),
                likely(outcome.cost_per_case_p10, outcome.cost_per_case_p90, lambda value: money(value, currency))
                + slow_end_short(outcome)
                + translate(
                    "ResultsPanel", "the fleet's {monthly} a month over the {cases} it serves; {outlay}.").format(
                    monthly=monthly, cases=cases, outlay=outlay),
            )
        self.latency.title.set_text(translate("ResultsPanel", "Time per {case}").format(case=case))
        self.cases.title.set_text(translate(
            "ResultsPanel", "{Cases} per day").format(Cases=cases[:1].upper() + cases[1:]))
        self._show_servers(outcome, fleet)
        if not outcome.fits_in_memory:
            # Nothing runs: say so once per card instead of strings of dashes.
            nothing = translate("ResultsPanel", "the model does not fit")
            self.latency.display(NO_FIGURE, translate(
                "ResultsPanel", "The model does not fit in this fleet's memory: nothing runs."))
            self.cases.display(NO_FIGURE, translate(
                "ResultsPanel", "The model does not fit: no {case} is served.").format(case=case),
                               "bad")
            for card in (self.throughput, self.ttft, self.tpot, self.parallel):
                card.display(NO_FIGURE, nothing)
        else:
            self._show_performance(outcome, scenario)
        self._show_memory(outcome)
        self._show_limit(outcome)
        self.warnings.set_warnings(
            [render(message, language.current()) for message in outcome.warning_messages] or list(outcome.warnings))

    def _show_limit(self, outcome: Outcome) -> None:
        busy = ""
        if outcome.compute_utilization is not None and outcome.bandwidth_utilization is not None:
            # Useful FLOPs over peak: units padding small batches to their tiles are busy but not useful.
            busy = translate(
                "ResultsPanel", "useful compute {compute} of peak, memory bandwidth {bandwidth} · ").format(
                compute=share_text(outcome.compute_utilization), bandwidth=share_text(outcome.bandwidth_utilization))
        explanation = render(Message(code=outcome.bottleneck), language.current())
        if outcome.bottleneck == "compute" and (outcome.compute_utilization or 0.0) < PADDED_COMPUTE_SHARE:
            # Busy matrix units doing little useful work: small batches padded to their tiles.
            explanation = translate(
                "ResultsPanel", "Compute bound, though little of it is useful: small batches are padded to the matrix "
                             "units' tiles, so larger batches or more FLOPS help more than faster memory.")
        name = translate("Bottleneck", outcome.bottleneck)
        self.busy.display(name[:1].upper() + name[1:], busy + explanation)
        limit = outcome.bottleneck
        self.bottleneck.display(tr(LIMIT_WORDS.get(limit, limit.capitalize())),
                                tr(LIMIT_SENTENCES[limit]) if limit in LIMIT_SENTENCES
                                else render(Message(code=limit), language.current()))

    def _show_servers(self, outcome: Outcome, fleet: Servers) -> None:
        noun = fleet.unit_noun
        have = plural(fleet.servers_owned, "server") if not fleet.unit_is_server else plural(
            fleet.servers_owned, noun)
        per_server = "" if fleet.unit_is_server else " " + translate("ResultsPanel", "of {units}").format(
            units=plural(fleet.accelerators_per_server, noun))
        if fleet.servers_needed is None:
            reason = (translate("ResultsPanel", "The model does not fit on this fleet.") if not outcome.fits_in_memory
                      else translate("ResultsPanel", "Even one call at a time misses the service level: no number of "
                          "servers meets it.")
                      if outcome.service_level_reachable is False
                      else translate(
                          "ResultsPanel", "No fleet of up to 512 serves the demand within the service level."))
            self.servers.display(NO_FIGURE, reason + " " + translate(
                "ResultsPanel", "You have {have}.").format(have=have), "bad")
            return
        needed = fleet.servers_needed
        value = plural(needed, "server") if not fleet.unit_is_server else plural(needed, noun)
        verb = translate("ResultsPanel", "serves") if needed == 1 else translate("ResultsPanel", "serve")
        sentence = translate("ResultsPanel", "{value}{per_server} {verb} the busiest hour within the service level; "
            "you have {have}.").format(
            value=value, per_server=per_server, verb=verb, have=have)
        sentence += other_size(outcome)
        self.servers.display(value, sentence, "bad" if needed > fleet.servers_owned else "")

    def _serving_it(self, outcome: Outcome, case: str) -> str:
        """What serving the demand takes: the smallest fleet of this kind that meets it, and
        its cost per case (from the fleet-size sweep the charts draw)."""
        overview = self.document.overview
        met = overview.demand_met_count
        if met is None or overview.by_gpu_count is None:
            return translate("ResultsPanel", "no fleet of up to 512 serves it")
        index = int(np.flatnonzero(overview.gpu_counts == met)[0])
        cost = float(overview.by_gpu_count["cost_per_case"][index])
        return translate("ResultsPanel", "{count} would serve it at {cost} per {case}").format(
            count=number(met), cost=money(cost, outcome.currency), case=case)

    def _show_performance(self, outcome: Outcome, scenario: Scenario) -> None:
        workload = scenario.workload
        limit = workload.service_level.max_case_latency_s
        target = ""
        if outcome.meets_service_level is not None:
            target = (translate("ResultsPanel",
                "; target {limit} ✓").format(limit=duration(limit)) if limit and outcome.meets_service_level
                      else translate("ResultsPanel", "; meets the service level") if outcome.meets_service_level
                      else translate("ResultsPanel", "; misses the service level"))
        point = {"auto": translate("ResultsPanel", "at the busiest hour"), "max": translate("ResultsPanel",
            "flat out"), "fixed": translate("ResultsPanel", "at the calls in flight set")}[
            outcome.operating_point]
        calls = workload.calls_per_case
        sentence = (translate("ResultsPanel", "{point}: 1 model call, {each}{target}.") if calls == 1
                    else translate(
                        "ResultsPanel", "{point}: {calls} model calls one after another, {each} each{target}."))
        self.latency.display(
            duration(outcome.case_latency_s),
            likely(outcome.case_latency_s_p10, outcome.case_latency_s_p90, duration)
            + sentence.format(point=point, calls=calls, each=duration(outcome.call_latency_s), target=target),
            "bad" if outcome.meets_service_level is False else "",
        )
        self.throughput.title.set_text(translate("ResultsPanel", "Throughput") if outcome.operating_point != "auto"
                                       else translate("ResultsPanel", "Throughput at the peak"))
        self.throughput.display(
            quantity(outcome.output_tokens_per_s, "tokens/s"),
            translate("ResultsPanel", "{per_accelerator} per accelerator · {per_user} per user").format(
                per_accelerator=quantity(outcome.output_tokens_per_s_per_gpu),
                per_user=quantity(outcome.output_tokens_per_s_per_user, "", 1)),
        )
        need = outcome.accelerators_for_peak_demand
        served, capacity = outcome.served_cases_per_day, whole_capacity(outcome.servable_cases_per_day)  # at the peak
        if served is not None and capacity is not None and not outcome.over_capacity and round(served) > capacity:
            served = capacity  # 3,471.7 served of 3,471.7: "3,471 / 3,471", not more served than it could
        cases = case_name(workload.case_name, language.current(), plural=True)
        if outcome.over_capacity:
            detail = (translate(
                "ResultsPanel", "of {arriving} arriving: over capacity (the busiest hour at {peak})").format(
                arriving=cases_text(outcome.cases_per_day), peak=percent(outcome.peak_utilization))
                + (translate("ResultsPanel",
                    "; {count} would serve it").format(count=number(need)) if need is not None else "")
                + ("。" if language.current().startswith("zh") else "."))
            # Served (a day's average, queues included) beside what it serves within the service
            # level read as if it served more than it could: over capacity, served of arriving.
            capacity = outcome.cases_per_day
        else:
            detail = translate("ResultsPanel", "Serves all {served} {cases} a day and could serve {capacity}: {busy} "
                "busy, {peak} at the "
                        "busiest hour.").format(served=cases_text(served), cases=cases, capacity=could_serve(outcome),
                                                busy=percent(outcome.fleet_utilization),
                                                peak=percent(outcome.peak_utilization))
        if outcome.service_level_reachable is False:
            detail += " " + translate("ResultsPanel", "No load meets the service level on this fleet: the figures "
                                      "are at its best latency, one call at a time.")
        self.cases.display(
            f"{cases_text(served)} / {cases_text(capacity)}" if capacity is not None else cases_text(served),
            detail, "bad" if outcome.over_capacity else "")
        self.ttft.display(
            duration(outcome.time_to_first_token_s),
            translate("ResultsPanel",
                "prefill of {count} input tokens").format(count=number(workload.input_tokens_per_call)),
        )
        self.tpot.display(
            duration(outcome.time_per_output_token_s),
            translate("ResultsPanel", "{rate} per user · {count} calls in flight").format(
                rate=quantity(outcome.output_tokens_per_s_per_user, "tokens/s", 1),
                    count=quantity(outcome.concurrency)),
        )
        memory = outcome.memory_per_accelerator
        replicas = (translate("ResultsPanel",
            "1 replica of {tp}") if outcome.replicas == 1 else translate("ResultsPanel",
                "{replicas} replicas of {tp}")).format(
            replicas=outcome.replicas, tp=outcome.tensor_parallel_size)
        self.parallel.display(
            f"TP {outcome.tensor_parallel_size} × {outcome.replicas}",
            translate("ResultsPanel",
                "{replicas} · KV cache {kv} per accelerator · up to {calls} calls in flight").format(
                replicas=replicas, kv=gigabytes(memory.kv_cache_gb), calls=number(outcome.max_concurrency)),
        )

    def _show_memory(self, outcome: Outcome) -> None:
        memory = outcome.memory_per_accelerator
        fleet_memory_gb = memory.total_gb * outcome.accelerator_count
        if not outcome.fits_in_memory:
            need = outcome.min_accelerators_to_fit
            self.memory.display(
                tr(MEMORY_VERDICTS[0]),
                translate("ResultsPanel", "weights need {weights} per accelerator of {total}; ").format(
                    weights=gigabytes(memory.weights_gb), total=gigabytes(memory.total_gb))
                + (translate("ResultsPanel", "needs at least {count} accelerators").format(count=number(need)) if need
                   else translate("ResultsPanel", "no count fits")),
                "bad",
            )
            return
        tight = outcome.bottleneck == "memory capacity"
        used = outcome.memory_used_fraction
        nearly_full = used is not None and used > MEMORY_NEARLY_FULL_FRACTION
        # Amber when a warning says why, or when the card itself says it: nearly full leaves
        # no room for more or longer calls.
        why = translate("ResultsPanel", "almost full: no room for more or longer calls · ") if nearly_full else ""
        self.memory.display(
            tr(MEMORY_VERDICTS[2] if tight or nearly_full else MEMORY_VERDICTS[1]),
            why + translate("ResultsPanel",
                "uses {share} of {total} · weights {weights}, KV cache {kv} per accelerator").format(
                share=percent(used), total=gigabytes(fleet_memory_gb),
                weights=gigabytes(memory.weights_gb), kv=gigabytes(memory.kv_cache_gb)),
            "tight" if (tight and outcome.warnings) or nearly_full else "good",
        )
