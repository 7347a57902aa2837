"""Measurements the benchmark prints: latency with its breakdown, recall, memory, start-up, event-loop lag."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.search import Engine, Timings
from index.vectorstore import VectorStore


@dataclass
class Latency:
    """Question latency in milliseconds and the share of time per stage."""

    median: float
    p95: float
    shares: dict[str, float]


def question_latency(engine: Engine, questions: list[str], warmup: int = 5) -> Latency:
    """Answer every question once (after a few warm-up ones) and time it."""
    for question in questions[:warmup]:
        engine.ask(question)
    times, stages = [], Timings()
    for question in questions:
        timings = Timings()
        start = time.perf_counter()
        engine.ask(question, 3, timings)
        times.append(time.perf_counter() - start)
        for stage, seconds in timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    total = sum(times)
    shares = {stage: stages.get(stage, 0.0) / total for stage in ("embedding", "vectors", "lexical")}
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


def start_up_seconds(corpus_dir: Path, index_dir: Path) -> float:
    """Wall time from launching `python -m bot` (no token) to the sample answer, the bot's "ready"."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "CORPUS_DIR": str(corpus_dir), "INDEX_DIR": str(index_dir), "DISCORD_TOKEN": ""},
    )
    return time.perf_counter() - start


async def concurrent_answers(answer: Callable[[str], Awaitable[object]], questions: list[str]) -> tuple[int, float]:
    """Run all questions at once through `answer`; return how many were answered and the worst loop stall (s)."""
    loop = asyncio.get_running_loop()
    worst, running = 0.0, True

    async def watch() -> None:
        nonlocal worst
        while running:
            before = loop.time()
            await asyncio.sleep(0.01)
            worst = max(worst, loop.time() - before - 0.01)

    watcher = asyncio.create_task(watch())
    results = await asyncio.gather(*(answer(q) for q in questions), return_exceptions=True)
    running = False
    await watcher
    answered = sum(1 for r in results if not isinstance(r, BaseException))
    return answered, worst
