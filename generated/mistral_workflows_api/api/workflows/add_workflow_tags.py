from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_tags_add_request import WorkflowTagsAddRequest
from ...types import Response, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    workflow_identifier: str,
    *,
    body: WorkflowTagsAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/{workflow_identifier}/tags".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowTagsAddRequest,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Add tags to a workflow

     Adds tags to the workflow and keeps the ones it has (update_workflow
    replaces the whole list instead). Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        workflow_identifier (str):
        body (WorkflowTagsAddRequest): Tags to add to a workflow (from the official SDK 3.7; not
            in the public contract).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_identifier=workflow_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowTagsAddRequest,
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Add tags to a workflow

     Adds tags to the workflow and keeps the ones it has (update_workflow
    replaces the whole list instead). Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        workflow_identifier (str):
        body (WorkflowTagsAddRequest): Tags to add to a workflow (from the official SDK 3.7; not
            in the public contract).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        workflow_identifier=workflow_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowTagsAddRequest,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Add tags to a workflow

     Adds tags to the workflow and keeps the ones it has (update_workflow
    replaces the whole list instead). Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        workflow_identifier (str):
        body (WorkflowTagsAddRequest): Tags to add to a workflow (from the official SDK 3.7; not
            in the public contract).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_identifier=workflow_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowTagsAddRequest,
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Add tags to a workflow

     Adds tags to the workflow and keeps the ones it has (update_workflow
    replaces the whole list instead). Not in the public contract: the
    official SDK 3.7 calls it.

    Args:
        workflow_identifier (str):
        body (WorkflowTagsAddRequest): Tags to add to a workflow (from the official SDK 3.7; not
            in the public contract).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_identifier=workflow_identifier,
            client=client,
            body=body,
        )
    ).parsed
