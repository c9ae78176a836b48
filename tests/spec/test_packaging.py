"""`pip install .` gives one distribution that imports both packages, in a fresh venv.

The wheel is built with ``pip wheel --no-deps .`` (the hatchling backend of pyproject.toml),
installed with ``--no-deps`` next to exactly the runtime requirements it declares, and imported
from outside the repository, so a missing file or an undeclared dependency fails here.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

OPERATION_MODULES = {
    "executions": {
        "batch_cancel_executions",
        "batch_terminate_executions",
        "cancel_execution",
        "get_execution",
        "get_execution_history",
        "get_trace_events",
        "get_trace_info",
        "get_trace_otel",
        "get_trace_summary",
        "list_execution_logs",
        "query_execution",
        "reset_execution",
        "signal_execution",
        "stream_execution",
        "stream_execution_logs",
        "terminate_execution",
        "update_execution",
    },
    "workflows": {"execute_workflow"},
}

PROBE = """
import importlib, json, pkgutil, sys
import mistral_workflows, mistral_workflows_api
from mistral_workflows_api import api
def modules(package):
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__))
found = {
    tag: modules(importlib.import_module(f"mistral_workflows_api.api.{tag}"))
    for tag in modules(api)
}
for tag, names in found.items():
    for name in names:
        module = importlib.import_module(f"mistral_workflows_api.api.{tag}.{name}")
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed), name
print(json.dumps({
    "files": [mistral_workflows.__file__, mistral_workflows_api.__file__],
    "version": mistral_workflows.__version__,
    "operations": found,
}))
"""


def run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def runtime_requirements(wheel: Path) -> list[str]:
    """The wheel's Requires-Dist entries that are not tied to an extra."""
    with zipfile.ZipFile(wheel) as archive:
        [metadata] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode("utf-8").splitlines()
    requirements = [line.partition(": ")[2] for line in lines if line.startswith("Requires-Dist:")]
    return [r for r in requirements if "extra ==" not in r]


@pytest.mark.slow
def test_the_wheel_installs_into_a_fresh_venv_and_imports_both_packages(
    repo_root: Path, tmp_path: Path
) -> None:
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    run(*pip, "wheel", "--no-deps", "--quiet", ".", "-w", tmp_path / "dist", cwd=repo_root)
    [wheel] = (tmp_path / "dist").glob("mistral_workflows-*.whl")
    requirements = runtime_requirements(wheel)
    names = {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0] for r in requirements}
    assert names >= {"httpx", "attrs"}

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    install = (*pip, "--python", python, "install", "--quiet")
    run(*install, "--no-deps", wheel, cwd=tmp_path)
    run(*install, *requirements, cwd=tmp_path)

    report = json.loads(run(python, "-c", PROBE, cwd=tmp_path))
    site_packages = venv.resolve()
    for file in report["files"]:
        assert Path(file).resolve().is_relative_to(site_packages), file
    assert report["version"]
    assert {tag: set(names) for tag, names in report["operations"].items()} == OPERATION_MODULES
