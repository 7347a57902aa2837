"""BM25 over term postings: for each term, the passage rows holding it and how often. Plain arrays on disk."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from index.text import lexical_terms

K1 = 1.2
B = 0.75
MAX_COUNT = 255  # term counts are stored in one byte; a word repeated more often gains nothing in BM25


class LexicalIndex:
    """Postings (CSC layout: `pointers[t]:pointers[t+1]` slice `rows` and `counts`) with BM25 scoring."""

    def __init__(
        self,
        vocabulary: list[str],
        pointers: np.ndarray,
        rows: np.ndarray,
        counts: np.ndarray,
        doc_lengths: np.ndarray,
    ) -> None:
        self.vocabulary = vocabulary
        self.term_ids = {term: number for number, term in enumerate(vocabulary)}
        self.pointers, self.rows, self.counts = pointers, rows, counts
        self.doc_lengths = doc_lengths
        passages = len(doc_lengths)
        self.average_length = float(doc_lengths.mean()) if passages else 1.0
        frequency = np.diff(pointers).astype(np.float32)
        self.idf = np.log1p((passages - frequency + 0.5) / (frequency + 0.5)).astype(np.float32)

    @classmethod
    def empty(cls) -> LexicalIndex:
        """An index with no passages."""
        return cls([], np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.uint8), np.zeros(0, np.float32))

    @classmethod
    def from_matrix(cls, vocabulary: list[str], matrix: sparse.spmatrix) -> LexicalIndex:
        """From a passages × terms count matrix."""
        csc = sparse.csc_matrix(matrix)
        csc.sort_indices()
        lengths = np.asarray(csc.sum(axis=1)).ravel().astype(np.float32)
        counts = np.minimum(csc.data, MAX_COUNT).astype(np.uint8)
        return cls(vocabulary, csc.indptr.astype(np.int64), csc.indices.astype(np.int32), counts, lengths)

    def __len__(self) -> int:
        return len(self.doc_lengths)

    def matrix(self) -> sparse.csc_matrix:
        """The passages × terms count matrix (for building a changed index)."""
        return sparse.csc_matrix(
            (self.counts.astype(np.float32), self.rows, self.pointers), shape=(len(self), len(self.vocabulary))
        )

    def with_rows(self, keep: np.ndarray, new_texts: Sequence[str], order: np.ndarray | None = None) -> LexicalIndex:
        """A new index: the kept rows (boolean mask) then rows for `new_texts`, finally permuted by `order`."""
        vocabulary = list(self.vocabulary)
        term_ids = dict(self.term_ids)
        data: list[int] = []
        columns: list[int] = []
        pointers = [0]
        for text in new_texts:
            for term, count in Counter(lexical_terms(text)).items():
                if term not in term_ids:
                    term_ids[term] = len(vocabulary)
                    vocabulary.append(term)
                columns.append(term_ids[term])
                data.append(count)
            pointers.append(len(columns))
        width = len(vocabulary)
        old = self.matrix().tocsr()[np.flatnonzero(keep)] if len(self) else sparse.csr_matrix((0, width))
        old = sparse.csr_matrix((old.data, old.indices, old.indptr), shape=(old.shape[0], width))
        new = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float32), np.asarray(columns, dtype=np.int32), np.asarray(pointers)),
            shape=(len(new_texts), width),
        )
        combined = sparse.vstack([old, new], format="csr", dtype=np.float32)
        if order is not None:
            combined = combined[order]
        return LexicalIndex.from_matrix(vocabulary, combined)

    def query_terms(self, question: str) -> np.ndarray:
        """Ids of the question's terms that occur in the index (each once)."""
        ids = {self.term_ids[t] for t in lexical_terms(question) if t in self.term_ids}
        return np.fromiter(sorted(ids), dtype=np.int64)

    def _posting(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        begin, end = self.pointers[term], self.pointers[term + 1]
        return self.rows[begin:end], self.counts[begin:end]

    def bm25(self, terms: np.ndarray) -> np.ndarray:
        """BM25 score of every row for the given term ids (zeros where no term occurs)."""
        scores = np.zeros(len(self), dtype=np.float32)
        for term in terms:
            rows, counts = self._posting(int(term))
            frequency = counts.astype(np.float32)
            norm = K1 * (1 - B + B * self.doc_lengths[rows] / self.average_length)
            scores[rows] += self.idf[term] * frequency * (K1 + 1) / (frequency + norm)
        return scores

    def coverage(self, question: str, rows: np.ndarray) -> np.ndarray:
        """Share of the question's idf weight whose terms appear in each row (unknown terms count too)."""
        terms = set(lexical_terms(question))
        if not terms or not len(rows):
            return np.zeros(len(rows), dtype=np.float32)
        unknown_weight = float(np.log1p((len(self) + 0.5) / 0.5)) if len(self) else 1.0
        known = [self.term_ids[t] for t in terms if t in self.term_ids]
        total = sum(float(self.idf[t]) for t in known) + unknown_weight * (len(terms) - len(known))
        covered = np.zeros(len(rows), dtype=np.float32)
        for term in known:
            covered += np.isin(rows, self._posting(term)[0]) * self.idf[term]
        return covered / total

    def save(self, folder: Path) -> list[str]:
        """Write the vocabulary (JSON) and the postings (.npy); return the file names."""
        (folder / "lexical_vocabulary.json").write_text(json.dumps(self.vocabulary, ensure_ascii=False))
        arrays = {
            "lexical_pointers": self.pointers,
            "lexical_rows": self.rows,
            "lexical_counts": self.counts,
            "lexical_lengths": self.doc_lengths,
        }
        for name, array in arrays.items():
            np.save(folder / f"{name}.npy", array)
        return ["lexical_vocabulary.json", *(f"{name}.npy" for name in arrays)]

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        """Read an index written by `save`; the postings are memory-mapped (a question reads only its terms')."""
        vocabulary = json.loads((folder / "lexical_vocabulary.json").read_text(encoding="utf-8"))
        rows = np.load(folder / "lexical_rows.npy", mmap_mode="r")
        counts = np.load(folder / "lexical_counts.npy", mmap_mode="r")
        pointers = np.load(folder / "lexical_pointers.npy")
        return cls(vocabulary, pointers, rows, counts, np.load(folder / "lexical_lengths.npy"))


def top_rows(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows of the `k` highest positive scores, best first."""
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return positive[np.argsort(-scores[positive], kind="stable")]
