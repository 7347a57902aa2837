"""`python -m index list` and `history`: what the index holds and who changed it, read without any model."""

from __future__ import annotations

import argparse

from index.cli.output import print_json
from index.storage import IndexFolder


def run_list(args: argparse.Namespace) -> int:
    """List the indexed articles, newest first."""
    from index.state import load_catalog

    catalog = load_catalog(IndexFolder(args.index_dir).current())
    articles = catalog.newest_articles
    if args.json:
        print_json({"articles": [a.citation() for a in articles], "passages": catalog.passage_count})
        return 0
    for a in articles:
        print(f"{a.published_text or 'undated':<11} {a.source or '?':<30.30} {a.title[:90]}  [{a.id}]")
    print(f"{len(articles)} articles, {catalog.passage_count} passages")
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Show the change log."""
    entries = IndexFolder(args.index_dir).history()
    if args.json:
        print_json({"history": entries})
        return 0
    if not entries:
        print("no changes recorded yet")
    for e in entries:
        parts = [f"{k} {len(e[k])}" for k in ("added", "updated", "removed", "unchanged", "refused") if e.get(k)]
        print(f"{e['when']}  {e.get('who', '?'):<20.20} {e['action']:<9} {', '.join(parts) or e.get('generation', '')}")
    return 0
