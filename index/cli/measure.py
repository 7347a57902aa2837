"""`python -m index eval` and `bench`: the engine scored on a question set, and its speed, memory and scale."""

from __future__ import annotations

import argparse
import logging

from index.cli.engine import open_library
from index.cli.output import print_json
from index.errors import UsageError


def run_eval(args: argparse.Namespace) -> int:
    """Score the engine on one or more question sets, then the in-scope declines over all of them."""
    from index.evaluate import format_table, load_questions, score

    try:
        sets = [(path, load_questions(path)) for path in args.files]
    except (OSError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    if args.record and any(path.name.startswith("heldout") for path, _ in sets):
        raise UsageError("held-out sets are not recorded: rules are chosen on the development sets")
    library = open_library(args)
    library.engine  # noqa: B018 (opens the index and loads the models before the first question)
    if args.record:
        from index.replay import record, where_lost, write_records

        questions = [{**item, "set": path.stem} for path, items in sets for item in items]
        records = list(record(library.engine, questions))
        written = write_records(args.record, records)
        print(f"{written} questions recorded in {args.record}")
        lost = where_lost(records)
        if lost:
            print("in-scope answers not in the first three quotes, by where they were lost:")
            for (kind, place), count in sorted(lost.items()):
                print(f"  {kind:<12} {count:>4}  {place}")
        return 0
    scored = {str(path): score(questions, lambda q: library.ask(q, 3)) for path, questions in sets}
    if args.json:
        print_json({name: {kind: s.as_dict(kind) for kind, s in results.items()} for name, results in scored.items()})
        return 0
    for name, results in scored.items():
        if len(scored) > 1:
            print(f"\n{name}")
        print(format_table(results))
        misses = [f"{kind}: {', '.join(s.misses)}" for kind, s in results.items() if s.misses]
        if misses:
            print("misses — " + "; ".join(misses))
    if len(scored) > 1:
        in_scope = [s for results in scored.values() for kind, s in results.items() if kind != "oos"]
        declined, total = sum(s.declined for s in in_scope), sum(s.total for s in in_scope)
        kept = sum(s.related_kept for s in in_scope)
        print(f"\nin-scope questions declined over all sets: {declined} of {total} ({kept} with the answer related)")
    return 0


def run_recheck(args: argparse.Namespace) -> int:
    """Replay recorded questions through the checks as the code now has them; print each outcome gained (+) or lost
    (-), then the counts."""
    from index.replay import read_records, recheck, todays_checks

    try:
        records = read_records(args.records)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the records: {exc}") from exc
    if any("declined" not in entry for entry in records):
        raise UsageError("these are not records written by `python -m index eval --record`")
    turns = recheck(records, todays_checks(open_library(args).live_state()))
    for turn in turns:
        print(f"{'+' if turn.better else '-'} {turn.set} {turn.id} {turn.kind:<10} {turn.question}")
    gained = sum(turn.better for turn in turns)
    print(f"{len(records)} questions rechecked: {gained} gained, {len(turns) - gained} lost")
    return 0


def run_train_reader(args: argparse.Namespace) -> int:
    """Retrain the reader from the training pairs in train/ and write it into the package's data folder."""
    from pathlib import Path

    from index.reader.reader import packaged_adapter
    from index.reader.train import Settings, train_and_save

    logging.getLogger("index").setLevel(logging.INFO)
    files = sorted(Path("train").glob("reader_*.jsonl"))
    if not files:
        raise UsageError("no train/reader_*.jsonl here: run this from the repository's top folder")
    manifest = train_and_save(files, packaged_adapter(), Settings(), folds=args.folds)
    print(f"reader trained on {manifest['pairs']} pairs into {packaged_adapter()}")
    return 0


def run_train_embedder(args: argparse.Namespace) -> int:
    """Retune MiniLM on the answered English questions in train/ and write its adapter."""
    from pathlib import Path

    from index.minilm_tuning import Settings, train_and_save, training_files

    logging.getLogger("index").setLevel(logging.INFO)
    files = training_files(Path("train"))
    if not files:
        raise UsageError("no train/**/reader_*.jsonl here: run this from the repository's top folder")
    manifest = train_and_save(files, args.to, Settings())
    print(f"MiniLM tuned on {manifest['pairs']} pairs from {len(files)} files into {args.to}")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    """Run the benchmarks (implemented in index.bench)."""
    if args.backends:
        from index.bench.backends import run_backends

        return run_backends(args.passages, getattr(args, "backend_options", {}).get("database_url", ""))
    from index.bench.run import run

    return run(quick=args.quick)
