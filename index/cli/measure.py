"""`python -m index eval` and `bench`: the engine scored on a question set, and its speed, memory and scale."""

from __future__ import annotations

import argparse

from index.cli.engine import open_library
from index.cli.output import print_json
from index.errors import UsageError


def run_eval(args: argparse.Namespace) -> int:
    """Score the engine on a question set."""
    from index.evaluate import format_table, load_questions, score

    try:
        questions = load_questions(args.file)
    except (OSError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    library = open_library(args)
    library.engine  # noqa: B018 (opens the index and loads the models before the first question)
    results = score(questions, lambda q: library.ask(q, 3))
    if args.json:
        print_json({kind: s.as_dict(kind) for kind, s in results.items()})
    else:
        print(format_table(results))
        misses = [f"{kind}: {', '.join(s.misses)}" for kind, s in results.items() if s.misses]
        if misses:
            print("misses — " + "; ".join(misses))
    return 0


def run_bench(args: argparse.Namespace) -> int:
    """Run the benchmarks (implemented in index.bench)."""
    from index.bench.run import run

    return run(quick=args.quick)
