"""The live switch (``pytest --live`` or ``MISTRAL_WORKFLOWS_LIVE=1``, see tests/conftest.py).

A run of the client suites in a subprocess, pointed at an emulator started here as if it were
the real server (its base URL and a key it insists on, from the environment): the tests that
need no emulator-only feature pass against it, the ``emulator_only`` ones are skipped and say
why, and the requests did reach this server with that key. How the option and the environment
turn it on, and what an incomplete setting says, are checked in-process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

from .conftest import EMULATOR_API_KEY, Live, LiveServer, live_settings

ROOT = Path(__file__).resolve().parents[1]
KEY = "live-switch-key"
LIVE_VARIABLES = (
    "MISTRAL_WORKFLOWS_LIVE",
    "MISTRAL_WORKFLOWS_LIVE_WORKFLOW",
    "MISTRAL_WORKFLOWS_LIVE_INPUT",
    "MISTRAL_API_KEY",
    "MISTRAL_BASE_URL",
)


Outcomes = dict[str, tuple[str, str]]


def run_pytest(
    *args: str, env: dict[str, str], junit: Path
) -> tuple[subprocess.CompletedProcess[str], Outcomes]:
    """Run pytest on ``args`` with ``env`` (and no live variable of ours): how it ended, and the
    outcome of each test by id: ("passed" | "skipped" | "failed", message)."""
    clean = {name: value for name, value in os.environ.items() if name not in LIVE_VARIABLES}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--junitxml={junit}", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=600,
    )
    outcomes: Outcomes = {}
    if junit.exists():
        for case in ET.parse(junit).getroot().iter("testcase"):
            path = case.get("classname", "").replace(".", "/")
            test_id = f"{path}.py::{case.get('name')}"
            outcome, message = "passed", ""
            for kind, name in (("skipped", "skipped"), ("failure", "failed"), ("error", "failed")):
                found = case.find(kind)
                if found is not None:
                    outcome, message = name, found.get("message", "")
            outcomes[test_id] = outcome, message
    return done, outcomes


@pytest.mark.slow
def test_live_runs_the_client_tests_against_the_given_server(tmp_path: Path) -> None:
    with running_emulator(EmulatorOptions(speed=20.0, api_key=KEY)) as server:
        env = {
            "MISTRAL_BASE_URL": server.base_url,
            "MISTRAL_API_KEY": KEY,
            "MISTRAL_WORKFLOWS_LIVE_WORKFLOW": "countdown",
            "MISTRAL_WORKFLOWS_LIVE_INPUT": '{"n": 1}',
        }
        done, outcomes = run_pytest(
            "--live",
            "tests/overlay/test_handles.py",
            "tests/overlay/test_errors.py",
            "tests/overlay/test_results.py",
            env=env,
            junit=tmp_path / "live.xml",
        )
        created = server.stats.executions_created

    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert f"live: {server.base_url}, workflow countdown" in report
    failed = {test: message for test, (outcome, message) in outcomes.items() if outcome == "failed"}
    assert failed == {}
    # The tests that need no emulator-only feature ran, against this server, with this key (it
    # refuses any other): executions were created here.
    for test in (
        "tests/overlay/test_handles.py::test_history[sync]",
        "tests/overlay/test_handles.py::test_trace_views[trio]",
        "tests/overlay/test_handles.py::test_a_finished_executions_stream_and_its_replay_agree[async]",
        "tests/overlay/test_errors.py::test_404_for_an_unknown_execution",
        "tests/overlay/test_errors.py::test_422_has_parsed_details",
    ):
        assert outcomes[test] == ("passed", ""), test
    assert created >= 10
    # The emulator-only ones were skipped, and say so.
    for test in (
        "tests/overlay/test_handles.py::test_signal_approves[sync]",
        "tests/overlay/test_errors.py::test_401_without_a_valid_key",
        "tests/overlay/test_results.py::test_completed[trio]",
        "tests/overlay/test_results.py::test_emulator_fixture_is_loopback",
    ):
        outcome, message = outcomes[test]
        assert outcome == "skipped", test
        assert message.startswith("emulator_only: needs the emulator"), message
    # Tests that talk to no server run as they always do.
    assert outcomes["tests/overlay/test_errors.py::test_an_html_error_page"] == ("passed", "")


SERVER = {"MISTRAL_BASE_URL": "https://workflows.test/", "MISTRAL_API_KEY": KEY}


@pytest.mark.parametrize(
    ("option", "env", "live"),
    [
        (False, {}, False),
        (False, SERVER, False),
        (False, {**SERVER, "MISTRAL_WORKFLOWS_LIVE": "0"}, False),
        (True, SERVER, True),
        (False, {**SERVER, "MISTRAL_WORKFLOWS_LIVE": "1"}, True),
        (False, {**SERVER, "MISTRAL_WORKFLOWS_LIVE": " True "}, True),
    ],
)
def test_the_option_or_the_environment_switches_it_on(option: bool, env: dict[str, str], live: bool) -> None:
    settings = live_settings(option, env)
    assert (settings is not None) == live
    if settings is not None:
        assert settings == Live(base_url="https://workflows.test", api_key=KEY, workflow=None, input={})
        assert KEY not in repr(settings)


def test_the_workflow_and_its_input_come_from_the_environment() -> None:
    env = {**SERVER, "MISTRAL_WORKFLOWS_LIVE_WORKFLOW": "nightly", "MISTRAL_WORKFLOWS_LIVE_INPUT": '{"n": 3}'}
    settings = live_settings(True, env)
    assert settings is not None
    assert (settings.workflow, settings.input) == ("nightly", {"n": 3})


@pytest.mark.parametrize(
    ("env", "error"),
    [
        ({}, "a live run (--live or MISTRAL_WORKFLOWS_LIVE=1) needs MISTRAL_BASE_URL and MISTRAL_API_KEY"),
        ({"MISTRAL_BASE_URL": "https://workflows.test"}, "needs MISTRAL_API_KEY"),
        ({**SERVER, "MISTRAL_WORKFLOWS_LIVE_INPUT": "{n: 3}"}, "MISTRAL_WORKFLOWS_LIVE_INPUT is not JSON"),
        (
            {**SERVER, "MISTRAL_WORKFLOWS_LIVE_INPUT": "[3]"},
            "MISTRAL_WORKFLOWS_LIVE_INPUT must be a JSON object",
        ),
    ],
)
def test_an_incomplete_live_run_is_a_usage_error(env: dict[str, str], error: str) -> None:
    with pytest.raises(pytest.UsageError, match=re.escape(error)):
        live_settings(True, env)


def test_without_the_switch_the_client_tests_use_a_local_emulator(
    emulator: RunningEmulator, api_key: str
) -> None:
    assert not isinstance(emulator, LiveServer)
    assert emulator.base_url.startswith("http://127.0.0.1:")
    assert api_key == EMULATOR_API_KEY
