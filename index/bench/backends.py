"""`python -m index bench --backends`: the files and PostgreSQL backends side by side on one synthetic index.

Both answer from the same in-memory search, so what differs is where the generations live: load time, the
time to add an article (write a generation and make it live) and, for a check, latency and recall after the
PostgreSQL backend rebuilt its vector stores from the database; and how soon a change made through one library
is answered by another on the same index.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from index.backends import open_generations
from index.bench import measure
from index.bench.propagation import CHANGES, propagation_delays
from index.bench.run import REPO, eval_questions, sample_article
from index.bench.synthetic import real_sentences, synthetic_state
from index.errors import UsageError
from index.generations import FilesIndex
from index.library import Library

WATCH_SECONDS = 2.0  # how often the bot polls a shared index (bot.client.SHARED_INDEX_CHECK_SECONDS)


@contextlib.contextmanager
def database(url: str) -> Iterator[str]:
    """`url`, or a throwaway PostgreSQL server with pgvector from the `pgserver` package (a dev dependency)."""
    if url:
        yield url
        return
    try:
        import pgserver
    except ImportError as exc:
        raise UsageError("set DATABASE_URL, or install pgserver (pip install pgserver) for a throwaway server") from exc
    folder = Path(tempfile.mkdtemp(prefix="cronista-bench-pg-"))
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def run_backends(
    size: int = 100_000,
    database_url: str = "",
    embedders=None,
    changes: int = CHANGES,
    question_count: int | None = None,
) -> int:
    """Measure both backends at `size` passages and print one table (`changes` seen by another library each; the
    first `question_count` of eval/'s questions timed, all of them by default)."""
    from index.embedding import load_default_embedders
    from index.reader.reader import load_default_reader

    embedders = embedders or load_default_embedders()
    reader = load_default_reader()
    questions = eval_questions()[:question_count]
    seeds = real_sentences(REPO / "corpus")
    anchors = {name: embedder.embed_passages(seeds) for name, embedder in embedders.items()}
    print(f"building a synthetic index of {size:,} passages…", flush=True)
    state, exact = synthetic_state(seeds, anchors, embedders, size)
    workdir = Path(tempfile.mkdtemp(prefix="cronista-bench-backends-"))
    rows = []
    try:
        with database(database_url) as url:
            for backend in ({"backend": "files"}, {"backend": "postgres", "database_url": url}):
                rows.append(_measure(backend, state, exact, embedders, reader, questions, seeds, workdir, changes))
            hnsw = _hnsw(url, state, embedders, questions)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nBackends at {size:,} passages (the same synthetic index, real questions from eval/, models loaded)")
    print(f"{'backend':<10}{'write':>8}{'load':>8}{'median':>9}{'p95':>9}{'add one':>9}{'seen':>8}  recall@10 vs exact")
    for row in rows:
        recall = ", ".join(f"{n} {r:.3f}" for n, r in row["recall"].items())
        print(
            f"{row['backend']:<10}{row['write']:>7.1f}s{row['load']:>7.1f}s{row['median']:>7.1f}ms"
            f"{row['p95']:>7.1f}ms{row['add']:>8.1f}s{row['seen']:>7.2f}s  {recall}"
        )
    print(
        f"seen: from a change going live to another library on the same index answering from it (median of "
        f"{len(rows[0]['delays'])} changes; it polls every {WATCH_SECONDS:.0f} s, as the bot does a shared index, "
        "and postgres also tells it at once)"
    )
    for row in rows:
        print(f"  {row['backend']}: " + ", ".join(f"{d:.2f} s" for d in row["delays"]))
    print(
        f"\nSearching E5 vectors in PostgreSQL instead (pgvector HNSW, index built in {hnsw['build']:.0f} s"
        f"{'' if hnsw['uses_index'] else ', NOT used by the planner'}), vector search alone:"
    )
    for ef in (40, 100):
        median, p95, recall = hnsw[ef]
        print(f"  ef_search {ef:>3}: median {median:.1f} ms, p95 {p95:.1f} ms, recall@10 {recall:.3f}")
    print(f"  (in memory, the e5 store: median {hnsw['memory'][0]:.2f} ms, p95 {hnsw['memory'][1]:.2f} ms)")
    return 0


def _hnsw(url: str, state, embedders, questions) -> dict:
    """pgvector HNSW search over the E5 vectors the postgres backend stored, beside the in-memory store."""
    from index.bench.pgvector import hnsw_search

    queries = np.vstack([embedders["e5"].embed_query(q) for q in questions[:100]])
    results = hnsw_search(url, embedders["e5"].name, int(embedders["e5"].dim), queries)
    times = []
    for query in queries:
        started = time.perf_counter()
        state.stores["e5"].search(query, 10)
        times.append((time.perf_counter() - started) * 1000)
    results["memory"] = (float(np.median(times)), float(np.percentile(times, 95)))
    return results


def _measure(backend, state, exact, embedders, reader, questions, seeds, workdir: Path, changes: int) -> dict:
    name = backend["backend"]
    index_dir, corpus = workdir / f"index-{name}", workdir / f"corpus-{name}"
    corpus.mkdir()
    print(f"{name}: writing the generation…", flush=True)
    generations = open_generations(index_dir, **backend)
    started = time.perf_counter()
    generations.write(state, FilesIndex.new_generation_name())
    write = time.perf_counter() - started
    library = Library(corpus, index_dir, embedders, reader, **backend)
    started = time.perf_counter()
    loaded = library.engine.state
    load = time.perf_counter() - started
    latency = measure.question_latency(library, questions)
    recall = {}
    for channel, store in loaded.stores.items():
        queries = np.vstack([embedders[channel].embed_query(q) for q in questions[:100]])
        recall[channel] = measure.recall_at_10(store, loaded.keys, exact[channel], queries)
    started = time.perf_counter()
    library.add([("new-article.md", sample_article(seeds))], who="benchmark")
    add = time.perf_counter() - started
    print(f"{name}: changes seen by another library…", flush=True)
    other = Library(
        corpus, index_dir if name == "files" else workdir / f"index-{name}-other", embedders, reader, **backend
    )
    delays = propagation_delays(library, other, backend, seeds, WATCH_SECONDS, changes)
    return {
        "backend": name,
        "write": write,
        "load": load,
        "median": latency.median,
        "p95": latency.p95,
        "recall": recall,
        "add": add,
        "seen": float(np.median(delays)),
        "delays": delays,
    }
