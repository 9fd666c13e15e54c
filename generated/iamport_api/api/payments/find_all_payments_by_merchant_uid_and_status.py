from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.payment_page_envelope import PaymentPageEnvelope
from ...models.payment_sorting import PaymentSorting
from ...models.payment_status import PaymentStatus
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    merchant_uid: str,
    payment_status: PaymentStatus,
    *,
    page: int | None = None,
    limit: int | None = None,
    sorting: PaymentSorting | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if page is not None:
        params["page"] = page

    if limit is not None:
        params["limit"] = limit

    if sorting is not None:
        params["sorting"] = sorting.value

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/findAll/{merchant_uid}/{payment_status}".format(
            merchant_uid=quote(str(merchant_uid), safe=""),
            payment_status=quote(str(payment_status), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | PaymentPageEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PaymentPageEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    merchant_uid: str,
    payment_status: PaymentStatus,
    *,
    client: AuthenticatedClient | Client,
    page: int | None = None,
    limit: int | None = None,
    sorting: PaymentSorting | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope]:
    """List the payments of an order in a given state

     Lists the payment attempts for `merchant_uid` whose status is `payment_status`.

    Args:
        merchant_uid (str):
        payment_status (PaymentStatus): State of a payment: `ready` (waiting, e.g. for a deposit),
            `paid`, `cancelled` (fully), `failed`.
        page (int | None):
        limit (int | None):
        sorting (PaymentSorting | None): Sort key; a leading `-` means descending.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope]
    """

    kwargs = _get_kwargs(
        merchant_uid=merchant_uid,
        payment_status=payment_status,
        page=page,
        limit=limit,
        sorting=sorting,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    merchant_uid: str,
    payment_status: PaymentStatus,
    *,
    client: AuthenticatedClient | Client,
    page: int | None = None,
    limit: int | None = None,
    sorting: PaymentSorting | None = None,
) -> ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope | None:
    """List the payments of an order in a given state

     Lists the payment attempts for `merchant_uid` whose status is `payment_status`.

    Args:
        merchant_uid (str):
        payment_status (PaymentStatus): State of a payment: `ready` (waiting, e.g. for a deposit),
            `paid`, `cancelled` (fully), `failed`.
        page (int | None):
        limit (int | None):
        sorting (PaymentSorting | None): Sort key; a leading `-` means descending.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope
    """

    return sync_detailed(
        merchant_uid=merchant_uid,
        payment_status=payment_status,
        client=client,
        page=page,
        limit=limit,
        sorting=sorting,
    ).parsed


async def asyncio_detailed(
    merchant_uid: str,
    payment_status: PaymentStatus,
    *,
    client: AuthenticatedClient | Client,
    page: int | None = None,
    limit: int | None = None,
    sorting: PaymentSorting | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope]:
    """List the payments of an order in a given state

     Lists the payment attempts for `merchant_uid` whose status is `payment_status`.

    Args:
        merchant_uid (str):
        payment_status (PaymentStatus): State of a payment: `ready` (waiting, e.g. for a deposit),
            `paid`, `cancelled` (fully), `failed`.
        page (int | None):
        limit (int | None):
        sorting (PaymentSorting | None): Sort key; a leading `-` means descending.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope]
    """

    kwargs = _get_kwargs(
        merchant_uid=merchant_uid,
        payment_status=payment_status,
        page=page,
        limit=limit,
        sorting=sorting,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    merchant_uid: str,
    payment_status: PaymentStatus,
    *,
    client: AuthenticatedClient | Client,
    page: int | None = None,
    limit: int | None = None,
    sorting: PaymentSorting | None = None,
) -> ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope | None:
    """List the payments of an order in a given state

     Lists the payment attempts for `merchant_uid` whose status is `payment_status`.

    Args:
        merchant_uid (str):
        payment_status (PaymentStatus): State of a payment: `ready` (waiting, e.g. for a deposit),
            `paid`, `cancelled` (fully), `failed`.
        page (int | None):
        limit (int | None):
        sorting (PaymentSorting | None): Sort key; a leading `-` means descending.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | PaymentPageEnvelope
    """

    return (
        await asyncio_detailed(
            merchant_uid=merchant_uid,
            payment_status=payment_status,
            client=client,
            page=page,
            limit=limit,
            sorting=sorting,
        )
    ).parsed
