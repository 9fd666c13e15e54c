from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.naver_review_list_envelope import NaverReviewListEnvelope
from ...models.naver_review_type import NaverReviewType
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    *,
    channel_key: str,
    from_: int,
    to: int,
    review_type: NaverReviewType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channel_key"] = channel_key

    params["from"] = from_

    params["to"] = to

    json_review_type = review_type.value
    params["review_type"] = json_review_type

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/naver/reviews",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorEnvelope | NaverReviewListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NaverReviewListEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_key: str,
    from_: int,
    to: int,
    review_type: NaverReviewType,
) -> Response[ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope]:
    """List Naver Pay reviews

     Lists the buyers' reviews written in a time window, of one kind (general or premium).

    Args:
        channel_key (str):
        from_ (int):
        to (int):
        review_type (NaverReviewType): Kind of Naver Pay review: `general` or `premium`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope]
    """

    kwargs = _get_kwargs(
        channel_key=channel_key,
        from_=from_,
        to=to,
        review_type=review_type,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    channel_key: str,
    from_: int,
    to: int,
    review_type: NaverReviewType,
) -> ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope | None:
    """List Naver Pay reviews

     Lists the buyers' reviews written in a time window, of one kind (general or premium).

    Args:
        channel_key (str):
        from_ (int):
        to (int):
        review_type (NaverReviewType): Kind of Naver Pay review: `general` or `premium`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope
    """

    return sync_detailed(
        client=client,
        channel_key=channel_key,
        from_=from_,
        to=to,
        review_type=review_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    channel_key: str,
    from_: int,
    to: int,
    review_type: NaverReviewType,
) -> Response[ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope]:
    """List Naver Pay reviews

     Lists the buyers' reviews written in a time window, of one kind (general or premium).

    Args:
        channel_key (str):
        from_ (int):
        to (int):
        review_type (NaverReviewType): Kind of Naver Pay review: `general` or `premium`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope]
    """

    kwargs = _get_kwargs(
        channel_key=channel_key,
        from_=from_,
        to=to,
        review_type=review_type,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    channel_key: str,
    from_: int,
    to: int,
    review_type: NaverReviewType,
) -> ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope | None:
    """List Naver Pay reviews

     Lists the buyers' reviews written in a time window, of one kind (general or premium).

    Args:
        channel_key (str):
        from_ (int):
        to (int):
        review_type (NaverReviewType): Kind of Naver Pay review: `general` or `premium`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | NaverReviewListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            channel_key=channel_key,
            from_=from_,
            to=to,
            review_type=review_type,
        )
    ).parsed
