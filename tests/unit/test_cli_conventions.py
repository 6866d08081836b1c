"""What a stranger meets first: --version, clean help, one-line errors with exit 2, the packaged demo, schemas, scoring."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from basewatch.schemas import export as schema_export
from basewatch.tools import demo, render

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
BASEWATCH = [sys.executable, "-m", "basewatch"]
KAFKA_COMMANDS = ("ingest", "subscribe", "demo", "replay", "topics create", "worker", "status", "board")


def bw(*args: str, cwd: Path = ROOT, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BASEWATCH, *args], input=stdin and stdin.decode(), capture_output=True, text=True, cwd=cwd, check=False, timeout=120)


def test_version_prints_the_installed_version() -> None:
    """`basewatch --version` prints the package's version and exits 0."""
    from importlib.metadata import version

    done = bw("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"basewatch {version('basewatch')}"


@pytest.mark.parametrize(
    "command",
    ["run", "extract", "score", "ingest", "subscribe", "demo", "replay", "schemas", "kafka up", "kafka logs", "topics create", "worker", "status", "board"],
)
def test_help_shows_metavars_not_python_types(command: str) -> None:
    """No `<bool>`, `<str>` or `<list[str]>` in --help: flags take no value and values have a metavar."""
    out = bw(*command.split(), "--help").stdout
    assert not re.search(r"<(?:bool|str|int|int range|float|list\[\w+\]|path)>|\{paths\}", out), out


@pytest.mark.parametrize("command", KAFKA_COMMANDS)
def test_every_command_that_talks_to_kafka_takes_bootstrap(command: str) -> None:
    """--bootstrap HOST:PORT is on each of them, defaulting to BASEWATCH_KAFKA_BOOTSTRAP."""
    out = bw(*command.split(), "--help").stdout
    assert "--bootstrap" in out and "BASEWATCH_KAFKA_BOOTSTRAP" in out


def test_run_without_offline_explains_the_offline_and_the_stream_ways() -> None:
    """`run` alone is one line naming `--offline` and the stream's commands, exit 2."""
    done = bw("run", str(DATA / "articles.jsonl"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "--offline" in done.stderr and "worker" in done.stderr and "ingest" in done.stderr


@pytest.mark.parametrize(("args", "says"), [
    (["subscribe", "--kind", "bogus"], "fatality or new-target"),
    (["subscribe", "--severity", "extreme"], "low, medium, high, critical"),
    (["subscribe", "--since", "last week"], "YYYY-MM-DD"),
    (["run", "--offline", "--order", "random", "x.txt"], "publication or input"),
])  # fmt: skip
def test_a_bad_option_value_is_one_line_and_exit_2(args: list[str], says: str) -> None:
    """Usage errors say what is accepted, on one line, before anything connects to Kafka."""
    done = bw(*args)
    assert done.returncode == 2 and says in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("args", "says"), [
    (["run"], "Missing argument 'PATH...'; see `"),
    (["subscribe", "--limit", "many"], "'many' is not a valid int; see `"),
    (["no-such-command"], "No such command"),
])  # fmt: skip
def test_a_usage_error_is_one_line_that_points_at_the_help(args: list[str], says: str) -> None:
    """Missing arguments, bad values and unknown commands are one line naming `--help`, exit 2 (not click's usage block)."""
    done = bw(*args)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert says in done.stderr and "--help`" in done.stderr


def test_alert_kind_is_accepted_as_printed_or_as_the_field_spells_it() -> None:
    """`new-target` (as alerts print) and `new_target` (the field) both mean the field's value."""
    assert render.kind_name("new-target") == render.kind_name("new_target") == "new_target"
    assert render.kind_name("Fatality") == "fatality"
    with pytest.raises(ValueError, match="new-target"):
        render.kind_name("new target alerts")


ALERT = {"kind": "fatality", "severity": "high", "base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan", "attack_date": "2024-01-28"}


@pytest.mark.parametrize(("wanted", "shown"), [
    (render.AlertFilter(), True),
    (render.AlertFilter(kind="new_target"), False),
    (render.AlertFilter(base="Tower 22"), True),
    (render.AlertFilter(base="tower-22"), True),
    (render.AlertFilter(base="al-tanf"), False),
    (render.AlertFilter(country="jordan"), True),
    (render.AlertFilter(country="Iraq"), False),
    (render.AlertFilter(min_severity="medium"), True),
    (render.AlertFilter(min_severity="critical"), False),
    (render.AlertFilter(since=date(2024, 1, 28)), True),
    (render.AlertFilter(since=date(2024, 1, 29)), False),
])  # fmt: skip
def test_subscriber_filters_select_alerts_by_kind_base_country_severity_and_day(wanted: render.AlertFilter, shown: bool) -> None:
    """Each filter lets through what it names (severity: that level and above; since: attacks on or after the day)."""
    assert wanted.matches(ALERT) is shown


def test_demo_articles_ship_inside_the_package() -> None:
    """The demo's default articles are package data, so a pip install finds them from any directory."""
    assert demo.DEMO_ARTICLES.is_file()
    assert demo.DEMO_ARTICLES.resolve().is_relative_to((ROOT / "basewatch").resolve())
    assert len(demo.load_articles(demo.DEMO_ARTICLES)) >= 10


@pytest.mark.parametrize("content", [None, b"", b"not json at all\n"])
def test_demo_with_unreadable_or_empty_articles_fails_at_once_with_one_line(tmp_path: Path, content: bytes | None) -> None:
    """A missing, empty or invalid --articles file is one error line and exit 2, before a broker or worker starts."""
    f = tmp_path / "feed.jsonl"
    if content is not None:
        f.write_bytes(content)
    t0 = time.monotonic()
    done = bw("demo", "--articles", str(f), "--bootstrap", "127.0.0.1:1", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and str(f) in done.stderr and "--articles" in done.stderr
    assert time.monotonic() - t0 < 20
    assert "alerts raised" not in done.stdout


def test_schemas_outside_a_checkout_require_out_and_write_nothing(tmp_path: Path) -> None:
    """From a directory that is not a checkout, `schemas` without --out is exit 2 and the package is untouched."""
    before = {p.name: p.stat().st_mtime_ns for p in schema_export.JSON_DIR.iterdir()}
    done = bw("schemas", cwd=tmp_path)
    assert done.returncode == 2 and "--out" in done.stderr
    assert {p.name: p.stat().st_mtime_ns for p in schema_export.JSON_DIR.iterdir()} == before
    assert not list(tmp_path.iterdir())


def test_schemas_out_writes_every_message_schema_there(tmp_path: Path) -> None:
    """`schemas --out DIR` writes one JSON Schema per message type, the same text as committed."""
    done = bw("schemas", "--out", str(tmp_path / "json"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert {p.name: p.read_text() for p in (tmp_path / "json").iterdir()} == schema_export.rendered()


def test_score_help_documents_the_gold_format_and_points_at_files_a_clone_has() -> None:
    """`score --help` describes the gold lines and its example paths exist in the repository, not in ../shared."""
    out = bw("score", "--help").stdout
    assert '"file"' in out and '"attacks"' in out and "new_report" in out
    assert "shared" not in out and "tests/data/gold.jsonl" in out


def test_make_score_needs_only_files_in_the_repository() -> None:
    """Every path the Makefile's score target reads is in the repository."""
    recipe = (ROOT / "Makefile").read_text().split("\nscore:", 1)[1].split("\n\n", 1)[0]
    paths = re.findall(r"(?<![\w/.-])((?:\.\./|tests/|demo/)[\w/.-]+)", recipe)
    assert paths and all((ROOT / p).exists() for p in paths), paths


def test_a_gold_file_keyed_by_unknown_files_fails_naming_them(tmp_path: Path) -> None:
    """Gold lines whose `file` matches no article are exit 2 naming the keys, never recall 0."""
    gold = tmp_path / "gold.jsonl"
    rows = [json.loads(x) for x in (DATA / "gold.jsonl").read_text().splitlines() if x.strip()]
    rows[0]["file"], rows[1]["file"] = "no-such-article.txt", "another-missing"
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    done = bw("score", str(DATA / "articles.jsonl"), "--gold", str(gold), "--json")
    assert done.returncode == 2 and done.stdout == ""
    assert "no-such-article.txt" in done.stderr and "another-missing" in done.stderr


def test_a_gold_line_without_file_or_attacks_is_named_with_its_line(tmp_path: Path) -> None:
    """A malformed gold line is exit 2 with file:line."""
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"file": "t01-en-asad-missiles", "attacks": []}\n{"attacks": []}\n')
    done = bw("score", str(DATA / "articles.jsonl"), "--gold", str(gold))
    assert done.returncode == 2 and "g.jsonl:2" in done.stderr
