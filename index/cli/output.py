"""What every sub-command shares: JSON output, a progress bar, and how the history names a terminal user."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def print_json(data: object) -> None:
    """One JSON document on one line."""
    print(json.dumps(data, ensure_ascii=False))


def who() -> str:
    """How the history names a change made from a terminal."""
    import getpass

    return f"{getpass.getuser()} (command line)"


@contextmanager
def progress(label: str) -> Iterator:
    """A progress bar on a terminal, nothing when output is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(desc=label, unit=" passages", file=sys.stderr) as bar:
        yield bar.update
