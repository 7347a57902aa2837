"""`python -m index ask`: quotes for a question, as text for a person or as JSON."""

from __future__ import annotations

import argparse
import sys
import textwrap

from index.cli.engine import open_library
from index.cli.output import print_json
from index.errors import QuestionError, UsageError
from index.results import Answer, Quote


def run_ask(args: argparse.Namespace) -> int:
    """Answer one question, or every line of standard input with '-'."""
    if args.k < 1 or args.k > 25:
        raise UsageError("-k must be between 1 and 25")
    from index.question import read_question

    question = read_question(args.question) if args.question != "-" else None
    library = open_library(args)
    library.engine  # noqa: B018 (opens the index and loads the models before the first question)
    if args.question == "-":
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                print_json(library.ask(read_question(line), args.k).as_dict())
            except QuestionError as exc:
                refusal = {"question": line.strip()[:200], "abstained": True, "reason": str(exc)}
                print_json({**refusal, "quotes": [], "related": []})
            sys.stdout.flush()
        return 0
    answer = library.ask(question, args.k)
    if args.json:
        print_json(answer.as_dict())
    else:
        print(format_answer(answer))
    return 0


def format_answer(answer: Answer) -> str:
    """An answer as a person reads it in a terminal: numbered quotes, each with its citation; a decline may
    list related passages, under a heading that says they do not answer."""
    if answer.abstained:
        decline = f"Nothing in the articles answers this ({answer.reason})."
        if not answer.related:
            return decline
        related = "\n\n".join(_format_quote(n, q) for n, q in enumerate(answer.related, start=1))
        return f"{decline}\n\nRelated passages (they mention the subject but do not answer the question):\n\n{related}"
    return "\n\n".join(_format_quote(number, quote) for number, quote in enumerate(answer.quotes, start=1))


def _format_quote(number: int, quote: Quote) -> str:
    body = textwrap.indent(quote.text.strip(), "   ").lstrip()
    cited = quote.cited
    citation = " · ".join(p for p in (cited.title, cited.source, cited.published or "date unknown", cited.url) if p)
    lines = [f"{number}. “{body}”", f"   — {citation}"]
    for other in quote.also_in:
        lines.append(f"   also in: {other.title} · {other.source} · {other.published or 'date unknown'}")
    return "\n".join(lines)
