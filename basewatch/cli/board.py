"""`basewatch board`: the live alert board (map, feed, event panels) in the browser."""

from __future__ import annotations

import typer
from rich.console import Console

from basewatch.cli.stream import bootstrap_option, settings_for

err = Console(stderr=True, soft_wrap=True)


def board(
    port: int = typer.Option(8080, "--port", "-p", metavar="PORT", help="Port to serve the board on."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Address to listen on (0.0.0.0 to let other machines see it)."),
    bootstrap: str = bootstrap_option(),
) -> None:
    """Serve the live alert board at http://HOST:PORT/ (alerts, events and claims of BASEWATCH_TOPIC_PREFIX, updated live)."""
    from basewatch.tools.board import run

    settings = settings_for(bootstrap)
    err.print(f"alert board on http://{host}:{port}/ (Kafka {settings.bootstrap}, prefix {settings.topic_prefix or 'none'}); Ctrl-C stops it")
    run(settings, host, port)
