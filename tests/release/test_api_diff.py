"""`make api-diff` on a throw-away clone: tag a release, change the spec, regenerate, compare."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

GIT_IDENTITY = ("-c", "user.name=release-tests", "-c", "user.email=release-tests@localhost")
RESPONSE = "mistral_workflows_api.models.workflow_execution_response.WorkflowExecutionResponse"
REQUEST = "mistral_workflows_api.models.workflow_execution_request.WorkflowExecutionRequest"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *GIT_IDENTITY, *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def api_diff(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "scripts/api_diff.py"], cwd=repo, capture_output=True, text=True)


def set_version(repo: Path, version: str) -> None:
    path = repo / "overlays/mistral_workflows/_version.py"
    text = re.sub(r'__version__ = "[^"]*"', f'__version__ = "{version}"', path.read_text())
    path.write_text(text)


def release(repo: Path, version: str) -> None:
    """Commit the tree as ``version`` and tag it, with no other release tag around."""
    for tag in git(repo, "tag", "--list").split():
        git(repo, "tag", "-d", tag)
    set_version(repo, version)
    git(repo, "commit", "--quiet", "-am", f"Release {version}")
    git(repo, "tag", f"v{version}")


def change_spec(repo: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """Edit openapi.yaml, then regenerate, as a developer would (`make generate`)."""
    spec_path = repo / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    edit(spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    subprocess.run([sys.executable, "scripts/generate.py"], cwd=repo, check=True, capture_output=True)


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


@pytest.mark.slow
def test_without_a_release_tag_there_is_nothing_to_compare(clone: Path) -> None:
    for tag in git(clone, "tag", "--list").split():
        git(clone, "tag", "-d", tag)
    proc = api_diff(clone)
    assert proc.returncode == 0
    assert "No release tag" in proc.stdout


@pytest.mark.slow
def test_compares_with_the_highest_tag_not_above_the_package_version(clone: Path) -> None:
    release(clone, "1.1.0")
    set_version(clone, "1.2.0")
    git(clone, "commit", "--quiet", "-am", "Version 1.2.0")
    git(clone, "tag", "v1.3.0")  # above the package version: a later release's tag
    git(clone, "tag", "not-a-release")
    git(clone, "switch", "--quiet", "-c", "elsewhere", "HEAD~1")
    git(clone, "commit", "--quiet", "--allow-empty", "-m", "Unmerged")
    git(clone, "tag", "v1.1.5")  # not reachable from main
    git(clone, "switch", "--quiet", "main")

    assert "v1.1.0 -> working tree (version 1.2.0)" in api_diff(clone).stdout
    git(clone, "tag", "v1.2.0")
    assert "v1.2.0 -> working tree (version 1.2.0)" in api_diff(clone).stdout


@pytest.mark.slow
def test_removed_field_and_renamed_operation_need_a_major_bump(clone: Path) -> None:
    release(clone, "1.4.2")

    def remove_and_rename(spec: dict[str, Any]) -> None:
        del schema(spec, "WorkflowExecutionResponse")["properties"]["user_id"]
        for operations in spec["paths"].values():
            for operation in operations.values():
                if isinstance(operation, dict) and operation.get("operationId") == "get_execution":
                    operation["operationId"] = "fetch_execution"

    change_spec(clone, remove_and_rename)
    proc = api_diff(clone)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"BREAKING {RESPONSE}.user_id: Public object was removed" in proc.stdout
    assert (
        "BREAKING mistral_workflows_api.api.executions.get_execution: Public object was removed"
        in proc.stdout
    )
    assert "mistral_workflows_api.api.executions.fetch_execution: added (module)" in proc.stdout
    assert "make it 2.0.0" in proc.stdout

    set_version(clone, "2.0.0")
    proc = api_diff(clone)
    assert proc.returncode == 0, proc.stdout
    assert "OK: 2.0.0 is a major bump over v1.4.2" in proc.stdout


@pytest.mark.slow
def test_required_or_narrowed_field_is_breaking(clone: Path) -> None:
    release(clone, "1.0.0")

    def tighten(spec: dict[str, Any]) -> None:
        schema(spec, "WorkflowExecutionResponse")["required"].append("run_id")
        schema(spec, "WorkflowExecutionRequest")["properties"]["task_queue"] = {"type": "string"}

    change_spec(clone, tighten)
    proc = api_diff(clone)
    assert proc.returncode == 1
    assert f"BREAKING {RESPONSE}.run_id: now required" in proc.stdout
    assert f"BREAKING {REQUEST}.task_queue: type narrowed: None | str | Unset -> str" in proc.stdout


@pytest.mark.slow
def test_additions_are_not_breaking(clone: Path) -> None:
    release(clone, "1.0.0")

    def add_field(spec: dict[str, Any]) -> None:
        schema(spec, "WorkflowExecutionRequest")["properties"]["priority"] = {
            "type": "integer",
            "description": "Scheduling priority.",
        }

    change_spec(clone, add_field)
    (clone / "overlays/mistral_workflows/extras.py").write_text(
        '"""Helpers."""\n\n\ndef helper(count: int) -> int:\n    return count\n'
    )
    proc = api_diff(clone)
    assert proc.returncode == 0, proc.stdout
    assert "Breaking changes: 0" in proc.stdout
    assert f"{REQUEST}.priority: added (attribute)" in proc.stdout
    assert "mistral_workflows.extras: added (module)" in proc.stdout
    assert "additions call for a minor version bump" in proc.stdout


@pytest.mark.slow
def test_overlay_parameter_removal_is_breaking(clone: Path) -> None:
    extras = clone / "overlays/mistral_workflows/extras.py"
    extras.write_text(
        '"""Helpers."""\n\n\ndef scale(value: int, factor: int = 2) -> int:\n    return value * factor\n'
    )
    git(clone, "add", str(extras))
    release(clone, "1.0.0")
    extras.write_text('"""Helpers."""\n\n\ndef scale(value: int) -> int:\n    return value * 2\n')
    proc = api_diff(clone)
    assert proc.returncode == 1
    assert "BREAKING mistral_workflows.extras.scale: Parameter was removed: 'factor'" in proc.stdout
