"""`python -m index timeline`: the dated events, as text for a person or as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from index.cli.engine import open_library
from index.cli.output import print_json
from index.errors import UsageError
from index.results import TimelineEvent
from index.timeline.build import day_heading, iso_day
from index.timeline.picture import timeline_png
from index.timeline.present import dated_from, places, planned_note


def _check_date(value: str, option: str) -> str:
    try:
        return iso_day(value)
    except ValueError as exc:
        raise UsageError(f"{option} needs a date as YYYY-MM-DD, not {value!r}") from exc


def run(args: argparse.Namespace) -> int:
    """Print the timeline for a topic and date range."""
    date_from = _check_date(args.date_from, "--from")
    date_to = _check_date(args.date_to, "--to")
    main = bool(getattr(args, "main", False))
    events, note = open_library(args).timeline(args.topic, date_from, date_to, main)
    if getattr(args, "png", ""):
        _write_png(Path(args.png), events, f"Timeline: {note}")
    if args.json:
        print_json({"topic": args.topic, "note": note, "main": main, "events": [e.as_dict() for e in events]})
        return 0
    if not events:
        print(f"No dated events found ({note}).")
        return 0
    print(f"Timeline: {note}")
    current = None
    for event in events:
        heading = day_heading(event)
        if heading != current:
            print(f"\n{heading}")
            current = heading
        part = f"({event.part_of_day}) " if event.part_of_day else ""
        outlets = "; ".join(name for name, _ in places(event))
        planned = f"; {planned_note(event)}" if event.planned else ""
        print(f"  • {part}“{event.text.strip()}”")
        print(f"      — {outlets}; {dated_from(event)}, {event.anchor}{planned}")
    return 0


def _write_png(path: Path, events: list[TimelineEvent], title: str) -> None:
    try:
        path.write_bytes(timeline_png(events, title))
    except OSError as exc:
        raise UsageError(f"cannot write the picture to {path}: {exc.strerror or exc}") from exc
