"""schedules, deployments, workflows and metrics, against the emulator, in both output modes."""

from __future__ import annotations

import pytest

from mistral_workflows import Workflows

from .conftest import Run, as_json, as_jsonl, ok

#: They drive the emulator's built-in workflows (countdown, counter, forever, ...).
pytestmark = pytest.mark.emulator_only


def test_schedules_from_creation_to_deletion(run: Run, wf: Workflows) -> None:
    create = ("schedules", "create", "countdown", "--every", "1h", "--cron", "0 2 * * *", "--id", "cli-s1")
    created = ok(run(*create, "--input", '{"n": 1}')).stdout.strip()
    assert created == "cli-s1"
    listed = as_jsonl(ok(run("schedules", "list", "-o", "jsonl")))
    assert [s["schedule_id"] for s in listed] == ["cli-s1"]
    assert listed[0]["cron_expressions"] == ["0 2 * * *"]
    table = ok(run("schedules", "list", "--workflow", "countdown")).stdout
    assert "cli-s1" in table and "0 2 * * *" in table and "every PT3600S" in table
    assert ok(run("schedules", "pause", "cli-s1")).stdout.strip() == "paused cli-s1"
    assert wf.schedule("cli-s1").get().paused is True
    assert as_json(ok(run("schedules", "list", "--status", "paused", "-o", "json")))[0]["paused"] is True
    assert as_json(ok(run("schedules", "resume", "cli-s1", "-o", "json"))) == {
        "schedule_id": "cli-s1",
        "action": "resume",
    }
    assert wf.schedule("cli-s1").get().paused is False
    before = len(list(wf.runs.list(workflow="countdown")))
    ok(run("schedules", "trigger", "cli-s1"))
    assert len(list(wf.runs.list(workflow="countdown"))) == before + 1
    ok(run("schedules", "delete", "cli-s1"))
    assert as_json(ok(run("schedules", "list", "-o", "json"))) == []
    ok(run("schedules", "delete", "cli-s1"), 3)
    assert "say when" in ok(run("schedules", "create", "countdown"), 2).stderr
    assert "not a duration" in ok(run("schedules", "create", "countdown", "--every", "often"), 2).stderr
    iso = ok(run("schedules", "create", "countdown", "--every", "PT30M", "--id", "cli-s2")).stdout.strip()
    intervals = wf.schedule(iso).get().intervals
    assert isinstance(intervals, list) and intervals[0].every == "PT30M"
    ok(run("schedules", "delete", iso))
    assert "HTTP 422" in ok(run("schedules", "create", "countdown", "--every", "Pfoo"), 1).stderr


def test_deployments(run: Run, wf: Workflows) -> None:
    [deployment] = list(wf.deployments.list())
    listed = as_json(ok(run("deployments", "list", "--all", "-o", "json")))
    assert [d["name"] for d in listed] == [deployment.name]
    assert deployment.name in ok(run("deployments", "list")).stdout
    shown = as_json(ok(run("deployments", "show", deployment.name, "-o", "json")))
    assert shown["name"] == deployment.name and isinstance(shown["workers"], list)
    assert "active" in ok(run("deployments", "show", deployment.name)).stdout
    workers = as_jsonl(ok(run("deployments", "workers", deployment.name, "-o", "jsonl")))
    assert workers and all("name" in w for w in workers)
    assert workers[0]["name"] in ok(run("deployments", "workers", deployment.name)).stdout
    records = list(wf.deployment(deployment.name).logs())
    logs = as_jsonl(ok(run("deployments", "logs", deployment.name, "-o", "jsonl", "-n", "0")))
    # Oldest first; the shared emulator's deployment may log more in between (other tests run).
    assert [r["body"] for r in logs][: len(records)] == [r.body for r in records]
    if records:
        assert records[0].body in ok(run("deployments", "logs", deployment.name)).stdout
        followed = as_jsonl(ok(run("deployments", "logs", deployment.name, "-f", "-n", "1", "-o", "jsonl")))
        assert len(followed) == 1
    ok(run("deployments", "show", "no-such-deployment"), 3)


def test_workflows_and_metrics(run: Run, wf: Workflows) -> None:
    names = [w["name"] for w in as_jsonl(ok(run("workflows", "list", "-n", "0", "-o", "jsonl")))]
    assert "countdown" in names and "forever" in names
    searched = [w["name"] for w in as_json(ok(run("workflows", "list", "--search", "countd", "-o", "json")))]
    assert "countdown" in searched and "forever" not in searched
    assert "Countdown" in ok(run("workflows", "list")).stdout
    shown = as_json(ok(run("workflows", "show", "countdown", "-o", "json")))
    assert shown["name"] == "countdown"
    assert "served" in ok(run("workflows", "show", "countdown")).stdout
    ok(run("workflows", "show", "no-such-workflow"), 3)
    wf.execute("countdown", input={"n": 1}).result(timeout=30)
    metrics = as_json(ok(run("metrics", "countdown", "--since", "1h", "-o", "json")))
    assert metrics["execution_count"]["value"] >= 1
    table = ok(run("metrics", "countdown")).stdout
    assert "executions" in table and "average latency ms" in table
