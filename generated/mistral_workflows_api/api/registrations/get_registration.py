from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_registration_get_response import WorkflowRegistrationGetResponse
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    workflow_registration_id: UUID,
    *,
    with_workflow: bool | Unset = False,
    include_shared: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["with_workflow"] = with_workflow

    params["include_shared"] = include_shared

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/registrations/{workflow_registration_id}".format(
            workflow_registration_id=quote(str(workflow_registration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowRegistrationGetResponse.from_dict(
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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_registration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    with_workflow: bool | Unset = False,
    include_shared: bool | Unset = True,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse]:
    """Get a workflow registration

     One registration, with whether a live worker serves it now.

    Args:
        workflow_registration_id (UUID):
        with_workflow (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse]
    """

    kwargs = _get_kwargs(
        workflow_registration_id=workflow_registration_id,
        with_workflow=with_workflow,
        include_shared=include_shared,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_registration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    with_workflow: bool | Unset = False,
    include_shared: bool | Unset = True,
) -> ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse | None:
    """Get a workflow registration

     One registration, with whether a live worker serves it now.

    Args:
        workflow_registration_id (UUID):
        with_workflow (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse
    """

    return sync_detailed(
        workflow_registration_id=workflow_registration_id,
        client=client,
        with_workflow=with_workflow,
        include_shared=include_shared,
    ).parsed


async def asyncio_detailed(
    workflow_registration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    with_workflow: bool | Unset = False,
    include_shared: bool | Unset = True,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse]:
    """Get a workflow registration

     One registration, with whether a live worker serves it now.

    Args:
        workflow_registration_id (UUID):
        with_workflow (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse]
    """

    kwargs = _get_kwargs(
        workflow_registration_id=workflow_registration_id,
        with_workflow=with_workflow,
        include_shared=include_shared,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_registration_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    with_workflow: bool | Unset = False,
    include_shared: bool | Unset = True,
) -> ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse | None:
    """Get a workflow registration

     One registration, with whether a live worker serves it now.

    Args:
        workflow_registration_id (UUID):
        with_workflow (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowRegistrationGetResponse
    """

    return (
        await asyncio_detailed(
            workflow_registration_id=workflow_registration_id,
            client=client,
            with_workflow=with_workflow,
            include_shared=include_shared,
        )
    ).parsed
