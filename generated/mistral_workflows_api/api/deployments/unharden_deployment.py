from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    deployment_id: str,
    *,
    workspace_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/deployments/{deployment_id}/unharden".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        from ...models.error_response import ErrorResponse

        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        from ...models.error_response import ErrorResponse

        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        from ...models.error_response import ErrorResponse

        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

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
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Unharden a deployment

     Lets the deployment accept worker registrations from any principal
    again, not only authorized ones. Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        deployment_id (str):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: None | Unset | UUID = UNSET,
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Unharden a deployment

     Lets the deployment accept worker registrations from any principal
    again, not only authorized ones. Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        deployment_id (str):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Unharden a deployment

     Lets the deployment accept worker registrations from any principal
    again, not only authorized ones. Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        deployment_id (str):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: None | Unset | UUID = UNSET,
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Unharden a deployment

     Lets the deployment accept worker registrations from any principal
    again, not only authorized ones. Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        deployment_id (str):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            workspace_id=workspace_id,
        )
    ).parsed
