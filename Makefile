# basewatch developer targets. `make help` lists them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help demo test lint test-unit test-integration chaos scaleout bench bench-stream score kafka-up kafka-down schemas lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install basewatch with its dev tools

jars: $(STAMP)  ## fetch and cache Kafka's broker jars (Maven Central)
	$(BIN)/basewatch kafka fetch

demo: $(STAMP) jars  ## the end-to-end demo on a native broker
	$(BIN)/basewatch demo

test: lint test-unit test-integration  ## lint, unit tests, then integration tests on a real broker

lint: $(STAMP)  ## ruff, mypy (strict) and the import layers (import-linter)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test-unit: $(STAMP)  ## pure tests, no broker (two processes: pytest-xdist)
	$(BIN)/pytest -q -n 2 -m "not integration"

test-integration: $(STAMP) jars  ## tests against a real Kafka broker (one per process, started by the fixture; two processes: pytest-xdist)
	$(BIN)/pytest -q -n 2 --durations=8 -m integration

scaleout: $(STAMP) jars  ## the scale-out test alone (part of test-integration): 4 partitions, two enrich and two alert workers, a rebalance, compared with run --offline
	$(BIN)/pytest -q -s -p no:cacheprovider tests/integration/test_scaleout.py

chaos: $(STAMP) jars  ## kill -9 workers and brokers of a 3-node cluster, 3 rounds, three runs in a row; prints the figures
	for run in 1 2 3; do echo "chaos run $$run of 3, load: $$(cut -d' ' -f1-3 /proc/loadavg)"; \
		BASEWATCH_CHAOS_ROUNDS=3 $(BIN)/pytest -q -s -p no:cacheprovider --timeout 1200 tests/integration/test_chaos.py || exit 1; done

bench: $(STAMP)  ## speed and memory of the offline core, against a same-run baseline
	$(BIN)/python bench/throughput.py

bench-stream: $(STAMP) jars  ## the stream (native broker, three workers) against the offline core and a raw 3-hop passthrough, same run
	$(BIN)/python bench/stream.py $(BENCH_ARGS)

score: $(STAMP)  ## score `run --offline` on our 21 test articles against their gold (tests/data)
	$(BIN)/basewatch score tests/data/articles.jsonl --gold tests/data/gold.jsonl

kafka-up: $(STAMP) jars  ## start the native broker on 127.0.0.1:9092
	$(BIN)/basewatch kafka up

kafka-down: $(STAMP)  ## stop it
	$(BIN)/basewatch kafka down

schemas: $(STAMP)  ## regenerate schemas/json from the pydantic models
	$(BIN)/basewatch schemas --out schemas/json

lock: $(STAMP)  ## re-pin requirements.lock (the Docker image's exact versions) from pyproject.toml
	$(BIN)/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml

clean:  ## remove the venv and caches (not the Kafka jar cache)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
