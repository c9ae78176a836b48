"""Report how the public Python API changed since the last release, and flag breaking changes.

    python scripts/api_diff.py                 # what `make api-diff` runs
    python scripts/api_diff.py --base v1.2.0   # compare with another tag

It compares ``mistral_workflows_api`` (generated/) and ``mistral_workflows`` (overlays/) as
they were at the last release tag (the highest ``vX.Y.Z`` tag reachable from HEAD whose
version is not above the package version) with the working tree. Breaking changes come from
griffe's check (removed objects and parameters, parameters that became required, ...) plus
two it leaves out: narrowed type annotations and fields that lost their default.

Exit status 1 when there is a breaking change and the package version
(overlays/mistral_workflows/_version.py) is not a major bump over the tag's; `make publish`
applies the same rule.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
#: Each package whose public API we promise, and the source folder that holds it.
PACKAGES = {"mistral_workflows_api": "generated", "mistral_workflows": "overlays"}
VERSION_FILE = Path("overlays/mistral_workflows/_version.py")

_SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?")
_VERSION_ASSIGNMENT = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


@dataclass(frozen=True)
class Version:
    """A SemVer version: MAJOR.MINOR.PATCH with an optional pre-release."""

    major: int
    minor: int
    patch: int
    prerelease: str = ""

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _SEMVER.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not a SemVer version (MAJOR.MINOR.PATCH)")
        major, minor, patch, prerelease = match.groups()
        return cls(int(major), int(minor), int(patch), prerelease or "")

    @property
    def sort_key(self) -> tuple[int, int, int, int, str]:
        # A pre-release comes before its release (1.0.0-rc1 < 1.0.0).
        return (self.major, self.minor, self.patch, 0 if self.prerelease else 1, self.prerelease)

    def __str__(self) -> str:
        core = f"{self.major}.{self.minor}.{self.patch}"
        return f"{core}-{self.prerelease}" if self.prerelease else core


def package_version(root: Path = ROOT) -> Version:
    """The version in overlays/mistral_workflows/_version.py (what hatchling puts in the wheel)."""
    match = _VERSION_ASSIGNMENT.search((root / VERSION_FILE).read_text())
    if match is None:
        raise ValueError(f"no __version__ = '...' in {VERSION_FILE}")
    return Version.parse(match.group(1))


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


def release_tags(root: Path = ROOT) -> list[tuple[Version, str]]:
    """The ``vX.Y.Z`` tags reachable from HEAD, oldest version first."""
    tags: list[tuple[Version, str]] = []
    for tag in _git(root, "tag", "--merged", "HEAD", "--list", "v*").split():
        try:
            tags.append((Version.parse(tag[1:]), tag))
        except ValueError:
            continue
    return sorted(tags, key=lambda item: item[0].sort_key)


def last_release_tag(
    current: Version, root: Path = ROOT, *, include_current: bool = True
) -> tuple[Version, str] | None:
    """The highest release tag not above ``current`` (strictly below it without ``include_current``).

    While editing, ``current`` may still be the released version: compare with its own tag.
    When publishing ``current``, its tag (if any) is this very release: compare with the one before.
    """
    for version, tag in reversed(release_tags(root)):
        if version.sort_key < current.sort_key or (include_current and version == current):
            return version, tag
    return None


@dataclass(frozen=True)
class Change:
    """One change of the public API, at a dotted path."""

    path: str
    description: str
    breaking: bool


@dataclass(frozen=True)
class ApiDiff:
    """What changed in the public API between a release tag and the working tree."""

    base_tag: str
    base_version: Version
    current_version: Version
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def needs_major_bump(self) -> bool:
        """True when there is a breaking change but the major version did not go up."""
        return bool(self.breaking) and self.current_version.major <= self.base_version.major

    def report(self) -> str:
        lines = [
            f"Public API of {', '.join(PACKAGES)}: {self.base_tag} -> working tree "
            f"(version {self.current_version})"
        ]
        breaking = self.breaking
        other = [change for change in self.changes if not change.breaking]
        lines.append(f"Breaking changes: {len(breaking)}")
        lines += [f"  BREAKING {change.path}: {change.description}" for change in breaking]
        lines.append(f"Other changes: {len(other)}")
        lines += [f"  {change.path}: {change.description}" for change in other]
        if self.needs_major_bump:
            lines.append(
                f"REFUSED: breaking changes since {self.base_tag} need a major version bump, "
                f"but {VERSION_FILE} says {self.current_version}: "
                f"make it {self.base_version.major + 1}.0.0."
            )
        elif breaking:
            lines.append(f"OK: {self.current_version} is a major bump over {self.base_tag}.")
        elif other and (self.current_version.major, self.current_version.minor) == (
            self.base_version.major,
            self.base_version.minor,
        ):
            lines.append("Note: additions call for a minor version bump (SemVer).")
        return "\n".join(lines)


def load_public_api(source_root: Path) -> dict[str, griffe.Object | griffe.Alias]:
    """Load our packages from ``source_root`` (a checkout) with griffe, statically."""
    loader = griffe.GriffeLoader(
        search_paths=[source_root / folder for folder in PACKAGES.values()],
        allow_inspection=False,
    )
    packages = {name: loader.load(name) for name in PACKAGES}
    loader.resolve_aliases(implicit=False, external=False)
    return packages


def export_tree(root: Path, ref: str, dest: Path) -> None:
    """Write the package folders as committed at ``ref`` into ``dest``, leaving git untouched."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "--", *PACKAGES.values()],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")


def _public_objects(package: griffe.Object | griffe.Alias) -> dict[str, griffe.Object | griffe.Alias]:
    """Every public object under ``package`` by path; re-exports are listed, not entered."""
    found: dict[str, griffe.Object | griffe.Alias] = {package.path: package}
    pending = [package]
    while pending:
        parent = pending.pop()
        for member in parent.members.values():
            if not member.is_public:
                continue
            found[member.path] = member
            if not member.is_alias and (member.is_module or member.is_class):
                pending.append(member)
    return found


def _union_members(annotation: object) -> frozenset[str]:
    """``"A | None | B[C | D]"`` -> {"A", "None", "B[C | D]"}: the top-level members of a union."""
    text = str(annotation)
    members: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(text[start:index])
            start = index + 1
    members.append(text[start:])
    return frozenset(" ".join(member.split()) for member in members)


def _type_change(where: str, old: object, new: object, *, narrowing_breaks: bool) -> Change | None:
    if old is None or new is None or str(old) == str(new):
        return None
    old_members, new_members = _union_members(old), _union_members(new)
    if old_members == new_members:
        return None
    narrowed = not old_members <= new_members
    verb = "narrowed" if narrowed else "widened"
    return Change(where, f"type {verb}: {old} -> {new}", narrowed and narrowing_breaks)


def _annotation_changes(path: str, old: Any, new: Any) -> Iterator[Change]:
    """The changes griffe does not check: annotations, new optional parameters, lost defaults."""
    if old.is_attribute:
        change = _type_change(path, old.annotation, new.annotation, narrowing_breaks=True)
        if change is not None:
            yield change
        if old.parent.is_class and old.value is not None and new.value is None:
            yield Change(path, f"now required (default {old.value} removed)", True)
    elif old.is_function:
        old_params = {param.name: param for param in old.parameters}
        for param in new.parameters:
            where = f"{path}({param.name})"
            if param.name not in old_params:
                if not param.required:
                    yield Change(where, "optional parameter added", False)
                continue
            before = old_params[param.name]
            change = _type_change(where, before.annotation, param.annotation, narrowing_breaks=True)
            if change is not None:
                yield change
        change = _type_change(f"{path}()", old.returns, new.returns, narrowing_breaks=False)
        if change is not None:
            yield Change(change.path, f"return {change.description}", False)


def _describe(breakage: griffe.Breakage) -> str:
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Parameter) or isinstance(new, griffe.Parameter):
        name = old.name if isinstance(old, griffe.Parameter) else new.name
        return f"{breakage.kind.value}: {name!r}"
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return breakage.kind.value
    return f"{breakage.kind.value}: {old} -> {new}"


def compare(
    old: dict[str, griffe.Object | griffe.Alias], new: dict[str, griffe.Object | griffe.Alias]
) -> list[Change]:
    """Breaking changes (griffe's, then ours), then additions, for each package."""
    changes: list[Change] = []
    for name, old_package in old.items():
        new_package = new[name]
        changes += [
            Change(breakage.obj.path, _describe(breakage), True)
            for breakage in griffe.find_breaking_changes(old_package, new_package)
        ]
        old_objects, new_objects = _public_objects(old_package), _public_objects(new_package)
        for path, new_object in new_objects.items():
            old_object = old_objects.get(path)
            if old_object is None:
                if path.rpartition(".")[0] in old_objects:
                    changes.append(Change(path, f"added ({new_object.kind.value})", False))
                continue
            if old_object.is_alias or new_object.is_alias or old_object.kind != new_object.kind:
                continue
            changes += _annotation_changes(path, old_object, new_object)
    return changes


def diff_since(tag: str, base_version: Version, root: Path = ROOT) -> ApiDiff:
    """Compare the public API at ``tag`` with the working tree under ``root``."""
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        export_tree(root, tag, Path(tmp))
        old = load_public_api(Path(tmp))
    new = load_public_api(root)
    return ApiDiff(tag, base_version, package_version(root), tuple(compare(old, new)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="tag to compare with (default: the last release tag)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root: Path = args.root
    current = package_version(root)
    if args.base:
        base: tuple[Version, str] | None = (Version.parse(args.base.lstrip("v")), args.base)
    else:
        base = last_release_tag(current, root)
    if base is None:
        print(
            f"No release tag (vX.Y.Z, not above {current}) is reachable from HEAD: "
            "nothing to compare with. Tag each release after publishing it."
        )
        return 0
    diff = diff_since(base[1], base[0], root)
    print(diff.report())
    return 1 if diff.needs_major_bump else 0


if __name__ == "__main__":
    sys.exit(main())
