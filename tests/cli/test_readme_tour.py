"""The README's command line tour runs as it stands (bash, the installed script, an emulator)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mistral_workflows_emulator import RunningEmulator

ROOT = Path(__file__).resolve().parents[2]
TOUR = re.search(r"<!-- cli-tour -->\n```sh\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)

pytestmark = [pytest.mark.slow, pytest.mark.emulator_only]


def test_the_readme_has_the_tour() -> None:
    assert TOUR is not None and "mistral-workflows watch" in TOUR[1]


def test_the_tour_runs(emulator: RunningEmulator) -> None:
    assert TOUR is not None
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "MISTRAL_API_KEY": "tour-key",
        "MISTRAL_BASE_URL": emulator.base_url,
    }
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", TOUR[1]],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert '"counted": 3' in done.stdout
    assert "exit status 4 (4: FAILED)" in done.stdout
    assert "would cancel 3 execution(s)" in done.stderr
    assert "cancel: 3 ids, 3 succeeded" in done.stdout
    assert "Traceback" not in done.stderr
