"""cancel and terminate: ids as arguments, from stdin, or selected by the runs filters."""

from __future__ import annotations

import datetime

import pytest

from mistral_workflows import Workflows
from mistral_workflows.cli import _batch

from .conftest import Run, as_json, ok

#: They drive the emulator's built-in workflows (countdown, counter, forever, ...).
pytestmark = pytest.mark.emulator_only


def status(wf: Workflows, execution_id: str) -> str:
    value = wf.execution(execution_id).get().status
    return str(getattr(value, "value", value))


def forever(wf: Workflows, count: int) -> list[str]:
    return [wf.execute("forever").execution_id for _ in range(count)]


def test_cancel_ids_given_as_arguments(run: Run, wf: Workflows) -> None:
    ids = forever(wf, 3)
    result = ok(run("cancel", *ids, "--yes"))
    assert result.stdout.strip() == "cancel: 3 ids, 3 succeeded, 0 failed, 0 duplicates collapsed"
    for execution_id in ids:
        assert wf.execution(execution_id).get().status in ("CANCELED", "RUNNING")  # cancel is a request
    one = forever(wf, 1)[0]
    ok(run("terminate", one))  # one execution: no confirmation asked
    assert status(wf, one) == "TERMINATED"


def test_failures_are_listed_per_id_and_exit_8(run: Run, wf: Workflows) -> None:
    [good] = forever(wf, 1)
    result = ok(run("terminate", good, "no-such-1", "no-such-2", "--yes"), 8)
    assert "3 ids, 1 succeeded, 2 failed" in result.stdout
    failed = [line for line in result.stderr.splitlines() if line.startswith("  failed ")]
    assert [line.split()[1] for line in failed] == ["no-such-1:", "no-such-2:"]
    document = as_json(ok(run("cancel", "no-such-3", "-o", "json"), 8))
    assert document["ok"] is False and document["succeeded"] == []
    assert set(document["failed"]) == {"no-such-3"} and document["failed"]["no-such-3"]["message"]


def test_ids_from_stdin_need_yes(run: Run, wf: Workflows) -> None:
    ids = forever(wf, 3)
    refused = ok(run("terminate", "-", input="\n".join(ids)), 2)
    assert "add --yes" in refused.stderr
    assert all(status(wf, i) == "RUNNING" for i in ids)
    document = as_json(ok(run("terminate", "-", "--yes", "-o", "json", input=" ".join(ids) + "\n" + ids[0])))
    assert document["succeeded"] == ids and document["duplicates"] == 1 and document["ok"] is True
    assert all(status(wf, i) == "TERMINATED" for i in ids)


def test_more_than_one_asks_first(run: Run, wf: Workflows) -> None:
    ids = forever(wf, 2)
    declined = ok(run("terminate", *ids, input="n\n"), 1)
    assert "Terminate 2 executions? [y/N]" in declined.stderr
    assert all(status(wf, i) == "RUNNING" for i in ids)
    ok(run("terminate", *ids, input="y\n"))
    assert all(status(wf, i) == "TERMINATED" for i in ids)


def test_selection_by_the_runs_filters_and_dry_run(run: Run, wf: Workflows) -> None:
    # Only the runs this test starts: those of other tests may still be ending (a cancel is a request).
    since = datetime.datetime.now(datetime.UTC).isoformat()
    running = forever(wf, 3)
    other = wf.execute("counter")
    where = ("--where-workflow", "forever", "--where-status", "RUNNING", "--since", since)
    dry = ok(run("terminate", *where, "--dry-run"))
    assert sorted(dry.stdout.split()) == sorted(running)
    assert "would terminate 3 execution(s)" in dry.stderr
    assert all(status(wf, i) == "RUNNING" for i in running)
    lower = ("--where-workflow", "forever", "--where-status", "running", "--since", since)
    planned = as_json(ok(run("cancel", *lower, "--dry-run", "-o", "json")))
    assert sorted(planned["ids"]) == sorted(running) and planned["dry_run"] is True
    done = as_json(ok(run("terminate", *where, "--yes", "-o", "json")))
    assert sorted(done["succeeded"]) == sorted(running)
    assert all(status(wf, i) == "TERMINATED" for i in running)
    assert status(wf, other.execution_id) == "RUNNING"
    nothing = ok(run("terminate", *where, "--yes"))
    assert "no execution selected" in nothing.stderr
    other.terminate()


def test_usage_errors(run: Run) -> None:
    assert "nothing to cancel" in ok(run("cancel"), 2).stderr
    assert "not both" in ok(run("cancel", "some-id", "--where-workflow", "x"), 2).stderr
    ok(run("cancel", "--since", "a while"), 2)


def test_many_failures_are_summed_up_for_people(run: Run) -> None:
    unknown = [f"no-such-{i}" for i in range(25)]
    result = ok(run("cancel", *unknown, "--yes"), 8)
    assert len([line for line in result.stderr.splitlines() if line.startswith("  failed ")]) == 20
    assert "... and 5 more failed (-o json lists them all)" in result.stderr
    assert len(as_json(ok(run("cancel", *unknown, "--yes", "-o", "json"), 8))["failed"]) == 25


def test_a_long_batch_shows_a_bar_only_to_people(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    unknown = [f"no-such-bar-{i}" for i in range(150)]
    piped = ok(run("cancel", *unknown, "--yes"), 8)
    assert "━" not in piped.stderr and "cancelling" not in piped.stderr
    monkeypatch.setattr(_batch, "people_watching", lambda: True)
    watched = ok(run("cancel", *unknown, "--yes"), 8)
    assert "cancelling" in watched.stderr and "150/150" in watched.stderr
    short = ok(run("cancel", *unknown[:100], "--yes"), 8)  # one request: no bar
    assert "cancelling" not in short.stderr
    assert "cancelling" not in ok(run("cancel", *unknown, "--yes", "-o", "json"), 8).stderr


def test_an_id_given_twice_is_one_execution_to_confirm_and_to_list(run: Run, wf: Workflows) -> None:
    [one] = forever(wf, 1)
    dry = ok(run("cancel", one, one, "--dry-run"))
    assert dry.stdout.split() == [one] and "would cancel 1 execution(s)" in dry.stderr
    assert as_json(ok(run("cancel", one, one, "--dry-run", "-o", "json")))["ids"] == [one]
    # one execution: nothing to confirm (no answer on stdin), and the duplicate still reported
    result = ok(run("terminate", one, one, "-o", "json"))
    assert as_json(result)["duplicates"] == 1 and as_json(result)["succeeded"] == [one]
    assert status(wf, one) == "TERMINATED"
