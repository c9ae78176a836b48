"""Every Python block of the README runs as it stands, and type-checks with mypy --strict.

The blocks talk to the API as users' code does (``Workflows()``: the key and base URL from
the environment); here the environment points them at an emulator. Blocks that start an
emulator of their own do so.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mistral_workflows_emulator import RunningEmulator, running_emulator

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def block_id(code: str) -> str:
    first = next(line for line in code.splitlines() if line and not line.startswith(("from ", "import ")))
    return re.sub(r"\W+", "-", first)[:40].strip("-")


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(speed=50) as emu:
        yield emu


def test_there_are_blocks_to_check() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("code", BLOCKS, ids=[block_id(code) for code in BLOCKS])
def test_the_block_runs(code: str, emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "readme-key")
    monkeypatch.setenv("MISTRAL_BASE_URL", emulator.base_url)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})


@pytest.mark.slow
def test_every_block_type_checks(tmp_path: Path) -> None:
    files = []
    for number, code in enumerate(BLOCKS):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text(code)
        files.append(str(path))
    args = ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), *files]
    done = subprocess.run([sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
