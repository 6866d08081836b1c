"""The live alert board in a real browser (Debian's Chromium driven by Playwright) against a real broker."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from basewatch.platform.broker import free_port
from basewatch.schemas import AlertRaised, ClaimExtracted, EventOpened
from basewatch.services.enrich import resources
from basewatch.tools import board
from tests.integration.streamkit import ROOT, namespace, produce

pytestmark = pytest.mark.integration
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("BASEWATCH_ARTIFACTS", ROOT / "build" / "artifacts"))


def _offline_messages() -> list[dict]:  # type: ignore[type-arg]
    """Claims, events and alerts of the demo articles, from the offline core (the same messages the workers publish)."""
    done = subprocess.run([sys.executable, "-m", "basewatch", "run", "--offline", "-q", str(ROOT / "demo" / "articles.jsonl")],
                          capture_output=True, cwd=ROOT, check=True)  # fmt: skip
    return [json.loads(line) for line in done.stdout.splitlines()]


def _new_attack() -> tuple[ClaimExtracted, EventOpened, AlertRaised]:
    """A fatal attack written for this test, at a base the demo never mentions."""
    claim = ClaimExtracted(
        claim_id="board-claim-1", article_id="board-article-1", source="Test Wire", url="https://example.org/test-wire/1",
        base_id="erbil", base_name="Erbil Air Base", place_text="the airport base in Erbil", country="Iraq", attack_date=date(2024, 2, 20),
        weapon="drone", killed=2, casualty_side="coalition", status="confirmed",
        evidence="Two coalition soldiers died when a drone struck the airport base in Erbil, officials said.",
    )  # fmt: skip
    event = EventOpened(event_id="board-event-1", version=1, base_id="erbil", base_name="Erbil Air Base", country="Iraq",
                        attack_date=date(2024, 2, 20), weapon="drone", claim_ids=(claim.claim_id,), article_ids=(claim.article_id,),
                        sources=("Test Wire",), killed=2, killed_latest=2, casualty_side="coalition", status="confirmed",
                        evidence=(claim.evidence,))  # fmt: skip
    alert = AlertRaised(alert_id="board-alert-1", kind="fatality", severity="high", revision=0, event_id=event.event_id, base_id="erbil",
                        base_name="Erbil Air Base", country="Iraq", attack_date=date(2024, 2, 20), killed=2, casualty_side="coalition",
                        sources=("Test Wire",), article_ids=(claim.article_id,), evidence=(claim.evidence,),
                        summary="2 coalition killed in drone attack on Erbil Air Base, 2024-02-20")  # fmt: skip
    return claim, event, alert


@pytest.fixture
def settings(kafka_bootstrap: str, topic_prefix: str):  # type: ignore[no-untyped-def]
    return namespace(kafka_bootstrap, topic_prefix)


async def test_a_new_alert_on_kafka_appears_on_the_open_board_within_two_seconds(settings) -> None:  # type: ignore[no-untyped-def]
    """The board shows every gazetteer base, the feed and an event panel; an alert produced later is on the page in < 2 s."""
    from playwright.async_api import async_playwright

    assert Path(CHROMIUM).exists(), "the browser test needs Debian's Chromium: apt-get install -y chromium"
    msgs = _offline_messages()
    for topic, prefix, key in (("claims", "claim.", "claim_id"), ("attack-events", "event.", "event_id"), ("alerts", "alert.", "alert_id")):
        chosen = [m for m in msgs if m["type"].startswith(prefix)]  # attack-events is compacted: every record needs a key
        await produce(settings, topic, [json.dumps(m).encode() for m in chosen], [m[key].encode() for m in chosen])
    demo_alerts = sum(1 for m in msgs if m["type"].startswith("alert."))
    port = free_port()
    runner, _ = await board.start(settings, port=port)
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = await browser.new_page(viewport={"width": 1600, "height": 900})
            await page.goto(f"http://127.0.0.1:{port}/")
            await page.wait_for_function(f"document.querySelectorAll('#feed .alert').length >= {demo_alerts}", timeout=30_000)
            assert await page.locator("circle.base").count() == len(resources.gazetteer().bases)
            assert await page.locator("circle.base.fatal").count() >= 1

            claim, event, alert = _new_attack()
            await produce(settings, "claims", [claim.model_dump_json().encode()], [claim.claim_id.encode()])
            await produce(settings, "attack-events", [event.model_dump_json().encode()], [event.event_id.encode()])
            t0 = time.monotonic()
            await produce(settings, "alerts", [alert.model_dump_json().encode()], [alert.alert_id.encode()])
            item = page.locator(f"#alert-{alert.alert_id}-0")
            await item.wait_for(timeout=2_000)
            seen_after = time.monotonic() - t0
            assert seen_after < 2.0
            assert await page.locator("#feed .alert").first.get_attribute("data-alert-id") == alert.alert_id  # newest first
            panel = page.locator("#event")
            await panel.get_by_text("Two coalition soldiers died").wait_for(timeout=2_000)  # the fatal alert opened its event
            assert await panel.locator("a[href='https://example.org/test-wire/1']").count() == 1
            assert await page.locator("circle.base.fatal[data-base='erbil']").count() == 1
            await asyncio.sleep(0.3)  # let the new item's highlight start, so the screenshot shows it
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS / "board.png"))
            await browser.close()
    finally:
        await runner.cleanup()
    print(f"new alert visible after {seen_after * 1000:.0f} ms; screenshot {ARTIFACTS / 'board.png'}")
