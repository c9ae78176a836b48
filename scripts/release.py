"""Build the distributions, and publish them to an internal index once every gate passes.

    python scripts/release.py dist [--outdir DIR]   # what `make dist` runs (drift check, build)
    python scripts/release.py publish               # what `make publish` runs

``publish`` uploads with twine to ``PUBLISH_INDEX_URL`` (the index's upload URL; credentials
from TWINE_USERNAME / TWINE_PASSWORD or keyring). It refuses, before uploading anything, when:
the working tree is dirty; the version is already on the index (read from its simple API,
``PUBLISH_SIMPLE_URL``, default ``$PUBLISH_INDEX_URL/simple/``); generated/ drifted from
openapi.yaml; the tests fail (``PUBLISH_SKIP_TESTS=1`` skips only this gate); or
scripts/api_diff.py finds a breaking change without a major version bump.
"""

from __future__ import annotations

import argparse
import base64
import email.parser
import hashlib
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

from api_diff import ROOT, Version, diff_since, last_release_tag, package_version
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import Version as PackagingVersion

PROJECT = "mistral-workflows"
DIST_NAME = "mistral_workflows"
#: Each package the wheel must carry, typed.
WHEEL_PACKAGES = ("mistral_workflows_api", "mistral_workflows", "mistral_workflows_emulator")
SKIP_TESTS_ENV = "PUBLISH_SKIP_TESTS"


class Refused(Exception):
    """A publish gate failed: nothing was uploaded."""


def run(cmd: Sequence[str], *, root: Path, capture: bool = False) -> subprocess.CompletedProcess[str]:
    print(f"$ {' '.join(cmd)}", flush=True)
    return subprocess.run(list(cmd), cwd=root, text=True, capture_output=capture)


def build(root: Path, outdir: Path) -> tuple[Path, Path]:
    """Build the sdist, then the wheel from it, into an emptied ``outdir``; check the wheel."""
    if outdir.exists():
        shutil.rmtree(outdir)
    proc = run([sys.executable, "-m", "build", "--outdir", str(outdir), str(root)], root=root)
    if proc.returncode != 0:
        raise Refused(f"python -m build failed (exit {proc.returncode})")
    version = str(package_version(root))
    wheel = outdir / f"{DIST_NAME}-{version}-py3-none-any.whl"
    sdist = outdir / f"{DIST_NAME}-{version}.tar.gz"
    for path in (wheel, sdist):
        if not path.is_file():
            raise Refused(f"the build did not make {path.name}")
    check_wheel(wheel, version)
    return sdist, wheel


def check_wheel(wheel: Path, version: str) -> None:
    """Refuse a wheel without our three typed packages or the API spec in its metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_text = archive.read(f"{DIST_NAME}-{version}.dist-info/METADATA").decode()
    missing = [
        f"{package}/{file}"
        for package in WHEEL_PACKAGES
        for file in ("__init__.py", "py.typed")
        if f"{package}/{file}" not in names
    ]
    metadata = email.parser.Parser().parsestr(metadata_text)
    keywords = metadata.get("Keywords", "")
    if missing or "api-spec-version=" not in keywords or "api-spec-sha256=" not in keywords:
        raise Refused(f"{wheel.name} is incomplete: missing {missing}, Keywords {keywords!r}")


class _LinkNames(HTMLParser):
    """Collects the file names of a PEP 503 project page: anchor texts and href basenames."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self._in_anchor = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._in_anchor = True
            href = dict(attrs).get("href") or ""
            path = urllib.parse.urlsplit(href).path
            self.names.add(urllib.parse.unquote(path.rsplit("/", 1)[-1]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._in_anchor = False

    def handle_data(self, data: str) -> None:
        if self._in_anchor and data.strip():
            self.names.add(data.strip())


def _file_version(filename: str) -> PackagingVersion | None:
    try:
        if filename.endswith(".whl"):
            name, found, _, _ = parse_wheel_filename(filename)
        else:
            name, found = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None
    return found if name == canonicalize_name(PROJECT) else None


def simple_url() -> str:
    explicit = os.environ.get("PUBLISH_SIMPLE_URL")
    if explicit:
        return explicit.rstrip("/") + "/"
    return os.environ["PUBLISH_INDEX_URL"].rstrip("/") + "/simple/"


def files_on_index(version: Version) -> list[str]:
    """The files of ``version`` already on the index, read from its simple API project page."""
    url = f"{simple_url()}{canonicalize_name(PROJECT)}/"
    request = urllib.request.Request(url, headers={"Accept": "text/html"})
    user, password = os.environ.get("TWINE_USERNAME"), os.environ.get("TWINE_PASSWORD")
    if user and password:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            page = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return []
        raise Refused(
            f"cannot read {url} to check whether {version} is already published: "
            f"HTTP {error.code} {error.reason}"
            + (" (check TWINE_USERNAME / TWINE_PASSWORD)" if error.code in (401, 403) else "")
        ) from error
    except (urllib.error.URLError, OSError) as error:
        raise Refused(f"cannot reach the index at {url}: {error}") from error
    parser = _LinkNames()
    parser.feed(page)
    wanted = PackagingVersion(str(version))
    return sorted(name for name in parser.names if _file_version(name) == wanted)


def check_clean_tree(root: Path) -> None:
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    changed = status.splitlines()
    if changed:
        shown = "\n".join(changed[:20]) + (f"\n... and {len(changed) - 20} more" if len(changed) > 20 else "")
        raise Refused(
            "the git working tree is dirty (a release must be a commit); commit or remove:\n" + shown
        )


def check_drift(root: Path) -> None:
    if run([sys.executable, "scripts/generate.py", "--check"], root=root).returncode != 0:
        raise Refused("generated/ does not match openapi.yaml: run `make generate` and commit")


def check_tests(root: Path) -> None:
    if os.environ.get(SKIP_TESTS_ENV) == "1":
        print(f"Skipping the tests ({SKIP_TESTS_ENV}=1); the drift check still ran.")
        return
    if run([sys.executable, "-m", "pytest", "-q"], root=root).returncode != 0:
        raise Refused("the tests failed")


def check_api(root: Path, version: Version) -> None:
    base = last_release_tag(version, root, include_current=False)
    if base is None:
        print(f"API diff: no earlier release tag (vX.Y.Z below {version}) to compare with.")
        return
    diff = diff_since(base[1], base[0], root)
    print(diff.report())
    if diff.needs_major_bump:
        raise Refused(f"breaking API changes since {base[1]} without a major version bump")


def upload(root: Path, files: Sequence[Path]) -> None:
    index_url = os.environ["PUBLISH_INDEX_URL"]
    if run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)], root=root).returncode:
        raise Refused("twine check found problems in the distributions")
    cmd = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        "--repository-url",
        index_url,
        *map(str, files),
    ]
    proc = run(cmd, root=root, capture=True)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    if proc.returncode == 0:
        return
    output = proc.stdout + proc.stderr
    if re.search(r"\b(401|403)\b [A-Z]", output):
        raise Refused(
            f"the index at {index_url} rejected the credentials: check TWINE_USERNAME and "
            "TWINE_PASSWORD (or the keyring entry for that URL)"
        )
    raise Refused(f"twine upload failed (exit {proc.returncode})")


def publish(root: Path) -> None:
    if not os.environ.get("PUBLISH_INDEX_URL"):
        raise Refused(
            "PUBLISH_INDEX_URL is not set: set it to your index's upload URL "
            "(and TWINE_USERNAME / TWINE_PASSWORD, or keyring)"
        )
    version = package_version(root)
    print(f"Publishing {PROJECT} {version} to {os.environ['PUBLISH_INDEX_URL']}")
    check_clean_tree(root)
    existing = files_on_index(version)
    if existing:
        raise Refused(
            f"{PROJECT} {version} is already on the index ({', '.join(existing)}): "
            "bump overlays/mistral_workflows/_version.py"
        )
    check_drift(root)
    check_tests(root)
    check_api(root, version)
    files = build(root, root / "dist")
    for path in files:
        print(f"{path.name}  sha256={hashlib.sha256(path.read_bytes()).hexdigest()}")
    upload(root, files)
    print(f"Published {PROJECT} {version}. Now tag the release: git tag v{version} && git push --tags")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dist = commands.add_parser("dist", help="build the sdist and wheel")
    dist.add_argument("--outdir", type=Path, default=ROOT / "dist")
    commands.add_parser("publish", help="check everything, build, upload")
    args = parser.parse_args(argv)
    if args.command == "dist":
        try:
            check_drift(ROOT)
            for path in build(ROOT, args.outdir.resolve()):
                print(f"built {path}")
        except Refused as failure:
            print(f"\nFAILED: {failure}", file=sys.stderr)
            return 1
        return 0
    try:
        publish(ROOT)
    except Refused as refusal:
        print(f"\nREFUSED: {refusal}\nNothing was uploaded.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
