from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_filter import ActivityFilter
from ...models.deployment_worker_list_response import DeploymentWorkerListResponse
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    name: str,
    *,
    worker_status: ActivityFilter | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_worker_status: None | str | Unset
    if isinstance(worker_status, Unset):
        json_worker_status = UNSET
    elif isinstance(worker_status, ActivityFilter):
        json_worker_status = worker_status.value
    else:
        json_worker_status = worker_status
    params["worker_status"] = json_worker_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/deployments/{name}/workers".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentWorkerListResponse.from_dict(
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
) -> Response[DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError]:
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
    worker_status: ActivityFilter | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError]:
    """List the workers of a deployment

     One page of the workers registered for the deployment. Pass `next_cursor` back as `cursor`, with the
    same `worker_status`, for the next page.

    Args:
        name (str):
        worker_status (ActivityFilter | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        worker_status=worker_status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_status: ActivityFilter | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError | None:
    """List the workers of a deployment

     One page of the workers registered for the deployment. Pass `next_cursor` back as `cursor`, with the
    same `worker_status`, for the next page.

    Args:
        name (str):
        worker_status (ActivityFilter | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        name=name,
        client=client,
        worker_status=worker_status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_status: ActivityFilter | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError]:
    """List the workers of a deployment

     One page of the workers registered for the deployment. Pass `next_cursor` back as `cursor`, with the
    same `worker_status`, for the next page.

    Args:
        name (str):
        worker_status (ActivityFilter | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        worker_status=worker_status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_status: ActivityFilter | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError | None:
    """List the workers of a deployment

     One page of the workers registered for the deployment. Pass `next_cursor` back as `cursor`, with the
    same `worker_status`, for the next page.

    Args:
        name (str):
        worker_status (ActivityFilter | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentWorkerListResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            worker_status=worker_status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
