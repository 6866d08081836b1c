"""A native single-node Apache Kafka broker (KRaft), started from Kafka's own jars.

Machines without a Docker engine still need a real broker for the demo and the integration tests.
The jars come from Maven Central through the Maven project shipped in this package (`kafka/pom.xml`
next to this module, so a pip install has it too) or from an unpacked release in `KAFKA_HOME`, and are
cached per version outside the repository, so a second start needs no network. A broker is owned by
its data directory: the pid file there is the only process `down` ever stops, and the ports recorded
there are the ones it starts on again (its stored cluster metadata names them).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import structlog

log = structlog.get_logger(__name__)

KAFKA_VERSION = "4.3.1"
POM = Path(__file__).resolve().parent / "kafka" / "pom.xml"
# A non-default node id: a stray client of someone else's broker can never mistake ours for theirs.
NODE_ID = 7301
PID_FILE = "broker.pid"
LOG_FILE = "broker.log"
_COMPLETE = ".complete"


class BrokerError(RuntimeError):
    """Something prevents the broker from starting or stopping; the message says what to do."""


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "basewatch" / "kafka"


def default_data_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "basewatch" / "broker"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def libs_dir(version: str = KAFKA_VERSION) -> tuple[Path, bool]:
    """Return the directory of broker jars and whether it had to be downloaded now.

    `KAFKA_HOME` (an unpacked Apache Kafka release) wins; otherwise the per-version cache, filled
    with Maven on first use.
    """
    home = os.environ.get("KAFKA_HOME")
    if home:
        libs = Path(home) / "libs"
        if not any(libs.glob("kafka_*.jar")):
            raise BrokerError(f"KAFKA_HOME={home} has no libs/kafka_*.jar: is it an unpacked Kafka release?")
        return libs, False
    target = cache_root() / version / "libs"
    if (target / _COMPLETE).exists():
        return target, False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError(
            "Maven (mvn) is not installed, so Kafka's jars cannot be fetched from Maven Central.\n"
            "Either install Maven (e.g. `apt-get install maven`), or set KAFKA_HOME to an unpacked "
            "Apache Kafka release, or use docker-compose (`docker compose up`) where Docker exists."
        )
    # Resolve into a scratch directory and rename it into place only when complete: a failed fetch must
    # not leave a `libs` directory behind that a later run could take for a cache.
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="libs-", dir=target.parent))
    cmd = [
        mvn, "-q", "-B", "-Dstyle.color=never", "-f", str(POM), f"-Dkafka.version={version}",
        "dependency:copy-dependencies", f"-DoutputDirectory={scratch}", "-DincludeScope=runtime",
    ]  # fmt: skip
    log.info("kafka.jars.fetch", version=version, target=str(target))
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BrokerError(f"mvn could not resolve Kafka {version}: {mvn_error(done.stdout + done.stderr)}")
        (scratch / _COMPLETE).write_text(version)
        shutil.rmtree(target, ignore_errors=True)  # an incomplete directory from an older basewatch
        scratch.rename(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target, True


_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def mvn_error(output: str) -> str:
    """Maven's diagnosis as one line: its first [ERROR] message, without colour codes or its help boilerplate."""
    lines = [_ANSI.sub("", line).strip() for line in output.splitlines()]
    errors = [line.removeprefix("[ERROR]").strip() for line in lines if line.startswith("[ERROR]")]
    errors = [e for e in errors if e and not e.startswith(("->", "To see the full", "Re-run Maven", "For more information", "[Help"))]
    first = (errors or [line for line in lines if line] or ["(no output)"])[0]
    return " ".join(first.split())[:500]


@dataclass(frozen=True)
class Secured:
    """A SASL_SSL listener next to the plaintext one: TLS with PEM files, SCRAM-SHA-512 users made at format time."""

    port: int
    keystore: Path  # PEM: the broker's private key (PKCS#8, unencrypted) followed by its certificate chain
    truststore: Path  # PEM: the CA certificate(s) clients' certificates would be checked against
    users: tuple[tuple[str, str], ...]  # (name, password) of each SCRAM-SHA-512 user

    def properties(self) -> dict[str, object]:
        return {
            "sasl.enabled.mechanisms": "SCRAM-SHA-512",
            "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config": "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "ssl.keystore.type": "PEM",
            "ssl.keystore.location": str(self.keystore),
            "ssl.truststore.type": "PEM",
            "ssl.truststore.location": str(self.truststore),
        }

    def scram_arguments(self) -> list[str]:
        """StorageTool's `--add-scram` options creating the users (KRaft keeps them in the cluster metadata)."""
        return [a for name, password in self.users for a in ("--add-scram", f"SCRAM-SHA-512=[name={name},password={password}]")]


@dataclass(frozen=True)
class BrokerSpec:
    data_dir: Path
    port: int = 9092
    controller_port: int = 0
    heap_mb: int = 512
    secured: Secured | None = None
    node_id: int = NODE_ID
    voters: str = ""  # a cluster's "id@host:port,..." of every controller; empty: this node alone
    replication: int = 1  # of internal topics and the default for new ones; min.insync.replicas is one less (at least 1)
    cluster_id: str | None = None  # shared by the nodes of one cluster; None: a new one at format time

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"


def server_properties(spec: BrokerSpec) -> str:
    cport = spec.controller_port
    secured = f",SASL_SSL://127.0.0.1:{spec.secured.port}" if spec.secured else ""
    min_isr = max(1, spec.replication - 1)
    props = {
        "process.roles": "broker,controller",
        "node.id": spec.node_id,
        # A static voter set works the same on Kafka 3.9 and 4.x.
        "controller.quorum.voters": spec.voters or f"{spec.node_id}@127.0.0.1:{cport}",
        "listeners": f"PLAINTEXT://127.0.0.1:{spec.port},CONTROLLER://127.0.0.1:{cport}{secured}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{spec.port}{secured}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL",
        "log.dirs": str(spec.data_dir / "logs"),
        "num.partitions": 1,
        "offsets.topic.replication.factor": spec.replication,
        "offsets.topic.num.partitions": 4,
        "transaction.state.log.replication.factor": spec.replication,
        "transaction.state.log.min.isr": min_isr,
        "transaction.state.log.num.partitions": 4,
        "share.coordinator.state.topic.replication.factor": spec.replication,
        "share.coordinator.state.topic.min.isr": min_isr,
        "default.replication.factor": spec.replication,
        "min.insync.replicas": min_isr,
        # Default 3000 ms: every new consumer group would otherwise wait 3 s (KIP-134).
        "group.initial.rebalance.delay.ms": 0,
        "auto.create.topics.enable": "true",
        "log.retention.hours": 168,
        # Let a 10 MB poison record reach the topic, so the workers can dead-letter it with a reason.
        "message.max.bytes": 16 * 1024 * 1024,
        "replica.fetch.max.bytes": 16 * 1024 * 1024,
        **(spec.secured.properties() if spec.secured else {}),
    }
    return "".join(f"{k}={v}\n" for k, v in props.items())


LOG4J2 = """\
status = warn
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.out.ref = OUT
logger.kafka.name = kafka
logger.kafka.level = info
logger.state.name = state.change.logger
logger.state.level = warn
logger.controller.name = org.apache.kafka.controller
logger.controller.level = warn
logger.raft.name = org.apache.kafka.raft
logger.raft.level = warn
"""


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise BrokerError("java is not on PATH: Kafka needs Java 17 (e.g. `apt-get install openjdk-17-jre-headless`).")
    return java


def _format_storage(java: str, classpath: str, spec: BrokerSpec, config: Path) -> None:
    if (spec.data_dir / "logs" / "meta.properties").exists():
        return
    cluster_id = spec.cluster_id or _cluster_id()
    cmd = [java, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config)]
    cmd += spec.secured.scram_arguments() if spec.secured else []
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BrokerError(f"formatting {spec.data_dir} failed:\n{done.stdout}{done.stderr}")


def _cluster_id() -> str:
    """The encoding of `StorageTool random-uuid` (URL-safe base64 of 16 random bytes). Like Kafka's own
    Uuid.randomUuid, never one starting with "-": the format command would read it as an option."""
    import base64

    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


def read_pid(data_dir: Path) -> int | None:
    try:
        return int((data_dir / PID_FILE).read_text().split()[0])
    except (FileNotFoundError, ValueError, IndexError):
        return None


def _is_our_broker(pid: int, data_dir: Path) -> bool:
    """True only for a live kafka.Kafka process started with this data dir's config."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (FileNotFoundError, PermissionError):
        return False
    args = [a.decode(errors="replace") for a in cmdline]
    return "kafka.Kafka" in args and str(data_dir / "server.properties") in args


def running_pid(data_dir: Path) -> int | None:
    pid = read_pid(data_dir)
    if pid is not None and _is_our_broker(pid, data_dir):
        return pid
    return None


async def probe(bootstrap: str, timeout: float = 2.0) -> bool:
    """True when a broker at `bootstrap` answers a metadata request (a plaintext listener: the native broker's)."""
    from basewatch.platform.kafka_io import broker_answers
    from basewatch.platform.settings import Settings

    return await broker_answers(Settings(bootstrap=bootstrap), timeout)


@dataclass(frozen=True)
class Started:
    pid: int
    bootstrap: str
    seconds: float
    downloaded: bool
    already: bool = False  # the data dir's broker was running already: nothing was started


def recorded_ports(data_dir: Path) -> tuple[int, int] | None:
    """(client port, controller port) this data dir's broker was configured with, if it ever was."""
    try:
        text = (data_dir / "server.properties").read_text()
    except FileNotFoundError:
        return None
    found = re.search(r"^listeners=PLAINTEXT://[^:]+:(\d+),CONTROLLER://[^:]+:(\d+)(?:,.*)?$", text, re.MULTILINE)
    return (int(found[1]), int(found[2])) if found else None


def spec_for(data_dir: Path, port: int | None = None, free: bool = False, heap_mb: int = 512) -> BrokerSpec:
    """The broker to start from `data_dir`: on the ports recorded there when it has been used before.

    A data dir's cluster metadata names its listeners, so starting it on other ports would mean a new
    cluster and the loss of every topic: a different explicit `port` is refused instead.
    """
    recorded = recorded_ports(data_dir)
    if recorded is not None:
        if port is not None and port != recorded[0]:
            raise BrokerError(
                f"{data_dir} holds a broker created on port {recorded[0]}: start it without --port (it reuses {recorded[0]}), "
                "or give a new --data-dir for a broker on another port."
            )
        return BrokerSpec(data_dir, recorded[0], recorded[1], heap_mb)
    return BrokerSpec(data_dir, free_port() if free else (port or 9092), heap_mb=heap_mb)


def up(spec: BrokerSpec, version: str = KAFKA_VERSION, timeout: float = 90.0) -> Started:
    """Start the broker and return once it answers a metadata request; a running one is returned as it is."""
    t0 = time.monotonic()
    spec.data_dir.mkdir(parents=True, exist_ok=True)
    existing = running_pid(spec.data_dir)
    if existing is not None:
        _, bootstrap, _ = status(spec.data_dir)
        return Started(existing, bootstrap or spec.bootstrap, 0.0, False, already=True)
    recorded = recorded_ports(spec.data_dir)
    if recorded is not None and recorded[0] != spec.port:
        raise BrokerError(f"{spec.data_dir} holds a broker created on port {recorded[0]}, not {spec.port}: use another data dir.")
    if port_in_use(spec.port):
        if recorded is not None:
            raise BrokerError(
                f"port {spec.port}, where the broker of {spec.data_dir} listens, is in use by another process: "
                "stop that process, or use another --data-dir."
            )
        raise BrokerError(
            f"port {spec.port} on 127.0.0.1 is already in use (another broker?). "
            "Stop it, choose another with --port, or use --free-port."
        )
    if not spec.controller_port:
        spec = dataclasses.replace(spec, controller_port=recorded[1] if recorded else free_port())
    proc, downloaded = _launch(spec, version)
    return _wait_answering(spec, proc, downloaded, t0, timeout)


def _launch(spec: BrokerSpec, version: str) -> tuple[subprocess.Popen[bytes], bool]:
    """Write the node's config, format its storage once, start its JVM; (the process, whether jars were downloaded)."""
    spec.data_dir.mkdir(parents=True, exist_ok=True)
    java = _java()
    libs, downloaded = libs_dir(version)
    classpath = f"{libs}/*"
    config = spec.data_dir / "server.properties"
    config.write_text(server_properties(spec))
    log4j = spec.data_dir / "log4j2.properties"
    log4j.write_text(LOG4J2)
    _format_storage(java, classpath, spec, config)
    logf = (spec.data_dir / LOG_FILE).open("ab")
    cmd = [
        java, f"-Xmx{spec.heap_mb}m", f"-Xms{min(spec.heap_mb, 256)}m", "-XX:+UseG1GC",
        "-Djava.awt.headless=true", f"-Dlog4j2.configurationFile={log4j}",
        "-cp", classpath, "kafka.Kafka", str(config),
    ]  # fmt: skip
    # A new session: the broker outlives `kafka up`, and Ctrl-C in the user's shell does not reach it.
    proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    logf.close()
    (spec.data_dir / PID_FILE).write_text(f"{proc.pid} {spec.port}\n")
    return proc, downloaded


def _wait_answering(spec: BrokerSpec, proc: subprocess.Popen[bytes], downloaded: bool, t0: float, timeout: float) -> Started:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BrokerError(f"the broker exited with code {proc.returncode}; last log lines:\n{tail_log(spec.data_dir)}")
        # Probe the port first: aiokafka logs every refused connection as an error.
        if port_in_use(spec.port) and asyncio.run(probe(spec.bootstrap, timeout=1.0)):
            return Started(proc.pid, spec.bootstrap, time.monotonic() - t0, downloaded)
        time.sleep(0.2)
    _stop_pid(proc.pid)
    raise BrokerError(f"the broker did not answer within {timeout:.0f}s; last log lines:\n{tail_log(spec.data_dir)}")


def _stop_pid(pid: int, grace: float = 20.0) -> None:
    _stop_pids([pid], grace)


def _stop_pids(pids: list[int], grace: float = 20.0) -> None:
    """SIGTERM to every process at once, SIGKILL to those still running after `grace` seconds."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    left = set(pids)
    while left and time.monotonic() < deadline:
        left = {pid for pid in left if Path(f"/proc/{pid}").exists() and not _zombie(pid)}
        if left:
            time.sleep(0.1)
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except (FileNotFoundError, IndexError):
        return True


def down(data_dir: Path) -> int | None:
    """Stop the broker this data dir started; return its pid, or None when none was running."""
    pid = running_pid(data_dir)
    if pid is not None:
        _stop_pid(pid)
    with contextlib.suppress(FileNotFoundError):
        (data_dir / PID_FILE).unlink()
    return pid


def status(data_dir: Path) -> tuple[int | None, str | None, bool]:
    """(pid, bootstrap, answering) of this data dir's broker."""
    pid = running_pid(data_dir)
    if pid is None:
        return None, None, False
    text = (data_dir / PID_FILE).read_text().split()
    bootstrap = f"127.0.0.1:{text[1]}" if len(text) > 1 else None
    return pid, bootstrap, bool(bootstrap and asyncio.run(probe(bootstrap)))


def tail_log(data_dir: Path, lines: int = 30) -> str:
    try:
        return "\n".join((data_dir / LOG_FILE).read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log yet)"


CLUSTER_NODES = 3


def cluster_specs(data_dir: Path, nodes: int = CLUSTER_NODES, heap_mb: int = 384) -> list[BrokerSpec]:
    """The nodes of a native KRaft cluster under `data_dir` (node1, node2, ...): each a broker and a controller.

    Replication factor `nodes` and min.insync.replicas `nodes - 1`: with one node down, writes with
    acks=all still succeed. Ports are recorded in each node's directory and reused on the next start.
    """
    specs = []
    for i in range(1, nodes + 1):
        node_dir = data_dir / f"node{i}"
        recorded = recorded_ports(node_dir)
        port, cport = recorded or (free_port(), free_port())
        specs.append(BrokerSpec(node_dir, port, cport, heap_mb, node_id=i, replication=nodes))
    voters = ",".join(f"{s.node_id}@127.0.0.1:{s.controller_port}" for s in specs)
    cid_file = data_dir / "cluster.id"
    if not cid_file.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        cid_file.write_text(_cluster_id())
    cluster_id = cid_file.read_text().strip()
    return [dataclasses.replace(s, voters=voters, cluster_id=cluster_id) for s in specs]


def cluster_up(data_dir: Path, nodes: int = CLUSTER_NODES, heap_mb: int = 384, version: str = KAFKA_VERSION, timeout: float = 120.0) -> list[Started]:
    """Start every node (a quorum needs most of them up before any answers), then wait for each to answer."""
    t0 = time.monotonic()
    specs = cluster_specs(data_dir, nodes, heap_mb)
    launched = [(s, *_launch(s, version)) for s in specs if running_pid(s.data_dir) is None]
    return [_wait_answering(s, proc, downloaded, t0, timeout) for s, proc, downloaded in launched]


def cluster_down(data_dir: Path) -> list[int]:
    """Stop every node of the cluster under `data_dir` at once; their pids. (One at a time, the last node
    left waits out its whole grace period: its controlled shutdown needs a controller quorum that the
    nodes stopped before it took away. Stopped together they are gone in seconds.)"""
    nodes = [(node, pid) for node in sorted(data_dir.glob("node*")) if (pid := running_pid(node)) is not None]
    _stop_pids([pid for _, pid in nodes])
    for node, _ in nodes:
        with contextlib.suppress(FileNotFoundError):
            (node / PID_FILE).unlink()
    return [pid for _, pid in nodes]


def cluster_bootstrap(data_dir: Path) -> str:
    return ",".join(s.bootstrap for s in cluster_specs(data_dir))
