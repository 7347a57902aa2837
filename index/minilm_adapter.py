"""An adjustment of MiniLM's weights (trained by `index train-embedder`), merged in when the model loads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.lowrank import load_adapter
from index.packaged import packaged_path
from index.text import sha256_hex

if TYPE_CHECKING:
    import torch


def packaged_folder() -> Path:
    """Where the MiniLM adapter shipped with the package lives."""
    return packaged_path("minilm")


def load(folder: Path | None = None) -> tuple[dict[str, np.ndarray], dict] | None:
    """The arrays and manifest of the adapter in `folder` (default: the packaged one), or None when there is none."""
    folder = folder or packaged_folder()
    if not (folder / "adapter.npz").exists():
        return None
    return load_adapter(folder)


def adapter_tag(arrays: dict[str, np.ndarray]) -> str:
    """A short content hash of the adapter: part of the model's name, so a changed adapter rebuilds the index."""
    digest = sha256_hex(b"".join(name.encode() + arrays[name].tobytes() for name in sorted(arrays)))
    return digest[:12]


def merge_into(bert: torch.nn.Module, arrays: dict[str, np.ndarray], manifest: dict) -> None:
    """Add each layer's low-rank delta (`up @ down`, scaled) to the weights of `bert`, a transformers BertModel."""
    import torch

    settings = manifest["settings"]
    scale = float(settings["alpha"]) / int(settings["rank"])
    weights = dict(bert.named_parameters())
    layers = sorted({name.rsplit(".", 1)[0] for name in arrays})
    with torch.no_grad():
        for layer in layers:
            delta = arrays[f"{layer}.up"] @ arrays[f"{layer}.down"] * scale
            weight = weights[f"{layer}.weight"]
            if tuple(weight.shape) != delta.shape:
                raise ValueError(f"the MiniLM adapter does not fit layer {layer}")
            weight += torch.from_numpy(delta.astype(np.float32))
