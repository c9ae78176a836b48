"""The command line's tests: each runs ``mistral-workflows`` against the module's emulator, in
process through click's ``CliRunner`` (stdout and stderr kept apart), or as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from click.testing import CliRunner, Result

from mistral_workflows import Workflows
from mistral_workflows.cli import cli
from mistral_workflows_emulator import RunningEmulator

#: Runs the command line with these arguments (and ``input`` on stdin): its Result.
Run = Callable[..., Result]


@pytest.fixture
def cli_env(emulator: RunningEmulator, api_key: str) -> dict[str, str]:
    """The environment a command line of the tests runs in: the emulator's address and key,
    no colour setting inherited."""
    return {"MISTRAL_API_KEY": api_key, "MISTRAL_BASE_URL": emulator.base_url, "NO_COLOR": ""}


@pytest.fixture
def run(cli_env: dict[str, str]) -> Run:
    """``run("runs", "list", input=None, env=None)``: the CLI, in process, on the emulator."""

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input, env={**cli_env, **(env or {})})

    return invoke


@pytest.fixture
def wf(emulator: RunningEmulator, api_key: str) -> Iterator[Workflows]:
    """A client of the emulator, to set the scene and check what the commands did."""
    with Workflows(api_key=api_key, base_url=emulator.base_url) as client:
        yield client


def as_json(result: Result) -> Any:
    """The one JSON document a command printed."""
    return json.loads(result.stdout)


def as_jsonl(result: Result) -> list[Any]:
    """The JSON lines a command printed, each parsed."""
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def script(*args: str, env: dict[str, str], **kwargs: Any) -> subprocess.Popen[str]:
    """``mistral-workflows ARGS`` as a real process (the installed console script's module)."""
    return subprocess.Popen(
        [sys.executable, "-m", "mistral_workflows.cli", *args],
        env={**os.environ, **env},
        text=True,
        **kwargs,
    )


def ok(result: Result, code: int = 0) -> Result:
    """``result``, having checked its exit status (with what it printed when it is another)."""
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr, result.exception)
    return result


__all__: Sequence[str] = ["Run", "as_json", "as_jsonl", "ok", "script"]
