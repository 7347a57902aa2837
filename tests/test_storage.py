"""The index folder's CURRENT pointer: switched whole or not at all, even when the process dies mid-write."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from index.storage import IndexDamagedError, IndexFolder, IndexMissingError

REPO = Path(__file__).resolve().parent.parent

# Set CURRENT to a new generation while the kernel allows only a few bytes per file: the write stops
# part-way and the process is killed by SIGXFSZ, as a crash or a full disk would stop it.
KILLED_WHILE_WRITING = """
import resource, signal, sys
from pathlib import Path
from index.storage import IndexFolder
folder = IndexFolder(Path(sys.argv[1]))
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; a real crash would not
resource.setrlimit(resource.RLIMIT_FSIZE, (4, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
folder.set_current(sys.argv[2])
"""


def _folder_with(tmp_path: Path, *names: str) -> IndexFolder:
    folder = IndexFolder(tmp_path / "index")
    for name in names:
        (folder.generations / name).mkdir(parents=True)
    return folder


def test_current_survives_a_kill_in_the_middle_of_its_write(tmp_path):
    folder = _folder_with(tmp_path, "20190430T000000000000Z", "20190502T000000000000Z")
    folder.set_current("20190430T000000000000Z")
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_WRITING, str(folder.root), "20190502T000000000000Z"],
        cwd=REPO,
        capture_output=True,
    )
    assert done.returncode == -signal.SIGXFSZ, done.stderr.decode()
    assert folder.current().name == "20190430T000000000000Z"


def test_setting_current_switches_the_live_generation_and_leaves_no_temporary_file(tmp_path):
    folder = _folder_with(tmp_path, "a", "b")
    assert not folder.exists()
    with pytest.raises(IndexMissingError):
        folder.current()
    folder.set_current("a")
    folder.set_current("b")
    assert folder.current().name == "b"
    assert sorted(p.name for p in folder.root.iterdir()) == ["CURRENT", "generations"]


def test_current_naming_a_missing_generation_is_reported_with_the_fix(tmp_path):
    folder = _folder_with(tmp_path, "a")
    folder.set_current("gone")
    with pytest.raises(IndexDamagedError, match="rollback"):
        folder.current()
