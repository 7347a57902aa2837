"""The reader's training pairs: every hand label kept, and hard negatives drawn only from other topics."""

from __future__ import annotations

import json
import random

from index.reader.train import Pair, _batches, load_pairs

RECORDS = [
    {"topic": "Mali coup", "passage": "Colonel Assimi Goita named Choguel Maiga interim prime minister of Mali.",
     "questions": [{"q": "Who did Goita name prime minister?", "answers": True},
                   {"q": "How old is Assimi Goita?", "answers": False}]},
    {"topic": "Mali coup", "passage": "Soldiers in Bamako detained President Bah Ndaw and Prime Minister Ouane.",
     "questions": [{"q": "Who was detained in Bamako?", "answers": True}]},
    {"topic": "Chile protests", "passage": "Chile's president Sebastian Pinera declared a state of emergency in Santiago.",
     "questions": [{"q": "Where did Pinera declare an emergency?", "answers": True}]},
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
