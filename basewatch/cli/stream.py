"""Stream commands: `topics`, `ingest`, `worker`, `subscribe`, `demo`, `replay`.

Settings come from BASEWATCH_* variables; `--bootstrap` overrides BASEWATCH_KAFKA_BOOTSTRAP.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import signal
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.console import Console

from basewatch.cli.core import fail, paths_argument, plural
from basewatch.platform import kafka_io
from basewatch.platform.settings import Settings
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools import inputs, render

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)
topics_app = typer.Typer(help="Create or list basewatch's Kafka topics (names, partitions, retention).", no_args_is_help=True)
STAGES = ("ingest", "enrich", "alert", "notify")


def bootstrap_option(extra: str = "") -> Any:
    """`--bootstrap HOST:PORT` for every command that talks to Kafka; BASEWATCH_KAFKA_BOOTSTRAP is its default."""
    return typer.Option(
        None, "--bootstrap", envvar="BASEWATCH_KAFKA_BOOTSTRAP", metavar="HOST:PORT", show_default=False,
        help="Kafka bootstrap server (default 127.0.0.1:9092)." + extra,
    )  # fmt: skip


def settings_for(bootstrap: str | None) -> Settings:
    """Settings from BASEWATCH_* variables, with the bootstrap server given on the command line."""
    settings = Settings.from_env()
    return dataclasses.replace(settings, bootstrap=bootstrap) if bootstrap else settings


def partitions_option() -> Any:
    return typer.Option(
        None, "--partitions", envvar="BASEWATCH_PARTITIONS", metavar="N", min=1, show_default=False,
        help="Partitions of articles, claims, attack-events and alerts: how many workers of a stage share its work (default 1).",
    )  # fmt: skip


@topics_app.command("create")
def topics_create(bootstrap: str = bootstrap_option(), partitions: int = partitions_option()) -> None:
    """Create every basewatch topic (and its .dlq twin) that is missing; fix the settings of existing ones.

    An existing topic with other settings than basewatch's (say `alerts` auto-created with the broker's
    7-day retention, or `attack-events` not compacted) has them replaced; one with the wrong number of
    partitions is reported (exit code 1), since that cannot be changed in place (README "Scale-out").
    Workers adopt the partition count found here; `articles.raw` keeps one partition.
    """
    settings = dataclasses.replace(settings_for(bootstrap), partitions=partitions or settings_for(bootstrap).partitions)
    report = asyncio.run(kafka_io.ensure_topics(settings))
    where = f"on {settings.bootstrap}"
    if report.created:
        err.print(f"created {len(report.created)} topics {where}: {', '.join(report.created)}", highlight=False)
    for line in report.fixed:
        err.print(f"fixed {line}", highlight=False)
    for line in report.unfixable:
        err.print(f"[red]cannot fix[/red] {line}", highlight=False)
    if report.fine:
        err.print(f"{len(report.fine)} topics already as wanted {where}", highlight=False)
    if report.unfixable:
        raise typer.Exit(1)


@topics_app.command("list")
def topics_list(partitions: int = partitions_option()) -> None:
    """Print the topic layout: name, partitions, key, settings, schema."""
    settings = Settings.from_env()
    settings = dataclasses.replace(settings, partitions=partitions or settings.partitions)
    for t in kafka_io.TOPICS:
        count = t.partition_count(settings)
        out.print(f"{settings.topic(t.name):24} partitions={count} key={t.key!r} {t.config} schema={t.schema}  # {t.why}")


async def _publish(records: Iterable[RawArticle | inputs.Rejected], settings: Settings) -> tuple[int, int]:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings))
    await producer.start()
    sent = rejected = 0
    raw_topic = settings.topic("articles.raw")
    try:
        for rec in records:
            if isinstance(rec, inputs.Rejected):
                rejected += 1
                err.print(f"[red]rejected[/red] {rec.where}: {rec.reason}", highlight=False)
                letter = kafka_io.dead_letter(rec.where, rec.reason, None)
                await producer.send_and_wait(raw_topic + kafka_io.DLQ_SUFFIX, kafka_io.encode(letter))
                continue
            value = rec.model_dump_json(exclude_none=True).encode()
            await producer.send_and_wait(raw_topic, value, key=rec.id.encode() if rec.id else None)
            sent += 1
            if sent % 100 == 0:
                err.print(f"... {plural(sent, 'article')} sent", highlight=False)
    finally:
        await producer.stop()
    return sent, rejected


def ingest(
    paths: list[str] = paths_argument(),
    order: str = typer.Option("publication", "--order", metavar="ORDER", help="publication (sorted by date, as run --offline) or input."),
    bootstrap: str = bootstrap_option(),
) -> None:
    """Publish articles to the `articles.raw` topic (the ingest worker validates and de-duplicates them).

    Bad records are reported on stderr with file and line and sent to `articles.raw.dlq` with the reason.
    Exit code 2 when any record was rejected.
    """
    from basewatch.tools.pipeline import publication_order

    if order not in ("publication", "input"):
        raise fail(f"--order must be publication or input, not {order!r}")
    settings = settings_for(bootstrap)
    t0 = time.monotonic()
    records = list(inputs.read(paths, notice=lambda message: err.print(f"note: {message}", highlight=False)))
    if order == "publication":
        good = publication_order(r for r in records if not isinstance(r, inputs.Rejected))
        records = [r for r in records if isinstance(r, inputs.Rejected)] + list(good)
    sent, rejected = asyncio.run(_publish(records, settings))
    took = time.monotonic() - t0
    err.print(f"sent {plural(sent, 'article')} to {settings.topic('articles.raw')} on {settings.bootstrap} in {took:.1f}s; {rejected:,} rejected")
    if rejected:
        raise typer.Exit(2)


def worker(
    stage: str = typer.Argument(..., metavar="STAGE", help="ingest, enrich, alert or notify (needs BASEWATCH_NOTIFY_CONFIG)"),
    bootstrap: str = bootstrap_option(),
) -> None:
    """Run one stage as a faust worker (configured only by BASEWATCH_* environment variables).

    Its web server binds BASEWATCH_WEB_HOST (default 127.0.0.1) on BASEWATCH_WEB_PORT (default: a free
    port, logged at start as `worker.started`): GET /health (503 while the broker is unreachable).
    The ingest worker also takes POST /articles (one JSON article or a list; beyond loopback only with
    `Authorization: Bearer $BASEWATCH_INGEST_TOKEN`). The worker refuses to start when its topics are
    missing or misconfigured: run `basewatch topics create` first.
    """
    if stage not in STAGES:
        raise typer.BadParameter(f"stage must be one of {', '.join(STAGES)}")
    if bootstrap:  # the stage reads its settings from the environment: pass the command line's server on
        os.environ["BASEWATCH_KAFKA_BOOTSTRAP"] = bootstrap
    # a fresh interpreter for the stage: none of the CLI's imports or logging set-up carries over
    os.execv(sys.executable, [sys.executable, "-m", f"basewatch.services.{stage}"])


async def _subscribe(
    settings: Settings, wanted: render.AlertFilter, group: str | None, from_beginning: bool, as_json: bool, limit: int | None, stop: asyncio.Event
) -> int:
    from aiokafka import AIOKafkaConsumer

    # With a group, the committed offset says where to resume; without one, each run starts afresh.
    consumer = AIOKafkaConsumer(
        settings.topic("alerts"), **settings.aiokafka_kwargs(), group_id=group, enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
    )  # fmt: skip
    await consumer.start()
    shown = 0
    done: dict[Any, int] = {}  # partition -> offset after the last alert handled (shown or filtered out)
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=500)
            for tp, records in batch.items():
                for r in records:
                    alert: dict[str, Any] = orjson.loads(r.value)
                    done[tp] = r.offset + 1
                    if wanted.matches(alert):
                        if as_json:
                            sys.stdout.buffer.write(orjson.dumps(alert) + b"\n")
                            sys.stdout.flush()
                        else:
                            out.print(render.alert_line(alert))
                        shown += 1
                    if limit and shown >= limit:
                        return shown
            if group and done:
                await consumer.commit(done)
    finally:
        if group and done:
            await consumer.commit(done)  # what was handled is done: the group's next run starts after it
        await consumer.stop()
    return shown


def subscribe(
    kind: str = typer.Option(None, "--kind", metavar="KIND", help="Only fatality or new-target (also new_target) alerts."),
    base: str = typer.Option(None, "--base", metavar="BASE", help="Only alerts for this base (id such as tower-22, or name)."),
    country: str = typer.Option(None, "--country", metavar="COUNTRY", help="Only alerts in this country (as alerts name it: Iraq, Syria, ...)."),
    severity: str = typer.Option(None, "--severity", metavar="LEVEL", help="Only alerts of this severity or above: low, medium, high, critical."),
    since: str = typer.Option(None, "--since", metavar="YYYY-MM-DD", help="Only alerts on attacks on or after this day."),
    group: str = typer.Option(
        None, "--group", metavar="NAME",
        help="Consumer group: commit what was shown and resume after it next time (a new group starts at the end, or with --from-beginning at the first).",
    ),
    from_beginning: bool = typer.Option(False, "--from-beginning", help="Start at the first alert ever published (for a group: only its first run)."),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of the readable rendering."),
    limit: int = typer.Option(0, "--limit", metavar="N", help="Exit after this many alerts (0: run until Ctrl-C)."),
    bootstrap: str = bootstrap_option(),
) -> None:
    """Print alerts as they arrive on the `alerts` topic; Ctrl-C exits cleanly."""
    from datetime import date

    try:
        since_day = date.fromisoformat(since) if since else None
    except ValueError:
        raise fail(f"--since takes a day as YYYY-MM-DD, not {since!r}") from None
    try:
        wanted = render.AlertFilter(
            kind=render.kind_name(kind) if kind else None, base=base, country=country, min_severity=severity and severity.lower(), since=since_day
        )
    except ValueError as exc:
        raise fail(str(exc)) from None
    settings = settings_for(bootstrap)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await _subscribe(settings, wanted, group, from_beginning, as_json, limit or None, stop)

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())


def demo(
    articles: Path = typer.Option(
        None, "--articles", metavar="FILE", show_default=False, help="Articles to feed (any article file). Default: the demo articles shipped with basewatch."
    ),
    bootstrap: str = bootstrap_option(" Given: use that Kafka; else a native broker is started and stopped."),
    pace: float = typer.Option(0.5, "--pace", metavar="SECONDS", help="Seconds between two ingested articles."),
    board: bool = typer.Option(False, "--board", help="Also serve the live alert board (and open it) and keep everything up until Ctrl-C."),
    board_port: int = typer.Option(8080, "--board-port", metavar="PORT", help="Port of the board with --board."),
) -> None:
    """End to end: broker (native unless --bootstrap), three workers, the demo articles, alerts live; then stop it all.

    With --board the live alert board is served at http://127.0.0.1:PORT/ and the stack stays up until Ctrl-C.
    """
    from basewatch.platform.broker import BrokerError
    from basewatch.tools.demo import DEMO_ARTICLES, Demo, DemoInputError

    try:
        code = Demo(articles or DEMO_ARTICLES, bootstrap, pace, board_port=board_port if board else None).run()
    except DemoInputError as exc:
        raise fail(str(exc)) from None
    except BrokerError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    raise typer.Exit(code)


def replay(
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    bootstrap: str = bootstrap_option(),
) -> None:
    """Rebuild all state from the `articles` log under a fresh application id and compare the ids.

    Reads BASEWATCH_TOPIC_PREFIX's `articles`; writes only to a new namespace `<prefix>replay-<id>.`.
    Exit code 0 when every event and alert id (with version and revision) is reproduced.
    """
    from basewatch.tools.replay import replay as run_replay

    try:
        with err.status("replaying the articles log under a fresh application id..."):
            report = run_replay(settings_for(bootstrap))
    except RuntimeError as exc:  # a stalled replay: one line, not a traceback
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(report.as_dict()) + b"\n")
    else:
        verdict = "[green]same ids[/green]" if report.same else f"[red]{len(report.missing)} missing, {len(report.extra)} extra[/red]"
        counts = f"{report.events} event messages, {report.alerts} alerts"
        out.print(f"replayed {report.articles} articles into {report.namespace}: {counts}; {verdict} ({report.seconds}s)")
    if not report.same:
        raise typer.Exit(1)
