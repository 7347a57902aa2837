"""The command-line contract: build, ask (text, --json, stdin), list, eval, and one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import BACKENDS, REPO, SAMPLES, backend_options, place_real_index

from index.cli import main
from index.corpus import read_corpus_file


@pytest.fixture
def cli(monkeypatch, real_embedders, corpus_dir, tmp_path):
    """Run `python -m index` in-process with the session's models, on a private corpus and no index yet."""
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: real_embedders)
    index_dir = tmp_path / "index"

    def run(*args: str) -> int:
        return main([args[0], "--corpus", str(corpus_dir), "--index-dir", str(index_dir), *args[1:]])

    run.corpus_dir, run.index_dir = corpus_dir, index_dir
    return run


@pytest.fixture
def built(cli, real_index_dir):
    """The CLI over a copy of the session's real index of the bundled corpus."""
    shutil.copytree(real_index_dir, cli.index_dir)
    return cli


@pytest.fixture(params=BACKENDS)
def built_on_each_backend(request, cli, real_index_dir, real_engine, monkeypatch):
    """The CLI over the session's real index, in files and (INDEX_BACKEND=postgres) in a new database."""
    options = backend_options(request, request.param)
    monkeypatch.setenv("INDEX_BACKEND", options["backend"])
    monkeypatch.setenv("DATABASE_URL", options.get("database_url", ""))
    place_real_index(real_index_dir, real_engine, cli.index_dir, options)
    return cli


def test_build_then_rebuild_reuses_every_vector(monkeypatch, fake_embedders, corpus_dir, tmp_path, capsys):
    # Reusing vectors is the builder's bookkeeping, not the models': the fake ones spare two real builds.
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    build = ["build", "--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "index")]
    assert main(build) == 0
    assert "5 articles" in capsys.readouterr().out
    embedded = fake_embedders["e5"].embedded
    assert embedded > 0  # the first build embedded with these models
    assert main(build) == 0
    assert "0 embedded" in capsys.readouterr().out
    assert fake_embedders["e5"].embedded == embedded


def test_ask_prints_quotes_with_citations(built_on_each_backend, capsys):
    assert built_on_each_backend("ask", "who leads SEBIN", "-k", "2") == 0
    out = capsys.readouterr().out
    assert out.startswith("1. “") and "\n2. “" in out and "\n3. " not in out
    assert "SEBIN" in out and "2019-0" in out and "Hot Air" in out


def test_ask_json_follows_the_contract(built_on_each_backend, capsys):
    assert built_on_each_backend("ask", "What did Pompeo say about military action?", "--json") == 0
    answer = json.loads(capsys.readouterr().out)
    assert set(answer) == {"question", "abstained", "reason", "quotes", "related"}
    assert answer["abstained"] is False and len(answer["quotes"]) == 3
    for quote in answer["quotes"]:
        assert {"text", "article_id", "title", "source", "published", "url", "start", "end", "score"} <= set(quote)
        body = read_corpus_file(built_on_each_backend.corpus_dir / f"{quote['article_id']}.md").body
        assert body[quote["start"] : quote["end"]] == quote["text"]


def test_ask_dash_reads_one_question_per_line(built_on_each_backend, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("who leads SEBIN\n\nWhat is the capital of France?\n"))
    assert built_on_each_backend("ask", "-") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["question"] for a in lines] == ["who leads SEBIN", "What is the capital of France?"]
    assert lines[0]["abstained"] is False and lines[1]["abstained"] is True and lines[1]["reason"]


def test_list_shows_every_article(built_on_each_backend, capsys):
    assert built_on_each_backend("list", "--json") == 0
    listing = json.loads(capsys.readouterr().out)
    assert len(listing["articles"]) == 5 and listing["passages"] > 100
    assert {"article_id", "title", "source", "published", "url"} <= set(listing["articles"][0])


def test_eval_prints_shares_per_kind_for_each_set_and_the_declines_over_all(built_on_each_backend, capsys):
    assert (
        built_on_each_backend("eval", str(REPO / "eval" / "dev_qa.jsonl"), str(REPO / "eval" / "dev_near.jsonl")) == 0
    )
    out = capsys.readouterr().out
    for kind in ("seed", "paraphrase", "es", "oos"):
        assert kind in out
    assert "dev_near.jsonl" in out
    assert "in-scope questions declined over all sets:" in out and " of 23 " in out


def test_add_remove_and_rollback_from_the_command_line(built_on_each_backend, capsys):
    cli = built_on_each_backend
    lima_id = "2019-05-03-lima-group-backs-guaido-and-calls-for"
    assert cli("add", str(SAMPLES / "lima-group.md")) == 0
    assert f"added: {lima_id}" in capsys.readouterr().out
    assert cli("ask", "What did the Lima Group say about Guaido?", "--json") == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["article_id"] == lima_id

    def listed() -> set[str]:
        capsys.readouterr()
        assert cli("list", "--json") == 0
        return {a["article_id"] for a in json.loads(capsys.readouterr().out)["articles"]}

    assert cli("remove", lima_id) == 0 and lima_id not in listed()
    assert cli("rollback") == 0 and lima_id in listed()
    assert (cli.corpus_dir / f"{lima_id}.md").exists(), "the corpus folder follows the rollback"


def test_asking_before_building_says_how_to_fix_it(cli, capsys):
    assert cli("ask", "who leads SEBIN") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "python -m index build" in err


def test_recheck_prints_each_outcome_todays_checks_turn_and_the_counts(
    built, real_engine, tmp_path, capsys, monkeypatch
):
    from index.replay import record, write_records

    def no_model(*args, **kwargs):
        raise AssertionError("recheck judges recorded passages: no model is loaded")

    question = {
        "id": "b",
        "q": "How many Venezuelan troops have applied for asylum?",
        "kind": "seed",
        "answers": ["25"],
    }
    (entry,) = record(real_engine, [question])
    as_if_all_set_aside = {**entry, "set": "mine", "set_aside": [p["row"] for p in entry["passages"]]}
    write_records(tmp_path / "records.jsonl", [as_if_all_set_aside])
    monkeypatch.setattr("index.embedding.load_default_embedders", no_model)
    monkeypatch.setattr("index.reader.reader.load_default_reader", no_model)
    assert built("recheck", str(tmp_path / "records.jsonl")) == 0
    out = capsys.readouterr().out
    assert "+ mine b seed" in out and question["q"] in out
    assert "1 questions rechecked: 1 gained, 0 lost" in out


def test_rechecking_a_question_set_instead_of_records_is_refused_in_one_line(built, capsys):
    assert built("recheck", str(REPO / "eval" / "dev_qa.jsonl")) == 1
    assert capsys.readouterr().err.strip() == (
        "error: these are not records written by `python -m index eval --record`"
    )


def test_recording_a_held_out_set_is_refused_in_one_line(cli, capsys, tmp_path):
    # Rules are chosen on the development sets; a record of a held-out set would invite tuning on it.
    assert cli("eval", str(REPO / "eval" / "heldout_c.jsonl"), "--record", str(tmp_path / "out.jsonl")) == 1
    assert "held-out sets are not recorded" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_an_empty_question_is_one_line_error(cli, capsys):
    assert cli("ask", "   ") == 1
    assert capsys.readouterr().err == "error: the question is empty\n"


def test_unknown_options_exit_non_zero_with_one_line():
    done = subprocess.run(
        [sys.executable, "-m", "index", "ask", "hello", "--bogus"], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--bogus" in done.stderr


def _generation(index_dir):
    return next(p for p in (index_dir / "generations").iterdir() if p.is_dir())


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda folder: (folder / "vectors_e5.faiss").write_bytes(b"not a FAISS index"), "truncated"),
        (lambda folder: _flip_last_byte(folder / "bodies.bin"), "damaged"),
        (lambda folder: (folder / "manifest.json").write_text("{", encoding="utf-8"), "unreadable"),
    ],
    ids=["vectors-replaced", "bodies-changed", "manifest-broken"],
)
def test_a_damaged_index_says_what_is_wrong_and_how_to_fix_it(built, capsys, damage, message):
    damage(_generation(built.index_dir))
    assert built("ask", "Who leads SEBIN?") == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err and "python -m index build" in err


def _flip_last_byte(path):
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))


def test_an_index_built_with_other_models_is_refused_with_the_fix(cli, capsys, fake_embedders):
    from index.maintenance import Maintainer

    Maintainer(cli.corpus_dir, cli.index_dir, fake_embedders).build()
    assert cli("ask", "Who leads SEBIN?") == 1
    err = capsys.readouterr().err.strip()
    assert "built with fake-minilm" in err and "python -m index build" in err
