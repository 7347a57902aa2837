"""Article bodies as one UTF-8 file read through a memory map: only the pages of quoted articles are loaded."""

from __future__ import annotations

import mmap
from collections.abc import Sequence
from pathlib import Path

import numpy as np

BODIES_FILE = "bodies.bin"
OFFSETS_FILE = "body_offsets.npy"


class BodyStore:
    """The bodies of an index's articles, by article number."""

    def __init__(self, data: bytes | mmap.mmap, offsets: np.ndarray) -> None:
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
            handle.write(memoryview(self._data)[: int(self._offsets[-1])] if len(self) else b"")
        np.save(folder / OFFSETS_FILE, self._offsets)

    @classmethod
    def load(cls, folder: Path) -> BodyStore:
        """Map the bodies file of a generation (an empty file cannot be mapped, so it is read)."""
        offsets = np.load(folder / OFFSETS_FILE)
        path = folder / BODIES_FILE
        if path.stat().st_size == 0:
            return cls(b"", offsets)
        with open(path, "rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return cls(data, offsets)
