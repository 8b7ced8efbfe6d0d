"""The board-ready PDF: page 1 the question, the answer in one sentence, the key figures and
the two charts that matter; then assumptions with sources and dates, warnings, the
comparison and sensitivity when present, and how accurate the engine is.

QPdfWriter + QPainter (no browser engine), 96 dpi, fonts that carry Chinese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF

from core.messages import render
from core.report_data import ReportData, SensitivityBar
from gui import language
from gui.atomic_file import write_atomically
from gui.formatting import money, percent, quantity
from gui.language import translate
from gui.report import assumption_texts, texts
from gui.report.charts import built_chart, chart_note, draw_chart, settle_at
from gui.report.page import MUTED, PageComposer, TextBox
from gui.report.texts import tr

CHART_HEIGHT_PX = 250.0
MIN_CHART_HEIGHT_PX = 190.0


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int
    boxes: tuple[TextBox, ...]  # every text drawn, with the room it needed

    @property
    def clipped(self) -> list[TextBox]:
        return [box for box in self.boxes if not box.fits]


def write_report(data: ReportData, path: str | Path, generated: dt.date | None = None) -> WrittenReport:
    """Write the report to `path` (atomically: a temporary file renamed into place)."""
    target = Path(path)
    day = (generated or dt.date.today()).isoformat()
    data = texts.localized(data)
    title = translate("Report", "Inferonomics report: {name}").format(name=data.scenario.name)
    pages: list[PageComposer] = []

    def write(temporary: str) -> None:
        page = PageComposer(temporary, title, translate("Report", "Inferonomics · {date}").format(date=day))
        pages.append(page)
        try:
            _first_page(page, data, title, day)
            _assumptions(page, data)
            _warnings(page, data)
            _comparison(page, data)
            _own_or_api(page, data)
            _sensitivity(page, data)
            _accuracy(page, data)
        finally:
            page.finish()

    write_atomically(target, write, ".pdf", prefix=".report-")
    page = pages[0]
    return WrittenReport(target, page.page, tuple(page.boxes))


def _first_page(page: PageComposer, data: ReportData, title: str, day: str) -> None:
    q, a, currency = data.question, data.answer, data.question.currency
    page.paragraph(title, 17, bold=True, after=2)
    page.paragraph(translate(
        "Report", "Generated {date}. Figures at the peak hour's operating point; ranges are P10–P90.")
                   .format(date=day), 8.5, color=MUTED, after=10)
    page.heading(translate("Report", "The question"))
    page.paragraph(texts.question_sentence(q), 10.5, after=8)
    page.heading(translate("Report", "The answer"))
    page.paragraph(texts.answer_sentence(q, a, currency), 13, bold=True, after=4)
    page.paragraph(texts.limit_sentence(a, q), 9.5, color=MUTED, after=8)
    page.heading(translate("Report", "Key figures"))
    cells = [[texts.figure_label(f.code, q.case_name), texts.figure_value(f, currency, q.case_name),
              texts.figure_range(f, currency, q.case_name)] for f in data.figures]
    half = (len(cells) + 1) // 2
    rows = [left + (cells[half + i] if half + i < len(cells) else ["", "", ""]) for i, left in enumerate(cells[:half])]
    header = [translate("Report", "Figure"), translate("Report", "Value"), translate("Report", "Likely range")]
    page.table(header + header, rows, (3.2, 1.6, 2.6, 3.2, 1.6, 2.6), 8.5)
    captions = (
        ("cost_vs_fleet", translate("Report", "Cost per {case} as the fleet grows (whole servers, same demand)").format(
            case=q.case_name)),
        ("latency_vs_concurrency", translate("Report", "Waiting time as calls in flight grow")),
    )
    heading = translate("Report", "The two charts that matter")
    explanation = translate(
        "Report", "Left: the dot is this scenario; left of the dashed line the fleet cannot serve the peak hour. "
                     "Right: time to first token, per output token and per {case}; dashed lines are the service "
                     "level. Shading: the likely range.").format(case=q.case_name)
    gap = 16.0
    width = (page.width - gap) / 2
    caption_font, note_font = page.font(9, True), page.font(8)
    built = [(built_chart(code, data, int(width), int(CHART_HEIGHT_PX)), caption) for code, caption in captions]
    caption_height = max(page.measure(text, caption_font, width).height() for _chart, text in built)
    notes = [chart_note(chart) for chart, _caption in built]
    note_height = max(page.measure(note, note_font, width).height() for note in notes)
    around = (page.heading_height(heading) + caption_height + 2 + 4 + note_height + 6
              + page.measure(explanation, page.font(8), page.width).height() + 6)
    # Shorter charts rather than charts (and their heading) pushed onto page 2 by longer words.
    height = max(MIN_CHART_HEIGHT_PX, min(CHART_HEIGHT_PX, page.room_left - around))
    if height != CHART_HEIGHT_PX:
        for chart, _caption in built:
            settle_at(chart, int(width), int(height))
    page.ensure_room(around + height)
    page.heading(heading)

    def charts(rect: QRectF) -> None:
        for index, (chart, caption) in enumerate(built):
            left = rect.left() + index * (width + gap)
            page.text_at(QRectF(left, rect.top(), width, caption_height), caption, caption_font)
            draw_chart(page.painter, chart, QRectF(left, rect.top() + caption_height + 2, width, height))
            page.text_at(QRectF(left, rect.top() + caption_height + 4 + height, width, note_height),
                         notes[index], note_font)

    page.block(caption_height + 2 + height + 4 + note_height + 6, charts)
    page.paragraph(explanation, 8, color=MUTED)


def _assumptions(page: PageComposer, data: ReportData) -> None:
    page.new_page()
    page.heading(translate("Report", "Assumptions, with sources and dates"))
    currency = data.question.currency
    rate = data.scenario.pricing.cny_per_usd
    words = assumption_texts
    rows = [[tr(texts.ASSUMPTION_LABELS.get(item.code, item.code)), words.assumption_value(item, currency, rate),
             words.assumption_source(item), words.assumption_date(item)] for item in data.assumptions]
    page.table([translate("Report", "Assumption"), translate("Report", "Value"), translate("Report", "Source"),
        translate("Report", "Date")], rows, (4, 3, 8, 2), 8.5)
    if data.scenario.description:
        page.paragraph(translate(
            "Report", "About this scenario: {text}").format(text=data.scenario.description), 8.5, color=MUTED)


def _warnings(page: PageComposer, data: ReportData) -> None:
    page.heading(translate("Report", "Warnings"))
    if not data.warnings:
        page.paragraph(translate(
            "Report", "None: the model fits, the fleet serves the peak hour and meets the service level."), 9.5)
    for item in data.warnings:
        page.paragraph("• " + texts.warning_text(item), 9.5, indent=4)


def _comparison(page: PageComposer, data: ReportData) -> None:
    comparison = data.comparison
    if comparison is None:
        return
    currency = comparison.currency
    page.heading(translate("Report", "Comparison with the pinned scenarios"))
    rows = []
    for row in comparison.rows:
        band = ("" if row.cost_per_case_p10 is None or row.cost_per_case_p90 is None
                else f"{money(row.cost_per_case_p10, currency)} – {money(row.cost_per_case_p90, currency)}")
        meets = {True: translate("Report", "yes"), False: translate("Report", "no"), None: "—"}[row.meets_service_level]
        rows.append([row.name, texts.fleet_of(row.accelerator_count, row.accelerator_name),
                     money(row.cost_per_case, currency), band, texts.duration_text(row.case_latency_s), meets])
    page.table([translate("Report", "Scenario"), translate("Report", "Fleet"), translate("Report",
        "Cost per {case}").format(case=data.question.case_name),
                translate("Report", "Likely range"), translate("Report",
                    "Time per {case}").format(case=data.question.case_name),
                translate("Report", "Meets the service level")], rows, (5, 4, 2.5, 4, 2.5, 2.5), 8.5)
    for other, attribution, total in ((comparison.against, comparison.attribution, comparison.cost_per_case_change),
                                      *comparison.others):
        if total is not None and attribution:
            page.paragraph(translate("Report", "From this scenario to {other}: {change} per {case}, made of:").format(
                other=other, change=texts.signed_money(total, currency), case=data.question.case_name), 9.5)
            page.table([translate("Report", "Input that differs"), translate("Report",
                "Change in cost per {case}").format(case=data.question.case_name)],
                       [[texts.group_name(name), texts.signed_money(change, currency)]
                        for name, change in attribution], (3, 2), 8.5)
        elif total is None:
            page.paragraph(translate(
                "Report", "The change in cost to {other} cannot be split: one of the two has no cost per {case}.")
                .format(other=other, case=data.question.case_name), 9, color=MUTED)


def _own_or_api(page: PageComposer, data: ReportData) -> None:
    """Own, rent or pay an API: the price used with its source, a case and a month both ways, the break-even."""
    own = data.own_or_api
    if own is None:
        return
    currency, case, price = data.question.currency, data.question.case_name, own.price
    page.heading(translate("Report", "Own, rent or pay an API"))
    kind = {"maker": translate("Report", "the model maker's API"),
            "host": translate("Report", "a provider hosting the open model"),
            "closed": translate("Report", "a closed model of comparable class, not this model")}.get(price.kind, "")
    off_peak = ("" if own.api_cost_per_case_off_peak is None else translate(
        "Report", " ({cost} off-peak)").format(cost=money(own.api_cost_per_case_off_peak, currency)))
    page.paragraph(translate(
        "Report", "Through {provider} ({kind}) at {input} and {output} {currency} per million input and output "
                  "tokens, a {case} costs {api}{off_peak}; on this fleet it costs {own}.").format(
        provider=price.provider, kind=kind, input=f"{price.input_per_million:g}",
        output=f"{price.output_per_million:g}", currency=price.currency, case=case,
        api=money(own.api_cost_per_case, currency), off_peak=off_peak, own=money(own.fleet_cost_per_case, currency)),
        9.5)
    if own.cases_per_month > 0:
        page.table([translate("Report", "A month at today's demand ({count} a month)").format(
                        count=quantity(own.cases_per_month)),
                    translate("Report", "Cost per month")],
                   [[translate("Report", "Buy the fleet"), money(own.buy_per_month, currency)],
                    [translate("Report", "Rent the same accelerators"), money(own.rent_per_month, currency)],
                    [translate("Report", "Pay the API"), money(own.api_per_month, currency)]], (3, 2), 8.5)
    note = own.break_even.note_message
    said = render(note, language.current()) if note is not None else own.break_even.note
    full_stop = "。" if language.current().startswith("zh") else "."
    page.paragraph(said[:1].upper() + said[1:] + full_stop, 9.5)
    page.paragraph(translate("Report", "API price source: {source} (price as of {date}; last read {read_on}).").format(
        source=price.source, date=price.date, read_on=price.read_on or "—"), 8.5, color=MUTED)


def _sensitivity(page: PageComposer, data: ReportData) -> None:
    if not data.sensitivity:
        return
    currency, case = data.question.currency, data.question.case_name
    raw_case = data.scenario.workload.case_name  # as stored: the inputs' names say it in this language
    swing = percent(data.sensitivity_swing or 0)

    def name(bar: SensitivityBar) -> str:
        return texts.sensitivity_input(bar.setting, bar.input, raw_case)

    page.heading(translate("Report", "Which inputs matter most"))
    page.paragraph(translate(
        "Report", "Each input moved {swing} down and up (a choice: to its neighbour); the cost per {case} at "
                      "each end, largest swing first.").format(swing=swing, case=case), 9, color=MUTED)
    rows = [[name(bar),
             f"{texts.setting_value(bar.low_value, bar.setting, currency)} → "
             f"{texts.setting_value(bar.high_value, bar.setting, currency)}",
             money(bar.low, currency) + (" ⚠" if bar.low_over_capacity else ""),
             money(bar.high, currency) + (" ⚠" if bar.high_over_capacity else "")] for bar in data.sensitivity]
    page.table([translate("Report", "Input"), translate("Report", "Moved from → to"), translate("Report", "Cost per "
        "{case} at the low end").format(case=case),
                translate("Report", "at the high end")], rows, (4, 5, 3, 3), 8.5)
    beyond = [bar for bar in data.sensitivity if bar.low_over_capacity or bar.high_over_capacity]
    if beyond:
        page.paragraph(translate(
            "Report", "⚠ Beyond this fleet's capacity: the cost shown is this fleet's alone, which cannot serve that "
                      "demand within the service level; serving it takes {needed}.").format(
            needed="; ".join(translate("Report", "{count} accelerators ({input})").format(
                count=quantity(bar.accelerators_needed), input=name(bar))
                if bar.accelerators_needed else translate("Report", "no fleet size ({input})").format(
                input=name(bar)) for bar in beyond)), 9, color=MUTED)


def _accuracy(page: PageComposer, data: ReportData) -> None:
    page.heading(translate("Report", "How accurate the engine is"))
    lines = texts.accuracy_sentences(data)
    if not lines:
        page.paragraph(translate(
            "Report", "No stored cross-validation was found (resources/calibration/fit-report.json)."), 9.5)
    for line in lines:
        page.paragraph(line, 9.5)
