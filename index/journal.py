"""A change's intent, written to the index folder before the change touches the corpus, so that a change cut
short (a crash, `kill -9`, a full disk) is finished or undone by the next command or start-up.

The order of a change: back up the corpus files it will touch, write `journal.json` (phase "corpus"), change
the corpus folder, mark the journal phase "index", write the new generation and swap `CURRENT`, record the
history entry, delete the journal. Recovery then knows which side of the swap the crash fell on:
- `CURRENT` already names the journal's generation, or the corpus was fully written and the generation is
  complete on disk: the change is finished (swapped in if needed) and its history entry written;
- otherwise the corpus files are put back as they were, the unfinished generation deleted, and the history
  says the change was undone.
Staging folders of unfinished generations are deleted either way.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

from index.durable import fsync_dir, write_atomic
from index.errors import ChangeInProgressError
from index.storage import IndexFolder

log = logging.getLogger(__name__)


def recover_if_idle(folder: IndexFolder, corpus_dir: Path) -> str | None:
    """Finish or undo an interrupted change unless a change is running now (then it is not interrupted)."""
    if not folder.root.is_dir():
        return None
    try:
        with folder.locked():
            return Journal(folder, corpus_dir).recover()
    except ChangeInProgressError:
        return None


class Journal:
    """The journal of one index folder, over one corpus folder; use it with the folder's lock held."""

    def __init__(self, folder: IndexFolder, corpus_dir: Path) -> None:
        self.folder = folder
        self.corpus_dir = corpus_dir
        self.file = folder.root / "journal.json"
        self.backups = folder.root / "journal-backups"

    def begin(self, entry: dict, generation: str, touched: Iterable[Path], new_generation: bool = True) -> None:
        """Record the intent: the history `entry` the change will write, the generation it will make live and
        a copy of every corpus file in `touched` (None for a file that does not exist yet)."""
        shutil.rmtree(self.backups, ignore_errors=True)
        self.backups.mkdir(parents=True)
        files: dict[str, str | None] = {}
        for number, path in enumerate(dict.fromkeys(touched)):
            if path.exists():
                backup = self.backups / f"{number}"
                shutil.copyfile(path, backup)
                with open(backup, "rb") as handle:
                    os.fsync(handle.fileno())
                files[path.name] = backup.name
            else:
                files[path.name] = None
        fsync_dir(self.backups)
        entry = {**entry, "change": uuid.uuid4().hex, "generation": generation}
        self._write({"phase": "corpus", "new_generation": new_generation, "entry": entry, "files": files})

    def corpus_written(self) -> None:
        """The corpus folder holds the change: from now on an interruption is finished, not undone."""
        intent = self._read()
        self._write({**intent, "phase": "index"})

    def finish(self) -> dict:
        """The change is live: record its history entry and forget the journal. Returns the entry."""
        entry = self._read()["entry"]
        self.folder.record(entry)
        self._clear()
        return entry

    def undo(self) -> None:
        """Put the corpus back as it was and delete the change's generation (it never went live)."""
        intent = self._read()
        self._restore(intent)
        self._clear()

    def recover(self) -> str | None:
        """Finish or undo a change that was cut short, and delete unfinished staging folders; a sentence saying
        what was done, or None when there was nothing to do."""
        self.folder.remove_unfinished()
        if not self.file.exists():
            shutil.rmtree(self.backups, ignore_errors=True)  # a crash before the journal was written
            return None
        try:
            intent = self._read()
        except (OSError, ValueError):
            log.warning("the journal %s is unreadable; it was written only partly and is removed", self.file)
            self._clear()
            return None
        entry, generation = intent["entry"], intent["entry"]["generation"]
        live = self._live_name()
        if live == generation or (intent["phase"] == "index" and self._complete(generation)):
            if live != generation:
                self.folder.set_current(generation)
            if not any(e.get("change") == entry["change"] for e in self.folder.history()):
                self.folder.record({**entry, "recovered": "finished after an interruption"})
            self._clear()
            self.folder.prune()
            message = f"finished the {entry['action']} by {entry['who']} that was interrupted (generation {generation})"
        else:
            self._restore(intent)
            undone = {k: entry[k] for k in ("added", "updated", "removed") if entry.get(k)}
            self.folder.record(
                {
                    "who": entry["who"],
                    "action": f"{entry['action']} undone",
                    **undone,
                    "recovered": "interrupted before the index changed; the corpus folder is back as it was",
                }
            )
            self._clear()
            message = f"undid the {entry['action']} by {entry['who']} that was interrupted before the index changed"
        log.warning("%s", message)
        return message

    def _restore(self, intent: dict) -> None:
        for name, backup in intent["files"].items():
            path = self.corpus_dir / name
            if backup is None:
                path.unlink(missing_ok=True)
            else:
                tmp = self.corpus_dir / f".restore-{uuid.uuid4().hex}.tmp"
                shutil.copyfile(self.backups / backup, tmp)
                os.replace(tmp, path)
        if self.corpus_dir.is_dir():
            fsync_dir(self.corpus_dir)
        generation = intent["entry"]["generation"]
        if intent["new_generation"] and self._live_name() != generation:
            self.folder.discard(generation)

    def _complete(self, generation: str) -> bool:
        return self.folder.is_complete(generation)

    def _live_name(self) -> str:
        return self.folder.pointer_name()

    def _read(self) -> dict:
        return json.loads(self.file.read_text(encoding="utf-8"))

    def _write(self, intent: dict) -> None:
        write_atomic(self.file, json.dumps(intent, ensure_ascii=False))

    def _clear(self) -> None:
        self.file.unlink(missing_ok=True)
        shutil.rmtree(self.backups, ignore_errors=True)
        fsync_dir(self.folder.root)
