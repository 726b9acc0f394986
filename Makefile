# Two commands for a newcomer: `make serve` and `make test`. Everything else is set-up they call.
SHELL := /bin/bash
export NO_MKDOCS_2_WARNING := 1
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help setup serve build test chromium bench offline clean lock

help:
	@echo "make serve   build the site and serve it at http://$(HOST):$(PORT) (installs what it needs)"
	@echo "make test    install everything, including headless Chromium, and run the whole test suite"

# Python dependencies: every package, transitive ones too, pinned with its hashes in
# requirements/*.txt (written by `make lock` from the direct pins in requirements/*.in).
$(VENV)/.installed: requirements/site.txt requirements/test.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements/test.txt
	touch $@

# Re-pin after changing requirements/*.in: uv (itself pinned) resolves for every platform and
# Python 3.11, and records the hash of every file on PyPI.
UV_VERSION := 0.9.5
lock:
	$(PYTHON) -m venv build/uv
	build/uv/bin/pip install --quiet uv==$(UV_VERSION)
	for name in site test; do \
	  build/uv/bin/uv pip compile --quiet --universal --generate-hashes --python-version 3.11 \
	    --custom-compile-command "make lock" --index-url https://pypi.org/simple \
	    requirements/$$name.in -o requirements/$$name.txt || exit 1; \
	done

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
