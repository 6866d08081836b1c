"""Test-only start-up hook (on a worker's PYTHONPATH via tests/integration/test_table_write_commits.py, never installed).

Holds back the first table changelog write a worker makes for BW_TEST_HOLD_FIRST_WRITE_S seconds before it reaches
the producer, as a loaded machine can (faust's flush before a commit gives up after 0.1 s with a write still
buffered). It holds the hand-over both paths share, faust's `Topic.publish_message`: from faust's producer buffer
(a write outside a stage's batch) and from the stage's batch itself (`faust_patches.send_writes`). Python imports a
`sitecustomize` module found on sys.path at start-up.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

_HOLD = float(os.environ.get("BW_TEST_HOLD_FIRST_WRITE_S") or 0)

if _HOLD > 0:
    from faust.topics import Topic

    _publish_message = Topic.publish_message
    _held: list[bool] = []

    async def _publish_message_held(self: Any, fut: Any, wait: bool = False) -> Any:
        if not _held and "changelog" in str(fut.message.channel.get_topic_name()):
            _held.append(True)
            await asyncio.sleep(_HOLD)
        return await _publish_message(self, fut, wait=wait)

    Topic.publish_message = _publish_message_held  # type: ignore[method-assign]
