"""Regenerate the low-level client from openapi.yaml, or check that generated/ is current.

    python scripts/generate.py            # rewrite generated/ (what `make generate` runs)
    python scripts/generate.py --check    # regenerate into a temp dir, diff against generated/

The old output is removed first, so no stale module survives a removed operation.
The generator runs with our templates in ``templates/`` (the files there replace the
generator's own of the same name: fast model parsing, see templates/model_parsers.jinja).
Besides the package, it writes ``generated/GENERATION.json`` (generator and ruff versions,
the spec's version and SHA-256, hashes of the config and templates) and the same facts as
``mistral_workflows_api/_generation.py`` so they are readable at run time.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
GENERATED = ROOT / "generated"
PACKAGE = "mistral_workflows_api"
RECORD = "GENERATION.json"


def spec_facts() -> dict[str, str]:
    raw = SPEC.read_bytes()
    return {
        "generator": "openapi-python-client",
        "generator_version": version("openapi-python-client"),
        "ruff_version": version("ruff"),
        "spec_version": str(yaml.safe_load(raw)["info"]["version"]),
        "spec_sha256": hashlib.sha256(raw).hexdigest(),
        "config_sha256": hashlib.sha256(CONFIG.read_bytes()).hexdigest(),
        "templates_sha256": templates_hash(),
    }


def templates_hash() -> str:
    """One SHA-256 over the custom templates: their paths and contents, in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in TEMPLATES.rglob("*") if p.is_file()):
        digest.update(path.relative_to(TEMPLATES).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def generate(out_dir: Path) -> None:
    target = out_dir / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    # The post hooks call `ruff`: make it the one pinned in this interpreter's environment.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--fail-on-warning",
        "--output-path",
        str(target),
    ]
    proc = subprocess.run(cmd, cwd=out_dir, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or not target.is_dir():
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"generation failed (exit {proc.returncode})")
    facts = spec_facts()
    (target / "py.typed").write_text("")
    (target / "_generation.py").write_text(
        '"""How this package was generated (written by scripts/generate.py)."""\n\n'
        f"GENERATION = {json.dumps(facts, indent=4, sort_keys=True)}\n"
    )
    (out_dir / RECORD).write_text(json.dumps(facts, indent=2, sort_keys=True) + "\n")


def _files(base: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(base)): p
        for p in sorted(base.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines that turn ``actual`` (committed) into ``expected`` (fresh)."""
    want, have = _files(expected), _files(actual)
    lines: list[str] = []
    for name in sorted(set(want) | set(have)):
        new = want[name].read_text().splitlines(keepends=True) if name in want else []
        old = have[name].read_text().splitlines(keepends=True) if name in have else []
        if new != old:
            lines += difflib.unified_diff(old, new, f"generated/{name}", f"fresh/{name}")
    return lines


def check(committed: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        generate(fresh)
        lines = diff_trees(fresh, committed)
    if lines:
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in lines)
        print(
            f"\n{committed} is out of date with openapi.yaml / generator-config.yaml / templates/ "
            "(or was edited by hand). Run `make generate` and commit the result."
        )
        return 1
    print(f"{committed} matches openapi.yaml, generator-config.yaml and templates/.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--dir", type=Path, default=GENERATED, help="the generated/ tree")
    args = parser.parse_args()
    if args.check:
        return check(args.dir)
    generate(args.dir)
    print(f"wrote {args.dir / PACKAGE} and {args.dir / RECORD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
