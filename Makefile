# Every target sets itself up: the first run creates .venv and installs the project with
# its emulator, encoding and cli extras and the dev and demo dependency groups (PEP 735, pip >= 25.1);
# later runs reuse it until pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
DEP_GROUPS ?= dev demo
BENCH_STAMP := $(VENV)/.installed-bench
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help setup emulator demo bench generate check-generated lint docs test test-fast clean dist publish api-diff

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade 'pip>=25.1'
	$(PY) -m pip install --quiet -e '.[emulator,encoding,cli]' $(addprefix --group ,$(DEP_GROUPS))
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the project (done by every target)

EMULATOR_ARGS ?= --port 8765
emulator: $(STAMP) ## Serve the local Workflows API emulator (EMULATOR_ARGS="--port 8765 --speed 10 ...")
	$(PY) -m mistral_workflows_emulator $(EMULATOR_ARGS)

demo: $(STAMP) ## The tour: start the emulator on a free loopback port and drive it through the client
	$(PY) -m demo

$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[emulator,encoding,cli]' $(addprefix --group ,$(DEP_GROUPS) bench)
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) ## Every benchmark (bench/report.py), then one table of ratios to the floors and targets
	$(PY) bench/report.py

generate: $(STAMP) ## Regenerate generated/ from openapi.yaml + generator-config.yaml, and the sync shell
	$(PY) scripts/generate.py
	$(PY) scripts/unasync.py

check-generated: $(STAMP) ## Fail with a diff when generated/ or the sync shell is not what the generators make
	$(PY) scripts/generate.py --check
	$(PY) scripts/unasync.py --check

lint: $(STAMP) ## ruff and mypy --strict on our code (generated/ is exercised by tests, not linted)
	$(BIN)/ruff check overlays emulator tests scripts demo bench
	$(BIN)/ruff format --check overlays emulator tests scripts demo bench
	$(BIN)/mypy overlays/mistral_workflows emulator/mistral_workflows_emulator tests scripts demo bench hatch_build.py

docs: $(STAMP) ## The API reference site from the docstrings, into site/ (mkdocs build --strict)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

test: $(STAMP) check-generated lint docs ## Drift check, lint, docs, then the whole test suite
	$(PY) -m pytest

test-fast: $(STAMP) ## The tests not marked slow, on two workers, stopping at the first failure (no drift check, lint, docs)
	$(PY) -m pytest -m "not slow" -x -q -n 2

dist: $(STAMP) ## Build the sdist and wheel into dist/ (python -m build)
	$(PY) scripts/release.py dist

api-diff: $(STAMP) ## Public API changes since the last release tag; fails on a breaking one without a major bump
	$(PY) scripts/api_diff.py

publish: $(STAMP) ## Check, build, upload to PUBLISH_INDEX_URL with twine (README: Releasing)
	$(PY) scripts/release.py publish

clean: ## Remove the venv, caches and build output
	rm -rf $(VENV) build dist site .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
