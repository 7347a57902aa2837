"""Scoring the engine on a question set: answers in the first quote, in the first three, declines."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from index.results import Answer
from index.text import squash

OUT_OF_SCOPE = "oos"


@dataclass
class KindScore:
    """Counts for one kind of question."""

    total: int = 0
    first: int = 0
    top3: int = 0
    declined: int = 0
    related_kept: int = 0  # wrongly declined, yet the answer is among the related passages shown
    misses: list[str] = field(default_factory=list)

    def as_dict(self, kind: str) -> dict:
        """Shares and counts, in the form `eval --json` prints."""
        if kind == OUT_OF_SCOPE:
            return {"questions": self.total, "declined": _share(self.declined, self.total), "misses": self.misses}
        return {
            "questions": self.total,
            "first_quote": _share(self.first, self.total),
            "top3": _share(self.top3, self.total),
            "wrongly_declined": self.declined,
            "declined_answer_in_related": self.related_kept,
            "misses": self.misses,
        }


def _share(count: int, total: int) -> float:
    return round(count / total, 3) if total else 0.0


def load_questions(path: Path) -> list[dict]:
    """Questions from a JSON-lines file with `q`, `kind` and `answers`."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
                items.append(
                    {
                        "id": item.get("id", str(number)),
                        "q": item["q"],
                        "kind": item["kind"],
                        "answers": item.get("answers", []),
                    }
                )
            except (json.JSONDecodeError, KeyError) as exc:
                raise ValueError(f"{path}:{number} is not a question record ({exc})") from exc
            if not str(item["kind"]).strip():
                raise ValueError(f"{path}:{number} has no kind: fill it in (for example oos for a question to decline)")
    return items


def contains_answer(text: str, answers: Iterable[str]) -> bool:
    """True if any expected answer appears in `text`, ignoring case, accents, quote and dash styles."""
    folded = squash(text)
    return any(squash(answer) in folded for answer in answers if answer.strip())


def score(questions: list[dict], ask: Callable[[str], Answer]) -> dict[str, KindScore]:
    """Ask every question and count, per kind, where its answer appears."""
    results: dict[str, KindScore] = {}
    for item in questions:
        answer = ask(item["q"])
        tally = results.setdefault(item["kind"], KindScore())
        tally.total += 1
        if answer.abstained:
            tally.declined += 1
        if item["kind"] == OUT_OF_SCOPE:
            if not answer.abstained:
                tally.misses.append(item["id"])
            continue
        if answer.abstained and any(contains_answer(q.text, item["answers"]) for q in answer.related):
            tally.related_kept += 1
        texts = [q.text for q in answer.quotes]
        if texts and contains_answer(texts[0], item["answers"]):
            tally.first += 1
        if any(contains_answer(t, item["answers"]) for t in texts[:3]):
            tally.top3 += 1
        else:
            tally.misses.append(item["id"])
    return results


def format_table(results: dict[str, KindScore]) -> str:
    """A small text table of the scores, one line per kind."""
    lines = [
        f"{'kind':<11}{'questions':>10}{'first quote':>13}{'in top 3':>10}{'declined':>10}{'of which related':>18}"
    ]
    order = sorted(results, key=lambda k: (k == OUT_OF_SCOPE, k))
    for kind in order:
        s = results[kind]
        if kind == OUT_OF_SCOPE:
            lines.append(f"{kind:<11}{s.total:>10}{'':>13}{'':>10}{_share(s.declined, s.total):>10.0%}")
        else:
            lines.append(
                f"{kind:<11}{s.total:>10}{_share(s.first, s.total):>13.0%}{_share(s.top3, s.total):>10.0%}"
                f"{_share(s.declined, s.total):>10.0%}{f'{s.related_kept} of {s.declined}' if s.declined else '':>18}"
            )
    return "\n".join(lines)
