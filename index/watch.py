"""Following an index that other processes change: check at once when told of a change, and poll in any case."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from index.generations import FilesIndex, Listener

log = logging.getLogger(__name__)


class IndexWatch:
    """A background thread that calls `refresh` every `every_seconds`, and at once when `generations` tells of a
    change (PostgreSQL's notifications). Polling stays on as the fallback: a lost listening connection only
    makes a change slower to arrive. `refresh` runs on this thread, never on the caller's (the bot's event loop).
    """

    def __init__(self, generations: FilesIndex, refresh: Callable[[], bool], every_seconds: float) -> None:
        self.every_seconds = every_seconds
        self._refresh = refresh
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="index-watch", daemon=True)
        self._thread.start()
        self.listener: Listener | None = generations.listen(self.wake)

    def wake(self, generation: str = "") -> None:
        """Check for a newer live generation now (`generation`, if known, is the one a change made live)."""
        self._wake.set()

    def stop(self) -> None:
        """Stop watching and listening."""
        self._stopped.set()
        self._wake.set()
        if self.listener is not None:
            self.listener.stop()

    def _loop(self) -> None:
        while True:
            self._wake.wait(self.every_seconds)
            self._wake.clear()
            if self._stopped.is_set():
                return
            try:
                self._refresh()
            except Exception:  # a lost connection or a bad generation: keep serving, try again later
                log.exception("could not check the index for changes")
