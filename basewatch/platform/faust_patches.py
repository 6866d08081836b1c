"""Where faust-streaming is the limit, the one place basewatch works around it. Applied by `make_app`, never at import.

The fetch wait. faust builds its worker consumer with `fetch_max_wait_ms=1500`, hard-coded (not a setting:
`faust/transport/drivers/aiokafka.py`, `AIOKafkaConsumerThread._create_worker_consumer`, faust-streaming
0.11 and main; no upstream issue or setting for it was found, see README "Performance"). Each worker's
consumer also holds its `<app>-__assignor-__leader` partition, which nothing writes. When fetched records
wait unprocessed for more than 100 ms, aiokafka fetches that idle partition alone, the broker holds the
request for the whole fetch wait, and the input topic is not fetched meanwhile: a stage stalls for 1.5 s
under load (measured in ../shared/KAFKA-NOTES.md and with `make bench-stream`). A short wait bounds the
stall; an idle consumer then asks the broker a little more often (one small request per wait).
"""

from __future__ import annotations

import logging
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

FETCH_MAX_WAIT_MS = 100  # Kafka's own consumer default is 500; what matters here is the stall it bounds


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """faust's consumer thread with a bounded fetch wait on the worker consumer it creates."""

    # mode names a service's logger after the module defining it: keep faust's, so its level applies
    logger = logging.getLogger(f"{faust_aiokafka.__name__}.consumer")

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka passes this attribute to its Fetcher in `start()`, which has not run yet
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class _Consumer(faust_aiokafka.Consumer):
    """faust's aiokafka consumer, using the thread above."""

    logger = logging.getLogger(f"{faust_aiokafka.__name__}.consumer")

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


def apply() -> None:
    """Make faust's aiokafka transport use the consumer above (idempotent)."""
    faust_aiokafka.Transport.Consumer = _Consumer
