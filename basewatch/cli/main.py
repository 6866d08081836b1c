"""The `basewatch` command: broker, offline core, stream workers, subscribers and the demo."""

from __future__ import annotations

import typer

from basewatch.cli import board as cli_board
from basewatch.cli import core as cli_core
from basewatch.cli import kafka as cli_kafka
from basewatch.cli import status as cli_status
from basewatch.cli import stream as cli_stream
from basewatch.platform import logs

app = typer.Typer(
    help="basewatch: extract militia attack claims from news, link them to bases, fold them into events, raise alerts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(cli_kafka.app, name="kafka")
app.command()(cli_core.extract)
app.command()(cli_core.run)
app.command()(cli_core.bases)
app.command()(cli_core.score)
app.command("schemas")(cli_core.schemas_export)
app.add_typer(cli_stream.topics_app, name="topics")
app.command()(cli_stream.ingest)
app.command()(cli_stream.worker)
app.command()(cli_stream.subscribe)
app.command()(cli_stream.demo)
app.command()(cli_stream.replay)
app.command()(cli_status.status)
app.command()(cli_board.board)


@app.callback()
def _root(
    log_level: str = typer.Option(
        "WARNING", "--log-level", envvar="BASEWATCH_LOG_LEVEL", help="structlog level (JSON logs on stderr)."
    ),
) -> None:
    logs.configure(log_level)


def main() -> None:
    app()
