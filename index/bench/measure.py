"""Measurements the benchmark prints: latency with its breakdown, recall, memory and disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from index.library import Library
from index.timings import Timings
from index.vectorstore import VectorStore

T = TypeVar("T")


@dataclass
class Latency:
    """Question latency in milliseconds and the share of time per stage."""

    median: float
    p95: float
    shares: dict[str, float]


def timed_from_worker(call: Callable[[str], T], questions: Sequence[str], warmup: int) -> list[tuple[float, T]]:
    """`call` on each question from one worker thread, as the bot asks, after `warmup` untimed calls: the seconds
    and the result of each."""

    def timed(question: str) -> tuple[float, T]:
        start = time.perf_counter()
        result = call(question)
        return time.perf_counter() - start, result

    with ThreadPoolExecutor(1, thread_name_prefix="bench-asker") as asker:
        for question in questions[:warmup]:
            asker.submit(call, question).result()
        return [asker.submit(timed, question).result() for question in questions]


def question_latency(library: Library, questions: list[str], warmup: int = 5) -> Latency:
    """Answer every question once (after a few warm-up ones) from a worker thread, as the bot does, and time it."""

    def ask(question: str) -> Timings:
        timings = Timings()
        library.ask(question, 3, timings)
        return timings

    runs = timed_from_worker(ask, questions, warmup)
    times, stages = [seconds for seconds, _ in runs], Timings()
    for _, timings in runs:
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
