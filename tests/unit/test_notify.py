"""The notifier's pure core: which receivers want an alert, what an HTTP answer means, payloads, signatures, config."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import orjson
import pytest

from basewatch.platform.metrics import reason_class
from basewatch.schemas import AlertRaised, AlertRevised
from basewatch.services.notify.config import load
from basewatch.services.notify.domain.config import ConfigError, Match, Receiver, parse_config
from basewatch.services.notify.domain.payload import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, alertmanager, request, verify
from basewatch.services.notify.domain.route import matches, outcome_of

AT = datetime(2024, 1, 28, 9, 30, tzinfo=UTC)


def _alert(revision: int = 0, **kw: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "alert_id": "a-1", "kind": "fatality", "severity": "critical", "revision": revision, "event_id": "e-1",
        "base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan", "attack_date": date(2024, 1, 28), "killed": 3,
        "sources": ("Outlet A", "Outlet B"), "evidence": ("Three soldiers died when a drone struck the outpost.",), "summary": "3 US killed",
    } | kw  # fmt: skip
    model = AlertRevised(**body, previous_killed=2) if revision else AlertRaised(**body)
    return model.model_dump(mode="json")


def test_a_receiver_gets_only_alerts_matching_every_filter_it_lists() -> None:
    """Listed filters all have to hold; an empty filter lets everything through; a status filter needs a status."""
    alert = _alert()
    assert matches(Match(), alert)
    assert matches(Match(kind=("fatality",), country=("Jordan", "Syria"), severity=("critical",)), alert)
    assert not matches(Match(kind=("new_target",)), alert)
    assert not matches(Match(kind=("fatality",), base=("al-tanf",)), alert)
    assert not matches(Match(status=("confirmed",)), alert)  # alerts from before statuses existed
    assert matches(Match(status=("confirmed",)), alert | {"status": "confirmed"})


@pytest.mark.parametrize(("status", "outcome"), [(200, "delivered"), (204, "delivered"), (500, "retry"), (503, "retry"), (429, "retry"),
                                                 (408, "retry"), (400, "rejected"), (404, "rejected"), (301, "rejected")])  # fmt: skip
def test_a_4xx_refuses_for_good_while_5xx_408_and_429_are_worth_retrying(status: int, outcome: str) -> None:
    """The HTTP status decides between delivered, retry and rejected (undeliverable at once)."""
    assert outcome_of(status) == outcome


def test_the_alertmanager_body_has_the_v4_shape_and_the_alert_under_its_own_key() -> None:
    """version 4, groupKey, status, receiver and alerts[] with string labels, annotations, startsAt and fingerprint."""
    body = alertmanager(_alert(), "ops", AT, "http://board:8080")
    assert body["version"] == "4" and body["status"] == "firing" and body["receiver"] == "ops" and body["groupKey"]
    (one,) = body["alerts"]
    assert one["labels"]["alertname"] == "BasewatchFatality" and one["labels"]["severity"] == "critical" and one["labels"]["base_id"] == "tower-22"
    assert all(isinstance(v, str) for v in one["labels"].values())
    assert one["annotations"]["summary"] == "3 US killed" and one["annotations"]["killed"] == "3"
    assert one["startsAt"] == "2024-01-28T09:30:00Z" and one["generatorURL"] == "http://board:8080/#alert-a-1"
    assert body["basewatch_alert"]["alert_id"] == "a-1"


def test_a_withdrawn_fatality_alert_reaches_alertmanager_receivers_as_resolved() -> None:
    """Deaths withdrawn (officials counted only wounded): status `resolved`, ending at the record's time; else firing, no end."""
    gone = _alert(1, killed=0, summary="Deaths not confirmed at Tower 22", changes=("withdrawn",))
    body = alertmanager(gone, "ops", AT)
    assert (body["status"], body["alerts"][0]["status"], body["alerts"][0]["endsAt"]) == ("resolved", "resolved", "2024-01-28T09:30:00Z")
    firing = alertmanager(_alert(1, changes=("toll",)), "ops", AT)
    assert (firing["status"], firing["alerts"][0]["endsAt"]) == ("firing", "0001-01-01T00:00:00Z")


def test_a_redelivered_alert_is_byte_identical_and_the_next_revision_has_a_new_key_but_the_same_fingerprint() -> None:
    """Same alert, same time -> same body, signature and idempotency key; a revision changes the key, not the fingerprint."""
    ops = Receiver(name="ops", url="http://x/hook")
    first, again = request(ops, _alert(), AT, b"s3cret"), request(ops, _alert(), AT, b"s3cret")
    assert first == again
    revised = request(ops, _alert(revision=1, killed=4), AT, b"s3cret")
    assert first[1][IDEMPOTENCY_HEADER] == "a-1:0" and revised[1][IDEMPOTENCY_HEADER] == "a-1:1"
    fp = [orjson.loads(b)["alerts"][0]["fingerprint"] for b, _ in (first, revised)]
    assert fp[0] == fp[1]


def test_the_signature_verifies_with_the_shared_secret_only() -> None:
    """X-Basewatch-Signature is sha256=HMAC(body); another secret or a changed body fails verification."""
    body, headers = request(Receiver(name="ops", url="http://x/hook"), _alert(), AT, b"s3cret")
    sig = headers[SIGNATURE_HEADER]
    assert sig.startswith("sha256=") and verify(body, b"s3cret", sig)
    assert not verify(body, b"other", sig) and not verify(body + b" ", b"s3cret", sig)


def test_a_cloudevents_receiver_gets_a_structured_event_with_the_alert_as_data() -> None:
    """format = cloudevents: specversion 1.0, id alert_id:revision, type alert.revised, data is the alert."""
    body, headers = request(Receiver(name="ce", url="http://x/ce", format="cloudevents"), _alert(revision=2, killed=5), AT, b"k")
    event = orjson.loads(body)
    assert headers["Content-Type"] == "application/cloudevents+json"
    assert (event["specversion"], event["id"], event["type"], event["data"]["killed"]) == ("1.0", "a-1:2", "alert.revised", 5)


def test_configuration_mistakes_are_reported_one_line_each_naming_the_field() -> None:
    """A bad URL, an unknown kind and a duplicate name each give a line that says where."""
    with pytest.raises(ConfigError) as bad:
        parse_config({"receiver": [{"name": "ops", "url": "ftp://x", "match": {"kind": ["explosion"]}}]}, "n.toml")
    lines = str(bad.value).splitlines()
    assert len(lines) == 2 and lines[0].startswith("n.toml: receiver[0].url:") and lines[1].startswith("n.toml: receiver[0].match.kind[0]:")
    with pytest.raises(ConfigError, match="unique: ops"):
        parse_config({"receiver": [{"name": "ops", "url": "http://a"}, {"name": "ops", "url": "http://b"}]})
    with pytest.raises(ConfigError, match="receiver: Field required"):
        parse_config({})


def test_the_config_file_and_the_secrets_come_from_the_environment(tmp_path: Any) -> None:
    """BASEWATCH_NOTIFY_CONFIG names the file; each receiver's secret_env must be set, or start-up says which is missing."""
    path = tmp_path / "notify.toml"
    path.write_text('[[receiver]]\nname = "ops"\nurl = "http://127.0.0.1:9/hook"\nsecret_env = "OPS_SECRET"\n[receiver.match]\nkind = ["fatality"]\n')
    loaded = load({"BASEWATCH_NOTIFY_CONFIG": str(path), "OPS_SECRET": "k"})
    assert loaded.secrets == {"ops": b"k"} and loaded.config.receivers[0].match.kind == ("fatality",)
    with pytest.raises(ConfigError, match="OPS_SECRET is not set"):
        load({"BASEWATCH_NOTIFY_CONFIG": str(path)})
    with pytest.raises(ConfigError, match="BASEWATCH_NOTIFY_CONFIG is not set"):
        load({})


def test_dead_letter_reasons_are_counted_by_class_not_by_their_particulars() -> None:
    """Metrics label a dead letter by the text before its first colon, keeping the series few."""
    assert reason_class("invalid JSON: line 1 column 2") == "invalid JSON"
    assert reason_class("text is missing") == "text is missing"


def test_the_example_configuration_shipped_with_the_notifier_is_valid() -> None:
    """services/notify/notify.example.toml (the README's example) parses, with both formats and filters."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "services" / "notify" / "notify.example.toml"
    loaded = load({"BASEWATCH_NOTIFY_CONFIG": str(path), "BASEWATCH_NOTIFY_SECRET": "a", "BASEWATCH_ANALYSTS_SECRET": "b"})
    assert [r.format for r in loaded.config.receivers] == ["alertmanager", "cloudevents"]
    assert loaded.config.receivers[1].match.country == ("Syria", "Iraq")
