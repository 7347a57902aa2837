"""The reader at question time: how likely each passage is to answer the question, not just to mention it.

The trained cross-encoder runs in ONNX Runtime with 8-bit weights (exported once into the cache folder, keyed
by the adapter's hash), a few passages per question; torch is only needed the first time, to export.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from index import lowrank
from index.packaged import packaged_path
from index.reader import network
from index.reader.gloss import reader_question
from index.text import sha256_hex

log = logging.getLogger(__name__)
THREADS = 2


def load_default_reader() -> Reader:
    """The packaged reader, exported to ONNX in the models' cache folder the first time."""
    from index.embedding import default_cache_dir

    return Reader.load(default_cache_dir())


def packaged_adapter() -> Path:
    """The adapter trained from train/ and shipped with the package."""
    return packaged_path("reader")


class PassageReader(Protocol):
    """Anything that says how likely each passage is to answer a question."""

    def score(self, question: str, passages: Sequence[str]) -> np.ndarray:
        """The answer probability of each passage, shape (len(passages),)."""
        ...


class Reader:
    """Scores (question, passage) pairs: the probability that the passage answers the question."""

    def __init__(self, session, tokenizer, tag: str) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._lock = threading.Lock()  # the fast tokenizer is not safe across threads
        self.tag = tag

    @classmethod
    def load(cls, cache_dir: Path, adapter_dir: Path | None = None) -> Reader:
        """The reader for `adapter_dir` (default: the packaged one), exporting it to ONNX on first use."""
        import onnxruntime
        from transformers import AutoTokenizer

        adapter_dir = adapter_dir or packaged_adapter()
        tag = sha256_hex((adapter_dir / "adapter.npz").read_bytes())[:12]
        path = cache_dir / f"reader-{tag}-q8.onnx"
        if not path.exists():
            _export(adapter_dir, path)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = THREADS
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        return cls(session, AutoTokenizer.from_pretrained(str(network.base_model_path())), tag)

    def score(self, question: str, passages: Sequence[str]) -> np.ndarray:
        """The answer probability of each passage for `question`, shape (len(passages),)."""
        if not passages:
            return np.zeros(0, dtype=np.float32)
        question = reader_question(question)
        with self._lock:
            tokens = self._tokenizer(
                [question] * len(passages),
                list(passages),
                truncation="only_second",
                max_length=network.MAX_TOKENS,
                padding=True,
                return_tensors="np",
            )
        feeds = {name: tokens[name].astype(np.int64) for name in ("input_ids", "attention_mask", "token_type_ids")}
        logits = self._session.run(None, feeds)[0]
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


def _export(adapter_dir: Path, path: Path) -> None:
    import torch

    arrays, manifest = lowrank.load_adapter(adapter_dir)
    model = network.build(_rank(arrays), float(manifest["settings"]["alpha"]), arrays)
    sample = {
        "input_ids": torch.tensor([[101, 2040, 102, 2009, 102]]),
        "token_type_ids": torch.tensor([[0, 0, 0, 1, 1]]),
    }
    sample["attention_mask"] = torch.ones_like(sample["input_ids"])
    axes = {0: "batch", 1: "tokens"}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["logit"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "logit": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )
    # 8-bit weights: a question's reading takes about a quarter of the time, with the same decisions (README).
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantized = path.with_name(f".{path.name}.{uuid.uuid4().hex}.q8.tmp")
    try:
        quantize_dynamic(str(tmp), str(quantized), weight_type=QuantType.QInt8)
        os.replace(quantized, path)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("exported the reader to %s", path)


def _rank(arrays: dict[str, np.ndarray]) -> int:
    return next(v.shape[0] for k, v in arrays.items() if k.endswith(".down"))
