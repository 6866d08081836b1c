"""Every benchmark script explains itself: `--help` prints its usage and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py")))
def test_each_benchmark_prints_its_help_and_exits_cleanly(script: str) -> None:
    """`python bench/<script> --help` exits 0 with a usage line (argparse fails on a bare % in a help string)."""
    done = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-600:]
    assert done.stdout.startswith("usage:")


def test_the_core_benchmark_times_its_phases_on_a_few_articles() -> None:
    """`bench/throughput.py --phases` on 20 articles runs the same extraction steps as the core (it once called a stale signature)."""
    args = [sys.executable, str(BENCH / "throughput.py"), "--articles", "20", "--rounds", "1", "--memory", "0", "--phases"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-600:]
    assert "enrich: claim rules" in done.stdout
