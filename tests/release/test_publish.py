"""`make publish` end to end: a local pypiserver with authentication, a throw-away clone, a fresh venv.

The clone has no .venv of its own: `make -o .venv/.installed publish PY=<this interpreter>` runs
the real target without making make build a second venv (this one has build and twine).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.support import wait_until

GIT_IDENTITY = ("-c", "user.name=release-tests", "-c", "user.email=release-tests@localhost")
INDEX_USER = "publisher"
INDEX_PASSWORD = "s3cret-for-tests"
# passlib, which pypiserver needs for htpasswd, still imports the stdlib crypt module.
pytestmark = pytest.mark.filterwarnings("ignore:'crypt' is deprecated:DeprecationWarning")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *GIT_IDENTITY, *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path, timeout: float = 30.0) -> None:
    """Return once something listens on 127.0.0.1:``port``; fail if ``process`` exits first."""

    def listening() -> bool:
        if process.poll() is not None:
            raise AssertionError(f"{process.args!r} exited with {process.returncode}:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            return False

    wait_until(listening, timeout=timeout, interval=0.1, message=f"a listener on 127.0.0.1:{port}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def uploaded(packages: Path) -> dict[str, str]:
    return {path.name: sha256_of(path) for path in packages.iterdir()}


def package_version(repo: Path) -> str:
    text = (repo / "overlays/mistral_workflows/_version.py").read_text()
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match is not None
    return match.group(1)


@pytest.fixture
def package_index(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """pypiserver on loopback, uploads behind htpasswd auth: yields (its URL, its packages dir)."""
    from passlib.apache import HtpasswdFile

    packages = tmp_path / "index-packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(tmp_path / "htpasswd"), new=True)
    htpasswd.set_password(INDEX_USER, INDEX_PASSWORD)
    htpasswd.save()
    port = free_port()
    log_path = tmp_path / "pypiserver.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1"),
                *("--port", str(port), "--authenticate", "update"),
                *("--passwords", str(tmp_path / "htpasswd"), "--disable-fallback", str(packages)),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(port, server, log_path)
            yield f"http://127.0.0.1:{port}/", packages
        finally:
            stop(server)


def publish_env(index_url: str | None, *, password: str = INDEX_PASSWORD) -> dict[str, str]:
    """The environment of a publish run: the index and its credentials, the test gate off."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PUBLISH_")}
    env.pop("PYTHONPATH", None)
    env.update(TWINE_USERNAME=INDEX_USER, TWINE_PASSWORD=password, PUBLISH_SKIP_TESTS="1")
    if index_url is not None:
        env["PUBLISH_INDEX_URL"] = index_url
    return env


def make_publish(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "publish", f"PY={sys.executable}"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    proc.stdout += proc.stderr
    return proc


def test_publish_needs_an_index_url(clone: Path) -> None:
    proc = make_publish(clone, publish_env(None))
    assert proc.returncode != 0
    assert "PUBLISH_INDEX_URL is not set" in proc.stdout


@pytest.mark.slow
def test_publish_refuses_before_uploading_anything(clone: Path, package_index: tuple[str, Path]) -> None:
    index_url, packages = package_index
    env = publish_env(index_url)
    snapshot = git(clone, "rev-parse", "HEAD").strip()

    (clone / "notes.txt").write_text("work in progress\n")
    proc = make_publish(clone, env)
    assert proc.returncode != 0
    assert "working tree is dirty" in proc.stdout and "notes.txt" in proc.stdout
    (clone / "notes.txt").unlink()

    client = clone / "generated/mistral_workflows_api/client.py"
    client.write_text(client.read_text() + "# edited by hand\n")
    git(clone, "commit", "--quiet", "-am", "Hand edit of generated code")
    proc = make_publish(clone, env)
    assert proc.returncode != 0
    assert "generated/ does not match openapi.yaml" in proc.stdout
    git(clone, "reset", "--quiet", "--hard", snapshot)

    git(clone, "rm", "--quiet", "-r", "tests")
    (clone / "tests").mkdir()
    (clone / "tests/test_gate.py").write_text("def test_broken() -> None:\n    assert 1 + 1 == 3\n")
    git(clone, "add", "tests")
    git(clone, "commit", "--quiet", "-m", "A failing test")
    gated_env = {key: value for key, value in env.items() if key != "PUBLISH_SKIP_TESTS"}
    proc = make_publish(clone, gated_env)
    assert proc.returncode != 0
    assert "REFUSED: the tests failed" in proc.stdout
    git(clone, "reset", "--quiet", "--hard", snapshot)

    version = package_version(clone)
    major, minor, patch = (int(part) for part in version.split("-")[0].split("."))
    git(clone, "tag", f"v{version}")
    spec = yaml.safe_load((clone / "openapi.yaml").read_text())
    del spec["components"]["schemas"]["WorkflowExecutionResponse"]["properties"]["user_id"]
    (clone / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    subprocess.run([sys.executable, "scripts/generate.py"], cwd=clone, check=True, capture_output=True)
    version_file = clone / "overlays/mistral_workflows/_version.py"
    version_file.write_text(version_file.read_text().replace(version, f"{major}.{minor}.{patch + 1}"))
    git(clone, "commit", "--quiet", "-am", "Drop user_id, patch release")
    proc = make_publish(clone, env)
    assert proc.returncode != 0
    assert "WorkflowExecutionResponse.user_id: Public object was removed" in proc.stdout
    assert f"breaking API changes since v{version} without a major version bump" in proc.stdout
    git(clone, "reset", "--quiet", "--hard", snapshot)
    git(clone, "tag", "-d", f"v{version}")

    proc = make_publish(clone, publish_env(index_url, password="not-the-password"))
    assert proc.returncode != 0
    assert f"the index at {index_url} rejected the credentials" in proc.stdout

    assert uploaded(packages) == {}


def configured_index_url() -> str:
    """The index pip uses on this machine: PIP_INDEX_URL, else pip's config, else pip's default."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"]
    listed = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True, check=True
    ).stdout
    for line in listed.splitlines():
        key, _, value = line.partition("=")
        if key.rsplit(".", 1)[-1] == "index-url":
            return value.strip().strip("'\"")
    default = "from pip._internal.models.index import PyPI; print(PyPI.simple_url)"
    return subprocess.run(
        [sys.executable, "-c", default], capture_output=True, text=True, check=True
    ).stdout.strip()


INSTALLED_PROBE = """
import importlib.metadata, json, sys
import mistral_workflows, mistral_workflows_api, mistral_workflows_emulator
from mistral_workflows._metadata import API_SPEC
print(json.dumps({
    "files": [m.__file__ for m in (mistral_workflows, mistral_workflows_api, mistral_workflows_emulator)],
    "version": mistral_workflows.__version__,
    "api_spec_sha256": API_SPEC.sha256,
    "record": importlib.metadata.distribution("mistral-workflows").read_text("RECORD"),
}))
"""

ONE_CALL = """
import json, sys
from mistral_workflows import Workflows
with Workflows(api_key="test-key", base_url=sys.argv[1]) as wf:
    execution = wf.execute("countdown", input={"n": 2, "interval": 0.05})
    print(json.dumps(execution.result(timeout=30)))
"""


@pytest.mark.slow
def test_publish_then_install_from_the_index(
    clone: Path, package_index: tuple[str, Path], tmp_path: Path
) -> None:
    index_url, packages = package_index
    version = package_version(clone)
    wheel_name = f"mistral_workflows-{version}-py3-none-any.whl"

    proc = make_publish(clone, publish_env(index_url))
    assert proc.returncode == 0, proc.stdout
    assert f"Published mistral-workflows {version}" in proc.stdout
    on_index = uploaded(packages)
    assert set(on_index) == {wheel_name, f"mistral_workflows-{version}.tar.gz"}
    assert on_index[wheel_name] == sha256_of(clone / "dist" / wheel_name)

    proc = make_publish(clone, publish_env(index_url))
    assert proc.returncode != 0
    assert f"mistral-workflows {version} is already on the index" in proc.stdout
    assert uploaded(packages) == on_index

    venv = tmp_path / "fresh-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PIP_INDEX_URL")}
    report = tmp_path / "pip-report.json"
    install = subprocess.run(
        [
            *(str(python), "-m", "pip", "install", "--quiet", "--report", str(report)),
            *("--index-url", f"{index_url}simple/", "--extra-index-url", configured_index_url()),
            f"mistral-workflows[emulator]=={version}",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    (ours,) = [
        item
        for item in json.loads(report.read_text())["install"]
        if item["metadata"]["name"] == "mistral-workflows"
    ]
    assert ours["download_info"]["url"] == f"{index_url}packages/{wheel_name}"
    assert ours["download_info"]["archive_info"]["hashes"]["sha256"] == on_index[wheel_name]

    probe = subprocess.run(
        [str(python), "-c", INSTALLED_PROBE], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert probe.returncode == 0, probe.stderr
    installed = json.loads(probe.stdout)
    assert all(Path(file).is_relative_to(venv) for file in installed["files"])
    assert installed["version"] == version
    assert installed["api_spec_sha256"] == sha256_of(clone / "openapi.yaml")
    with zipfile.ZipFile(packages / wheel_name) as archive:
        wheel_record = archive.read(f"mistral_workflows-{version}.dist-info/RECORD").decode()
    installed_record = set(installed["record"].splitlines())
    assert {line for line in wheel_record.splitlines() if "sha256=" in line} <= installed_record

    port = free_port()
    log_path = tmp_path / "emulator.log"
    with log_path.open("wb") as log:
        emulator = subprocess.Popen(
            [str(python), "-m", "mistral_workflows_emulator", "--port", str(port)],
            env=env,
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(port, emulator, log_path)
            call = subprocess.run(
                [str(python), "-c", ONE_CALL, f"http://127.0.0.1:{port}"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
        finally:
            stop(emulator)
    assert call.returncode == 0, call.stderr
    assert json.loads(call.stdout) == {"counted": 2}
