"""Help → About (version, sources, licence) and Help → How to read this (each card and chart
in plain words). Every text is a translatable string (context "Help")."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.catalog import load_catalog
from core.report_data import accuracy_of_engine
from gui.language import translate

# (heading, text) for "How to read this", in the order the window shows them.
HOW_TO_READ = (
    (QT_TRANSLATE_NOOP("Help", "The question"),
     QT_TRANSLATE_NOOP("Help", "On the left you describe one business case (a claim, a ticket, a report): how many "
                       "model calls it makes, how long they are, how many cases arrive a day and how fast each must "
                       "be done. You also choose the hardware, the model and what you pay. Everything on the right "
                       "follows at once.")),
    (QT_TRANSLATE_NOOP("Help", "Cost per case"),
     QT_TRANSLATE_NOOP("Help", "What one case costs: the fleet's cost per day (hardware written off over its years, "
                       "power, hosting, or rent) divided by the cases it serves that day. The small range under it "
                       "is where the true figure likely lies (P10–P90).")),
    (QT_TRANSLATE_NOOP("Help", "Time per case"),
     QT_TRANSLATE_NOOP("Help", "How long one case takes at the busiest hour: its model calls run one after another, "
                       "each waiting for its first word and then writing its answer.")),
    (QT_TRANSLATE_NOOP("Help", "Throughput, cases per day, load"),
     QT_TRANSLATE_NOOP("Help", "How much the fleet produces, how many cases a day it can take within your time "
                       "limits (its capacity), and how busy your demand keeps it. Over 100%: the fleet is too "
                       "small, queues grow, and the card says what serving the demand would take.")),
    (QT_TRANSLATE_NOOP("Help", "Servers needed"),
     QT_TRANSLATE_NOOP("Help", "How many whole servers the busiest hour's demand needs within your time limits, "
                       "against the servers this fleet has. Red: the fleet is too small; the figure is what "
                       "serving the demand would take.")),
    (QT_TRANSLATE_NOOP("Help", "What limits it"),
     QT_TRANSLATE_NOOP("Help", "What sets the pace right now, and so what would help: memory speed (faster memory or "
                       "fewer bits per weight), compute (more FLOPS or a faster number format), links between "
                       "chips (fewer chips per model copy), memory size (more or larger chips), or the serving "
                       "software's fixed overhead per step.")),
    (QT_TRANSLATE_NOOP("Help", "First token and time per token"),
     QT_TRANSLATE_NOOP("Help", "How long a call waits before the first word appears, and how fast the words come "
                       "after that. These decide how responsive the service feels.")),
    (QT_TRANSLATE_NOOP("Help", "Memory fit and bottleneck"),
     QT_TRANSLATE_NOOP("Help", "Whether the model fits on the accelerators at all, and what limits speed: moving "
                       "data from memory, raw computing power, or fixed overheads.")),
    (QT_TRANSLATE_NOOP("Help", "Chart: cost per case vs fleet size"),
     QT_TRANSLATE_NOOP("Help", "The same demand served by fleets of 1 to 512 accelerators. Left of the dashed line "
                       "the fleet is too small for the busiest hour; further right it stands idle part of the day "
                       "and each case costs more. The dot is your choice.")),
    (QT_TRANSLATE_NOOP("Help", "Chart: throughput vs speed per user"),
     QT_TRANSLATE_NOOP("Help", "The trade-off of serving many calls at once: more calls in flight give more output "
                       "per accelerator but slower answers for each user.")),
    (QT_TRANSLATE_NOOP("Help", "Chart: latency vs concurrency"),
     QT_TRANSLATE_NOOP("Help", "How waiting grows as more calls run at once: time to the first word, time per word "
                       "and time per case. Dashed lines are your limits; the dots are where your load puts you.")),
    (QT_TRANSLATE_NOOP("Help", "Chart: every accelerator at equal work"),
     QT_TRANSLATE_NOOP("Help", "Each accelerator in the catalog sized to serve your demand within your limits, in "
                       "whole servers, with what a case would cost on it. Chips that cannot do it say why.")),
    (QT_TRANSLATE_NOOP("Help", "Chart: memory per accelerator"),
     QT_TRANSLATE_NOOP("Help", "What fills each accelerator's memory: the model's weights, the working memory of "
                       "the calls in flight (KV cache), what the serving software keeps back, and what is free.")),
    (QT_TRANSLATE_NOOP("Help", "Compare scenarios (View menu)"),
     QT_TRANSLATE_NOOP("Help", "The open scenario beside up to four pinned ones: a table of the results and of the "
                       "inputs that differ, bars of cost and time per case, and a waterfall splitting the change in "
                       "cost per case from the baseline (A) to the open scenario into each input's share. A "
                       "scenario marked over capacity cannot serve its demand: its cost per case is not what "
                       "serving the demand costs.")),
    (QT_TRANSLATE_NOOP("Help", "Which input matters (View menu)"),
     QT_TRANSLATE_NOOP("Help", "Each input moved up and down by the same share (and each choice to its neighbour), "
                       "longest bar first: the inputs at the top move cost or time per case the most, so they are "
                       "the ones worth getting right. Click a bar to go to its control.")),
    (QT_TRANSLATE_NOOP("Help", "Own, rent or pay an API (View menu)"),
     QT_TRANSLATE_NOOP("Help", "What the same cases cost per month by buying, renting or paying an API per token, "
                       "over monthly volume (both axes logarithmic). Where the lines cross, the cheaper way "
                       "changes; the line under the chart says which is cheapest at your volume.")),
    (QT_TRANSLATE_NOOP("Help", "The chip's spec sheet (View menu)"),
     QT_TRANSLATE_NOOP("Help", "The chosen accelerator beside a reference chip, figure by figure (memory, bandwidth, "
                       "FLOPS per number format, power, links, price) with the ratio of the two, the price's date "
                       "and source, and how busy the chip is at your operating point.")),
    (QT_TRANSLATE_NOOP("Help", "Shading and ranges"),
     QT_TRANSLATE_NOOP("Help", "Shaded bands and the ranges under figures come from how far the engine's predictions "
                       "were off on published benchmarks it had not been tuned on: the true figure lies inside "
                       "about eight times in ten.")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def how_to_read_html() -> str:
    parts = [f"<h2>{_escape(tr('How to read this'))}</h2>"]
    for heading, text in HOW_TO_READ:
        parts.append(f"<h3>{_escape(tr(heading))}</h3><p>{_escape(tr(text))}</p>")
    return "".join(parts)


def version() -> str:
    try:
        return metadata.version("inferonomics")
    except metadata.PackageNotFoundError:
        return translate("Help", "(not installed)")


def about_html() -> str:
    catalog = load_catalog()
    accuracy = accuracy_of_engine()
    summary = translate(
        "Help", "A what-if calculator for the economics of AI inference: what one business case costs and how "
                 "long it takes on the hardware, model and prices you choose.")
    sources = [
        translate("Help", "{accelerators} accelerators and {models} models, each with its sources and the date of its "
            "price "
           "(resources/catalogs).").format(accelerators=len(catalog.accelerators), models=len(catalog.models)),
        translate("Help", "{points} published benchmarks from {sources} sources check the engine "
            "(resources/validation); "
           "calibration fitted on {date}.").format(points=accuracy.points or "—",
                                                  sources=accuracy.sources or "—",
                                                  date=accuracy.fitted_on or "—"),
        translate("Help", "API prices with their sources and dates (resources/catalogs/api_prices.json)."),
        translate("Help", "The built-in examples follow a Chinese article on DeepSeek-R1 claims automation "
           "(resources/scenarios/README.md)."),
    ]
    licence = translate(
        "Help", "Inferonomics: proprietary. Built with Qt for Python (PySide6, LGPLv3), pyqtgraph (MIT), NumPy "
                 "(BSD), pydantic (MIT), platformdirs (MIT) and filelock (Unlicense); Noto Sans CJK (SIL Open Font "
                 "Licence) where installed.")
    items = "".join(f"<li>{_escape(text)}</li>" for text in sources)
    return (f"<h2>Inferonomics {_escape(version())}</h2><p>{_escape(summary)}</p>"
            f"<h3>{_escape(tr('Sources'))}</h3><ul>{items}</ul>"
            f"<h3>{_escape(tr('Licence'))}</h3><p>{_escape(licence)}</p>")


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 620)


def about_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(translate("Help", "About Inferonomics"), about_html(), parent)


def how_to_read_dialog(parent: QWidget | None = None) -> TextDialog:
    return TextDialog(translate("Help", "How to read this"), how_to_read_html(), parent)
