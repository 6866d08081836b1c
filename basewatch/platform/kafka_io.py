"""Kafka plumbing shared by the CLI and the workers: topic layout, encoding, CloudEvents headers, DLQ records."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import re
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import orjson
import structlog
from pydantic import BaseModel

from basewatch.platform.settings import Settings
from basewatch.schemas import DeadLetter
from basewatch.schemas.bounds import MAX_FIELD_CHARS
from basewatch.schemas.messages import PREVIEW_CHARS

SOURCE = "urn:basewatch"
T = TypeVar("T")
log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int | None  # None: BASEWATCH_PARTITIONS (`topics create --partitions N`), the same for every such topic
    key: str
    config: dict[str, str]
    schema: str
    why: str

    def partition_count(self, settings: Settings) -> int:
        return (settings.partitions or 1) if self.partitions is None else self.partitions


_DAY_MS = 86_400_000
TOPICS = (
    TopicSpec("articles.raw", 1, "sender's id or none", {"retention.ms": str(7 * _DAY_MS)}, "raw JSON (url, source, title, published_at, language, text)",
              "what `basewatch ingest` and POST /articles accept; one partition: near-duplicate detection sees every article"),
    TopicSpec("articles", None, "article_id", {"retention.ms": str(365 * _DAY_MS)}, "article.received",
              "the input log; in arrival order per partition: replay rebuilds everything from it"),
    TopicSpec("claims", None, "the base's country; unlinked: the claim's country or _unplaced", {"retention.ms": str(365 * _DAY_MS)},
              "claim.extracted", "keyed so every alert decision is local: bases, events and alerts never span two countries"),
    TopicSpec("attack-events", None, "event_id", {"cleanup.policy": "compact"}, "event.opened / event.updated",
              "compacted: the latest version of every event"),
    TopicSpec("alerts", None, "alert_id", {"retention.ms": str(3650 * _DAY_MS)}, "alert.raised / alert.revised",
              "what analysts subscribe to; revisions keep the alert's id (and its partition)"),
    TopicSpec("alerts.undeliverable", None, "alert_id", {"retention.ms": str(90 * _DAY_MS)}, "dead.letter (reason names the receiver)",
              "alerts a webhook receiver refused (4xx) or never took (retries exhausted); the letter's offset points at the alert on `alerts`"),
)  # fmt: skip
DLQ_SUFFIX = ".dlq"
CONSUMED = ("articles.raw", "articles", "claims", "alerts")  # each input topic of a stage has a .dlq twin
UNPLACED = "_unplaced"  # the claims key of an unlinked claim that names no country


def claim_key(base_country: str | None, claim_country: str | None) -> str:
    """The key of a claim on `claims`: the country of its base, else the country it names, else UNPLACED.

    The alert stage's decisions read only events of one base (a linked claim) or of one country (an
    unlinked claim naming a country joins only an event of that country: `services/alert/domain/dedup.py`),
    and a base is in one country, so these decisions are local to a country. Two reads are not (README
    "Scale-out"): an unlinked claim naming no country may join a linked event of any country, and the
    retention clock is the newest day the store has seen; partitioned, both see one partition's state.
    """
    return base_country or claim_country or UNPLACED


def all_topics(settings: Settings) -> list[tuple[str, int, dict[str, str]]]:
    out = []
    for t in TOPICS:
        out.append((settings.topic(t.name), t.partition_count(settings), t.config))
        if t.name in CONSUMED:
            out.append((settings.topic(t.name + DLQ_SUFFIX), 1, {"retention.ms": str(30 * _DAY_MS)}))
    return out


# The topics each stage reads or writes (names before the prefix); enrich reads `articles` from the source namespace.
_STAGE_TOPICS = {
    "ingest": ("articles.raw", "articles.raw.dlq", "articles"),
    "enrich": ("claims",),
    "alert": ("claims", "claims.dlq", "attack-events", "alerts"),
    "notify": ("alerts", "alerts.dlq", "alerts.undeliverable"),
}


_INPUT = {"ingest": "articles.raw", "enrich": "articles", "alert": "claims", "notify": "alerts"}


def input_partitions(stage: str, settings: Settings) -> int:
    """Partitions of a stage's input topic: as many as its tables need (faust writes a change to the
    changelog partition of the record being handled), and the most workers of the stage that get work."""
    if stage == "enrich" and settings.source_partitions is not None:
        return settings.source_partitions  # another namespace's log, partitioned as that namespace chose
    return next(t.partition_count(settings) for t in TOPICS if t.name == _INPUT.get(stage, "articles.raw"))


def stage_topics(stage: str, settings: Settings) -> list[str]:
    names = [settings.topic(n) for n in _STAGE_TOPICS[stage]]
    if stage == "enrich":
        names = [settings.source_topic("articles"), settings.source_topic("articles") + DLQ_SUFFIX, *names]
    return names


def _wanted(settings: Settings) -> dict[str, tuple[int, dict[str, str]]]:
    """Every topic of a namespace (a source namespace's `articles` included) with its partitions and settings."""
    wanted = {name: (p, c) for name, p, c in all_topics(settings)}
    if settings.source_prefix is not None:
        source = dataclasses.replace(settings, topic_prefix=settings.source_prefix, source_prefix=None, partitions=settings.source_partitions)
        wanted |= {name: (p, c) for name, p, c in all_topics(source)}
    return wanted


class BrokerUnreachable(RuntimeError):
    """No broker answered at the bootstrap address."""

    def __init__(self, bootstrap: str, detail: str) -> None:
        super().__init__(f"cannot reach Kafka at {bootstrap} ({detail})")
        self.bootstrap = bootstrap


def unreachable_message(exc: BaseException, bootstrap: str | None = None) -> str:
    """One line saying which broker did not answer and what to do next."""
    if isinstance(exc, BrokerUnreachable):
        bootstrap = exc.bootstrap
    if bootstrap is None:  # aiokafka names the addresses it tried: "[('127.0.0.1', 9092, <AddressFamily...>)]"
        tried = re.findall(r"\('([^']+)', (\d+)", str(exc))
        bootstrap = ",".join(f"{h}:{p}" for h, p in tried) or "the bootstrap address"
    return (
        f"cannot reach Kafka at {bootstrap}: start one with `basewatch kafka up`, "
        "or point BASEWATCH_KAFKA_BOOTSTRAP (or --bootstrap) at a running broker"
    )


class AuthenticationFailed(RuntimeError):
    """A broker answered and refused this client: its SASL credentials, or the TLS certificate check. Retrying cannot help."""


async def refusal(settings: Settings, timeout: float = 10.0) -> str | None:
    """Why the brokers refuse this client, in one line with the next step; None when none of them does (it is down, say).

    aiokafka logs a failed SASL handshake and then reports only "Unable to bootstrap" (the same as for a broker
    that is down), so each bootstrap address is asked again over one bare connection, which raises the refusal.
    """
    from aiokafka.conn import create_conn
    from aiokafka.errors import AuthenticationFailedError, IllegalSaslStateError, SaslAuthenticationFailed, UnsupportedSaslMechanismError

    kw = settings.aiokafka_kwargs()
    for address in settings.bootstrap.split(","):
        host, _, port = address.strip().rpartition(":")
        try:
            conn = await asyncio.wait_for(
                create_conn(host.strip("[]"), int(port), request_timeout_ms=int(timeout * 1000), security_protocol=kw["security_protocol"],
                            ssl_context=kw.get("ssl_context"), sasl_mechanism=kw.get("sasl_mechanism"),
                            sasl_plain_username=kw.get("sasl_plain_username"), sasl_plain_password=kw.get("sasl_plain_password")),
                timeout,
            )  # fmt: skip
        except UnsupportedSaslMechanismError:
            return f"Kafka at {address} does not accept SASL mechanism {settings.sasl_mechanism}: set BASEWATCH_KAFKA_SASL_MECHANISM to one it enables"
        except (SaslAuthenticationFailed, AuthenticationFailedError, IllegalSaslStateError):
            return (f"Kafka at {address} refused the credentials of user {settings.sasl_username!r} ({settings.sasl_mechanism} authentication failed): "
                    "check BASEWATCH_KAFKA_SASL_USERNAME and BASEWATCH_KAFKA_SASL_PASSWORD")  # fmt: skip
        except ssl.SSLCertVerificationError as exc:
            return (f"Kafka at {address} presented a certificate this client does not trust ({exc.verify_message}): "
                    "set BASEWATCH_KAFKA_SSL_CAFILE to the CA file that signed the broker's certificate")  # fmt: skip
        except Exception:  # noqa: BLE001 - down, a timeout, a reset: not a refusal; try the next address
            continue
        conn.close()
    return None


async def connection_failure(settings: Settings, exc: BaseException) -> BaseException:
    """`exc` (a failed bootstrap) as AuthenticationFailed when the brokers refused this client, else as it came."""
    try:
        why = await refusal(settings)
    except Exception:  # noqa: BLE001 - the diagnosis must never hide the original failure
        why = None
    return AuthenticationFailed(why) if why else exc


def failure_message(exc: BaseException, settings: Settings | None = None) -> str:
    """One line for a command that could not talk to Kafka: a refusal as such, else which broker did not answer.

    `settings` default to the environment's, pointed at the addresses the failure names (`--bootstrap` may differ).
    """
    if isinstance(exc, AuthenticationFailed):
        return str(exc)
    try:
        if settings is None:
            settings = Settings.from_env()
            tried = re.findall(r"\('([^']+)', (\d+)", str(exc))
            named = exc.bootstrap if isinstance(exc, BrokerUnreachable) else ",".join(f"{h}:{p}" for h, p in tried)
            settings = dataclasses.replace(settings, bootstrap=named or settings.bootstrap)
        explained = asyncio.run(connection_failure(settings, exc))
    except Exception:  # noqa: BLE001 - settings the command itself would have refused: say what failed
        explained = exc
    return str(explained) if isinstance(explained, AuthenticationFailed) else unreachable_message(exc)


@contextlib.asynccontextmanager
async def admin_client(settings: Settings) -> AsyncIterator[Any]:
    """A started aiokafka admin client; AuthenticationFailed when a broker refuses this client, BrokerUnreachable when none answers."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError

    admin = AIOKafkaAdminClient(**settings.aiokafka_kwargs(), request_timeout_ms=15_000)
    try:
        await admin.start()
    except (KafkaConnectionError, KafkaTimeoutError, TimeoutError) as exc:
        with contextlib.suppress(Exception):
            await admin.close()
        explained = await connection_failure(settings, exc)
        if isinstance(explained, AuthenticationFailed):
            raise explained from exc
        raise BrokerUnreachable(settings.bootstrap, type(exc).__name__) from exc
    try:
        yield admin
    finally:
        await admin.close()


async def broker_answers(settings: Settings, timeout: float = 2.0) -> bool:
    """True when a broker at the bootstrap address answers a metadata request within `timeout`."""
    from aiokafka import AIOKafkaClient

    client = AIOKafkaClient(**settings.aiokafka_kwargs(), request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(client.bootstrap(), timeout)
        return bool(client.cluster.brokers())
    except Exception:  # noqa: BLE001 - any failure means "not answering"
        return False
    finally:
        with contextlib.suppress(Exception):
            await client.close()


@dataclass(frozen=True)
class TopicState:
    name: str
    partitions: int
    config: dict[str, str]


async def _describe(admin: Any, names: list[str]) -> dict[str, TopicState]:
    """Partitions and current settings of the topics among `names` that exist."""
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    existing = set(await admin.list_topics())
    present = [n for n in names if n in existing]
    if not present:
        return {}
    partitions = {t["topic"]: len(t["partitions"]) for t in await admin.describe_topics(present)}
    config: dict[str, dict[str, str]] = {n: {} for n in present}
    for response in await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in present]):
        for resource in response.to_object()["resources"]:
            config[resource["resource_name"]] = {e["config_names"]: e["config_value"] for e in resource["config_entries"]}
    return {n: TopicState(n, partitions.get(n, 0), config[n]) for n in present}


def _mismatches(state: TopicState, partitions: int, config: dict[str, str]) -> list[str]:
    out = [f"{k}={state.config.get(k)} (wants {v})" for k, v in config.items() if state.config.get(k) != v]
    if state.partitions != partitions:
        out.append(f"{state.partitions} partitions (wants {partitions})")
    return out


async def adopt_partitions(settings: Settings) -> Settings:
    """`settings` with `partitions` set: BASEWATCH_PARTITIONS when given, else the count `topics create` gave
    the namespace's `claims` (1 when it is missing). Every worker of a namespace then agrees without being told.
    With a source namespace, also `source_partitions`: its `articles` as they are (a rebuild may change the count)."""
    if settings.partitions is not None and (settings.source_prefix is None or settings.source_partitions is not None):
        return settings
    claims, source = settings.topic("claims"), settings.source_topic("articles")
    async with admin_client(settings) as admin:
        found = await _describe(admin, [claims, source])
    if settings.partitions is None:
        settings = dataclasses.replace(settings, partitions=found[claims].partitions if claims in found else 1)
    if settings.source_prefix is not None and settings.source_partitions is None:  # enrich reads another namespace's log as it is
        settings = dataclasses.replace(settings, source_partitions=found[source].partitions if source in found else settings.partitions)
    return settings


async def check_topics(settings: Settings, names: list[str]) -> list[str]:
    """What is wrong with these topics, one phrase per topic (empty when all exist as `topics create` makes them)."""
    settings = await adopt_partitions(settings)
    wanted = _wanted(settings)
    async with admin_client(settings) as admin:
        found = await _describe(admin, names)
    problems = []
    for name in names:
        if name not in found:
            problems.append(f"topic {name} is missing")
        elif wrong := _mismatches(found[name], *wanted.get(name, (found[name].partitions, {}))):
            problems.append(f"topic {name} has {', '.join(wrong)}")
    return problems


async def ensure_visible(settings: Settings, topics: list[tuple[str, int, dict[str, str]]], timeout: float = 60.0) -> list[str]:
    """Create those of `topics` (name, partitions, settings) that are missing, then wait until the broker's
    metadata lists each with all its partitions, each with a leader. Returns what is wrong (a topic with
    another partition count), one phrase per topic.

    For the changelog topics of a stage's faust tables, called before faust starts (`stream.serve`). faust
    creates them itself while its consumer subscribes, and the two race: a worker whose first metadata
    answer came before the topic was visible keeps "0 partitions" for it until its next metadata refresh
    (`consumer_metadata_max_age_ms`, 5 minutes), and the first table write of that worker raises
    PartitionsMismatch, retried, while its agent waits: the alert group stalled so in the scale-out test
    (issue 13; robinhood/faust #728 reports the same "changelog not found in cluster metadata").
    """
    from aiokafka.admin import NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    names = [name for name, _, _ in topics]
    wanted = {name: partitions for name, partitions, _ in topics}
    async with admin_client(settings) as admin:
        found = await _describe(admin, names)
        missing = [NewTopic(n, p, settings.replication, topic_configs=c) for n, p, c in topics if n not in found]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker of the stage made it first
                await admin.create_topics(missing)
            log.info("topics.created", topics=[t.name for t in missing], why="faust tables' changelogs, before the consumer subscribes")
        deadline = time.monotonic() + timeout
        while True:
            seen = {t["topic"]: t for t in await admin.describe_topics(names)}
            ready = {n for n in names if _has_leaders(seen.get(n), wanted[n])}
            wrong = [f"topic {n} has {len(seen[n]['partitions'])} partitions (the stage's tables want {wanted[n]})"
                     for n in names if n in seen and not seen[n].get("error_code") and len(seen[n]["partitions"]) not in (0, wanted[n])]  # fmt: skip
            if wrong or len(ready) == len(names):
                return wrong
            if time.monotonic() > deadline:
                raise TimeoutError(f"topics not visible in the broker's metadata after {timeout:.0f}s: {sorted(set(names) - ready)}")
            await asyncio.sleep(0.2)


def _has_leaders(described: dict[str, Any] | None, partitions: int) -> bool:
    if described is None or described.get("error_code"):
        return False
    return len(described["partitions"]) == partitions and all(p["leader"] >= 0 for p in described["partitions"])


@dataclass(frozen=True)
class TopicsReport:
    created: list[str]
    fixed: list[str]  # "name: what was changed"
    unfixable: list[str]  # "name: what cannot be changed in place"
    fine: list[str]


async def ensure_topics(settings: Settings) -> TopicsReport:
    """Create every basewatch topic that is missing and set the settings of those that differ.

    Partition counts cannot be lowered in place: such topics are reported, not changed. Settings are
    replaced with basewatch's (AlterConfigs), which also drops other per-topic overrides.
    """
    from aiokafka.admin import NewTopic
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
    from aiokafka.errors import TopicAlreadyExistsError

    settings = await adopt_partitions(settings)  # without a count given, an existing namespace keeps its own
    wanted = {name: (p, c) for name, p, c in all_topics(settings)}
    created, fixed, unfixable, fine = [], [], [], []
    async with admin_client(settings) as admin:
        found = await _describe(admin, list(wanted))
        missing = [NewTopic(n, p, settings.replication, topic_configs=c) for n, (p, c) in wanted.items() if n not in found]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
            created = [t.name for t in missing]
        to_alter = []
        for name, state in found.items():
            partitions, config = wanted[name]
            wrong = _mismatches(state, partitions, config)
            if state.partitions != partitions:
                unfixable.append(f"{name}: {state.partitions} partitions, wants {partitions} (delete it and run `topics create` again)")
            if any(state.config.get(k) != v for k, v in config.items()):
                to_alter.append(ConfigResource(ConfigResourceType.TOPIC, name, dict(config)))
                fixed.append(f"{name}: " + ", ".join(w for w in wrong if "partitions" not in w))
            elif not wrong:
                fine.append(name)
        if to_alter:
            for response in await admin.alter_configs(to_alter):
                for resource in response.to_object()["resources"]:
                    if resource["error_code"]:
                        raise RuntimeError(f"could not alter {resource['resource_name']}: {resource['error_message']}")
            await _until_applied(admin, {r.name: wanted[r.name][1] for r in to_alter})
    return TopicsReport(created, fixed, unfixable, fine)


CONFIG_APPLY_WAIT = 10.0  # seconds `topics create` waits for an accepted change of settings to show on the broker


async def _until_applied(admin: Any, configs: dict[str, dict[str, str]]) -> None:
    """Wait until the broker describes the altered topics with the settings asked for. A KRaft broker accepts an
    AlterConfigs before it applies it from the metadata log: a worker started right after `topics create` (or a
    describe) could still see the old `retention.ms` and refuse to start. Read-your-writes, bounded; then it returns
    (the change was accepted and will show)."""
    import tenacity

    def pending(found: dict[str, TopicState]) -> bool:
        return any(found.get(name) is None or any(found[name].config.get(k) != v for k, v in config.items()) for name, config in configs.items())

    retrying = tenacity.AsyncRetrying(
        retry=tenacity.retry_if_result(pending),
        wait=tenacity.wait_exponential(multiplier=0.05, max=1.0),
        stop=tenacity.stop_after_delay(CONFIG_APPLY_WAIT),
        retry_error_callback=lambda _: None,
    )
    await retrying(_describe, admin, list(configs))


def encode(msg: BaseModel) -> bytes:
    return orjson.dumps(msg.model_dump(mode="json"))


def ce_headers(msg: BaseModel, msg_id: str) -> list[tuple[str, bytes]]:
    """CloudEvents binary-mode headers (id, type, source, time, specversion, content type)."""
    return [
        ("ce_specversion", b"1.0"),
        ("ce_id", msg_id.encode()),
        ("ce_type", str(getattr(msg, "type", type(msg).__name__)).encode()),
        ("ce_source", SOURCE.encode()),
        ("ce_time", datetime.now(UTC).isoformat().encode()),
        ("content-type", b"application/json"),
    ]


# (entity id field, version field) in the order they name a message: an alert also carries its event's id
_ID_FIELDS: tuple[tuple[str, str | None], ...] = (("alert_id", "revision"), ("event_id", "version"), ("claim_id", None), ("article_id", None))


def message_id(msg: BaseModel) -> str:
    """A stable id per message: the entity id, with the version or revision when there is one (read from the
    model's fields: no dump, so the sender that serialises the message does that once)."""
    fields = type(msg).model_fields
    for key, extra in _ID_FIELDS:
        if key in fields:
            return f"{getattr(msg, key)}:{getattr(msg, extra)}" if extra else str(getattr(msg, key))
    return ""


class RecentIds:
    """Message ids a stage published or found published at start: a set that forgets its oldest beyond `keep`.

    A stage asks it whether a message of a redelivered record is already out. Records are redelivered only
    from the last committed offset on (offsets are committed every second, once the batch's messages are
    acknowledged), so what it needs are the ids published last; a set of every id ever published grew with
    the topics (~150 bytes an id: ~20 MiB over 100,000 articles in the alert worker). The ids found at start
    are kept whole (read partition after partition, their order is not the order they were published in):
    `keep` grows to their number, and each id added later forgets the oldest one.
    """

    def __init__(self, ids: Iterable[str] = (), keep: int = 100_000) -> None:
        self._order: deque[str] = deque()
        self._ids: set[str] = set()
        for mid in ids:
            if mid not in self._ids:
                self._ids.add(mid)
                self._order.append(mid)
        self.keep = max(keep, len(self._ids))

    def add(self, mid: str) -> None:
        if mid in self._ids:
            return
        self._ids.add(mid)
        self._order.append(mid)
        if len(self._order) > self.keep:
            self._ids.discard(self._order.popleft())

    def __contains__(self, mid: object) -> bool:
        return mid in self._ids

    def __len__(self) -> int:
        return len(self._ids)


def id_of(d: dict[str, Any]) -> str:
    """`message_id` of a message already dumped to a dict."""
    for key, extra in _ID_FIELDS:
        if key in d:
            return f"{d[key]}:{d[extra]}" if extra else str(d[key])
    return ""


def _preview(data: bytes, chars: int) -> str:
    """The first `chars` characters of `data`, decoded leniently (never the whole of a huge record)."""
    return data[: chars * 4].decode("utf-8", "replace")[:chars]


def dead_letter(topic: str, reason: str, value: bytes | None, key: bytes | None = None, partition: int | None = None, offset: int | None = None) -> DeadLetter:
    """The letter kept for a record a stage could not process: previews of its key and value, never the whole.

    Bounded whatever the record's size (an 8.5 MB key once made a letter the broker refused, which wedged
    ingest). The DLQ record itself carries no key: the preview is in the letter, not copied twice.
    """
    value, key = value or b"", key or b""
    return DeadLetter(
        topic=topic[:MAX_FIELD_CHARS],
        partition=partition,
        offset=offset,
        reason=reason[:MAX_FIELD_CHARS],
        key=_preview(key, PREVIEW_CHARS) if key else None,
        key_size=len(key),
        value_preview=_preview(value, MAX_FIELD_CHARS),
        value_size=len(value),
    )


async def read_range(
    settings: Settings, topic: str, start: int | None = None, end: int | None = None, partition: int = 0, timeout: float = 120.0
) -> list[Any]:
    """Records [start, end) of one partition, read outside any consumer group.

    Defaults: from the beginning to the end offset at the time of the call. Raises TimeoutError when
    the range cannot be read within `timeout` seconds.
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition

    # earliest: a start that retention deleted reads from where the log now starts
    consumer = AIOKafkaConsumer(
        **settings.aiokafka_kwargs(), enable_auto_commit=False, max_partition_fetch_bytes=16 * 1024 * 1024, auto_offset_reset="earliest"
    )
    await consumer.start()
    tp = TopicPartition(topic, partition)
    try:
        consumer.assign([tp])
        if start is None:
            await consumer.seek_to_beginning(tp)
        else:
            consumer.seek(tp, start)
        stop = (await consumer.end_offsets([tp]))[tp] if end is None else end
        deadline = time.monotonic() + timeout
        out: list[Any] = []
        while await consumer.position(tp) < stop:
            if time.monotonic() > deadline:
                raise TimeoutError(f"could not read {topic}[{partition}] up to offset {stop} in {timeout:.0f}s")
            batch = await consumer.getmany(tp, timeout_ms=1000)
            out += [r for r in batch.get(tp, []) if r.offset < stop]
        return out
    finally:
        await consumer.stop()


async def partitions_of(settings: Settings, topic: str) -> list[int]:
    """The partition numbers of `topic` ([0] when the broker does not know it)."""
    async with admin_client(settings) as admin:
        found = await _describe(admin, [topic])
    return list(range(found[topic].partitions)) if topic in found and found[topic].partitions else [0]


async def read_all(settings: Settings, topic: str) -> list[Any]:
    """Every record of every partition of `topic` up to its end at the time of the call, partition by partition."""
    out: list[Any] = []
    for partition in await partitions_of(settings, topic):
        out += await read_range(settings, topic, partition=partition)
    return out


async def read_valid(settings: Settings, topic: str, parse: Callable[[bytes], T]) -> list[T]:
    """Every record of a topic (all its partitions) that `parse` accepts; the others are logged once each and skipped.

    For start-up reads of a stage's own output topics (`alerts` keeps 10 years): one record there that
    fails today's schema must not stop the worker from ever starting.
    """
    out: list[T] = []
    for r in await read_all(settings, topic):
        try:
            out.append(parse(r.value or b""))
        except (ValueError, TypeError) as exc:  # pydantic's ValidationError is a ValueError
            log.warning("record.skipped", topic=topic, partition=r.partition, offset=r.offset, value_size=len(r.value or b""),
                        error=f"{type(exc).__name__}: {str(exc)[:300]}")  # fmt: skip
    return out


def producer_kwargs(settings: Settings) -> dict[str, Any]:
    """Producer settings: acks from every replica and idempotence on (aiokafka defaults to neither)."""
    return settings.aiokafka_kwargs() | {"acks": "all", "enable_idempotence": True, "max_request_size": 12 * 1024 * 1024}
