"""The alert worker's record of what it published is bounded: it keeps the newest ids, never every id ever sent."""

from __future__ import annotations

from basewatch.platform.kafka_io import RecentIds


def test_ids_published_while_running_forget_the_oldest_beyond_the_limit() -> None:
    """Past `keep` ids, each new one forgets the oldest; the newest `keep` are still known."""
    ids = RecentIds(keep=3)
    for mid in ["e1:1", "e1:2", "e2:1", "e1:3", "e3:1"]:
        ids.add(mid)
    assert len(ids) == 3
    assert "e1:1" not in ids and "e1:2" not in ids
    assert all(mid in ids for mid in ["e2:1", "e1:3", "e3:1"])


def test_an_id_added_again_neither_counts_twice_nor_pushes_another_out() -> None:
    """A redelivered message's id, added again, is one entry: it does not forget an id still needed."""
    ids = RecentIds(keep=2)
    for mid in ["a:1", "b:1", "b:1", "b:1"]:
        ids.add(mid)
    assert "a:1" in ids and "b:1" in ids and len(ids) == 2


def test_ids_found_published_at_start_are_all_kept_whatever_their_number() -> None:
    """What the output topics held at start is read partition after partition (not in publication order): none of it is forgotten at once."""
    ids = RecentIds([f"e{i}:1" for i in range(10)], keep=4)
    assert len(ids) == 10 and all(f"e{i}:1" in ids for i in range(10))
    ids.add("new:1")
    assert len(ids) == 10 and "new:1" in ids and "e0:1" not in ids and "e9:1" in ids
