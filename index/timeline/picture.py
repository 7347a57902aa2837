"""A timeline as a PNG chart: days across, events as labelled marks coloured by outlet, main events larger.

Drawn for Discord's dark theme and a phone's width: few, large labels (main events first), taken from the
events' own sentences. Matplotlib's object API is used without pyplot, so charts can be drawn in worker threads.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from dataclasses import dataclass

from index.results import TimelineEvent

WIDTH_PX, HEIGHT_PX, DPI = 1200, 1500, 100
BACKGROUND = "#313338"  # Discord's dark theme
INK, FAINT, RULE = "#f2f3f5", "#b5bac1", "#4e5058"
PALETTE = ("#5865f2", "#57f287", "#fee75c", "#eb459e", "#ed4245", "#00b0f4", "#faa61a", "#3ba55d")
PART_ORDER = {"early": 0, "morning": 1, "": 2, "afternoon": 3, "evening": 4, "late": 5, "night": 6}
MAX_ROWS = 14
LABEL_WORDS = 14
LABEL_WIDTH = 40  # characters per label line
DAY_SHARE = 0.36  # of the width, for the day columns; labels take the rest


@dataclass(frozen=True)
class Mark:
    """One event on the chart: its day, where in the day, what it says (its opening words), who reported it."""

    day: str  # ISO date
    part_of_day: str
    label: str
    outlet: str
    main: bool


def chart_marks(events: list[TimelineEvent], limit: int = MAX_ROWS) -> tuple[list[Mark], int]:
    """The marks to draw for `events` (given in timeline order), and how many events were left out.

    Only events dated to a day are drawn, at most `limit`: the main events first, then the others in order.
    """
    dated = [e for e in events if e.precision == "day" and not e.background]
    keep = sorted(sorted(range(len(dated)), key=lambda n: (not dated[n].main, n))[:limit])
    marks = [
        Mark(e.date, e.part_of_day, short_label(e.text), e.source or "unknown", e.main)
        for e in (dated[n] for n in keep)
    ]
    return marks, len(events) - len(marks)


def short_label(text: str, words: int = LABEL_WORDS) -> str:
    """The opening words of a sentence, verbatim, with "…" when cut."""
    tokens = text.split()
    return " ".join(tokens[:words]) + ("…" if len(tokens) > words else "")


def timeline_png(events: list[TimelineEvent], title: str) -> bytes:
    """The chart of `events` as PNG bytes, `WIDTH_PX` by `HEIGHT_PX`."""
    from matplotlib.figure import Figure  # imported here: only pictures need matplotlib

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, facecolor=BACKGROUND)
    marks, left_out = chart_marks(events)
    draw(figure, marks, title, left_out)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor=BACKGROUND)
    return buffer.getvalue()


def draw(figure, marks: list[Mark], title: str, left_out: int = 0) -> None:
    """Draw `marks` on `figure`: days across the left part, one row per event with its label on the right."""
    heading = textwrap.shorten(title, 60)
    figure.text(0.5, 0.965, heading, ha="center", va="center", color=INK, fontsize=28, weight="bold")
    axes = figure.add_axes((0.02, 0.12, 0.96, 0.78))
    axes.set_facecolor(BACKGROUND)
    axes.set_xlim(0, 1)
    axes.set_ylim(len(marks) - 0.5, -1.3)
    axes.set_axis_off()
    if not marks:
        axes.text(0.5, 0, "No events dated to a day", ha="center", color=FAINT, fontsize=24)
        return
    days = sorted({m.day for m in marks})
    width = DAY_SHARE / len(days)
    outlets = list(dict.fromkeys(m.outlet for m in marks))
    colours = {o: PALETTE[n % len(PALETTE)] for n, o in enumerate(outlets)}
    for column, day in enumerate(days):
        centre = (column + 0.5) * width
        axes.text(centre, -1.0, _day_name(day), ha="center", va="center", color=INK, fontsize=20, weight="bold")
        if column:
            axes.axvline(column * width, color=RULE, linewidth=1.5)
    for row, mark in enumerate(marks):
        column = days.index(mark.day)
        x = (column + 0.2 + 0.6 * PART_ORDER.get(mark.part_of_day, 2) / 6) * width
        axes.plot([x, DAY_SHARE + 0.01], [row, row], color=RULE, linewidth=1, zorder=1)
        axes.plot(
            x,
            row,
            "o",
            color=colours[mark.outlet],
            markersize=24 if mark.main else 14,
            zorder=2,
            markeredgecolor=INK if mark.main else BACKGROUND,
            markeredgewidth=2.5,
        )
        lines = textwrap.wrap(mark.label, LABEL_WIDTH)
        if len(lines) > 2:
            lines = [lines[0], lines[1].rstrip("…,;:") + "…"]
        label = "\n".join(lines)
        axes.text(
            DAY_SHARE + 0.02,
            row,
            label,
            va="center",
            color=INK if mark.main else FAINT,
            fontsize=17,
            weight="bold" if mark.main else "normal",
            linespacing=1.1,
        )
    handles = [axes.plot([], [], "o", color=colours[o], markersize=18)[0] for o in outlets]
    figure.legend(
        handles,
        outlets,
        loc="lower center",
        ncol=2,
        frameon=False,
        labelcolor=INK,
        fontsize=18,
        bbox_to_anchor=(0.5, 0.015),
        columnspacing=1.5,
        handletextpad=0.4,
    )
    if left_out:
        figure.text(0.98, 0.005, f"{left_out} more events not drawn", ha="right", va="bottom", color=FAINT, fontsize=14)


def _day_name(iso: str) -> str:
    """ "Tue 30 Apr": short enough for a column on a phone."""
    day = dt.date.fromisoformat(iso)
    return f"{day:%a} {day.day} {day:%b}"
