"""BM25 over a sparse term-frequency matrix: rows are passages, saved as plain arrays, grown incrementally."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from index.text import lexical_terms

K1 = 1.2
B = 0.75


class LexicalIndex:
    """Term frequencies per passage row, with BM25 scoring and idf-weighted query coverage."""

    def __init__(self, vocabulary: list[str], matrix: sparse.csc_matrix) -> None:
        self.vocabulary = vocabulary
        self.term_ids = {term: number for number, term in enumerate(vocabulary)}
        self.matrix = matrix.tocsc()
        self._refresh_statistics()

    @classmethod
    def empty(cls) -> LexicalIndex:
        """An index with no passages."""
        return cls([], sparse.csc_matrix((0, 0), dtype=np.float32))

    def __len__(self) -> int:
        return self.matrix.shape[0]

    def _refresh_statistics(self) -> None:
        rows = self.matrix.shape[0]
        self.doc_lengths = np.asarray(self.matrix.sum(axis=1)).ravel().astype(np.float32)
        self.average_length = float(self.doc_lengths.mean()) if rows else 1.0
        document_frequency = np.diff(self.matrix.indptr).astype(np.float32)
        self.idf = np.log1p((rows - document_frequency + 0.5) / (document_frequency + 0.5)).astype(np.float32)

    def with_rows(self, keep: np.ndarray, new_texts: Sequence[str]) -> LexicalIndex:
        """A new index holding the kept rows (boolean mask, in order) followed by rows for `new_texts`."""
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
        old = self.matrix.tocsr()[np.flatnonzero(keep)] if len(self) else sparse.csr_matrix((0, 0))
        old = sparse.csr_matrix((old.data, old.indices, old.indptr), shape=(old.shape[0], width))
        new = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float32), np.asarray(columns, dtype=np.int32), np.asarray(pointers)),
            shape=(len(new_texts), width),
        )
        return LexicalIndex(vocabulary, sparse.vstack([old, new], format="csr", dtype=np.float32).tocsc())

    def query_terms(self, question: str) -> np.ndarray:
        """Ids of the question's terms that occur in the index (each once)."""
        ids = {self.term_ids[t] for t in lexical_terms(question) if t in self.term_ids}
        return np.fromiter(sorted(ids), dtype=np.int64)

    def bm25(self, terms: np.ndarray) -> np.ndarray:
        """BM25 score of every row for the given term ids (zeros where no term occurs)."""
        scores = np.zeros(len(self), dtype=np.float32)
        for term in terms:
            begin, end = self.matrix.indptr[term], self.matrix.indptr[term + 1]
            rows = self.matrix.indices[begin:end]
            frequency = self.matrix.data[begin:end]
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
        if not known:
            return np.zeros(len(rows), dtype=np.float32)
        present = self.matrix[:, known][rows].toarray() > 0
        return (present @ self.idf[known]).astype(np.float32) / total

    def save(self, folder: Path) -> list[str]:
        """Write the vocabulary (JSON) and the matrix arrays (.npy); return the file names."""
        (folder / "lexical_vocabulary.json").write_text(json.dumps(self.vocabulary, ensure_ascii=False))
        np.save(folder / "lexical_indptr.npy", self.matrix.indptr.astype(np.int64))
        np.save(folder / "lexical_indices.npy", self.matrix.indices.astype(np.int32))
        np.save(folder / "lexical_counts.npy", self.matrix.data.astype(np.float32))
        return ["lexical_vocabulary.json", "lexical_indptr.npy", "lexical_indices.npy", "lexical_counts.npy"]

    @classmethod
    def load(cls, folder: Path, rows: int) -> LexicalIndex:
        """Read an index written by `save` holding `rows` passages."""
        vocabulary = json.loads((folder / "lexical_vocabulary.json").read_text())
        matrix = sparse.csc_matrix(
            (
                np.load(folder / "lexical_counts.npy"),
                np.load(folder / "lexical_indices.npy"),
                np.load(folder / "lexical_indptr.npy"),
            ),
            shape=(rows, len(vocabulary)),
        )
        return cls(vocabulary, matrix)


def top_rows(scores: np.ndarray, k: int, candidates: Iterable[int] | None = None) -> np.ndarray:
    """Rows of the `k` highest positive scores, best first."""
    positive = np.flatnonzero(scores > 0)
    if candidates is not None:
        positive = np.intersect1d(positive, np.fromiter(candidates, dtype=np.int64))
    if len(positive) > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return positive[np.argsort(-scores[positive], kind="stable")]
