"""The development sets scored in a child process while the rest of the suite runs beside it.

Scoring every development question with the real models takes about two minutes, mostly on one core; the other
tests leave the second core mostly idle. conftest.py starts the child as soon as tests using the scores are
collected, and runs those tests last. Run as a script, this file is the child.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import index
from index.evaluate import KindScore

# The child imports the engine the suite imported (a worktree's, not the one pip installed in editable mode).
_ENGINE_HOME = str(Path(index.__file__).resolve().parent.parent)

Scores = dict[str, dict[str, KindScore]]
_EVAL = Path(__file__).resolve().parent.parent / "eval"


class BackgroundScoring:
    """Child processes scoring the named sets of eval/, each over its own index of the bundled corpus: two, so that
    both cores score once the other tests are done (with one, the second core idled for the last three minutes)."""

    def __init__(self, names: tuple[str, ...], children: int = 2) -> None:
        shares: list[list[str]] = [[] for _ in range(children)]
        for at, name in enumerate(sorted(names, key=_question_count, reverse=True)):
            shares[at % children].append(name)  # the biggest sets dealt out in turn: shares of about one size
        self._children = [_Child(share) for share in shares if share]

    def scores(self) -> Scores:
        """Every child's scores, waiting for them; a failed child fails the caller with the end of its output."""
        return {name: kinds for child in self._children for name, kinds in child.scores().items()}

    def stop(self) -> None:
        """End the children that still run, and remove their folders unless they failed."""
        for child in self._children:
            child.stop()


def _question_count(name: str) -> int:
    return sum(1 for line in (_EVAL / f"{name}.jsonl").open(encoding="utf-8") if line.strip())


# One thread each: two children with a thread per core each, beside the suite, spun in OpenMP's waits.
_ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


class _Child:
    """One child process scoring some sets of eval/ over its own index of the bundled corpus."""

    def __init__(self, names: list[str]) -> None:
        search_path = os.pathsep.join(filter(None, [_ENGINE_HOME, os.environ.get("PYTHONPATH")]))
        self._folder = Path(tempfile.mkdtemp(prefix="cronista-scores-"))
        self._log = self._folder / "child.log"
        self._failure: str | None = None
        with self._log.open("w") as log:
            self._process = subprocess.Popen(
                [sys.executable, __file__, str(self._folder), *names],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, **_ONE_THREAD, "PYTHONPATH": search_path},
            )

    def scores(self) -> Scores:
        """The child's scores, waiting for it; a failed child fails the caller with the end of its output."""
        if self._failure is None and self._process.wait() != 0:
            tail = self._log.read_text()[-3000:]
            self._failure = f"scoring the development sets failed (exit {self._process.returncode}), see {self._log}"
            raise AssertionError(f"{self._failure}:\n{tail}")
        if self._failure is not None:
            raise AssertionError(self._failure)
        raw = json.loads((self._folder / "scores.json").read_text())
        return {name: {kind: KindScore(**counts) for kind, counts in kinds.items()} for name, kinds in raw.items()}

    def stop(self) -> None:
        """End the child if it still runs, and remove its folder unless it failed (its log is kept to read)."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        if self._failure is None:
            shutil.rmtree(self._folder, ignore_errors=True)


def _score_in_this_process(folder: Path, names: list[str]) -> None:
    from conftest import CORPUS
    from quality_scores import score_sets

    from index.embedding import load_default_embedders
    from index.maintenance import Maintainer
    from index.reader.reader import load_default_reader
    from index.search import Engine

    embedders = load_default_embedders()
    shutil.copytree(CORPUS, folder / "corpus")
    Maintainer(folder / "corpus", folder / "index", embedders).build()
    engine = Engine.open(folder / "index", embedders, load_default_reader())
    scores = score_sets(engine, names)
    as_counts = {name: {kind: dataclasses.asdict(s) for kind, s in kinds.items()} for name, kinds in scores.items()}
    (folder / "scores.json").write_text(json.dumps(as_counts))


def _end_with_the_suite(folder: Path, suite: int) -> None:
    """End this process, and remove its folder, once the suite's process has ended, even killed (this one is then
    handed to another parent). Polling, not reading a pipe: a daemon thread blocked on stdin aborts the interpreter's
    shutdown."""
    while os.getppid() == suite:
        time.sleep(1)
    shutil.rmtree(folder, ignore_errors=True)
    os._exit(1)


if __name__ == "__main__":
    # At the lowest priority, so that it takes only the time the other tests leave idle: at equal priority it slowed
    # the benchmarks and the index builds of the other tests, and the suite took longer than without it (441 s
    # against 377 s; at the lowest, 290 s).
    os.nice(19)
    threading.Thread(target=_end_with_the_suite, args=(Path(sys.argv[1]), os.getppid()), daemon=True).start()
    _score_in_this_process(Path(sys.argv[1]), sys.argv[2:])
