"""`python -m bot.bench`: the bot's own figures, start-up to ready and the event loop with 50 questions in flight.

The engine's figures (latency, recall, memory, changes) come from `python -m index bench`; this measures what
the Discord adapter adds, through the same public functions the commands use.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.cogs.ask import answer_embeds
from bot.service import AnswerService
from bot.settings import BotSettings
from index.bench.run import REPO, Report, eval_questions, seed_sentences
from index.bench.synthetic import synthetic_state

CONCURRENT_QUESTIONS = 50
FULL_SIZE, QUICK_SIZE = 100_000, 300


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


async def concurrent_answers(service: AnswerService, settings: BotSettings, questions: list[str]) -> tuple[int, float]:
    """Answer all questions at once as the ask commands do; how many were answered and the worst loop stall (s)."""
    loop = asyncio.get_running_loop()
    worst, running = 0.0, True

    async def watch() -> None:
        nonlocal worst
        while running:
            before = loop.time()
            await asyncio.sleep(0.01)
            worst = max(worst, loop.time() - before - 0.01)

    watcher = asyncio.create_task(watch())
    pages = (answer_embeds(service, settings, q) for q in questions)
    results = await asyncio.gather(*pages, return_exceptions=True)
    running = False
    await watcher
    return sum(1 for r in results if not isinstance(r, BaseException)), worst


def run(quick: bool = False, embedders=None) -> int:
    """Print the bot's figures and whether they meet their targets (tiny sizes with `quick`)."""
    from index.embedding import load_default_embedders
    from index.library import Library
    from index.reader.reader import load_default_reader

    logging.getLogger("discord").setLevel(logging.ERROR)
    report = Report()
    embedders = embedders or load_default_embedders()
    workdir = Path(tempfile.mkdtemp(prefix="cronista-bot-bench-"))
    try:
        corpus, index_dir = workdir / "corpus", workdir / "index"
        articles = sorted(path for path in (REPO / "corpus").iterdir() if path.is_file())
        articles = articles[:1] if quick else articles  # a smoke run needs a start-up, not the full build
        corpus.mkdir()
        for article in articles:
            shutil.copy2(article, corpus / article.name)
        started = time.perf_counter()
        Library(corpus, index_dir, embedders).build(who="benchmark")
        first_build = time.perf_counter() - started
        ready = start_up_seconds(corpus, index_dir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report.line(
        f"Start-up: python -m bot to ready (models and index loaded, first answer given): {ready:.1f} s "
        f"(building the index of its {len(articles)} articles the first time adds "
        f"{first_build:.0f} s)"
    )
    report.target("start-up to ready", ready, 10, "s")

    size = QUICK_SIZE if quick else FULL_SIZE
    seeds = seed_sentences(quick)
    anchors = {name: embedder.embed_passages(seeds) for name, embedder in embedders.items()}
    state, _ = synthetic_state(seeds, anchors, embedders, size)
    service = AnswerService(Library.serving(state, embedders, reader=load_default_reader()))
    settings = BotSettings(_env_file=None, discord_token=None)
    questions = eval_questions()
    batch = [questions[i % len(questions)] for i in range(CONCURRENT_QUESTIONS)]

    async def go() -> tuple[int, float, float]:
        started = time.perf_counter()
        answered, stall = await concurrent_answers(service, settings, batch)
        return answered, stall, time.perf_counter() - started

    try:
        answered, stall, seconds = asyncio.run(go())
    finally:
        service.close()
    report.line(
        f"\nConcurrency: {CONCURRENT_QUESTIONS} questions at once through the bot's code path "
        f"({size:,} passages): {answered} answered in {seconds:.1f} s; longest event-loop stall "
        f"{stall * 1000:.0f} ms"
    )
    report.target("longest event-loop stall with 50 questions in flight", stall * 1000, 100, "ms")
    if answered < CONCURRENT_QUESTIONS:
        report.checks.append((False, f"{CONCURRENT_QUESTIONS - answered} of {CONCURRENT_QUESTIONS} questions failed"))
    report.finish()
    return 0


def main() -> int:
    """Command line: `python -m bot.bench [--quick]`."""
    parser = argparse.ArgumentParser(prog="bot.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    return run(quick=parser.parse_args().quick)


if __name__ == "__main__":
    raise SystemExit(main())
