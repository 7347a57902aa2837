"""The models, the maintainer and the engine as the command line opens them (loaded only by the commands that
need them)."""

from __future__ import annotations

import argparse


def embedders(args: argparse.Namespace) -> dict:
    """The embedding models, loaded."""
    from index.embedding import load_default_embedders

    return load_default_embedders(args.multilingual)


def maintainer(args: argparse.Namespace):
    """The maintainer of the corpus and index folders, with the models loaded."""
    from index.maintenance import Maintainer

    return Maintainer(args.corpus, args.index_dir, embedders(args))


def open_engine(args: argparse.Namespace):
    """The engine over the live index (models loaded once, after checking there is an index)."""
    from index.search import Engine
    from index.storage import IndexFolder

    IndexFolder(args.index_dir).current()
    return Engine.open(args.index_dir, embedders(args))
