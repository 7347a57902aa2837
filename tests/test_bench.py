"""A smoke run of the benchmark at tiny sizes: every measurement runs and the report names every target."""

from __future__ import annotations

from index.bench.run import run


def test_the_quick_benchmark_prints_every_section_and_target(real_embedders, capsys):
    assert run(quick=True, embedders=real_embedders) == 0
    out = capsys.readouterr().out
    for section in (
        "Question latency",
        "Memory and disk",
        "Building and changing the index",
        "Start-up:",
        "Concurrency: 50 questions at once",
        "Targets",
    ):
        assert section in out
    assert "recall@10 of the e5 vector store at 2,000 passages" in out
    assert "50 answered" in out
