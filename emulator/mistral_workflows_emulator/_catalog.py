"""The workflows catalog and its registrations, built from the built-in workflows.

Each built-in workflow is one catalog entry (its id a UUID derived from its name, as the runs
show it) with one registration: its code definition (signals, queries and updates by name,
open input schemas) on the emulator's task queue, hosted by the built-in deployment (see
`_deployments`). A workflow is named by its name or its id wherever the API says
`workflow_identifier`.

What the client can change: display name, description, `available_in_chat_assistant` and tags
(update; tags are also added by `POST /{workflow_identifier}/tags`, keeping the existing ones),
and archived (archive / unarchive, one or in bulk). An archived workflow stays listed, gettable
and queryable, but cannot be executed, by name, by registration or by a schedule: the contract
declares no other error status than 422 for execute, so that refusal is a 422 of type
`workflow_refused` (a request the document allows, refused for the workflow's state).

Listings. `GET /v1/workflows`: filters `status` (workflows that have an execution in one of
these statuses), `available_in_chat_assistant`, `deployment_name` (any of the workflow's
deployments: its hosting one and those its executions were started on, by `deployment_name`),
`deployment_status` and `active_only` (whether one of them has an active worker), `archived`,
`tags` (every one given), `search` (in name, display name and description, case-insensitive);
`include_shared` changes nothing (every workflow is the caller's). `sort_by` is `name` (the
default), `display_name`, `created_at` or `updated_at`; any other value (the contract allows
any string) sorts by name.
Registrations: `workflow_id`, `task_queue`, `active_only`, `workflow_search`, `archived`,
`available_in_chat_assistant`, and `workflow_name` (an exact name: not in the contract, but the
official SDK 3.7 sends it); `with_workflow` embeds the workflow. Both page by keyset cursor.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._engine import TASK_QUEUE, Execution, Invalid, NotFound, Refused, Workflow
from ._paging import decode_token, encode_token, keyset_page
from ._requests import check_encodable, query_bool, query_choice, query_int, query_optional_bool
from ._runs import parse_statuses

#: The UUID namespace of workflow ids (as `_views` derives them for executions).
WORKFLOW_ID_NAMESPACE = uuid.UUID("6f1c3a52-3b7e-4f0e-9d8a-1e2f3a4b5c6d")
_REGISTRATION_NAMESPACE = uuid.UUID("0b6a0c1e-5a36-4c51-9d0e-7b1f6f3e2a90")
#: The caller's organisation and workspace: the emulator has one of each.
CUSTOMER_ID = "00000000-0000-4000-8000-000000000001"
WORKSPACE_ID = "00000000-0000-4000-8000-000000000002"
MAX_DISPLAY_NAME = 128
MAX_LIMIT = 1000
SORT_FIELDS = ("name", "display_name", "created_at", "updated_at")
_OPEN_SCHEMA: Mapping[str, Any] = {"type": "object", "additionalProperties": True}


def workflow_id(name: str) -> str:
    return str(uuid.uuid5(WORKFLOW_ID_NAMESPACE, name))


@dataclass
class CatalogEntry:
    """One workflow of the catalog and what the client may change of it."""

    name: str
    workflow: type[Workflow]
    created_ns: int
    display_name: str
    description: str | None
    deployment_name: str
    updated_ns: int = 0
    available_in_chat_assistant: bool = False
    archived: bool = False
    tags: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return workflow_id(self.name)

    @property
    def registration_id(self) -> str:
        return str(uuid.uuid5(_REGISTRATION_NAMESPACE, self.name))


_DESCRIPTIONS = {
    "countdown": "Counts down n steps, one activity each, with a progress custom task.",
    "approval": "Waits for the signal approve or reject.",
    "counter": "A value to query, increment by update, add to by signal; finish ends it.",
    "flaky": "An activity retried once, then failed: the execution fails.",
    "forever": "Heartbeats, then waits until cancelled or terminated.",
    "parent": "Starts countdown children and waits for them all.",
    "renew": "Continues as new a number of times, then completes.",
    "slow": "Workflow and custom tasks time out, then the run times out.",
}


def _description(name: str) -> str | None:
    return _DESCRIPTIONS.get(name)


class Catalog:
    """Every workflow and registration of one emulator."""

    def __init__(
        self,
        workflows: Mapping[str, type[Workflow]],
        *,
        deployment_name: str,
        deployment_id: Callable[[str], str | None],
        is_active: Callable[[str], bool],
    ) -> None:
        now = time.time_ns()
        self.entries: dict[str, CatalogEntry] = {}
        for offset, (name, workflow) in enumerate(workflows.items()):
            created = now + offset * 1000  # distinct: a stable order by creation
            self.entries[name] = CatalogEntry(
                name=name,
                workflow=workflow,
                created_ns=created,
                updated_ns=created,
                display_name=name.replace("_", " ").capitalize(),
                description=_description(name),
                deployment_name=deployment_name,
            )
        self._deployment_id = deployment_id
        self._is_active = is_active

    # ----- lookups -----------------------------------------------------------------------

    def get(self, identifier: str) -> CatalogEntry:
        """The workflow named, or whose id is, `identifier`."""
        entry = self.entries.get(identifier)
        if entry is not None:
            return entry
        for entry in self.entries.values():
            if entry.id == identifier:
                return entry
        raise NotFound(f"workflow not found: {identifier}")

    def executable(self, identifier: str) -> CatalogEntry:
        """The workflow, refused when archived (see the module's doc)."""
        entry = self.get(identifier)
        if entry.archived:
            raise Refused(
                ("path", "workflow_identifier"),
                f"workflow {entry.name} is archived: unarchive it to execute it",
                identifier,
            )
        return entry

    def registration(self, registration_id: str) -> CatalogEntry:
        try:
            wanted = str(uuid.UUID(registration_id))
        except ValueError:
            raise Invalid(
                ("path", "workflow_registration_id"),
                "Input should be a valid UUID",
                registration_id,
                "uuid_parsing",
            ) from None
        for entry in self.entries.values():
            if entry.registration_id == wanted:
                return entry
        raise NotFound(f"workflow registration not found: {registration_id}")

    def tags_of(self, name: str) -> list[str]:
        entry = self.entries.get(name)
        return entry.tags if entry is not None else []

    def active(self, entry: CatalogEntry) -> bool:
        return self._is_active(entry.deployment_name)

    # ----- changes -------------------------------------------------------------------------

    def update(self, identifier: str, body: Mapping[str, Any]) -> CatalogEntry:
        """Apply a WorkflowUpdateRequest (absent or null fields stay as they are)."""
        entry = self.get(identifier)
        display_name = _optional(body, "display_name", str)
        if display_name is not None and len(display_name) > MAX_DISPLAY_NAME:
            raise Invalid(
                ("body", "display_name"),
                f"String should have at most {MAX_DISPLAY_NAME} characters",
                display_name,
                "string_too_long",
            )
        description = _optional(body, "description", str)
        available = _optional(body, "available_in_chat_assistant", bool)
        tags = _tag_list(body, required=False)
        if display_name is not None:
            entry.display_name = display_name
        if description is not None:
            entry.description = description
        if available is not None:
            entry.available_in_chat_assistant = available
        if tags is not None:
            entry.tags = list(dict.fromkeys(tags))
        entry.updated_ns = time.time_ns()
        return entry

    def add_tags(self, identifier: str, body: Mapping[str, Any]) -> CatalogEntry:
        entry = self.get(identifier)
        tags = _tag_list(body, required=True) or []
        entry.tags = list(dict.fromkeys([*entry.tags, *tags]))
        entry.updated_ns = time.time_ns()
        return entry

    def set_archived(self, identifier: str, archived: bool) -> CatalogEntry:
        entry = self.get(identifier)
        if entry.archived != archived:
            entry.archived = archived
            entry.updated_ns = time.time_ns()
        return entry

    def bulk(
        self, body: Mapping[str, Any], archived: bool
    ) -> tuple[list[CatalogEntry], list[dict[str, Any]]]:
        """Archive (or unarchive) each id of a bulk request: (done, WorkflowBulkErrors)."""
        ids = body.get("workflow_ids")
        if "workflow_ids" not in body:
            raise Invalid(("body", "workflow_ids"), "Field required", None, "missing")
        if not isinstance(ids, list):
            raise Invalid(("body", "workflow_ids"), "Input should be a valid list", ids, "list_type")
        wanted: list[str] = []
        for index, item in enumerate(ids):
            try:
                wanted.append(str(uuid.UUID(item)))
            except (ValueError, TypeError, AttributeError):
                loc = ("body", "workflow_ids", index)
                raise Invalid(loc, "Input should be a valid UUID", item, "uuid_parsing") from None
        done: list[CatalogEntry] = []
        errors: list[dict[str, Any]] = []
        by_id = {entry.id: entry for entry in self.entries.values()}
        for item in dict.fromkeys(wanted):
            entry = by_id.get(item)
            if entry is None:
                errors.append({"workflow_id": item, "workflow": None, "message": "workflow not found"})
            else:
                done.append(self.set_archived(entry.name, archived))
        return done, errors

    # ----- renderings ----------------------------------------------------------------------

    def workflow(self, entry: CatalogEntry) -> dict[str, Any]:
        """A Workflow."""
        return {
            "id": entry.id,
            "name": entry.name,
            "display_name": entry.display_name,
            "type": "code",
            "description": entry.description,
            "customer_id": CUSTOMER_ID,
            "workspace_id": WORKSPACE_ID,
            "shared_namespace": None,
            "available_in_chat_assistant": entry.available_in_chat_assistant,
            "is_technical": False,
            "archived": entry.archived,
            "tags": list(entry.tags),
        }

    def workflow_with_status(self, entry: CatalogEntry) -> dict[str, Any]:
        """A WorkflowWithWorkerStatus."""
        return {**self.workflow(entry), "active": self.active(entry)}

    def basic(self, entry: CatalogEntry) -> dict[str, Any]:
        """A WorkflowBasicDefinition (a row of the listing)."""
        return {
            "id": entry.id,
            "name": entry.name,
            "display_name": entry.display_name,
            "description": entry.description,
            "metadata": {"shared_namespace": None},
            "archived": entry.archived,
            "tags": list(entry.tags),
        }

    def registration_fields(self, entry: CatalogEntry, *, with_workflow: bool) -> dict[str, Any]:
        """A WorkflowRegistrationWithWorkerStatus."""
        workflow = entry.workflow

        def handlers(names: Iterable[str]) -> list[dict[str, Any]]:
            return [
                {"name": name, "description": None, "input_schema": dict(_OPEN_SCHEMA)}
                for name in sorted(names)
            ]

        return {
            "id": entry.registration_id,
            "deployment_id": self._deployment_id(entry.deployment_name),
            "task_queue": TASK_QUEUE,
            "definition": {
                "input_schema": dict(_OPEN_SCHEMA),
                "output_schema": None,
                "signals": handlers(workflow.signals),
                "queries": handlers(workflow.queries),
                "updates": handlers(workflow.updates),
                "enforce_determinism": False,
                "on_behalf_of": False,
            },
            "workflow_id": entry.id,
            "workflow": self.workflow(entry) if with_workflow else None,
            "deployment_name": entry.deployment_name,
            "compatible_with_chat_assistant": False,
            "active": self.active(entry),
        }

    # ----- listings ------------------------------------------------------------------------

    def list_workflows(self, params: Any, executions: Iterable[Execution]) -> dict[str, Any]:
        """One page of a WorkflowListResponse."""
        statuses = parse_statuses(params) or set()
        available = query_optional_bool(params, "available_in_chat_assistant")
        deployments = set(params.getlist("deployment_name"))
        deployment_status = query_choice(params, "deployment_status", ("active", "inactive"))
        archived = query_optional_bool(params, "archived")
        tags = params.getlist("tags")
        query_bool(params, "include_shared")
        active_only = query_bool(params, "active_only")
        search = (params.get("search") or "").casefold()
        sort_by = params.get("sort_by")
        sort_by = sort_by if sort_by in SORT_FIELDS else "name"
        descending = (query_choice(params, "order", ("asc", "desc")) or "asc") == "desc"
        limit = query_int(params, "limit", 50, 1, MAX_LIMIT)
        context = ("workflows", sort_by, descending)
        kind = int if sort_by.endswith("_at") else str
        after = decode_token(params.get("cursor"), context, ("query", "cursor"), (kind, str))
        executions = list(executions)
        with_status = (
            {e.workflow_name for e in executions if e.status.value in statuses} if statuses else None
        )
        # The deployments a workflow runs on: its hosting one, and those its executions named.
        ran_on: dict[str, set[str]] = {}
        for execution in executions:
            name = execution.deployment_name
            if name is not None and self._deployment_id(name) is not None:
                ran_on.setdefault(execution.workflow_name, set()).add(name)

        def keep(entry: CatalogEntry) -> bool:
            hosts = {entry.deployment_name, *ran_on.get(entry.name, ())}
            active = any(self._is_active(host) for host in hosts)
            text = f"{entry.name}\n{entry.display_name}\n{entry.description or ''}".casefold()
            return (
                (with_status is None or entry.name in with_status)
                and (available is None or entry.available_in_chat_assistant is available)
                and (not deployments or not hosts.isdisjoint(deployments))
                and (deployment_status is None or active is (deployment_status == "active"))
                and (archived is None or entry.archived is archived)
                and all(tag in entry.tags for tag in tags)
                and (active or not active_only)
                and search in text
            )

        def key(entry: CatalogEntry) -> tuple[Any, ...]:
            value: Any = {
                "name": entry.name,
                "display_name": entry.display_name,
                "created_at": entry.created_ns,
                "updated_at": entry.updated_ns,
            }[sort_by]
            return (value, entry.name)

        rows = [entry for entry in self.entries.values() if keep(entry)]
        page, last = keyset_page(rows, key, descending=descending, after=after, limit=limit)
        return {
            "workflows": [self.basic(entry) for entry in page],
            "next_cursor": encode_token(context, last) if last is not None else None,
        }

    def list_registrations(self, params: Any) -> dict[str, Any]:
        """One page of a WorkflowRegistrationListResponse."""
        wanted_workflow = params.get("workflow_id")
        if wanted_workflow is not None:
            try:
                wanted_workflow = str(uuid.UUID(wanted_workflow))
            except ValueError:
                loc = ("query", "workflow_id")
                raise Invalid(loc, "Input should be a valid UUID", wanted_workflow, "uuid_parsing") from None
        wanted_name = params.get("workflow_name")
        task_queue = params.get("task_queue")
        active_only = query_bool(params, "active_only")
        query_bool(params, "include_shared")
        search = (params.get("workflow_search") or "").casefold()
        archived = query_optional_bool(params, "archived")
        with_workflow = query_bool(params, "with_workflow")
        available = query_optional_bool(params, "available_in_chat_assistant")
        limit = query_int(params, "limit", 50, 1, MAX_LIMIT)
        context = ("registrations",)
        after = decode_token(params.get("cursor"), context, ("query", "cursor"), (str,))

        def keep(entry: CatalogEntry) -> bool:
            return (
                (wanted_workflow is None or entry.id == wanted_workflow)
                and (wanted_name is None or entry.name == wanted_name)
                and (task_queue is None or task_queue == TASK_QUEUE)
                and (self.active(entry) or not active_only)
                and search in f"{entry.name}\n{entry.display_name}".casefold()
                and (archived is None or entry.archived is archived)
                and (available is None or entry.available_in_chat_assistant is available)
            )

        rows = [entry for entry in self.entries.values() if keep(entry)]
        page, last = keyset_page(
            rows, lambda entry: (entry.registration_id,), descending=False, after=after, limit=limit
        )
        registrations = [self.registration_fields(entry, with_workflow=with_workflow) for entry in page]
        for registration in registrations:
            del registration["active"]
        return {
            "workflow_registrations": registrations,
            "workflow_versions": registrations,
            "next_cursor": encode_token(context, last) if last is not None else None,
        }


def _optional(body: Mapping[str, Any], key: str, kind: type) -> Any:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        name = "string" if kind is str else "boolean"
        raise Invalid(("body", key), f"Input should be a valid {name}", value, f"{name[:4]}_type")
    if isinstance(value, str):
        check_encodable(value, ("body", key))
    return value


def _tag_list(body: Mapping[str, Any], *, required: bool) -> list[str] | None:
    tags = body.get("tags")
    if tags is None:
        if required:
            raise Invalid(("body", "tags"), "Field required", None, "missing")
        return None
    if not isinstance(tags, list):
        raise Invalid(("body", "tags"), "Input should be a valid list", tags, "list_type")
    for index, tag in enumerate(tags):
        if not isinstance(tag, str):
            raise Invalid(("body", "tags", index), "Input should be a valid string", tag, "string_type")
        check_encodable(tag, ("body", "tags", index))
    return tags
