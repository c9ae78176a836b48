"""Users' code is type-checked against the client: mypy --strict catches a misuse of what the
calls return (no ``Any`` where users read data) and accepts the right use."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

RIGHT = """
from mistral_workflows import JSON, BatchFailure, QueryResult, Workflows

def use(wf: Workflows) -> None:
    handle = wf.execute("countdown", {"n": 3})
    result: JSON = handle.result(timeout=30)
    if isinstance(result, dict):
        print(result.get("counted"))
    history = handle.history()
    if isinstance(history, dict):
        print(history.get("events"))
    answer: QueryResult = handle.query("value")
    print(answer.name, answer.result)
    report = wf.query_many(["a"], "value")
    for execution_id, value in report.results.items():
        if isinstance(value, BatchFailure):
            print(execution_id, value.status_code, value.server_status, value.message)
    raw = wf.with_raw_response(handle.get)()
    print(raw.parsed.status, raw.status_code)
"""

#: Each line misuses a value; mypy must say so on that line.
WRONG = {
    "result": 'n: int = wf.execution("x").result() + 1',
    "history": 'e = wf.execution("x").history()["events"]',
    "query": 'q: str = wf.execution("x").query("value").result.upper()',
    "update": 'u: int = wf.execution("x").update("inc").result * 2',
    "batch": 'b: int = wf.query_many(["a"], "value").results["a"] + 1',
    "failure": 'f: str = wf.cancel_many(["a"]).failed["a"].status_code.lower()',
    "raw": "r: str = wf.with_raw_response(wf.execute)('w').parsed",
}


def mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    path = tmp_path / "snippet.py"
    path.write_text(source)
    # In a process of its own: mypy changes the interpreter's GC thresholds for its run.
    args = ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(path)]
    done = subprocess.run([sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=ROOT)
    return done.stdout + done.stderr, done.returncode


def test_the_right_use_type_checks(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, RIGHT)
    assert status == 0, out


def test_every_misuse_is_caught(tmp_path: Path) -> None:
    lines = ["from mistral_workflows import Workflows", "", "def misuse(wf: Workflows) -> None:"]
    where: dict[int, str] = {}
    for name, line in WRONG.items():
        lines.append("    " + line)
        where[len(lines)] = name
    out, status = mypy(tmp_path, textwrap.dedent("\n".join(lines)) + "\n")
    assert status == 1
    flagged = {int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line}
    assert {where[n] for n in flagged if n in where} == set(WRONG), out
