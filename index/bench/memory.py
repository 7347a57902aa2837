"""Run in a fresh process: resident memory and load time of one index (`python -m index.bench.memory DIR`)."""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

import psutil


def main(index_dir: str) -> None:
    """Print JSON: RSS before and after loading the index (models loaded first), and the load time."""
    process = psutil.Process()
    start = time.perf_counter()
    from index.embedding import load_default_embedders
    from index.generation_files import release_freed_memory
    from index.library import Library

    embedders = load_default_embedders()
    for embedder in embedders.values():  # the models' first runs allocate their working buffers
        embedder.embed_query("warm-up question about the models, not the index")
    models_ready = time.perf_counter()
    gc.collect()
    release_freed_memory()  # the same trim the index load does, so the baseline is comparable
    before = process.memory_info().rss
    library = Library(None, Path(index_dir), embedders)
    library.engine  # noqa: B018 (the load being measured)
    loaded = time.perf_counter()
    gc.collect()
    after_load = process.memory_info().rss
    # Forty varied questions: what answering allocates and keeps counts too (the working set).
    for question in _questions()[:40]:
        library.ask(question)
    gc.collect()
    after = process.memory_info().rss
    print(
        json.dumps(
            {
                "rss_models_mb": before / 1e6,
                "rss_total_mb": after / 1e6,
                "index_mb": (after - before) / 1e6,
                "index_loaded_mb": (after_load - before) / 1e6,
                "models_seconds": models_ready - start,
                "index_load_seconds": loaded - models_ready,
            }
        )
    )


def _questions() -> list[str]:
    from index.evaluate import load_questions

    folder = Path(__file__).resolve().parents[2] / "eval"
    return [item["q"] for path in sorted(folder.glob("*.jsonl")) for item in load_questions(path)]


if __name__ == "__main__":
    main(sys.argv[1])
