"""The commands on executions, against the emulator, in both output modes, exit codes asserted."""

from __future__ import annotations

import contextlib
import datetime

import pytest

from mistral_workflows import ExecutionHandle, Workflows, WorkflowsError, reset_points
from mistral_workflows_emulator import RunningEmulator

from ..support import wait_until
from .conftest import Run, as_json, as_jsonl, ok

#: They drive the emulator's built-in workflows (countdown, counter, forever, ...).
pytestmark = pytest.mark.emulator_only


def ended(handle: ExecutionHandle) -> ExecutionHandle:
    """``handle``, once its execution has ended (whichever way)."""
    with contextlib.suppress(WorkflowsError):
        handle.result(timeout=30)
    return handle


# ----- runs list ------------------------------------------------------------------------------------
def test_runs_list_filters_and_both_modes(run: Run, wf: Workflows) -> None:
    # --since: only the runs of this test (the module's other tests start some of every kind)
    since = datetime.datetime.now(datetime.UTC).isoformat()
    done = ended(wf.execute("countdown", input={"n": 1}))
    failed = ended(wf.execute("flaky"))
    running = wf.execute("forever")
    try:
        rows = as_jsonl(ok(run("runs", "list", "--limit", "0", "-o", "jsonl")))
        ids = {row["execution_id"] for row in rows}
        assert {done.execution_id, failed.execution_id, running.execution_id} <= ids
        only_failed = as_json(ok(run("runs", "list", "--status", "failed", "--since", since, "-o", "json")))
        assert [row["execution_id"] for row in only_failed] == [failed.execution_id]
        by_workflow = as_jsonl(
            ok(run("runs", "list", "-w", "forever", "-s", "RUNNING", "--since", since, "-o", "jsonl"))
        )
        assert [row["execution_id"] for row in by_workflow] == [running.execution_id]
        assert as_json(ok(run("runs", "list", "--until", "2h", "-o", "json"))) == []
        table = ok(run("runs", "list", "--workflow", "countdown")).stdout
        assert done.execution_id in table and "COMPLETED" in table and failed.execution_id not in table
        assert "(none)" in ok(run("runs", "list", "--tag", "no-such-tag")).stdout
    finally:
        running.terminate()


def test_runs_list_search_keys_in_every_form(run: Run, wf: Workflows) -> None:
    since = datetime.datetime.now(datetime.UTC).isoformat()
    keys = {"customer": "Acme Corp", "region": "eu", "tier": None}
    tagged = ended(wf.execute("countdown", input={"n": 0, "search_keys": dict(keys)})).execution_id
    plain = ended(wf.execute("countdown", input={"n": 0})).execution_id

    def ids(*search_keys: str) -> set[str]:
        options = [arg for key in search_keys for arg in ("--search-key", key)]
        rows = as_jsonl(ok(run("runs", "list", "--since", since, *options, "-o", "jsonl")))
        return {row["execution_id"] for row in rows}

    assert ids("customer=acme") == {tagged}
    assert ids("customer==Acme Corp", "region") == {tagged}
    assert ids("customer==acme") == set()
    assert ids("customer:acme", "region==:eu") == {tagged}  # the server's own forms
    assert ids("tier==") == {tagged, plain}
    assert ids("customer=acme", "customer=corp") == {tagged}  # both kept, not the last only
    ok(run("runs", "list", "--search-key", "=acme"), 2)


def test_runs_list_reads_only_the_pages_it_shows(run: Run, wf: Workflows, emulator: RunningEmulator) -> None:
    for handle in [wf.execute("countdown", input={"n": 1}) for _ in range(6)]:
        ended(handle)
    before = emulator.stats.requests_by_path[("GET", "/v1/workflows/runs")]
    assert len(as_jsonl(ok(run("runs", "list", "--limit", "2", "-o", "jsonl")))) == 2
    assert emulator.stats.requests_by_path[("GET", "/v1/workflows/runs")] == before + 1


# ----- show, result -----------------------------------------------------------------------------------
def test_show_in_both_modes(run: Run, wf: Workflows) -> None:
    handle = ended(wf.execute("countdown", input={"n": 1}))
    table = ok(run("show", handle.execution_id)).stdout
    assert "COMPLETED" in table and '{"counted": 1}' in table and "countdown" in table
    document = as_json(ok(run("show", handle.execution_id, "-o", "json")))
    assert document["status"] == "COMPLETED" and document["result"] == {"counted": 1}
    failed = ended(wf.execute("flaky", input={"message": "no luck"}))
    assert "no luck" in ok(run("show", failed.execution_id)).stdout
    assert as_json(ok(run("show", failed.execution_id, "-o", "json")))["failure"] == {"message": "no luck"}


def test_result_exit_status_follows_the_ending(run: Run, wf: Workflows) -> None:
    done = ended(wf.execute("countdown", input={"n": 1}))
    assert as_json(ok(run("result", done.execution_id, "-o", "json"))) == {"counted": 1}
    assert '"counted": 1' in ok(run("result", done.execution_id)).stdout
    failed = ended(wf.execute("flaky"))
    assert "ended FAILED" in ok(run("result", failed.execution_id), 4).stderr
    canceled = wf.execute("forever")
    canceled.cancel()
    assert ok(run("result", canceled.execution_id, "--wait"), 5).stderr.count("CANCELED") == 1
    terminated = wf.execute("forever")
    terminated.terminate()
    ok(run("result", terminated.execution_id, "--wait"), 6)


def test_result_of_a_running_execution(run: Run, wf: Workflows) -> None:
    running = wf.execute("counter")
    try:
        assert "is RUNNING: no result yet" in ok(run("result", running.execution_id), 1).stderr
        ok(run("result", running.execution_id, "--wait", "--wait-timeout", "0.3"), 124)
    finally:
        running.signal("finish")
    assert as_json(ok(run("result", running.execution_id, "--wait", "-o", "json"))) == {"value": 0}
    ok(run("result", "no-such-execution"), 3)


# ----- history, trace, logs ---------------------------------------------------------------------------
def test_history_in_three_modes(run: Run, wf: Workflows) -> None:
    handle = ended(wf.execute("countdown", input={"n": 1}))
    document = as_json(ok(run("history", handle.execution_id, "-o", "json")))
    assert document == handle.history(decode_payloads=True)
    lines = as_jsonl(ok(run("history", handle.execution_id, "-o", "jsonl")))
    assert lines == document["events"]
    table = ok(run("history", handle.execution_id)).stdout
    assert "WORKFLOW_EXECUTION_STARTED" in table and "WORKFLOW_EXECUTION_COMPLETED" in table
    run_id = handle.get().run_id
    assert isinstance(run_id, str)
    assert as_json(ok(run("history", handle.execution_id, "--run", run_id, "-o", "json"))) == document


def test_trace_is_a_span_tree(run: Run, wf: Workflows) -> None:
    handle = ended(wf.execute("countdown", input={"n": 2}))
    table = ok(run("trace", handle.execution_id)).stdout
    assert table.splitlines()[0].startswith("countdown")
    assert table.count("tick") == 2 and "├──" in table and " ms" in table
    document = as_json(ok(run("trace", handle.execution_id, "-o", "json")))
    assert document["span_tree"]["name"] == "countdown"


def test_logs_paged_and_followed(run: Run, wf: Workflows) -> None:
    handle = ended(wf.execute("countdown", input={"n": 1}))
    records = list(handle.logs())
    table = ok(run("logs", handle.execution_id)).stdout.splitlines()
    assert len(table) == len(records) and records[0].body in table[0]
    lines = as_jsonl(ok(run("logs", handle.execution_id, "-o", "jsonl")))
    assert [line["body"] for line in lines] == [record.body for record in records]
    live = wf.execute("countdown", input={"n": 2})
    followed = as_jsonl(ok(run("logs", live.execution_id, "-f", "-o", "jsonl")))
    assert followed and followed[-1]["body"] == list(live.logs())[-1].body
    assert "INFO" in ok(run("logs", live.execution_id, "--follow")).stdout


# ----- watch, events stream -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("workflow", "action", "status", "code"),
    [
        ("countdown", None, "COMPLETED", 0),
        ("flaky", None, "FAILED", 4),
        ("forever", "cancel", "CANCELED", 5),
        ("forever", "terminate", "TERMINATED", 6),
    ],
)
def test_watch_exits_with_the_final_status(
    run: Run, wf: Workflows, workflow: str, action: str | None, status: str, code: int
) -> None:
    handle = wf.execute(workflow, input={"n": 2} if workflow == "countdown" else None)
    if action:
        getattr(handle, action)()
    result = ok(run("watch", handle.execution_id), code)
    assert result.stderr.strip().endswith(f"ended {status}")
    assert "WORKFLOW_EXECUTION_STARTED" in result.stdout


def test_watch_survives_dropped_connections(run: Run, wf: Workflows, emulator: RunningEmulator) -> None:
    handle = wf.execute("countdown", input={"n": 3})
    emulator.options.drop_sse_every = 3
    result = ok(run("watch", handle.execution_id, "-o", "jsonl"))
    sequences = [frame["broker_sequence"] for frame in as_jsonl(result)]
    assert sequences == list(range(1, len(sequences) + 1)) and len(sequences) == 3 * 3 + 4
    assert "ended" not in result.stderr  # notes for people only in table mode
    table = ok(run("watch", handle.execution_id))
    assert "(connection lost" in table.stderr and table.stderr.strip().endswith("ended COMPLETED")


def test_watch_jsonl_children_and_resume(run: Run, wf: Workflows) -> None:
    parent = wf.execute("parent", input={"children": 2, "n": 1})
    frames = as_jsonl(ok(run("watch", parent.execution_id, "--children", "-o", "jsonl")))
    owners = {frame["data"]["workflow_exec_id"] for frame in frames}
    assert len(owners) == 3 and parent.execution_id in owners
    own = as_jsonl(ok(run("watch", parent.execution_id, "-o", "jsonl")))
    assert {frame["data"]["workflow_exec_id"] for frame in own} == {parent.execution_id}
    middle = own[len(own) // 2]
    after = as_jsonl(
        ok(run("watch", parent.execution_id, "--from", str(middle["broker_sequence"]), "-o", "jsonl"))
    )
    assert after == own[len(own) // 2 + 1 :]
    table = ok(run("watch", parent.execution_id, "--children")).stdout
    assert f"{parent.execution_id}-child-0" in table


def test_events_stream_with_filters(run: Run, wf: Workflows) -> None:
    handle = ended(wf.execute("countdown", input={"n": 1}))
    frames = as_jsonl(
        ok(run("events", "stream", "--execution-id", handle.execution_id, "-n", "3", "-o", "jsonl"))
    )
    assert len(frames) == 3 and {f["data"]["workflow_exec_id"] for f in frames} == {handle.execution_id}
    typed = as_jsonl(
        ok(
            run(
                "events", "stream", "--execution-id", handle.execution_id,
                "--event-type", "WORKFLOW_EXECUTION_COMPLETED", "-n", "1", "-o", "jsonl",
            )
        )
    )  # fmt: skip
    assert [f["data"]["event_type"] for f in typed] == ["WORKFLOW_EXECUTION_COMPLETED"]
    table = ok(run("events", "stream", "--execution-id", handle.execution_id, "-n", "2")).stdout
    assert "WORKFLOW_EXECUTION_STARTED" in table and handle.execution_id in table


# ----- execute, signal, query, update, reset ----------------------------------------------------------
def test_execute_prints_the_id_or_waits_for_the_result(run: Run, wf: Workflows) -> None:
    started = ok(run("execute", "countdown", "--input", '{"n": 1}')).stdout.strip()
    assert wf.execution(started).result(timeout=30) == {"counted": 1}
    document = as_json(ok(run("execute", "countdown", "--input", '{"n": 1}', "--wait", "-o", "json")))
    assert document["status"] == "COMPLETED" and document["result"] == {"counted": 1}
    assert '"counted": 1' in ok(run("execute", "countdown", "-i", '{"n": 1}', "--wait")).stdout
    failed = ok(run("execute", "flaky", "--wait", "-o", "json"), 4)
    assert as_json(failed)["status"] == "FAILED" and "ended FAILED" in failed.stderr
    mine = as_json(ok(run("execute", "counter", "--id", "cli-chosen-id", "-o", "json")))
    assert mine == {"execution_id": "cli-chosen-id", "workflow_name": "counter"}
    wf.execution("cli-chosen-id").terminate()
    assert "JSON object" in ok(run("execute", "countdown", "--input", "[1, 2]"), 2).stderr
    ok(run("execute", "no-such-workflow"), 3)


def test_signal_query_update(run: Run, wf: Workflows) -> None:
    counter = wf.execute("counter", input={"start": 1})
    assert ok(run("query", counter.execution_id, "value")).stdout.strip() == "1"
    assert (
        as_json(ok(run("update", counter.execution_id, "increment", "--input", '{"by": 2}', "-o", "json")))
        == 3
    )
    assert as_json(ok(run("query", counter.execution_id, "value", "-o", "json"))) == 3
    assert ok(run("update", counter.execution_id, "increment")).stdout.strip() == "4"
    sent = as_json(ok(run("signal", counter.execution_id, "add", "--input", '{"by": 10}', "-o", "json")))
    assert sent == {"execution_id": counter.execution_id, "signal": "add", "sent": True}
    wait_until(lambda: counter.query("value").result == 14, timeout=10, message="the signal's effect")
    assert "sent finish" in ok(run("signal", counter.execution_id, "finish")).stderr
    assert counter.result(timeout=30) == {"value": 14}
    ok(run("signal", "no-such-execution", "finish"), 3)


def test_reset_starts_a_new_run(run: Run, wf: Workflows) -> None:
    handle = ended(wf.execute("countdown", input={"n": 1}))
    before = handle.get().run_id
    point = reset_points(handle.history())[0]
    document = as_json(
        ok(run("reset", handle.execution_id, "--event-id", str(point), "--exclude-signals", "-o", "json"))
    )
    assert document["run_id"] != before and document["run_id"] == handle.get().run_id
    assert handle.result(timeout=30) == {"counted": 1}
    text = ok(run("reset", handle.execution_id, "--event-id", str(point), "--reason", "again")).stdout
    assert text.startswith(f"reset {handle.execution_id} to event {point}: new run ")
    assert ok(run("reset", handle.execution_id), 2).exit_code == 2


def test_execute_wait_timeout_still_tells_programs_the_id(run: Run, wf: Workflows) -> None:
    gave_up = ok(run("execute", "forever", "--wait", "--wait-timeout", "0.2", "-o", "json"), 124)
    document = as_json(gave_up)
    assert document["workflow_name"] == "forever" and document["status"] == "RUNNING"
    assert wf.execution(document["execution_id"]).get().status == "RUNNING"
    wf.execution(document["execution_id"]).terminate()
