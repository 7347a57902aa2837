"""How soon a change made through one library is answered by another on the same index (another bot process):
from the moment the change is live to the moment the other library answers from it."""

from __future__ import annotations

import threading
import time

from index.backends import open_generations
from index.library import Library

CHANGES = 3
SETTLE_SECONDS = 1.0  # between changes, so that each starts with the other library idle
GIVE_UP_SECONDS = 120.0


def change_article(seeds: list[str], number: int) -> bytes:
    """A short article unlike any other this benchmark adds (its `number` picks its sentences)."""
    body = " ".join(seeds[(7 * number + offset) % len(seeds)] for offset in range(6))
    return (
        f"---\ntitle: A change the other process must see, number {number}\nsource: Bench\n"
        f"published: 2019-05-02\n---\n{body}\n"
    ).encode()


def propagation_delays(
    writer: Library, other: Library, backend: dict, seeds: list[str], every_seconds: float, changes: int = CHANGES
) -> list[float]:
    """Seconds from each of `changes` additions through `writer` going live to `other` answering from it, while
    `other` watches as the bot does (polling every `every_seconds`, and told at once where the backend can)."""
    other.engine  # noqa: B018 (loaded before the change, as a running bot's index is)
    clock = open_generations(writer.index_dir, **backend)  # reads the live generation independently of both
    watch = other.watch(every_seconds)
    delays = []
    try:
        for number in range(changes):
            if number:
                time.sleep(SETTLE_SECONDS)
            before = other.engine.generation
            files = [(f"change-{number}.md", change_article(seeds, number))]
            change = threading.Thread(target=writer.add, args=(files,), kwargs={"who": "benchmark"})
            change.start()
            live_at = seen_at = None
            deadline = time.monotonic() + GIVE_UP_SECONDS
            while seen_at is None:
                now = time.perf_counter()
                if live_at is None and clock.pointer_name() != before:
                    live_at = now
                if other.engine.generation != before:
                    seen_at = now
                if time.monotonic() > deadline:
                    raise RuntimeError("the other library never answered from the changed index")
                time.sleep(0.01)
            change.join()
            delays.append(seen_at - (live_at if live_at is not None else seen_at))
    finally:
        watch.stop()
    return delays
