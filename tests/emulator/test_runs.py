"""The runs listing, a run by id and its history: filters, orderings, keyset page tokens that
stay stable while runs are added, and a 422 for a token the emulator never issued."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from ..support import wait_until

RUNS = "/v1/workflows/runs"


def _start(http: httpx.Client, workflow: str, deployment: str, **body: Any) -> dict[str, Any]:
    response = http.post(f"/v1/workflows/{workflow}/execute", json={"deployment_name": deployment, **body})
    assert response.status_code == 200, response.text
    started: dict[str, Any] = response.json()
    return started


def _every_page(http: httpx.Client, **params: Any) -> list[list[dict[str, Any]]]:
    pages: list[list[dict[str, Any]]] = []
    token: str | None = None
    while True:
        query = {**params, **({"next_page_token": token} if token else {})}
        response = http.get(RUNS, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body["executions"])
        token = body["next_page_token"]
        if token is None:
            return pages


def _deployment() -> str:
    return f"runs-{uuid.uuid4().hex[:8]}"


def test_pages_cover_every_run_once_while_runs_are_added(http: httpx.Client) -> None:
    deployment = _deployment()
    first = [_start(http, "forever", deployment)["execution_id"] for _ in range(25)]
    seen: list[str] = []
    token: str | None = None
    added: list[str] = []
    while True:
        query: dict[str, Any] = {"deployment_name": deployment, "page_size": 7}
        if token:
            query["next_page_token"] = token
        body = http.get(RUNS, params=query).json()
        seen += [row["execution_id"] for row in body["executions"]]
        added.append(_start(http, "forever", deployment)["execution_id"])  # newer: before the cursor
        token = body["next_page_token"]
        if token is None:
            break

    assert sorted(seen) == sorted(first)
    assert seen == list(reversed(first))  # newest first by default
    for execution_id in first + added:
        http.post(f"/v1/workflows/executions/{execution_id}/terminate")


def test_oldest_first_and_by_end_time(http: httpx.Client) -> None:
    deployment = _deployment()
    ids = [
        _start(http, "countdown", deployment, input={"n": 0}, wait_for_result=True)["execution_id"]
        for _ in range(5)
    ]

    ascending = [
        row["execution_id"]
        for page in _every_page(http, deployment_name=deployment, order="asc", page_size=2)
        for row in page
    ]
    by_end = _every_page(http, deployment_name=deployment, sort_by="end_time", order="asc")[0]

    assert ascending == ids
    ends = [row["end_time"] for row in by_end]
    assert ends == sorted(ends)


def test_filters(http: httpx.Client) -> None:
    deployment = _deployment()
    done = _start(
        http,
        "countdown",
        deployment,
        input={"n": 0, "search_keys": {"customer": "Acme Corp", "region": "eu", "tier": None}},
        wait_for_result=True,
    )
    running = _start(http, "forever", deployment)
    parent = _start(http, "parent", deployment, input={"children": 2, "n": 1000})

    def child_rows() -> list[dict[str, Any]] | None:
        rows = _every_page(http, root_execution_id=parent["execution_id"])[0]
        children = [row for row in rows if row["parent_execution_id"]]
        return children if len(children) == 2 else None

    children = wait_until(child_rows)

    def ids(**params: Any) -> set[str]:
        return {row["execution_id"] for page in _every_page(http, **params) for row in page}

    mine = {"deployment_name": deployment}
    assert ids(**mine, workflow_identifier="countdown") == {done["execution_id"]}
    assert ids(**mine, status="COMPLETED") == {done["execution_id"]}
    assert ids(**mine, status=["COMPLETED", "RUNNING"]) >= {done["execution_id"], running["execution_id"]}
    assert ids(root_execution_id=parent["execution_id"]) == {parent["execution_id"]} | {
        row["execution_id"] for row in children
    }
    assert ids(**mine, search=running["execution_id"][-6:].upper()) == {running["execution_id"]}
    assert ids(**mine, end_time_after="2000-01-01T00:00:00Z") == {done["execution_id"]} | {
        row["execution_id"] for row in _every_page(http, **mine, status="COMPLETED")[0]
    }
    later = datetime.now(UTC).replace(year=2100).isoformat()
    assert ids(**mine, start_time_after=later) == set()
    assert ids(**mine, start_time_before=later) >= {done["execution_id"], running["execution_id"]}
    assert ids(**mine, user_id="current") >= {done["execution_id"]}
    assert ids(**mine, user_id="someone-else") == set()
    tag = f"billing-{deployment}"  # the catalog's tags: a workflow's, shared by all its runs
    assert ids(**mine, workflow_tags=tag) == set()
    assert http.post("/v1/workflows/countdown/tags", json={"tags": [tag]}).status_code == 204
    assert ids(**mine, workflow_tags=tag) == {done["execution_id"]}
    assert ids(**mine, workflow_tags=[tag, "untagged"]) == set()
    assert ids(**mine, search_key="customer:acme") == {done["execution_id"]}
    assert ids(**mine, search_key=["customer:ACME", "region:eu"]) == {done["execution_id"]}
    assert ids(**mine, search_key=["customer:acme", "region:us"]) == set()
    assert ids(**mine, search_key="tier:acme") == set()
    # The forms the official SDK documents beyond the contract's `key:value`.
    assert ids(**mine, search_key="customer==:Acme Corp") == {done["execution_id"]}
    assert ids(**mine, search_key="customer==:acme") == set()
    assert ids(**mine, search_key="region") == {done["execution_id"]}
    assert ids(**mine, search_key="tier") == set()
    assert ids(**mine, search_key=["tier==", "region==:eu"]) == {done["execution_id"]}
    assert ids(**mine, search_key="region==") == ids(**mine) - {done["execution_id"]}
    http.post(f"/v1/workflows/executions/{running['execution_id']}/terminate")
    http.post(f"/v1/workflows/executions/{parent['execution_id']}/terminate")


def test_a_row_has_no_result(http: httpx.Client) -> None:
    deployment = _deployment()
    _start(http, "countdown", deployment, input={"n": 0}, wait_for_result=True)

    (row,) = _every_page(http, deployment_name=deployment)[0]

    assert "result" not in row
    assert row["status"] == "COMPLETED"
    assert {"workflow_name", "execution_id", "root_execution_id", "run_id", "start_time", "end_time"} <= set(
        row
    )


@pytest.mark.parametrize(
    "params",
    [
        {"next_page_token": "not-a-token"},
        {"page_size": "0"},
        {"page_size": "1001"},
        {"order": "sideways"},
        {"sort_by": "name"},
        {"status": "DONE"},
        {"start_time_after": "yesterday"},
        {"search_key": ":acme"},
        {"search_key": "customer:"},
        {"search_key": ["a:1", "b:2", "c:3", "d:4"]},
        {"workflow_tags": [f"t{i}" for i in range(21)]},
        {"include_internal": "perhaps"},
    ],
)
def test_bad_listing_parameters_are_422(http: httpx.Client, params: dict[str, Any]) -> None:
    response = http.get(RUNS, params=params)

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "query"


def test_a_token_is_only_good_for_the_ordering_it_was_made_for(http: httpx.Client) -> None:
    deployment = _deployment()
    for _ in range(3):
        _start(http, "countdown", deployment, input={"n": 0})
    token = http.get(RUNS, params={"deployment_name": deployment, "page_size": 1}).json()["next_page_token"]

    other_order = http.get(
        RUNS, params={"deployment_name": deployment, "next_page_token": token, "order": "asc"}
    )
    same = http.get(RUNS, params={"deployment_name": deployment, "next_page_token": token, "page_size": 1})

    assert other_order.status_code == 422
    assert same.status_code == 200


def test_a_run_by_id_and_its_history(http: httpx.Client) -> None:
    renewed = _start(http, "renew", _deployment(), input={"times": 2}, wait_for_result=True)
    execution_id = renewed["execution_id"]
    current = http.get(f"/v1/workflows/executions/{execution_id}").json()
    history = http.get(f"/v1/workflows/executions/{execution_id}/history").json()
    first_run = history["events"][0]["workflowExecutionStartedEventAttributes"]["firstExecutionRunId"]

    run = http.get(f"{RUNS}/{current['run_id']}").json()
    first = http.get(f"{RUNS}/{first_run}").json()
    first_history = http.get(f"{RUNS}/{first_run}/history").json()

    assert run["execution_id"] == execution_id
    assert run["status"] == "COMPLETED"
    assert first["run_id"] == first_run != current["run_id"]
    assert first["status"] == "CONTINUED_AS_NEW"
    assert first_history["run_id"] == first_run
    assert http.get(f"{RUNS}/{current['run_id']}/history").json() == history


def test_unknown_and_malformed_run_ids(http: httpx.Client) -> None:
    assert http.get(f"{RUNS}/{uuid.uuid4()}").status_code == 404
    assert http.get(f"{RUNS}/not-a-uuid").status_code == 422
    assert http.get(f"{RUNS}/{uuid.uuid4()}/history").status_code == 404


def test_search_keys_are_answered_when_asked_for(http: httpx.Client) -> None:
    started = _start(http, "countdown", _deployment(), input={"n": 0, "search_keys": {"customer": "acme"}})
    path = f"/v1/workflows/executions/{started['execution_id']}"
    assert http.get(path, params={"include_search_keys": "true"}).json()["search_keys"] == {
        "customer": "acme"
    }
    assert "search_keys" not in http.get(path).json()


@pytest.mark.parametrize(
    "search_keys", [["customer:acme"], {"customer": 7}, {"a:b": "c"}, {"customer": ""}, {"tier==": "x"}]
)
def test_search_keys_that_are_not_a_mapping_of_strings_are_refused(
    http: httpx.Client, search_keys: Any
) -> None:
    answer = http.post("/v1/workflows/countdown/execute", json={"input": {"search_keys": search_keys}})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["type"] == "workflow_refused"
