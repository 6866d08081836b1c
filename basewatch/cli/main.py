"""The `basewatch` command: broker, offline core, stream workers, subscribers and the demo."""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version
from typing import Any

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
    rich_markup_mode=None,  # click's plain help: `--order ORDER`, flags without a type, `PATH...`
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


def _version(value: bool) -> None:
    if value:
        try:
            typer.echo(f"basewatch {version('basewatch')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            typer.echo("basewatch (not installed)")
        raise typer.Exit()


@app.callback()
def _root(
    log_level: str = typer.Option(
        "WARNING", "--log-level", envvar="BASEWATCH_LOG_LEVEL", metavar="LEVEL", help="structlog level (JSON logs on stderr)."
    ),
    _show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print basewatch's version and exit."),
) -> None:
    logs.configure(log_level)


# typer's click (vendored in recent typer) raises these; reached through typer's public exception classes.
USAGE_ERROR: type[Exception] = typer.BadParameter.__mro__[1]
CLICK_ERROR: type[Exception] = USAGE_ERROR.__mro__[1]
assert USAGE_ERROR.__name__ == "UsageError" and CLICK_ERROR.__name__ == "ClickException"


def main() -> None:
    """The console script. A usage error is one line that names the command's --help, exit code 2."""
    from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError

    from basewatch.platform.kafka_io import AuthenticationFailed, BrokerUnreachable, failure_message

    try:
        code = typer.main.get_command(app).main(standalone_mode=False)
    except (AuthenticationFailed, BrokerUnreachable, KafkaConnectionError, KafkaTimeoutError) as exc:
        # any command that talks to Kafka: one line with what to do next (refused credentials said as such), never aiokafka's traceback
        cli_core.err.print(f"[red]error:[/red] {failure_message(exc)}", highlight=False)
        sys.exit(1)
    except USAGE_ERROR as exc:
        error: Any = exc
        if type(exc).__name__ == "NoArgsIsHelpError":  # the command alone: its help, as click shows it
            error.show()
        else:
            where = f"; see `{error.ctx.command_path} --help`" if error.ctx is not None else ""
            cli_core.err.print(f"[red]error:[/red] {error.format_message().rstrip('.')}{where}", highlight=False)
        sys.exit(error.exit_code)
    except CLICK_ERROR as exc:
        failure: Any = exc
        failure.show()
        sys.exit(failure.exit_code)
    except typer.Abort:
        cli_core.err.print("aborted")
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
