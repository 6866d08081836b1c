"""A ready worker keeps what it loaded at start-up out of Python's full collections (basewatch.platform.stream; issue 13).

A full collection walks every tracked object; in a started worker (its stage's data, faust, recovered tables) that
paused the worker for 80-250 ms a few times per 20,000 articles, a pause every record in flight waited out.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from basewatch.platform.settings import Settings
from basewatch.platform.stream import _Worker, make_app


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    """The frozen heap is the process's: give it back, so other tests' collections see their objects as usual."""
    gc.unfreeze()
    yield
    gc.unfreeze()


async def test_a_worker_ready_to_consume_freezes_what_it_loaded_out_of_full_collections(tmp_path: Path) -> None:
    """Once started, an object made at start-up is no longer among those a collection walks (it is still freed by its last reference)."""
    app = make_app("ingest", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    worker = _Worker(app, loglevel="warning", quiet=True, override_logging=False, redirect_stdouts=False)
    loaded = [["a gazetteer entry"]]  # a container: the collector tracks it
    assert any(obj is loaded for obj in gc.get_objects())
    await worker.on_startup_finished()
    assert gc.get_freeze_count() > 0
    assert not any(obj is loaded for obj in gc.get_objects())


async def test_garbage_left_by_the_start_up_is_collected_not_frozen(tmp_path: Path) -> None:
    """A reference cycle dropped before the worker is ready is freed then, not kept for the life of the process."""
    app = make_app("ingest", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    worker = _Worker(app, loglevel="warning", quiet=True, override_logging=False, redirect_stdouts=False)

    class Node:
        pass

    cycle = Node()
    cycle.self = cycle  # type: ignore[attr-defined]
    collected: list[bool] = []
    weakref.finalize(cycle, collected.append, True)
    del cycle
    await worker.on_startup_finished()
    assert collected == [True]
