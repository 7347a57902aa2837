"""The road not taken, measured: searching the vectors inside PostgreSQL with a pgvector HNSW index instead of
in the engine's memory (the bench prints both, so the choice stays checkable)."""

from __future__ import annotations

import time

import numpy as np

from index.pg import binary
from index.pg.schema import connect


def hnsw_search(url: str, model: str, dim: int, queries: np.ndarray) -> dict:
    """Build an HNSW index over one model's stored vectors and time `queries` against it (recall vs exact search
    over the same rows)."""
    cast = f"vector({dim})"
    with connect(url, autocommit=True) as conn:
        model_id = conn.execute("SELECT id FROM models WHERE name = %s", (model,)).fetchone()[0]
        truth = _exact_truth(conn, model_id, dim, queries)
        conn.execute("SET maintenance_work_mem = '1GB'")
        started = time.perf_counter()
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS vectors_hnsw_{model_id} ON vectors USING hnsw "
            f"((embedding::{cast}) vector_ip_ops) WHERE model = {model_id}"
        )
        build = time.perf_counter() - started
        results = {"build": build}
        for ef in (40, 100):
            conn.execute(f"SET hnsw.ef_search = {ef}")
            times, found = [], 0
            for query, expected in zip(queries, truth, strict=True):
                literal = "[" + ",".join(f"{x:.7g}" for x in query) + "]"
                started = time.perf_counter()
                rows = conn.execute(
                    f"SELECT key FROM vectors WHERE model = %s ORDER BY embedding::{cast} <#> %s::{cast} LIMIT 10",
                    (model_id, literal),
                ).fetchall()
                times.append(time.perf_counter() - started)
                found += len(expected & {r[0] for r in rows})
            ms = np.array(times) * 1000
            results[ef] = (float(np.median(ms)), float(np.percentile(ms, 95)), found / (10 * len(queries)))
        plan = conn.execute(
            f"EXPLAIN SELECT key FROM vectors WHERE model = %s ORDER BY embedding::{cast} <#> %s::{cast} LIMIT 10",
            (model_id, literal),
        ).fetchall()
        results["uses_index"] = any("hnsw" in row[0] for row in plan)
    return results


def _exact_truth(conn, model_id: int, dim: int, queries: np.ndarray) -> list[set[int]]:
    """The exact ten best keys per query over every vector stored for the model."""
    data = bytearray()
    sql = f"COPY (SELECT key, embedding FROM vectors WHERE model = {model_id}) TO STDOUT WITH (FORMAT binary)"
    with conn.cursor() as cur, cur.copy(sql) as copy:
        for block in copy:
            data += block
    keys, vectors = binary.decode(["int8", dim], bytes(data))
    return [set(keys[np.argpartition(-(vectors @ q), 10)[:10]].tolist()) for q in queries]
