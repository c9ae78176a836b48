# Every target sets itself up: the first run creates .venv and installs the project
# with its dev and emulator extras; later runs reuse it until pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
EXTRAS ?= dev,emulator
export PATH := $(CURDIR)/$(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated lint test clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the project (done by every target)

generate: $(STAMP) ## Regenerate generated/ from openapi.yaml + generator-config.yaml
	$(PY) scripts/generate.py

check-generated: $(STAMP) ## Fail with a diff when generated/ is not what the generator makes
	$(PY) scripts/generate.py --check

lint: $(STAMP) ## ruff on our code, mypy --strict on overlays/ and tests/
	$(BIN)/ruff check overlays emulator tests scripts
	$(BIN)/ruff format --check overlays emulator tests scripts
	$(BIN)/mypy overlays/mistral_workflows tests

test: $(STAMP) check-generated lint ## Drift check, lint, then the whole test suite
	$(PY) -m pytest

clean: ## Remove the venv, caches and build output
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
