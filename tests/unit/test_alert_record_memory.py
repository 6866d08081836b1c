"""The alert store keeps one small record per claim for as long as its event lives: each must cost about its size."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from datetime import date

import pytest

from basewatch.services.alert.domain.dedup import member_of
from basewatch.services.alert.domain.state import Ledger
from tests.helpers import claim

RECORDS = 300


def _member(i: int) -> bytes:
    return member_of(claim(claim_id=f"c{i}", base_id="harir", killed=i % 3, evidence=f"report {i} of drones at Harir"), f"e{i}").encode()


def _ledger(i: int) -> bytes:
    return Ledger(f"alert-{i}", 1, 1, i, "reported", date(2024, 2, 4), "harir").encode()


@pytest.mark.parametrize("encode", [_member, _ledger], ids=["member", "ledger"])
def test_a_kept_record_holds_about_its_own_size_in_memory(encode: Callable[[int], bytes]) -> None:
    """An encoded record is not kept inside a larger serializer buffer (orjson's is 4 KiB): memory per record within 512 bytes of its size."""
    encode(0)  # imports, caches
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [encode(i) for i in range(RECORDS)]
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    size = sum(len(r) for r in kept) / RECORDS
    assert held / RECORDS < size + 512, f"{held / RECORDS:.0f} bytes held per record of {size:.0f} bytes"
