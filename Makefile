# Two commands for a newcomer: `make serve` and `make test`. Everything else is set-up they call.
SHELL := /bin/bash
export NO_MKDOCS_2_WARNING := 1
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help setup serve build test chromium bench offline clean

help:
	@echo "make serve   build the site and serve it at http://$(HOST):$(PORT) (installs what it needs)"
	@echo "make test    install everything, including headless Chromium, and run the whole test suite"

# Python dependencies, pinned in requirements/.
$(VENV)/.installed: requirements/site.txt requirements/test.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/test.txt
	touch $@

# Pyodide and other browser files come from npm, pinned in package-lock.json, served by the site itself.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

setup: $(VENV)/.installed node_modules/.installed

chromium:
	@bash scripts/ensure_chromium.sh

serve: setup
	$(PY) -m mkdocs serve --dev-addr $(HOST):$(PORT)

build: setup
	$(PY) -m mkdocs build --strict --site-dir site

test: setup chromium
	$(PY) -m pytest

# The offline export: dist/offline/ (open its index.html from a file manager) and dist/offline.zip.
offline: setup
	$(PY) scripts/build_offline.py --out dist

# Speed, measured in headless Chromium on a local server (a report, not a test).
bench: setup chromium
	$(PY) scripts/bench_calculator.py
	$(PY) scripts/bench_pages.py

clean:
	rm -rf site dist build .pytest_cache docs/snippets/law
