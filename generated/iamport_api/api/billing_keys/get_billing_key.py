from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_key_envelope import BillingKeyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    customer_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribe/customers/{customer_uid}".format(
            customer_uid=quote(str(customer_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BillingKeyEnvelope | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BillingKeyEnvelope.from_dict(data)

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
) -> Response[BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """Get a billing key

     Returns the card stored under `customer_uid` (the card number is masked).

    Args:
        customer_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_uid=customer_uid,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    """Get a billing key

     Returns the card stored under `customer_uid` (the card number is masked).

    Args:
        customer_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        customer_uid=customer_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope]:
    """Get a billing key

     Returns the card stored under `customer_uid` (the card number is masked).

    Args:
        customer_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_uid=customer_uid,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope | None:
    """Get a billing key

     Returns the card stored under `customer_uid` (the card number is masked).

    Args:
        customer_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        BillingKeyEnvelope | ErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            customer_uid=customer_uid,
            client=client,
        )
    ).parsed
