"""Large index files read a slice at a time with positioned reads (`os.pread`).

A question reads a few article bodies and the postings of its terms. Read through a memory map, every page
touched (and the pages around it: the kernel maps large folios and reads ahead) would count as the process's
own memory; read with `pread`, the pages stay in the system's file cache, shared between processes and
dropped under pressure, and the process holds only the bytes it asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


class FileBytes:
    """A read-only file that can be sliced like `bytes` (`data[a:b]`) without loading it."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - held open for the life of the index generation
        self._size = os.fstat(self._file.fileno()).st_size

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, window: slice) -> bytes:
        start, stop, step = window.indices(self._size)
        if step != 1:
            raise ValueError("FileBytes supports contiguous slices only")
        return self.read(start, max(0, stop - start))

    def read(self, offset: int, length: int) -> bytes:
        """`length` bytes from `offset`; an error if the file is shorter (a damaged index)."""
        if length <= 0:
            return b""
        data = os.pread(self._file.fileno(), length, offset)
        if len(data) != length:
            raise OSError(f"{self._file.name} is shorter than its index says")
        return data


class NpyVector:
    """A one-dimensional `.npy` array read a slice at a time (`vector[a:b]` gives a NumPy array)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            major, _ = np.lib.format.read_magic(handle)
            read_header = np.lib.format.read_array_header_1_0 if major == 1 else np.lib.format.read_array_header_2_0
            shape, _, dtype = read_header(handle)
            data_offset = handle.tell()
        if len(shape) != 1 or dtype.hasobject:
            raise ValueError(f"{path.name} is not a one-dimensional array of numbers")
        self.dtype = dtype
        self._length = int(shape[0])
        self._offset = data_offset
        self._bytes = FileBytes(path)
        if len(self._bytes) < data_offset + self._length * dtype.itemsize:
            raise ValueError(f"{path.name} is shorter than its header says")

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, window: slice) -> np.ndarray:
        start, stop, step = window.indices(self._length)
        if step != 1:
            raise ValueError("NpyVector supports contiguous slices only")
        count = max(0, stop - start)
        size = self.dtype.itemsize
        data = self._bytes.read(self._offset + start * size, count * size)
        return np.frombuffer(data, dtype=self.dtype, count=count)
