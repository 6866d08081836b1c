"""Input files as a user hands them over: .json, .ndjson, directories, stdin, empty files, .txt titles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from basewatch.tools import inputs

ROOT = Path(__file__).resolve().parents[2]
BASEWATCH = [sys.executable, "-m", "basewatch"]
HARIR = "The militia said it attacked the Harir base with drones on Friday."
TANF = "Drones hit the al-Tanf garrison on Thursday."


def bw(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*BASEWATCH, *args], input=stdin, capture_output=True, cwd=cwd, check=False, timeout=120)


def claims(out: bytes) -> list[dict]:  # type: ignore[type-arg]
    return [m for m in (json.loads(x) for x in out.splitlines() if x.strip()) if m["type"] == "claim.extracted"]


def read(*paths: Path | str) -> tuple[list[inputs.RawArticle], list[inputs.Rejected], list[str]]:
    notes: list[str] = []
    items = list(inputs.read([str(p) for p in paths], notice=notes.append))
    return [i for i in items if not isinstance(i, inputs.Rejected)], [i for i in items if isinstance(i, inputs.Rejected)], notes


def test_a_json_file_of_one_article_or_a_list_is_read_as_articles_not_as_text(tmp_path: Path) -> None:
    """A .json file holding one object, or a list of them, gives one article per object with its fields."""
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "a", "text": HARIR, "published_at": "2024-01-06", "title": "Harir"}))
    many = tmp_path / "many.JSON"
    many.write_text(json.dumps([{"id": "b", "text": TANF, "published_at": "2023-10-20"}, {"id": "c", "text": HARIR}], indent=2))
    good, bad, _ = read(one, many)
    assert [(a.id, a.title) for a in good] == [("a", "Harir"), ("b", None), ("c", None)] and not bad
    done = bw("extract", str(one))
    assert done.returncode == 0 and [c["base_id"] for c in claims(done.stdout)] == ["harir"]


def test_a_json_list_names_a_bad_element_by_its_index(tmp_path: Path) -> None:
    """A bad object inside a .json list is rejected as file[index]; the others are read."""
    f = tmp_path / "list.json"
    f.write_text(json.dumps([{"text": TANF}, {"url": "no text"}, 3]))
    good, bad, _ = read(f)
    assert len(good) == 1
    assert [(r.where, r.reason) for r in bad] == [(f"{f}[1]", "text is missing"), (f"{f}[2]", "expected a JSON object, got int")]


def test_ndjson_is_read_as_json_lines(tmp_path: Path) -> None:
    """.ndjson is another name for JSON Lines."""
    f = tmp_path / "feed.ndjson"
    f.write_text(json.dumps({"text": TANF, "published_at": "2023-10-20"}) + "\n" + json.dumps({"text": HARIR, "published_at": "2024-01-06"}) + "\n")
    good, bad, _ = read(f)
    assert [a.published_at.isoformat() for a in good if a.published_at] == ["2023-10-20", "2024-01-06"] and not bad


def test_a_directory_reads_every_article_format_and_reports_other_files_once(tmp_path: Path) -> None:
    """.txt, .json, .jsonl and .ndjson in a directory are read; other files are named in one notice, not skipped silently."""
    (tmp_path / "a.txt").write_text(HARIR)
    (tmp_path / "b.json").write_text(json.dumps({"id": "b", "text": TANF}))
    (tmp_path / "c.ndjson").write_text(json.dumps({"id": "c", "text": TANF}) + "\n")
    (tmp_path / "d.jsonl").write_text(json.dumps({"id": "d", "text": HARIR}) + "\n")
    for name in ("notes.md", "table.csv", "other.csv", "gold.jsonl"):
        (tmp_path / name).write_text("x")
    good, bad, notes = read(tmp_path)
    assert [a.id for a in good] == ["a.txt", "b", "c", "d"] and not bad
    assert len([n for n in notes if ".csv" in n]) == 1
    assert any("2 .csv" in n and "1 .md" in n for n in notes)
    assert any("gold" in n for n in notes)
    done = bw("run", "--offline", str(tmp_path))
    assert "skipped files that are not articles" in done.stderr.decode()


def test_a_directory_without_articles_is_an_error(tmp_path: Path) -> None:
    """A directory with no article file is rejected, so a run on it cannot end with 0 alerts and code 0."""
    (tmp_path / "readme.md").write_text("x")
    done = bw("run", "--offline", str(tmp_path))
    assert done.returncode == 2 and "no article files in this directory" in done.stderr.decode()


def test_a_text_article_piped_to_stdin_is_one_error_with_a_hint() -> None:
    """Plain text on `-` gives one line that says stdin takes JSON and how to pass a text article."""
    text = b"Drones attacked the base.\nA second line.\nAnd a third one.\n"
    done = bw("extract", "-", stdin=text)
    err = done.stderr.decode()
    assert done.returncode == 2
    assert err.count("rejected <stdin>") == 1 and "invalid JSON" not in err
    assert ".txt file" in err


def test_stdin_takes_json_lines_or_one_pretty_printed_json_document() -> None:
    """`-` reads JSON Lines, or one JSON object or list spread over lines."""
    lines_in = (json.dumps({"text": TANF, "published_at": "2023-10-20"}) + "\n" + json.dumps({"text": HARIR, "published_at": "2024-01-06"}) + "\n").encode()
    assert [c["base_id"] for c in claims(bw("extract", "-", stdin=lines_in).stdout)] == ["al-tanf", "harir"]
    doc = json.dumps([{"text": HARIR, "published_at": "2024-01-06"}], indent=2).encode()
    done = bw("extract", "-", stdin=doc)
    assert done.returncode == 0 and [c["base_id"] for c in claims(done.stdout)] == ["harir"]


def test_empty_txt_and_empty_jsonl_are_both_rejected_as_empty(tmp_path: Path) -> None:
    """An empty file is an error whatever its format: it holds no article."""
    for name in ("empty.txt", "empty.jsonl", "empty.json", "blank.ndjson"):
        (tmp_path / name).write_text("" if name.startswith("empty") else "\n\n")
    _, bad, _ = read(*sorted(tmp_path.iterdir()))
    assert sorted(Path(r.where).name for r in bad) == ["blank.ndjson", "empty.json", "empty.jsonl", "empty.txt"]
    assert {r.reason for r in bad} == {"file is empty (no article)"}


def test_a_short_first_line_of_a_txt_article_is_its_title(tmp_path: Path) -> None:
    """The first line after the header is the title when it has a few words (or wide characters) and does not end like a sentence; it stays in the text."""
    titled = tmp_path / "titled.txt"
    titled.write_text(f"Monday, 8 January 2024\n\nDrone strike on Harir base\n\n{HARIR}\n")
    header_title = tmp_path / "header.txt"
    header_title.write_text(f"date 2024-01 Drones over Harir again\n\n{HARIR}\n")
    header_label = tmp_path / "header-label.txt"
    header_label.write_text(f"date 2024-01-06 English\nDrone strike on Harir base\n\n{HARIR}\n")
    untitled = tmp_path / "untitled.txt"
    untitled.write_text(f"{HARIR}\n\nNo one was hurt, officials said.\n")
    one_line = tmp_path / "oneline.txt"
    one_line.write_text("Drones struck the Harir base\n")
    label = tmp_path / "label.txt"
    label.write_text(f"World news\n\n{HARIR}\n")
    chinese = tmp_path / "zh.txt"
    chinese.write_text(f"美军基地遭无人机袭击多人受伤\n\n{HARIR}\n")
    good, _, _ = read(titled, header_title, header_label, untitled, one_line, label, chinese)
    titles = ["Drone strike on Harir base", "Drones over Harir again", "Drone strike on Harir base", None, None, None, "美军基地遭无人机袭击多人受伤"]
    assert [a.title for a in good] == titles
    assert "Drone strike on Harir base" in good[0].text


def test_txt_titles_reach_the_article_message(tmp_path: Path) -> None:
    """run --offline carries a .txt title into article.received."""
    f = tmp_path / "a.txt"
    f.write_text(f"date 2024-01-06 https://example.org/x\nDrone strike on Harir base\n\n{HARIR}")
    msgs = [json.loads(x) for x in bw("run", "--offline", "-q", str(f)).stdout.splitlines()]
    (art,) = [m for m in msgs if m["type"] == "article.received"]
    assert art["title"] == "Drone strike on Harir base" and art["url"] == "https://example.org/x"


def test_one_article_read_is_said_in_the_singular(tmp_path: Path) -> None:
    """The summary says "1 article read", not "1 articles"."""
    f = tmp_path / "a.txt"
    f.write_text(HARIR)
    err = bw("run", "--offline", str(f)).stderr.decode()
    assert "1 article read" in err and "1 articles" not in err
