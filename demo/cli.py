"""The command line part of `make demo`: a few `mistral-workflows` commands on the emulator.

Each runs as its own process, as from a shell (the console script's module, with this
interpreter), its output indented under the command line.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from typing import Any


def demo_cli(base_url: str) -> None:
    """Start a countdown, watch it, show it and its trace, list runs, plan a cancel."""
    env = {**os.environ, "MISTRAL_BASE_URL": base_url, "MISTRAL_API_KEY": "demo-key", "NO_COLOR": "1"}
    execution_id = shell(env, "execute", "countdown", "--input", '{"n": 2}').strip()
    shell(env, "watch", execution_id)
    shell(env, "show", execution_id)
    shell(env, "trace", execution_id)
    shell(env, "runs", "list", "--limit", "3")
    shell(env, "query", shell(env, "execute", "counter", quiet=True).strip(), "value", "-o", "json")
    shell(env, "cancel", "--where-workflow", "counter", "--where-status", "RUNNING", "--yes")


def shell(env: dict[str, Any], *args: str, quiet: bool = False) -> str:
    """Run ``mistral-workflows ARGS``; print the command and its output (unless ``quiet``)."""
    done = subprocess.run(
        [sys.executable, "-m", "mistral_workflows.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if not quiet:
        print(f"   $ mistral-workflows {shlex.join(args)}")
        for line in (done.stdout + done.stderr).rstrip().splitlines():
            print(f"     {line.rstrip()}")
    if done.returncode not in (0, 4, 5, 6):
        raise RuntimeError(f"mistral-workflows {shlex.join(args)} exited {done.returncode}: {done.stderr}")
    return done.stdout
