"""The offline command line, as a user runs it: `basewatch extract`, `run --offline`, `bases`, `score`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
BASEWATCH = [sys.executable, "-m", "basewatch"]


def bw(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*BASEWATCH, *args], input=stdin, capture_output=True, cwd=ROOT, check=False, timeout=120)


def lines(out: bytes) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_run_offline_prints_every_message_type_with_the_contract_fields() -> None:
    """run --offline on the demo articles prints articles, claims, events and alerts as JSON Lines."""
    done = bw("run", "--offline", "demo/articles.jsonl")
    assert done.returncode == 0, done.stderr.decode()
    msgs = lines(done.stdout)
    types = {m["type"] for m in msgs}
    assert types == {"article.received", "claim.extracted", "event.opened", "event.updated", "alert.raised", "alert.revised"}
    contract = {
        "article.received": {"article_id", "url", "published_at"},
        "claim.extracted": {
            "claim_id", "article_id", "base_id", "place_text", "country", "attack_date", "actor", "weapon", "killed", "wounded", "background", "evidence",
        },
        "event.opened": {"event_id", "base_id", "attack_date", "claim_ids", "killed", "wounded", "version"},
        "alert.raised": {"alert_id", "kind", "event_id", "base_id", "revision"},
    }
    for m in msgs:
        assert contract.get(m["type"], set()) <= set(m)


def test_demo_articles_alert_tower_22_and_al_omar_and_each_base_once() -> None:
    """Fatality alerts for Tower 22 (3 US) and al-Omar (6, revised to 7); one new_target per base."""
    msgs = lines(bw("run", "--offline", "-q", "demo/articles.jsonl").stdout)
    raised = [m for m in msgs if m["type"] == "alert.raised"]
    fatal = {(m["base_id"], m["killed"]) for m in raised if m["kind"] == "fatality"}
    assert fatal == {("tower-22", 3), ("al-omar", 6)}
    new = [m["base_id"] for m in raised if m["kind"] == "new_target"]
    assert sorted(new) == sorted(set(new)) and {"tower-22", "al-omar", "al-tanf", "harir", "mss-euphrates"} <= set(new)
    revised = [m for m in msgs if m["type"] == "alert.revised"]
    assert [(m["base_id"], m["killed"], m["revision"]) for m in revised] == [("al-omar", 7, 1)]


def test_extract_prints_one_claim_per_line(tmp_path: Path) -> None:
    """extract on a .txt file prints claim.extracted objects only."""
    f = tmp_path / "a.txt"
    f.write_text("date 2024-01-06 https://example.org/x\n\nThe militia said it attacked the Harir base with drones on Friday.")
    done = bw("extract", str(f))
    assert done.returncode == 0
    (claim,) = lines(done.stdout)
    assert (claim["type"], claim["base_id"], claim["attack_date"], claim["url"]) == ("claim.extracted", "harir", "2024-01-05", "https://example.org/x")


def test_bad_records_are_named_on_stderr_and_the_rest_still_run(tmp_path: Path) -> None:
    """Invalid JSON, missing text, non-UTF-8 and a 10 MB article are each reported with file:line; good lines go on."""
    good = json.dumps({"text": "Drones hit the al-Tanf garrison on Thursday.", "published_at": "2023-10-20"})
    huge = json.dumps({"text": "x" * 10_500_000})
    f = tmp_path / "mixed.jsonl"
    later = good.replace("Thursday", "Friday").encode()
    records = [good.encode(), b"{not json", json.dumps({"url": "u"}).encode(), b'{"text": "caf\xe9"}', huge.encode(), later, b'{"text": "<p> </p>"}']
    f.write_bytes(b"\n".join(records) + b"\n")
    done = bw("run", "--offline", str(f), str(tmp_path / "missing.txt"))
    err = done.stderr.decode()
    assert done.returncode == 2
    assert f"{f}:2: invalid JSON" in err
    assert f"{f}:3: text is missing" in err
    assert f"{f}:4: not UTF-8" in err
    assert f"{f}:5:" in err and "too long" in err
    assert "missing.txt: cannot read" in err
    assert f"{f}:7:" in err and "empty once HTML" in err
    claims = [m for m in lines(done.stdout) if m["type"] == "claim.extracted"]
    assert [c["attack_date"] for c in claims] == ["2023-10-19", "2023-10-20"]


def test_stdin_dash_reads_json_lines() -> None:
    """`-` reads JSON Lines from standard input."""
    rec = json.dumps({"text": "Rockets struck Ain al-Asad air base on Monday.", "published_at": "2024-01-02"}).encode()
    done = bw("extract", "-", stdin=rec + b"\n")
    assert done.returncode == 0 and lines(done.stdout)[0]["base_id"] == "ain-al-asad"


def test_a_syndicated_copy_is_marked_and_reports_the_same_attack_as_its_original() -> None:
    """The syndicated copy is marked duplicate_of the original and, another outlet's report, gives the original's
    claims under its own article id: the same base and day, one more source of the same event."""
    msgs = lines(bw("run", "--offline", "-q", str(DATA / "articles.jsonl")).stdout)
    arts = {m["origin_id"]: m for m in msgs if m["type"] == "article.received"}
    original, copy = arts["t01-en-asad-missiles"], arts["t11-en-asad-copy"]
    assert copy["duplicate_of"] == original["article_id"] != copy["article_id"]

    def claimed(article: dict[str, Any]) -> set[tuple[Any, ...]]:
        return {(m["base_id"], m["attack_date"], m["killed"]) for m in msgs if m["type"] == "claim.extracted" and m["article_id"] == article["article_id"]}

    assert claimed(copy) == claimed(original) != set()
    both = {original["article_id"], copy["article_id"]}
    events = {m["event_id"] for m in msgs if m["type"] in ("event.opened", "event.updated") and both & set(m.get("article_ids", []))}
    assert len(events) == 1


def test_an_article_sent_twice_gives_its_claims_once() -> None:
    """The same article twice (a resubmission: the same text, so the same id) gives its claims once."""
    rec = json.dumps({"text": "Rockets struck Ain al-Asad air base on Monday.", "published_at": "2024-01-02", "url": "https://a.example/1"})
    msgs = lines(bw("run", "--offline", "-q", "-", stdin=(rec + "\n" + rec + "\n").encode()).stdout)
    assert [m["type"] for m in msgs].count("article.received") == 2
    assert [m["type"] for m in msgs].count("claim.extracted") == 1


def test_bases_lists_the_gazetteer_as_json() -> None:
    """`bases --json` gives every base with id, country, coordinates, aliases and a source note."""
    bases = lines(bw("bases", "--json").stdout)
    assert len(bases) >= 15
    assert all({"id", "country", "lat", "lon", "aliases", "source"} <= set(b) for b in bases)


@pytest.mark.parametrize(("gold", "paths"), [(DATA / "gold.jsonl", [str(DATA / "articles.jsonl")])])
def test_score_reports_the_figures_on_our_test_articles(gold: Path, paths: list[str]) -> None:
    """The scorer prints claim->base, date, B³ and alert figures; our own test set is fully right."""
    done = bw("score", *paths, "--gold", str(gold), "--json")
    report = json.loads(done.stdout)
    assert report["claim_base_strict"]["f1"] == 1.0
    assert report["attack_date_accuracy"] == 1.0
    assert report["event_b3"]["f1"] == 1.0
    assert report["alerts_fatality"]["f1"] == 1.0 and report["new_target_duplicates"] == 0


def test_score_neither_rewards_nor_punishes_a_claim_of_an_attack_the_gold_marks_recalled(tmp_path: Path) -> None:
    """A gold attack with `new_report: false` (the article only recalls it) counts as the official scorer counts it: a
    claim of it is no false positive, its absence no miss."""
    text = "Rockets struck Ain al-Asad air base on Tuesday. It came days after a drone attack on Harir air base."
    arts = tmp_path / "a.jsonl"
    arts.write_text(json.dumps({"id": "r1", "text": text, "published_at": "2024-01-17", "url": "https://a.example/r1"}) + "\n")
    for recalled in ("Harir", "al-Tanf"):  # claimed as recalled, and not claimed at all
        gold = tmp_path / "g.jsonl"
        attacks = [{"base": "Ain al-Asad", "date": "2024-01-16", "killed": None, "new_report": True},
                   {"base": recalled, "date": None, "killed": None, "new_report": False}]  # fmt: skip
        gold.write_text(json.dumps({"file": "r1", "attacks": attacks}) + "\n")
        report = json.loads(bw("score", str(arts), "--gold", str(gold), "--json").stdout)
        assert (report["claim_base_strict"]["tp"], report["claim_base_strict"]["fp"], report["claim_base_strict"]["fn"]) == (1, 0, 0), recalled


def test_help_explains_the_commands() -> None:
    """`--help` lists the commands a user needs."""
    out = bw("--help").stdout.decode()
    for cmd in ("extract", "run", "bases", "score", "kafka"):
        assert cmd in out


def test_run_offline_notes_articles_in_a_language_no_pack_reads() -> None:
    """An article declared Latvian ("lv", no pack) still runs, and stderr says how many such articles were only half read."""
    articles = [
        {"id": "lv1", "source": "Outlet", "published_at": "2024-01-29", "language": "lv", "text": "Dronu uzbrukums Tower 22 bazei Jordanija."},
        {"id": "en1", "source": "Outlet", "published_at": "2024-01-29", "language": "en", "text": "A drone struck Tower 22 in Jordan on Sunday."},
    ]
    done = bw("run", "--offline", "-", stdin="\n".join(json.dumps(a) for a in articles).encode())
    assert done.returncode == 0, done.stderr.decode()
    note = [x for x in done.stderr.decode().splitlines() if x.startswith("note:")]
    assert len(note) == 1 and "1 article in a language no pack reads (lv 1)" in note[0] and " en " in note[0], note


def test_run_offline_says_nothing_of_languages_when_every_pack_reads_them() -> None:
    """All declared languages covered: no language note, only the summary line."""
    done = bw("run", "--offline", "demo/articles.jsonl")
    assert done.returncode == 0 and "no pack reads" not in done.stderr.decode(), done.stderr.decode()
