"""Configuration, --version, --help, output modes, errors and exit codes, parameters."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import mistral_workflows
from mistral_workflows import Workflows
from mistral_workflows.cli import cli
from mistral_workflows.cli._common import parse_duration, parse_when
from mistral_workflows_emulator import RunningEmulator

from .conftest import Run, as_json, ok

SECRET = "sk-cli-secret-0123456789"


def every_command(
    group: click.Group, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    for name, command in sorted(group.commands.items()):
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from every_command(command, (*path, name))


def test_version_names_the_package_and_the_api_spec(run: Run) -> None:
    result = ok(run("--version"))
    assert f"mistral-workflows {mistral_workflows.__version__}" in result.stdout
    assert f"API spec {mistral_workflows.__api_spec__.version}" in result.stdout


COMMANDS = [path for path, _ in every_command(cli)]


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(run: Run, path: tuple[str, ...]) -> None:
    result = ok(run(*path, "--help"))
    assert f"usage: mistral-workflows {' '.join(path)}" in result.stdout.lower()
    assert "Example" in result.stdout, f"{' '.join(path)} --help shows no example"
    assert "mistral-workflows " + " ".join(path) in result.stdout.split("Example", 1)[1]


def test_the_commands_of_the_issue_are_all_there() -> None:
    wanted = {
        ("runs", "list"), ("show",), ("result",), ("history",), ("trace",), ("logs",), ("watch",),
        ("events", "stream"), ("execute",), ("signal",), ("query",), ("update",), ("reset",),
        ("cancel",), ("terminate",), ("schedules", "list"), ("schedules", "create"), ("schedules", "pause"),
        ("schedules", "resume"), ("schedules", "trigger"), ("schedules", "delete"), ("deployments", "list"),
        ("deployments", "show"), ("deployments", "workers"), ("deployments", "logs"), ("workflows", "list"),
        ("workflows", "show"), ("metrics",), ("emulator",), ("completion",),
    }  # fmt: skip
    assert wanted <= set(COMMANDS)


def test_no_api_key_is_a_usage_error_naming_the_option_and_variable(emulator: RunningEmulator) -> None:
    result = CliRunner().invoke(
        cli, ["show", "x"], env={"MISTRAL_API_KEY": None, "MISTRAL_BASE_URL": emulator.base_url}
    )
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == "mistral-workflows: error: no API key: give --api-key or set MISTRAL_API_KEY"
    )


def test_the_key_is_never_printed(run: Run, emulator: RunningEmulator) -> None:
    env = {"MISTRAL_API_KEY": SECRET}
    for args in (
        ("--help",),
        ("show", SECRET),
        ("show", "no-such-id"),
        ("--api-key", SECRET, "show", "nope"),
    ):
        result = run(*args, env=env)
        assert SECRET not in result.stdout + result.stderr, args
    assert SECRET not in repr(CliRunner().invoke(cli, ["--api-key", SECRET, "runs", "list"]))


def test_not_found_is_one_line_with_the_status_and_the_servers_message(run: Run) -> None:
    result = ok(run("show", "no-such-execution"), 3)
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(
        "mistral-workflows: error: HTTP 404 on GET /v1/workflows/executions/no-such-execution"
    )
    assert "not found" in line
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(run: Run) -> None:
    result = run("--debug", "show", "no-such-execution")
    assert result.exit_code != 0
    assert isinstance(result.exception, mistral_workflows.NotFoundError)
    assert "mistral_workflows: request GET " in result.stderr  # the client's log lines
    assert "mistral_workflows: request" not in run("show", "no-such-execution").stderr


@pytest.mark.emulator_only
def test_an_api_error_exits_1_with_the_status(run: Run, emulator: RunningEmulator) -> None:
    emulator.options.fail_first = 5
    result = ok(run("--max-retries", "0", "runs", "list"), 1)
    [line] = result.stderr.splitlines()
    assert "HTTP 503 on GET /v1/workflows/runs" in line


def test_a_connection_error_exits_1(run: Run) -> None:
    result = ok(run("--base-url", "http://127.0.0.1:9", "--max-retries", "0", "show", "x"), 1)
    assert result.stderr.startswith("mistral-workflows: error: APIConnectionError")
    assert len(result.stderr.splitlines()) == 1


def test_a_bad_option_is_a_usage_error(run: Run) -> None:
    assert ok(run("runs", "list", "--since", "yesterday-ish"), 2).stderr.count("neither a duration") == 1
    assert ok(run("runs", "list", "--output", "xml"), 2).exit_code == 2
    assert ok(run("no-such-command"), 2).exit_code == 2


@pytest.mark.emulator_only
def test_output_for_programs_has_no_colour_or_decoration(run: Run, wf: Workflows) -> None:
    for handle in [wf.execute("countdown", input={"n": 1}) for _ in range(4)]:
        handle.result(timeout=30)
    table = ok(run("runs", "list", "--limit", "3"))
    assert "\x1b[" not in table.stdout
    assert "EXECUTION ID" in table.stdout
    narrow = ok(run("runs", "list", "--limit", "3", env={"COLUMNS": "30"})).stdout
    assert all(
        row["execution_id"] in narrow for row in as_json(ok(run("runs", "list", "-n", "3", "-o", "json")))
    )
    document = as_json(ok(run("runs", "list", "--limit", "3", "-o", "json")))
    assert isinstance(document, list) and len(document) == 3
    assert as_json(ok(run("-o", "json", "runs", "list", "--limit", "1")))[0]["workflow_name"]


def test_no_color_is_honoured_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from mistral_workflows.cli import _common

    monkeypatch.setattr(_common, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert _common.console().no_color
    monkeypatch.setenv("NO_COLOR", "")
    assert not _common.console().no_color


def test_when_accepts_durations_ago_and_iso_dates() -> None:
    now = datetime.datetime(2026, 1, 2, 12, 0, tzinfo=datetime.UTC)
    assert parse_when("2h", now) == now - datetime.timedelta(hours=2)
    assert parse_when("1d", now) == now - datetime.timedelta(days=1)
    assert parse_when("30m", now) == now - datetime.timedelta(minutes=30)
    assert parse_when("2026-01-01T10:00:00Z") == datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC)
    local = parse_when("2026-01-01")
    assert local.tzinfo is not None and local.replace(tzinfo=None) == datetime.datetime(2026, 1, 1)
    assert parse_duration("90s") == datetime.timedelta(seconds=90)
    with pytest.raises(ValueError):
        parse_when("soon")
    with pytest.raises(ValueError):
        parse_duration("2026-01-01")


@pytest.mark.emulator_only
def test_input_takes_json_a_file_or_stdin(run: Run, tmp_path: Path, wf: Workflows) -> None:
    path = tmp_path / "input.json"
    path.write_text(json.dumps({"start": 7}))
    from_file = ok(run("execute", "counter", "--input", f"@{path}")).stdout.strip()
    assert wf.execution(from_file).query("value").result == 7
    from_stdin = ok(run("execute", "counter", "--input", "@-", input='{"start": 8}')).stdout.strip()
    assert wf.execution(from_stdin).query("value").result == 8
    for execution_id in (from_file, from_stdin):
        wf.execution(execution_id).terminate()
    bad = ok(run("execute", "counter", "--input", "{not json"), 2)
    assert "not JSON" in bad.stderr
    assert "cannot read" in ok(run("execute", "counter", "--input", f"@{tmp_path / 'missing'}"), 2).stderr


def test_completion_scripts_for_three_shells(run: Run) -> None:
    for shell, marker in (("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files")):
        result = ok(run("completion", shell))
        assert "_MISTRAL_WORKFLOWS_COMPLETE" in result.stdout and marker in result.stdout, shell
    assert ok(run("completion", "powershell"), 2).exit_code == 2


def test_completion_completes_commands(run: Run) -> None:
    env = {
        "_MISTRAL_WORKFLOWS_COMPLETE": "bash_complete",
        "COMP_WORDS": "mistral-workflows sch",
        "COMP_CWORD": "1",
    }
    result = CliRunner().invoke(cli, [], env=env, prog_name="mistral-workflows")
    assert "plain,schedules" in result.stdout


def test_an_argument_the_client_refuses_is_a_one_line_usage_error(run: Run) -> None:
    result = ok(run("runs", "list", "--status", "bogus"), 2)
    [line] = result.stderr.splitlines()
    assert line.startswith("mistral-workflows: error: status must be one of") and "'BOGUS'" in line


@pytest.mark.emulator_only
def test_a_422_names_the_field_without_the_query_string(run: Run) -> None:
    keys = [arg for i in range(4) for arg in ("--search-key", f"k{i}=v")]
    result = ok(run("runs", "list", *keys), 1)
    [line] = result.stderr.splitlines()
    assert line.startswith("mistral-workflows: error: HTTP 422 on GET /v1/workflows/runs: query.search_key: ")


def test_a_bug_of_the_command_line_is_not_passed_off_as_a_usage_error() -> None:
    from mistral_workflows.cli._app import refused_by_the_client

    def ours() -> None:
        raise TypeError("a bug")

    with pytest.raises(TypeError) as caught:
        ours()
    assert not refused_by_the_client(caught.value)
    with pytest.raises(ValueError) as refused:
        Workflows(api_key="k" * 10).runs.list(status="bogus")
    assert refused_by_the_client(refused.value)


@pytest.mark.emulator_only
def test_jsonl_of_a_single_object_is_one_line(run: Run, wf: Workflows) -> None:
    handle = wf.execute("countdown", input={"n": 1})
    handle.result(timeout=30)
    for args in (
        ("show", handle.execution_id),
        ("metrics", "countdown"),
        ("workflows", "show", "countdown"),
        ("execute", "countdown", "--input", '{"n": 1}', "--wait"),
        ("cancel", "no-such-id"),
    ):
        result = run(*args, "-o", "jsonl")
        assert result.exit_code in (0, 8), (args, result.stderr)
        lines = result.stdout.splitlines()
        assert len(lines) == 1, (args, result.stdout)
        assert isinstance(json.loads(lines[0]), dict)
