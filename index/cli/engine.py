"""The library as the command line opens it: folders from the options, models loaded only when needed."""

from __future__ import annotations

import argparse

from index.library import Library


def open_library(args: argparse.Namespace) -> Library:
    """The library of the corpus and index folders of `args`; the models load on the first question or change."""

    def embedders() -> dict:
        from index.embedding import load_default_embedders

        return load_default_embedders(args.multilingual)

    return Library(args.corpus, args.index_dir, embedders)
