"""POSTing one alert to one receiver: per-request timeout, retries with exponential backoff and full jitter."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

import aiohttp
from tenacity import AsyncRetrying, RetryError, retry_if_exception_type, stop_after_attempt, wait_random_exponential

from basewatch.services.notify.domain.config import Receiver, Retry
from basewatch.services.notify.domain.route import outcome_of


class _TryAgain(Exception):
    """A failure worth another attempt (5xx, 408, 429, timeout, connection refused or reset)."""


class _Refused(Exception):
    """The receiver refused the request for good (any other non-2xx)."""


@dataclass(frozen=True)
class Delivery:
    receiver: str
    outcome: str  # delivered, rejected (4xx) or exhausted (retries used up)
    attempts: int
    reason: str = ""


async def _post_once(session: aiohttp.ClientSession, receiver: Receiver, body: bytes, headers: dict[str, str]) -> None:
    try:
        async with session.post(receiver.url, data=body, headers=headers, timeout=aiohttp.ClientTimeout(total=receiver.timeout_s)) as resp:
            text = (await resp.text(errors="replace"))[:200]
            outcome = outcome_of(resp.status)
    except TimeoutError:
        raise _TryAgain(f"no answer within {receiver.timeout_s:g}s") from None
    except aiohttp.ClientError as exc:
        raise _TryAgain(f"{type(exc).__name__}: {exc}") from None
    if outcome == "retry":
        raise _TryAgain(f"HTTP {resp.status} {text}".strip())
    if outcome == "rejected":
        raise _Refused(f"HTTP {resp.status} {text}".strip())


async def deliver(session: aiohttp.ClientSession, receiver: Receiver, body: bytes, headers: dict[str, str], retry: Retry) -> Delivery:
    """Deliver, retrying what is worth retrying; never raises for the receiver's failures (they are the outcome)."""
    attempts = 0
    try:
        async for attempt in AsyncRetrying(
            stop=stop_after_attempt(retry.attempts),
            wait=wait_random_exponential(multiplier=retry.initial_s, max=retry.max_s),
            retry=retry_if_exception_type(_TryAgain),
        ):
            with attempt:
                attempts = attempt.retry_state.attempt_number
                await _post_once(session, receiver, body, headers)
    except _Refused as exc:
        return Delivery(receiver.name, "rejected", attempts, str(exc))
    except RetryError as exc:
        last = exc.last_attempt.exception()
        return Delivery(receiver.name, "exhausted", attempts, f"{last} (after {attempts} attempts)")
    return Delivery(receiver.name, "delivered", attempts)


async def deliver_all(
    session: aiohttp.ClientSession, requests: Sequence[tuple[Receiver, bytes, dict[str, str]]], retry: Retry
) -> list[Delivery]:
    """One alert to all its receivers at once: each has its own timeout and retries, none waits for another."""
    return list(await asyncio.gather(*(deliver(session, r, body, headers, retry) for r, body, headers in requests)))
