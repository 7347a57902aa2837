"""`python -m index list` and `history`: what the index holds and who changed it, read without any model."""

from __future__ import annotations

import argparse

from index.cli.engine import open_library
from index.cli.output import print_json


def run_list(args: argparse.Namespace) -> int:
    """List the indexed articles, newest first."""
    library = open_library(args)
    articles, passages = library.articles(), library.passage_count()
    differences = library.corpus_notes()
    if args.json:
        print_json(
            {
                "articles": [a.citation() for a in articles],
                "passages": passages,
                "not_indexed": [{"file": name, "why": why} for name, why in differences],
            }
        )
        return 0
    for a in articles:
        print(f"{a.published_text or 'undated':<11} {a.source or '?':<30.30} {a.title[:90]}  [{a.id}]")
    print(f"{len(articles)} articles, {passages} passages")
    for name, why in differences:
        print(f"not in the live index: {name}: {why}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Show the change log."""
    entries = open_library(args).history()
    if args.json:
        print_json({"history": entries})
        return 0
    if not entries:
        print("no changes recorded yet")
    for e in entries:
        parts = [f"{k} {len(e[k])}" for k in ("added", "updated", "removed", "unchanged", "refused") if e.get(k)]
        print(f"{e['when']}  {e.get('who', '?'):<20.20} {e['action']:<9} {', '.join(parts) or e.get('generation', '')}")
    return 0
