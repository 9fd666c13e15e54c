from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.naver_cash_amount_envelope import NaverCashAmountEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    imp_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/{imp_uid}/naver/cash-amount".format(
            imp_uid=quote(str(imp_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorEnvelope | NaverCashAmountEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NaverCashAmountEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope]:
    """Get the cash-receipt eligible amount of a Naver Pay payment

     Returns how much of a payment-type Naver Pay payment a cash receipt may cover, and how it splits.

    Args:
        imp_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope]
    """

    kwargs = _get_kwargs(
        imp_uid=imp_uid,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope | None:
    """Get the cash-receipt eligible amount of a Naver Pay payment

     Returns how much of a payment-type Naver Pay payment a cash receipt may cover, and how it splits.

    Args:
        imp_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope
    """

    return sync_detailed(
        imp_uid=imp_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope]:
    """Get the cash-receipt eligible amount of a Naver Pay payment

     Returns how much of a payment-type Naver Pay payment a cash receipt may cover, and how it splits.

    Args:
        imp_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope]
    """

    kwargs = _get_kwargs(
        imp_uid=imp_uid,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    imp_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope | None:
    """Get the cash-receipt eligible amount of a Naver Pay payment

     Returns how much of a payment-type Naver Pay payment a cash receipt may cover, and how it splits.

    Args:
        imp_uid (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | NaverCashAmountEnvelope
    """

    return (
        await asyncio_detailed(
            imp_uid=imp_uid,
            client=client,
        )
    ).parsed
