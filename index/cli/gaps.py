"""`python -m index gaps`: the questions the articles did not answer, grouped, from the bot's question log."""

from __future__ import annotations

import argparse
import json
import sys

from index.cli.output import print_json
from index.errors import UsageError


def run_gaps(args: argparse.Namespace) -> int:
    """List the questions the articles did not answer (declined or voted down), most asked first."""
    from index.embedding import load_default_embedders
    from index.gaps import eval_records, group_gaps, question_embedder
    from index.questionlog import LOG_FILE, QuestionLog

    path = args.index_dir / LOG_FILE
    if not path.is_file():
        raise UsageError(f"no question log in {args.index_dir} yet: the bot keeps one as members ask")
    flagged = QuestionLog(path, salt=b"").questions(args.server, only_flagged=True)
    embedders = load_default_embedders(args.multilingual) if flagged else {}
    gaps = group_gaps(flagged, *question_embedder(embedders)) if flagged else []
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
