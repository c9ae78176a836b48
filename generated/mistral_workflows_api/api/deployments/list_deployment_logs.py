from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_log_search_response import DeploymentLogSearchResponse
from ...models.deployment_log_type import DeploymentLogType
from ...models.list_deployment_logs_order import ListDeploymentLogsOrder
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    name: str,
    *,
    log_type: DeploymentLogType | Unset = UNSET,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListDeploymentLogsOrder | Unset = ListDeploymentLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_log_type: str | Unset = UNSET
    if not isinstance(log_type, Unset):
        json_log_type = log_type.value

    params["log_type"] = json_log_type

    json_worker_name: None | str | Unset
    if isinstance(worker_name, Unset):
        json_worker_name = UNSET
    else:
        json_worker_name = worker_name
    params["worker_name"] = json_worker_name

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat()
    else:
        json_after = after
    params["after"] = json_after

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.datetime):
        json_before = before.isoformat()
    else:
        json_before = before
    params["before"] = json_before

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/deployments/{name}/logs".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentLogSearchResponse.from_dict(
            json_loads(response.content)
        )

        return response_200

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        from ...models.error_response import ErrorResponse

        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

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
) -> Response[DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: DeploymentLogType | Unset = UNSET,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListDeploymentLogsOrder | Unset = ListDeploymentLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError]:
    """List the log records of a deployment

     One page of the log records of the deployment's workers. `after`,
    `before` and `order` shape the first page; pass `next_cursor` back as
    `cursor` for the next one (it carries the window and the order).

    Args:
        name (str):
        log_type (DeploymentLogType | Unset): Which log records of a deployment: its workers' own
            (`runtime`) or its image build's (`build`). Not in the public contract: the official SDK
            3.7 sends it.
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListDeploymentLogsOrder | Unset):  Default: ListDeploymentLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        log_type=log_type,
        worker_name=worker_name,
        workflow_name=workflow_name,
        after=after,
        before=before,
        order=order,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: DeploymentLogType | Unset = UNSET,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListDeploymentLogsOrder | Unset = ListDeploymentLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError | None:
    """List the log records of a deployment

     One page of the log records of the deployment's workers. `after`,
    `before` and `order` shape the first page; pass `next_cursor` back as
    `cursor` for the next one (it carries the window and the order).

    Args:
        name (str):
        log_type (DeploymentLogType | Unset): Which log records of a deployment: its workers' own
            (`runtime`) or its image build's (`build`). Not in the public contract: the official SDK
            3.7 sends it.
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListDeploymentLogsOrder | Unset):  Default: ListDeploymentLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        name=name,
        client=client,
        log_type=log_type,
        worker_name=worker_name,
        workflow_name=workflow_name,
        after=after,
        before=before,
        order=order,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: DeploymentLogType | Unset = UNSET,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListDeploymentLogsOrder | Unset = ListDeploymentLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError]:
    """List the log records of a deployment

     One page of the log records of the deployment's workers. `after`,
    `before` and `order` shape the first page; pass `next_cursor` back as
    `cursor` for the next one (it carries the window and the order).

    Args:
        name (str):
        log_type (DeploymentLogType | Unset): Which log records of a deployment: its workers' own
            (`runtime`) or its image build's (`build`). Not in the public contract: the official SDK
            3.7 sends it.
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListDeploymentLogsOrder | Unset):  Default: ListDeploymentLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        log_type=log_type,
        worker_name=worker_name,
        workflow_name=workflow_name,
        after=after,
        before=before,
        order=order,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    log_type: DeploymentLogType | Unset = UNSET,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListDeploymentLogsOrder | Unset = ListDeploymentLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError | None:
    """List the log records of a deployment

     One page of the log records of the deployment's workers. `after`,
    `before` and `order` shape the first page; pass `next_cursor` back as
    `cursor` for the next one (it carries the window and the order).

    Args:
        name (str):
        log_type (DeploymentLogType | Unset): Which log records of a deployment: its workers' own
            (`runtime`) or its image build's (`build`). Not in the public contract: the official SDK
            3.7 sends it.
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListDeploymentLogsOrder | Unset):  Default: ListDeploymentLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLogSearchResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            log_type=log_type,
            worker_name=worker_name,
            workflow_name=workflow_name,
            after=after,
            before=before,
            order=order,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
