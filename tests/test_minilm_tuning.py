"""MiniLM tuned on train/: what it is trained on, how its batches are drawn, and how the adapter reaches the model."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from index.minilm_adapter import adapter_tag, load, merge_into
from index.minilm_tuning import Pair, answered_pairs, batches

RECORDS = [
    {
        "topic": "Peru Castillo removal",
        "passage": "Peru's Congress voted 101-6 to remove President Pedro Castillo and swore in Dina Boluarte.",
        "questions": [
            {"q": "How many lawmakers voted to remove Castillo?", "answers": True},
            {"q": "Where was Pedro Castillo detained?", "answers": False},
            {"q": "¿Quién es la primera presidenta de Perú?", "answers": True},
        ],
    },
    {
        "topic": "Bolivia 2019",
        "passage": "Evo Morales resigned on Sunday.",
        "questions": [{"q": "when did evo morales resign", "answers": True}],
    },
]


def test_training_uses_only_the_english_questions_that_their_passage_answers(tmp_path):
    path = tmp_path / "reader_x.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    pairs = answered_pairs([path])
    assert [(p.question, p.topic) for p in pairs] == [
        ("How many lawmakers voted to remove Castillo?", "peru castillo removal"),
        ("when did evo morales resign", "bolivia 2019"),
    ]


def test_no_batch_holds_two_pairs_of_one_topic_and_no_pair_is_used_twice_an_epoch():
    # Another passage about the same event may answer the question too; in one batch it would be taught as wrong.
    pairs = [Pair(f"q{i}", f"p{i}", f"topic {i % 10}") for i in range(100)]
    drawn = batches(pairs, 8, random.Random(0))
    assert all(len({p.topic for p in batch}) == len(batch) for batch in drawn)
    used = [p.question for batch in drawn for p in batch]
    assert len(used) == len(set(used)) and len(used) >= 90
    assert max(len(batch) for batch in drawn) == 8


def test_the_adapter_adds_its_scaled_low_rank_delta_to_each_layer():
    import torch
    from transformers import AutoModel

    from index.reader.network import base_model_path

    bert = AutoModel.from_pretrained(str(base_model_path()))
    before = bert.encoder.layer[2].attention.self.query.weight.detach().clone()
    untouched = bert.encoder.layer[3].attention.self.query.weight.detach().clone()
    rng = np.random.default_rng(0)
    down, up = rng.normal(size=(4, 384)).astype(np.float32), rng.normal(size=(384, 4)).astype(np.float32)
    arrays = {"encoder.layer.2.attention.self.query.down": down, "encoder.layer.2.attention.self.query.up": up}
    merge_into(bert, arrays, {"settings": {"rank": 4, "alpha": 8.0}})
    after = bert.encoder.layer[2].attention.self.query.weight.detach()
    assert torch.allclose(after - before, torch.from_numpy(up @ down * 2.0), atol=1e-4)
    assert torch.equal(bert.encoder.layer[3].attention.self.query.weight.detach(), untouched)
    wrong = {"encoder.layer.2.intermediate.dense.down": down, "encoder.layer.2.intermediate.dense.up": up}
    with pytest.raises(ValueError, match="does not fit"):
        merge_into(bert, wrong, {"settings": {"rank": 4, "alpha": 8.0}})


def test_a_tuned_minilm_names_its_adapter_and_keeps_its_fast_question_path(tmp_path, real_embedders):
    from index.embedding import MiniLMEmbedder
    from index.lowrank import save_adapter

    rng = np.random.default_rng(1)
    arrays = {
        "encoder.layer.0.intermediate.dense.down": rng.normal(scale=0.05, size=(2, 384)).astype(np.float32),
        "encoder.layer.0.intermediate.dense.up": rng.normal(scale=0.05, size=(1536, 2)).astype(np.float32),
    }
    save_adapter(tmp_path / "adapter", arrays, {"settings": {"rank": 2, "alpha": 4.0}})
    tuned = MiniLMEmbedder(cache_dir=tmp_path / "cache", adapter_dir=tmp_path / "adapter")
    # The adapter's hash is in the model's name, so an index built with other vectors is rebuilt, not mixed.
    assert tuned.name.endswith(f"+ adapter {adapter_tag(load(tmp_path / 'adapter')[0])}")
    assert real_embedders["minilm"].name != tuned.name
    # Questions go through an ONNX copy of the tuned weights, not a stale copy of the packaged ones.
    question = "who runs Venezuela's intelligence agency"
    assert tuned._fast is not None
    assert np.abs(tuned.embed_query(question) - tuned._model.encode(question, normalize_embeddings=True)).max() < 1e-4
    assert np.abs(tuned.embed_query(question) - real_embedders["minilm"].embed_query(question)).max() > 1e-3


def test_a_changed_adapter_gets_its_own_onnx_copy(tmp_path):
    from index.onnx_query import _exported

    class Model:  # just enough of a SentenceTransformer for the cache path; the files already exist
        def __getitem__(self, index):
            return type("Module", (), {"auto_model": type("Auto", (), {"name_or_path": str(tmp_path)})()})()

    for name in ("minilm-model.onnx", "minilm-model-aaa.onnx", "minilm-model-bbb.onnx"):
        (tmp_path / name).write_bytes(b"")
    paths = {_exported(Model(), tmp_path, variant) for variant in ("", "aaa", "bbb")}
    assert len(paths) == 3


def test_the_merged_weights_compute_what_training_computed():
    # A delta transposed or scaled differently at load than in training would ship a model nobody trained.
    import torch
    from transformers import AutoModel

    from index.lowrank import attach
    from index.reader.network import adapter_arrays, base_model_path

    torch.manual_seed(0)
    trained = AutoModel.from_pretrained(str(base_model_path())).eval()
    for parameter in trained.parameters():
        parameter.requires_grad_(False)  # as fit freezes MiniLM before attaching the deltas
    layers = attach(trained, 2, 4.0)
    with torch.no_grad():
        for layer in layers.values():
            layer.up.normal_(std=0.05)
    arrays = adapter_arrays(trained)
    merged = AutoModel.from_pretrained(str(base_model_path())).eval()
    merge_into(merged, arrays, {"settings": {"rank": 2, "alpha": 4.0}})
    tokens = {"input_ids": torch.tensor([[101, 2040, 5260, 1055, 2795, 102]])}
    tokens["attention_mask"] = torch.ones_like(tokens["input_ids"])
    with torch.no_grad():
        expected, got = trained(**tokens).last_hidden_state, merged(**tokens).last_hidden_state
    base = AutoModel.from_pretrained(str(base_model_path())).eval()(**tokens).last_hidden_state
    assert not torch.allclose(expected, base, atol=1e-3)
    assert torch.allclose(expected, got, atol=1e-4)


def test_an_everyday_question_near_a_training_question_counts_as_a_wrong_answer():
    # Tuning without them drew in-scope questions towards everyday ones, and the off-topic judge declined more.
    import torch

    from index.minilm_tuning import batch_loss

    questions = torch.nn.functional.normalize(torch.tensor([[1.0, 0.2, 0.0], [0.0, 1.0, 0.3]]), dim=-1)
    passages = torch.nn.functional.normalize(torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), dim=-1)
    far = torch.nn.functional.normalize(torch.tensor([[0.0, 0.0, 1.0]]), dim=-1)
    alone = float(batch_loss(questions, passages, passages[:0], 20.0))
    assert alone < 0.01  # each question's own passage is the one picked
    assert float(batch_loss(questions, passages, questions[:1], 20.0)) > alone + 0.3
    assert float(batch_loss(questions, passages, far, 20.0)) < alone + 0.01


def test_the_shipped_adapter_was_trained_on_train_and_the_background_as_they_are(real_embedders):
    # An edited training file, background question or training setting leaves the shipped vectors stale without a
    # word; retrain with `python -m index train-embedder --to index/data/minilm`.
    from dataclasses import asdict
    from pathlib import Path

    from index.background import background_hash
    from index.minilm_adapter import packaged_folder
    from index.minilm_tuning import Settings, training_files
    from index.text import sha256_hex

    manifest = json.loads((packaged_folder() / "manifest.json").read_text(encoding="utf-8"))
    files = training_files(Path(__file__).parent.parent / "train")
    assert manifest["training_files"] == {path.name: sha256_hex(path.read_bytes()) for path in files}
    assert manifest["background_questions"] == background_hash()
    assert manifest["settings"] == asdict(Settings())
    # The engine's MiniLM is this adapter's.
    assert real_embedders["minilm"].name.endswith(f"+ adapter {adapter_tag(load()[0])}")


def test_training_puts_the_drawn_background_questions_into_every_batchs_loss(monkeypatch):
    import index.minilm_tuning as tuning

    seen, loss = [], tuning.batch_loss

    def recording(questions, passages, everyday, scale):
        seen.append((len(questions), len(everyday)))
        return loss(questions, passages, everyday, scale)

    monkeypatch.setattr(tuning, "batch_loss", recording)
    pairs = [Pair(f"who leads group {i}", f"Group {i} is led by person {i}.", f"t{i}") for i in range(4)]
    tuning.fit(pairs, tuning.Settings(epochs=1, batch=2, background=3, max_tokens=16))
    assert seen == [(2, 3), (2, 3)]
