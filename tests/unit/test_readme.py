"""The README a stranger follows: the two commands first, a walkthrough whose commands exist, every alert field."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from basewatch.schemas import AlertRevised

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def section(title: str) -> str:
    """The text of one `## title` section, up to the next `## ` heading."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def sh_lines(text: str) -> list[str]:
    """The command lines of the ```sh blocks in `text`, comments and blank lines dropped."""
    blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def test_the_first_screen_gives_the_two_setup_commands() -> None:
    """Within the first 25 lines: a sh block whose commands are exactly `make demo` and `make test`."""
    first = "\n".join(README.splitlines()[:25])
    assert [line.split()[:2] for line in sh_lines(first)] == [["make", "demo"], ["make", "test"]]


def _basewatch_calls() -> list[list[str]]:
    calls = []
    for line in sh_lines(section("The stream by hand")):
        words = [w for w in shlex.split(line) if not re.match(r"^[A-Z_]+=", w)]
        if words and words[0] == "basewatch":
            calls.append(words[1:])
    return calls


def test_the_walkthrough_goes_from_broker_to_subscriber() -> None:
    """The stream by hand: kafka up, topics create, three workers, ingest, subscribe, in that order."""
    heads = [" ".join(c[:2]) if c[0] in ("kafka", "topics", "worker") else c[0] for c in _basewatch_calls()]
    assert heads == ["kafka up", "topics create", "worker ingest", "worker enrich", "worker alert", "ingest", "subscribe"]


@pytest.mark.parametrize("call", _basewatch_calls(), ids=lambda c: " ".join(c[:2]))
def test_every_walkthrough_command_and_option_exists(call: list[str]) -> None:
    """Each basewatch command of the walkthrough exists and knows every option the README gives it."""
    command = call[:2] if call[0] in ("kafka", "topics") else call[:1]
    done = subprocess.run([sys.executable, "-m", "basewatch", *command, "--help"], capture_output=True, text=True, check=False, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    for option in (w for w in call if w.startswith("--")):
        assert option in done.stdout
    for path in (w for w in call[1:] if "/" in w):
        assert (ROOT / path).exists(), path


def test_the_pip_section_installs_and_activates() -> None:
    """Installing with pip shows `pip install .` and `source .venv/bin/activate`."""
    lines = sh_lines(section("Installing with pip"))
    assert "source .venv/bin/activate" in lines
    assert any(line.startswith("pip install .") for line in lines)


def test_every_alert_field_is_documented() -> None:
    """The Alerts section names every field of alert.raised and alert.revised."""
    text = section("Alerts")
    missing = [f for f in AlertRevised.model_fields if f"`{f}`" not in text]
    assert not missing
