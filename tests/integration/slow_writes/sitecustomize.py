"""Test-only start-up hook (on a worker's PYTHONPATH via tests/integration/test_table_write_commits.py, never installed).

Holds back the first table changelog write a worker makes for BW_TEST_HOLD_FIRST_WRITE_S seconds inside faust's
producer buffer, as a loaded machine can: faust's flush before a commit then gives up after 0.1 s with it still
buffered. Python imports a `sitecustomize` module found on sys.path at start-up.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

_HOLD = float(os.environ.get("BW_TEST_HOLD_FIRST_WRITE_S") or 0)

if _HOLD > 0:
    from faust.transport.producer import ProducerBuffer

    _send_pending = ProducerBuffer._send_pending
    _held: list[bool] = []

    async def _send_pending_held(self: Any, fut: Any) -> None:
        if not _held and "changelog" in str(fut.message.channel.get_topic_name()):
            _held.append(True)
            await asyncio.sleep(_HOLD)
        await _send_pending(self, fut)

    ProducerBuffer._send_pending = _send_pending_held  # type: ignore[method-assign]
