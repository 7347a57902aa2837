# `make run` sets up a fresh clone and runs Cronista (the Discord bot, or a sample answer without a token);
# `make test` checks style (ruff) and runs the tests. Both create .venv on first use. `make quality` scores every
# question set against the issue's bars (held-out sets included). `make mutate` (not in CI: a
# few minutes) runs mutation testing of the pure modules against the fast tests; mutmut works in mutants/ (ignored).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test quality faults setup eval eval-foreign bench mutate clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch==2.13.0 in the same command picks the CPU build instead of gigabytes of CUDA wheels.
	$(PY) -m pip install --quiet "torch==2.13.0" -e ".[dev]"
	touch $@

setup: $(VENV)/.installed

run: setup
	$(PY) -m bot

test: setup
	$(PY) -m ruff check --quiet index bot tests
	$(PY) -m ruff format --check --quiet index bot tests
	$(PY) -m pytest -q

# The issue's bars over every question set, held-out ones included (ten to fifteen minutes; left out of `make test`).
quality: setup
	$(PY) -m pytest -q -m heldout

# Kill a real change at each step (after the corpus write, after staging, around the swap) and check that
# corpus, index and history agree afterwards.
faults: setup
	$(PY) -m pytest -q tests/test_crash_recovery.py

eval: setup
	$(PY) -m index eval eval/*.jsonl

# The answer-type checks' development set: 24 fictional articles about other crises with 720 questions, in a
# throwaway index of its own (see eval/foreign/README.md).
eval-foreign: setup
	CORPUS_DIR=eval/foreign/articles INDEX_DIR=.cronista/foreign $(PY) -m index build
	INDEX_DIR=.cronista/foreign $(PY) -m index eval eval/foreign/questions.jsonl

bench: setup
	$(PY) -m index bench
	$(PY) -m bot.bench

mutate: setup
	rm -rf mutants
	nice -n 10 $(VENV)/bin/mutmut run --max-children 2
	$(VENV)/bin/mutmut results

clean:
	rm -rf .cronista
