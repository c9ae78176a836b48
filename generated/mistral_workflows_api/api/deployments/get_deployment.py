from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_detail_response import DeploymentDetailResponse
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    name: str,
    *,
    workflow_name: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/deployments/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentDetailResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentDetailResponse.from_dict(json_loads(response.content))

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
) -> Response[DeploymentDetailResponse | ErrorResponse | HTTPValidationError]:
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
    workflow_name: None | str | Unset = UNSET,
) -> Response[DeploymentDetailResponse | ErrorResponse | HTTPValidationError]:
    """Get a deployment

     One deployment with its workers (and, for a managed one, its build and rollout state).

    Args:
        name (str):
        workflow_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDetailResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        workflow_name=workflow_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
) -> DeploymentDetailResponse | ErrorResponse | HTTPValidationError | None:
    """Get a deployment

     One deployment with its workers (and, for a managed one, its build and rollout state).

    Args:
        name (str):
        workflow_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDetailResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        name=name,
        client=client,
        workflow_name=workflow_name,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
) -> Response[DeploymentDetailResponse | ErrorResponse | HTTPValidationError]:
    """Get a deployment

     One deployment with its workers (and, for a managed one, its build and rollout state).

    Args:
        name (str):
        workflow_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDetailResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        name=name,
        workflow_name=workflow_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
) -> DeploymentDetailResponse | ErrorResponse | HTTPValidationError | None:
    """Get a deployment

     One deployment with its workers (and, for a managed one, its build and rollout state).

    Args:
        name (str):
        workflow_name (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDetailResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            workflow_name=workflow_name,
        )
    ).parsed
