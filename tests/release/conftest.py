"""Fixtures for the release tests: throw-away git clones of the project."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GIT_IDENTITY = ("-c", "user.name=release-tests", "-c", "user.email=release-tests@localhost")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *GIT_IDENTITY, *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def snapshot_clone(dest: Path) -> Path:
    """Clone the project into ``dest`` and commit the working tree there, so it is clean.

    The clone brings HEAD and the tags; copying the working tree's tracked and untracked
    (not ignored) files on top makes the tests exercise the code as it stands now.
    """
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(dest)], check=True)
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\0")
    for tracked in git(dest, "ls-files", "-z").split("\0"):
        if tracked and not (ROOT / tracked).is_file():
            (dest / tracked).unlink()
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git(dest, "add", "-A")
    if git(dest, "status", "--porcelain").strip():
        git(dest, "commit", "--quiet", "-m", "Snapshot of the working tree")
    return dest


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clean clone of the project (HEAD plus the working tree's changes, committed)."""
    return snapshot_clone(tmp_path / "repo")
