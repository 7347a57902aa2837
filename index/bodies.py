"""Article bodies as one UTF-8 file, read an article at a time: only quoted articles are ever in memory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.ondisk import FileBytes

BODIES_FILE = "bodies.bin"
OFFSETS_FILE = "body_offsets.npy"


class BodyStore:
    """The bodies of an index's articles, by article number."""

    def __init__(self, data: bytes | FileBytes, offsets: np.ndarray) -> None:
        self._data = data
        self._offsets = offsets

    @classmethod
    def from_parts(cls, parts: Sequence[bytes]) -> BodyStore:
        """A store in memory from each article's UTF-8 bytes, in article order."""
        offsets = np.zeros(len(parts) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum([len(p) for p in parts])
        return cls(b"".join(parts), offsets)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def raw(self, number: int) -> bytes:
        """The UTF-8 bytes of article `number`'s body."""
        return bytes(self._data[self._offsets[number] : self._offsets[number + 1]])

    def body(self, number: int) -> str:
        """The body of article `number`."""
        return self.raw(number).decode("utf-8")

    def save(self, folder: Path) -> None:
        """Write the bodies and their offsets."""
        with open(folder / BODIES_FILE, "wb") as handle:
            handle.write(self._data[: int(self._offsets[-1])] if len(self) else b"")
        np.save(folder / OFFSETS_FILE, self._offsets)

    @classmethod
    def load(cls, folder: Path) -> BodyStore:
        """Open the bodies file of a generation; bodies are read from it when asked for."""
        offsets = np.load(folder / OFFSETS_FILE)
        data = FileBytes(folder / BODIES_FILE)
        if len(offsets) == 0 or int(offsets[-1]) > len(data):
            raise ValueError(f"{BODIES_FILE} is shorter than {OFFSETS_FILE} says")
        return cls(data, offsets)
