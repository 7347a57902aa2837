"""The reader's training pairs: every hand label kept, and hard negatives drawn only from other topics."""

from __future__ import annotations

import json
import random

from index.reader.train import Pair, _batches, load_pairs

RECORDS = [
    {
        "topic": "Mali coup",
        "passage": "Colonel Assimi Goita named Choguel Maiga interim prime minister of Mali.",
        "questions": [
            {"q": "Who did Goita name prime minister?", "answers": True},
            {"q": "How old is Assimi Goita?", "answers": False},
        ],
    },
    {
        "topic": "Mali coup",
        "passage": "Soldiers in Bamako detained President Bah Ndaw and Prime Minister Ouane.",
        "questions": [{"q": "Who was detained in Bamako?", "answers": True}],
    },
    {
        "topic": "Chile protests",
        "passage": "Chile's president Sebastian Pinera declared a state of emergency in Santiago.",
        "questions": [{"q": "Where did Pinera declare an emergency?", "answers": True}],
    },
]


def test_hand_labels_are_kept_and_hard_negatives_come_from_another_topic(tmp_path):
    path = tmp_path / "reader_x.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    pairs = load_pairs([path], random_negatives=0.0, seed=1, hard_negatives=1)
    labelled = {(p.question, p.passage): p.label for p in pairs}
    assert labelled[("Who did Goita name prime minister?", RECORDS[0]["passage"])] == 1.0
    assert labelled[("How old is Assimi Goita?", RECORDS[0]["passage"])] == 0.0
    # A Mali question's hard negative is the Chile passage, never the other Mali passage (which might answer).
    mali = [p for p in pairs if p.question == "Who was detained in Bamako?" and p.passage != RECORDS[1]["passage"]]
    assert [(p.passage, p.label) for p in mali] == [(RECORDS[2]["passage"], 0.0)]
    assert len(pairs) == 4 + 4


def test_every_pair_is_trained_on_once_an_epoch_in_batches_of_similar_length():
    pairs = [Pair("q" * (i % 7), "p" * i, 0.0, i) for i in range(100)]
    batches = _batches(pairs, 8, random.Random(0))
    assert sorted(p.group for b in batches for p in b) == list(range(100))
    assert max(len(b) for b in batches) == 8


def test_a_mid_article_passage_is_never_a_negative_for_another_topics_question(tmp_path):
    # "The protests broke out on March 3" answers a question about any country's protests when read alone, so
    # labelling it "does not answer" for the Kenya question would teach the reader to want the country named.
    records = [
        {
            "topic": "Kenya protests",
            "passage": "Kenyan police said protests broke out in Nairobi on June 18.",
            "questions": [{"q": "When did the Kenya protests break out?", "answers": True}],
        },
        {
            "topic": "Jordan protests",
            "mid_article": True,
            "passage": "The protests broke out on March 3 after the government doubled the price of bread.",
            "questions": [{"q": "When did the Jordan bread protests start?", "answers": True}],
        },
        {
            "topic": "Chile protests",
            "passage": "Chile's president declared a state of emergency in Santiago.",
            "questions": [{"q": "Where did Chile declare an emergency?", "answers": True}],
        },
    ]
    path = tmp_path / "reader_x.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    pairs = load_pairs([path], random_negatives=1.0, seed=3, hard_negatives=2)
    negatives = [p for p in pairs if p.label == 0.0]
    assert negatives and all(p.passage != records[1]["passage"] for p in negatives)
    # Its own question is still trained on, and it still gets negatives from the other passages.
    assert ("When did the Jordan bread protests start?", records[1]["passage"], 1.0) in {
        (p.question, p.passage, p.label) for p in pairs
    }
    assert any(p.question == "When did the Jordan bread protests start?" for p in negatives)
