"""A development tool for the checks that set passages aside before the reader reads them: record, for every question
of some sets, what the reader was given and its chance for each of those passages; then replay a new rule over
the records in seconds, without the models, to see which declines it would add and which answers it would cost.

    records = record(library.engine, questions)      # the models, a few minutes for the sets of eval/
    for change in replay(records, my_rule):          # my_rule(question, [(row, text)…]) -> rows to set aside
        print(change.kind, change.question)
    for turn in recheck(records, todays_checks(library.live_state())):   # the checks as the code now has them
        print("+" if turn.better else "-", turn.id, turn.question)

`python -m index eval FILE… --record OUT.jsonl` writes the records and prints `where_lost`'s count of where the
in-scope answers missing from the first three quotes were lost (retrieval, the checks, the reader); `python -m index
recheck RECORDS…` rechecks records made with earlier code through today's checks, both ways. A replay can
only add set-asides: a change that lets a passage through, or reorders retrieval, needs a new full run. Whether
the answer is within the first three is estimated from retrieval's order (set-aside passages last, the accepted one
always shown).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index.answerability import Reading, answer_threshold, in_turn, passage_chance
from index.evaluate import OUT_OF_SCOPE, contains_answer
from index.fit import checked_question, set_aside
from index.identity import states_the_persons_age
from index.question import as_the_checks_read
from index.search import Engine
from index.state import IndexState

Rule = Callable[[str, list[tuple[int, str]]], set[int]]


def record(engine: Engine, questions: Iterable[dict]) -> Iterator[dict]:
    """For each question (`id`, `q`, `kind`, `answers`), its reply and what the reader was given, with the reader's
    chance for every passage (not only those read before one was accepted)."""
    for item in questions:
        readings: list[Reading] = []
        answer = engine.ask(item["q"], 3, observe=readings.append)
        entry = {**item, "declined": answer.abstained, "quotes": [quote.text for quote in answer.quotes]}
        if readings and engine.reader is not None:
            reading = readings[0]
            reword = engine.rewording(reading.language)
            entry |= {
                "language": reading.language,
                "passages": [
                    {
                        "row": row,
                        "text": text,
                        "chance": passage_chance(engine.reader, reading.question, text, reword),
                        "holds_answer": contains_answer(text, item["answers"]),
                    }
                    for row, text in reading.passages
                ],
                "set_aside": sorted(reading.set_aside),
            }
        yield entry


def write_records(path: Path, records: Iterable[dict]) -> int:
    """Write `records` as JSON lines; how many were written."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for entry in records:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_records(paths: Iterable[Path]) -> list[dict]:
    """The records `write_records` wrote to each of `paths`, in order (OSError or ValueError if one cannot be read)."""
    return [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]


@dataclass(frozen=True)
class Change:
    """A question whose outcome a rule changes: `kind` is "declined" (a near-domain question now declined),
    "answer lost" (an in-scope one now declined), or "not within three" (its answer no longer among the first three)."""

    kind: str
    question: str
    id: str


def replay(records: Iterable[dict], rule: Rule) -> list[Change]:
    """The questions whose outcome changes when `rule` sets more passages aside."""
    changes = []
    for entry in records:
        passages = entry.get("passages")
        if not passages or entry["declined"]:
            continue
        set_aside = set(entry["set_aside"]) | rule(entry["q"], [(p["row"], p["text"]) for p in passages])
        if set_aside == set(entry["set_aside"]):
            continue
        accepted = _accepted(passages, set_aside, entry["language"], entry["q"])
        if accepted is None:
            kind = "declined" if entry["kind"] == OUT_OF_SCOPE else "answer lost"
            changes.append(Change(kind, entry["q"], entry["id"]))
        elif entry["kind"] != OUT_OF_SCOPE and _answer_shown(entry):
            shown = _shown(passages, set_aside, accepted)
            if not any(passages[i]["holds_answer"] for i in shown):
                changes.append(Change("not within three", entry["q"], entry["id"]))
    return changes


@dataclass(frozen=True)
class Turn:
    """A recorded question whose outcome the checks of today's code turn: `better` when a near-domain question is now
    declined or an in-scope one now has its answer shown (in the first quote for close wording, else among three)."""

    better: bool
    kind: str
    id: str
    question: str
    set: str


def todays_checks(state: IndexState) -> Rule:
    """The passages the checks of the code as it now is set aside, as a rule for `recheck`."""

    def rule(question: str, passages: list[tuple[int, str]]) -> set[int]:
        lacking, elsewhere = set_aside(checked_question(question, state), passages, state)
        return lacking | elsewhere

    return rule


def recheck(records: Iterable[dict], checks: Rule) -> list[Turn]:
    """The questions whose outcome changes when `checks` replace the set-asides recorded with earlier code, gained
    and lost: a change to the checks tried over every record in seconds (retrieval and the reader's chances as
    recorded)."""
    turns = []
    for entry in records:
        passages = entry.get("passages")
        if not passages:
            continue
        recorded = set(entry["set_aside"])
        now = checks(entry["q"], [(p["row"], p["text"]) for p in passages])
        if now != recorded and _succeeds(entry, recorded) != (better := _succeeds(entry, now)):
            turns.append(Turn(better, entry["kind"], entry["id"], entry["q"], entry.get("set", "")))
    return turns


def _succeeds(entry: dict, set_aside: set[int]) -> bool:
    """Whether the question meets its kind's bar with `set_aside` not read: declined if near-domain, else its answer
    shown (first, for close wording)."""
    passages = entry["passages"]
    accepted = _accepted(passages, set_aside, entry["language"], entry["q"])
    if entry["kind"] == OUT_OF_SCOPE or accepted is None:
        return entry["kind"] == OUT_OF_SCOPE and accepted is None
    shown = _shown(passages, set_aside, accepted)
    return any(passages[at]["holds_answer"] for at in (shown[:1] if entry["kind"] == "seed" else shown))


def _accepted(passages: list[dict], set_aside: set[int], language: str, question: str) -> int | None:
    """The first passage the reader accepts once `set_aside` is not read, as the engine decides it."""
    threshold = answer_threshold(language, best_set_aside=passages[0]["row"] in set_aside)
    rows = [passage["row"] for passage in passages]
    return next(
        (at for at, _, needed in in_turn(rows, set_aside, threshold) if _accepts(passages[at], question, needed)), None
    )


def _accepts(passage: dict, question: str, threshold: float) -> bool:
    """Whether the engine accepts a read passage: the reader's chance, or the asked person's stated age (named in
    full in the passage: the records hold no article around it)."""
    return passage["chance"] >= threshold or states_the_persons_age(as_the_checks_read(question), passage["text"])


def _shown(passages: list[dict], set_aside: set[int], accepted: int) -> list[int]:
    """The three passages quoted: retrieval's order with set-aside passages last, the accepted one always shown."""
    order = sorted(range(len(passages)), key=lambda i: passages[i]["row"] in set_aside)[:3]
    return order if accepted in order else [*order[:2], accepted]


def _answer_shown(entry: dict) -> bool:
    """Whether the recorded reply had the answer among its first three quotes."""
    return any(contains_answer(text, entry["answers"]) for text in entry["quotes"][:3])


# Where an in-scope answer missing from the first three quotes was lost, in the order the engine works.
NOT_READ = "not among the passages read"
READ_BELOW_THREE = "read fourth or later, after another passage was accepted"
SET_ASIDE = "set aside by the checks"
DECLINED_ANSWER_READ = "declined, though a passage read holds it"
DECLINED_ANSWER_NOT_READ = "declined, no passage read holds it"
REORDERED = "among retrieval's first three, moved out by the order of the quotes"


def where_lost(records: Iterable[dict]) -> Counter[tuple[str, str]]:
    """For the in-scope questions of `records` whose reply lacks the answer in its first three quotes, how many were
    lost where, by (kind, place): to retrieval (not read, or read below the first three), to the checks, to a
    decline or to the order of the quotes. Answers are found as `index eval` finds them, in the passage's text."""
    lost: Counter[tuple[str, str]] = Counter()
    for entry in records:
        if entry["kind"] == OUT_OF_SCOPE or _answer_shown(entry):
            continue
        passages = entry.get("passages") or []
        holding = [i for i, passage in enumerate(passages) if passage["holds_answer"]]
        if entry["declined"]:
            place = DECLINED_ANSWER_READ if holding else DECLINED_ANSWER_NOT_READ
        elif not holding:
            place = NOT_READ
        elif passages[holding[0]]["row"] in set(entry["set_aside"]):
            place = SET_ASIDE
        else:
            place = READ_BELOW_THREE if holding[0] >= 3 else REORDERED
        lost[entry["kind"], place] += 1
    return lost
