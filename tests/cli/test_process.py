"""The command line as a real process: pipes into JSON parsing and into another command, Ctrl-C
during a long cancel, the emulator command, and what it says without its extra."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from mistral_workflows import Workflows
from mistral_workflows_emulator import RunningEmulator

from ..support import free_port, wait_until, wait_until_serving
from .conftest import Run, as_json, ok, script

pytestmark = [pytest.mark.slow, pytest.mark.emulator_only]  # the built-in workflows, latency

CANCEL_PATH = ("POST", "/v1/workflows/executions/cancel")


def test_jsonl_pipes_into_json_parsing_and_into_cancel(cli_env: dict[str, str], wf: Workflows) -> None:
    ids = [wf.execute("forever").execution_id for _ in range(3)]
    with script("runs", "list", "--workflow", "forever", "--status", "RUNNING", "-o", "jsonl",
                env=cli_env, stdout=subprocess.PIPE) as listing:  # fmt: skip
        assert listing.stdout is not None
        selected = [json.loads(line)["execution_id"] for line in listing.stdout]  # `jq -r .execution_id`
    assert listing.returncode == 0
    assert sorted(selected) == sorted(ids)
    cancel = script(
        "cancel", "-", "--yes", "-o", "json", env=cli_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    out, _ = cancel.communicate("\n".join(selected) + "\n", timeout=30)
    assert cancel.returncode == 0
    assert json.loads(out)["succeeded"] == selected


@pytest.mark.emulator_only
def test_ctrl_c_during_a_long_cancel_prints_the_partial_report_and_exits_130(
    cli_env: dict[str, str], emulator: RunningEmulator, tmp_path: Path
) -> None:
    ids = [f"cli-int-{uuid.uuid4().hex[:8]}-{i}" for i in range(400)]
    source = tmp_path / "ids.txt"
    source.write_text("\n".join(ids))
    emulator.options.latency = 0.2
    before = emulator.stats.requests_by_path[CANCEL_PATH]
    with source.open() as stdin, script(
        "cancel", "-", "--yes", "--chunk-size", "10", "--concurrency", "1", "-o", "json",
        env=cli_env, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        wait_until(
            lambda: emulator.stats.requests_by_path[CANCEL_PATH] >= before + 3,
            timeout=30,
            message="a few cancel requests",
        )
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    report = json.loads(out)
    assert report["complete"] is False
    answered = len(report["succeeded"]) + len(report["failed"])
    assert 30 <= answered < len(ids)
    assert "interrupted" in err and "Traceback" not in err


def test_the_emulator_command_serves(run: Run) -> None:
    port = free_port()
    process = script("emulator", "--port", str(port), "--speed", "100", "--log-level", "warning", env={})
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(process, base_url)
        done = as_json(
            ok(run("--base-url", base_url, "execute", "countdown", "-i", '{"n": 1}', "--wait", "-o", "json"))
        )
        assert done["result"] == {"counted": 1}
    finally:
        process.terminate()
        process.wait(10)


WITHOUT_CLICK = """
import sys

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name == "click" or name.startswith("click."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Blocker())
from mistral_workflows.cli import main
main(["--help"])
"""


def test_without_the_extra_it_says_which_to_install() -> None:
    done = subprocess.run([sys.executable, "-c", WITHOUT_CLICK], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "mistral-workflows needs 'click', which comes with the cli extra: "
        "pip install 'mistral-workflows[cli]'"
    )


def test_ctrl_c_at_the_confirmation_exits_130_touching_nothing(
    cli_env: dict[str, str], wf: Workflows
) -> None:
    ids = [wf.execute("forever").execution_id for _ in range(2)]
    with script(
        "cancel", *ids, env=cli_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stderr is not None
        asked = ""
        while "[y/N]" not in asked:  # the question is asked: Ctrl-C now
            character = process.stderr.read(1)
            assert character, asked
            asked += character
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 130, asked + err
    assert "Traceback" not in err
    assert all(wf.execution(i).get().status == "RUNNING" for i in ids)
    wf.terminate_many(ids)
