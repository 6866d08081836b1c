"""The committed JSON Schema files are generated from the pydantic models and kept in sync."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from basewatch.schemas import ANY_MESSAGE, ArticleReceived
from basewatch.schemas.export import JSON_DIR, rendered


def test_committed_json_schemas_match_the_models() -> None:
    """Every model's schema file exists and equals what the models generate now (run `python -m basewatch.schemas.export`)."""
    expected = rendered()
    committed = {p.name: p.read_text() for p in JSON_DIR.glob("*.schema.json")}
    assert sorted(committed) == sorted(expected)
    stale = [name for name, text in expected.items() if committed[name] != text]
    assert not stale, f"stale JSON Schema files: {stale}; run `python -m basewatch.schemas.export`"


def test_messages_are_frozen_and_reject_unknown_fields() -> None:
    """A message cannot be mutated, and an unknown field is an error, not silently dropped."""
    msg = ArticleReceived(article_id="a", text="t", fingerprint="0")
    with pytest.raises(ValidationError):
        msg.text = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        ArticleReceived(article_id="a", text="t", fingerprint="0", surprise=1)  # type: ignore[call-arg]


def test_the_type_field_selects_the_model_and_the_version_is_checked() -> None:
    """The discriminated union decodes by `type`, and an unknown schema_version is rejected."""
    raw = ArticleReceived(article_id="a", text="t", fingerprint="0").model_dump_json()
    assert isinstance(ANY_MESSAGE.validate_json(raw), ArticleReceived)
    with pytest.raises(ValidationError):
        ANY_MESSAGE.validate_json(raw.replace('"schema_version":1', '"schema_version":2'))


def test_absurd_tolls_and_empty_base_ids_are_refused_by_the_claim_event_and_alert_models() -> None:
    """killed = 10**9 or 10**19 and an empty base id fail validation, so the stage dead-letters them instead of alerting."""
    import pytest
    from pydantic import ValidationError

    from basewatch.schemas import AlertRaised, ClaimExtracted, EventOpened

    claim = {"claim_id": "c1", "article_id": "a1", "place_text": "the base", "evidence": "text"}
    for bad in ({"killed": 10**9}, {"wounded": 10**19}, {"base_id": ""}):
        with pytest.raises(ValidationError):
            ClaimExtracted(**(claim | bad))
    assert ClaimExtracted(**(claim | {"killed": 45})).killed == 45
    event = {"event_id": "e1", "version": 1, "base_id": "tower-22", "attack_date": None, "claim_ids": ("c1",), "article_ids": ("a1",), "sources": ()}
    with pytest.raises(ValidationError):
        EventOpened(**(event | {"killed": 10**9}))
    alert = {"alert_id": "x", "kind": "fatality", "severity": "critical", "revision": 0, "event_id": "e1", "base_id": "tower-22",
             "attack_date": None, "sources": (), "article_ids": (), "evidence": (), "summary": "s"}  # fmt: skip
    with pytest.raises(ValidationError):
        AlertRaised(**(alert | {"killed": 10**19}))
