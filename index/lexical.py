"""BM25 over term postings: for each term, the passage rows holding it and how often. Plain arrays on disk.

Terms are identified by a 64-bit hash, kept sorted, so a million-passage vocabulary costs 8 bytes a term
in memory instead of a Python dictionary of strings.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from index.ondisk import NpyVector
from index.text import lexical_terms, question_terms

K1 = 1.2
B = 0.75
MAX_COUNT = 255  # term counts are stored in one byte; a word repeated more often gains nothing in BM25


def term_hash(term: str) -> int:
    """A stable signed 64-bit id for a term."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


class LexicalIndex:
    """Postings in CSC layout (`pointers[t]:pointers[t+1]` slices `rows` and `counts`) with BM25 scoring."""

    def __init__(
        self,
        term_hashes: np.ndarray,
        pointers: np.ndarray,
        rows: np.ndarray | NpyVector,
        counts: np.ndarray | NpyVector,
        doc_lengths: np.ndarray,
    ) -> None:
        self.term_hashes = term_hashes
        self.pointers, self.rows, self.counts = pointers, rows, counts
        self.doc_lengths = doc_lengths
        passages = len(doc_lengths)
        self.average_length = float(doc_lengths.mean()) if passages else 1.0
        frequency = np.diff(pointers).astype(np.float32)
        self.idf = np.log1p((passages - frequency + 0.5) / (frequency + 0.5)).astype(np.float32)

    @classmethod
    def empty(cls) -> LexicalIndex:
        """An index with no passages."""
        nothing = np.zeros(0, np.int64)
        return cls(
            nothing, np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.uint8), np.zeros(0, np.float32)
        )

    def __len__(self) -> int:
        return len(self.doc_lengths)

    def _matrix(self) -> sparse.csc_matrix:
        shape = (len(self), len(self.term_hashes))
        everything = slice(0, int(self.pointers[-1]))  # the whole postings, read from disk for a loaded index
        return sparse.csc_matrix(
            (self.counts[everything].astype(np.float32), self.rows[everything], self.pointers), shape=shape
        )

    def with_rows(self, keep: np.ndarray, new_texts: Sequence[str], order: np.ndarray | None = None) -> LexicalIndex:
        """A new index: the kept rows (boolean mask) then rows for `new_texts`, finally permuted by `order`."""
        hashes: dict[str, int] = {}
        rows_terms = []
        for text in new_texts:
            counts = Counter(lexical_terms(text))
            rows_terms.append({hashes.setdefault(t, term_hash(t)): c for t, c in counts.items()})
        vocabulary = np.union1d(self.term_hashes, np.fromiter(hashes.values(), dtype=np.int64, count=len(hashes)))
        old = self._matrix().tocsr()[np.flatnonzero(keep)] if len(self) else sparse.csr_matrix((0, 0))
        old_columns = np.searchsorted(vocabulary, self.term_hashes)[old.indices] if old.nnz else old.indices
        old = sparse.csr_matrix((old.data, old_columns, old.indptr), shape=(old.shape[0], len(vocabulary)))
        new = _rows_matrix(rows_terms, vocabulary)
        combined = sparse.vstack([old, new], format="csr", dtype=np.float32)
        if order is not None:
            combined = combined[order]
        csc = combined.tocsc()
        csc.sort_indices()
        lengths = np.asarray(csc.sum(axis=1)).ravel().astype(np.float32)
        counts = np.minimum(csc.data, MAX_COUNT).astype(np.uint8)
        return LexicalIndex(vocabulary, csc.indptr.astype(np.int64), csc.indices.astype(np.int32), counts, lengths)

    def _term_ids(self, terms: Iterable[str]) -> list[int]:
        """Columns of the given terms that occur in the index."""
        ids = []
        for term in set(terms):
            wanted = term_hash(term)
            position = int(np.searchsorted(self.term_hashes, wanted))
            if position < len(self.term_hashes) and self.term_hashes[position] == wanted:
                ids.append(position)
        return sorted(ids)

    def holds_term(self, term: str) -> bool:
        """Whether some passage has the (stemmed) term."""
        return bool(self._term_ids([term]))

    def rows_holding(self, term: str) -> np.ndarray:
        """The rows of the passages that have the (stemmed) term, in row order."""
        found = self._term_ids([term])
        return self._posting_rows(found[0]) if found else np.zeros(0, dtype=np.int32)

    def query_terms(self, question: str) -> np.ndarray:
        """Columns of the question's terms that occur in the index (each once)."""
        return np.array(self._term_ids(question_terms(question)), dtype=np.int64)

    def _posting(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        begin, end = int(self.pointers[term]), int(self.pointers[term + 1])
        return self.rows[begin:end], self.counts[begin:end]

    def _posting_rows(self, term: int) -> np.ndarray:
        return self.rows[int(self.pointers[term]) : int(self.pointers[term + 1])]

    def bm25(self, terms: np.ndarray) -> np.ndarray:
        """BM25 score of every row for the given term columns (zeros where no term occurs)."""
        scores = np.zeros(len(self), dtype=np.float32)
        for term in terms:
            rows, counts = self._posting(int(term))
            frequency = counts.astype(np.float32)
            norm = K1 * (1 - B + B * self.doc_lengths[rows] / self.average_length)
            scores[rows] += self.idf[term] * frequency * (K1 + 1) / (frequency + norm)
        return scores

    def coverage(self, question: str, rows: np.ndarray) -> np.ndarray:
        """Share of the question's idf weight whose terms appear in each row (unknown terms count too)."""
        terms = set(question_terms(question))
        if not terms or not len(rows):
            return np.zeros(len(rows), dtype=np.float32)
        unknown_weight = float(np.log1p((len(self) + 0.5) / 0.5)) if len(self) else 1.0
        known = self._term_ids(terms)
        total = sum(float(self.idf[t]) for t in known) + unknown_weight * (len(terms) - len(known))
        covered = np.zeros(len(rows), dtype=np.float32)
        for term in known:
            holding = self._posting_rows(term)  # sorted rows: a binary search per candidate
            if not len(holding):
                continue  # a term left behind by removed articles
            place = np.minimum(np.searchsorted(holding, rows), len(holding) - 1)
            covered += (holding[place] == rows) * self.idf[term]
        return covered / total

    def save(self, folder: Path) -> None:
        """Write the term hashes and the postings as .npy files."""
        everything = slice(0, int(self.pointers[-1]))
        arrays = {
            "lexical_terms": self.term_hashes,
            "lexical_pointers": self.pointers,
            "lexical_rows": self.rows[everything],
            "lexical_counts": self.counts[everything],
            "lexical_lengths": self.doc_lengths,
        }
        for name, array in arrays.items():
            np.save(folder / f"{name}.npy", array)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        """Read an index written by `save`; postings stay on disk (a question reads only its terms')."""
        rows = NpyVector(folder / "lexical_rows.npy")
        counts = NpyVector(folder / "lexical_counts.npy")
        terms, pointers, lengths = (
            np.load(folder / f"{n}.npy") for n in ("lexical_terms", "lexical_pointers", "lexical_lengths")
        )
        if len(pointers) != len(terms) + 1 or not len(rows) == len(counts) == int(pointers[-1]):
            raise ValueError("the lexical index files do not match each other")
        return cls(terms, pointers, rows, counts, lengths)


def _rows_matrix(rows_terms: list[dict[int, int]], vocabulary: np.ndarray) -> sparse.csr_matrix:
    """A CSR matrix of term counts for new rows, columns placed by term hash."""
    pointers = np.cumsum([0] + [len(r) for r in rows_terms])
    hashes = np.fromiter((h for r in rows_terms for h in r), dtype=np.int64, count=int(pointers[-1]))
    counts = np.fromiter((c for r in rows_terms for c in r.values()), dtype=np.float32, count=int(pointers[-1]))
    columns = np.searchsorted(vocabulary, hashes).astype(np.int32)
    return sparse.csr_matrix((counts, columns, pointers), shape=(len(rows_terms), len(vocabulary)))


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the `k` highest positive scores, best first."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return positive[np.argsort(-scores[positive], kind="stable")]
