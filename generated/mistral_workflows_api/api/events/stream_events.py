from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_scope import EventScope
from ...models.stream_events_metadata_filters import StreamEventsMetadataFilters
from ...models.workflow_event_type import WorkflowEventType
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    scope: EventScope | Unset = UNSET,
    activity_name: str | Unset = "*",
    activity_id: str | Unset = "*",
    workflow_name: str | Unset = "*",
    workflow_exec_id: str | Unset = "*",
    root_workflow_exec_id: str | Unset = "*",
    parent_workflow_exec_id: str | Unset = "*",
    stream: str | Unset = "*",
    start_seq: int | Unset = 0,
    metadata_filters: StreamEventsMetadataFilters | Unset = UNSET,
    workflow_event_types: list[WorkflowEventType] | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params["activity_name"] = activity_name

    params["activity_id"] = activity_id

    params["workflow_name"] = workflow_name

    params["workflow_exec_id"] = workflow_exec_id

    params["root_workflow_exec_id"] = root_workflow_exec_id

    params["parent_workflow_exec_id"] = parent_workflow_exec_id

    params["stream"] = stream

    params["start_seq"] = start_seq

    json_metadata_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(metadata_filters, Unset):
        json_metadata_filters = metadata_filters.to_dict()
    if not isinstance(json_metadata_filters, Unset):
        params.update(json_metadata_filters)

    json_workflow_event_types: list[str] | None | Unset
    if isinstance(workflow_event_types, Unset):
        json_workflow_event_types = UNSET
    elif isinstance(workflow_event_types, list):
        json_workflow_event_types = []
        for workflow_event_types_type_0_item_data in workflow_event_types:
            workflow_event_types_type_0_item = (
                workflow_event_types_type_0_item_data.value
            )
            json_workflow_event_types.append(workflow_event_types_type_0_item)

    else:
        json_workflow_event_types = workflow_event_types
    params["workflow_event_types"] = json_workflow_event_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/events/stream",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 422:
        from ...models.http_validation_error import HTTPValidationError

        response_422 = HTTPValidationError.from_dict(json_loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: EventScope | Unset = UNSET,
    activity_name: str | Unset = "*",
    activity_id: str | Unset = "*",
    workflow_name: str | Unset = "*",
    workflow_exec_id: str | Unset = "*",
    root_workflow_exec_id: str | Unset = "*",
    parent_workflow_exec_id: str | Unset = "*",
    stream: str | Unset = "*",
    start_seq: int | Unset = 0,
    metadata_filters: StreamEventsMetadataFilters | Unset = UNSET,
    workflow_event_types: list[WorkflowEventType] | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream workflow events of many executions (server-sent events)

     A `text/event-stream` of workflow events as they happen, across
    executions (child executions included), narrowed by the filters below
    (`*` matches anything). Each frame's data is a `StreamEventSsePayload`;
    frames may be named (`event: workflow.event`) or not, and a server-side
    failure arrives as an `event: error` frame whose data is a
    `StreamEventSseErrorData`. To resume, pass `start_seq` = the last
    handled event's `broker_sequence` + 1.

    Args:
        scope (EventScope | Unset): Which events a global stream carries; `*` is all of them.
        activity_name (str | Unset):  Default: '*'.
        activity_id (str | Unset):  Default: '*'.
        workflow_name (str | Unset):  Default: '*'.
        workflow_exec_id (str | Unset):  Default: '*'.
        root_workflow_exec_id (str | Unset):  Default: '*'.
        parent_workflow_exec_id (str | Unset):  Default: '*'.
        stream (str | Unset):  Default: '*'.
        start_seq (int | Unset):  Default: 0.
        metadata_filters (StreamEventsMetadataFilters | Unset):
        workflow_event_types (list[WorkflowEventType] | None | Unset):
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        scope=scope,
        activity_name=activity_name,
        activity_id=activity_id,
        workflow_name=workflow_name,
        workflow_exec_id=workflow_exec_id,
        root_workflow_exec_id=root_workflow_exec_id,
        parent_workflow_exec_id=parent_workflow_exec_id,
        stream=stream,
        start_seq=start_seq,
        metadata_filters=metadata_filters,
        workflow_event_types=workflow_event_types,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: EventScope | Unset = UNSET,
    activity_name: str | Unset = "*",
    activity_id: str | Unset = "*",
    workflow_name: str | Unset = "*",
    workflow_exec_id: str | Unset = "*",
    root_workflow_exec_id: str | Unset = "*",
    parent_workflow_exec_id: str | Unset = "*",
    stream: str | Unset = "*",
    start_seq: int | Unset = 0,
    metadata_filters: StreamEventsMetadataFilters | Unset = UNSET,
    workflow_event_types: list[WorkflowEventType] | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream workflow events of many executions (server-sent events)

     A `text/event-stream` of workflow events as they happen, across
    executions (child executions included), narrowed by the filters below
    (`*` matches anything). Each frame's data is a `StreamEventSsePayload`;
    frames may be named (`event: workflow.event`) or not, and a server-side
    failure arrives as an `event: error` frame whose data is a
    `StreamEventSseErrorData`. To resume, pass `start_seq` = the last
    handled event's `broker_sequence` + 1.

    Args:
        scope (EventScope | Unset): Which events a global stream carries; `*` is all of them.
        activity_name (str | Unset):  Default: '*'.
        activity_id (str | Unset):  Default: '*'.
        workflow_name (str | Unset):  Default: '*'.
        workflow_exec_id (str | Unset):  Default: '*'.
        root_workflow_exec_id (str | Unset):  Default: '*'.
        parent_workflow_exec_id (str | Unset):  Default: '*'.
        stream (str | Unset):  Default: '*'.
        start_seq (int | Unset):  Default: 0.
        metadata_filters (StreamEventsMetadataFilters | Unset):
        workflow_event_types (list[WorkflowEventType] | None | Unset):
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return sync_detailed(
        client=client,
        scope=scope,
        activity_name=activity_name,
        activity_id=activity_id,
        workflow_name=workflow_name,
        workflow_exec_id=workflow_exec_id,
        root_workflow_exec_id=root_workflow_exec_id,
        parent_workflow_exec_id=parent_workflow_exec_id,
        stream=stream,
        start_seq=start_seq,
        metadata_filters=metadata_filters,
        workflow_event_types=workflow_event_types,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: EventScope | Unset = UNSET,
    activity_name: str | Unset = "*",
    activity_id: str | Unset = "*",
    workflow_name: str | Unset = "*",
    workflow_exec_id: str | Unset = "*",
    root_workflow_exec_id: str | Unset = "*",
    parent_workflow_exec_id: str | Unset = "*",
    stream: str | Unset = "*",
    start_seq: int | Unset = 0,
    metadata_filters: StreamEventsMetadataFilters | Unset = UNSET,
    workflow_event_types: list[WorkflowEventType] | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream workflow events of many executions (server-sent events)

     A `text/event-stream` of workflow events as they happen, across
    executions (child executions included), narrowed by the filters below
    (`*` matches anything). Each frame's data is a `StreamEventSsePayload`;
    frames may be named (`event: workflow.event`) or not, and a server-side
    failure arrives as an `event: error` frame whose data is a
    `StreamEventSseErrorData`. To resume, pass `start_seq` = the last
    handled event's `broker_sequence` + 1.

    Args:
        scope (EventScope | Unset): Which events a global stream carries; `*` is all of them.
        activity_name (str | Unset):  Default: '*'.
        activity_id (str | Unset):  Default: '*'.
        workflow_name (str | Unset):  Default: '*'.
        workflow_exec_id (str | Unset):  Default: '*'.
        root_workflow_exec_id (str | Unset):  Default: '*'.
        parent_workflow_exec_id (str | Unset):  Default: '*'.
        stream (str | Unset):  Default: '*'.
        start_seq (int | Unset):  Default: 0.
        metadata_filters (StreamEventsMetadataFilters | Unset):
        workflow_event_types (list[WorkflowEventType] | None | Unset):
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        scope=scope,
        activity_name=activity_name,
        activity_id=activity_id,
        workflow_name=workflow_name,
        workflow_exec_id=workflow_exec_id,
        root_workflow_exec_id=root_workflow_exec_id,
        parent_workflow_exec_id=parent_workflow_exec_id,
        stream=stream,
        start_seq=start_seq,
        metadata_filters=metadata_filters,
        workflow_event_types=workflow_event_types,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: EventScope | Unset = UNSET,
    activity_name: str | Unset = "*",
    activity_id: str | Unset = "*",
    workflow_name: str | Unset = "*",
    workflow_exec_id: str | Unset = "*",
    root_workflow_exec_id: str | Unset = "*",
    parent_workflow_exec_id: str | Unset = "*",
    stream: str | Unset = "*",
    start_seq: int | Unset = 0,
    metadata_filters: StreamEventsMetadataFilters | Unset = UNSET,
    workflow_event_types: list[WorkflowEventType] | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream workflow events of many executions (server-sent events)

     A `text/event-stream` of workflow events as they happen, across
    executions (child executions included), narrowed by the filters below
    (`*` matches anything). Each frame's data is a `StreamEventSsePayload`;
    frames may be named (`event: workflow.event`) or not, and a server-side
    failure arrives as an `event: error` frame whose data is a
    `StreamEventSseErrorData`. To resume, pass `start_seq` = the last
    handled event's `broker_sequence` + 1.

    Args:
        scope (EventScope | Unset): Which events a global stream carries; `*` is all of them.
        activity_name (str | Unset):  Default: '*'.
        activity_id (str | Unset):  Default: '*'.
        workflow_name (str | Unset):  Default: '*'.
        workflow_exec_id (str | Unset):  Default: '*'.
        root_workflow_exec_id (str | Unset):  Default: '*'.
        parent_workflow_exec_id (str | Unset):  Default: '*'.
        stream (str | Unset):  Default: '*'.
        start_seq (int | Unset):  Default: 0.
        metadata_filters (StreamEventsMetadataFilters | Unset):
        workflow_event_types (list[WorkflowEventType] | None | Unset):
        last_event_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            activity_name=activity_name,
            activity_id=activity_id,
            workflow_name=workflow_name,
            workflow_exec_id=workflow_exec_id,
            root_workflow_exec_id=root_workflow_exec_id,
            parent_workflow_exec_id=parent_workflow_exec_id,
            stream=stream,
            start_seq=start_seq,
            metadata_filters=metadata_filters,
            workflow_event_types=workflow_event_types,
            last_event_id=last_event_id,
        )
    ).parsed
