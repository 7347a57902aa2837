"""What the articles don't answer: declined and voted-down questions, grouped when they ask the same thing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from index.questionlog import DOWN_REASONS, LoggedQuestion
from index.text import squash

# Cosine similarity from which two questions count as the same, per embedding channel. Measured on
# rewordings and translations ("When was Hugo Chavez born?" / "¿Cuándo nació Hugo Chávez?" / "Hugo Chavez
# birth date"): E5 gives them 0.92-0.99 and different questions 0.71-0.86; MiniLM 0.72-0.94 against at
# most 0.54, but reads no Spanish. E5 is used when the index has it.
SAME_QUESTION = {"e5": 0.9, "minilm": 0.7}
PREFERRED_CHANNELS = ("e5", "minilm")


@dataclass
class Gap:
    """Questions that ask the same thing, with how often and when they were asked and what was wrong."""

    questions: list[LoggedQuestion] = field(default_factory=list)

    @property
    def question(self) -> str:
        """The wording asked most often (the earliest among equals)."""
        counts = Counter(q.question for q in self.questions)
        return max(self.questions, key=lambda q: counts[q.question]).question

    @property
    def count(self) -> int:
        """How many times it was asked."""
        return len(self.questions)

    @property
    def first_asked(self) -> dt.datetime:
        """When it was first asked."""
        return min(q.asked_at for q in self.questions)

    @property
    def last_asked(self) -> dt.datetime:
        """When it was last asked."""
        return max(q.asked_at for q in self.questions)

    def reasons(self) -> Counter[str]:
        """Why it is a gap: "declined", "related only", and the reasons of 👎 votes, with counts."""
        found: Counter[str] = Counter()
        for q in self.questions:
            if q.verdict != "answered":
                found["declined" if q.verdict == "declined" else "related only"] += 1
            found.update(DOWN_REASONS.get(r, "voted down") if r else "voted down" for r in q.reasons)
        return found

    def as_dict(self) -> dict:
        """The JSON form printed by `index gaps --json`."""
        wordings = list(dict.fromkeys(q.question for q in self.questions))
        return {
            "question": self.question,
            "count": self.count,
            "asked_as": wordings,
            "first_asked": self.first_asked.isoformat(),
            "last_asked": self.last_asked.isoformat(),
            "reasons": dict(self.reasons().most_common()),
            "notes": [note for q in self.questions for note in q.notes],
            "question_ids": [q.id for q in self.questions],
        }


def question_embedder(embedders: Mapping) -> tuple[Callable[[str], np.ndarray], float]:
    """The embedding used to compare questions, and the similarity that makes two of them the same."""
    name = next((n for n in PREFERRED_CHANNELS if n in embedders), next(iter(embedders)))
    return embedders[name].embed_query, SAME_QUESTION.get(name, 0.8)


def group_gaps(flagged: Iterable[LoggedQuestion], embed: Callable[[str], np.ndarray], threshold: float) -> list[Gap]:
    """Group questions whose embeddings are at least `threshold` alike (identical wording always is), most
    asked first, then most recently asked."""
    gaps: list[Gap] = []
    centroids: list[np.ndarray] = []
    wording: dict[str, int] = {}
    for question in sorted(flagged, key=lambda q: q.asked_at):
        key = squash(question.question).strip(" ?¿!¡.")
        vector = np.asarray(embed(question.question), dtype=np.float32)
        vector = vector / (np.linalg.norm(vector) or 1.0)
        best = wording.get(key)
        if best is None and centroids:
            similarities = np.array([float(c @ vector) / (np.linalg.norm(c) or 1.0) for c in centroids])
            if similarities.max() >= threshold:
                best = int(similarities.argmax())
        if best is None:
            best = len(gaps)
            gaps.append(Gap())
            centroids.append(np.zeros_like(vector))
        gaps[best].questions.append(question)
        centroids[best] = centroids[best] + vector
        wording[key] = best
    return sorted(gaps, key=lambda g: (g.count, g.last_asked), reverse=True)


def eval_records(gaps: Iterable[Gap]) -> list[dict]:
    """The gaps as a question set in the format of `eval/*.jsonl`: the moderator fills in `kind` (and the
    expected `answers`, or kind "oos" for a question the articles should decline) before `index eval`."""
    return [{"id": f"gap-{n:03d}", "kind": "", "q": gap.question, "answers": []} for n, gap in enumerate(gaps, 1)]
