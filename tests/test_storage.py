"""The index folder's CURRENT pointer: switched whole or not at all, even when the process dies mid-write."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from index.storage import (
    FORMAT_VERSION,
    ChangeInProgressError,
    IndexDamagedError,
    IndexFolder,
    IndexMissingError,
    read_manifest,
)

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


def test_current_naming_a_missing_generation_with_none_left_is_reported_with_the_fix(tmp_path):
    folder = _folder_with(tmp_path, "a")  # not complete: no manifest
    folder.set_current("gone")
    with pytest.raises(IndexDamagedError, match="'gone', which is missing, .* rebuild with `python -m index build`"):
        folder.current()


def _made_in_turn(folder: IndexFolder, *steps: tuple[str, str]) -> None:
    for name, base in steps:
        folder.set_current(name)
        folder.record({"action": "test", "generation": name, "base": base})


def test_previous_is_the_generation_the_live_one_was_made_from(tmp_path):
    folder = _folder_with(tmp_path, "a", "b", "c")
    _made_in_turn(folder, ("a", ""), ("b", "a"), ("c", "b"))
    assert folder.previous() == "b" and folder.ancestors() == ["b", "a"]
    folder.set_current("b")  # a rollback steps back to a next, never back to c
    folder.record({"action": "rollback", "generation": "b", "base": "c"})
    assert folder.previous() == "a"


def test_previous_skips_generations_no_longer_kept(tmp_path):
    folder = _folder_with(tmp_path, "a", "b", "c")
    _made_in_turn(folder, ("a", ""), ("b", "a"), ("c", "b"))
    (folder.generations / "b").rmdir()
    assert folder.previous() == "a"
    (folder.generations / "a").rmdir()
    assert folder.previous() is None


def test_previous_without_recorded_bases_is_the_next_older_generation(tmp_path):
    folder = _folder_with(tmp_path, "20190501", "20190502", "20190503")
    folder.set_current("20190502")
    assert folder.previous() == "20190501"
    folder.set_current("20190501")
    assert folder.previous() is None


def test_a_history_line_torn_by_a_crash_is_skipped_and_the_next_change_still_recorded(tmp_path):
    folder = _folder_with(tmp_path)
    folder.record({"action": "build", "generation": "a"})
    with open(folder.history_file, "a", encoding="utf-8") as handle:
        handle.write('{"action": "add", "gener')
    folder.record({"action": "remove", "generation": "b", "who": "ana"})
    entries = folder.history()
    assert [(e["action"], e["generation"]) for e in entries] == [("build", "a"), ("remove", "b")]
    assert entries[1]["who"] == "ana" and entries[1]["when"].startswith("20")
    assert entries[1]["when"].endswith("+00:00"), "the history is kept in UTC, whatever the machine's zone"


def _fill(text: str):
    def fill(folder: Path) -> dict:
        (folder / "passages.txt").write_text(text, encoding="utf-8")
        return {"note": "café"}

    return fill


def test_a_new_generation_goes_live_with_a_manifest_that_checks_its_files(tmp_path):
    folder = IndexFolder(tmp_path / "new" / "index")  # not there yet: created on the way
    live = folder.write_generation(_fill("one passage"))
    assert folder.current() == live and folder.generation_names() == [live.name]
    manifest = read_manifest(live)
    assert manifest["note"] == "café" and manifest["format_version"] == FORMAT_VERSION
    assert manifest["files"]["passages.txt"]["bytes"] == len("one passage")


def test_a_truncated_or_altered_index_file_is_refused_with_the_fix(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    live = folder.write_generation(_fill("one passage"))
    (live / "passages.txt").write_text("one passagE", encoding="utf-8")
    with pytest.raises(IndexDamagedError, match=r"passages.txt is damaged \(checksum mismatch\): rebuild it with"):
        read_manifest(live)
    (live / "passages.txt").write_text("one", encoding="utf-8")
    with pytest.raises(IndexDamagedError, match=r"passages.txt is missing or truncated: rebuild it with `python -m"):
        read_manifest(live)
    (live / "passages.txt").unlink()
    with pytest.raises(IndexDamagedError, match="missing or truncated"):
        read_manifest(live)


def test_a_missing_manifest_or_another_format_is_refused_with_the_fix(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    live = folder.write_generation(_fill("one passage"))
    manifest = live / "manifest.json"
    manifest.write_text(manifest.read_text().replace(f'"format_version": {FORMAT_VERSION}', '"format_version": 1'))
    with pytest.raises(IndexDamagedError, match=f"has format 1, this version reads format {FORMAT_VERSION}: rebuild"):
        read_manifest(live)
    manifest.unlink()
    with pytest.raises(IndexDamagedError, match="manifest .* is missing or unreadable: rebuild it with .*rollback"):
        read_manifest(live)


def test_old_generations_are_pruned_but_the_last_few_live_ones_kept(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    names = []
    for n in range(5):
        names.append(folder.write_generation(_fill(f"passage {n}")).name)
        folder.record({"action": "build", "generation": names[-1]})
    assert folder.generation_names() == names[-4:]  # three recorded as live, and the one just made live
    assert folder.current().name == names[-1] and folder.previous() == names[-2]


def test_leftovers_of_an_interrupted_build_are_removed_by_the_next_one(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    folder.write_generation(_fill("first"))
    (folder.generations / ".staging-crashed").mkdir()
    folder.write_generation(_fill("second"))
    assert not list(folder.generations.glob(".staging-*"))


def test_a_failing_build_leaves_the_previous_generation_live_and_no_staging_folder(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    live = folder.write_generation(_fill("first"))

    def broken(staging: Path) -> dict:
        (staging / "half.bin").write_bytes(b"x")
        raise OSError("disk gone")

    with pytest.raises(OSError):
        folder.write_generation(broken)
    assert folder.current() == live and sorted(p.name for p in folder.generations.iterdir()) == [live.name]


def test_only_one_holder_of_the_change_lock_at_a_time(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    with folder.locked():
        other = IndexFolder(tmp_path / "index")
        with pytest.raises(ChangeInProgressError, match="in progress"), other.locked(wait_seconds=0.2):
            pass
    with IndexFolder(tmp_path / "index").locked():
        pass  # released when the first holder is done


def test_asking_before_any_build_says_how_to_make_one(tmp_path):
    folder = IndexFolder(tmp_path / "index")
    with pytest.raises(IndexMissingError) as refused:
        folder.current()
    assert str(refused.value) == f"no index in {folder.root} yet: run `python -m index build`"


def _three_generations_the_middle_one_damaged(tmp_path: Path) -> IndexFolder:
    folder = IndexFolder(tmp_path / "index")
    for name in ("g1", "g2", "g3"):
        folder.write_generation(_fill(f"passages of {name}"), name)
        folder.record({"action": "test", "generation": name})
    (folder.generations / "g2" / "passages.txt").write_text("altered!", encoding="utf-8")
    return folder


def test_the_newest_complete_generation_skips_damaged_and_excluded_ones(tmp_path):
    folder = _three_generations_the_middle_one_damaged(tmp_path)
    assert folder.newest_complete() == "g3"
    assert folder.newest_complete(exclude="g3") == "g1"


def test_current_naming_a_missing_generation_falls_back_to_the_newest_complete_one_and_says_so(tmp_path, caplog):
    folder = _three_generations_the_middle_one_damaged(tmp_path)
    shutil.rmtree(folder.generations / "g3")
    folder.set_current("g3")
    assert folder.current() == folder.generations / "g1"
    assert caplog.records[-1].getMessage() == (
        f"{folder.pointer} names generation 'g3', which is missing: using g1, the newest complete generation "
        "(the next change or `python -m index build` makes it live for good)"
    )


def test_rollback_steps_back_through_what_each_generation_was_made_from_not_by_age(tmp_path):
    folder = _folder_with(tmp_path, "a", "b", "c")
    _made_in_turn(folder, ("a", ""), ("b", "a"), ("c", "a"))  # c was made after rolling back to a
    assert folder.ancestors() == ["a"]


def test_a_generation_from_before_bases_were_recorded_continues_by_age(tmp_path):
    folder = _folder_with(tmp_path, "20190501", "20190502", "20190503")
    _made_in_turn(folder, ("20190503", "20190502"))
    assert folder.ancestors() == ["20190502", "20190501"]


def test_a_history_whose_bases_loop_still_gives_each_generation_once(tmp_path):
    folder = _folder_with(tmp_path, "a", "b", "c")
    _made_in_turn(folder, ("a", "b"), ("b", "a"), ("c", "a"))  # a hand-edited history: a and b made from each other
    assert folder.ancestors() == ["a", "b"]


def test_only_finished_generation_folders_count_and_refused_builds_are_not_live_generations(tmp_path):
    folder = _folder_with(tmp_path, "a", ".staging-1")
    (folder.generations / "notes.txt").write_text("not a generation", encoding="utf-8")
    assert folder.generation_names() == ["a"]
    folder.record({"action": "build", "generation": "a"})
    folder.record({"action": "build refused", "refused": []})
    folder.record({"action": "add", "generation": "b"})
    assert folder.live_sequence() == ["a", "b"]
