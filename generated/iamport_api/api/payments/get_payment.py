from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.payment_envelope import PaymentEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    imp_uid: str,
    *,
    include_sandbox: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if include_sandbox is not None:
        params["include_sandbox"] = include_sandbox

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/{imp_uid}".format(
            imp_uid=quote(str(imp_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | PaymentEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | PaymentEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PaymentEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | PaymentEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
    include_sandbox: bool | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | PaymentEnvelope]:
    """Get a payment by imp_uid

     Returns one payment. This is the lookup to use when verifying a payment or handling a
    webhook: compare its `amount` and `status` with the merchant's own order.

    Args:
        imp_uid (str):
        include_sandbox (bool | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | PaymentEnvelope]
    """

    kwargs = _get_kwargs(
        imp_uid=imp_uid,
        include_sandbox=include_sandbox,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
    include_sandbox: bool | None = None,
) -> ErrorEnvelope | ErrorEnvelope | PaymentEnvelope | None:
    """Get a payment by imp_uid

     Returns one payment. This is the lookup to use when verifying a payment or handling a
    webhook: compare its `amount` and `status` with the merchant's own order.

    Args:
        imp_uid (str):
        include_sandbox (bool | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | PaymentEnvelope
    """

    return sync_detailed(
        imp_uid=imp_uid,
        client=client,
        include_sandbox=include_sandbox,
    ).parsed


async def asyncio_detailed(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
    include_sandbox: bool | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | PaymentEnvelope]:
    """Get a payment by imp_uid

     Returns one payment. This is the lookup to use when verifying a payment or handling a
    webhook: compare its `amount` and `status` with the merchant's own order.

    Args:
        imp_uid (str):
        include_sandbox (bool | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | PaymentEnvelope]
    """

    kwargs = _get_kwargs(
        imp_uid=imp_uid,
        include_sandbox=include_sandbox,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
    include_sandbox: bool | None = None,
) -> ErrorEnvelope | ErrorEnvelope | PaymentEnvelope | None:
    """Get a payment by imp_uid

     Returns one payment. This is the lookup to use when verifying a payment or handling a
    webhook: compare its `amount` and `status` with the merchant's own order.

    Args:
        imp_uid (str):
        include_sandbox (bool | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | PaymentEnvelope
    """

    return (
        await asyncio_detailed(
            imp_uid=imp_uid,
            client=client,
            include_sandbox=include_sandbox,
        )
    ).parsed
