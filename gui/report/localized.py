"""The report's data in the interface's language: words that come from the scenario (its case's
name, the built-in examples' names and notes) translated where the app has them."""

from __future__ import annotations

import dataclasses

from core.messages import case_name
from core.report_data import ReportData
from core.translations import data_text
from gui import language


def localized(data: ReportData) -> ReportData:
    """The report's data with the words taken from the scenario in the interface's language: the
    case's name ("claim" → 理赔) and the built-in examples' names and notes."""
    locale = language.current()
    if locale == "en":
        return data
    question = dataclasses.replace(data.question, case_name=case_name(data.question.case_name, locale))
    scenario = data.scenario.model_copy(update={
        "name": data_text(data.scenario.name, locale),
        "description": data_text(data.scenario.description, locale) if data.scenario.description else "",
    })
    comparison = data.comparison
    if comparison is not None:  # pinned built-in examples by their names in this language
        comparison = dataclasses.replace(
            comparison, against=data_text(comparison.against, locale),
            rows=tuple(dataclasses.replace(row, name=data_text(row.name, locale)) for row in comparison.rows),
            others=tuple((data_text(name, locale), split, total) for name, split, total in comparison.others))
    return dataclasses.replace(data, question=question, scenario=scenario, comparison=comparison)
