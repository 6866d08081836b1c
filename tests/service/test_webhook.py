"""Webhook delivery against real HTTP servers (aiohttp, in the test's loop): concurrency, retries, refusals, timeouts."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web

from basewatch.services.notify.domain.config import Receiver, Retry
from basewatch.services.notify.webhook import deliver_all

FAST_RETRY = Retry(attempts=4, initial_s=0.01, max_s=0.05)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[dict[str, Handler]], Awaitable[str]]]:
    runners: list[web.AppRunner] = []

    async def start(routes: dict[str, Handler]) -> str:
        app = web.Application()
        for path, handler in routes.items():
            app.router.add_post(path, handler)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{port}"

    yield start
    for runner in runners:
        await runner.cleanup()


async def test_a_slow_receiver_does_not_delay_the_others_delivery_of_the_same_alert(serve) -> None:  # type: ignore[no-untyped-def]
    """The fast receiver has its copy while the slow one is still thinking; each outcome is its own."""
    arrived: dict[str, float] = {}

    async def slow(request: web.Request) -> web.Response:
        arrived["slow"] = time.monotonic()
        await asyncio.sleep(1.0)
        return web.Response(status=204)

    async def fast(request: web.Request) -> web.Response:
        arrived["fast"] = time.monotonic()
        return web.Response(status=200)

    base = await serve({"/slow": slow, "/fast": fast})
    receivers = [Receiver(name="slow", url=f"{base}/slow", timeout_s=3), Receiver(name="fast", url=f"{base}/fast")]
    t0 = time.monotonic()
    async with aiohttp.ClientSession() as session:
        results = await deliver_all(session, [(r, b"{}", {}) for r in receivers], FAST_RETRY)
    assert [d.outcome for d in results] == ["delivered", "delivered"]
    assert arrived["fast"] - t0 < 0.5 and time.monotonic() - t0 < 1.8  # concurrently, not one after the other


async def test_failures_are_retried_until_a_2xx_a_4xx_is_final_and_a_silent_receiver_times_out(serve) -> None:  # type: ignore[no-untyped-def]
    """503 three times then 200 is delivered on attempt 4; 400 is rejected at once; no answer within timeout_s is retried then exhausted."""
    calls = {"flaky": 0, "refuse": 0, "mute": 0}

    async def flaky(request: web.Request) -> web.Response:
        calls["flaky"] += 1
        return web.Response(status=503 if calls["flaky"] <= 3 else 200)

    async def refuse(request: web.Request) -> web.Response:
        calls["refuse"] += 1
        return web.Response(status=400, text="bad payload")

    async def mute(request: web.Request) -> web.Response:
        calls["mute"] += 1
        await asyncio.sleep(0.6)
        return web.Response(status=200)

    base = await serve({"/flaky": flaky, "/refuse": refuse, "/mute": mute})
    # only the mute receiver is timed out: the others answer at once, given time enough to do so on a loaded machine
    receivers = [Receiver(name=n, url=f"{base}/{n}", timeout_s=0.2 if n == "mute" else 5.0) for n in ("flaky", "refuse", "mute")]
    async with aiohttp.ClientSession() as session:
        flaky_d, refuse_d, mute_d = await deliver_all(session, [(r, b"{}", {}) for r in receivers], FAST_RETRY)
    assert (flaky_d.outcome, flaky_d.attempts) == ("delivered", 4)
    assert (refuse_d.outcome, refuse_d.attempts, calls["refuse"]) == ("rejected", 1, 1) and "HTTP 400 bad payload" in refuse_d.reason
    assert (mute_d.outcome, mute_d.attempts) == ("exhausted", 4) and "no answer within 0.2s" in mute_d.reason
