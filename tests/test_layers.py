"""The layers of the design hold (see .importlinter): a module importing across them fails the tests."""

from __future__ import annotations

from conftest import REPO
from importlinter.cli import lint_imports


def test_the_import_contracts_are_kept(capsys):
    kept = lint_imports(config_filename=str(REPO / ".importlinter"), no_cache=True, no_logo=True)
    assert kept == 0, capsys.readouterr().out
