"""The library as the command line opens it: folders from the options, models loaded only when needed."""

from __future__ import annotations

import argparse
import sys

from index.library import Library


def open_library(args: argparse.Namespace) -> Library:
    """The library of the corpus and index folders of `args`, any change a crash cut short finished or undone
    first (said on stderr); the models load on the first question or change."""

    def embedders() -> dict:
        from index.embedding import load_default_embedders

        return load_default_embedders(args.multilingual)

    def reader():
        from index.reader.reader import load_default_reader

        return load_default_reader()

    options = getattr(args, "backend_options", {})
    library = Library(args.corpus, args.index_dir, embedders, reader, **options)
    message = library.recover()
    if message:
        print(f"note: {message}", file=sys.stderr)
    return library
