"""`pip install .` gives one distribution that imports both packages, in a fresh venv.

The wheel is built with ``pip wheel --no-deps .`` (the hatchling backend of pyproject.toml),
installed with ``--no-deps`` next to exactly the runtime requirements it declares, and imported
from outside the repository, so a missing file or an undeclared dependency fails here.

Also the packaging conventions: the tooling lives in PEP 735 dependency groups and the wheel
offers only the ``emulator`` extra; the emulator names that extra when it is missing; the
Apache-2.0 LICENSE, the changelog, the project URLs and the API reference pages are there.
"""

from __future__ import annotations

import ast
import email.parser
import hashlib
import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

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
    "workflows": {
        "add_workflow_tags",
        "archive_workflow",
        "bulk_archive_workflows",
        "bulk_unarchive_workflows",
        "execute_workflow",
        "get_workflow",
        "list_workflows",
        "unarchive_workflow",
        "update_workflow",
    },
    "runs": {"list_runs", "get_run", "get_run_history"},
    "events": {"list_events", "stream_events"},
    "registrations": {"execute_registration", "get_registration", "list_registrations"},
    "schedules": {
        "create_schedule",
        "delete_schedule",
        "get_schedule",
        "list_schedules",
        "pause_schedule",
        "resume_schedule",
        "trigger_schedule",
        "update_schedule",
    },
    "deployments": {
        "create_deployment",
        "delete_deployment",
        "get_deployment",
        "get_deployment_archive",
        "list_deployment_logs",
        "list_deployment_workers",
        "list_deployments",
        "restart_deployment",
        "start_deployment",
        "stop_deployment",
        "stream_deployment_logs",
        "unharden_deployment",
        "update_deployment",
    },
    "metrics": {"get_workflow_metrics"},
    "workers": {"get_worker_info"},
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


# --- packaging conventions ------------------------------------------------------------------

#: SHA-256 of the Apache License 2.0 exactly as the ASF publishes it (LICENSE-2.0.txt).
APACHE_2_0_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"


def pyproject(repo_root: Path) -> dict[str, Any]:
    return tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))


def test_tooling_is_in_dependency_groups_and_the_extras_are_runtime_features(repo_root: Path) -> None:
    """Extras are what users install for a feature (the emulator, the command line, payload
    encoding and its cloud blob stores); tooling lives in dependency groups."""
    config = pyproject(repo_root)
    extras = config["project"]["optional-dependencies"]
    assert set(extras) == {"emulator", "cli", "encoding", "s3", "gcs", "azure"}
    assert config["project"]["scripts"] == {"mistral-workflows": "mistral_workflows.cli:main"}
    assert {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0] for r in extras["encoding"]} == {
        "cryptography",
        "zstandard",
        "msgpack",
    }
    groups = config["dependency-groups"]
    assert set(groups) >= {"dev", "bench", "demo"}
    names = {
        group: {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower() for r in requirements}
        for group, requirements in groups.items()
    }
    assert {"ruff", "mypy", "pytest", "openapi-python-client", "mkdocs-material"} <= names["dev"]
    assert {"mkdocstrings", "mkdocstrings-python"} <= names["dev"]
    assert "mistralai" in names["bench"]
    assert "rich" in names["demo"]


def test_make_setup_installs_the_groups_with_pip(repo_root: Path) -> None:
    makefile = (repo_root / "Makefile").read_text()
    assert "-e '.[emulator,encoding,cli]' $(addprefix --group ,$(DEP_GROUPS))" in makefile
    assert "$(addprefix --group ,$(DEP_GROUPS) bench)" in makefile
    assert re.search(r"^DEP_GROUPS \?= dev demo$", makefile, flags=re.M)
    assert "'pip>=25.1'" in makefile  # the first pip with --group


def test_project_urls_license_and_changelog_are_declared(repo_root: Path) -> None:
    project = pyproject(repo_root)["project"]
    assert set(project["urls"]) == {"Homepage", "Documentation", "Changelog", "Issues"}
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    sdist = pyproject(repo_root)["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert {"LICENSE", "CHANGELOG.md"} <= set(sdist)


def test_license_is_the_complete_apache_2_0_text(repo_root: Path) -> None:
    text = (repo_root / "LICENSE").read_bytes()
    assert hashlib.sha256(text).hexdigest() == APACHE_2_0_SHA256
    assert b"END OF TERMS AND CONDITIONS" in text


def test_changelog_has_unreleased_and_the_current_version(repo_root: Path) -> None:
    version_file = (repo_root / "overlays" / "mistral_workflows" / "_version.py").read_text()
    match = re.search(r'__version__ = "([^"]+)"', version_file)
    assert match
    changelog = (repo_root / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n")
    assert "\n## [Unreleased]\n" in changelog
    assert re.search(rf"^## \[{re.escape(match[1])}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, flags=re.M)
    assert re.search(r"^\[Unreleased\]: \S+$", changelog, flags=re.M)
    assert re.search(rf"^\[{re.escape(match[1])}\]: \S+$", changelog, flags=re.M)


def public_names(init: Path) -> list[str]:
    """``__all__`` of a package, read from its source (so a broken import cannot hide a name)."""
    for node in ast.parse(init.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(name) for name in value]
    raise AssertionError(f"no __all__ in {init}")


def test_the_api_reference_documents_every_public_name(repo_root: Path) -> None:
    page = (repo_root / "docs" / "client.md").read_text()
    documented = set(re.findall(r"^::: mistral_workflows\.(\w+)$", page, flags=re.M))
    public = {n for n in public_names(repo_root / "overlays/mistral_workflows/__init__.py") if n[0] != "_"}
    assert public - documented == set(), "add them to docs/client.md"
    assert documented - public == set(), "no longer public: remove them from docs/client.md"
    assert "::: mistral_workflows_emulator" in (repo_root / "docs" / "emulator.md").read_text()
    assert '--8<-- "CHANGELOG.md"' in (repo_root / "docs" / "changelog.md").read_text()
    mkdocs = (repo_root / "mkdocs.yml").read_text()
    assert "paths: [overlays, generated, emulator]" in mkdocs


WITHOUT_MODULE = """
import importlib.abc, json, sys

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == sys.argv[1]:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Blocker())
try:
    import mistral_workflows_emulator
except ModuleNotFoundError as error:
    print(json.dumps({"type": type(error).__name__, "message": str(error), "name": error.name}))
else:
    print(json.dumps(None))
"""


@pytest.mark.parametrize("module", ["starlette", "uvicorn", "sse_starlette"])
def test_the_emulator_without_its_extra_says_which_extra_to_install(repo_root: Path, module: str) -> None:
    report = json.loads(run(sys.executable, "-c", WITHOUT_MODULE, module, cwd=repo_root))
    assert report is not None, f"the emulator imported without {module}"
    assert report["type"] == "ModuleNotFoundError"
    assert report["name"].partition(".")[0] == module
    assert "pip install 'mistral-workflows[emulator]'" in report["message"]
    assert repr(report["name"]) in report["message"]


@pytest.fixture(scope="module")
def wheel_metadata(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, set[str]]:
    """(METADATA, file names) of the wheel `pip wheel .` builds from the working tree."""
    out = tmp_path_factory.mktemp("wheel")
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    run(*pip, "wheel", "--no-deps", "--quiet", ".", "-w", out, cwd=repo_root)
    [wheel] = out.glob("mistral_workflows-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [metadata] = [n for n in names if n.endswith(".dist-info/METADATA")]
        text = archive.read(metadata).decode("utf-8")
    return email.parser.Parser().parsestr(text), names


@pytest.mark.slow
def test_the_wheel_offers_only_runtime_extras(wheel_metadata: tuple[Any, set[str]]) -> None:
    metadata, _ = wheel_metadata
    runtime = {"emulator", "cli", "encoding", "s3", "gcs", "azure"}
    assert set(metadata.get_all("Provides-Extra")) == runtime
    extras = {m[1] for r in metadata.get_all("Requires-Dist", []) if (m := re.search(r"extra == \W(\w+)", r))}
    assert extras == runtime
    requirements = metadata.get_all("Requires-Dist", [])
    required = " ".join(requirements)
    for tool in ("ruff", "mypy", "pytest", "mkdocs", "mistralai"):
        assert tool not in required
    # rich and click come only with the cli extra
    assert all("extra ==" in r for r in requirements if r.startswith(("rich", "click")))


@pytest.mark.slow
def test_the_wheel_carries_license_and_project_urls(wheel_metadata: tuple[Any, set[str]]) -> None:
    metadata, names = wheel_metadata
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    urls = {entry.partition(",")[0] for entry in metadata.get_all("Project-URL", [])}
    assert urls == {"Homepage", "Documentation", "Changelog", "Issues"}
