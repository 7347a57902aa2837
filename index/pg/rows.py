"""One index generation as database rows: written in the caller's transaction, read back as an IndexState.

Article bodies and vectors are stored once by content (a body by its hash, a vector by model and passage
key) and shared by every generation that holds them, so a change writes only what is new; passages, their
places and the small derived files (lexical postings, background vectors, timeline) belong to a generation.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
from pathlib import Path

import numpy as np
import psycopg

from index.articles import ArticleInfo
from index.bodies import BodyStore
from index.errors import IndexDamagedError, IndexMismatchError
from index.generation_files import manifest_fields
from index.lexical import LexicalIndex
from index.pg import binary
from index.results import Timeline
from index.state import Catalog, IndexState
from index.vectorstore import VectorStore, store_from_layout

_FIX = "rebuild it with `python -m index build`"
VECTORS_PER_FETCH = 20_000  # about 60 MB of E5 vectors a fetch
LEXICAL = ("lexical_terms", "lexical_pointers", "lexical_rows", "lexical_counts", "lexical_lengths")


def write_generation(conn: psycopg.Connection, state: IndexState, name: str, manifest: dict) -> int:
    """Insert `state` as generation `name` (not yet live) in the open transaction; returns its id."""
    generation = conn.execute(
        "INSERT INTO generations (name, manifest) VALUES (%s, %s) RETURNING id", (name, json.dumps(manifest))
    ).fetchone()[0]
    _write_articles(conn, generation, state)
    keys = np.asarray(state.keys, dtype=np.int64)
    _copy_in(
        conn,
        "passages (generation, row, key)",
        ["int4", "int4", "int8"],
        [np.full(len(keys), generation), np.arange(len(keys)), keys],
    )
    occ = state.occurrences
    _copy_in(
        conn,
        "places (generation, row, article, start_char, end_char)",
        ["int4"] * 5,
        [np.full(len(occ), generation), occ[:, 0], occ[:, 1], occ[:, 2], occ[:, 3]],
    )
    for channel, info in state.channels.items():
        _write_vectors(conn, _model_id(conn, info), state.stores[channel], keys, int(info["dim"]))
    files = _lexical_files(state.lexical)
    files |= {f"background_{c}": _npy(v) for c, v in state.background.items()}
    # An IVF store's clusters, so loading adds the vectors without learning them again (seconds at 100,000).
    files |= {f"layout_{c}": store.layout() for c, store in state.stores.items()}
    files["timeline"] = json.dumps(state.timeline.to_dict(), ensure_ascii=False).encode()
    files["timeline_sources"] = json.dumps(state.article_timelines(), ensure_ascii=False).encode()
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO generation_files (generation, name, data) VALUES (%s, %s, %s)",
            [(generation, n, d) for n, d in files.items()],
        )
    return generation


def read_generation(
    conn: psycopg.Connection, name: str, expected: dict[str, dict] | None, base: tuple[str, IndexState] | None = None
) -> IndexState:
    """The full state of generation `name`, checked against the embedders' channels (IndexMismatchError).

    With `base`, a generation already in memory (name, state), each vector store that has the same clusters
    (every change keeps them) is `base`'s copied, with the passages `name` dropped removed and only the vectors
    it adds read: at 100,000 passages a few MB instead of 460."""
    generation, manifest = _generation(conn, name)
    channels = manifest.get("channels", {})
    if expected is not None and channels != expected:
        built = ", ".join(f"{c['model']} ({c['dim']}d)" for c in channels.values()) or "none"
        wanted = ", ".join(f"{c['model']} ({c['dim']}d)" for c in expected.values())
        raise IndexMismatchError(f"the index was built with {built} but the engine uses {wanted}: {_FIX}")
    articles, bodies = _read_articles(conn, generation, with_bodies=True)
    rows, keys = _arrays(
        conn,
        "SELECT array_agg(row ORDER BY row), array_agg(key ORDER BY row) FROM passages WHERE generation = %s",
        (generation,),
        (np.int32, np.int64),
    )
    places = _arrays(
        conn,
        "SELECT array_agg(row), array_agg(article), array_agg(start_char), array_agg(end_char) "
        "FROM places WHERE generation = %s",
        (generation,),
        (np.int32,) * 4,
    )
    files = dict(conn.execute("SELECT name, data FROM generation_files WHERE generation = %s", (generation,)))
    try:
        reusable = _reusable_stores(conn, generation, channels, base)
        if reusable:  # both key lists are sorted and unique
            dropped = np.setdiff1d(base[1].keys, keys, assume_unique=True)
            fresh = np.setdiff1d(keys, base[1].keys, assume_unique=True)
        stores = {
            c: _grown_store(conn, reusable[c], dropped, fresh, len(keys), info)
            if c in reusable
            else _read_store(conn, generation, info, keys, files[f"layout_{c}"])
            for c, info in channels.items()
        }
        lexical = LexicalIndex(*(np.load(io.BytesIO(files[n])) for n in LEXICAL))
        background = {c: np.load(io.BytesIO(files[f"background_{c}"])) for c in channels}
        timeline = Timeline.from_dict(json.loads(files["timeline"]))
        sources = json.loads(files["timeline_sources"])
    except (KeyError, ValueError) as exc:
        raise IndexDamagedError(f"generation {name} in the database cannot be read ({exc}): {_FIX}") from exc
    if len(lexical) != len(keys) or not np.array_equal(rows, np.arange(len(keys))):
        raise IndexDamagedError(f"the rows of generation {name} in the database do not match each other: {_FIX}")
    return IndexState(
        articles=articles,
        bodies=bodies,
        keys=keys,
        occurrences=np.column_stack(places),
        stores=stores,
        lexical=lexical,
        channels=channels,
        background=background,
        timeline=timeline,
        timeline_sources=sources,
        **manifest_fields(manifest),
    )


def read_catalog(conn: psycopg.Connection, name: str) -> Catalog:
    """The articles, passage count and timeline of generation `name`, without vectors or bodies."""
    generation, manifest = _generation(conn, name)
    articles, _ = _read_articles(conn, generation, with_bodies=False)
    row = conn.execute(
        "SELECT data FROM generation_files WHERE generation = %s AND name = 'timeline'", (generation,)
    ).fetchone()
    timeline = Timeline.from_dict(json.loads(row[0])) if row else Timeline()
    return Catalog(articles, int(manifest.get("passages", 0)), timeline)


def _generation(conn: psycopg.Connection, name: str) -> tuple[int, dict]:
    row = conn.execute("SELECT id, manifest FROM generations WHERE name = %s", (name,)).fetchone()
    if row is None:
        raise IndexDamagedError(f"generation {name} is not in the database: {_FIX}")
    return row[0], row[1]


def _write_articles(conn: psycopg.Connection, generation: int, state: IndexState) -> None:
    raws = [state.bodies.raw(n) for n in range(len(state.articles))]
    hashes = [hashlib.sha256(raw).hexdigest() for raw in raws]
    with conn.cursor() as cur:
        cur.execute("SELECT sha256 FROM bodies WHERE sha256 = ANY(%s)", (hashes,))
        stored = {row[0] for row in cur}
        fresh = {h: raw for h, raw in zip(hashes, raws, strict=True) if h not in stored}
        with cur.copy("COPY bodies (sha256, body) FROM STDIN") as copy:
            for digest, raw in fresh.items():
                copy.write_row((digest, raw.decode("utf-8")))
        columns = "generation, number, article_id, title, source, published, url, content_hash, body_sha256"
        with cur.copy(f"COPY articles ({columns}) FROM STDIN") as copy:
            for number, (article, digest) in enumerate(zip(state.articles, hashes, strict=True)):
                row = (article.id, article.title, article.source, article.published, article.url)
                copy.write_row((generation, number, *row, article.content_hash, digest))


def _read_articles(conn, generation: int, with_bodies: bool) -> tuple[list[ArticleInfo], BodyStore | None]:
    body = "b.body" if with_bodies else "''"
    rows = conn.execute(
        f"SELECT a.article_id, a.title, a.source, a.published, a.url, a.content_hash, {body} FROM articles a "
        "JOIN bodies b ON b.sha256 = a.body_sha256 WHERE a.generation = %s ORDER BY a.number",
        (generation,),
    ).fetchall()
    articles = [ArticleInfo(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
    return articles, BodyStore.from_parts([r[6].encode("utf-8") for r in rows]) if with_bodies else None


def _model_id(conn: psycopg.Connection, info: dict) -> int:
    conn.execute(
        "INSERT INTO models (name, dim) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING", (info["model"], info["dim"])
    )
    return conn.execute("SELECT id FROM models WHERE name = %s", (info["model"],)).fetchone()[0]


def _write_vectors(conn, model: int, store: VectorStore, keys: np.ndarray, dim: int) -> None:
    """Store the vectors of `keys` the database does not hold yet for this model."""
    (stored,) = _copy_out(conn, "SELECT key FROM vectors WHERE model = %s", (model,), ["int8"])
    fresh = np.setdiff1d(keys, stored)
    if len(fresh):
        vectors = store.vectors(fresh)
        _copy_in(
            conn, "vectors (model, key, embedding)", ["int4", "int8", dim], [np.full(len(fresh), model), fresh, vectors]
        )


def _read_store(conn, generation: int, info: dict, keys: np.ndarray, layout: bytes) -> VectorStore:
    """The generation's vectors of one model in an in-memory store: exact, or IVF with the generation's clusters."""
    dim = int(info["dim"])
    store = store_from_layout(bytes(layout), dim, "ivf" if layout else "flat")
    packed = np.dtype([("dim", ">i2"), ("unused", ">i2"), ("values", ">f4", (dim,))])
    # A few large values instead of a row at a time (libpq hands COPY and result rows over one by one), each
    # added to the store at once, so loading never holds more than one chunk of full-precision vectors.
    for first in range(0, len(keys), VECTORS_PER_FETCH):
        with conn.cursor(binary=True) as cur:
            data = cur.execute(
                "SELECT string_agg(vector_send(v.embedding), ''::bytea ORDER BY p.row) FROM passages p "
                "JOIN vectors v ON v.key = p.key AND v.model = (SELECT id FROM models WHERE name = %s) "
                "WHERE p.generation = %s AND p.row >= %s AND p.row < %s",
                (info["model"], generation, first, first + VECTORS_PER_FETCH),
            ).fetchone()[0]
        chunk = np.frombuffer(data or b"", dtype=packed)
        if len(chunk) != min(VECTORS_PER_FETCH, len(keys) - first) or (len(chunk) and (chunk["dim"] != dim).any()):
            raise ValueError(f"the {info['model']} vectors do not match the passages")
        store.add(keys[first : first + len(chunk)], chunk["values"].astype(np.float32))
    store.warm_up()
    return store


def _reusable_stores(
    conn, generation: int, channels: dict[str, dict], base: tuple[str, IndexState] | None
) -> dict[str, VectorStore]:
    """The stores of `base` that hold the same model's vectors in the same clusters as `generation`'s."""
    if base is None:
        return {}
    name, state = base
    same = conn.execute(
        "SELECT substr(new.name, 8) FROM generation_files new JOIN generations g ON g.name = %s "
        "JOIN generation_files old ON old.generation = g.id AND old.name = new.name "
        "WHERE new.generation = %s AND new.name LIKE 'layout\\_%%' AND md5(new.data) = md5(old.data)",
        (name, generation),
    ).fetchall()
    return {
        c: state.stores[c]
        for (c,) in same
        if c in channels and c in state.stores and state.channels.get(c) == channels[c]
    }


def _grown_store(
    conn, base: VectorStore, dropped: np.ndarray, fresh: np.ndarray, total: int, info: dict
) -> VectorStore:
    """A copy of `base` without the vectors of `dropped` and with those of `fresh`, read from the database."""
    store = base.copy()
    store.remove(dropped)
    if len(fresh):
        (found, vectors) = _copy_out(
            conn,
            "SELECT v.key, v.embedding FROM vectors v WHERE v.model = (SELECT id FROM models WHERE name = %s) "
            "AND v.key = ANY(%s) ORDER BY v.key",
            (info["model"], fresh.tolist()),
            ["int8", int(info["dim"])],
        )
        if not np.array_equal(found, fresh):
            raise ValueError(f"the {info['model']} vectors do not match the passages")
        store.add(fresh, vectors)
    if len(store) != total:
        raise ValueError(f"the {info['model']} vectors kept from the previous generation do not match its passages")
    store.warm_up()
    return store


def _copy_in(conn, target: str, columns: list[binary.Column], values: list[np.ndarray]) -> None:
    with conn.cursor() as cur, cur.copy(f"COPY {target} FROM STDIN WITH (FORMAT binary)") as copy:
        copy.write(binary.encode(columns, values))


def _arrays(conn, query: str, params: tuple, types: tuple) -> list[np.ndarray]:
    """The columns of a one-row result of array_agg(...)s, as NumPy arrays."""
    with conn.cursor(binary=True) as cur:
        row = cur.execute(query, params).fetchone()
    return [np.array(values or [], dtype=kind) for values, kind in zip(row, types, strict=True)]


def _copy_out(conn, query: str, params: tuple, columns: list[binary.Column]) -> list[np.ndarray]:
    buffer = bytearray()
    with conn.cursor() as cur, cur.copy(f"COPY ({query}) TO STDOUT WITH (FORMAT binary)", params) as copy:
        for block in copy:
            buffer += block
    if not buffer:
        return [
            np.zeros((0, c) if isinstance(c, int) else 0, dtype=np.float32 if isinstance(c, int) else np.int64)
            for c in columns
        ]
    return binary.decode(columns, bytes(buffer))


def _lexical_files(lexical: LexicalIndex) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        lexical.save(Path(folder))
        return {name: (Path(folder) / f"{name}.npy").read_bytes() for name in LEXICAL}


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()
