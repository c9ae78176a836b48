"""The drift check (`scripts/generate.py --check`) and the generation record.

The check regenerates from openapi.yaml (a few seconds), so the module runs it exactly twice,
at the same time: on a pristine copy of generated/ and on a copy with one line changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import mistral_workflows_api
from mistral_workflows_api._generation import GENERATION

CHANGED_FILE = "mistral_workflows_api/api/executions/get_execution.py"
ORIGINAL_LINE = '        "method": "get",\n'
CHANGED_LINE = '        "method": "put",\n'


@dataclass(frozen=True)
class CheckRun:
    returncode: int
    output: str


@dataclass(frozen=True)
class DriftChecks:
    pristine: CheckRun
    changed: CheckRun


def _copy_generated(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture(scope="module")
def drift_checks(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> DriftChecks:
    base = tmp_path_factory.mktemp("drift")
    pristine = _copy_generated(repo_root / "generated", base / "pristine")
    changed = _copy_generated(repo_root / "generated", base / "changed")
    module = changed / CHANGED_FILE
    text = module.read_text(encoding="utf-8")
    assert text.count(ORIGINAL_LINE) == 1
    module.write_text(text.replace(ORIGINAL_LINE, CHANGED_LINE), encoding="utf-8")

    script = str(repo_root / "scripts" / "generate.py")
    runs = {
        name: subprocess.Popen(
            [sys.executable, script, "--check", "--dir", str(tree)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, tree in (("pristine", pristine), ("changed", changed))
    }
    results = {}
    for name, process in runs.items():
        output, _ = process.communicate(timeout=300)
        results[name] = CheckRun(process.returncode, output)
    return DriftChecks(**results)


@pytest.mark.slow
def test_check_passes_on_a_pristine_copy(drift_checks: DriftChecks) -> None:
    assert drift_checks.pristine.returncode == 0, drift_checks.pristine.output


@pytest.mark.slow
def test_check_fails_with_a_diff_naming_the_changed_line(drift_checks: DriftChecks) -> None:
    run = drift_checks.changed
    assert run.returncode == 1, run.output
    lines = run.output.splitlines()
    assert f"--- generated/{CHANGED_FILE}" in lines
    assert f"+++ fresh/{CHANGED_FILE}" in lines
    assert f"-{CHANGED_LINE.rstrip()}" in lines
    assert f"+{ORIGINAL_LINE.rstrip()}" in lines
    # Only the changed line differs, and the output says how to fix it.
    changed = [line for line in lines if line.startswith(("+", "-")) and line[:3] not in ("+++", "---")]
    assert len(changed) == 2
    assert "make generate" in run.output


def _record(repo_root: Path) -> dict[str, Any]:
    loaded = json.loads((repo_root / "generated" / "GENERATION.json").read_text())
    assert isinstance(loaded, dict)
    return loaded


def test_generation_record_names_the_pinned_generator_and_the_spec_hash(repo_root: Path) -> None:
    record = _record(repo_root)
    assert record["generator"] == "openapi-python-client"
    assert record["generator_version"] == "0.29.1"
    spec_hash = hashlib.sha256((repo_root / "openapi.yaml").read_bytes()).hexdigest()
    assert record["spec_sha256"] == spec_hash


def test_the_package_carries_the_same_record(repo_root: Path) -> None:
    assert Path(mistral_workflows_api.__file__).parent == repo_root / "generated" / ("mistral_workflows_api")
    assert _record(repo_root) == GENERATION
