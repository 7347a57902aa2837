"""The development tool that replays a set-aside rule on recorded readings agrees with the engine."""

from __future__ import annotations

from index.replay import (
    DECLINED_ANSWER_NOT_READ,
    DECLINED_ANSWER_READ,
    NOT_READ,
    READ_BELOW_THREE,
    REORDERED,
    SET_ASIDE,
    recheck,
    record,
    replay,
    todays_checks,
    where_lost,
)
from index.search import Engine

QUESTIONS = [
    {"id": "a", "q": "Who is the head of SEBIN?", "kind": "seed", "answers": ["Cristopher Figuera"]},
    {"id": "b", "q": "How many Venezuelan troops have applied for asylum?", "kind": "seed", "answers": ["25"]},
    {"id": "c", "q": "When was Hugo Chavez born?", "kind": "oos", "answers": []},
]


def test_a_recording_holds_what_the_reader_was_given_and_the_engines_reply(real_engine):
    records = list(record(real_engine, QUESTIONS))
    assert [entry["declined"] for entry in records] == [False, False, True]
    answered = records[0]
    assert answered["passages"] and all(0.0 <= p["chance"] <= 1.0 for p in answered["passages"])
    assert any(p["holds_answer"] for p in answered["passages"])


def test_replaying_a_rule_finds_the_answers_it_would_cost_and_nothing_for_a_rule_setting_nothing_aside(real_engine):
    records = list(record(real_engine, QUESTIONS))
    assert replay(records, lambda question, passages: set()) == []
    everything = replay(records, lambda question, passages: {row for row, _ in passages})
    assert sorted((change.id, change.kind) for change in everything) == [("a", "answer lost"), ("b", "answer lost")]


def test_a_replayed_rule_declines_what_the_engine_declines_with_that_rule(real_engine, monkeypatch):
    # Setting aside every passage that names a number, in the engine and in the replay, agrees.
    def numbers(question, passages):
        return {row for row, text in passages if any(ch.isdigit() for ch in text)}

    import index.fit

    records = list(record(real_engine, QUESTIONS))
    replayed = {change.id for change in replay(records, numbers) if change.kind == "answer lost"}
    checks = index.fit.lacking_rows

    def checks_and_numbers(question, passages, state):
        return checks(question, passages, state) | numbers(question, passages)

    monkeypatch.setattr("index.fit.lacking_rows", checks_and_numbers)
    engine = Engine(real_engine.state, real_engine.embedders, reader=real_engine.reader)
    declined = {item["id"] for item in QUESTIONS if item["kind"] != "oos" and engine.ask(item["q"]).abstained}
    assert replayed == declined == {"b"}


def _as_if_recorded_with_every_passage_set_aside(entry: dict) -> dict:
    return {**entry, "set_aside": [p["row"] for p in entry["passages"]]}


def test_rechecking_with_todays_checks_shows_what_they_gained_and_lost_since_the_recording(real_engine):
    records = list(record(real_engine, QUESTIONS))
    checks = todays_checks(real_engine.state)
    assert recheck(records, checks) == []  # recorded with today's code: nothing turns
    # Recorded with a code that set every passage aside, the close-wording question was declined; today it is not.
    earlier = [_as_if_recorded_with_every_passage_set_aside(records[1]), records[0]]
    turns = recheck(earlier, checks)
    assert [(turn.id, turn.better, turn.kind) for turn in turns] == [("b", True, "seed")]
    # A check setting everything aside loses both answers.
    lost = recheck(records, lambda question, passages: {row for row, _ in passages})
    assert sorted((turn.id, turn.better) for turn in lost) == [("a", False), ("b", False)]


def test_a_near_domain_question_turns_better_when_declined_and_worse_when_answered_again():
    answered = {**_entry(kind="oos"), "id": "n", "language": "en"}  # its passages read at a chance of 0.5
    declined = {**answered, "set_aside": [p["row"] for p in answered["passages"]]}
    every_passage = lambda question, passages: {row for row, _ in passages}  # noqa: E731
    no_passage = lambda question, passages: set()  # noqa: E731
    assert [(turn.id, turn.better) for turn in recheck([answered], every_passage)] == [("n", True)]
    assert [(turn.id, turn.better) for turn in recheck([declined], no_passage)] == [("n", False)]
    assert recheck([declined], every_passage) == []


def test_todays_checks_set_aside_what_the_engine_set_aside_reports_from_elsewhere_included(real_engine):
    # "in Cuba": a report from an article naming no Cuba is set aside besides what the checks find lacking.
    question = "What happened in Cuba on Tuesday?"
    (entry,) = record(real_engine, [{"id": "x", "q": question, "kind": "paraphrase", "answers": []}])
    passages = [(p["row"], p["text"]) for p in entry["passages"]]
    assert todays_checks(real_engine.state)(question, passages) == set(entry["set_aside"])


def test_close_wording_counts_only_with_its_answer_in_the_first_quote():
    second = {**_entry(kind="seed", holding=(1,)), "id": "s", "language": "en"}  # the answer in the second passage
    first_set_aside = lambda question, passages: {passages[0][0]}  # noqa: E731
    assert [(turn.id, turn.better) for turn in recheck([second], first_set_aside)] == [("s", True)]


def _entry(kind="paraphrase", quotes=("Other news.",), declined=False, holding=(), set_aside=(), read=5):
    """A recorded question whose answer is "Figuera", held by the read passages at `holding`."""
    passages = [  # rows are not positions: the index's rows are numbered across the whole corpus
        {
            "row": 100 + place,
            "text": "Figuera" if place in holding else "Other news.",
            "chance": 0.5,
            "holds_answer": place in holding,
        }
        for place in range(read)
    ]
    return {
        "q": "who runs the spy agency",
        "kind": kind,
        "answers": ["Figuera"],
        "declined": declined,
        "quotes": list(quotes),
        "passages": passages,
        "set_aside": [100 + place for place in set_aside],
    }


def test_where_lost_tells_retrieval_the_checks_a_decline_and_the_order_apart():
    records = [
        _entry(quotes=("Figuera",), holding=(0,)),  # answered: not counted
        _entry(kind="oos", declined=False),  # out of scope: not counted
        _entry(declined=True, quotes=(), holding=(2,)),
        _entry(declined=True, quotes=()),
        _entry(),
        _entry(holding=(3,)),
        _entry(kind="es", holding=(4,)),
        _entry(holding=(1,), set_aside=(1,)),
        _entry(holding=(4,), set_aside=(4,)),  # set aside, though read below three
        _entry(holding=(2,)),
    ]
    assert where_lost(records) == {
        ("paraphrase", DECLINED_ANSWER_READ): 1,
        ("paraphrase", DECLINED_ANSWER_NOT_READ): 1,
        ("paraphrase", NOT_READ): 1,
        ("paraphrase", READ_BELOW_THREE): 1,
        ("es", READ_BELOW_THREE): 1,
        ("paraphrase", SET_ASIDE): 2,
        ("paraphrase", REORDERED): 1,
    }
