"""`python -m index`: build, ask, list, evaluate and maintain the index from a terminal or a script.

Each sub-command's module is imported only when it runs: `history` and `list` load no model and no FAISS.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from index.config import EngineSettings, settings_problems
from index.errors import CronistaError

log = logging.getLogger("index")

# Sub-command -> "module:function" that runs it (the function takes the parsed arguments, returns the exit code).
COMMANDS: dict[str, str] = {
    "build": "index.cli.changes:run_build",
    "ask": "index.cli.answers:run_ask",
    "list": "index.cli.records:run_list",
    "eval": "index.cli.measure:run_eval",
    "recheck": "index.cli.measure:run_recheck",
    "add": "index.cli.changes:run_add",
    "remove": "index.cli.changes:run_remove",
    "history": "index.cli.records:run_history",
    "rollback": "index.cli.changes:run_rollback",
    "timeline": "index.cli.timeline:run",
    "gaps": "index.cli.gaps:run_gaps",
    "bench": "index.cli.measure:run_bench",
    "train-reader": "index.cli.measure:run_train_reader",
    "train-embedder": "index.cli.measure:run_train_embedder",
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, with a pointer to --help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"error: {message} (see `python -m index {self.prog.split()[-1]} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface: one sub-command per task."""
    parser = _Parser(prog="index", description="Cronista's answer engine.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--corpus", type=Path, help="corpus folder (default: $CORPUS_DIR or ./corpus)")
        sub.add_argument("--index-dir", type=Path, help="index folder (default: $INDEX_DIR or ./.cronista/index)")
        return sub

    command("build", "Build or refresh the index from the corpus folder.")
    ask = command("ask", "Answer a question with verbatim quotes ('-' reads one question per line from stdin).")
    ask.add_argument("question")
    ask.add_argument("-k", type=int, default=3, help="number of quotes (default 3)")
    ask.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing = command("list", "List the indexed articles.")
    listing.add_argument("--json", action="store_true")
    evaluation = command("eval", "Score the engine on question sets (JSON lines with q, kind, answers).")
    evaluation.add_argument("files", nargs="+", type=Path, metavar="FILE")
    evaluation.add_argument("--json", action="store_true")
    evaluation.add_argument(
        "--record", type=Path, metavar="OUT", help="instead of scoring, write what the reader was given per question"
    )
    recheck = command(
        "recheck", "Recheck questions recorded by `eval --record` with today's checks: outcomes gained and lost."
    )
    recheck.add_argument("records", nargs="+", type=Path, metavar="RECORDS")
    add = command("add", "Add or update articles from .md, .txt or .html files.")
    add.add_argument("files", nargs="+", type=Path)
    for field in ("title", "source", "published", "url"):
        add.add_argument(f"--{field}", default="", help=f"{field} when the file does not give one")
    add.add_argument("--json", action="store_true")
    remove = command("remove", "Remove articles by id.")
    remove.add_argument("article_ids", nargs="+", metavar="ARTICLE_ID")
    remove.add_argument("--json", action="store_true")
    history = command("history", "Show the log of changes to the index.")
    history.add_argument("--json", action="store_true")
    rollback = command("rollback", "Make an earlier index generation live again.")
    rollback.add_argument(
        "target", nargs="?", default="1", help="how many generations to step back (default 1), or a generation name"
    )
    timeline = command("timeline", "Dated events from the articles, optionally about one topic.")
    timeline.add_argument("topic", nargs="?", default="")
    timeline.add_argument("--from", dest="date_from", default="", help="first date, YYYY-MM-DD")
    timeline.add_argument("--to", dest="date_to", default="", help="last date, YYYY-MM-DD")
    timeline.add_argument("--json", action="store_true")
    timeline.add_argument("--main", action="store_true", help="only the main events")
    timeline.add_argument("--png", default="", metavar="FILE", help="also draw the events as a PNG chart in FILE")
    gaps = command("gaps", "Questions the articles did not answer (declined or voted down), most asked first.")
    gaps.add_argument("--server", type=int, default=None, help="only this Discord server's questions")
    gaps.add_argument("--json", action="store_true")
    gaps.add_argument("--export", type=Path, metavar="FILE", help="also write them as an eval question set")
    train = command("train-reader", "Retrain the reader from train/reader_*.jsonl into index/data/reader/ (slow).")
    train.add_argument("--folds", type=int, default=0, help="first report N-fold figures, passages held out whole")
    train_embedder = command(
        "train-embedder", "Tune MiniLM on train/'s answered English questions into an adapter folder (slow)."
    )
    train_embedder.add_argument(
        "--to", type=Path, required=True, help="write the adapter here (index/data/minilm/ makes the engine use it)"
    )
    bench = command("bench", "Measure speed, memory and scale (see the README's Performance section).")
    bench.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    bench.add_argument(
        "--backends",
        action="store_true",
        help="the files and postgres backends side by side (DATABASE_URL or pgserver)",
    )
    bench.add_argument("--passages", type=int, default=100_000, help="index size for --backends (default 100,000)")
    return parser


def handler_for(command: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs `command`, its module imported now."""
    module, function = COMMANDS[command].split(":")
    return getattr(importlib.import_module(module), function)


def main(argv: list[str] | None = None) -> int:
    """Run one command; expected problems print one line and return a non-zero code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = EngineSettings()
    except ValidationError as exc:
        print(f"error: fix these settings in .env or the environment:\n{settings_problems(exc)}", file=sys.stderr)
        return 2
    args.corpus = args.corpus or settings.corpus_dir
    args.index_dir = args.index_dir or settings.index_dir
    args.multilingual = settings.multilingual
    args.backend_options = settings.backend_options
    try:
        return handler_for(args.command)(args)
    except CronistaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the final flush cannot fail again
        return 141
