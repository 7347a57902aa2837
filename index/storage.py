"""The index folder on disk: complete generations, a CURRENT pointer swapped atomically, a lock and a history."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from index.durable import fsync_dir, write_atomic
from index.errors import ChangeInProgressError, IndexDamagedError, IndexMissingError

log = logging.getLogger(__name__)

FORMAT_VERSION = 3
KEEP_GENERATIONS = 3


class IndexFolder:
    """One index directory: `generations/<name>/` folders, `CURRENT` naming the live one, `history.jsonl`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.generations = root / "generations"
        self.pointer = root / "CURRENT"
        self.history_file = root / "history.jsonl"
        self.lock_file = root / "lock"

    def current(self) -> Path:
        """The live generation folder; raises IndexMissingError when nothing was built yet."""
        if not self.pointer.exists():
            raise IndexMissingError(f"no index in {self.root} yet: run `python -m index build`")
        name = self.pointer.read_text(encoding="utf-8").strip()
        folder = self.generations / name
        if name and folder.is_dir():
            return folder
        fallback = self.newest_complete()
        if fallback is None:
            raise IndexDamagedError(
                f"{self.pointer} names generation {name!r}, which is missing, and no complete generation is left: "
                "rebuild with `python -m index build`"
            )
        log.warning(
            "%s names generation %r, which is missing: using %s, the newest complete generation "
            "(the next change or `python -m index build` makes it live for good)",
            self.pointer,
            name,
            fallback,
        )
        return self.generations / fallback

    def exists(self) -> bool:
        """True when a live generation is set."""
        return self.pointer.exists()

    def live_name(self) -> str:
        """The name of the live generation (IndexMissingError when nothing was built yet)."""
        return self.current().name

    def pointer_name(self) -> str:
        """The generation CURRENT names, even one that is missing ("" without CURRENT)."""
        try:
            return self.pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return ""

    def is_complete(self, name: str) -> bool:
        """True when generation `name` exists and all its files match their checksums."""
        if not name or not (self.generations / name).is_dir():
            return False
        try:
            read_manifest(self.generations / name)
        except IndexDamagedError:
            return False
        return True

    def discard(self, name: str) -> None:
        """Delete generation `name` (one that never went live)."""
        shutil.rmtree(self.generations / name, ignore_errors=True)

    @staticmethod
    def new_generation_name() -> str:
        """A name for a new generation; names sort in the order they were made."""
        return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")

    def write_generation(self, fill: Callable[[Path], dict], name: str | None = None) -> Path:
        """Build a new generation with `fill(folder) -> manifest`, then make it live with one atomic rename.

        A crash at any point leaves the previous generation live and complete. `name` is chosen beforehand
        when a journal records it (see index.journal).
        """
        self.generations.mkdir(parents=True, exist_ok=True)
        self.remove_unfinished()
        staging = self.generations / f".staging-{uuid.uuid4().hex}"
        staging.mkdir()
        try:
            manifest = fill(staging)
            manifest["files"] = {
                path.name: {"sha256": file_sha256(path), "bytes": path.stat().st_size}
                for path in sorted(staging.iterdir())
            }
            manifest["format_version"] = FORMAT_VERSION
            manifest_text = json.dumps(manifest, indent=1, ensure_ascii=False)
            (staging / "manifest.json").write_text(manifest_text, encoding="utf-8")
            for path in staging.iterdir():
                with open(path, "rb") as handle:
                    os.fsync(handle.fileno())
            fsync_dir(staging)
            final = self.generations / (name or self.new_generation_name())
            staging.rename(final)
            fsync_dir(self.generations)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self.set_current(final.name)
        self.prune()
        return final

    def set_current(self, name: str) -> None:
        """Point CURRENT at generation `name` (an atomic rename)."""
        write_atomic(self.pointer, name + "\n")

    def generation_names(self) -> list[str]:
        """Complete generations, oldest first."""
        if not self.generations.is_dir():
            return []
        return sorted(p.name for p in self.generations.iterdir() if p.is_dir() and not p.name.startswith("."))

    def live_sequence(self) -> list[str]:
        """The generations in the order they were made live, as the history records them."""
        sequence: list[str] = []
        for entry in self.history():
            name = entry.get("generation")
            if name and (not sequence or sequence[-1] != name):
                sequence.append(name)
        return sequence

    def previous(self) -> str | None:
        """The generation the live one was made from, if it is still kept."""
        earlier = self.ancestors()
        return earlier[0] if earlier else None

    def ancestors(self) -> list[str]:
        """The kept generations the live one descends from, nearest first: each change records the generation it
        was made from ("base"), so rolling back steps back through them instead of toggling between two."""
        current = self.live_name()
        kept = set(self.generation_names())
        bases: dict[str, str] = {}
        for entry in self.history():
            if entry.get("generation") and "base" in entry:
                bases.setdefault(entry["generation"], entry["base"])
        chain, name, seen = [], current, {current}
        while True:
            base = bases.get(name)
            if base is None:  # made before bases were recorded (or by hand): older generations by creation time
                chain += [n for n in sorted(kept, reverse=True) if n < name and n not in seen]
                return chain
            if not base or base in seen:
                return chain
            seen.add(base)
            if base in kept:
                chain.append(base)
            name = base

    def newest_complete(self, exclude: str = "") -> str | None:
        """The newest generation whose files all match their checksums, other than `exclude`."""
        for name in sorted(self.generation_names(), reverse=True):
            if name == exclude:
                continue
            try:
                read_manifest(self.generations / name)
            except IndexDamagedError:
                continue
            return name
        return None

    def remove_unfinished(self) -> None:
        """Delete staging folders left by a change that was cut short (call with the lock held)."""
        if not self.generations.is_dir():
            return
        for path in self.generations.glob(".staging-*"):
            shutil.rmtree(path, ignore_errors=True)

    def prune(self) -> None:
        """Delete all but the live generation and the last few that were live (what rollback may need)."""
        current = self.pointer.read_text(encoding="utf-8").strip()
        recent = list(dict.fromkeys(reversed(self.live_sequence())))[:KEEP_GENERATIONS]
        keep = set(recent) | {current}
        for name in self.generation_names():
            if name not in keep:
                shutil.rmtree(self.generations / name, ignore_errors=True)

    @contextlib.contextmanager
    def locked(self, wait_seconds: float = 0.0) -> Iterator[None]:
        """Hold the change lock; raise ChangeInProgressError if it stays taken for `wait_seconds`."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.lock_file, "a+") as handle:
            deadline = time.monotonic() + wait_seconds
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        raise ChangeInProgressError(
                            "another change to the index is in progress; try again when it finishes"
                        ) from None
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def record(self, entry: dict) -> None:
        """Append one change to the history log."""
        entry = {"when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **entry}
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.history_file, "a+", encoding="utf-8") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() and not self._ends_with_newline():
                handle.write("\n")  # a line torn by a crash stays on its own line
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def _ends_with_newline(self) -> bool:
        with open(self.history_file, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def history(self) -> list[dict]:
        """Every recorded change, oldest first (a torn last line from a crash is skipped)."""
        if not self.history_file.exists():
            return []
        entries = []
        for line in self.history_file.read_text(encoding="utf-8").splitlines():
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                log.warning("skipping an unreadable line in %s", self.history_file)
        return entries


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks (index files can be hundreds of MB)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(folder: Path) -> dict:
    """The manifest of a generation, its files checked against their recorded sizes and hashes."""
    path = folder / "manifest.json"
    fix = "rebuild it with `python -m index build` (or `python -m index rollback`)"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexDamagedError(f"the index manifest {path} is missing or unreadable: {fix}") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexDamagedError(
            f"the index in {folder} has format {manifest.get('format_version')}, "
            f"this version reads format {FORMAT_VERSION}: {fix}"
        )
    for name, expected in manifest.get("files", {}).items():
        file = folder / name
        if not file.exists() or file.stat().st_size != expected["bytes"]:
            raise IndexDamagedError(f"index file {name} is missing or truncated: {fix}")
        if file_sha256(file) != expected["sha256"]:
            raise IndexDamagedError(f"index file {name} is damaged (checksum mismatch): {fix}")
    return manifest
