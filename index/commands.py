"""The work behind each `python -m index` sub-command; output for people, or JSON with --json."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager

from index.cli import UsageError, print_json
from index.search import Answer, Engine, QuestionError


def _embedders(args: argparse.Namespace) -> dict:
    from index.embedding import load_default_embedders

    return load_default_embedders(args.multilingual)


def _maintainer(args: argparse.Namespace):
    from index.maintenance import Maintainer

    return Maintainer(args.corpus, args.index_dir, _embedders(args))


def _who() -> str:
    """How the history names a change made from a terminal."""
    import getpass

    return f"{getpass.getuser()} (command line)"


@contextmanager
def _progress(label: str) -> Iterator:
    """A progress bar on a terminal, nothing when output is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(desc=label, unit=" passages", file=sys.stderr) as bar:
        yield bar.update


def run_build(args: argparse.Namespace) -> int:
    """Build or refresh the index from the corpus folder."""
    with _progress("embedding") as progress:
        report = _maintainer(args).build(who=_who(), progress=progress)
    s = report.summary
    print(
        f"index ready in {args.index_dir}: {s.articles} articles, {s.passages} passages "
        f"({s.embedded} embedded, {s.reused} reused; {len(s.added)} added, {len(s.updated)} updated, "
        f"{len(s.removed)} removed)"
    )
    return 0


def open_engine(args: argparse.Namespace) -> Engine:
    """The engine over the live index (models loaded once, after checking there is an index)."""
    from index.storage import IndexFolder

    _recover(args)
    IndexFolder(args.index_dir).current()
    return Engine.open(args.index_dir, _embedders(args))


def run_ask(args: argparse.Namespace) -> int:
    """Answer one question, or every line of standard input with '-'."""
    if args.k < 1 or args.k > 25:
        raise UsageError("-k must be between 1 and 25")
    if args.question != "-":
        from index.search import validate_question

        validate_question(args.question)
    engine = open_engine(args)
    if args.question == "-":
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                print_json(engine.ask(line, args.k).as_dict())
            except QuestionError as exc:
                print_json({"question": line.strip()[:200], "abstained": True, "reason": str(exc), "quotes": []})
            sys.stdout.flush()
        return 0
    answer = engine.ask(args.question, args.k)
    if args.json:
        print_json(answer.as_dict())
    else:
        print(format_answer(answer))
    return 0


def format_answer(answer: Answer) -> str:
    """An answer as a person reads it in a terminal: numbered quotes, each with its citation."""
    if answer.abstained:
        return f"Nothing in the articles answers this ({answer.reason})."
    blocks = []
    for number, quote in enumerate(answer.quotes, start=1):
        body = textwrap.indent(quote.text.strip(), "   ").lstrip()
        cited = quote.cited
        citation = " · ".join(p for p in (cited.title, cited.source, cited.published or "date unknown", cited.url) if p)
        lines = [f"{number}. “{body}”", f"   — {citation}"]
        for other in quote.also_in:
            lines.append(f"   also in: {other.title} · {other.source} · {other.published or 'date unknown'}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def run_list(args: argparse.Namespace) -> int:
    """List the indexed articles, newest first."""
    from index.articles import newest_first
    from index.corpus import not_indexed
    from index.state import load_state
    from index.storage import IndexFolder

    _recover(args)
    state = load_state(IndexFolder(args.index_dir).current(), expected_channels=None)
    articles = newest_first(state.articles)
    differences = not_indexed(args.corpus, state.articles) if args.corpus.is_dir() else []
    if args.json:
        print_json(
            {
                "articles": [a.citation() for a in articles],
                "passages": state.passage_count,
                "not_indexed": [{"file": name, "why": why} for name, why in differences],
            }
        )
        return 0
    for a in articles:
        print(f"{a.published_text or 'undated':<11} {a.source or '?':<30.30} {a.title[:90]}  [{a.id}]")
    print(f"{len(articles)} articles, {state.passage_count} passages")
    for name, why in differences:
        print(f"not in the live index: {name}: {why}")
    return 0


def _recover(args: argparse.Namespace) -> None:
    """Finish or undo a change that was interrupted (unless one is running), saying so on stderr."""
    from index.journal import recover_if_idle
    from index.storage import IndexFolder

    message = recover_if_idle(IndexFolder(args.index_dir), args.corpus)
    if message:
        print(f"note: {message}", file=sys.stderr)


def run_eval(args: argparse.Namespace) -> int:
    """Score the engine on a question set."""
    from index.evaluate import format_table, load_questions, score

    try:
        questions = load_questions(args.file)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    engine = open_engine(args)
    results = score(questions, lambda q: engine.ask(q, 3))
    if args.json:
        print_json({kind: s.as_dict(kind) for kind, s in results.items()})
    else:
        print(format_table(results))
        misses = [f"{kind}: {', '.join(s.misses)}" for kind, s in results.items() if s.misses]
        if misses:
            print("misses — " + "; ".join(misses))
    return 0


UNDATED_HINT = (
    "no publication date found (no front matter or dateline); add the file again with "
    "--published YYYY-MM-DD --source OUTLET and the dated copy replaces it"
)


def _print_report(report, as_json: bool) -> None:
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
            raise FileNotFoundError(f"{path} is not a file")
        files.append((path.name, path.read_bytes()))
    defaults = {k: getattr(args, k) for k in ("title", "source", "published", "url") if getattr(args, k)}
    with _progress("embedding") as progress:
        report = _maintainer(args).add(files, who=_who(), defaults=defaults, progress=progress)
    _print_report(report, args.json)
    return 0 if report.summary.changed or report.summary.unchanged else 1


def run_remove(args: argparse.Namespace) -> int:
    """Remove articles by id."""
    report = _maintainer(args).remove(args.article_ids, who=_who())
    _print_report(report, args.json)
    return 0 if report.summary.removed else 1


def run_history(args: argparse.Namespace) -> int:
    """Show the change log."""
    from index.storage import IndexFolder

    _recover(args)
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


def run_rollback(args: argparse.Namespace) -> int:
    """Make an earlier generation live: N steps back, or the one named."""
    generation = _maintainer(args).rollback(who=_who(), target=args.target)
    print(f"the live index is now generation {generation}")
    return 0


def run_gaps(args: argparse.Namespace) -> int:
    """List the questions the articles did not answer, grouped, from the bot's question log."""
    from index.gaps import eval_records, group_gaps, question_embedder
    from index.questionlog import LOG_FILE, QuestionLog

    path = args.index_dir / LOG_FILE
    if not path.is_file():
        raise UsageError(f"no question log in {args.index_dir} yet: the bot keeps one as members ask")
    flagged = QuestionLog(path, salt=b"").questions(args.server, only_flagged=True)
    gaps = group_gaps(flagged, *question_embedder(_embedders(args))) if flagged else []
    if args.export:
        lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in eval_records(gaps))
        args.export.write_text(lines, encoding="utf-8")
        print(f"wrote {len(gaps)} questions to {args.export}: fill in each kind before eval", file=sys.stderr)
    if args.json:
        print_json({"gaps": [gap.as_dict() for gap in gaps]})
        return 0
    if not gaps:
        print("no declined or voted-down questions in the log")
    for gap in gaps:
        reasons = ", ".join(f"{reason} {count}" for reason, count in gap.reasons().most_common())
        days = sorted({gap.first_asked.date().isoformat(), gap.last_asked.date().isoformat()})
        print(f"{gap.count:>3}× {gap.question}\n     {reasons} · {' to '.join(days)}")
        for wording in dict.fromkeys(q.question for q in gap.questions if q.question != gap.question):
            print(f"     also asked as: {wording}")
        for note in (n for q in gap.questions for n in q.notes):
            print(f"     note: {note}")
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    """Print dated events (implemented in index.timeline)."""
    from index.timeline.cli import run

    return run(args)


def run_bench(args: argparse.Namespace) -> int:
    """Run the benchmarks (implemented in index.bench)."""
    from index.bench.run import run

    return run(quick=args.quick)
