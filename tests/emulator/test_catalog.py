"""The workflows catalog and its registrations: listing filters, orderings and cursors, get by
name or id, update, tags, archive and unarchive (one and in bulk), an archived workflow that
cannot be executed, and registrations that execute like /execute."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from mistral_workflows_emulator._workflows import BUILTIN_WORKFLOWS

WORKFLOWS = "/v1/workflows"
REGISTRATIONS = "/v1/workflows/registrations"


def _every(http: httpx.Client, path: str, field: str, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        response = http.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        rows += body[field]
        cursor = body["next_cursor"]
        if cursor is None:
            return rows


def _names(http: httpx.Client, **params: Any) -> list[str]:
    return [row["name"] for row in _every(http, WORKFLOWS, "workflows", **params)]


def test_the_catalog_lists_every_built_in_workflow_in_pages(http: httpx.Client) -> None:
    paged = _names(http, limit=3)
    backwards = _names(http, limit=2, order="desc")

    assert paged == sorted(BUILTIN_WORKFLOWS)
    assert backwards == sorted(BUILTIN_WORKFLOWS, reverse=True)
    assert _names(http, sort_by="created_at") == list(BUILTIN_WORKFLOWS)
    assert _names(http, search="CHILDREN") == ["parent"]


def test_get_by_name_or_id_and_update(http: httpx.Client) -> None:
    got = http.get(f"{WORKFLOWS}/approval").json()["workflow"]
    by_id = http.get(f"{WORKFLOWS}/{got['id']}").json()["workflow"]
    assert by_id == got
    assert got["active"] is True and got["type"] == "code" and got["archived"] is False

    body = {
        "display_name": "Sign-off",
        "description": "Waits for a human",
        "available_in_chat_assistant": True,
    }
    updated = http.put(f"{WORKFLOWS}/approval", json=body).json()["workflow"]
    tagged = http.post(f"{WORKFLOWS}/{got['id']}/tags", json={"tags": ["human", "gate"]})
    again = http.post(f"{WORKFLOWS}/approval/tags", json={"tags": ["gate", "ops"]})
    after = http.get(f"{WORKFLOWS}/approval").json()["workflow"]

    assert updated["display_name"] == "Sign-off" and updated["description"] == "Waits for a human"
    assert (tagged.status_code, again.status_code) == (204, 204)
    assert after["tags"] == ["human", "gate", "ops"]
    assert after["available_in_chat_assistant"] is True
    assert _names(http, tags=["gate", "ops"]) == ["approval"]
    assert _names(http, tags=["gate", "nowhere"]) == []
    assert _names(http, available_in_chat_assistant="true") == ["approval"]
    assert _names(http, sort_by="display_name", search="sign-off") == ["approval"]
    replaced = http.put(f"{WORKFLOWS}/approval", json={"tags": ["human"]}).json()["workflow"]
    assert replaced["tags"] == ["human"] and replaced["display_name"] == "Sign-off"


def test_an_archived_workflow_is_listed_but_cannot_be_executed(http: httpx.Client) -> None:
    archived = http.put(f"{WORKFLOWS}/flaky/archive").json()["workflow"]
    refused = http.post(f"{WORKFLOWS}/flaky/execute", json={})
    listed = _names(http, archived="true")
    unlisted = _names(http, archived="false")
    unarchived = http.put(f"{WORKFLOWS}/flaky/unarchive").json()["workflow"]
    accepted = http.post(f"{WORKFLOWS}/flaky/execute", json={"input": {"delay": 0}})

    assert archived["archived"] is True and unarchived["archived"] is False
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["type"] == "workflow_refused"
    assert listed == ["flaky"]
    assert "flaky" not in unlisted
    assert accepted.status_code == 200


def test_bulk_archive_reports_unknown_ids(http: httpx.Client) -> None:
    ids = {name: http.get(f"{WORKFLOWS}/{name}").json()["workflow"]["id"] for name in ("renew", "slow")}
    unknown = str(uuid.uuid4())

    archived = http.put(f"{WORKFLOWS}/archive", json={"workflow_ids": [*ids.values(), unknown]}).json()
    unarchived = http.put(f"{WORKFLOWS}/unarchive", json={"workflow_ids": list(ids.values())}).json()

    assert sorted(w["name"] for w in archived["archived"]) == ["renew", "slow"]
    assert all(w["archived"] for w in archived["archived"])
    assert archived["errored"] == [
        {"workflow_id": unknown, "workflow": None, "message": "workflow not found"}
    ]
    assert sorted(w["name"] for w in unarchived["unarchived"]) == ["renew", "slow"]
    assert unarchived["errored"] == []


def test_registrations_list_get_and_execute(http: httpx.Client) -> None:
    rows = _every(http, REGISTRATIONS, "workflow_registrations", limit=3)
    counter_id = http.get(f"{WORKFLOWS}/counter").json()["workflow"]["id"]
    mine = _every(http, REGISTRATIONS, "workflow_registrations", workflow_id=counter_id, with_workflow="true")
    registration_id = mine[0]["id"]
    got = http.get(f"{REGISTRATIONS}/{registration_id}").json()
    started = http.post(f"{REGISTRATIONS}/{registration_id}/execute", json={"input": {"start": 4}})

    assert len(rows) == len(BUILTIN_WORKFLOWS) == len({row["id"] for row in rows})
    assert [row["workflow"]["name"] for row in mine] == ["counter"]
    definition = got["workflow_registration"]["definition"]
    assert [handler["name"] for handler in definition["updates"]] == ["increment"]
    assert {handler["name"] for handler in definition["signals"]} == {"add", "finish"}
    assert got["workflow_registration"]["active"] is True
    assert got["workflow_registration"]["workflow"] is None
    assert started.status_code == 200, started.text
    execution_id = started.json()["execution_id"]
    query = http.post(f"/v1/workflows/executions/{execution_id}/queries", json={"name": "value"})
    assert query.json()["result"] == 4
    http.post(f"/v1/workflows/executions/{execution_id}/terminate")


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("GET", f"{WORKFLOWS}/no-such-workflow", None, 404),
        ("PUT", f"{WORKFLOWS}/no-such-workflow/archive", None, 404),
        ("POST", f"{WORKFLOWS}/no-such-workflow/tags", {"tags": ["x"]}, 404),
        ("GET", f"{REGISTRATIONS}/{uuid.UUID(int=7)}", None, 404),
        ("GET", f"{REGISTRATIONS}/not-a-uuid", None, 422),
        ("GET", f"{WORKFLOWS}?cursor=forged", None, 422),
        ("GET", f"{WORKFLOWS}?limit=0", None, 422),
        ("GET", f"{WORKFLOWS}?status=SLEEPING", None, 422),
        ("PUT", f"{WORKFLOWS}/countdown", {"display_name": "x" * 129}, 422),
        ("PUT", f"{WORKFLOWS}/countdown", {"tags": "one"}, 422),
        ("POST", f"{WORKFLOWS}/countdown/tags", {}, 422),
        ("PUT", f"{WORKFLOWS}/archive", {"workflow_ids": ["nope"]}, 422),
    ],
)
def test_unknown_and_malformed(
    http: httpx.Client, method: str, path: str, body: dict[str, Any] | None, status: int
) -> None:
    response = http.request(method, path, json=body)

    assert response.status_code == status, response.text


def test_a_cursor_of_one_ordering_is_refused_by_another(http: httpx.Client) -> None:
    cursor = http.get(WORKFLOWS, params={"limit": 1}).json()["next_cursor"]

    response = http.get(WORKFLOWS, params={"limit": 1, "order": "desc", "cursor": cursor})

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "cursor"]
