"""`python -m index build`, `add`, `remove` and `rollback`: changing the index, one change at a time."""

from __future__ import annotations

import argparse

from index.cli.engine import open_library
from index.cli.output import print_json, progress, who
from index.errors import UsageError
from index.results import ChangeReport

UNDATED_HINT = (
    "no publication date found (no front matter or dateline); add the file again with "
    "--published YYYY-MM-DD --source OUTLET and the dated copy replaces it"
)


def run_build(args: argparse.Namespace) -> int:
    """Build or refresh the index from the corpus folder."""
    with progress("embedding") as step:
        report = open_library(args).build(who(), progress=step)
    s = report.summary
    print(
        f"index ready in {args.index_dir}: {s.articles} articles, {s.passages} passages "
        f"({s.embedded} embedded, {s.reused} reused; {len(s.added)} added, {len(s.updated)} updated, "
        f"{len(s.removed)} removed)"
    )
    return 0


def _print_report(report: ChangeReport, as_json: bool) -> None:
    if as_json:
        print_json(report.as_dict())
        return
    s = report.summary
    for label, ids in (("added", s.added), ("updated", s.updated), ("removed", s.removed), ("unchanged", s.unchanged)):
        for article_id in ids:
            print(f"{label}: {article_id}")
    for name, reason in report.refused:
        print(f"refused: {name}: {reason}")
    for article_id in report.undated:
        print(f"undated: {article_id}: {UNDATED_HINT}")
    if not s.changed:
        print("nothing changed")
    print(f"the index has {s.articles} articles and {s.passages} passages")


def run_add(args: argparse.Namespace) -> int:
    """Add or update articles from files."""
    files = []
    for path in args.files:
        if not path.is_file():
            raise UsageError(f"{path} is not a file")
        files.append((path.name, path.read_bytes()))
    defaults = {k: getattr(args, k) for k in ("title", "source", "published", "url") if getattr(args, k)}
    with progress("embedding") as step:
        report = open_library(args).add(files, who(), defaults=defaults, progress=step)
    _print_report(report, args.json)
    return 0 if report.summary.changed or report.summary.unchanged else 1


def run_remove(args: argparse.Namespace) -> int:
    """Remove articles by id."""
    report = open_library(args).remove(args.article_ids, who())
    _print_report(report, args.json)
    return 0 if report.summary.removed else 1


def run_rollback(args: argparse.Namespace) -> int:
    """Make an earlier generation live: N steps back, or the one named."""
    generation = open_library(args).rollback(who(), target=args.target)
    print(f"the live index is now generation {generation}")
    return 0
