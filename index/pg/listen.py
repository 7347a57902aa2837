"""Hearing about changes as they commit: a thread that LISTENs on the database's `cronista_live` channel.

A change's commit sends a NOTIFY carrying the name of the generation it made live (see PgIndex._make_live), so
another process can load it at once instead of at its next poll. If the listening connection drops, the
listener logs it and connects again a few seconds later; the caller's polling goes on meanwhile, so a lost
connection makes changes slower to arrive, never lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg

from index.errors import DatabaseError
from index.pg.schema import connect

log = logging.getLogger(__name__)

CHANNEL = "cronista_live"
STOP_CHECK_SECONDS = 0.5  # how long a stopped listener may take to notice
RECONNECT_SECONDS = 5.0


def notify_live(conn: psycopg.Connection, generation: str) -> None:
    """Announce, in the change's transaction, that `generation` is live (delivered when the transaction commits)."""
    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, generation))


class ChangeListener:
    """Calls `on_change(generation)` from its own thread whenever a change commits on the database at `url`.

    `on_change("")` is also called each time listening (re)starts: a change may have committed unheard.
    """

    def __init__(self, url: str, on_change: Callable[[str], None]) -> None:
        self.url = url
        self.on_change = on_change
        self.listening = threading.Event()  # set while the connection listens
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="index-listen", daemon=True)

    def start(self) -> ChangeListener:
        """Start listening in the background."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening (the thread ends within half a second)."""
        self._stop.set()

    def _run(self) -> None:
        told = False  # one warning per outage, not one per attempt to connect again
        while not self._stop.is_set():
            try:
                self._listen()
            except (psycopg.Error, DatabaseError) as exc:
                told = told and not self.listening.is_set()
                self.listening.clear()
                if not told:
                    log.warning(
                        "not hearing about index changes (%s); polling for them until listening works again",
                        _first_line(exc),
                    )
                    told = True
                self._stop.wait(RECONNECT_SECONDS)

    def _listen(self) -> None:
        with connect(self.url, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            self._tell("")
            while not self._stop.is_set():
                for note in conn.notifies(timeout=STOP_CHECK_SECONDS):
                    self._tell(note.payload)
        self.listening.clear()

    def _tell(self, generation: str) -> None:
        try:
            self.on_change(generation)
        except Exception:  # the caller's problem must not stop the listening
            log.exception("handling an index change notification failed")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
