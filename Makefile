# The two commands: `make run` (set up and serve the gateway) and `make test` (lint, types, tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint typecheck pytest setup setup-dev bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies, locked with hashes.
$(VENV)/.run-installed: requirements/run.txt requirements/build.txt pyproject.toml hatch_build.py ledger/_native.c | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/run.txt -r requirements/build.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Runtime plus the development tools, locked with hashes.
$(VENV)/.dev-installed: requirements/dev.txt requirements/build.txt pyproject.toml hatch_build.py ledger/_native.c | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.txt -r requirements/build.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.run-installed

setup: $(VENV)/.run-installed
setup-dev: $(VENV)/.dev-installed

run: setup
	$(BIN)/gateway serve --host $(HOST) --port $(PORT) --init

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup-dev
	$(BIN)/mypy

pytest: setup-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

# Benchmarks (long; not part of `make test`). Each prints ratios against a baseline measured in the same run.
bench: setup-dev
	$(BIN)/python bench/ledger.py --entries 100000
	$(BIN)/python bench/redaction.py
	$(BIN)/python bench/redaction_eval.py
	$(BIN)/python bench/load.py --portals 32 --seconds 15 --workers 2

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
