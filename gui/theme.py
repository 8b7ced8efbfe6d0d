"""Light and dark style sheets for the panels (charts take colours from charts.base)."""

from __future__ import annotations

_COLORS = {
    "light": {
        "window": "#f3f5f8",
        "card": "#ffffff",
        "border": "#d5dbe3",
        "text": "#1d2530",
        "muted": "#5b6675",
        "value": "#0f3d78",
        "good": "#e6f5ea",
        "good_edge": "#2a9d55",
        "tight": "#fff4df",
        "tight_edge": "#e09b00",
        "bad": "#fde8e8",
        "bad_edge": "#d1343f",
        "warn": "#fff4df",
    },
    "dark": {
        "window": "#15191e",
        "card": "#1e2329",
        "border": "#38414c",
        "text": "#e3e7ec",
        "muted": "#9aa5b1",
        "value": "#8cc4ff",
        "good": "#173523",
        "good_edge": "#5fd08a",
        "tight": "#3b2f14",
        "tight_edge": "#ffb84d",
        "bad": "#3e1d20",
        "bad_edge": "#ff6b6b",
        "warn": "#3b2f14",
    },
}


def style_sheet(theme: str) -> str:
    c = _COLORS.get(theme, _COLORS["light"])
    return f"""
    QMainWindow, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c["window"]}; }}
    QWidget {{ color: {c["text"]}; }}
    QGroupBox {{ font-weight: 600; border: 1px solid {c["border"]}; border-radius: 6px;
                 margin-top: 14px; padding: 8px 6px 4px 6px; background: {c["card"]}; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
    QFrame#card, QFrame#chart {{ background: {c["card"]}; border: 1px solid {c["border"]};
                                 border-radius: 6px; }}
    QFrame#card[state="good"] {{ background: {c["good"]}; border: 2px solid {c["good_edge"]}; }}
    QFrame#card[state="tight"] {{ background: {c["tight"]}; border: 2px solid {c["tight_edge"]}; }}
    QFrame#card[state="bad"] {{ background: {c["bad"]}; border: 2px solid {c["bad_edge"]}; }}
    QFrame#card QLabel, QFrame#chart QLabel {{ background: transparent; border: none; }}
    #cardTitle {{ color: {c["muted"]}; font-size: 9pt; font-weight: 600; }}
    #cardValue {{ color: {c["value"]}; font-size: 19pt; font-weight: 700; }}
    #bottleneckValue {{ color: {c["value"]}; font-size: 13pt; font-weight: 700; }}
    #cardDetail, #chartNote, QLabel#note {{ color: {c["muted"]}; font-size: 8pt; }}
    QLabel#chartTitle {{ font-weight: 700; font-size: 10pt; }}
    #warnings {{ background: {c["warn"]}; border: 1px solid {c["tight_edge"]}; border-radius: 6px;
                       padding: 6px 10px; }}
    """
