"""`make dist`: the wheel carries the three typed packages, the API spec facts and the license."""

from __future__ import annotations

import email.parser
import hashlib
import json
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest
import yaml

import mistral_workflows
from mistral_workflows._metadata import API_SPEC

ROOT = Path(__file__).resolve().parents[2]
SPEC_BYTES = (ROOT / "openapi.yaml").read_bytes()
SPEC_SHA256 = hashlib.sha256(SPEC_BYTES).hexdigest()
SPEC_VERSION = str(yaml.safe_load(SPEC_BYTES)["info"]["version"])
PACKAGES = ("mistral_workflows_api", "mistral_workflows", "mistral_workflows_emulator")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, sdist) built from the working tree by the script `make dist` runs."""
    outdir = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "scripts/release.py", "dist", "--outdir", str(outdir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (wheel,) = outdir.glob("*.whl")
    (sdist,) = outdir.glob("*.tar.gz")
    return wheel, sdist


def _metadata(text: str) -> Message:
    return email.parser.Parser().parsestr(text)


@pytest.mark.slow
def test_wheel_holds_the_three_packages_typed(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert "mistral_workflows_api/api/executions/get_execution.py" in names
    assert "mistral_workflows/_metadata.py" in names
    top_levels = {name.split("/", 1)[0] for name in names}
    assert top_levels == {*PACKAGES, f"mistral_workflows-{mistral_workflows.__version__}.dist-info"}


@pytest.mark.slow
def test_wheel_metadata_names_package_version_and_api_spec(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    version = mistral_workflows.__version__
    assert wheel.name == f"mistral_workflows-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        metadata = _metadata(archive.read(f"mistral_workflows-{version}.dist-info/METADATA").decode())
        entry_points = archive.read(f"mistral_workflows-{version}.dist-info/entry_points.txt").decode()
        assert "mistral_workflows/cli/_app.py" in archive.namelist()
    assert "[console_scripts]\nmistral-workflows = mistral_workflows.cli:main" in entry_points
    assert metadata["Name"] == "mistral-workflows"
    assert metadata["Version"] == version
    keywords = metadata["Keywords"].split(",")
    assert f"api-spec-version={SPEC_VERSION}" in keywords
    assert f"api-spec-sha256={SPEC_SHA256}" in keywords
    # The tooling is in dependency groups (pyproject.toml): the wheel's extras are runtime features.
    extras = ["azure", "cli", "emulator", "encoding", "gcs", "s3"]
    assert sorted(metadata.get_all("Provides-Extra", [])) == extras
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File", []) == ["LICENSE"]
    urls = dict(entry.split(", ", 1) for entry in metadata.get_all("Project-URL", []))
    assert set(urls) == {"Homepage", "Documentation", "Changelog", "Issues"}


@pytest.mark.slow
def test_wheel_and_sdist_carry_the_license(built: tuple[Path, Path]) -> None:
    wheel, sdist = built
    version = mistral_workflows.__version__
    license_text = (ROOT / "LICENSE").read_bytes()
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read(f"mistral_workflows-{version}.dist-info/licenses/LICENSE") == license_text
    prefix = f"mistral_workflows-{version}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
        member = archive.extractfile(f"{prefix}/LICENSE")
        assert member is not None
        assert member.read() == license_text
    assert f"{prefix}/CHANGELOG.md" in names


@pytest.mark.slow
def test_sdist_rebuilds_the_same_metadata(built: tuple[Path, Path]) -> None:
    _, sdist = built
    prefix = f"mistral_workflows-{mistral_workflows.__version__}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
        pkg_info = archive.extractfile(f"{prefix}/PKG-INFO")
        assert pkg_info is not None
        metadata = _metadata(pkg_info.read().decode())
    for needed in ("openapi.yaml", "hatch_build.py", "generated/GENERATION.json", "pyproject.toml"):
        assert f"{prefix}/{needed}" in names
    assert f"api-spec-sha256={SPEC_SHA256}" in metadata["Keywords"].split(",")


def test_api_spec_is_known_at_run_time() -> None:
    generation = json.loads((ROOT / "generated" / "GENERATION.json").read_text())
    assert API_SPEC.version == SPEC_VERSION == generation["spec_version"]
    assert API_SPEC.sha256 == SPEC_SHA256
    assert API_SPEC.generator == f"openapi-python-client {generation['generator_version']}"


def test_api_spec_is_exported_by_the_package() -> None:
    assert vars(mistral_workflows)["__api_spec__"] is API_SPEC


@pytest.mark.slow
def test_dist_refuses_a_spec_that_generated_code_does_not_match(clone: Path) -> None:
    spec = clone / "openapi.yaml"
    spec.write_text(spec.read_text() + "\n# an edit without `make generate`\n")
    proc = subprocess.run(
        [sys.executable, "scripts/release.py", "dist", "--outdir", str(clone / "out")],
        cwd=clone,
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "generated/ does not match openapi.yaml: run `make generate`" in proc.stdout + proc.stderr
    assert not (clone / "out").exists()
