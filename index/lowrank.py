"""Low-rank adapters on MiniLM's linear layers, shared by the reader and the tuned MiniLM: the layers adapted, the
layer that adds a trained delta, and the file format (plain arrays and a manifest, no pickle)."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import torch

# The linear layers of each transformer block that an adapter adjusts.
ADAPTED = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def attach(bert: torch.nn.Module, rank: int, alpha: float) -> dict[str, torch.nn.Module]:
    """Wrap every adapted layer of `bert` (a transformers BertModel) in a low-rank layer, frozen base and a zero
    delta to start; returns the new layers by their dotted name in `bert`."""
    layers = {}
    for number, block in enumerate(bert.encoder.layer):
        for dotted in ADAPTED:
            parent, attr = parent_of(block, dotted)
            layer = _low_rank_class()(getattr(parent, attr), rank, alpha)
            setattr(parent, attr, layer)
            layers[f"encoder.layer.{number}.{dotted}"] = layer
    return layers


@cache
def _low_rank_class() -> type:
    # Defined on first use so that importing this module does not import torch.
    import torch

    class LowRankLinear(torch.nn.Module):
        """A frozen linear layer plus `up @ down`, scaled by alpha / rank; `up` starts at zero."""

        def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
            super().__init__()
            self.base = base
            for parameter in self.base.parameters():
                parameter.requires_grad_(False)
            self.down = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
            self.up = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (x @ self.down.T @ self.up.T) * self.scale

    return LowRankLinear


def parent_of(module: torch.nn.Module, dotted: str) -> tuple[torch.nn.Module, str]:
    """The module holding the attribute `dotted` names, and that attribute's name."""
    *path, attr = dotted.split(".")
    for part in path:
        module = getattr(module, part)
    return module, attr


def save_adapter(folder: Path, arrays: dict[str, np.ndarray], manifest: dict) -> None:
    """Write the adapter as one .npz of plain arrays beside a JSON manifest (no pickle)."""
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / "adapter.npz", **{k: v.astype(np.float16) for k, v in arrays.items()})
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load_adapter(folder: Path) -> tuple[dict[str, np.ndarray], dict]:
    """The adapter arrays (float32) and manifest written by `save_adapter`."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with np.load(folder / "adapter.npz", allow_pickle=False) as data:
        arrays = {name: data[name].astype(np.float32) for name in data.files}
    return arrays, manifest
