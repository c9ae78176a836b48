"""Deployments: the built-in self-hosted one, the phases of managed ones (create, stop, start,
restart, update, delete), their workers, listings and cursors, logs paged and streamed (resumed
after a cut or an error frame, ended by deletion), archive, unharden, the relation to
executions and to the workflows listing, and bad input."""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any

import httpx
import pytest

from mistral_workflows_emulator import RunningEmulator

from ..support import wait_until

DEPLOYMENTS = "/v1/workflows/deployments"
BUILTIN = "workflows-emulator"
REASONS = {"read_error", "stream_error", "internal_error"}


def _name(prefix: str = "dep") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _create(http: httpx.Client, name: str, **body: Any) -> dict[str, Any]:
    spec = body.pop("spec", {"github_url": "https://github.com/acme/workers", "revision": "v1"})
    response = http.post(DEPLOYMENTS, json={"name": name, "spec": spec, **body})
    assert response.status_code == 202, response.text
    managed: dict[str, Any] = response.json()
    return managed


def _get(http: httpx.Client, name: str, **params: Any) -> dict[str, Any]:
    response = http.get(f"{DEPLOYMENTS}/{name}", params=params)
    assert response.status_code == 200, response.text
    detail: dict[str, Any] = response.json()
    return detail


def _phase(http: httpx.Client, name: str) -> str | None:
    phase: str | None = _get(http, name)["managed"]["status"]["phase"]
    return phase


def _running(http: httpx.Client, name: str) -> dict[str, Any]:
    wait_until(lambda: _phase(http, name) == "RUNNING", message=f"{name} never ran")
    return _get(http, name)


def _every(http: httpx.Client, path: str, field: str, **params: Any) -> list[list[dict[str, Any]]]:
    """Every page of a listing (each page's rows)."""
    pages: list[list[dict[str, Any]]] = []
    cursor: str | None = None
    while True:
        response = http.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body[field])
        cursor = body["next_cursor"]
        if cursor is None:
            return pages


def _rows(http: httpx.Client, path: str, field: str, **params: Any) -> list[dict[str, Any]]:
    return [row for page in _every(http, path, field, **params) for row in page]


def _refused(response: httpx.Response) -> str:
    assert response.status_code == 422, response.text
    kind: str = response.json()["detail"][0]["type"]
    return kind


# ----- SSE -----------------------------------------------------------------------------------


def _frames(
    http: httpx.Client,
    path: str,
    *,
    count: int,
    headers: dict[str, str] | None = None,
    opened: threading.Event | None = None,
    **params: Any,
) -> tuple[list[tuple[str | None, str | None, dict[str, Any]]], bool]:
    """Up to `count` frames of a stream, read as they come; and whether the server ended it.
    `opened` is set once the stream has answered (another thread may wait for it)."""
    frames: list[tuple[str | None, str | None, dict[str, Any]]] = []
    with http.stream("GET", path, params=params, headers=headers or {}) as response:
        assert response.status_code == 200, response.read()
        if opened is not None:
            opened.set()
        event = frame_id = None
        data: list[str] = []
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("id:"):
                frame_id = line[3:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
            elif line == "" and data:
                frames.append((event, frame_id, json.loads("\n".join(data))))
                event = frame_id = None
                data = []
                if len(frames) == count:
                    return frames, False
    return frames, True


# ----- the built-in deployment ---------------------------------------------------------------


def test_the_built_in_deployment_is_self_hosted_and_always_active(http: httpx.Client) -> None:
    listed = _rows(http, DEPLOYMENTS, "deployments")
    builtin = _get(http, BUILTIN)
    workers = _rows(http, f"{DEPLOYMENTS}/{BUILTIN}/workers", "workers")

    assert BUILTIN in [row["name"] for row in listed]
    assert builtin["managed"] is None and builtin["is_active"] is True
    assert builtin["locations"] == ["local"] and builtin["last_heartbeat"]
    assert [worker["name"] for worker in builtin["workers"]] == [f"{BUILTIN}-worker-0"]
    assert [(worker["is_active"], bool(worker["last_heartbeat"])) for worker in workers] == [(True, True)]
    for method, suffix in [
        ("PATCH", ""),
        ("DELETE", ""),
        ("POST", "/start"),
        ("POST", "/stop"),
        ("POST", "/restart"),
    ]:
        response = http.request(
            method, f"{DEPLOYMENTS}/{BUILTIN}{suffix}", json={} if method == "PATCH" else None
        )
        assert _refused(response) == "workflow_refused", (method, suffix)
    assert http.get(f"{DEPLOYMENTS}/{BUILTIN}/archive").status_code == 404


def test_the_catalog_reports_the_built_in_deployment(http: httpx.Client) -> None:
    builtin = _get(http, BUILTIN)
    registration = http.get("/v1/workflows/registrations").json()["workflow_registrations"][0]
    hosted = [row["name"] for row in _rows(http, "/v1/workflows", "workflows", deployment_name=BUILTIN)]
    inactive = _rows(http, "/v1/workflows", "workflows", deployment_status="inactive")

    assert registration["deployment_id"] == builtin["id"]
    assert len(hosted) == 8 and inactive == []
    assert _rows(http, "/v1/workflows", "workflows", deployment_name="nowhere") == []


# ----- managed deployments -------------------------------------------------------------------


def test_a_managed_deployment_builds_rolls_out_stops_starts_restarts_and_is_deleted(
    http: httpx.Client,
) -> None:
    name = _name()
    created = _create(http, name, resources={"replicas": 2}, hardened=True)
    assert created["status"]["phase"] == "BUILDING" and created["rollout_status"] is None
    assert created["status"]["build_state"]["phase"] == "RUNNING"
    assert created["spec"]["backend_spec"] == {"type": "mistral_cloud"}
    assert created["resources"]["replicas"] == 2 and created["is_hardened"] is True
    assert http.post(DEPLOYMENTS, json={"name": name, "spec": {"github_url": "x"}}).status_code == 409

    running = _running(http, name)
    managed = running["managed"]
    assert running["is_active"] and running["active_worker_count"] == 2
    assert managed["rollout_status"] == "COMPLETED" and managed["status"]["ready_replicas"] == 2
    assert managed["status"]["build_state"]["phase"] == "SUCCEEDED"
    assert managed["deployed_at"] and managed["status"]["deployed_revision"] == "v1"
    assert name in [row["name"] for row in _rows(http, DEPLOYMENTS, "deployments")]
    first = sorted(worker["name"] for worker in running["workers"])

    stopped = http.post(f"{DEPLOYMENTS}/{name}/stop")
    again = http.post(f"{DEPLOYMENTS}/{name}/stop")
    restart_stopped = http.post(f"{DEPLOYMENTS}/{name}/restart")
    assert stopped.status_code == 202 and stopped.json()["stopped"] is True
    assert stopped.json()["status"]["phase"] == "STOPPED" and stopped.json()["status"]["ready_replicas"] == 0
    assert again.status_code == 202 and restart_stopped.status_code == 409
    assert _rows(http, f"{DEPLOYMENTS}/{name}/workers", "workers", worker_status="active") == []
    gone = _rows(http, f"{DEPLOYMENTS}/{name}/workers", "workers", worker_status="inactive")
    assert sorted(worker["name"] for worker in gone) == first
    assert name not in [row["name"] for row in _rows(http, DEPLOYMENTS, "deployments")]
    assert name in [row["name"] for row in _rows(http, DEPLOYMENTS, "deployments", active_only="false")]

    started = http.post(f"{DEPLOYMENTS}/{name}/start").json()
    assert started["status"]["phase"] == "DEPLOYING" and started["stopped"] is False
    second = sorted(worker["name"] for worker in _running(http, name)["workers"] if worker["is_active"])
    restarted = http.post(f"{DEPLOYMENTS}/{name}/restart").json()
    assert restarted["spec"]["restarted_at"] is not None
    wait_until(
        lambda: len(_rows(http, f"{DEPLOYMENTS}/{name}/workers", "workers", worker_status="inactive")) == 4
    )
    third = sorted(w["name"] for w in _running(http, name)["workers"] if w["is_active"])
    assert len({*first, *second, *third}) == 6

    rebuilt = http.patch(f"{DEPLOYMENTS}/{name}", json={"spec": {"revision": "v2"}}).json()
    assert rebuilt["status"]["phase"] == "BUILDING"
    assert _running(http, name)["managed"]["status"]["deployed_revision"] == "v2"
    rescaled = http.patch(f"{DEPLOYMENTS}/{name}", json={"resources": {"replicas": 1}}).json()
    assert rescaled["status"]["phase"] == "DEPLOYING" and rescaled["resources"]["replicas"] == 1
    wait_until(lambda: _get(http, name)["active_worker_count"] == 1)

    deleted = http.delete(f"{DEPLOYMENTS}/{name}")
    assert deleted.status_code == 202 and deleted.json()["stopped"] is True
    assert http.get(f"{DEPLOYMENTS}/{name}").status_code == 404
    assert http.post(f"{DEPLOYMENTS}/{name}/start").status_code == 404


def test_unharden_by_id_and_the_archive_of_an_archive_built_deployment(http: httpx.Client) -> None:
    hardened, from_archive = _name("hard"), _name("arc")
    _create(http, hardened, hardened=True)
    _create(http, from_archive, spec={"archive_id": "arc-42"})
    deployment_id = _get(http, hardened)["id"]

    listed = _rows(
        http, DEPLOYMENTS, "deployments", active_only="false", is_hardened="true", search=hardened[:9]
    )
    first = http.post(f"{DEPLOYMENTS}/{deployment_id}/unharden")
    second = http.post(f"{DEPLOYMENTS}/{deployment_id}/unharden")
    elsewhere = http.post(
        f"{DEPLOYMENTS}/{deployment_id}/unharden", params={"workspace_id": str(uuid.uuid4())}
    )
    archive = http.get(f"{DEPLOYMENTS}/{from_archive}/archive")

    assert [row["name"] for row in listed] == [hardened]
    assert first.status_code == 204 and _get(http, hardened)["is_hardened"] is False
    assert second.status_code == 409 and elsewhere.status_code == 404
    assert http.post(f"{DEPLOYMENTS}/{uuid.uuid4()}/unharden").status_code == 404
    assert archive.status_code == 200 and archive.json()["archive_id"] == "arc-42"
    assert archive.json()["download_url"].startswith("https://")
    assert http.get(f"{DEPLOYMENTS}/{hardened}/archive").status_code == 404
    assert _get(http, from_archive)["managed"]["spec"]["github_url"] == ""


def test_the_listing_pages_by_stable_cursors_in_every_order(http: httpx.Client) -> None:
    prefix = f"page{uuid.uuid4().hex[:6]}"
    names = [f"{prefix}-{index}" for index in range(5)]
    for name in names:
        _create(http, name)
    query: dict[str, Any] = {"active_only": "false", "search": prefix, "limit": 2}

    ascending = {**query, "order_by": "created_at", "order": "asc"}
    oldest_first = _every(http, DEPLOYMENTS, "deployments", **ascending)
    newest_first = _rows(http, DEPLOYMENTS, "deployments", **query)
    first_page = http.get(DEPLOYMENTS, params=ascending).json()
    _create(http, f"{prefix}-5")  # newer: after the cursor in this order
    rest = _rows(http, DEPLOYMENTS, "deployments", cursor=first_page["next_cursor"], **ascending)

    assert [len(page) for page in oldest_first] == [2, 2, 1]
    assert [row["name"] for page in oldest_first for row in page] == names
    assert [row["name"] for row in newest_first] == names[::-1]
    assert [row["name"] for row in rest] == [*names[2:], f"{prefix}-5"]
    mismatched = http.get(DEPLOYMENTS, params={**query, "cursor": first_page["next_cursor"]})
    assert mismatched.status_code == 422
    other = http.get(DEPLOYMENTS, params={"workspace_id": str(uuid.uuid4()), "active_only": "false"}).json()
    assert other["deployments"] == [] and other["next_cursor"] is None


# ----- executions and logs -------------------------------------------------------------------


def test_executions_on_a_deployment_are_logged_by_its_workers_and_relate_it_to_workflows(
    http: httpx.Client,
) -> None:
    name = _name()
    _create(http, name, resources={"replicas": 3})
    _running(http, name)
    for _ in range(4):
        response = http.post(
            "/v1/workflows/countdown/execute",
            json={"deployment_name": name, "input": {"n": 2, "interval": 0}, "wait_for_result": True},
        )
        assert response.status_code == 200, response.text

    workflows = _rows(http, "/v1/workflows", "workflows", deployment_name=name)
    serving = _rows(http, DEPLOYMENTS, "deployments", workflow_name="countdown")
    scoped = _get(http, name, workflow_name="approval")
    runtime = _rows(http, f"{DEPLOYMENTS}/{name}/logs", "results", limit=7)
    countdown = _rows(http, f"{DEPLOYMENTS}/{name}/logs", "results", workflow_name="countdown", limit=100)
    build = _rows(http, f"{DEPLOYMENTS}/{name}/logs", "results", log_type="build")

    assert [row["name"] for row in workflows] == ["countdown"]
    assert {BUILTIN, name} <= {row["name"] for row in serving}
    assert scoped["workers"] == [] and scoped["is_active"] is False
    executions = {record["log_attributes"]["execution_id"] for record in countdown}
    assert len(executions) == 4
    assert all(record["log_attributes"]["worker_name"].startswith(f"{name}-g1-") for record in countdown)
    assert [record["timestamp"] for record in runtime] == sorted(record["timestamp"] for record in runtime)
    assert runtime[0]["body"].startswith(f"worker {name}-g1-")
    assert len(build) == 2 and "built" in build[1]["body"]
    assert {record["log_attributes"]["log_type"] for record in runtime} == {"runtime"}


def test_the_logs_cursor_carries_the_window_and_the_order(http: httpx.Client) -> None:
    name = _name()
    _create(http, name, resources={"replicas": 4})
    _running(http, name)
    http.post(f"{DEPLOYMENTS}/{name}/stop").raise_for_status()
    path = f"{DEPLOYMENTS}/{name}/logs"
    everything = _rows(http, path, "results")
    first = http.get(path, params={"order": "desc", "limit": 1}).json()
    # The official SDK sends order=asc with every call: the cursor's order wins.
    second = http.get(path, params={"order": "asc", "limit": 5, "cursor": first["next_cursor"]}).json()
    later = http.get(path, params={"after": everything[-1]["timestamp"]}).json()["results"]
    earlier = http.get(path, params={"before": everything[0]["timestamp"]}).json()["results"]

    assert len(everything) == 9
    assert [*first["results"], *second["results"]] == everything[::-1][:6]
    assert everything[-1] in later and earlier == []
    other = _name()
    _create(http, other)
    stolen = http.get(f"{DEPLOYMENTS}/{other}/logs", params={"cursor": first["next_cursor"]})
    assert stolen.status_code == 422
    assert http.get(path, params={"cursor": "bm90IGEgdG9rZW4"}).status_code == 422


def test_the_log_stream_resumes_after_a_cut_and_after_error_frames(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    for _ in range(4):  # 4 x 13 events: more than the 7 connections below read
        http.post(
            "/v1/workflows/countdown/execute",
            json={"input": {"n": 3, "interval": 0}, "wait_for_result": True},
        )
    path = f"{DEPLOYMENTS}/{BUILTIN}/logs/stream"
    whole = [r for r in _rows(http, f"{DEPLOYMENTS}/{BUILTIN}/logs", "results", limit=100)][:40]
    assert len(whole) == 40

    head, ended = _frames(http, path, count=15)
    assert not ended
    tail, _ = _frames(http, path, count=25, headers={"Last-Event-ID": str(head[-1][1])})
    assert [frame[0] for frame in head + tail] == ["log"] * 40
    assert [frame[2] for frame in head + tail] == whole
    assert [int(str(frame[1])) for frame in head + tail] == list(range(1, 41))

    emulator.options.sse_error_every = 6
    received: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    last: str | None = None
    while len(received) < 40:
        resume: dict[str, Any] = {"last_event_id": last} if last else {}
        frames, ended = _frames(http, path, count=8, **resume)
        assert ended and frames[-1][0] == "error"
        errors.append(frames[-1][2])
        for _event, frame_id, data in frames[:-1]:
            received.append(data)
            last = frame_id
    assert received[:40] == whole
    assert {error["reason"] for error in errors} <= REASONS and len(errors) == 7


def test_the_log_stream_follows_live_records_and_ends_when_the_deployment_is_deleted(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    name = _name()
    _create(http, name)
    _running(http, name)
    path = f"{DEPLOYMENTS}/{name}/logs/stream"
    result: dict[str, Any] = {}
    opened = threading.Event()

    def read() -> None:
        with httpx.Client(base_url=emulator.base_url, headers=http.headers, timeout=30) as reader:
            result["frames"], result["ended"] = _frames(reader, path, count=1000, opened=opened)

    reader = threading.Thread(target=read)
    reader.start()
    response = http.post(
        "/v1/workflows/countdown/execute",
        json={"deployment_name": name, "input": {"n": 1, "interval": 0}, "wait_for_result": True},
    )
    assert response.status_code == 200
    wait_until(lambda: len(_rows(http, f"{DEPLOYMENTS}/{name}/logs", "results")) > 3)
    # Deleted only once the stream is open: a reader thread slow to connect (a loaded machine)
    # would otherwise find the deployment gone (404) instead of seeing it end.
    assert opened.wait(30), "the log stream never opened"
    assert http.delete(f"{DEPLOYMENTS}/{name}").status_code == 202
    reader.join(10)

    assert not reader.is_alive() and result["ended"] is True
    bodies = [data["body"] for _, _, data in result["frames"]]
    assert bodies[0].startswith(f"worker {name}-g1-0 started")
    assert bodies[-1] == f"deployment {name} deleted"
    assert any(data["log_attributes"].get("workflow_name") == "countdown" for _, _, data in result["frames"])
    assert http.get(path).status_code == 404


# ----- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ({"spec": {"github_url": "u"}}, "missing"),
        ({"name": "x"}, "missing"),
        ({"name": 3, "spec": {"github_url": "u"}}, "string_type"),
        ({"name": "x", "spec": {"revision": "main"}}, "missing"),
        ({"name": "x", "spec": {"github_url": 1}}, "string_type"),
        ({"name": "x", "spec": "repo"}, "dict_type"),
        ({"name": "x", "spec": {"github_url": "u"}, "hardened": "yes"}, "bool_type"),
        ({"name": "x", "spec": {"github_url": "u"}, "resources": {"replicas": "2"}}, "int_type"),
        ({"name": "x", "spec": {"github_url": "u"}, "resources": {"replicas": -1}}, "workflow_refused"),
        ({"name": "", "spec": {"github_url": "u"}}, "workflow_refused"),
    ],
)
def test_a_malformed_create_is_a_422(http: httpx.Client, body: dict[str, Any], kind: str) -> None:
    response = http.post(DEPLOYMENTS, json=body)

    assert _refused(response) == kind
    assert http.get(f"{DEPLOYMENTS}/x").status_code == 404


@pytest.mark.parametrize(
    ("path", "params", "headers"),
    [
        (DEPLOYMENTS, {"limit": "0"}, {}),
        (DEPLOYMENTS, {"order_by": "name"}, {}),
        (DEPLOYMENTS, {"order": "up"}, {}),
        (DEPLOYMENTS, {"is_hardened": "maybe"}, {}),
        (DEPLOYMENTS, {"workspace_id": "not-a-uuid"}, {}),
        (DEPLOYMENTS, {"cursor": "garbage"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/workers", {"worker_status": "sleeping"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/workers", {"limit": "101"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/logs", {"after": "yesterday"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/logs", {"log_type": "build"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/logs/stream", {"last_event_id": "abc"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/logs/stream", {"last_event_id": "99999999"}, {}),
        (f"{DEPLOYMENTS}/{BUILTIN}/logs/stream", {}, {"Last-Event-ID": "99999999"}),
    ],
)
def test_bad_parameters_are_a_422(
    http: httpx.Client, path: str, params: dict[str, str], headers: dict[str, str]
) -> None:
    assert http.get(path, params=params, headers=headers).status_code == 422


def test_an_unknown_deployment_is_a_404_and_bad_bodies_are_422s(http: httpx.Client) -> None:
    unknown = f"{DEPLOYMENTS}/{_name('nowhere')}"
    for method, suffix in [
        ("GET", ""),
        ("DELETE", ""),
        ("GET", "/workers"),
        ("GET", "/logs"),
        ("GET", "/logs/stream"),
        ("GET", "/archive"),
        ("POST", "/start"),
        ("POST", "/stop"),
        ("POST", "/restart"),
    ]:
        assert http.request(method, f"{unknown}{suffix}").status_code == 404, (method, suffix)
    assert http.patch(unknown, json={}).status_code == 404
    name = _name()
    _create(http, name)
    assert _refused(http.patch(f"{DEPLOYMENTS}/{name}", content=b"[1]")) == "dict_type"
    assert _refused(http.patch(f"{DEPLOYMENTS}/{name}", json={"spec": {"revision": 2}})) == "string_type"
    assert _refused(http.patch(f"{DEPLOYMENTS}/{name}", json={"resources": []})) == "dict_type"
    assert http.put(f"{DEPLOYMENTS}/{name}").status_code == 405
