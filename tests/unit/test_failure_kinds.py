"""Issue 11: which failures are the record's (dead-letter it) and which are Kafka's (retry it), and bounded letters and logs."""

from __future__ import annotations

import orjson
import pytest
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, MessageSizeTooLargeError, NotLeaderForPartitionError
from faust.exceptions import PartitionsMismatch, ProducerSendError
from pydantic import ValidationError

from basewatch.platform.kafka_io import dead_letter, encode
from basewatch.platform.stream import TRACEBACK_CHARS, bounded_traceback, is_transient
from basewatch.schemas import ArticleReceived


def _wrapped(inner: Exception) -> Exception:
    """The way faust raises a producer error: ProducerSendError from the aiokafka error."""
    try:
        raise ProducerSendError(f"Error while sending: {inner!r}") from inner
    except ProducerSendError as exc:
        return exc


@pytest.mark.parametrize(
    "exc",
    [PartitionsMismatch("changelog not in metadata yet"), KafkaTimeoutError(), KafkaConnectionError("refused"),
     NotLeaderForPartitionError(), TimeoutError(), _wrapped(KafkaTimeoutError())],
)  # fmt: skip
def test_kafka_timeouts_connection_errors_and_the_start_up_race_are_transient(exc: Exception) -> None:
    """These are retried with backoff, never dead-lettered: the record is fine, Kafka is not (items 1 and 5)."""
    assert is_transient(exc)


def _validation_error() -> ValidationError:
    try:
        ArticleReceived.model_validate({"article_id": "", "text": ""})
    except ValidationError as exc:
        return exc
    raise AssertionError("the model accepted an empty article")


@pytest.mark.parametrize("exc", [_validation_error(), OverflowError("date value out of range"), ValueError("bad"), KeyError("x"),
                                 _wrapped(MessageSizeTooLargeError())])  # fmt: skip
def test_schema_domain_and_record_too_large_errors_are_the_records_fault(exc: Exception) -> None:
    """These go to the DLQ: retrying cannot change the outcome."""
    assert not is_transient(exc)


def test_a_dead_letter_keeps_previews_of_a_huge_key_and_value_never_the_whole() -> None:
    """An 8.5 MB key and a 10 MB value make a letter of a few kilobytes that still says how big they were."""
    key, value = b"k" * (8 * 1024 * 1024 + 512 * 1024), b"\xff" + b"v" * (10 * 1024 * 1024)
    letter = dead_letter("articles.raw", "invalid JSON" * 1000, value, key, 0, 7)
    assert len(encode(letter)) < 10_000
    assert letter.key_size == len(key) and letter.value_size == len(value) and len(letter.reason) <= 2000
    assert orjson.loads(encode(letter))["key"].startswith("kkk")


def test_a_failure_logs_a_bounded_plain_traceback() -> None:
    """A deep recursion's traceback is cut to its innermost frames and TRACEBACK_CHARS characters (not 5,600 lines)."""

    def deep(n: int) -> None:
        if n == 0:
            raise ValueError("x" * 50_000)
        deep(n - 1)

    try:
        deep(200)
    except ValueError as exc:
        text = bounded_traceback(exc)
    assert len(text) <= TRACEBACK_CHARS + 1 and "ValueError" in text and text.count("in deep") <= 8
