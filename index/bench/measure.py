"""Measurements the benchmark prints: latency with its breakdown, recall, memory and disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.library import Library
from index.search import Timings
from index.vectorstore import VectorStore


@dataclass
class Latency:
    """Question latency in milliseconds and the share of time per stage."""

    median: float
    p95: float
    shares: dict[str, float]


def question_latency(library: Library, questions: list[str], warmup: int = 5) -> Latency:
    """Answer every question once (after a few warm-up ones) from a worker thread, as the bot does, and time it."""

    def timed(question: str) -> tuple[float, Timings]:
        timings = Timings()
        start = time.perf_counter()
        library.ask(question, 3, timings)
        return time.perf_counter() - start, timings

    times, stages = [], Timings()
    with ThreadPoolExecutor(1, thread_name_prefix="bench-asker") as asker:
        for question in questions[:warmup]:
            asker.submit(timed, question).result()
        for question in questions:
            seconds, timings = asker.submit(timed, question).result()
            times.append(seconds)
            for stage, spent in timings.items():
                stages[stage] = stages.get(stage, 0.0) + spent
    total = sum(times)
    shares = {stage: stages.get(stage, 0.0) / total for stage in ("embedding", "vectors", "lexical", "reading")}
    shares["rest"] = max(0.0, 1 - sum(shares.values()))
    milliseconds = np.array(times) * 1000
    return Latency(float(np.median(milliseconds)), float(np.percentile(milliseconds, 95)), shares)


def recall_at_10(store: VectorStore, keys: np.ndarray, exact: np.ndarray, queries: np.ndarray) -> float:
    """Share of the exact ten nearest passages that the store returns among its ten, averaged over queries."""
    found = 0
    for query in queries:
        truth = set(keys[np.argpartition(-(exact @ query), 10)[:10]].tolist())
        _, ids = store.search(query, 10)
        found += len(truth & set(ids.tolist()))
    return found / (10 * len(queries))


def folder_size_mb(folder: Path) -> float:
    """Size of the files under `folder`, in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def memory_of_index(index_dir: Path) -> dict:
    """Resident memory of a fresh process holding the index (see index.bench.memory)."""
    done = subprocess.run(
        [sys.executable, "-m", "index.bench.memory", str(index_dir)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TOKENIZERS_PARALLELISM": "false"},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])
