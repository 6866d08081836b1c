"""Offline commands: `extract`, `run --offline`, `bases`, `score`, `schemas`. JSON Lines on stdout.

Errors are one line on stderr that says what to do next; usage and input errors exit with code 2.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools import inputs, pipeline

if TYPE_CHECKING:
    from basewatch.services.enrich.domain.lexicon import Lexicon

err = Console(stderr=True, soft_wrap=True)

PATHS_HELP = "Article files (.txt, .json, .jsonl, .ndjson), directories of them, or - for JSON (Lines) on stdin."



def paths_argument(help: str = PATHS_HELP) -> Any:
    return typer.Argument(..., metavar="PATH...", help=help, show_default=False)


Paths = paths_argument()


def plural(n: int, word: str) -> str:
    """`1 article`, `2 articles`, `1,000 articles`."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def fail(message: str) -> typer.Exit:
    """One line on stderr, exit code 2 (a usage or input error); `raise fail(...)`."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(2)


def _emit(msg: BaseModel) -> None:
    sys.stdout.buffer.write(msg.model_dump_json().encode() + b"\n")  # pydantic's own serialiser: no dict in between


class _Reader:
    """Yields good articles, reports bad ones on stderr and counts them."""

    def __init__(self, paths: list[str], quiet: bool) -> None:
        self.paths, self.quiet, self.rejected, self.read = paths, quiet, 0, 0
        self.unread: Counter[str] = Counter()  # declared languages no pack covers, and their articles

    def __iter__(self) -> Iterator[RawArticle]:
        for item in inputs.read(self.paths, notice=self._notice):
            if isinstance(item, inputs.Rejected):
                self.rejected += 1
                err.print(f"[red]rejected[/red] {item.where}: {item.reason}", highlight=False)
                continue
            self.read += 1
            if item.language and not _understood(item.language):
                self.unread[item.language] += 1
            if not self.quiet and self.read % 1000 == 0:
                err.print(f"... {plural(self.read, 'article')} read", highlight=False)
            yield item

    def _notice(self, message: str) -> None:
        err.print(f"note: {message}", highlight=False)


def _lexicon() -> Lexicon:
    from basewatch.services.enrich import resources  # the packs load once, on the first article that declares a language

    return resources.lexicon()


def _understood(language: str) -> bool:
    return _lexicon().understands(language)


def _finish(reader: _Reader) -> None:
    if not reader.quiet:
        err.print(f"{plural(reader.read, 'article')} read, {reader.rejected:,} rejected", highlight=False)
        if reader.unread:
            langs = ", ".join(f"{code} {n:,}" for code, n in sorted(reader.unread.items()))
            packs = " ".join(sorted(_lexicon().languages))
            err.print(
                f"note: {plural(sum(reader.unread.values()), 'article')} in a language no pack reads ({langs}): only base names are "
                f"read in them, never a toll or a day (packs: {packs})",
                highlight=False,
            )
    if reader.rejected:
        raise typer.Exit(2)


def extract(
    paths: list[str] = Paths,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Print one `claim.extracted` JSON object per attack claim found in the articles (linked to bases).

    Exit code 0 when every input was read, 2 when any record was rejected (each named on stderr).
    """
    reader = _Reader(paths, quiet)
    pipe = pipeline.Pipeline()
    for raw in reader:
        try:
            article = pipe.receive(raw)
        except ValueError as exc:
            reader.rejected += 1
            err.print(f"[red]rejected[/red] article: {exc}")
            continue
        for claim in pipe.claims(article):
            _emit(claim)
    _finish(reader)


def run(
    paths: list[str] = Paths,
    offline: bool = typer.Option(False, "--offline", help="Run the whole core in this process, without Kafka."),
    order: str = typer.Option("publication", "--order", metavar="ORDER", help="publication (sort by date; buffers input) or input (stream as read)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary on stderr."),
) -> None:
    """Intake -> extraction -> linking -> dedup -> alerts; print every message as JSON Lines.

    Each line has a `type`: article.received, claim.extracted, event.opened, event.updated,
    alert.raised, alert.revised. Exit code 2 when any input record was rejected.
    """
    if not offline:
        raise fail(
            "`run` runs the core in this process only with --offline (`basewatch run --offline PATH...`); the stream is "
            "`basewatch worker ingest|enrich|alert` fed by `basewatch ingest PATH...` (or try `basewatch demo`)"
        )
    if order not in ("publication", "input"):
        raise fail(f"--order must be publication or input, not {order!r}")
    reader = _Reader(paths, quiet)
    for msg in pipeline.run(reader, in_publication_order=order == "publication"):
        _emit(msg)
    _finish(reader)


def bases(as_json: bool = typer.Option(False, "--json", help="JSON Lines, one base per line.")) -> None:
    """List the gazetteer: every known base with id, country, coordinates and aliases."""
    from basewatch.services.enrich import resources

    gaz = resources.gazetteer()
    if as_json:
        for b in gaz.bases:
            _emit(b)
        return
    table = Table(title=f"{len(gaz.bases)} bases")
    for col in ("id", "name", "country", "lat, lon", "aliases"):
        table.add_column(col, overflow="fold")
    for b in gaz.bases:
        table.add_row(b.id, b.name, b.country, f"{b.lat:.2f}, {b.lon:.2f}", ", ".join(b.aliases[:6]) + (" ..." if len(b.aliases) > 6 else ""))
    Console().print(table)


def _checkout_schemas_dir(cwd: Path) -> Path | None:
    """`./schemas/json` when the working directory is a basewatch checkout (its schemas/ folder is there)."""
    if (cwd / "schemas" / "export.py").is_file() and (cwd / "pyproject.toml").is_file():
        return cwd / "schemas" / "json"
    return None


def schemas_export(
    out: Path = typer.Option(
        None, "--out", metavar="DIR", file_okay=False,
        help="Target directory. Default: ./schemas/json in a basewatch checkout; elsewhere --out is required.",
    ),
) -> None:
    """Write the JSON Schema of every message type (generated from the pydantic models)."""
    from basewatch.schemas.export import export

    target = out or _checkout_schemas_dir(Path.cwd())
    if target is None:
        raise fail("not in a basewatch checkout: give the directory to write the schemas to with --out DIR")
    try:
        written = export(target)
    except OSError as exc:
        raise fail(f"cannot write to {target}: {exc.strerror or exc}; choose another --out DIR") from None
    for path in written:
        err.print(str(path), highlight=False)


def score(
    paths: list[str] = paths_argument(PATHS_HELP + " The articles the gold file describes."),
    gold: Path = typer.Option(..., "--gold", metavar="FILE", exists=True, dir_okay=False, help="Gold file (JSON Lines; format below)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Run the offline core on PATHs and score it against GOLD: claim->base P/R/F1, dates, event B³, alerts.

    A sample with gold ships in the repository: `basewatch score tests/data/articles.jsonl --gold tests/data/gold.jsonl`
    (`make score`). A gold line whose `file` matches no article is an error (exit 2), never a recall of 0.

    \b
    Gold format (JSON Lines, one line per article):
      {"file": ID, "attacks": [{"base": NAME|null, "date": "YYYY-MM-DD"|null, "killed": N|null, "new_report": true|false}]}
    `file` is the article's `id` (JSON inputs) or its file name (.txt inputs); `base` is a name or alias that
    `basewatch bases` lists; `new_report: false` marks an attack the article only recalls.
    """
    from basewatch.services.enrich import resources
    from basewatch.tools.score import GoldError, load_gold
    from basewatch.tools.score import score as compute

    try:
        gold_rows = load_gold(gold.read_bytes(), gold.name)
    except GoldError as exc:
        raise fail(str(exc)) from None
    reader = _Reader(paths, quiet=True)
    messages = [msg.model_dump(mode="json") for msg in pipeline.run(reader)]
    try:
        report = compute(messages, gold_rows, resources.gazetteer()).as_dict()
    except GoldError as exc:
        raise fail(str(exc)) from None
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n")
        return
    table = Table(title=f"basewatch vs {gold.name} ({len(gold_rows)} articles)")
    for col in ("metric", "precision", "recall", "F1", "tp/fp/fn"):
        table.add_column(col)
    for name in ("claim_base_strict", "claim_base_resolved", "alerts_fatality", "alerts_new_target"):
        r = report[name]
        table.add_row(name, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}", f"{r['tp']}/{r['fp']}/{r['fn']}")
    b3 = report["event_b3"]
    table.add_row("event_b3", f"{b3['precision']:.3f}", f"{b3['recall']:.3f}", f"{b3['f1']:.3f}", "")
    Console().print(table)
    Console().print(f"attack-date accuracy: {report['attack_date_accuracy']} over {report['attack_dates_scored']} dated attacks; "
                    f"duplicate new_target alerts: {report['new_target_duplicates']}")
    for note in report["notes"]:
        err.print(f"note: {note}")
