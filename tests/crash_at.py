"""Fault script: run one change against a corpus and index folder and SIGKILL this process at a given step.

    python tests/crash_at.py STEP ACTION CORPUS_DIR INDEX_DIR [FILE]

STEP is where the process dies:
  after-corpus   the corpus folder holds the change, the new generation is not written yet
  after-staging  the new generation's files are in a staging folder, not yet renamed into place
  before-swap    the new generation is complete on disk, CURRENT still names the old one
  after-swap     CURRENT names the new generation, its history entry is not written yet
ACTION is `add` (FILE is added) or `remove` (FILE is the article id) or `rollback`. Uses the fake embedders
of tests/conftest.py, so it needs no model; tests/test_crash_recovery.py runs it for every step.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent)]  # tests, then this checkout

from conftest import FakeEmbedder  # noqa: E402

import index.generations  # noqa: E402
import index.maintenance  # noqa: E402
from index.journal import Journal  # noqa: E402
from index.storage import IndexFolder  # noqa: E402


def die(*args, **kwargs) -> None:
    """Stop like a power cut: no clean-up, no exception handler runs."""
    os.kill(os.getpid(), signal.SIGKILL)


def arm(step: str) -> None:
    """Make the process die at `step`."""
    if step == "after-corpus":
        Journal.corpus_written = die
    elif step == "after-staging":
        save_state = index.generations.save_state

        def save_then_die(state, folder):
            save_state(state, folder)
            die()

        index.generations.save_state = save_then_die
    elif step == "before-swap":
        IndexFolder.set_current = die
    elif step == "after-swap":
        Journal.finish = die
    else:
        raise SystemExit(f"unknown step {step!r}")


def main(step: str, action: str, corpus: str, index_dir: str, item: str = "") -> None:
    """Run the change; return normally only if the step was never reached."""
    embedders = {"minilm": FakeEmbedder("fake-minilm"), "e5": FakeEmbedder("fake-e5")}
    maintainer = index.maintenance.Maintainer(Path(corpus), Path(index_dir), embedders)
    arm(step)
    if action == "add":
        maintainer.add([(Path(item).name, Path(item).read_bytes())], who="fault script")
    elif action == "remove":
        maintainer.remove([item], who="fault script")
    else:
        maintainer.rollback(who="fault script")


if __name__ == "__main__":
    main(*sys.argv[1:])
