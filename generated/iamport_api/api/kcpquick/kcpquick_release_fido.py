from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.kcp_quick_fido_release_envelope import KcpQuickFidoReleaseEnvelope
from ...models.kcp_quick_fido_release_request import KcpQuickFidoReleaseRequest
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    member_id: str,
    *,
    body: KcpQuickFidoReleaseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/kcpquick/members/{member_id}/fido/release".format(
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorEnvelope | KcpQuickFidoReleaseEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = KcpQuickFidoReleaseEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KcpQuickFidoReleaseRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope]:
    """Turn off biometric authentication of a KCP Quick Pay member

     Disables the member's biometric (FIDO) authentication. A refusal arrives as HTTP 200 with
    a failure envelope (`code` != 0, `response` null) that carries KCP's own code and message
    in an extra key `error` (see `KcpQuickError`).

    Args:
        member_id (str):
        body (KcpQuickFidoReleaseRequest):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope]
    """

    kwargs = _get_kwargs(
        member_id=member_id,
        body=body,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KcpQuickFidoReleaseRequest,
) -> ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope | None:
    """Turn off biometric authentication of a KCP Quick Pay member

     Disables the member's biometric (FIDO) authentication. A refusal arrives as HTTP 200 with
    a failure envelope (`code` != 0, `response` null) that carries KCP's own code and message
    in an extra key `error` (see `KcpQuickError`).

    Args:
        member_id (str):
        body (KcpQuickFidoReleaseRequest):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope
    """

    return sync_detailed(
        member_id=member_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KcpQuickFidoReleaseRequest,
) -> Response[ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope]:
    """Turn off biometric authentication of a KCP Quick Pay member

     Disables the member's biometric (FIDO) authentication. A refusal arrives as HTTP 200 with
    a failure envelope (`code` != 0, `response` null) that carries KCP's own code and message
    in an extra key `error` (see `KcpQuickError`).

    Args:
        member_id (str):
        body (KcpQuickFidoReleaseRequest):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope]
    """

    kwargs = _get_kwargs(
        member_id=member_id,
        body=body,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KcpQuickFidoReleaseRequest,
) -> ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope | None:
    """Turn off biometric authentication of a KCP Quick Pay member

     Disables the member's biometric (FIDO) authentication. A refusal arrives as HTTP 200 with
    a failure envelope (`code` != 0, `response` null) that carries KCP's own code and message
    in an extra key `error` (see `KcpQuickError`).

    Args:
        member_id (str):
        body (KcpQuickFidoReleaseRequest):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | KcpQuickFidoReleaseEnvelope
    """

    return (
        await asyncio_detailed(
            member_id=member_id,
            client=client,
            body=body,
        )
    ).parsed
