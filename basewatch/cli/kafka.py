"""`basewatch kafka ...`: run a native single-node Kafka broker (KRaft) for the demo and the tests."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from basewatch.platform import broker

err = Console(stderr=True, soft_wrap=True)
app = typer.Typer(help="Run a native single-node Apache Kafka broker (KRaft) from Kafka's own jars.", no_args_is_help=True)

DataDir = typer.Option(
    None, "--data-dir", envvar="BASEWATCH_BROKER_DIR", metavar="DIR",
    help="Broker data directory (logs, pid file). Default: ~/.local/state/basewatch/broker.",
)  # fmt: skip


def _dir(data_dir: Path | None) -> Path:
    return data_dir or broker.default_data_dir()


@app.command()
def up(
    port: int | None = typer.Option(None, "--port", "-p", metavar="PORT", help="Client port on 127.0.0.1 (default 9092, or the port recorded in --data-dir)."),
    free_port: bool = typer.Option(False, "--free-port", help="Pick a free port instead of --port (a used --data-dir keeps its port)."),
    data_dir: Path | None = DataDir,
    version: str = typer.Option(broker.KAFKA_VERSION, "--version", metavar="VERSION", help="Apache Kafka version (jars from Maven Central)."),
    heap_mb: int = typer.Option(512, "--heap-mb", metavar="MB", help="Broker JVM heap in MB."),
    brokers: int = typer.Option(1, "--brokers", min=1, max=5, metavar="N", help="Nodes: 3 makes a KRaft cluster (replication 3, min.insync.replicas 2)."),
) -> None:
    """Start the broker; return once it answers a metadata request. Prints the bootstrap address.

    A data directory used before starts on the ports recorded in it, with its topics; when its broker
    is running already, `up` says so and exits 0.
    """
    if brokers > 1:
        try:
            nodes = broker.cluster_up(_dir(data_dir), brokers, heap_mb, version=version)
        except broker.BrokerError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        bootstrap = broker.cluster_bootstrap(_dir(data_dir))
        err.print(f"Kafka {version}: {brokers} nodes up at [bold]{bootstrap}[/bold] ({len(nodes)} started); set BASEWATCH_REPLICATION={brokers}")
        typer.echo(bootstrap)
        return
    try:
        spec = broker.spec_for(_dir(data_dir), port, free_port, heap_mb)
        started = broker.up(spec, version=version)
    except broker.BrokerError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    if started.already:
        err.print(f"already up at [bold]{started.bootstrap}[/bold] (pid {started.pid})")
    else:
        how = "jars downloaded" if started.downloaded else "jars cached"
        err.print(f"Kafka {version} up at [bold]{started.bootstrap}[/bold] (pid {started.pid}, {started.seconds:.1f}s, {how})")
    typer.echo(started.bootstrap)


@app.command()
def down(data_dir: Path | None = DataDir) -> None:
    """Stop the broker (or every node of the cluster) started from this data directory, and no other process."""
    if (_dir(data_dir) / "cluster.id").exists():
        pids = broker.cluster_down(_dir(data_dir))
        err.print(f"stopped nodes {', '.join(map(str, pids))}" if pids else "no node of this cluster is running")
        return
    pid = broker.down(_dir(data_dir))
    err.print(f"stopped broker pid {pid}" if pid else "no broker from this data directory is running")


@app.command()
def status(data_dir: Path | None = DataDir) -> None:
    """Say whether the broker is running and answering. Exit code 1 when it is not."""
    pid, bootstrap, answering = broker.status(_dir(data_dir))
    if pid is None:
        err.print("not running")
        raise typer.Exit(1)
    state = "answering" if answering else "NOT answering"
    typer.echo(f"running pid={pid} bootstrap={bootstrap} {state}")
    if not answering:
        raise typer.Exit(1)


@app.command()
def logs(
    data_dir: Path | None = DataDir,
    lines: int = typer.Option(40, "--lines", "-n", metavar="N", help="How many of the last log lines to show."),
) -> None:
    """Show the last lines of the broker's log."""
    typer.echo(broker.tail_log(_dir(data_dir), lines))


@app.command()
def fetch(version: str = typer.Option(broker.KAFKA_VERSION, "--version", metavar="VERSION", help="Apache Kafka version.")) -> None:
    """Fetch Kafka's broker jars from Maven Central into the cache (no-op when cached)."""
    try:
        with err.status(f"resolving Kafka {version} jars with Maven..."):
            libs, downloaded = broker.libs_dir(version)
    except broker.BrokerError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    err.print(f"Kafka {version} jars {'downloaded to' if downloaded else 'cached in'} {libs}")
