# dtcrawl: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
QUICK ?=

.PHONY: install test lint format demo crawl serve browser bench bench-extract bench-relevance \
	bench-dedup bench-indicators bench-crawl bench-archive clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

## install: create .venv with dtcrawl and its pinned dependencies (console script .venv/bin/dtcrawl)
install: $(STAMP)

## browser: install Debian's chromium for the browser tests (needs root or sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## lint: ruff lint and format check
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## format: apply ruff's formatting and safe fixes
format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## test: the whole suite (lint, unit, crawl over HTTP, Datasette, headless Chromium)
test: install browser lint
	$(BIN)/python -m pytest -q

## demo: crawl the offline demo portals into archive/demo.db and serve it on http://127.0.0.1:8001
demo: install
	$(BIN)/dtcrawl demo

## crawl: crawl the real portals of the registry into archive/dtnews.db (needs internet)
crawl: install
	$(BIN)/dtcrawl crawl

## serve: serve archive/dtnews.db with Datasette
serve: install
	$(BIN)/dtcrawl serve

bench-extract: install
	$(BIN)/python -m dtcrawl.bench.extraction

bench-relevance: install
	$(BIN)/python -m dtcrawl.bench.relevance

bench-dedup: install
	$(BIN)/python -m dtcrawl.bench.dedup $(if $(QUICK),--quick)

bench-indicators: install
	$(BIN)/python -m dtcrawl.bench.indicators

bench-crawl: install
	$(BIN)/python -m dtcrawl.bench.crawl $(if $(QUICK),--quick)

bench-archive: install
	$(BIN)/python -m dtcrawl.bench.archive $(if $(QUICK),--quick)

## bench: every benchmark, written to BENCHMARKS.md with the machine; QUICK=1 for smaller sizes
bench: install
	$(BIN)/python -m dtcrawl.bench.run_all $(if $(QUICK),--quick)

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
