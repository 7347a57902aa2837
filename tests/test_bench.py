"""Smoke runs of the benchmarks at tiny sizes: every measurement runs and the report names every target."""

from __future__ import annotations

from bot.bench import run as run_bot_bench
from index.bench.run import run


def test_the_quick_benchmark_prints_every_section_and_target(real_embedders, capsys):
    assert run(quick=True, embedders=real_embedders) == 0
    out = capsys.readouterr().out
    for section in ("Question latency", "Memory and disk", "Building and changing the index", "Targets"):
        assert section in out
    assert "recall@10 of the e5 vector store at 2,000 passages" in out


def test_the_quick_bot_benchmark_measures_start_up_and_the_event_loop(real_embedders, capsys):
    assert run_bot_bench(quick=True, embedders=real_embedders) == 0
    out = capsys.readouterr().out
    for section in ("Start-up:", "Concurrency: 50 questions at once", "Targets", "start-up to ready"):
        assert section in out
    assert "50 answered" in out


def test_the_backends_benchmark_measures_files_and_postgres_side_by_side(fake_embedders, database_url, capsys):
    from index.bench.backends import run_backends

    assert run_backends(300, database_url, embedders=fake_embedders, changes=1, question_count=20) == 0
    out = capsys.readouterr().out
    table = out[out.index("Backends at 300 passages") :]
    assert [line.split()[0] for line in table.splitlines()[2:4]] == ["files", "postgres"]
    assert "recall@10" in table and "pgvector HNSW" in out
    assert "seen" in table.splitlines()[1] and "another library on the same index answering from it" in table
