"""Write the sync shell from the async one, or check that it is current.

    python scripts/unasync.py            # rewrite overlays/mistral_workflows/_sync_client.py
    python scripts/unasync.py --check    # fail with a diff when it is stale

The async shell (``_async_client.py``) is the one written by hand; the sync shell is the same
text with the async words replaced, line by line, as httpcore's ``scripts/unasync.py`` does
(``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncWorkflows`` -> ``Workflows``,
``run_async`` -> ``run_sync``, ...). A line marked ``# async only`` is left out. The result is
formatted by the pinned ruff, so regenerating is byte-stable.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlays" / "mistral_workflows"
SOURCE = PACKAGE / "_async_client.py"
TARGET = PACKAGE / "_sync_client.py"

HEADER = "# Generated from _async_client.py by scripts/unasync.py (make generate): do not edit.\n"

#: (pattern, replacement), applied in order to every line.
RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"AsyncGenerator\[(\w+(?: \| \w+)*), None\]", r"Generator[\1, None, None]"),
        (r"\bAsync(?=[A-Z])", ""),
        (r"\bAwaitable\[(RawResponse\[R\]|R)\]", r"\1"),
        (r"\basynchronous\b", "synchronous"),
        (r"\basync (def|with|for)\b", r"\1"),
        (r"\bawait ", ""),
        (r"\b__a(enter|exit|iter|next)__\b", r"__\1__"),
        (r"\bStopAsyncIteration\b", "StopIteration"),
        (r"\banext\(", "next("),
        (r"\baclosing\b", "closing"),
        (r"\ba(close|read|iter_text)\b", r"\1"),
        (r"\b(get|set)_async_httpx_client\b", r"\1_httpx_client"),
        (r"\b(\w+)_async\b", r"\1_sync"),
    ]
]
ASYNC_ONLY = "# async only"


def unasync(text: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        if ASYNC_ONLY in line:
            continue
        for pattern, replacement in RULES:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return HEADER + "".join(lines)


def _ruff(args: list[str], text: str) -> str:
    ruff = Path(sys.executable).parent / "ruff"
    proc = subprocess.run(
        [str(ruff), *args, "--stdin-filename", str(TARGET), "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode not in (0, 1) or not proc.stdout:
        raise SystemExit(f"ruff {' '.join(args)} failed:\n{proc.stderr}")
    return proc.stdout


def render() -> str:
    """The sync shell as it should be: unasync'd, imports fixed and sorted, formatted."""
    text = unasync(SOURCE.read_text())
    text = _ruff(["check", "--fix-only", "--select", "I,F401", "--exit-zero"], text)
    return _ruff(["format"], text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args()
    fresh = render()
    if not args.check:
        TARGET.write_text(fresh)
        print(f"wrote {TARGET.relative_to(ROOT)} from {SOURCE.name}")
        return 0
    current = TARGET.read_text() if TARGET.exists() else ""
    if current == fresh:
        print(f"{TARGET.relative_to(ROOT)} matches {SOURCE.name}.")
        return 0
    sys.stdout.writelines(
        difflib.unified_diff(
            current.splitlines(keepends=True), fresh.splitlines(keepends=True), str(TARGET.name), "fresh"
        )
    )
    print(
        f"\n{TARGET.relative_to(ROOT)} is stale (or was edited by hand): run `make generate` and commit it."
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
