"""Seconds spent per stage of answering (embedding, the vector store, lexical search, reading), for benchmarks."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


class Timings(dict):
    """Seconds spent per stage of answering, accumulated across calls."""

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        """Add the time spent in the `with` block to `stage`."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self[stage] = self.get(stage, 0.0) + time.perf_counter() - start
