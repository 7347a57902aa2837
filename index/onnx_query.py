"""MiniLM's forward pass for single questions in ONNX Runtime: the same vectors as torch, much less overhead."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import uuid
import warnings
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
MAX_TOKENS = 256
QUERY_THREADS = 2  # measured: a median question takes 4.6 ms on two threads, 7.5 ms on one
CHECK_TEXT = "Who leads SEBIN, Venezuela's intelligence service?"


class OnnxQueryEncoder:
    """Mean-pooled, normalised MiniLM vectors from an ONNX export of the sentence-transformers model."""

    def __init__(self, session, tokenizer) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._lock = threading.Lock()  # the tokenizer is not thread-safe

    @classmethod
    def create(cls, model, cache_dir: Path, variant: str = "") -> OnnxQueryEncoder | None:
        """Export (once, cached, per `variant` of the weights) and load the encoder; None if ONNX Runtime is
        missing or the export differs."""
        try:
            import onnxruntime
        except ImportError:
            return None
        try:
            path = _exported(model, cache_dir, variant)
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = QUERY_THREADS
            options.inter_op_num_threads = 1
            # Idle threads must sleep, not spin: E5 runs right after on the same two cores (spinning made the
            # two models together take 40 ms instead of 16).
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            encoder = cls(session, model.tokenizer)
            reference = model.encode(CHECK_TEXT, normalize_embeddings=True)
            if float(np.abs(encoder.encode(CHECK_TEXT) - reference).max()) > 1e-4:
                log.warning("the ONNX copy of MiniLM disagrees with torch; using torch for questions")
                return None
            return encoder
        except Exception:  # any export or runtime problem: the torch path still works
            log.warning("could not prepare the fast question encoder; using torch", exc_info=True)
            return None

    def encode(self, text: str) -> np.ndarray:
        """The question's vector, shape (384,)."""
        return self.encode_many([text])[0]

    def encode_many(self, texts: list[str]) -> np.ndarray:
        """Vectors of a few short texts in one pass (padded together), shape (len(texts), 384)."""
        with self._lock:
            tokens = self._tokenizer(texts, return_tensors="np", truncation=True, max_length=MAX_TOKENS, padding=True)
        feeds = {name: tokens[name].astype(np.int64) for name in ("input_ids", "attention_mask", "token_type_ids")}
        hidden = self._session.run(None, feeds)[0]
        mask = feeds["attention_mask"][..., None].astype(np.float32)
        vectors = (hidden * mask).sum(axis=1) / mask.sum(axis=1)
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def _exported(model, cache_dir: Path, variant: str) -> Path:
    """The ONNX file for `model`, exported into `cache_dir` the first time (written atomically); `variant` names
    weights changed after loading (the file's first megabyte would not tell them apart)."""
    weights = Path(model[0].auto_model.name_or_path) / "model.safetensors"
    if weights.exists():
        with open(weights, "rb") as handle:
            tag = hashlib.sha256(handle.read(1_000_000)).hexdigest()[:12]
    else:
        tag = "model"
    path = cache_dir / (f"minilm-{tag}-{variant}.onnx" if variant else f"minilm-{tag}.onnx")
    if path.exists():
        return path
    import torch

    cache_dir.mkdir(parents=True, exist_ok=True)
    network = model[0].auto_model.eval()

    class Forward(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.network = network

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.network(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    sample = model.tokenizer(["a sample question"], return_tensors="pt")
    axes = {0: "batch", 1: "tokens"}
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Forward(),
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["hidden"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "hidden": axes},
            opset_version=17,
            dynamo=False,
        )
    os.replace(tmp, path)
    log.info("exported MiniLM to %s for fast questions", path)
    return path
